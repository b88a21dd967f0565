//! The results files behind a group report: read them all, merged, with
//! every skipped line said as a warning; a file that cannot be read named
//! plainly; and a cheap stamp (size and modification time) of each file,
//! so a watcher can tell when they change without reading them.
//!
//! A missing or unreadable file is an error, never silently left out: a
//! report or a dashboard that quietly lacks one laptop's results would look
//! complete. Only while watching may a file not exist yet (the kiosk
//! creates it when its first participant finishes): it is then "waited
//! for", and said so.

use std::io;
use std::path::{Path, PathBuf};
use std::time::SystemTime;

use crate::workshop::group::{Group, Loader, MAX_TEXT, safe};

/// What reading every file found.
#[derive(Debug, Clone, PartialEq)]
pub struct Read {
    /// Every good record, summarised.
    pub group: Group,
    /// Lines skipped, each with its file and line.
    pub warnings: Vec<String>,
    /// Files that do not exist yet (only when watching).
    pub waiting: Vec<String>,
}

/// A file's name as it may be shown.
pub fn shown(path: &Path) -> String {
    safe(&path.display().to_string(), 200)
}

/// Why a file cannot be read, in plain words.
fn why(e: &io::Error) -> String {
    match e.kind() {
        io::ErrorKind::NotFound => "no such file".to_string(),
        io::ErrorKind::PermissionDenied => "permission denied".to_string(),
        io::ErrorKind::IsADirectory => "it is a folder, not a results file".to_string(),
        _ => safe(&e.to_string(), MAX_TEXT),
    }
}

/// Reads every file. `Err` holds one line per file that cannot be read;
/// with `waiting_ok`, a file that does not exist yet is not an error.
pub fn read_all(files: &[PathBuf], waiting_ok: bool) -> Result<Read, Vec<String>> {
    let mut loader = Loader::new();
    let mut waiting = Vec::new();
    let mut problems = Vec::new();
    for path in files {
        let name = path.display().to_string();
        let read = std::fs::File::open(path)
            .and_then(|file| loader.read_from(io::BufReader::with_capacity(1 << 16, file), &name));
        match read {
            Ok(()) => {}
            Err(e) if waiting_ok && e.kind() == io::ErrorKind::NotFound => {
                waiting.push(shown(path));
            }
            Err(e) => problems.push(format!(
                "cannot read results file {}: {}",
                shown(path),
                why(&e)
            )),
        }
    }
    if !problems.is_empty() {
        return Err(problems);
    }
    let warnings = loader.warnings.iter().map(|w| safe(w, 400)).collect();
    Ok(Read {
        group: loader.finish(),
        warnings,
        waiting,
    })
}

/// Each file's size and modification time (`None` when it cannot be
/// read): when this changes, the files are worth reading again.
pub type Stamp = Vec<Option<(u64, Option<SystemTime>)>>;

pub fn stamp(files: &[PathBuf]) -> Stamp {
    files
        .iter()
        .map(|f| {
            std::fs::metadata(f)
                .ok()
                .map(|m| (m.len(), m.modified().ok()))
        })
        .collect()
}
