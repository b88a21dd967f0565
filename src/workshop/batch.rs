//! Batch scoring: a spreadsheet (CSV) of many people's answers, for groups
//! that answered on paper or in an online form, turned into workshop
//! records. One row per person under a header row of question ids (any
//! order, matched without regard to case) and an optional `participant`
//! column. Bad rows are reported by the row and column a spreadsheet shows
//! (the header is row 1, columns A, B, ... AA); good rows are still scored.
//!
//! Forgiving about what spreadsheets and forms export: a UTF-8 byte order
//! mark, CRLF or CR line ends, spaces around cells, `;` or tab separators
//! (sniffed from the header row), whole numbers written as decimals (`4.0`),
//! option ids in any case, option and scale labels instead of ids, short
//! rows (missing cells are skipped questions) and blank rows (skipped).
//!
//! Fast: headers are mapped to question indexes once, cells are parsed
//! from the bytes without allocating, and the quiz's fingerprint and the
//! time are computed once per batch, not per row.

use std::fmt;
use std::io::{self, Write};
use std::path::Path;

use csv::ByteRecord;

use super::label;
use super::record::{self, Added, Commit, Record};
use crate::content::{Answer, AnswerSheet, Question, QuestionKind, Quiz, Role};
use crate::scoring;
use crate::store::clock;

/// The name of the optional column of participants' labels.
pub const PARTICIPANT: &str = "participant";

/// The longest cell text quoted back in a problem, in characters.
const SHOWN_CELL: usize = 30;

/// The most rows whose problems are kept (and listed); the rest are counted.
pub const MAX_PROBLEM_ROWS: usize = 100;

/// The largest spreadsheet read, in bytes (64 MiB: about a million rows).
pub const MAX_SHEET: u64 = 64 << 20;

/// Records buffered in memory before they go to the spill file, in bytes.
const SPILL_EVERY: usize = 1 << 20;

/// A spreadsheet scored: a workshop record per good row, and what was
/// wrong with the others.
#[derive(Debug, Clone, PartialEq)]
pub struct Batch {
    /// The session the records carry (the CSV file's stem).
    pub session: String,
    /// One line per good row, in file order.
    pub scored: Vec<Scored>,
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
            records: self.scored.len(),
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
        let mut line = format!(
            "{} scored, {} with problems",
            rows(self.scored.len()),
            rows(self.problem_rows)
        );
        if self.blank_rows > 0 {
            line.push_str(&format!(
                ", {} skipped",
                plural(self.blank_rows, "blank row", "blank rows")
            ));
        }
        line
    }
}

fn rows(n: usize) -> String {
    plural(n, "row", "rows")
}

use crate::text::plural;

/// One problem in one row (and, most often, one cell).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RowProblem {
    /// The row as a spreadsheet shows it: the header is row 1.
    pub row: usize,
    /// The 0-based column, when one cell is at fault.
    pub column: Option<usize>,
    /// The column's header (the question id), when it has one.
    pub header: Option<String>,
    pub message: String,
}

impl fmt::Display for RowProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "row {}", self.row)?;
        if let Some(column) = self.column {
            write!(f, ", column {}", column_letter(column))?;
            if let Some(header) = &self.header {
                write!(f, " ({})", label::for_terminal(header))?;
            }
        }
        write!(f, ": {}", self.message)
    }
}

/// Why a whole spreadsheet could not be scored.
#[derive(Debug, thiserror::Error)]
pub enum BatchError {
    #[error("could not read {file}: {source}")]
    Read { file: String, source: io::Error },
    #[error(
        "could not read {file}: it is more than the 64 MiB a spreadsheet may be; split it into smaller sheets"
    )]
    TooBig { file: String },
    #[error("could not read {file}: {why}; give the spreadsheet's file (CSV)")]
    NotAFile { file: String, why: String },
    #[error("could not write the scored records to a temporary file ({0}); nothing was added")]
    Spill(io::Error),
    #[error("{0} is empty: its first row must be a header of question ids")]
    Empty(String),
    #[error("{file}: the header row (row {row}) has problems; nothing was scored:\n{}",
        .problems.iter().map(|p| format!("  {p}")).collect::<Vec<_>>().join("\n"))]
    Header {
        file: String,
        row: usize,
        problems: Vec<String>,
    },
    #[error("{0} has a header row but no rows of answers under it")]
    NoRows(String),
    #[error("there are no roles to match answers against")]
    NoRoles,
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

/// Reads and scores a CSV file; the session is the file's stem. The
/// records are kept in memory, in `lines`.
pub fn score_file(quiz: &Quiz, roles: &[Role], path: &Path) -> Result<Batch, BatchError> {
    let (name, session, bytes) = read_sheet(path)?;
    score_into(quiz, roles, &name, &session, &bytes, None)
}

/// [`score_file`], writing the records to `spill` as it goes instead of
/// keeping them, so memory stays small whatever the sheet's size.
pub fn score_file_to(
    quiz: &Quiz,
    roles: &[Role],
    path: &Path,
    spill: &mut dyn Write,
) -> Result<Batch, BatchError> {
    let (name, session, bytes) = read_sheet(path)?;
    score_into(quiz, roles, &name, &session, &bytes, Some(spill))
}

/// A spreadsheet's name as shown, its session (the file's stem) and its
/// bytes: only a regular file, at most [`MAX_SHEET`] bytes.
fn read_sheet(path: &Path) -> Result<(String, String, Vec<u8>), BatchError> {
    use crate::files::{Unreadable, read_bounded};
    let name = label::for_terminal(&path.display().to_string());
    let bytes = read_bounded(path, MAX_SHEET).map_err(|refused| match refused {
        Unreadable::Missing => BatchError::Read {
            file: name.clone(),
            source: io::ErrorKind::NotFound.into(),
        },
        Unreadable::NotAFile(kind) => BatchError::NotAFile {
            file: name.clone(),
            why: format!("it is {kind}, not a regular file"),
        },
        Unreadable::TooBig(_) => BatchError::TooBig { file: name.clone() },
        Unreadable::Failed(source) => BatchError::Read {
            file: name.clone(),
            source,
        },
    })?;
    let session = path
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .filter(|s| !s.trim().is_empty())
        .unwrap_or_else(|| "batch".to_string());
    Ok((name, session, bytes))
}

/// Adds every record of the batch (kept in memory) to a workshop results
/// file, whole or not at all, with its commit line; nothing when no row
/// was good, or when the same sheet was added before.
pub fn append(path: &Path, batch: &Batch) -> io::Result<Added> {
    append_from(path, batch, &mut &batch.lines[..], batch.lines.len() as u64)
}

/// [`append`], the records (`size` bytes) read from `records` (a spill file).
pub fn append_from(
    path: &Path,
    batch: &Batch,
    records: &mut dyn io::Read,
    size: u64,
) -> io::Result<Added> {
    if batch.scored.is_empty() {
        return Ok(Added::Added);
    }
    record::append_batch(path, records, size, &batch.commit())
}

/// Scores the bytes of a CSV file named `name` (for messages); records
/// carry `session`.
pub fn score_csv(
    quiz: &Quiz,
    roles: &[Role],
    name: &str,
    session: &str,
    bytes: &[u8],
) -> Result<Batch, BatchError> {
    score_into(quiz, roles, name, session, bytes, None)
}

fn score_into(
    quiz: &Quiz,
    roles: &[Role],
    name: &str,
    session: &str,
    bytes: &[u8],
    mut spill: Option<&mut dyn Write>,
) -> Result<Batch, BatchError> {
    let sheet_digest = record::digest(&[bytes]);
    if roles.is_empty() {
        return Err(BatchError::NoRoles);
    }
    let bytes = bytes.strip_prefix(b"\xef\xbb\xbf").unwrap_or(bytes);
    if bytes.iter().all(u8::is_ascii_whitespace) {
        return Err(BatchError::Empty(name.to_string()));
    }
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .delimiter(sniff_delimiter(bytes))
        .from_reader(bytes);
    let mut rows = RowCounter::default();
    let mut record = ByteRecord::new();

    // The header: the first row with any text in it.
    let columns = loop {
        if !read(&mut reader, &mut record) {
            return Err(BatchError::Empty(name.to_string()));
        }
        let row = rows.next(bytes, reader.position().byte());
        if record.iter().all(|c| trim(c).is_empty()) {
            continue;
        }
        let columns = map_header(quiz, &record).map_err(|problems| BatchError::Header {
            file: name.to_string(),
            row,
            problems,
        })?;
        break columns;
    };

    let parsers: Vec<Parser> = quiz
        .questions
        .iter()
        .map(|q| Parser::new(quiz, q))
        .collect();
    let time = clock::now();
    let id = record::new_id();
    let writer = record::Shared::new(quiz, roles, session, &time, &id);
    let mut batch = Batch {
        session: session.to_string(),
        scored: Vec::new(),
        lines: Vec::new(),
        problems: Vec::new(),
        problem_rows: 0,
        blank_rows: 0,
        id: id.clone(),
        sheet: sheet_digest,
        source: name.to_string(),
        time: time.clone(),
    };
    let mut sheet = AnswerSheet::new(quiz);
    let mut seen_rows = false;
    while read(&mut reader, &mut record) {
        let row = rows.next(bytes, reader.position().byte());
        seen_rows = true;
        for q in 0..sheet.len() {
            sheet.set(q, None);
        }
        let mut participant: &[u8] = b"";
        let mut any_text = false;
        let problems_before = batch.problems.len();
        // Problems are kept for the first rows only: a sheet of a million
        // bad cells must not take a million messages' memory.
        let keep_problems = batch.problem_rows < MAX_PROBLEM_ROWS;
        let mut bad_cells = 0;
        for (i, raw) in record.iter().enumerate() {
            let cell = trim(raw);
            if cell.is_empty() {
                continue;
            }
            any_text = true;
            if !keep_problems && bad_cells > 0 {
                continue;
            }
            match columns.get(i) {
                Some(Column::Question(q)) => match parsers[*q].parse(cell) {
                    Some(answer) => sheet.set(*q, Some(answer)),
                    None if !keep_problems => bad_cells += 1,
                    None => batch.problems.push(RowProblem {
                        row,
                        column: Some(i),
                        header: Some(quiz.questions[*q].id.clone()),
                        message: parsers[*q].complaint(cell),
                    }),
                },
                Some(Column::Participant) => participant = cell,
                Some(Column::Unnamed) | None if !keep_problems => bad_cells += 1,
                Some(Column::Unnamed) | None => batch.problems.push(RowProblem {
                    row,
                    column: Some(i),
                    header: None,
                    message: format!(
                        "{} is in a column with no header; give the column a question id, or clear it",
                        shown(cell)
                    ),
                }),
            }
        }
        if !any_text {
            batch.blank_rows += 1;
            continue;
        }
        if batch.problems.len() > problems_before || bad_cells > 0 {
            batch.problem_rows += 1;
            continue;
        }
        // The one ranker (no reasons: records do not carry them).
        let Ok(ranked) = scoring::rank(quiz, roles, &sheet) else {
            if keep_problems {
                batch.problems.push(RowProblem {
                    row,
                    column: None,
                    header: None,
                    message: "answers no question, so there is nothing to score".to_string(),
                });
            }
            batch.problem_rows += 1;
            continue;
        };
        let label = if participant.is_empty() {
            None
        } else {
            label::clean(&String::from_utf8_lossy(participant))
        };
        // A row's id comes from the sheet and the row: the same row of the
        // same sheet is the same record, whichever file it lands in.
        let row_id = record::digest(&[batch.sheet.as_bytes(), &row.to_le_bytes()]);
        writer.write(&mut batch.lines, &row_id, label.as_deref(), &sheet, &ranked);
        if let Some(spill) = spill.as_deref_mut() {
            if batch.lines.len() >= SPILL_EVERY {
                spill.write_all(&batch.lines).map_err(BatchError::Spill)?;
                batch.lines.clear();
            }
        } else if batch.scored.is_empty() {
            // Room for every row like the first, so the buffer is not
            // copied as it grows (bounded: it is only a guess).
            let lines_left = bytes.iter().filter(|b| **b == b'\n').count();
            let guess = batch.lines.len().saturating_mul(lines_left + 1);
            batch.lines.reserve(guess.min(1 << 30));
        }
        let (best, fit) = ranked.order[0];
        batch.scored.push(Scored {
            row,
            label,
            best,
            fit,
            flags: ranked.flags,
        });
    }
    if !seen_rows {
        return Err(BatchError::NoRows(name.to_string()));
    }
    if let Some(spill) = spill {
        spill
            .write_all(&batch.lines)
            .and_then(|()| spill.flush())
            .map_err(BatchError::Spill)?;
        batch.lines = Vec::new();
    }
    Ok(batch)
}

/// Reads the next record; a read error (impossible from bytes, but never
/// a panic) ends the file.
fn read(reader: &mut csv::Reader<&[u8]>, record: &mut ByteRecord) -> bool {
    reader.read_byte_record(record).unwrap_or(false)
}

/// What a header cell names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Column {
    Question(usize),
    Participant,
    /// An empty header: its cells must be empty too.
    Unnamed,
}

/// Maps the header row to columns once, or says every problem in it.
fn map_header(quiz: &Quiz, header: &ByteRecord) -> Result<Vec<Column>, Vec<String>> {
    let mut columns = Vec::with_capacity(header.len());
    let mut problems = Vec::new();
    let mut question_at: Vec<Option<usize>> = vec![None; quiz.questions.len()];
    let mut participant_at = None;
    let mut unknown = 0;
    for (i, raw) in header.iter().enumerate() {
        let cell = trim(raw);
        let text = String::from_utf8_lossy(cell);
        let place = |name: &str| {
            format!(
                "column {} ({})",
                column_letter(i),
                label::for_terminal(&cut(name, 60))
            )
        };
        let repeats = |first: usize| {
            format!(
                "{} repeats column {}; keep one of them",
                place(&text),
                column_letter(first)
            )
        };
        if cell.is_empty() {
            columns.push(Column::Unnamed);
        } else if cell.eq_ignore_ascii_case(PARTICIPANT.as_bytes()) {
            match participant_at {
                Some(first) => problems.push(repeats(first)),
                None => participant_at = Some(i),
            }
            columns.push(Column::Participant);
        } else if let Some(q) = quiz
            .questions
            .iter()
            .position(|q| q.id.as_bytes().eq_ignore_ascii_case(cell))
        {
            match question_at[q] {
                Some(first) => problems.push(repeats(first)),
                None => question_at[q] = Some(i),
            }
            columns.push(Column::Question(q));
        } else {
            unknown += 1;
            problems.push(format!(
                "{} is not a question of quiz \"{}\"; rename it to a question id, or delete the column",
                place(&text),
                quiz.id
            ));
            columns.push(Column::Unnamed);
        }
    }
    if question_at.iter().all(Option::is_none) && problems.is_empty() {
        problems.push(format!(
            "no column is a question of quiz \"{}\"; the header row must hold question ids",
            quiz.id
        ));
        unknown += 1;
    }
    if problems.is_empty() {
        return Ok(columns);
    }
    if unknown > 0 {
        problems.push(format!(
            "the question ids are: {}; and an optional \"{PARTICIPANT}\" column",
            quiz.questions
                .iter()
                .map(|q| q.id.as_str())
                .collect::<Vec<_>>()
                .join(", ")
        ));
    }
    Err(problems)
}

/// How one question's cells are read, prepared once.
struct Parser {
    kind: Kind,
}

enum Kind {
    /// The scale labels, for cells that give words instead of 1..5.
    Likert(Vec<String>),
    /// Option ids and labels, in order.
    Choice(Vec<(String, String)>),
}

impl Parser {
    fn new(quiz: &Quiz, question: &Question) -> Parser {
        Parser {
            kind: match &question.kind {
                QuestionKind::Likert { .. } => Kind::Likert(quiz.scale.to_vec()),
                QuestionKind::Choice { options } => Kind::Choice(
                    options
                        .iter()
                        .map(|o| (o.id.clone(), o.label.clone()))
                        .collect(),
                ),
            },
        }
    }

    /// The answer a trimmed, non-empty cell gives, if it is a good one.
    fn parse(&self, cell: &[u8]) -> Option<Answer> {
        match &self.kind {
            Kind::Likert(labels) => {
                if let [d @ b'1'..=b'5'] = cell {
                    return Some(Answer::Likert(d - b'0'));
                }
                match whole_number(cell) {
                    Some(n @ 1..=5) => Some(Answer::Likert(n as u8)),
                    Some(_) => None,
                    None => labels
                        .iter()
                        .position(|l| trim(l.as_bytes()).eq_ignore_ascii_case(cell))
                        .map(|i| Answer::Likert(i as u8 + 1)),
                }
            }
            Kind::Choice(options) => {
                if let Some(i) = options.iter().position(|(id, _)| id.as_bytes() == cell) {
                    return Some(Answer::Choice(i));
                }
                if let Some(n) = whole_number(cell) {
                    return (1..=options.len() as u64)
                        .contains(&n)
                        .then(|| Answer::Choice(n as usize - 1));
                }
                options
                    .iter()
                    .position(|(id, _)| id.as_bytes().eq_ignore_ascii_case(cell))
                    .or_else(|| {
                        options.iter().position(|(_, label)| {
                            trim(label.as_bytes()).eq_ignore_ascii_case(cell)
                        })
                    })
                    .map(Answer::Choice)
            }
        }
    }

    /// What is wrong with a cell `parse` refused, and what would do.
    fn complaint(&self, cell: &[u8]) -> String {
        match &self.kind {
            Kind::Likert(_) => format!(
                "{} is not on the scale; use a whole number from 1 to 5",
                shown(cell)
            ),
            Kind::Choice(options) => format!(
                "{} is not an option; use one of {} or 1 to {}",
                shown(cell),
                options
                    .iter()
                    .map(|(id, _)| format!("\"{id}\""))
                    .collect::<Vec<_>>()
                    .join(", "),
                options.len()
            ),
        }
    }
}

/// A whole number: digits, optionally followed by a decimal point and
/// zeros (`4`, `04`, `4.`, `4.0`, `4.00`), as spreadsheets export them.
/// Nine digits at most, so it never overflows.
fn whole_number(cell: &[u8]) -> Option<u64> {
    let (digits, fraction) = match cell.iter().position(|b| *b == b'.') {
        Some(dot) => (&cell[..dot], &cell[dot + 1..]),
        None => (cell, &[][..]),
    };
    if digits.is_empty()
        || digits.len() > 9
        || !digits.iter().all(u8::is_ascii_digit)
        || !fraction.iter().all(|b| *b == b'0')
    {
        return None;
    }
    Some(
        digits
            .iter()
            .fold(0u64, |n, d| n * 10 + u64::from(d - b'0')),
    )
}

/// A cell quoted back in a message: safe for a terminal, and short.
fn shown(cell: &[u8]) -> String {
    format!(
        "\"{}\"",
        label::for_terminal(&cut(&String::from_utf8_lossy(cell), SHOWN_CELL))
    )
}

fn cut(text: &str, max: usize) -> String {
    if text.chars().count() > max {
        let mut cut: String = text.chars().take(max).collect();
        cut.push('…');
        cut
    } else {
        text.to_string()
    }
}

/// Spaces (and tabs) around a cell are not part of the answer.
fn trim(cell: &[u8]) -> &[u8] {
    cell.trim_ascii()
}

/// The separator the header row uses: a comma, else a semicolon (as Excel
/// writes CSV in many European locales), else a tab.
fn sniff_delimiter(bytes: &[u8]) -> u8 {
    let first_line = bytes
        .split(|b| *b == b'\n' || *b == b'\r')
        .find(|line| !line.trim_ascii().is_empty())
        .unwrap_or_default();
    let (mut commas, mut semicolons, mut tabs, mut quoted) = (0, 0, 0, false);
    for b in first_line {
        match b {
            b'"' => quoted = !quoted,
            b',' if !quoted => commas += 1,
            b';' if !quoted => semicolons += 1,
            b'\t' if !quoted => tabs += 1,
            _ => {}
        }
    }
    if commas == 0 && semicolons > 0 {
        b';'
    } else if commas == 0 && tabs > 0 {
        b'\t'
    } else {
        b','
    }
}

/// Turns the reader's byte positions into the row numbers a spreadsheet
/// shows: the CSV reader skips empty lines, but a spreadsheet shows each as
/// an empty row, and a quoted cell may hold line breaks within one row.
#[derive(Default)]
struct RowCounter {
    /// Where the last record read ended.
    end: usize,
    /// The row of the last record read.
    row: usize,
}

impl RowCounter {
    /// The row of the record that ends at byte `end`.
    fn next(&mut self, bytes: &[u8], end: u64) -> usize {
        let end = usize::try_from(end).unwrap_or(usize::MAX).min(bytes.len());
        let span = bytes.get(self.end..end).unwrap_or_default();
        // The reader ends a record after the \r of a \r\n: its \n is no
        // empty line.
        let mut i = usize::from(
            self.end > 0 && bytes.get(self.end - 1) == Some(&b'\r') && span.first() == Some(&b'\n'),
        );
        let mut empty_lines = 0;
        while let Some(b) = span.get(i) {
            match b {
                b'\r' => {
                    empty_lines += 1;
                    if span.get(i + 1) == Some(&b'\n') {
                        i += 1;
                    }
                }
                b'\n' => empty_lines += 1,
                _ => break,
            }
            i += 1;
        }
        self.row += 1 + empty_lines;
        self.end = self.end.max(end);
        self.row
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::Content;

    /// Varied sheets of the quiz: every answer kind, some skipped.
    fn sheets(quiz: &Quiz, n: usize) -> Vec<AnswerSheet> {
        let mut seed: u64 = 0x2545_f491_4f6c_dd1d;
        let mut next = move || {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            seed
        };
        (0..n)
            .map(|i| {
                let skip = [0, 2, 5, 9, 30][i % 5];
                AnswerSheet::from_answers(
                    quiz.questions
                        .iter()
                        .map(|q| {
                            let r = next();
                            if r % 10 < skip && r % 10 < 9 {
                                return None;
                            }
                            Some(match &q.kind {
                                QuestionKind::Likert { .. } => {
                                    Answer::Likert((r >> 8) as u8 % 5 + 1)
                                }
                                QuestionKind::Choice { options } => {
                                    Answer::Choice((r >> 8) as usize % options.len())
                                }
                            })
                        })
                        .collect(),
                )
            })
            .collect()
    }

    #[test]
    fn a_batch_record_is_the_line_a_kiosk_writes_for_the_same_answers() {
        let content = Content::built_in().unwrap();
        for roles in [&content.roles[..], &content.roles[..1]] {
            let quiz = &content.quiz;
            let time = "2026-01-02T03:04:05Z";
            let writer = record::Shared::new(quiz, roles, "tuesday \"class\"\u{1b}", time, "b1");
            let mut scored = 0;
            for (i, sheet) in sheets(quiz, 3000).iter().enumerate() {
                let Ok(ranked) = scoring::rank(quiz, roles, sheet) else {
                    continue;
                };
                let outcome = scoring::score(quiz, roles, sheet).unwrap();
                scored += 1;
                let label = ["Sam", "=1+1", "\u{1b}[2J\"quoted\"\\", "Zoë ✓"]
                    .get(i % 5)
                    .map(|l| l.to_string());
                let mut line = Vec::new();
                writer.write(
                    &mut line,
                    &format!("id{i}"),
                    label.as_deref(),
                    sheet,
                    &ranked,
                );
                let mut record =
                    Record::new(quiz, "tuesday \"class\"\u{1b}", label, sheet, &outcome);
                record.time = time.to_string();
                record.id = Some(format!("id{i}"));
                record.batch = Some("b1".to_string());
                let mut want = serde_json::to_vec(&record).unwrap();
                want.push(b'\n');
                assert_eq!(
                    String::from_utf8_lossy(&line),
                    String::from_utf8_lossy(&want),
                    "sheet {i}"
                );
            }
            assert!(scored > 2900);
        }
    }

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

    #[test]
    fn whole_numbers_as_spreadsheets_write_them() {
        assert_eq!(whole_number(b"4"), Some(4));
        assert_eq!(whole_number(b"04"), Some(4));
        assert_eq!(whole_number(b"4.0"), Some(4));
        assert_eq!(whole_number(b"4."), Some(4));
        assert_eq!(whole_number(b"4.5"), None);
        assert_eq!(whole_number(b".0"), None);
        assert_eq!(whole_number(b"-4"), None);
        assert_eq!(whole_number(b"99999999999999999999"), None);
    }

    #[test]
    fn row_numbers_count_empty_lines_and_not_line_breaks_in_cells() {
        for (text, want) in [
            (
                &b"a,b\r\n1,2\r\n\r\n3,4\r\n\"x\ny\",5\n\n\n6,7"[..],
                vec![1, 2, 4, 5, 8],
            ),
            (b"a\r1\r\r2\r\n\n3", vec![1, 2, 4, 6]),
            (b"\n\na\n1\n", vec![3, 4]),
        ] {
            let mut reader = csv::ReaderBuilder::new()
                .has_headers(false)
                .flexible(true)
                .from_reader(text);
            let mut counter = RowCounter::default();
            let mut record = ByteRecord::new();
            let mut got = Vec::new();
            while read(&mut reader, &mut record) {
                got.push(counter.next(text, reader.position().byte()));
            }
            assert_eq!(got, want, "{:?}", String::from_utf8_lossy(text));
        }
    }

    #[test]
    fn delimiters_are_sniffed_from_the_header() {
        assert_eq!(sniff_delimiter(b"a,b;c\n"), b',');
        assert_eq!(sniff_delimiter(b"a;b;c\n1,5;2"), b';');
        assert_eq!(sniff_delimiter(b"\n\na\tb\n"), b'\t');
        assert_eq!(sniff_delimiter(b"\"a;b\"\n"), b',');
        assert_eq!(sniff_delimiter(b""), b',');
    }
}
