//! The workshop results file: JSON Lines, one record per finished
//! participant. Each record is one `write` of a whole line under an
//! exclusive lock, then fsynced, so two kiosks appending to one file never
//! interleave and a crash never damages earlier records. Reading skips a
//! torn last line with a warning.
//!
//! Every record carries a unique `id`, so the group report can tell the
//! same record read twice (two copies of a file) from two people who gave
//! the same answers in the same second.
//!
//! A batch (`score --answers-csv F --results OUT`) lands whole or not at
//! all: its records carry the batch's id in `batch` and are followed by one
//! commit line (`{"commit":…}`, see [`Commit`]). Readers hold a batch's
//! records until its commit line and drop them, with a warning, when it
//! never comes (the writer was killed). The commit line also remembers the
//! sheet it came from, so the same sheet is never added twice. The file is
//! only ever appended to, under the lock (never replaced), so a kiosk
//! appending at the same time never loses a record; a batch that fails to
//! write (a full disk) cuts the file back to where it began, still under
//! the lock.

use std::collections::BTreeMap;
use std::fs::{File, OpenOptions};
use std::io::{self, BufRead, Write};
use std::path::Path;
use std::sync::atomic::{AtomicU64, Ordering};

use serde::{Deserialize, Serialize};

mod append;
pub mod files;
mod line;
mod read;
mod spill;
mod write;

pub use append::Appender;
pub use line::Names;
pub(crate) use line::{Given, Known, Line, Wire, read_line};
pub use read::{Dropped, Held, ReadOut, Warnings, parse, read};
pub use write::Shared;

use crate::content::{AnswerSheet, Quiz, SavedAnswer};
use crate::files::Thing;
use crate::lang::Said;
use crate::scoring::{Fit, Outcome, Standing};
use crate::store::clock;

/// The format version of a whole, self-contained record line (what every
/// careerfit reads; a [`Record`] serialized on its own).
pub const VERSION: u32 = 1;

/// The format version of a lean record line: what careerfit writes to a
/// results file since version 2 of the format. It names no interest area,
/// role or question: it points to a [`Names`] line written before it.
/// Careerfit before it skips such lines with a warning.
pub const LEAN: u32 = 2;

/// The largest results file read, in bytes (4 GiB: about two and a half
/// million participants of the built-in quiz). Anything larger is refused
/// with a clear error, so a file that never ends cannot eat the memory.
pub const MAX_RESULTS_FILE: u64 = 4 << 30;

/// The most warnings kept about one read; the rest are counted.
pub const MAX_WARNINGS: usize = 10;

/// One finished participant. Written through the one writer
/// (`record/write.rs`), so a kiosk's line and a batch's are the same, and
/// read through the one reader (`record/read.rs`).
#[derive(Debug, Clone, PartialEq)]
pub struct Record {
    pub version: u32,
    /// Unique to this record (32 hex digits); older files have none.
    pub id: Option<String>,
    /// The batch this record came in (batch scoring only): it counts only
    /// once the batch's commit line follows.
    pub batch: Option<String>,
    /// When they finished, RFC 3339 UTC.
    pub time: String,
    pub session: String,
    /// The nickname as typed (bounded), or none for anonymous.
    pub label: Option<String>,
    /// The language the participant took the quiz in (`en`, `es`); none
    /// in older records and batches. The scores do not depend on it: a
    /// Spanish and an English record of one quiz count in one summary.
    pub lang: Option<String>,
    pub quiz: String,
    pub quiz_hash: String,
    pub answers: BTreeMap<String, SavedAnswer>,
    /// What the result said (answered, scores, ranking, flags): declared
    /// once, in scoring. Records written before `low_interest` existed
    /// read it as false. Read through it: `record.ranking`.
    pub standing: Standing,
}

impl std::ops::Deref for Record {
    type Target = Standing;
    fn deref(&self) -> &Standing {
        &self.standing
    }
}

impl std::ops::DerefMut for Record {
    fn deref_mut(&mut self) -> &mut Standing {
        &mut self.standing
    }
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
            id: Some(new_id()),
            batch: None,
            time: clock::now(),
            session: session.to_string(),
            label,
            lang: None,
            quiz: quiz.id.clone(),
            quiz_hash: quiz.fingerprint(),
            answers: answers.to_saved(quiz),
            standing: outcome.standing.clone(),
        }
    }

    /// The record, saying the participant used `lang`.
    pub fn in_lang(mut self, lang: crate::lang::Lang) -> Record {
        self.lang = Some(lang.tag().to_string());
        self
    }

    /// The best-fit role id.
    pub fn best(&self) -> Option<&Fit> {
        self.ranking.first()
    }
}

/// The line that makes a batch count: written after its last record.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Commit {
    /// The batch id its records carry.
    pub commit: String,
    /// A digest of the spreadsheet's bytes ([`digest`]), so the same sheet
    /// is never added twice.
    pub sheet: String,
    /// How many records the batch holds.
    pub records: usize,
    /// When it was added, RFC 3339 UTC.
    pub time: String,
    /// The spreadsheet's file name, as given.
    pub source: String,
}

/// A new unique id: 128 bits from the standard library's randomly keyed
/// hasher over the time, the process and a counter, as 32 hex digits.
pub fn new_id() -> String {
    use std::hash::{BuildHasher, Hasher};
    static COUNTER: AtomicU64 = AtomicU64::new(0);
    let n = COUNTER.fetch_add(1, Ordering::Relaxed);
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_nanos());
    let mut id = 0u128;
    for half in 0u8..2 {
        let mut h = std::collections::hash_map::RandomState::new().build_hasher();
        h.write_u128(nanos);
        h.write_u32(std::process::id());
        h.write_u64(n);
        h.write_u8(half);
        id = (id << 64) | u128::from(h.finish());
    }
    format!("{id:032x}")
}

/// A stable 128-bit digest of some bytes (see [`crate::digest`]).
pub use crate::digest::digest;

/// Appends records to a results file: one locked write per call, fsynced
/// before returning.
pub fn append(path: &Path, records: &[Record]) -> io::Result<()> {
    append_lines(path, &lines(records)?)
}

/// Like [`append`], but never waits for the lock: `Ok(false)` when another
/// program holds it (nothing was written; try again later), `Ok(true)`
/// when the records are written and fsynced. Anything but a regular file
/// (a FIFO would block the open) is refused with an error.
pub fn try_append(path: &Path, records: &[Record]) -> io::Result<bool> {
    write_locked(path, &lines(records)?, false)
}

/// Appends whole lines (records already serialized, each ending in a
/// newline): create the folder, open for appending, take an exclusive lock,
/// start on a fresh line after a torn one, write once, fsync, unlock.
pub fn append_lines(path: &Path, bytes: &[u8]) -> io::Result<()> {
    if bytes.is_empty() {
        return Ok(());
    }
    write_locked(path, bytes, true).map(|_| ())
}

/// Records as lean lines, each ending in a newline, after the names lines
/// they point to ([`write::lean_lines`]).
fn lines(records: &[Record]) -> io::Result<Vec<u8>> {
    let mut bytes = Vec::new();
    write::lean_lines(records, &mut bytes).map_err(io::Error::other)?;
    Ok(bytes)
}

/// The one locked write: waits for the lock when `wait`, else gives up at
/// once (`Ok(false)`) while another program holds it.
fn write_locked(path: &Path, bytes: &[u8], wait: bool) -> io::Result<bool> {
    let mut file = open_for_append(path)?;
    if wait {
        file.lock()?;
    } else {
        match file.try_lock() {
            Ok(()) => {}
            Err(std::fs::TryLockError::WouldBlock) => return Ok(false),
            Err(std::fs::TryLockError::Error(e)) => return Err(e),
        }
    }
    // A torn line left by a crash mid-write would swallow this record:
    // start on a fresh line if the file does not end with one.
    let result = (|| {
        let len = file.metadata()?.len();
        if len > 0 && !ends_with_newline(&file, len)? {
            file.write_all(b"\n")?;
        }
        file.write_all(bytes)?;
        file.sync_data()
    })();
    let _ = file.unlock();
    result.map(|()| true)
}

/// Why a path is not a results file that can be opened safely, when it is
/// not a regular file: said in plain words (the rule is [`crate::files`]'s).
pub fn not_regular(path: &Path) -> Option<Said> {
    crate::files::not_regular_at(path).map(Thing::not_regular)
}

fn not_regular_kind(meta: &std::fs::Metadata) -> Option<Said> {
    crate::files::not_regular(meta).map(Thing::not_regular)
}

/// Opens a results file for appending (and reading), creating it and its
/// folder; anything but a regular file is refused before it is opened (a
/// named pipe would block or swallow records), and checked again after.
pub(crate) fn open_for_append(path: &Path) -> io::Result<File> {
    if let Some(why) = not_regular(path) {
        return Err(crate::files::error(io::ErrorKind::InvalidInput, why));
    }
    if let Some(folder) = path.parent().filter(|p| !p.as_os_str().is_empty()) {
        std::fs::create_dir_all(folder)?;
    }
    let file = OpenOptions::new()
        .create(true)
        .read(true)
        .append(true)
        .open(path)?;
    if let Some(why) = not_regular_kind(&file.metadata()?) {
        return Err(crate::files::error(io::ErrorKind::InvalidInput, why));
    }
    Ok(file)
}

/// Opens a results file for reading: only a regular file, at most
/// [`MAX_RESULTS_FILE`] bytes (the size is checked again as it is read).
pub fn open_for_reading(path: &Path) -> io::Result<(File, u64)> {
    if let Some(why) = not_regular(path) {
        return Err(crate::files::error(io::ErrorKind::InvalidInput, why));
    }
    let file = File::open(path)?;
    let meta = file.metadata()?;
    if let Some(why) = not_regular_kind(&meta) {
        return Err(crate::files::error(io::ErrorKind::InvalidInput, why));
    }
    if meta.len() > MAX_RESULTS_FILE {
        return Err(too_big());
    }
    Ok((file, meta.len()))
}

/// The error of a results file over [`MAX_RESULTS_FILE`].
pub fn too_big() -> io::Error {
    crate::files::error(
        io::ErrorKind::FileTooLarge,
        Said::new("record-too-big").text("limit", crate::files::size(MAX_RESULTS_FILE)),
    )
}

fn ends_with_newline(file: &File, len: u64) -> io::Result<bool> {
    let mut last = [0u8; 1];
    read_at(file, &mut last, len - 1)?;
    Ok(last[0] == b'\n')
}

#[cfg(unix)]
fn read_at(file: &File, buf: &mut [u8], at: u64) -> io::Result<()> {
    use std::os::unix::fs::FileExt;
    file.read_exact_at(buf, at)
}

#[cfg(not(unix))]
fn read_at(file: &File, buf: &mut [u8], at: u64) -> io::Result<()> {
    use std::io::{Read, Seek, SeekFrom};
    let mut file = file.try_clone()?;
    file.seek(SeekFrom::Start(at))?;
    file.read_exact(buf)
}

/// What adding a batch did.
#[derive(Debug, Clone, PartialEq)]
pub enum Added {
    /// Every record landed, with its commit line.
    Added,
    /// The same sheet was added before: nothing was written.
    AlreadyAdded(Commit),
}

/// Adds a batch: `records` (`size` bytes of JSON lines, each carrying
/// `commit.commit` in `batch`) then the commit line, under the file's lock, fsynced. Whole or
/// not at all: if the same sheet was already added, nothing is written;
/// if writing fails, the file is cut back to where it was; if the process
/// is killed, readers drop the records that have no commit line (and the
/// next batch cuts them off).
pub fn append_batch(
    path: &Path,
    records: &mut dyn io::Read,
    size: u64,
    commit: &Commit,
) -> io::Result<Added> {
    let mut appender = Appender::new(path, &commit.sheet);
    appender.open(size);
    io::copy(records, &mut appender)?;
    appender.finish(commit)
}

/// What a results file holds, as a batch writer needs to know it.
#[derive(Debug, Default)]
struct Scan {
    /// Every batch committed so far.
    sheets: Vec<Commit>,
    /// Where the records of a batch with no commit start, when nothing but
    /// they (and perhaps a torn last line) follow.
    unfinished_tail: Option<u64>,
}

fn scan(file: &File) -> io::Result<Scan> {
    let mut out = Scan::default();
    let mut reader = io::BufReader::with_capacity(1 << 16, file.try_clone()?);
    {
        use std::io::Seek;
        reader.seek(io::SeekFrom::Start(0))?;
    }
    let mut line = Vec::new();
    let mut at = 0u64;
    // The batch whose records are being read, and where they started.
    let mut open: Option<(String, u64)> = None;
    loop {
        line.clear();
        let n = reader.read_until(b'\n', &mut line)?;
        if n == 0 {
            break;
        }
        let start = at;
        at += n as u64;
        if line.last() != Some(&b'\n') {
            // A torn last line: it belongs to whatever was being written.
            break;
        }
        match line_kind(&line) {
            Kind::Commit(c) => {
                if open.as_ref().is_some_and(|(id, _)| *id == c.commit) {
                    open = None;
                }
                out.sheets.push(c);
            }
            Kind::Batched(id) => match &open {
                Some((open_id, _)) if *open_id == id => {}
                _ => open = Some((id, start)),
            },
            Kind::Other => open = None,
        }
    }
    out.unfinished_tail = open.map(|(_, start)| start);
    Ok(out)
}

enum Kind {
    Commit(Commit),
    Batched(String),
    Other,
}

/// A line's kind, cheaply: a commit line, a record of a batch, or other.
fn line_kind(line: &[u8]) -> Kind {
    if line.starts_with(b"{\"commit\":") {
        return match serde_json::from_slice::<Commit>(line) {
            Ok(c) => Kind::Commit(c),
            Err(_) => Kind::Other,
        };
    }
    #[derive(Deserialize)]
    struct Probe {
        #[serde(default)]
        batch: Option<String>,
    }
    // The batch id is near the start of a record this program writes.
    if line.windows(9).take(120).any(|w| w == b"\"batch\":\"")
        && let Ok(Probe { batch: Some(id) }) = serde_json::from_slice::<Probe>(line)
    {
        return Kind::Batched(id);
    }
    Kind::Other
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_unique_and_digests_stable() {
        let ids: std::collections::HashSet<String> = (0..10_000).map(|_| new_id()).collect();
        assert_eq!(ids.len(), 10_000);
        assert!(ids.iter().all(|id| id.len() == 32));
        assert_eq!(digest(&[b"ab", b"c"]), digest(&[b"ab", b"c"]));
        assert_ne!(digest(&[b"ab", b"c"]), digest(&[b"a", b"bc"]));
    }
}
