//! Adding a batch to a results file as it is scored: the records go
//! straight into the file, under its lock, and the commit line at the end
//! is what makes them count (a batch cut before its commit line already
//! reads as nothing, and the next batch cuts it off), so they are written
//! once, with one fsync at the end, not first to a temporary file and then
//! copied.
//!
//! Whole or not at all, as [`super::append_batch`] promises: the file is
//! opened and locked at the first record (a sheet with no good row never
//! creates or touches it); the same sheet added before is found then and
//! nothing is written; a write that fails (a full disk, a file that would
//! grow past 4 GiB) cuts the file back to where the batch began. A failure
//! is kept and said by [`Appender::finish`], so the rest of the sheet is
//! still scored and its problems listed, as before. While the batch is
//! written the file stays locked: a kiosk finishing then waits (or, with
//! `try_append`, tries again later), as it did while a batch was copied.

use std::fs::File;
use std::io::{self, Write};
use std::path::{Path, PathBuf};

use super::{Added, Commit, MAX_RESULTS_FILE, ends_with_newline, open_for_append, scan};

/// A batch being written into a results file (see the module doc).
#[derive(Debug)]
pub struct Appender {
    path: PathBuf,
    /// The digest of the sheet: the same sheet is never added twice.
    sheet: String,
    state: State,
}

#[derive(Debug)]
enum State {
    /// Nothing written yet: the file is not opened.
    Closed,
    /// The file, locked; where the batch began; how much was written.
    Open {
        file: File,
        start: u64,
        written: u64,
    },
    /// The same sheet was added before: the records are thrown away.
    AlreadyAdded(Commit),
    /// Writing failed; the file was cut back to where it was.
    Failed(io::Error),
    /// Finished (or given up).
    Done,
}

/// The error of a batch that would make its file too big to read.
fn too_big_for_file() -> io::Error {
    crate::files::error(
        io::ErrorKind::FileTooLarge,
        crate::lang::Said::new("record-would-be-too-big")
            .text("limit", crate::files::size(MAX_RESULTS_FILE)),
    )
}

impl Appender {
    /// A batch of sheet `sheet` (its [`super::digest`]) to add to `path`.
    pub fn new(path: &Path, sheet: &str) -> Appender {
        Appender {
            path: path.to_path_buf(),
            sheet: sheet.to_string(),
            state: State::Closed,
        }
    }

    /// Opens and locks the file for `first` bytes of records: refuses a
    /// file that would grow too big, finds a sheet added before, and cuts
    /// off the records of a batch that was killed before its commit line.
    pub fn open(&mut self, first: u64) {
        if !matches!(self.state, State::Closed) {
            return;
        }
        self.state = match self.open_locked(first) {
            Ok(state) => state,
            Err(e) => State::Failed(e),
        };
    }

    fn open_locked(&self, first: u64) -> io::Result<State> {
        let file = open_for_append(&self.path)?;
        file.lock()?;
        let opened = (|| {
            if file.metadata()?.len().saturating_add(first) > MAX_RESULTS_FILE {
                return Err(too_big_for_file());
            }
            let scan = scan(&file)?;
            if let Some(earlier) = scan.sheets.into_iter().find(|c| c.sheet == self.sheet) {
                return Ok(Err(earlier));
            }
            if let Some(start) = scan.unfinished_tail {
                // The records of a batch that was killed before its commit:
                // nothing reads them, and nothing was written after them.
                file.set_len(start)?;
            }
            Ok(Ok(file.metadata()?.len()))
        })();
        match opened {
            Ok(Ok(start)) => {
                let mut state = State::Open {
                    file,
                    start,
                    written: 0,
                };
                if start > 0 {
                    // Start on a fresh line after a torn one.
                    if let State::Open { file, .. } = &state
                        && let Err(e) = ends_with_newline(file, start).and_then(|ends| {
                            if ends {
                                Ok(())
                            } else {
                                (&*file).write_all(b"\n")
                            }
                        })
                    {
                        state = roll_back(state, e);
                    }
                }
                Ok(state)
            }
            Ok(Err(earlier)) => {
                let _ = file.unlock();
                Ok(State::AlreadyAdded(earlier))
            }
            Err(e) => {
                let _ = file.unlock();
                Err(e)
            }
        }
    }

    /// Adds the commit line, fsyncs and unlocks: the batch counts. Says
    /// what was done, or why nothing was added (the file is then as it
    /// was). A batch with no records (no good row) leaves the file alone.
    pub fn finish(mut self, commit: &Commit) -> io::Result<Added> {
        match std::mem::replace(&mut self.state, State::Done) {
            State::Closed | State::Done => Ok(Added::Added),
            State::AlreadyAdded(earlier) => Ok(Added::AlreadyAdded(earlier)),
            State::Failed(e) => Err(e),
            State::Open {
                file,
                start,
                written,
            } => {
                let done = (|| {
                    let mut line = serde_json::to_vec(commit).map_err(io::Error::other)?;
                    line.push(b'\n');
                    if start + written + line.len() as u64 > MAX_RESULTS_FILE {
                        return Err(too_big_for_file());
                    }
                    (&file).write_all(&line)?;
                    file.sync_data()
                })();
                match done {
                    Ok(()) => {
                        let _ = file.unlock();
                        Ok(Added::Added)
                    }
                    Err(e) => match roll_back(
                        State::Open {
                            file,
                            start,
                            written,
                        },
                        e,
                    ) {
                        State::Failed(e) => Err(e),
                        _ => Ok(Added::Added),
                    },
                }
            }
        }
    }
}

/// Cuts an open batch's file back to where the batch began (and syncs),
/// unlocks it, and keeps the error.
fn roll_back(state: State, e: io::Error) -> State {
    if let State::Open { file, start, .. } = state {
        let _ = file.set_len(start).and_then(|()| file.sync_data());
        let _ = file.unlock();
    }
    State::Failed(e)
}

impl Write for Appender {
    /// Writes whole records (never fails: a failure is kept for
    /// [`Appender::finish`], and what follows is thrown away).
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        if buf.is_empty() {
            return Ok(0);
        }
        self.open(buf.len() as u64);
        if let State::Open {
            file,
            start,
            written,
        } = &mut self.state
        {
            let result = if *start + *written + buf.len() as u64 > MAX_RESULTS_FILE {
                Err(too_big_for_file())
            } else {
                (&*file).write_all(buf)
            };
            match result {
                Ok(()) => *written += buf.len() as u64,
                Err(e) => {
                    let state = std::mem::replace(&mut self.state, State::Done);
                    self.state = roll_back(state, e);
                }
            }
        }
        Ok(buf.len())
    }

    fn flush(&mut self) -> io::Result<()> {
        Ok(())
    }
}

impl Drop for Appender {
    /// Given up before its end (never finished): whole or not at all.
    fn drop(&mut self) {
        let state = std::mem::replace(&mut self.state, State::Done);
        if matches!(state, State::Open { .. }) {
            roll_back(state, io::ErrorKind::Interrupted.into());
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::workshop::record::{append_lines, new_id};

    fn commit(sheet: &str) -> Commit {
        Commit {
            commit: "b1".to_string(),
            sheet: sheet.to_string(),
            records: 1,
            time: "2026-01-02T03:04:05Z".to_string(),
            source: "s.csv".to_string(),
        }
    }

    #[test]
    fn a_failed_batch_write_leaves_the_file_as_it_was() {
        let dir = std::env::temp_dir().join(format!("careerfit-rollback-{}", new_id()));
        let path = dir.join("results.jsonl");
        append_lines(&path, b"{\"kept\":1}\n").unwrap();
        let before = std::fs::read(&path).unwrap();
        // Given up half way (dropped before its commit line).
        let mut appender = Appender::new(&path, "sheet");
        appender.write_all(b"{\"half\":").unwrap();
        assert!(std::fs::read(&path).unwrap().len() > before.len());
        drop(appender);
        assert_eq!(std::fs::read(&path).unwrap(), before);
        // A write that fails (here: the file would pass 4 GiB) is said at
        // the end, and the file is cut back.
        let mut appender = Appender::new(&path, "sheet");
        appender.write_all(b"{\"first\":1}\n").unwrap();
        if let State::Open { written, .. } = &mut appender.state {
            *written = MAX_RESULTS_FILE;
        }
        appender.write_all(b"{\"too\":\"big\"}\n").unwrap();
        let e = appender.finish(&commit("sheet")).unwrap_err();
        assert_eq!(e.kind(), io::ErrorKind::FileTooLarge);
        assert_eq!(std::fs::read(&path).unwrap(), before);
        let _ = std::fs::remove_dir_all(dir);
    }

    #[test]
    fn a_batch_with_no_records_leaves_no_file_and_a_sheet_lands_once() {
        let dir = std::env::temp_dir().join(format!("careerfit-appender-{}", new_id()));
        let path = dir.join("results.jsonl");
        let appender = Appender::new(&path, "sheet");
        assert_eq!(appender.finish(&commit("sheet")).unwrap(), Added::Added);
        assert!(!path.exists(), "no good row: no file");
        let mut appender = Appender::new(&path, "sheet");
        appender.write_all(b"{\"batch\":\"b1\"}\n").unwrap();
        assert_eq!(appender.finish(&commit("sheet")).unwrap(), Added::Added);
        let once = std::fs::read(&path).unwrap();
        assert!(once.ends_with(b"\"source\":\"s.csv\"}\n"));
        let mut appender = Appender::new(&path, "sheet");
        appender.write_all(b"{\"batch\":\"b2\"}\n").unwrap();
        assert!(matches!(
            appender.finish(&commit("sheet")),
            Ok(Added::AlreadyAdded(c)) if c.commit == "b1"
        ));
        assert_eq!(std::fs::read(&path).unwrap(), once);
        let _ = std::fs::remove_dir_all(dir);
    }
}
