//! Content errors a counselor can act on: each names the file, the line and
//! column where known, the offending id, and what to change.

use std::fmt;
use std::ops::Range;

use crate::lang::{Said, Words};

/// One thing wrong with a content file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// The file as the user named it (or the built-in name, e.g. `quizzes/it-career.toml`).
    pub file: String,
    /// 1-based line, when the parser knows it.
    pub line: Option<usize>,
    /// 1-based column in characters, when the parser knows it.
    pub column: Option<usize>,
    /// What is wrong and what to do, in plain words, said in the reader's
    /// language.
    pub message: Said,
}

impl Problem {
    /// `file:line:column: message`, the message in `words`' language.
    pub fn say(&self, words: &Words) -> String {
        let mut said = self.file.clone();
        if let Some(line) = self.line {
            said.push_str(&format!(":{line}"));
            if let Some(column) = self.column {
                said.push_str(&format!(":{column}"));
            }
        }
        said.push_str(": ");
        said.push_str(&self.message.say(words));
        said
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.say(&Words::english()))
    }
}

/// Every problem found in one or more content files.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub struct ContentError {
    pub problems: Vec<Problem>,
}

impl fmt::Display for ContentError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, problem) in self.problems.iter().enumerate() {
            if i > 0 {
                writeln!(f)?;
            }
            write!(f, "{problem}")?;
        }
        Ok(())
    }
}

impl From<Vec<Problem>> for ContentError {
    fn from(mut problems: Vec<Problem>) -> Self {
        // Report in reading order, file by file; the sort is stable so
        // problems without a position keep the order they were found in.
        problems.sort_by(|a, b| (&a.file, a.line, a.column).cmp(&(&b.file, b.line, b.column)));
        problems.dedup();
        ContentError { problems }
    }
}

/// Turns byte offsets of one file into `Problem`s with line and column.
///
/// The start of every line is found once, on the first problem, and each
/// problem's line is then a binary search: a file with 100,000 unknown
/// keys costs one pass over the text, not one pass per key.
#[derive(Debug, Clone)]
pub struct Locator<'a> {
    pub file: &'a str,
    pub text: &'a str,
    line_starts: std::cell::OnceCell<Vec<usize>>,
    /// The last position found (offset, line, column): problems come
    /// mostly in reading order, so the next column on the same line is
    /// counted from there, not from the line's start (one long line of
    /// many unknown keys stays linear).
    last: std::cell::Cell<(usize, usize, usize)>,
}

impl<'a> Locator<'a> {
    pub fn new(file: &'a str, text: &'a str) -> Self {
        Locator {
            file,
            text,
            line_starts: std::cell::OnceCell::new(),
            last: std::cell::Cell::new((0, 1, 1)),
        }
    }

    /// A problem at the start of `span`.
    pub fn at(&self, span: Range<usize>, message: Said) -> Problem {
        let (line, column) = self.line_and_column(span.start);
        Problem {
            file: self.file.to_string(),
            line: Some(line),
            column: Some(column),
            message,
        }
    }

    /// 1-based line and character column of a byte offset, as
    /// [`line_and_column`] gives them.
    fn line_and_column(&self, offset: usize) -> (usize, usize) {
        let text = self.text;
        let starts = self.line_starts.get_or_init(|| {
            std::iter::once(0)
                .chain(text.match_indices('\n').map(|(i, _)| i + 1))
                .collect()
        });
        let mut offset = offset.min(text.len());
        while !text.is_char_boundary(offset) {
            offset -= 1;
        }
        let line = starts.partition_point(|&start| start <= offset);
        let (last_offset, last_line, last_column) = self.last.get();
        let column = if last_line == line && last_offset <= offset {
            last_column + text[last_offset..offset].chars().count()
        } else {
            text[starts[line - 1]..offset].chars().count() + 1
        };
        self.last.set((offset, line, column));
        (line, column)
    }

    /// A problem that has no single place in the file (for example a missing table).
    pub fn whole_file(&self, message: Said) -> Problem {
        Problem {
            file: self.file.to_string(),
            line: None,
            column: None,
            message,
        }
    }
}

/// 1-based line and character column of a byte offset.
pub fn line_and_column(text: &str, offset: usize) -> (usize, usize) {
    let mut offset = offset.min(text.len());
    while !text.is_char_boundary(offset) {
        offset -= 1;
    }
    let before = &text[..offset];
    let line = before.matches('\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    let column = before[line_start..].chars().count() + 1;
    (line, column)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn positions_are_one_based_and_count_characters() {
        let text = "a = 1\nbé = 2\n";
        assert_eq!(line_and_column(text, 0), (1, 1));
        assert_eq!(line_and_column(text, 6), (2, 1));
        // 'é' is two bytes but one column.
        assert_eq!(line_and_column(text, 9), (2, 3));
        assert_eq!(line_and_column(text, 999), (3, 1));
    }

    #[test]
    fn the_locator_agrees_with_line_and_column() {
        let text = "a = 1\nbé = 2\n\nlast";
        let at = Locator::new("q.toml", text);
        for offset in 0..=text.len() + 2 {
            let problem = at.at(offset..offset, Said::new("content-toml-not-valid"));
            assert_eq!(
                (problem.line.unwrap(), problem.column.unwrap()),
                line_and_column(text, offset),
                "offset {offset}"
            );
        }
    }

    #[test]
    fn a_problem_reads_file_line_column_message() {
        let problem = Locator::new("q.toml", "x\ny = 2")
            .at(2..3, Said::new("content-unknown-key").text("key", "y"));
        assert!(
            problem
                .to_string()
                .starts_with("q.toml:2:1: unknown key `y`: "),
            "{problem}"
        );
    }
}
