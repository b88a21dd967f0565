//! The group report's side of the results reader: each line is read by
//! the format's one reader (`record::read_line`), straight into a lean
//! [`Entry`], its text borrowed from the line where it can and its answers
//! only hashed, never stored. Reading a `Record` in full costs about 16 µs
//! a line (its answers are a map of untagged values, which serde buffers);
//! this costs about a quarter of that, which keeps a report over 100,000
//! records under half a second. A file is read a line at a time, never
//! whole. Because both go through `read_line`, this accepts and refuses
//! exactly what `record::parse` does, and words its warnings the same way.

use std::fmt;
use std::io::{self, BufRead};
use std::sync::Arc;

use serde::Deserialize;
use serde::de::{self, Deserializer, MapAccess, Visitor};

use super::{AnswerValue, Entry, FxMap, Loader, answer_digest, fx_str, id_key};
use crate::workshop::record::{Given, Held, Known, Line, Names, Wire, read_line};

/// Where reading one results file stands, kept between reads while a file
/// is watched: the next line's number, a last line not yet ended, the
/// records of a batch not yet committed, and what was found so far.
#[derive(Debug, Default, Clone, PartialEq)]
pub struct Cursor {
    /// The file's number (0, 1, … in the order given).
    pub file: usize,
    /// The file's name as shown in warnings.
    pub name: String,
    line: usize,
    partial: Vec<u8>,
    held: Held<Entry>,
    /// Lines that were records or commit lines.
    pub good: usize,
    /// Whole lines that were neither.
    pub bad: usize,
    /// The file ended in an unfinished line that began like a record.
    pub torn_record: bool,
    /// Reading without holding batches: the batches whose commit line a
    /// look ahead found, with its line ([`committed_batches`]). A record
    /// of one of them counts as it is read, the rest are only counted
    /// until their batch is dropped, so nothing is held.
    ahead: Option<FxMap<String, usize>>,
    /// Reading ahead: the records of the batch being read.
    run: Held<()>,
    /// Reading ahead went wrong: a batch the look ahead saw committed was
    /// cut off before its commit line, or one it missed was committed.
    /// Only a file edited by hand does this; read it the usual way.
    pub irregular: bool,
}

impl Cursor {
    pub fn new(file: usize, name: &str) -> Cursor {
        Cursor {
            file,
            name: name.to_string(),
            ..Cursor::default()
        }
    }

    /// Nothing in the file looks like a careerfit results file: some
    /// lines, and none of them a record (a lone unfinished record, from a
    /// kiosk stopped during its first write, still counts as one).
    pub fn not_results(&self) -> bool {
        self.good == 0 && self.bad > 0 && !(self.bad == 1 && self.torn_record)
    }

    /// Reads without holding batches, given what a look ahead found.
    pub(crate) fn ahead(&mut self, committed: FxMap<String, usize>) {
        self.ahead = Some(committed);
    }

    /// Whether batch `id`, begun at `line`, is committed after it.
    fn committed_after(&self, id: &str, line: usize) -> bool {
        self.ahead
            .as_ref()
            .and_then(|c| c.get(id))
            .is_some_and(|at| *at > line)
    }
}

/// The batches a results file commits, with the line of the last commit
/// line of each: a look ahead so a long batch need not be held in memory
/// until its commit line. Only whole lines that begin as careerfit writes
/// a commit line are looked at; any other commit line is found when it is
/// read, and the file is read again the usual way ([`Cursor::irregular`]).
pub(crate) fn committed_batches(mut reader: impl BufRead) -> io::Result<FxMap<String, usize>> {
    let mut found = FxMap::default();
    let mut line = Vec::new();
    let mut number = 0;
    let known = Known::default();
    let mut look = |line: &[u8], number: usize| {
        if line.starts_with(b"{\"commit\"")
            && let Line::Commit(c) = read_line::<Digest>(line, false, &known)
        {
            found.insert(c.commit, number);
        }
    };
    whole_lines(&mut reader, &mut line, &mut |line| {
        number += 1;
        look(line, number);
        Ok(())
    })?;
    Ok(found)
}

/// Calls `each` with every whole line `reader` gives (without its
/// newline), `partial` holding the start of the first; what follows the
/// last newline is left in `partial`. Lines are read where they lie in the
/// reader's buffer: only a line that runs past its end is copied.
fn whole_lines(
    reader: &mut impl BufRead,
    partial: &mut Vec<u8>,
    each: &mut dyn FnMut(&[u8]) -> io::Result<()>,
) -> io::Result<()> {
    loop {
        let buf = reader.fill_buf()?;
        if buf.is_empty() {
            return Ok(());
        }
        let Some(end) = memchr::memchr(b'\n', buf) else {
            partial.extend_from_slice(buf);
            let read = buf.len();
            reader.consume(read);
            continue;
        };
        if partial.is_empty() {
            each(&buf[..end])?;
        } else {
            partial.extend_from_slice(&buf[..end]);
            each(partial)?;
            partial.clear();
        }
        reader.consume(end + 1);
    }
}

/// The answers map, hashed as it is read: question id to a scale point
/// (0 to 255, as `u8`) or an option id, as `SavedAnswer` reads them.
struct Digest(u64);

impl<'de> Deserialize<'de> for Digest {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Digest, D::Error> {
        d.deserialize_map(DigestVisitor)
    }
}

struct DigestVisitor;

impl<'de> Visitor<'de> for DigestVisitor {
    type Value = Digest;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a map of answers")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Digest, A::Error> {
        let mut sum = 0u64;
        while let Some(Key(question)) = map.next_key()? {
            let given: Given = map.next_value()?;
            sum = sum.wrapping_add(answer_digest(question, value(&given)));
        }
        Ok(Digest(sum))
    }
}

/// A question id, hashed.
struct Key(u64);

impl<'de> Deserialize<'de> for Key {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Key, D::Error> {
        struct V;
        impl Visitor<'_> for V {
            type Value = Key;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a question id")
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<Key, E> {
                Ok(Key(fx_str(v)))
            }
        }
        d.deserialize_str(V)
    }
}

/// How many entries are read before they are handed on.
const FLUSH_EVERY: usize = 4096;

impl Loader {
    /// Reads every good record of a results file's bytes; `name` names the
    /// file in warnings.
    pub fn parse(&mut self, bytes: &[u8], name: &str) {
        // Reading from memory cannot fail.
        let _ = self.read_from(bytes, name);
    }

    /// Reads every good record from a results file, a line at a time (so a
    /// large file is never all in memory); `name` names the file in
    /// warnings. Fails only when the file cannot be read.
    pub fn read_from(&mut self, reader: impl BufRead, name: &str) -> io::Result<Cursor> {
        let mut cursor = Cursor::new(self.files, name);
        self.files += 1;
        self.read_more(reader, &mut cursor)?;
        self.finish_file(&mut cursor);
        Ok(cursor)
    }

    /// Reads what more there is of a file, from where `cursor` stopped:
    /// whole lines only; an unfinished last line waits for the rest.
    pub fn read_more(&mut self, reader: impl BufRead, cursor: &mut Cursor) -> io::Result<()> {
        self.read_more_with(reader, cursor, &mut |_| Ok(()))
    }

    /// [`Loader::read_more`], handing the entries read to `flush` every
    /// few thousand (it takes them), so they need not all be in memory.
    pub fn read_more_with(
        &mut self,
        mut reader: impl BufRead,
        cursor: &mut Cursor,
        flush: &mut dyn FnMut(&mut Vec<Entry>) -> io::Result<()>,
    ) -> io::Result<()> {
        let mut line = std::mem::take(&mut cursor.partial);
        let read = whole_lines(&mut reader, &mut line, &mut |whole| {
            cursor.line += 1;
            self.parse_line(whole, cursor, false);
            if self.entries.len() >= FLUSH_EVERY {
                flush(&mut self.entries)?;
            }
            Ok(())
        });
        cursor.partial = line;
        read
    }

    /// The file has ended for good (not watched): an unfinished last line
    /// is torn, and a batch with no commit line never finished.
    pub fn finish_file(&mut self, cursor: &mut Cursor) {
        let partial = std::mem::take(&mut cursor.partial);
        if !partial.is_empty() {
            cursor.line += 1;
            let before = cursor.good;
            self.parse_line(&partial, cursor, true);
            if cursor.good == before && !partial.iter().all(u8::is_ascii_whitespace) {
                cursor.torn_record = partial.trim_ascii_start().starts_with(b"{");
            }
        }
        if let Some(dropped) = cursor.held.end() {
            self.warnings.push(dropped.warning(&cursor.name));
        }
        if cursor
            .run
            .open()
            .is_some_and(|(id, line)| cursor.committed_after(id, line))
        {
            // The commit line the look ahead saw is gone (the file shrank).
            cursor.irregular = true;
        }
        if let Some(dropped) = cursor.run.end() {
            self.warnings.push(dropped.warning(&cursor.name));
        }
    }

    /// Reading ahead: a record of batch `batch` (or none) at `number`.
    /// Returns whether it counts now; keeps the run of the batch being
    /// read, to warn about a batch that never finished, as [`Held`] does.
    fn read_ahead(&mut self, cursor: &mut Cursor, batch: Option<&str>, number: usize) -> bool {
        let open = cursor
            .run
            .open()
            .map(|(id, line)| cursor.committed_after(id, line));
        let mut counted = Vec::new();
        if let Some(d) = cursor.run.record(batch, (), number, &mut counted) {
            if open == Some(true) {
                // Cut off before the commit line the look ahead saw.
                cursor.irregular = true;
            }
            self.warnings.push(d.warning(&cursor.name));
        }
        match batch {
            None => true,
            Some(id) => match cursor.run.open() {
                Some((_, line)) => cursor.committed_after(id, line),
                None => true,
            },
        }
    }

    fn parse_line(&mut self, line: &[u8], cursor: &mut Cursor, torn: bool) {
        let name = &cursor.name;
        let number = cursor.line;
        match read_line::<Digest>(line, torn, &self.known) {
            Line::Blank => {}
            Line::Record(wire) if cursor.ahead.is_some() => {
                cursor.good += 1;
                let batch = wire.batch.clone();
                if self.read_ahead(cursor, batch.as_deref(), number) {
                    let entry = self.entry(wire, cursor.file);
                    self.entries.push(entry);
                }
            }
            Line::Record(wire) => {
                cursor.good += 1;
                let batch = wire.batch.clone();
                let entry = self.entry(wire, cursor.file);
                let entries = &mut self.entries;
                if let Some(d) = cursor.held.record(batch.as_deref(), entry, number, entries) {
                    self.warnings.push(d.warning(name));
                }
            }
            Line::Names(names) => {
                cursor.good += 1;
                self.known.learn(names);
            }
            Line::Commit(commit) => {
                cursor.good += 1;
                cursor.held.commit(&commit.commit, &mut self.entries);
                if let Some((id, line)) = cursor.run.open()
                    && id == commit.commit
                    && !cursor.committed_after(id, line)
                {
                    // A commit line the look ahead missed: its records
                    // were not counted.
                    cursor.irregular = true;
                }
                cursor.run.commit(&commit.commit, &mut Vec::new());
            }
            other => {
                match other {
                    Line::OtherVersion(_) | Line::NoNames(_) => cursor.good += 1,
                    Line::NotRecord(_) => cursor.bad += 1,
                    _ => {}
                }
                if let Some(warning) = other.warning(name, number) {
                    self.warnings.push(warning);
                }
            }
        }
    }

    fn entry(&mut self, w: Wire<'_, Digest>, file: usize) -> Entry {
        let answers = match (&w.shape, &w.given) {
            (Some(names), Some(given)) => self
                .question_keys(names)
                .iter()
                .zip(given)
                .filter_map(|(key, g)| g.as_ref().map(|g| answer_digest(*key, value(g))))
                .fold(0u64, u64::wrapping_add),
            _ => w.answers.as_ref().map_or(0, |d| d.0),
        };
        let dimensions = self.scored(w.scores());
        let ranking = self.ranked(w.fits());
        Entry {
            id: w.id.as_deref().map(id_key),
            file,
            order: 0,
            session: self.text(&w.session),
            quiz: self.text(&w.quiz),
            quiz_hash: self.text(&w.quiz_hash),
            time: w.time.into_owned(),
            label: w.label,
            answers,
            answered: w.answered,
            total: w.total,
            dimensions,
            ranking,
            flags: crate::scoring::Flags {
                close_call: w.close_call,
                flat: w.flat,
                incomplete: w.incomplete,
                low_interest: w.low_interest,
            },
        }
    }
}

impl Loader {
    /// The hashed question ids of names line `names`.
    fn question_keys(&mut self, names: &Arc<Names>) -> &[u64] {
        if !matches!(&self.question_keys, Some((n, _)) if Arc::ptr_eq(n, names)) {
            let keys = names.questions.iter().map(|q| fx_str(q)).collect();
            self.question_keys = Some((names.clone(), keys));
        }
        self.question_keys.as_ref().map_or(&[], |(_, keys)| keys)
    }
}

/// An answer as the answers digest takes it.
fn value<'v>(given: &'v Given<'_>) -> AnswerValue<'v> {
    match given {
        Given::Scale(n) => AnswerValue::Scale(*n),
        Given::Option(id) => AnswerValue::Option(id),
    }
}
