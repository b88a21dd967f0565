//! The results files behind a group report: read them all, merged, with
//! skipped lines said as warnings (the first few, then how many more); a
//! file that cannot be read, or is not a results file at all, named
//! plainly; and, while watching, only the bytes added since the last look.
//!
//! A missing or unreadable file is an error, never silently left out: a
//! report or a dashboard that quietly lacks one laptop's results would look
//! complete. Only while watching may a file not exist yet (the kiosk
//! creates it when its first participant finishes): it is then "waited
//! for", and said so. Anything but a regular file (a named pipe, a device)
//! is refused before it is opened, and a file over 4 GiB is refused.
//!
//! Watching reads each file from where the last read stopped, and adds the
//! new records to the summary ([`Group::add`]); a file that shrank or was
//! replaced is read again from the start, with the others.
//!
//! A report of a million records need not hold them: [`count_all`] reads
//! the files once for the summary alone ([`Group::counting`]), folding the
//! records in as they are read and never holding a batch (a look ahead
//! finds its commit line first), writing each participant aside (a
//! compact temporary file, `spill.rs`); [`Reread`] lists them from there,
//! in the order they finished. Its memory is the ids of the records (to
//! leave out duplicates, about 50 MB a million), not the records. When the
//! records were not written in the order they finished (two kiosks' files
//! given together) or a file was edited by hand so that the look ahead was
//! wrong, it reads them the usual way, all in memory ([`Counted::reread`]
//! is then `None`).

use std::io::{self, Read as _, Seek};
use std::path::{Path, PathBuf};
use std::time::SystemTime;

use super::spill::{Spill, Written};
use crate::files::Thing;
use crate::lang::Said;
use crate::workshop::group::{Cursor, Entry, Group, Loader, Participant, QuizGroup, safe};
use crate::workshop::record::{self, MAX_RESULTS_FILE};

/// What reading every file found.
#[derive(Debug, Clone, PartialEq)]
pub struct Read {
    /// Every good record, summarised.
    pub group: Group,
    /// Lines skipped, each with its file and line (the first few, then a
    /// line counting the rest).
    pub warnings: Vec<Said>,
    /// Files that do not exist yet (only when watching).
    pub waiting: Vec<String>,
}

/// A file's name as it may be shown.
pub fn shown(path: &Path) -> String {
    safe(&path.display().to_string(), 200)
}

/// Why a file cannot be read, in plain words.
fn why(e: &io::Error) -> Said {
    if let Some(said) = crate::files::carried(e) {
        return said;
    }
    match e.kind() {
        io::ErrorKind::NotFound => Said::new("files-no-file"),
        io::ErrorKind::PermissionDenied => Said::new("files-permission-denied"),
        io::ErrorKind::IsADirectory => Said::new("record-a-folder"),
        _ => Said::new("files-system").text("why", safe(&e.to_string(), 200)),
    }
}

/// "cannot read results file F: why".
fn cannot_read(path: &Path, why: Said) -> Said {
    Said::new("record-cannot-read")
        .text("file", shown(path))
        .said("why", why)
}

/// Reads every file once. `Err` holds one line per file that cannot be
/// read or is not a results file; with `waiting_ok`, a file that does not
/// exist yet is not an error.
pub fn read_all(files: &[PathBuf], waiting_ok: bool) -> Result<Read, Vec<Said>> {
    let mut source = Source::new(files, false);
    source.waiting_ok = waiting_ok;
    let mut group = Group::default();
    source.poll(&mut group)?;
    Ok(Read {
        group,
        warnings: source.warnings(),
        waiting: source.waiting.clone(),
    })
}

/// What counting every file found: the summary, the warnings, and the
/// way to list the participants again; when the files do not allow it,
/// the group read into memory the usual way, participants and all.
#[derive(Debug)]
pub struct Counted {
    /// The summary alone, no participant kept ([`Group::counting`]); or,
    /// when `reread` is `None`, the group as [`read_all`] reads it.
    pub group: Group,
    pub warnings: Vec<Said>,
    /// Lists the participants from what was written aside; `None` when
    /// `group` holds them ([`crate::workshop::group::export::InMemory`]).
    pub reread: Option<Reread>,
}

/// Reads every file once for the summary alone, as [`read_all`] does
/// (the same errors), but folding each record in as it is read, and
/// writing the participants aside (a temporary file) to list them.
pub fn count_all(files: &[PathBuf]) -> Result<Counted, Vec<Said>> {
    let mut source = Source::new(files, false);
    source.waiting_ok = false;
    source.counting = true;
    source.spill = Spill::new().ok();
    let mut group = Group::counting();
    source.poll(&mut group)?;
    let regular = source.cursors.iter().flatten().all(|p| !p.cursor.irregular);
    let written = source.spill.take().and_then(|s| s.finish().ok());
    match written {
        Some(written) if regular && group.read_in_time_order() => Ok(Counted {
            warnings: source.warnings(),
            group,
            reread: Some(Reread { written }),
        }),
        // Not in the order they finished, or a file edited by hand: read
        // them into memory, as every report did.
        _ => read_all(files, false).map(|read| Counted {
            group: read.group,
            warnings: read.warnings,
            reread: None,
        }),
    }
}

/// The participants of counted files, written aside as they were read.
#[derive(Debug)]
pub struct Reread {
    written: Written,
}

impl Reread {
    /// Calls `each` with every participant of `group` (the summary these
    /// files gave) in the order they finished, over all quizzes, numbered
    /// as the summary numbers them.
    pub fn each(
        &self,
        group: &Group,
        each: &mut dyn FnMut(&QuizGroup, &Participant) -> io::Result<()>,
    ) -> io::Result<()> {
        let mut number = 0;
        self.written.each(&mut |entry| {
            let Some(q) = group.quizzes.iter().find(|q| *q.quiz == *entry.quiz) else {
                return Ok(());
            };
            number += 1;
            let p = Participant {
                number,
                other_version: *entry.quiz_hash != *q.quiz_hash,
                entry,
            };
            each(q, &p)
        })
    }
}

/// Counting: adds entries to the summary, writing the ones kept aside;
/// if that fails, the participants are not listed from it ([`count_all`]
/// then says so and the report reads them the usual way).
fn fold(group: &mut Group, spill: &mut Option<Spill>, entries: Vec<Entry>) {
    match spill {
        Some(s) => {
            if group.count(entries, &mut |e| s.write(e)).is_err() {
                *spill = None;
            }
        }
        None => group.add(entries),
    }
}

/// The results files being read, and where each read stopped.
#[derive(Debug)]
pub struct Source {
    files: Vec<PathBuf>,
    /// Read again as they grow: a last line not yet ended waits.
    watching: bool,
    /// Each record is folded into the group as it is read, batches never
    /// held (a look ahead finds their commit lines): see [`count_all`].
    counting: bool,
    /// Counting: where the participants kept are written aside.
    spill: Option<Spill>,
    /// A file that does not exist yet is waited for, not an error.
    pub waiting_ok: bool,
    loader: Loader,
    cursors: Vec<Option<Place>>,
    /// Files that do not exist yet.
    pub waiting: Vec<String>,
}

/// Where one file was read to.
#[derive(Debug, Clone, PartialEq)]
struct Place {
    cursor: Cursor,
    offset: u64,
    identity: Identity,
}

/// What tells one file from another at the same path.
type Identity = (u64, u64, Option<SystemTime>);

#[cfg(unix)]
fn identity(meta: &std::fs::Metadata) -> Identity {
    use std::os::unix::fs::MetadataExt;
    (meta.dev(), meta.ino(), meta.created().ok())
}

#[cfg(not(unix))]
fn identity(meta: &std::fs::Metadata) -> Identity {
    (0, 0, meta.created().ok())
}

impl Source {
    pub fn new(files: &[PathBuf], watching: bool) -> Source {
        Source {
            files: files.to_vec(),
            watching,
            counting: false,
            spill: None,
            waiting_ok: watching,
            loader: Loader::new(),
            cursors: vec![None; files.len()],
            waiting: Vec::new(),
        }
    }

    /// The warnings so far, ready to print.
    pub fn warnings(&self) -> Vec<Said> {
        // Their file names and quoted text were made safe as they were made.
        self.loader.warnings.lines()
    }

    /// How many lines were skipped so far.
    pub fn skipped(&self) -> usize {
        self.loader.warnings.len()
    }

    /// Reads what was added to the files since the last call and adds it
    /// to `group`; when a file shrank or was replaced, reads every file
    /// again into a fresh `group`. `Err` says which files could not be
    /// read (what was read before is kept).
    pub fn poll(&mut self, group: &mut Group) -> Result<(), Vec<Said>> {
        let mut problems = Vec::new();
        self.waiting.clear();
        let mut restart = false;
        let mut plan = Vec::with_capacity(self.files.len());
        for (i, path) in self.files.iter().enumerate() {
            match std::fs::metadata(path) {
                Err(e) if self.waiting_ok && e.kind() == io::ErrorKind::NotFound => {
                    restart |= self.cursors[i].is_some();
                    self.waiting.push(shown(path));
                    plan.push(None);
                }
                Err(e) => {
                    problems.push(cannot_read(path, why(&e)));
                    plan.push(None);
                }
                Ok(meta) if !meta.is_file() => {
                    let why =
                        record::not_regular(path).unwrap_or_else(|| Thing::Special.not_regular());
                    problems.push(cannot_read(path, why));
                    plan.push(None);
                }
                Ok(meta) if meta.len() > MAX_RESULTS_FILE => {
                    problems.push(cannot_read(path, why(&record::too_big())));
                    plan.push(None);
                }
                Ok(meta) => {
                    let id = identity(&meta);
                    if let Some(place) = &self.cursors[i]
                        && (place.identity != id || meta.len() < place.offset)
                    {
                        restart = true;
                    }
                    plan.push(Some(id));
                }
            }
        }
        if !problems.is_empty() {
            return Err(problems);
        }
        if restart {
            self.loader = Loader::new();
            self.cursors = vec![None; self.files.len()];
            *group = Group::default();
        }
        for (i, id) in plan.into_iter().enumerate() {
            let Some(id) = id else { continue };
            if let Err(e) = self.read_file(i, id, group) {
                problems.push(cannot_read(&self.files[i], why(&e)));
            }
        }
        for (i, place) in self.cursors.iter().enumerate() {
            if place.as_ref().is_some_and(|p| p.cursor.not_results()) {
                problems.push(Said::new("record-not-results").text("file", shown(&self.files[i])));
            }
        }
        fold(group, &mut self.spill, self.loader.take_entries());
        if problems.is_empty() {
            Ok(())
        } else {
            Err(problems)
        }
    }

    /// Reads file `i` on from where it was read to.
    fn read_file(&mut self, i: usize, id: Identity, group: &mut Group) -> io::Result<()> {
        let path = &self.files[i];
        let (mut file, size) = record::open_for_reading(path)?;
        let counting = self.counting;
        let ahead = match counting {
            true => Some(look_ahead(path, size)?),
            false => None,
        };
        let place = self.cursors[i].get_or_insert_with(|| Place {
            cursor: Cursor::new(i, &path.display().to_string()),
            offset: 0,
            identity: id,
        });
        if let Some(ahead) = ahead {
            place.cursor.ahead(ahead);
        }
        file.seek(io::SeekFrom::Start(place.offset))?;
        let room = MAX_RESULTS_FILE.saturating_sub(place.offset);
        let mut counted = CountingReader {
            inner: file.take(room + 1),
            read: 0,
        };
        // Counting, the records are folded in as they are read.
        let spill = &mut self.spill;
        let result = self.loader.read_more_with(
            io::BufReader::with_capacity(1 << 16, &mut counted),
            &mut place.cursor,
            &mut |entries| {
                if counting {
                    fold(group, spill, std::mem::take(entries));
                }
                Ok(())
            },
        );
        place.offset += counted.read;
        result?;
        if place.offset > MAX_RESULTS_FILE {
            return Err(record::too_big());
        }
        if !self.watching {
            self.loader.finish_file(&mut place.cursor);
        }
        Ok(())
    }
}

/// Counts the bytes read through it.
struct CountingReader<R> {
    inner: R,
    read: u64,
}

impl<R: io::Read> io::Read for CountingReader<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let n = self.inner.read(buf)?;
        self.read += n as u64;
        Ok(n)
    }
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

impl crate::workshop::group::export::People for Reread {
    fn each(
        &self,
        group: &Group,
        quiz: Option<&QuizGroup>,
        each: &mut dyn FnMut(&QuizGroup, &Participant) -> io::Result<()>,
    ) -> io::Result<()> {
        Reread::each(self, group, &mut |q, p| match quiz {
            Some(only) if !std::ptr::eq(only, q) => Ok(()),
            _ => each(q, p),
        })
    }
}

/// The batches a file commits within its first `size` bytes.
fn look_ahead(path: &Path, size: u64) -> io::Result<crate::workshop::group::FxMap<String, usize>> {
    let (file, _) = record::open_for_reading(path)?;
    crate::workshop::group::committed_batches(io::BufReader::with_capacity(
        1 << 16,
        file.take(size),
    ))
}
