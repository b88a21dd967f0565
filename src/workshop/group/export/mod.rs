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

pub use csv::csv;
pub use json::json;
pub use markdown::{markdown, md};
pub use text::text;

use ratatui::text::Span;

/// What a report says when there is nobody in it.
pub const NO_PARTICIPANTS: &str = "No participants yet.";
/// Said under the participants table: every time in a record is UTC.
pub const TIMES_NOTE: &str = "times are UTC";

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
