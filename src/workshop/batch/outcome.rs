//! What scoring a spreadsheet gives: the batch (its records and a line
//! per good row), each problem found in a row, and why a whole sheet could
//! not be scored, all said as a spreadsheet shows rows and columns.

use std::fmt;
use std::io;

use super::MAX_PROBLEM_ROWS;
use crate::files::{Doing, io_said};
use crate::lang::Said;
use crate::scoring;
use crate::workshop::label;
use crate::workshop::record::{self, Commit, Record};

/// A spreadsheet scored: a workshop record per good row, and what was
/// wrong with the others.
#[derive(Debug, Clone, PartialEq)]
pub struct Batch {
    /// The session the records carry (the CSV file's stem).
    pub session: String,
    /// One line per good row, in file order (empty when scored with
    /// [`Rows::Counted`](super::Rows::Counted)).
    pub scored: Vec<Scored>,
    /// How many rows were good (and made a record).
    pub scored_rows: usize,
    /// The records of the good rows, in file order: JSON Lines exactly as
    /// `record::append` writes `Record`s, serialized straight into one
    /// buffer (read them back with [`Batch::records`]). Empty when they
    /// were written to a spill file instead ([`score_file_to`]).
    pub lines: Vec<u8>,
    /// The problems found in the first [`MAX_PROBLEM_ROWS`] rows with
    /// problems, in file order; a row may have several.
    pub problems: Vec<RowProblem>,
    /// How many rows had at least one problem (and were not scored).
    pub problem_rows: usize,
    /// Rows with no text at all, skipped without complaint.
    pub blank_rows: usize,
    /// This batch's id: every record carries it, and the commit line names it.
    pub id: String,
    /// A digest of the spreadsheet's bytes: the same sheet is added once.
    pub sheet: String,
    /// The spreadsheet's name, as given.
    pub source: String,
    /// When it was scored (every record's time), RFC 3339 UTC.
    pub time: String,
}

/// How one good row came out, for a line of text.
#[derive(Debug, Clone, PartialEq)]
pub struct Scored {
    /// The row as a spreadsheet shows it: the header is row 1.
    pub row: usize,
    /// The participant's label as stored (`label::clean`), if any.
    pub label: Option<String>,
    /// The best-fit role: an index into the roles the batch was scored
    /// against.
    pub best: usize,
    /// Its fit, 0..100.
    pub fit: f64,
    pub flags: scoring::Flags,
}

impl Batch {
    /// Were all the rows good?
    pub fn all_good(&self) -> bool {
        self.problem_rows == 0
    }

    /// The records of the good rows, parsed back from `lines`.
    pub fn records(&self) -> Vec<Record> {
        let mut lines = self.lines.clone();
        lines.extend(serde_json::to_vec(&self.commit()).unwrap_or_default());
        lines.push(b'\n');
        record::parse(&lines, &self.session).records
    }

    /// The line that makes the batch count, written after its records.
    pub fn commit(&self) -> Commit {
        Commit {
            commit: self.id.clone(),
            sheet: self.sheet.clone(),
            records: self.scored_rows,
            time: self.time.clone(),
            source: self.source.clone(),
        }
    }

    /// Rows with problems whose problems were not kept.
    pub fn problem_rows_not_listed(&self) -> usize {
        self.problem_rows.saturating_sub(MAX_PROBLEM_ROWS)
    }

    /// "3 rows scored, 1 row with problems" (and blank rows, if any).
    pub fn summary(&self) -> String {
        self.summary_said().to_string()
    }

    /// [`Batch::summary`], to be said in the reader's language.
    pub fn summary_said(&self) -> Said {
        let said = Said::new("batch-summary")
            .number("scored", self.scored_rows)
            .number("problems", self.problem_rows);
        if self.blank_rows > 0 {
            Said::new("batch-summary-blank")
                .said("summary", said)
                .number("n", self.blank_rows)
        } else {
            said
        }
    }
}

/// One problem in one row (and, most often, one cell).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RowProblem {
    /// The row as a spreadsheet shows it: the header is row 1.
    pub row: usize,
    /// The 0-based column, when one cell is at fault.
    pub column: Option<usize>,
    /// The column's header (the question id), when it has one.
    pub header: Option<String>,
    pub message: Said,
}

impl RowProblem {
    /// "row 3, column B (question): what is wrong", in the reader's words.
    pub fn said(&self) -> Said {
        match (self.column, &self.header) {
            (None, _) => Said::new("batch-row-problem").number("row", self.row),
            (Some(column), None) => Said::new("batch-cell-problem")
                .number("row", self.row)
                .text("column", column_letter(column)),
            (Some(column), Some(header)) => Said::new("batch-cell-problem-named")
                .number("row", self.row)
                .text("column", column_letter(column))
                .text("header", label::for_terminal(header)),
        }
        .said("message", self.message.clone())
    }
}

/// In English, for logs.
impl fmt::Display for RowProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.said().fmt(f)
    }
}

/// Why a whole spreadsheet could not be scored.
#[derive(Debug)]
pub enum BatchError {
    Read {
        file: String,
        source: io::Error,
    },
    TooBig {
        file: String,
    },
    NotAFile {
        file: String,
        why: Said,
    },
    Spill(io::Error),
    Empty(String),
    Header {
        file: String,
        row: usize,
        problems: Vec<Said>,
    },
    NoRows(String),
    NoRoles,
}

impl BatchError {
    /// Why, in the reader's words (the header's problems one a line).
    pub fn said(&self) -> Said {
        match self {
            BatchError::Read { file, source } => Said::new("batch-cannot-read")
                .text("file", file)
                .said("why", io_said(source, Doing::Reading)),
            BatchError::TooBig { file } => Said::new("batch-too-big").text("file", file),
            BatchError::NotAFile { file, why } => Said::new("batch-not-a-file")
                .text("file", file)
                .said("why", why.clone()),
            BatchError::Spill(e) => {
                Said::new("batch-spill").said("why", io_said(e, Doing::Writing))
            }
            BatchError::Empty(file) => Said::new("batch-empty").text("file", file),
            BatchError::Header {
                file,
                row,
                problems,
            } => Said::new("batch-header")
                .text("file", file)
                .number("row", *row)
                .said("problems", HeaderProblems(problems.clone()).said()),
            BatchError::NoRows(file) => Said::new("batch-no-rows").text("file", file),
            BatchError::NoRoles => Said::new("batch-no-roles"),
        }
    }
}

/// The header row's problems, one a line, indented.
struct HeaderProblems(Vec<Said>);

impl HeaderProblems {
    fn said(self) -> Said {
        self.0
            .into_iter()
            .reduce(|above, next| {
                Said::new("batch-header-lines")
                    .said("above", above)
                    .said("next", next)
            })
            .unwrap_or_else(|| Said::new("files-system").text("why", ""))
    }
}

/// In English, for logs.
impl fmt::Display for BatchError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.said().fmt(f)
    }
}

impl std::error::Error for BatchError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            BatchError::Read { source, .. } => Some(source),
            BatchError::Spill(e) => Some(e),
            _ => None,
        }
    }
}

/// The spreadsheet's column letters: 0 is A, 25 is Z, 26 is AA.
pub fn column_letter(index: usize) -> String {
    let mut n = index + 1;
    let mut letters = Vec::new();
    while n > 0 {
        let rem = (n - 1) % 26;
        letters.push(b'A' + rem as u8);
        n = (n - 1) / 26;
    }
    letters.reverse();
    String::from_utf8(letters).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn column_letters() {
        assert_eq!(column_letter(0), "A");
        assert_eq!(column_letter(3), "D");
        assert_eq!(column_letter(25), "Z");
        assert_eq!(column_letter(26), "AA");
        assert_eq!(column_letter(27), "AB");
        assert_eq!(column_letter(701), "ZZ");
        assert_eq!(column_letter(702), "AAA");
    }
}
