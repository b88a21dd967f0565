//! Reading a results file: whole [`Record`]s ([`parse`], [`read`]), each
//! line read by the format's one line reader (`line.rs`), which the group
//! report's lean entries are read with too. A batch's records count only
//! once its commit line is there ([`Held`]), and what was skipped is said
//! in warnings (the first few, then how many more).

use std::borrow::Cow;
use std::collections::BTreeMap;
use std::io;
use std::path::Path;

use serde::Deserialize;
use serde::de::{self, Deserializer};

use super::line::{Known, Line, Wire, full_form, read_line};
use super::{MAX_RESULTS_FILE, MAX_WARNINGS, Record, VERSION, open_for_reading, too_big};
use crate::content::SavedAnswer;
use crate::lang::Said;
use crate::scoring::{DimensionScore, Fit, Standing};

/// The answers of a whole record.
type Answers = BTreeMap<String, SavedAnswer>;

impl From<Wire<'_, Answers>> for Record {
    fn from(w: Wire<'_, Answers>) -> Record {
        let dimensions = w
            .scores()
            .map(|(id, name, score)| DimensionScore {
                id: id.to_string(),
                name: name.to_string(),
                score,
            })
            .collect();
        let ranking = w
            .fits()
            .map(|(role, title, fit)| Fit {
                role: role.to_string(),
                title: title.to_string(),
                fit,
            })
            .collect();
        let given: Option<Answers> = w
            .given()
            .map(|given| given.map(|(q, g)| (q.to_string(), g.saved())).collect());
        let answers = given.or(w.answers).unwrap_or_default();
        Record {
            // A lean line holds the same record, only written shorter.
            version: if w.shape.is_some() {
                VERSION
            } else {
                w.version
            },
            id: w.id.map(Cow::into_owned),
            batch: w.batch.map(Cow::into_owned),
            time: w.time.into_owned(),
            session: w.session.into_owned(),
            label: w.label,
            lang: w.lang,
            quiz: w.quiz.into_owned(),
            quiz_hash: w.quiz_hash.into_owned(),
            answers,
            standing: Standing {
                answered: w.answered,
                total: w.total,
                dimensions,
                ranking,
                close_call: w.close_call,
                flat: w.flat,
                incomplete: w.incomplete,
                low_interest: w.low_interest,
            },
        }
    }
}

/// A self-contained (version 1) record line.
impl<'de> Deserialize<'de> for Record {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Record, D::Error> {
        let wire = Wire::<Answers>::deserialize(d)?;
        full_form(&wire).map_err(de::Error::custom)?;
        Ok(Record::from(wire))
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
    pub fn warning(&self, name: &str) -> Said {
        Said::new("record-skipped-at")
            .text("file", crate::workshop::group::safe(name, 200))
            .number("line", self.line)
            .said(
                "what",
                Said::new("record-unfinished-batch").number("n", self.records),
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
    pub kept: Vec<Said>,
    pub more: usize,
}

impl Warnings {
    pub fn push(&mut self, warning: Said) {
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
    pub fn lines(&self) -> Vec<Said> {
        let mut lines = self.kept.clone();
        if self.more > 0 {
            lines.push(Said::new("record-more-skipped").number("n", self.more));
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
    pub warnings: Vec<Said>,
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
    let mut known = Known::default();
    let ends_cleanly = bytes.last().is_none_or(|b| *b == b'\n');
    let lines: Vec<&[u8]> = bytes.split(|b| *b == b'\n').collect();
    let count = lines.len();
    for (i, line) in lines.into_iter().enumerate() {
        let torn = i + 1 == count && !ends_cleanly;
        match read_line::<Answers>(line, torn, &known) {
            Line::Record(wire) => {
                let record = Record::from(wire);
                let batch = record.batch.clone();
                if let Some(d) = held.record(batch.as_deref(), record, i + 1, &mut records) {
                    warnings.push(d.warning(name));
                }
            }
            Line::Commit(commit) => held.commit(&commit.commit, &mut records),
            Line::Names(names) => known.learn(names),
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
