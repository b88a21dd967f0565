//! Reading a results file: every good record, a batch's records only
//! once its commit line is there, and what was skipped said in warnings
//! (the first few, then how many more).

use std::io;
use std::path::Path;

use super::{Commit, MAX_RESULTS_FILE, MAX_WARNINGS, Record, VERSION, open_for_reading, too_big};

/// The records of a batch read so far, held until its commit line. Shared
/// by both readers (this file's and the group report's).
#[derive(Debug, Clone, PartialEq)]
pub struct Held<T> {
    batch: Option<String>,
    /// The line of its first record.
    line: usize,
    items: Vec<T>,
}

impl<T> Default for Held<T> {
    fn default() -> Self {
        Held {
            batch: None,
            line: 0,
            items: Vec::new(),
        }
    }
}

/// A batch dropped for want of its commit line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Dropped {
    pub line: usize,
    pub records: usize,
}

impl Dropped {
    /// The warning, naming the file and line.
    pub fn warning(&self, name: &str) -> String {
        format!(
            "{name}:{}: skipped {} of a batch that never finished (score --answers-csv was \
             stopped before its end); run it again to add them",
            self.line,
            crate::text::plural(self.records, "record", "records")
        )
    }
}

impl<T> Held<T> {
    /// A record read at `line`: kept (`out`) at once when it is in no
    /// batch, else held. Returns a batch dropped because this record shows
    /// it never finished.
    pub fn record(
        &mut self,
        batch: Option<&str>,
        item: T,
        line: usize,
        out: &mut Vec<T>,
    ) -> Option<Dropped> {
        let dropped = match (batch, &self.batch) {
            (Some(id), Some(open)) if id == open => None,
            _ => self.drop_open(),
        };
        match batch {
            Some(id) => {
                if self.batch.is_none() {
                    self.batch = Some(id.to_string());
                    self.line = line;
                }
                self.items.push(item);
            }
            None => out.push(item),
        }
        dropped
    }

    /// A commit line: the batch it names counts.
    pub fn commit(&mut self, id: &str, out: &mut Vec<T>) {
        if self.batch.as_deref() == Some(id) {
            out.append(&mut self.items);
            self.batch = None;
        }
    }

    /// The end of what can be read: a batch still open never finished.
    pub fn end(&mut self) -> Option<Dropped> {
        self.drop_open()
    }

    fn drop_open(&mut self) -> Option<Dropped> {
        self.batch.take()?;
        let records = self.items.len();
        self.items.clear();
        Some(Dropped {
            line: self.line,
            records,
        })
    }
}

/// Warnings, the first [`MAX_WARNINGS`] kept and the rest counted.
#[derive(Debug, Default, Clone, PartialEq)]
pub struct Warnings {
    pub kept: Vec<String>,
    pub more: usize,
}

impl Warnings {
    pub fn push(&mut self, warning: String) {
        if self.kept.len() < MAX_WARNINGS {
            self.kept.push(warning);
        } else {
            self.more += 1;
        }
    }

    pub fn len(&self) -> usize {
        self.kept.len() + self.more
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The lines to show: the kept ones, then "… and N more lines skipped".
    pub fn lines(&self) -> Vec<String> {
        let mut lines = self.kept.clone();
        if self.more > 0 {
            lines.push(format!(
                "… and {} (not listed)",
                crate::text::plural(self.more, "more skipped line", "more skipped lines")
            ));
        }
        lines
    }
}

/// What reading a results file found.
#[derive(Debug, Default, Clone, PartialEq)]
pub struct ReadOut {
    pub records: Vec<Record>,
    /// Lines skipped, each said in plain words with the file and line (the
    /// first [`MAX_WARNINGS`]; then one line counting the rest).
    pub warnings: Vec<String>,
}

/// Reads every good record of a results file. A torn last line (a crash
/// mid-write) or a bad line is skipped with a warning, never fatal.
pub fn read(path: &Path) -> io::Result<ReadOut> {
    let (file, _) = open_for_reading(path)?;
    let mut bytes = Vec::new();
    io::Read::read_to_end(&mut io::Read::take(file, MAX_RESULTS_FILE + 1), &mut bytes)?;
    if bytes.len() as u64 > MAX_RESULTS_FILE {
        return Err(too_big());
    }
    Ok(parse(&bytes, &path.display().to_string()))
}

/// Reads records from the bytes of a results file named `name`.
pub fn parse(bytes: &[u8], name: &str) -> ReadOut {
    let mut records = Vec::new();
    let mut warnings = Warnings::default();
    let mut held = Held::default();
    let ends_cleanly = bytes.last().is_none_or(|b| *b == b'\n');
    let lines: Vec<&[u8]> = bytes.split(|b| *b == b'\n').collect();
    let count = lines.len();
    for (i, line) in lines.into_iter().enumerate() {
        if line.iter().all(u8::is_ascii_whitespace) {
            continue;
        }
        match serde_json::from_slice::<Record>(line) {
            Ok(record) if record.version == VERSION => {
                let batch = record.batch.clone();
                if let Some(d) = held.record(batch.as_deref(), record, i + 1, &mut records) {
                    warnings.push(d.warning(name));
                }
            }
            Ok(record) => warnings.push(format!(
                "{name}:{}: skipped a record of format version {} (this careerfit reads version {VERSION})",
                i + 1,
                record.version
            )),
            Err(_) if i + 1 == count && !ends_cleanly => warnings.push(format!(
                "{name}:{}: skipped an unfinished last line (the program writing it stopped mid-write)",
                i + 1
            )),
            Err(e) => match serde_json::from_slice::<Commit>(line) {
                Ok(commit) => held.commit(&commit.commit, &mut records),
                Err(_) => warnings.push(format!(
                    "{name}:{}: skipped a line that is not a careerfit record ({e})",
                    i + 1
                )),
            },
        }
    }
    if let Some(d) = held.end() {
        warnings.push(d.warning(name));
    }
    ReadOut {
        records,
        warnings: warnings.lines(),
    }
}
