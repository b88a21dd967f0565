//! Reading a results file: the one reader of the format. [`read_line`]
//! parses a line into a [`Wire`], borrowing its text from the line where it
//! can, and says what a line that is not a record is; a whole [`Record`]
//! (here, [`parse`]) and the group report's lean entries (`group/wire.rs`,
//! which only hashes the answers) are both built from it, so the two accept
//! and refuse the same lines and word their warnings the same way. A
//! batch's records count only once its commit line is there ([`Held`]),
//! and what was skipped is said in warnings (the first few, then how many
//! more).

use std::borrow::Cow;
use std::collections::BTreeMap;
use std::io;
use std::path::Path;

use serde::{Deserialize, Deserializer};

use super::{Commit, MAX_RESULTS_FILE, MAX_WARNINGS, Record, VERSION, open_for_reading, too_big};
use crate::content::SavedAnswer;
use crate::scoring::{DimensionScore, Fit, Standing};

/// One record line as read, its text borrowed from the line where it can;
/// the answers as `A` reads them (a map for a [`Record`], a digest for a
/// report). Unknown fields are ignored.
#[derive(Deserialize)]
pub(crate) struct Wire<'a, A> {
    pub version: u32,
    #[serde(default, borrow)]
    pub id: Option<Cow<'a, str>>,
    #[serde(default, borrow)]
    pub batch: Option<Cow<'a, str>>,
    #[serde(borrow)]
    pub time: Cow<'a, str>,
    #[serde(borrow)]
    pub session: Cow<'a, str>,
    pub label: Option<String>,
    #[serde(borrow)]
    pub quiz: Cow<'a, str>,
    #[serde(borrow)]
    pub quiz_hash: Cow<'a, str>,
    pub answers: A,
    pub answered: usize,
    pub total: usize,
    #[serde(borrow)]
    pub dimensions: Vec<WireScore<'a>>,
    #[serde(borrow)]
    pub ranking: Vec<WireFit<'a>>,
    pub close_call: bool,
    pub flat: bool,
    pub incomplete: bool,
    /// Older records have none: false.
    #[serde(default)]
    pub low_interest: bool,
}

#[derive(Deserialize)]
pub(crate) struct WireScore<'a> {
    #[serde(borrow)]
    pub id: Cow<'a, str>,
    #[serde(borrow)]
    pub name: Cow<'a, str>,
    pub score: Option<f64>,
}

#[derive(Deserialize)]
pub(crate) struct WireFit<'a> {
    #[serde(borrow)]
    pub role: Cow<'a, str>,
    #[serde(borrow)]
    pub title: Cow<'a, str>,
    pub fit: f64,
}

/// The answers of a whole record.
type Answers = BTreeMap<String, SavedAnswer>;

impl From<Wire<'_, Answers>> for Record {
    fn from(w: Wire<'_, Answers>) -> Record {
        Record {
            version: w.version,
            id: w.id.map(Cow::into_owned),
            batch: w.batch.map(Cow::into_owned),
            time: w.time.into_owned(),
            session: w.session.into_owned(),
            label: w.label,
            quiz: w.quiz.into_owned(),
            quiz_hash: w.quiz_hash.into_owned(),
            answers: w.answers,
            standing: Standing {
                answered: w.answered,
                total: w.total,
                dimensions: w
                    .dimensions
                    .into_iter()
                    .map(|d| DimensionScore {
                        id: d.id.into_owned(),
                        name: d.name.into_owned(),
                        score: d.score,
                    })
                    .collect(),
                ranking: w
                    .ranking
                    .into_iter()
                    .map(|f| Fit {
                        role: f.role.into_owned(),
                        title: f.title.into_owned(),
                        fit: f.fit,
                    })
                    .collect(),
                close_call: w.close_call,
                flat: w.flat,
                incomplete: w.incomplete,
                low_interest: w.low_interest,
            },
        }
    }
}

impl<'de> Deserialize<'de> for Record {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Record, D::Error> {
        Wire::<Answers>::deserialize(d).map(Record::from)
    }
}

/// What one line of a results file is.
pub(crate) enum Line<'a, A> {
    /// Nothing but white space: not counted, not warned about.
    Blank,
    /// A record of this format version.
    Record(Wire<'a, A>),
    /// A record of another format version: skipped.
    OtherVersion(u32),
    /// The line that makes a batch count.
    Commit(Commit),
    /// An unfinished last line: a writer stopped mid-write.
    Torn,
    /// Anything else: skipped, with why.
    NotRecord(serde_json::Error),
}

/// Reads one line (without its newline); `torn` when it is a last line
/// with no newline after it.
pub(crate) fn read_line<'a, A: Deserialize<'a>>(line: &'a [u8], torn: bool) -> Line<'a, A> {
    if line.iter().all(u8::is_ascii_whitespace) {
        return Line::Blank;
    }
    // Checking a whole line is UTF-8 at once is cheaper than checking
    // each string in it, and lets the text be borrowed.
    let parsed = match std::str::from_utf8(line) {
        Ok(text) => serde_json::from_str::<Wire<'a, A>>(text),
        Err(_) => serde_json::from_slice::<Wire<'a, A>>(line),
    };
    match parsed {
        Ok(wire) if wire.version == VERSION => Line::Record(wire),
        Ok(wire) => Line::OtherVersion(wire.version),
        Err(_) if torn => Line::Torn,
        Err(e) => match serde_json::from_slice::<Commit>(line) {
            Ok(commit) => Line::Commit(commit),
            Err(_) => Line::NotRecord(e),
        },
    }
}

impl<A> Line<'_, A> {
    /// The warning for a line that was skipped, naming the file and line.
    pub(crate) fn warning(&self, name: &str, number: usize) -> Option<String> {
        Some(match self {
            Line::Blank | Line::Record(_) | Line::Commit(_) => return None,
            Line::OtherVersion(version) => format!(
                "{name}:{number}: skipped a record of format version {version} (this careerfit reads version {VERSION})"
            ),
            Line::Torn => format!(
                "{name}:{number}: skipped an unfinished last line (the program writing it stopped mid-write)"
            ),
            Line::NotRecord(e) => {
                format!("{name}:{number}: skipped a line that is not a careerfit record ({e})")
            }
        })
    }
}

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

    /// The batch whose records are held, and the line of its first.
    pub fn open(&self) -> Option<(&str, usize)> {
        self.batch.as_deref().map(|b| (b, self.line))
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
        let torn = i + 1 == count && !ends_cleanly;
        match read_line::<Answers>(line, torn) {
            Line::Record(wire) => {
                let record = Record::from(wire);
                let batch = record.batch.clone();
                if let Some(d) = held.record(batch.as_deref(), record, i + 1, &mut records) {
                    warnings.push(d.warning(name));
                }
            }
            Line::Commit(commit) => held.commit(&commit.commit, &mut records),
            other => {
                if let Some(warning) = other.warning(name, i + 1) {
                    warnings.push(warning);
                }
            }
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
