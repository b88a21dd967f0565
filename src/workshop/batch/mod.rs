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
//!
//! Split by job: this file reads a sheet and scores its rows; `outcome.rs`
//! holds what came out (the batch, its problems and errors); `cells.rs`
//! reads the header and the cells; `rows.rs` numbers rows as a spreadsheet
//! does. Each record is written by the results format's one writer
//! (`record::Shared`).

mod cells;
mod outcome;
mod rows;

pub use outcome::{Batch, BatchError, RowProblem, Scored, column_letter};

use std::io::{self, Write};
use std::path::Path;

use csv::ByteRecord;

use super::label;
use super::record::{self, Added};
use crate::content::{AnswerSheet, Quiz, Role};
use crate::lang::Said;
use crate::scoring;
use crate::store::clock;
use cells::{Column, Parser, map_header, shown, sniff_delimiter, trim};
use rows::{RowCounter, read};

/// The name of the optional column of participants' labels.
pub const PARTICIPANT: &str = "participant";

/// The most rows whose problems are kept (and listed); the rest are counted.
pub const MAX_PROBLEM_ROWS: usize = 100;

/// The largest spreadsheet read, in bytes (64 MiB: about a million rows).
pub const MAX_SHEET: u64 = 64 << 20;

/// Records buffered in memory before they go to the spill file, in bytes.
const SPILL_EVERY: usize = 1 << 20;

/// What a batch keeps of each good row besides its record.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Rows {
    /// A [`Scored`] line per good row (for a table of rows).
    Kept,
    /// Only how many there were ([`Batch::scored_rows`]): memory stays
    /// the same whatever the number of rows.
    Counted,
}

/// Reads and scores a CSV file; the session is the file's stem. The
/// records are kept in memory, in `lines`.
pub fn score_file(quiz: &Quiz, roles: &[Role], path: &Path) -> Result<Batch, BatchError> {
    let (name, session, bytes) = read_sheet(path)?;
    score_into(quiz, roles, &name, &session, &bytes, None, Rows::Kept)
}

/// [`score_file`], writing the records to `spill` as it goes instead of
/// keeping them; with [`Rows::Counted`] nothing is kept per row either, so
/// memory is the sheet (at most [`MAX_SHEET`]) and a constant, whatever
/// the number of rows.
pub fn score_file_to(
    quiz: &Quiz,
    roles: &[Role],
    path: &Path,
    spill: &mut dyn Write,
    rows: Rows,
) -> Result<Batch, BatchError> {
    let (name, session, bytes) = read_sheet(path)?;
    score_into(quiz, roles, &name, &session, &bytes, Some(spill), rows)
}

/// [`score_file_to`] a workshop results file: each record written
/// straight into `results` as it is scored, under the file's lock, and
/// the commit line at the end (see `record::Appender`): whole or not at
/// all, never twice for the same sheet, the file untouched when no row is
/// good. The sheet's problems are all found either way; the second result
/// is what adding did, or why nothing was added.
pub fn score_file_into(
    quiz: &Quiz,
    roles: &[Role],
    path: &Path,
    results: &Path,
    rows: Rows,
) -> Result<(Batch, io::Result<Added>), BatchError> {
    let (name, session, bytes) = read_sheet(path)?;
    let sheet = record::digest(&[&bytes]);
    let mut appender = record::Appender::new(results, &sheet);
    let batch = score_sheet(
        quiz,
        roles,
        (&name, &session, &bytes, sheet),
        Some(&mut appender),
        rows,
    )?;
    let added = appender.finish(&batch.commit());
    Ok((batch, added))
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
            why: kind.not_regular(),
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
    if batch.scored_rows == 0 {
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
    score_into(quiz, roles, name, session, bytes, None, Rows::Kept)
}

fn score_into(
    quiz: &Quiz,
    roles: &[Role],
    name: &str,
    session: &str,
    bytes: &[u8],
    spill: Option<&mut dyn Write>,
    keep: Rows,
) -> Result<Batch, BatchError> {
    let sheet = record::digest(&[bytes]);
    score_sheet(quiz, roles, (name, session, bytes, sheet), spill, keep)
}

/// A sheet as scored: its name (for messages), the session its records
/// carry, its bytes, and their digest.
type Sheet<'a> = (&'a str, &'a str, &'a [u8], String);

fn score_sheet(
    quiz: &Quiz,
    roles: &[Role],
    (name, session, bytes, sheet_digest): Sheet<'_>,
    mut spill: Option<&mut dyn Write>,
    keep: Rows,
) -> Result<Batch, BatchError> {
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
        scored_rows: 0,
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
                    message: Said::new("batch-no-header").text("cell", shown(cell)),
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
                    message: Said::new("batch-nothing-answered"),
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
        } else if batch.scored_rows == 0 {
            // Room for every row like the first, so the buffer is not
            // copied as it grows (bounded: it is only a guess).
            let lines_left = bytes.iter().filter(|b| **b == b'\n').count();
            let guess = batch.lines.len().saturating_mul(lines_left + 1);
            batch.lines.reserve(guess.min(1 << 30));
        }
        batch.scored_rows += 1;
        if keep == Rows::Kept {
            let (best, fit) = ranked.order[0];
            batch.scored.push(Scored {
                row,
                label,
                best,
                fit,
                flags: ranked.flags,
            });
        }
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::{Answer, Content, QuestionKind};
    use record::Record;

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
    fn a_batch_record_reads_as_the_record_a_kiosk_writes_for_the_same_answers() {
        let content = Content::built_in().unwrap();
        for roles in [&content.roles[..], &content.roles[..1]] {
            let quiz = &content.quiz;
            let time = "2026-01-02T03:04:05Z";
            let writer = record::Shared::new(quiz, roles, "tuesday \"class\"\u{1b}", time, "b1");
            let mut lines = Vec::new();
            let mut want = Vec::new();
            for (i, sheet) in sheets(quiz, 3000).iter().enumerate() {
                let Ok(ranked) = scoring::rank(quiz, roles, sheet) else {
                    continue;
                };
                let outcome = scoring::score(quiz, roles, sheet).unwrap();
                let label = ["Sam", "=1+1", "\u{1b}[2J\"quoted\"\\", "Zoë ✓"]
                    .get(i % 5)
                    .map(|l| l.to_string());
                writer.write(
                    &mut lines,
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
                want.push(record);
            }
            assert!(want.len() > 2900);
            let commit = record::Commit {
                commit: "b1".to_string(),
                sheet: "s".to_string(),
                records: want.len(),
                time: time.to_string(),
                source: "s.csv".to_string(),
            };
            lines.extend(serde_json::to_vec(&commit).unwrap());
            lines.push(b'\n');
            let read = record::parse(&lines, "results.jsonl");
            assert_eq!(read.warnings, Vec::<Said>::new());
            assert_eq!(read.records, want);
            // One names line, then the lean records.
            let text = String::from_utf8(lines).unwrap();
            assert!(text.starts_with("{\"names\":"), "{text:.80}");
            assert_eq!(text.matches("\"questions\":").count(), 1);
        }
    }
}
