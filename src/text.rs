//! Text as a person reads it: one sanitiser for anything that came from a
//! file or a participant, and wrapping, cutting and counting by display
//! columns (a CJK character or an emoji takes two, a combining accent none).
//!
//! Every place that prints or draws text from a quiz, a role, an answers
//! file, a saved result or a nickname goes through [`printable`] or
//! [`one_line`], so no file can send an escape sequence to a terminal.

use std::borrow::Cow;

use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

/// Characters that must never reach a terminal as themselves: control
/// characters (escape sequences start with one), Unicode's bidirectional
/// overrides (they reorder what a reader sees) and invisible zero-width
/// characters (they hide text).
fn is_hidden(c: char) -> bool {
    c.is_control()
        || matches!(
            c,
            '\u{202a}'..='\u{202e}'
                | '\u{2066}'..='\u{2069}'
                | '\u{200b}'..='\u{200f}'
                | '\u{2028}'
                | '\u{2029}'
                | '\u{2060}'..='\u{2064}'
                | '\u{feff}'
                | '\u{061c}'
        )
}

/// Text safe to print: every hidden character (see above) but the line
/// break is shown as a visible `\u{1b}`-style escape, so a file cannot
/// move the cursor, clear the screen, write the clipboard or retitle the
/// window. Tabs become a space.
pub fn printable(text: &str) -> Cow<'_, str> {
    escape(text, true)
}

/// Like [`printable`], but line breaks are escaped too: for one-line
/// things such as a nickname, an id or a file name.
pub fn one_line(text: &str) -> Cow<'_, str> {
    escape(text, false)
}

fn escape(text: &str, keep_newlines: bool) -> Cow<'_, str> {
    let keep = |c: char| (keep_newlines && c == '\n') || !is_hidden(c);
    if text.chars().all(keep) && !text.contains('\t') {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        if c == '\t' {
            out.push(' ');
        } else if keep(c) {
            out.push(c);
        } else {
            out.push_str(&c.escape_unicode().to_string());
        }
    }
    Cow::Owned(out)
}

/// How many terminal columns `text` takes.
pub fn width(text: &str) -> usize {
    UnicodeWidthStr::width(text)
}

fn char_width(c: char) -> usize {
    UnicodeWidthChar::width(c).unwrap_or(0)
}

/// How long words are treated when they do not fit on a line.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LongWords {
    /// Cut them at the edge (a screen that would otherwise lose the rest).
    Break,
    /// Put them on a line of their own, whole (a URL printed to a
    /// terminal stays one word that can be copied).
    Keep,
}

/// Word-wraps text to `width` columns (at least 1), by display width.
/// Line breaks in the text start new lines; a word wider than the line is
/// cut at the edge. Never returns an empty list.
pub fn wrap(text: &str, width: usize) -> Vec<String> {
    wrap_with(text, width, LongWords::Break)
}

/// [`wrap`], choosing what happens to words wider than a line.
pub fn wrap_with(text: &str, width: usize, long: LongWords) -> Vec<String> {
    let width = width.max(1);
    let mut lines = Vec::new();
    for paragraph in text.split('\n') {
        let mut line = String::new();
        let mut used = 0;
        for word in paragraph.split_whitespace() {
            let w = self::width(word);
            if used > 0 && used + 1 + w > width {
                lines.push(std::mem::take(&mut line));
                used = 0;
            }
            if used > 0 {
                line.push(' ');
                used += 1;
            }
            if w <= width - used || long == LongWords::Keep {
                line.push_str(word);
                used += w;
                continue;
            }
            for c in word.chars() {
                let cw = char_width(c);
                if used + cw > width && used > 0 {
                    lines.push(std::mem::take(&mut line));
                    used = 0;
                }
                line.push(c);
                used += cw;
            }
        }
        lines.push(line);
    }
    lines
}

/// Text wrapped to `width` columns with a hanging indent: `first` before
/// the first line (such as "  • "), as many spaces before the others.
/// Returns the lines joined, each ending in a line break.
pub fn indented(text: &str, width: usize, first: &str) -> String {
    let indent = self::width(first);
    let mut out = String::new();
    let room = width.saturating_sub(indent).max(20.min(width.max(1)));
    for (i, line) in wrap_with(text, room, LongWords::Keep)
        .into_iter()
        .enumerate()
    {
        if i == 0 {
            out.push_str(first);
        } else if !line.is_empty() {
            out.push_str(&" ".repeat(indent));
        }
        out.push_str(&line);
        out.push('\n');
    }
    out
}

/// Text for a person to read on a terminal `width` columns wide: every
/// character that could control the terminal shown escaped ([`printable`]),
/// then each line wrapped at word boundaries ([`reflow`]). The one rule for
/// printed prose, on this process's terminal or a served seat's.
pub fn prose(text: &str, width: usize) -> String {
    reflow(&printable(text), width)
}

/// Every line of a plain text wrapped to `width` columns, keeping each
/// line's own leading spaces (and a bullet's or a label's hang) as the
/// indent of the lines it wraps into. For text printed to a terminal or a
/// pipe (the exit summary, `roles`, `history`).
pub fn reflow(text: &str, width: usize) -> String {
    let mut out = String::with_capacity(text.len() + text.len() / 16);
    for line in text.lines() {
        if self::width(line) <= width {
            out.push_str(line);
            out.push('\n');
            continue;
        }
        let lead = line.len() - line.trim_start().len();
        let rest = &line[lead..];
        // A bullet or a number ("• ", "- ", "3. ") hangs the text under itself.
        let marker = rest
            .split_once(' ')
            .filter(|(m, _)| matches!(*m, "•" | "-" | "*") || is_number_mark(m))
            .map_or(0, |(m, _)| m.len() + 1);
        let first = &line[..lead + marker];
        out.push_str(&indented(&line[lead + marker..], width, first));
    }
    out
}

fn is_number_mark(mark: &str) -> bool {
    mark.strip_suffix(['.', ')'])
        .is_some_and(|n| !n.is_empty() && n.chars().all(|c| c.is_ascii_digit()))
}

/// Cuts text to `width` columns, ending in "…" when cut.
pub fn truncate(text: &str, width: usize) -> String {
    if self::width(text) <= width {
        return text.to_string();
    }
    let mut out = String::new();
    let mut used = 0;
    for c in text.chars() {
        let cw = char_width(c);
        if used + cw + 1 > width {
            break;
        }
        out.push(c);
        used += cw;
    }
    if width > 0 {
        out.push('…');
    }
    out
}

/// `1 participant`, `2 participants`: a count with the right form of its noun.
pub fn plural(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

/// The text with its first letter in upper case ("no answers" -> "No
/// answers"), for a message that starts a sentence.
pub fn capitalised(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// The text with its first letter in lower case, for a message that goes
/// on after other words ("Note: the disk is full").
pub fn uncapitalised(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_lowercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// The width to wrap printed text to: the terminal's, when output goes to
/// one, else `COLUMNS`, else 80. Never less than 20.
pub fn output_width() -> usize {
    use std::io::IsTerminal;
    let from_terminal = std::io::stdout()
        .is_terminal()
        .then(crossterm::terminal::size)
        .and_then(Result::ok)
        .map(|(w, _)| w as usize)
        .filter(|&w| w > 0);
    let from_env = || {
        std::env::var("COLUMNS")
            .ok()
            .and_then(|c| c.trim().parse::<usize>().ok())
            .filter(|&w| w > 0)
    };
    from_terminal.or_else(from_env).unwrap_or(80).max(20)
}

/// `text` followed by spaces up to `width` display columns (as is when it
/// is already as wide): for columns that line up with wide characters.
pub fn pad(text: &str, width: usize) -> String {
    let mut out = String::with_capacity(text.len() + width);
    out.push_str(text);
    out.push_str(&" ".repeat(width.saturating_sub(self::width(text))));
    out
}

/// JSON text made safe to print as it is (`cat`), still meaning the same:
/// every hidden character (see [`printable`]) is written as a `\uXXXX`
/// escape, which a JSON parser reads back as the character itself. JSON's
/// own layout (line breaks, tabs) is kept; serde_json already escapes
/// control characters inside strings, and every hidden character outside
/// them is layout.
pub fn json_escape_hidden(json: &str) -> Cow<'_, str> {
    let escape = |c: char| is_hidden(c) && !matches!(c, '\n' | '\r' | '\t');
    if !json.chars().any(escape) {
        return Cow::Borrowed(json);
    }
    let mut out = String::with_capacity(json.len() + 16);
    for c in json.chars() {
        if escape(c) {
            let mut units = [0u16; 2];
            for unit in c.encode_utf16(&mut units) {
                out.push_str(&format!("\\u{unit:04x}"));
            }
        } else {
            out.push(c);
        }
    }
    Cow::Owned(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_first_letter_changes_case_whole_even_when_it_is_not_ascii() {
        assert_eq!(capitalised("no answers yet"), "No answers yet");
        assert_eq!(capitalised("étape"), "Étape");
        assert_eq!(uncapitalised("The disk is full"), "the disk is full");
        assert_eq!(uncapitalised("Élan"), "élan");
        assert_eq!(capitalised(""), "");
        assert_eq!(uncapitalised(""), "");
    }

    #[test]
    fn escape_sequences_and_hidden_characters_are_shown_not_obeyed() {
        let shown = printable("a\u{1b}]52;c;aGk=\u{7}b\u{202e}c\u{200b}d\ne");
        assert!(!shown.contains('\u{1b}'));
        assert!(!shown.contains('\u{202e}'));
        assert!(!shown.contains('\u{200b}'));
        assert!(shown.contains("\\u{1b}]52"));
        assert!(shown.contains("\\u{202e}"));
        assert!(shown.contains("\\u{200b}"));
        assert!(shown.ends_with("d\ne"), "line breaks kept: {shown:?}");
        assert!(!one_line("a\nb").contains('\n'));
        assert!(matches!(printable("plain text"), Cow::Borrowed(_)));
    }

    #[test]
    fn wrapping_counts_display_columns() {
        // 6 CJK characters are 12 columns wide.
        let lines = wrap("漢字漢字漢字 ok", 8);
        assert!(lines.iter().all(|l| width(l) <= 8), "{lines:?}");
        assert_eq!(lines.concat().replace(' ', ""), "漢字漢字漢字ok");
        assert_eq!(wrap("café au lait", 8), vec!["café au", "lait"]);
    }

    #[test]
    fn long_words_break_or_stand_alone() {
        let url = "https://www.bls.gov/ooh/computer-and-information-technology/home.htm";
        let kept = wrap_with(&format!("See {url} now"), 30, LongWords::Keep);
        assert_eq!(
            kept,
            vec!["See".to_string(), url.to_string(), "now".to_string()]
        );
        let cut = wrap(url, 30);
        assert!(cut.iter().all(|l| width(l) <= 30));
        assert_eq!(cut.concat(), url);
    }

    #[test]
    fn reflow_keeps_indent_and_bullets() {
        let text = "  • one two three four five six seven eight\nshort\n";
        let out = reflow(text, 24);
        assert_eq!(
            out,
            "  • one two three four\n    five six seven eight\nshort\n"
        );
    }

    #[test]
    fn truncate_by_columns() {
        assert_eq!(truncate("漢字漢字", 5), "漢字…");
        assert_eq!(truncate("abc", 3), "abc");
        assert_eq!(plural(1, "participant", "participants"), "1 participant");
        assert_eq!(plural(2, "participant", "participants"), "2 participants");
    }

    #[test]
    fn padding_counts_display_columns() {
        assert_eq!(pad("漢字", 6), "漢字  ");
        assert_eq!(pad("abc", 2), "abc");
    }

    #[test]
    fn hidden_characters_in_json_are_escaped_and_read_back_the_same() {
        let value = serde_json::json!({ "name": "a\u{202e}b\u{200b}c\u{1b}d" });
        let json = serde_json::to_string_pretty(&value).unwrap();
        let safe = json_escape_hidden(&json);
        assert!(!safe.contains('\u{202e}') && !safe.contains('\u{200b}'));
        assert!(safe.contains("\\u202e") && safe.contains("\\u200b"));
        let back: serde_json::Value = serde_json::from_str(&safe).unwrap();
        assert_eq!(back, value);
    }
}
