//! Reading a sheet's header and cells: the header mapped to questions
//! once, each cell read as a forgiving spreadsheet export writes it
//! (decimals, labels, any case), and what is wrong with a cell said with
//! what would do.

use csv::ByteRecord;

use super::{PARTICIPANT, column_letter};
use crate::content::{Answer, Question, QuestionKind, Quiz};
use crate::lang::Said;
use crate::workshop::label;

/// The longest cell text quoted back in a problem, in characters.
const SHOWN_CELL: usize = 30;

/// What a header cell names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Column {
    Question(usize),
    Participant,
    /// An empty header: its cells must be empty too.
    Unnamed,
}

/// Maps the header row to columns once, or says every problem in it.
pub(super) fn map_header(quiz: &Quiz, header: &ByteRecord) -> Result<Vec<Column>, Vec<Said>> {
    let mut columns = Vec::with_capacity(header.len());
    let mut problems = Vec::new();
    let mut question_at: Vec<Option<usize>> = vec![None; quiz.questions.len()];
    let mut participant_at = None;
    let mut unknown = 0;
    for (i, raw) in header.iter().enumerate() {
        let cell = trim(raw);
        let text = String::from_utf8_lossy(cell);
        let place = |said: Said| {
            said.text("column", column_letter(i))
                .text("header", label::for_terminal(&cut(&text, 60)))
        };
        let repeats = |first: usize| {
            place(Said::new("batch-header-repeats")).text("first", column_letter(first))
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
            problems.push(place(Said::new("batch-header-unknown")).text("quiz", &quiz.id));
            columns.push(Column::Unnamed);
        }
    }
    if question_at.iter().all(Option::is_none) && problems.is_empty() {
        problems.push(Said::new("batch-header-no-question").text("quiz", &quiz.id));
        unknown += 1;
    }
    if problems.is_empty() {
        return Ok(columns);
    }
    if unknown > 0 {
        problems.push(
            Said::new("batch-header-ids")
                .text(
                    "ids",
                    quiz.questions
                        .iter()
                        .map(|q| q.id.as_str())
                        .collect::<Vec<_>>()
                        .join(", "),
                )
                .text("participant", PARTICIPANT),
        );
    }
    Err(problems)
}

/// How one question's cells are read, prepared once.
pub(super) struct Parser {
    kind: Kind,
}

enum Kind {
    /// The scale labels, for cells that give words instead of 1..5.
    Likert(Vec<String>),
    /// Option ids and labels, in order.
    Choice(Vec<(String, String)>),
}

impl Parser {
    pub(super) fn new(quiz: &Quiz, question: &Question) -> Parser {
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
    pub(super) fn parse(&self, cell: &[u8]) -> Option<Answer> {
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
    pub(super) fn complaint(&self, cell: &[u8]) -> Said {
        match &self.kind {
            Kind::Likert(_) => Said::new("batch-not-on-scale").text("cell", shown(cell)),
            Kind::Choice(options) => Said::new("batch-not-an-option")
                .text("cell", shown(cell))
                .text(
                    "options",
                    options
                        .iter()
                        .map(|(id, _)| format!("\"{id}\""))
                        .collect::<Vec<_>>()
                        .join(", "),
                )
                .number("n", options.len()),
        }
    }
}

/// A whole number: digits, optionally followed by a decimal point and
/// zeros (`4`, `04`, `4.`, `4.0`, `4.00`), as spreadsheets export them.
/// Nine digits at most, so it never overflows.
pub(super) fn whole_number(cell: &[u8]) -> Option<u64> {
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
pub(super) fn shown(cell: &[u8]) -> String {
    format!(
        "\"{}\"",
        label::for_terminal(&cut(&String::from_utf8_lossy(cell), SHOWN_CELL))
    )
}

pub(super) fn cut(text: &str, max: usize) -> String {
    if text.chars().count() > max {
        let mut cut: String = text.chars().take(max).collect();
        cut.push('…');
        cut
    } else {
        text.to_string()
    }
}

/// Spaces (and tabs) around a cell are not part of the answer.
pub(super) fn trim(cell: &[u8]) -> &[u8] {
    cell.trim_ascii()
}

/// The separator the header row uses: a comma, else a semicolon (as Excel
/// writes CSV in many European locales), else a tab.
pub(super) fn sniff_delimiter(bytes: &[u8]) -> u8 {
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

#[cfg(test)]
mod tests {
    use super::*;

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
    fn delimiters_are_sniffed_from_the_header() {
        assert_eq!(sniff_delimiter(b"a,b;c\n"), b',');
        assert_eq!(sniff_delimiter(b"a;b;c\n1,5;2"), b';');
        assert_eq!(sniff_delimiter(b"\n\na\tb\n"), b'\t');
        assert_eq!(sniff_delimiter(b"\"a;b\"\n"), b',');
        assert_eq!(sniff_delimiter(b""), b',');
    }
}
