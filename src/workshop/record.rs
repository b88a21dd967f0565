//! The workshop results file: JSON Lines, one record per finished
//! participant. Each record is one `write` of a whole line under an
//! exclusive lock, then fsynced, so two kiosks appending to one file never
//! interleave and a crash never damages earlier records. Reading skips a
//! torn last line with a warning.

use std::collections::BTreeMap;
use std::fs::OpenOptions;
use std::io::{self, Write};
use std::path::Path;

use serde::{Deserialize, Serialize};

use crate::content::{AnswerSheet, Quiz, SavedAnswer};
use crate::scoring::{DimensionScore, Fit, Outcome};
use crate::store::clock;

pub const VERSION: u32 = 1;

/// One finished participant.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Record {
    pub version: u32,
    /// When they finished, RFC 3339 UTC.
    pub time: String,
    pub session: String,
    /// The nickname as typed (bounded), or none for anonymous.
    pub label: Option<String>,
    pub quiz: String,
    pub quiz_hash: String,
    pub answers: BTreeMap<String, SavedAnswer>,
    pub answered: usize,
    pub total: usize,
    pub dimensions: Vec<DimensionScore>,
    pub ranking: Vec<Fit>,
    pub close_call: bool,
    pub flat: bool,
    pub incomplete: bool,
}

impl Record {
    pub fn new(
        quiz: &Quiz,
        session: &str,
        label: Option<String>,
        answers: &AnswerSheet,
        outcome: &Outcome,
    ) -> Record {
        Record {
            version: VERSION,
            time: clock::now(),
            session: session.to_string(),
            label,
            quiz: quiz.id.clone(),
            quiz_hash: quiz.fingerprint(),
            answers: answers.to_saved(quiz),
            answered: outcome.answered,
            total: outcome.total,
            dimensions: outcome.dimensions.clone(),
            ranking: outcome.ranking.clone(),
            close_call: outcome.close_call,
            flat: outcome.flat,
            incomplete: outcome.incomplete,
        }
    }

    /// The best-fit role id.
    pub fn best(&self) -> Option<&Fit> {
        self.ranking.first()
    }
}

/// Appends records to a results file: one locked write per call, fsynced
/// before returning.
pub fn append(path: &Path, records: &[Record]) -> io::Result<()> {
    let mut bytes = Vec::new();
    for record in records {
        serde_json::to_writer(&mut bytes, record).map_err(io::Error::other)?;
        bytes.push(b'\n');
    }
    append_lines(path, &bytes)
}

/// Appends whole lines (records already serialized, each ending in a
/// newline): create the folder, open for appending, take an exclusive lock,
/// start on a fresh line after a torn one, write once, fsync, unlock.
pub fn append_lines(path: &Path, bytes: &[u8]) -> io::Result<()> {
    if bytes.is_empty() {
        return Ok(());
    }
    if let Some(folder) = path.parent().filter(|p| !p.as_os_str().is_empty()) {
        std::fs::create_dir_all(folder)?;
    }
    let mut file = OpenOptions::new().create(true).append(true).open(path)?;
    file.lock()?;
    // A torn line left by a crash mid-write would swallow this record:
    // start on a fresh line if the file does not end with one.
    let result = (|| {
        let len = file.metadata()?.len();
        if len > 0 && !ends_with_newline(path, len)? {
            file.write_all(b"\n")?;
        }
        file.write_all(bytes)?;
        file.sync_data()
    })();
    let _ = file.unlock();
    result
}

fn ends_with_newline(path: &Path, len: u64) -> io::Result<bool> {
    use std::io::{Read, Seek, SeekFrom};
    let mut file = std::fs::File::open(path)?;
    file.seek(SeekFrom::Start(len - 1))?;
    let mut last = [0u8; 1];
    file.read_exact(&mut last)?;
    Ok(last[0] == b'\n')
}

/// What reading a results file found.
#[derive(Debug, Default, Clone, PartialEq)]
pub struct ReadOut {
    pub records: Vec<Record>,
    /// Lines skipped, each said in plain words with the file and line.
    pub warnings: Vec<String>,
}

/// Reads every good record of a results file. A torn last line (a crash
/// mid-write) or a bad line is skipped with a warning, never fatal.
pub fn read(path: &Path) -> io::Result<ReadOut> {
    let bytes = std::fs::read(path)?;
    Ok(parse(&bytes, &path.display().to_string()))
}

/// Reads records from the bytes of a results file named `name`.
pub fn parse(bytes: &[u8], name: &str) -> ReadOut {
    let mut out = ReadOut::default();
    let ends_cleanly = bytes.last().is_none_or(|b| *b == b'\n');
    let lines: Vec<&[u8]> = bytes.split(|b| *b == b'\n').collect();
    let count = lines.len();
    for (i, line) in lines.into_iter().enumerate() {
        if line.iter().all(u8::is_ascii_whitespace) {
            continue;
        }
        match serde_json::from_slice::<Record>(line) {
            Ok(record) if record.version == VERSION => out.records.push(record),
            Ok(record) => out.warnings.push(format!(
                "{name}:{}: skipped a record of format version {} (this careerfit reads version {VERSION})",
                i + 1,
                record.version
            )),
            Err(_) if i + 1 == count && !ends_cleanly => out.warnings.push(format!(
                "{name}:{}: skipped an unfinished last line (the program writing it stopped mid-write)",
                i + 1
            )),
            Err(e) => out.warnings.push(format!(
                "{name}:{}: skipped a line that is not a careerfit record ({e})",
                i + 1
            )),
        }
    }
    out
}

/// Like [`append`], but never waits for the lock: `Ok(false)` when another
/// program holds it (nothing was written; try again later), `Ok(true)`
/// when the records are written and fsynced. Anything but a regular file
/// (a FIFO would block the open) is refused with an error.
pub fn try_append(path: &Path, records: &[Record]) -> io::Result<bool> {
    let mut bytes = Vec::new();
    for record in records {
        serde_json::to_writer(&mut bytes, record).map_err(io::Error::other)?;
        bytes.push(b'\n');
    }
    if let Some(folder) = path.parent().filter(|p| !p.as_os_str().is_empty()) {
        std::fs::create_dir_all(folder)?;
    }
    match std::fs::metadata(path) {
        Ok(meta) if !meta.is_file() => {
            return Err(io::Error::new(
                io::ErrorKind::InvalidInput,
                "it is not a regular file",
            ));
        }
        _ => {}
    }
    let mut file = OpenOptions::new().create(true).append(true).open(path)?;
    match file.try_lock() {
        Ok(()) => {}
        Err(std::fs::TryLockError::WouldBlock) => return Ok(false),
        Err(std::fs::TryLockError::Error(e)) => return Err(e),
    }
    // As in `append_lines`: a fresh line after a torn one, one write, fsync.
    let result = (|| {
        let len = file.metadata()?.len();
        if len > 0 && !ends_with_newline(path, len)? {
            file.write_all(b"\n")?;
        }
        file.write_all(&bytes)?;
        file.sync_data()
    })();
    let _ = file.unlock();
    result.map(|()| true)
}
