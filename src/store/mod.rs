//! What careerfit keeps on disk: progress (to resume), finished results
//! (history) and take-home reports. Writes are atomic (temp file, fsync,
//! rename); reads are tolerant: a damaged file gives a warning and is kept
//! aside, never deleted, never a panic. `--no-save` makes it write nothing.
//! A store is a value (one person's folders), so two people in one process
//! never share a file; failures come back as a typed [`StoreError`].

pub mod clock;
mod error;
pub mod forget;
pub mod history;
pub mod progress;

use std::fs::{self, File};
use std::io::{self, Write};
use std::path::{Path, PathBuf};

pub use error::{StoreError, StoreErrorKind};

use crate::lang::Said;

/// Where careerfit keeps things, or nowhere.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Store {
    /// Unfinished quizzes (XDG state dir on Linux).
    pub state_dir: Option<PathBuf>,
    /// Finished results and reports (XDG data dir on Linux).
    pub data_dir: Option<PathBuf>,
}

impl Store {
    /// The user's directories, or a store that writes nothing when
    /// `no_save` is set or no home directory is known.
    pub fn open(no_save: bool) -> Store {
        if no_save {
            return Store::nowhere();
        }
        match directories::ProjectDirs::from("", "", "careerfit") {
            Some(dirs) => Store {
                state_dir: Some(
                    dirs.state_dir()
                        .unwrap_or_else(|| dirs.data_local_dir())
                        .to_path_buf(),
                ),
                data_dir: Some(dirs.data_dir().to_path_buf()),
            },
            None => Store::nowhere(),
        }
    }

    /// A store in one folder: one person's own (a seat, a kiosk, a test).
    /// Two stores in two folders share nothing, in one process or many.
    pub fn in_folder(folder: &Path) -> Store {
        Store {
            state_dir: Some(folder.join("state")),
            data_dir: Some(folder.join("data")),
        }
    }

    /// Writes nothing, reads nothing.
    pub fn nowhere() -> Store {
        Store {
            state_dir: None,
            data_dir: None,
        }
    }

    /// Does this store save anything at all?
    pub fn saves(&self) -> bool {
        self.state_dir.is_some() || self.data_dir.is_some()
    }

    pub fn history_dir(&self) -> Option<PathBuf> {
        self.data_dir.as_ref().map(|d| d.join("history"))
    }

    pub fn reports_dir(&self) -> Option<PathBuf> {
        self.data_dir.as_ref().map(|d| d.join("reports"))
    }

    /// Where the workshop kiosk keeps its results files by default.
    pub fn workshops_dir(&self) -> Option<PathBuf> {
        self.data_dir.as_ref().map(|d| d.join("workshops"))
    }
}

/// Writes a whole file so that a crash at any moment leaves either the old
/// file or the new one, never a torn mix: a temp file beside it with a
/// name of its own for this write (so two writers, in one process or two,
/// never share one), fsync, rename over, fsync the folder. A failed write
/// leaves no temp file behind.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> io::Result<()> {
    write_atomic_later(path, bytes).map(FolderSync::sync)
}

/// [`write_atomic`] but for the folder's fsync, which the caller does with
/// [`FolderSync::sync`] a moment later (after drawing the next frame, so a
/// key's redraw does not wait for two disk syncs). The file's bytes are on
/// disk before it replaces the old one, so the file is never torn; until
/// the folder is synced, a power cut (not a crash of careerfit, which the
/// rename already survives) may bring back the old file.
pub fn write_atomic_later(path: &Path, bytes: &[u8]) -> io::Result<FolderSync> {
    let folder = path
        .parent()
        .ok_or_else(|| io::Error::from(io::ErrorKind::NotFound))?;
    fs::create_dir_all(folder)?;
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let mut temp = tempfile::Builder::new()
        .prefix(&format!(".{name}."))
        .suffix(".tmp")
        .tempfile_in(folder)?;
    temp.write_all(bytes)?;
    temp.as_file().sync_all()?;
    // On failure the temp file is dropped, which removes it.
    temp.persist(path).map_err(|e| e.error)?;
    Ok(FolderSync(folder.to_path_buf()))
}

/// A folder with a newly renamed file whose entry is not synced to disk yet.
#[must_use = "sync the folder, or the rename may not survive a power cut"]
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FolderSync(PathBuf);

impl FolderSync {
    /// Syncs the folder (best effort: some file systems cannot sync a folder).
    pub fn sync(self) {
        if let Ok(dir) = File::open(&self.0) {
            let _ = dir.sync_all();
        }
    }
}

/// A new file in `dir`, named `<stamp>-<n>-<what>.<ext>` with the smallest
/// `n` free, so names of the same second sort in the order they were made.
/// The name is reserved by creating the file empty (`create_new`), so two
/// writers never get the same one; the caller then writes it atomically.
pub fn unique_path(dir: &Path, stamp: &str, what: &str, ext: &str) -> PathBuf {
    let _ = fs::create_dir_all(dir);
    let mut n = 1u32;
    loop {
        let path = dir.join(format!("{stamp}-{n:06}-{what}.{ext}"));
        match fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(&path)
        {
            Ok(_) => return path,
            Err(e) if e.kind() == io::ErrorKind::AlreadyExists => n += 1,
            // The folder cannot be written: the write that follows will
            // say so in plain words.
            Err(_) => return path,
        }
    }
}

/// Moves a damaged file aside (never deletes it, never over another kept
/// file) and says where it went.
pub fn keep_aside(path: &Path) -> Option<PathBuf> {
    let name = path.file_name()?.to_string_lossy().into_owned();
    let stamp = clock::compact(&clock::now());
    let mut n = 0;
    let aside = loop {
        let extra = if n == 0 {
            String::new()
        } else {
            format!("-{n}")
        };
        let aside = path.with_file_name(format!("{name}.damaged-{stamp}{extra}"));
        if !aside.exists() {
            break aside;
        }
        n += 1;
    };
    fs::rename(path, &aside).ok().map(|_| aside)
}

/// The most a saved file careerfit reads back (progress, a result) may
/// hold: far more than any it writes, and small enough that a huge or
/// endless file cannot fill the memory.
pub const MAX_SAVED_BYTES: u64 = 16 * 1024 * 1024;

pub use crate::files::Unreadable;

/// Reads back a file careerfit saved: only a regular file of at most
/// [`MAX_SAVED_BYTES`] (see [`crate::files`]).
pub fn read_saved(path: &Path) -> Result<Vec<u8>, Unreadable> {
    crate::files::read_bounded(path, MAX_SAVED_BYTES)
}

/// An I/O error in plain words, with the path (the words of
/// [`StoreError`]).
pub fn plain_error(path: &Path, error: &io::Error) -> Said {
    let error = match crate::files::carried(error) {
        Some(said) => crate::files::error(error.kind(), said),
        None => io::Error::new(error.kind(), error.to_string()),
    };
    StoreError::io(path, error).said()
}
