//! The group summary written out for a counselor's records: text, CSV, JSON
//! and Markdown. Pure: a [`Group`](super::Group) in, a string out.
//!
//! Every text taken from a results file (labels, sessions, titles, names,
//! times) goes through [`super::safe`] or [`Participant::label`](super::Participant::label) first, so
//! it is bounded and no control character or escape sequence survives,
//! whatever the format; then each format escapes its own markup: CSV cells
//! through [`label::csv_cell`](crate::workshop::label::csv_cell) (formulas neutralised), Markdown by
//! backslashes, JSON by its own string escapes.
//!
//! One file per format: [`text`](text()), [`csv`](csv()), [`json`](json())
//! and [`markdown`](markdown()); this file holds what more than one of them
//! (and the dashboard) lays out with.

mod csv;
mod json;
mod markdown;
mod text;

pub use csv::{csv, csv_to};
pub use json::{json, json_to};
pub use markdown::{markdown, markdown_to, md};
pub use text::{text, text_to};

use crate::lang::Words;
use std::io;

use ratatui::text::Span;

use super::{Group, Participant, QuizGroup};

/// What every export is written from: the group, where its participants
/// come from, the files it was read from (as shown) and whether names are
/// hidden.
#[derive(Clone, Copy)]
pub struct Sheet<'a> {
    pub group: &'a Group,
    pub people: &'a dyn People,
    pub files: &'a [String],
    pub hide_names: bool,
    /// The counselor's words for the text and Markdown reports (CSV and
    /// JSON keep their English column names: scripts read them).
    pub words: Words,
}

impl<'a> Sheet<'a> {
    /// The participants the group holds.
    pub fn in_memory(group: &'a Group, files: &'a [String], hide_names: bool) -> Sheet<'a> {
        Sheet {
            group,
            people: &InMemory,
            files,
            hide_names,
            words: Words::english(),
        }
    }
}

/// The participants an export lists, in the order they finished: the ones
/// a [`Group`] holds ([`InMemory`]), or read again from its files
/// ([`crate::workshop::record::files::Reread`]) so a report of a million
/// need not hold them. Each export walks them as often as it needs.
pub trait People {
    /// Calls `each` with every participant of `group`, in the order they
    /// finished; only those of `quiz` when it is given.
    fn each(
        &self,
        group: &Group,
        quiz: Option<&QuizGroup>,
        each: &mut dyn FnMut(&QuizGroup, &Participant) -> io::Result<()>,
    ) -> io::Result<()>;
}

/// The participants a group holds.
pub struct InMemory;

impl People for InMemory {
    fn each(
        &self,
        group: &Group,
        quiz: Option<&QuizGroup>,
        each: &mut dyn FnMut(&QuizGroup, &Participant) -> io::Result<()>,
    ) -> io::Result<()> {
        match quiz {
            Some(q) => q.participants.iter().try_for_each(|p| each(q, p)),
            None => group
                .in_order()
                .into_iter()
                .try_for_each(|(q, p)| each(q, p)),
        }
    }
}

/// An export being written: text gathered, then handed to `sink` in
/// pieces of about 64 KiB, so a long report is never whole in memory.
pub(crate) struct Out<'a> {
    pub(crate) text: String,
    sink: &'a mut dyn io::Write,
}

impl<'a> Out<'a> {
    pub(crate) fn new(sink: &'a mut dyn io::Write) -> Out<'a> {
        Out {
            text: String::with_capacity(1 << 17),
            sink,
        }
    }

    /// Hands the text on once there is enough of it.
    pub(crate) fn spill(&mut self) -> io::Result<()> {
        if self.text.len() >= 1 << 16 {
            self.flush()?;
        }
        Ok(())
    }

    /// Hands on the text gathered so far.
    pub(crate) fn flush(&mut self) -> io::Result<()> {
        self.sink.write_all(self.text.as_bytes())?;
        self.text.clear();
        Ok(())
    }
}

/// What an export writes, as a string (writing to memory does not fail).
fn written(write: impl FnOnce(&mut dyn io::Write) -> io::Result<()>) -> String {
    let mut bytes = Vec::new();
    let _ = write(&mut bytes);
    String::from_utf8(bytes).unwrap_or_default()
}

/// The width of `text` on a terminal, in columns.
pub fn width(text: &str) -> usize {
    Span::raw(text).width()
}

/// `text` cut to `columns` (ending in "…" when cut) and padded to exactly
/// `columns`.
pub fn cell(text: &str, columns: usize) -> String {
    let mut out = String::new();
    let mut used = 0;
    if width(text) <= columns {
        out.push_str(text);
        used = width(text);
    } else if columns > 0 {
        let mut buf = [0u8; 4];
        for c in text.chars() {
            let w = width(c.encode_utf8(&mut buf));
            if used + w + 1 > columns {
                break;
            }
            out.push(c);
            used += w;
        }
        out.push('…');
        used += 1;
    }
    out.push_str(&" ".repeat(columns.saturating_sub(used)));
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cells_are_cut_and_padded() {
        assert_eq!(cell("abc", 5), "abc  ");
        assert_eq!(cell("abcdef", 4), "abc…");
        assert_eq!(cell("漢字漢字", 5), "漢字…");
        assert_eq!(cell("漢字漢字", 6), "漢字… ");
    }
}
