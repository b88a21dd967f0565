//! The answer spreadsheets batch scoring is tested with, shared by
//! batch.rs (through the library) and batch_binary.rs (through the real
//! binary): what each fixture row should give, and the same answers as an
//! answers file would give them.
//!
//! tests/fixtures/csv/workshop.csv, row by row (CRLF, a BOM, the header
//! padded and capitalised):
//!  1 header: Participant, then five questions out of quiz order
//!  2 Sam      good
//!  3 Alex     good, a choice by position
//!  4 Robin    good: spaces around cells, `4.0`, an option id in capitals
//!  5 Kim      "9" on the scale
//!  6 Lee      an unknown option
//!  7 Jo       a position out of range
//!  8          blank: skipped, not a problem
//!  9 Max      answers nothing
//! 10 an escape sequence and a bell as the name, good
//! 11 a formula as the name, good
//! 12 a name over two lines (one spreadsheet row), good
//! 13 anonymous, good

use careerfit::content::{Answer, AnswerSheet, Content, QuestionKind};
use careerfit::workshop::batch::{self, Batch, BatchError};

pub const WORKSHOP: &str = "tests/fixtures/csv/workshop.csv";
pub const ALL_GOOD: &str = "tests/fixtures/csv/all-good.csv";
pub const UNKNOWN_HEADER: &str = "tests/fixtures/csv/unknown-header.csv";

pub const PRINTER_OPTIONS: &str = r#"use one of "open-it-up", "help-print-another-way", "check-print-server", "plan-printer-care" or 1 to 4"#;

pub fn expected_problems() -> Vec<String> {
    vec![
        r#"row 5, column B (replace-laptop-drive): "9" is not on the scale; use a whole number from 1 to 5"#.to_string(),
        format!(r#"row 6, column D (printers-keep-failing): "fix-it" is not an option; {PRINTER_OPTIONS}"#),
        format!(r#"row 7, column D (printers-keep-failing): "9" is not an option; {PRINTER_OPTIONS}"#),
        "row 9: answers no question, so there is nothing to score".to_string(),
    ]
}

/// A good row: its number, its label as stored, its answers by question id.
pub type GoodRow = (
    usize,
    Option<&'static str>,
    Vec<(&'static str, &'static str)>,
);

/// The good rows of the workshop fixture.
pub fn good_rows() -> Vec<GoodRow> {
    let row = |likert: [&'static str; 3], printers: &'static str, hire: &'static str| {
        vec![
            ("replace-laptop-drive", likert[0]),
            ("walk-through-password-reset", likert[1]),
            ("printers-keep-failing", printers),
            ("server-out-of-memory", likert[2]),
            ("new-hire-monday", hire),
        ]
    };
    vec![
        (
            2,
            Some("Sam"),
            row(["5", "1", "2"], "open-it-up", "set-up-desk"),
        ),
        (
            3,
            Some("Alex"),
            row(["1", "5", "1"], "2", "show-how-to-log-in"),
        ),
        (
            4,
            Some("Robin"),
            row(["4", "3", "5"], "check-print-server", "2"),
        ),
        (
            10,
            Some("\u{1b}[31mEvil\u{1b}[0m\u{7}"),
            row(["2", "4", "2"], "help-print-another-way", "1"),
        ),
        (
            11,
            Some("=HYPERLINK(\"http://x\")"),
            row(["5", "5", "5"], "plan-printer-care", "plan-first-week"),
        ),
        (12, Some("Two\r\nlines"), row(["4", "2", ""], "3", "4")),
        (13, None, {
            let mut answers = row(["1", "2", ""], "4", "");
            answers.retain(|(_, v)| !v.is_empty());
            answers
        }),
    ]
}

/// The same answers as an answers file would give them.
pub fn sheet(content: &Content, answers: &[(&str, &str)]) -> AnswerSheet {
    let quiz = &content.quiz;
    let mut sheet = AnswerSheet::new(quiz);
    for (id, value) in answers {
        if value.is_empty() {
            continue;
        }
        let q = quiz.question_index(id).expect("a question of the quiz");
        let answer = match &quiz.questions[q].kind {
            QuestionKind::Likert { .. } => Answer::Likert(value.parse().unwrap()),
            QuestionKind::Choice { options } => Answer::Choice(
                options
                    .iter()
                    .position(|o| o.id == *value)
                    .unwrap_or_else(|| value.parse::<usize>().unwrap() - 1),
            ),
        };
        sheet.set(q, Some(answer));
    }
    sheet
}

pub fn score_text(text: &[u8]) -> Result<Batch, BatchError> {
    let content = Content::built_in().unwrap();
    batch::score_csv(&content.quiz, &content.roles, "t.csv", "t", text)
}
