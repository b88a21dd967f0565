//! What participants type as a nickname is stored as typed (up to a
//! length), but never reaches a terminal raw (control characters and escape
//! sequences are shown escaped) or a spreadsheet as a formula.

/// The longest label kept, in characters.
pub const MAX_LABEL: usize = 40;

/// A label as stored: trimmed and cut to `MAX_LABEL` characters; `None`
/// when empty.
pub fn clean(input: &str) -> Option<String> {
    let trimmed = input.trim();
    if trimmed.is_empty() {
        return None;
    }
    Some(trimmed.chars().take(MAX_LABEL).collect())
}

/// A label safe to print on a terminal: control characters (escape
/// sequences included) are shown as `\u{1b}`-style escapes, so nothing a
/// participant typed can move the cursor, change colours or retitle the
/// window.
pub fn for_terminal(label: &str) -> String {
    crate::text::one_line(label).into_owned()
}

/// One CSV cell: quoted when needed, and neutralised when a spreadsheet
/// would read it as a formula (it starts with =, +, -, @, tab or carriage
/// return): a leading apostrophe makes it plain text.
pub fn csv_cell(text: &str) -> String {
    let mut cell = String::with_capacity(text.len() + 2);
    push_csv_cell(&mut cell, text);
    cell
}

/// [`csv_cell`] added to `out`, copying nothing on the way (a report of
/// 100,000 rows writes two million cells).
pub fn push_csv_cell(out: &mut String, text: &str) {
    let formula = text.starts_with(['=', '+', '-', '@', '\t', '\r']);
    let quoted = text.contains([',', '"', '\n', '\r']);
    if quoted {
        out.push('"');
    }
    if formula {
        out.push('\'');
    }
    if quoted {
        for (i, part) in text.split('"').enumerate() {
            if i > 0 {
                out.push_str("\"\"");
            }
            out.push_str(part);
        }
        out.push('"');
    } else {
        out.push_str(text);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels_are_trimmed_and_bounded() {
        assert_eq!(clean("  Sam  "), Some("Sam".to_string()));
        assert_eq!(clean("   "), None);
        assert_eq!(
            clean(&"x".repeat(10_000)).unwrap().chars().count(),
            MAX_LABEL
        );
    }

    #[test]
    fn escape_sequences_never_reach_the_terminal() {
        let shown = for_terminal("Sam\u{1b}[2J\u{7}\n");
        assert!(!shown.chars().any(|c| c.is_control()), "{shown:?}");
        assert!(shown.starts_with("Sam\\u{1b}[2J"));
    }

    #[test]
    fn formulas_never_reach_a_spreadsheet() {
        assert_eq!(csv_cell("=1+1"), "'=1+1");
        assert_eq!(csv_cell("+SUM(A1)"), "'+SUM(A1)");
        assert_eq!(csv_cell("-2"), "'-2");
        assert_eq!(csv_cell("@cmd"), "'@cmd");
        assert_eq!(csv_cell("\tx"), "'\tx");
        assert_eq!(csv_cell("a,b"), "\"a,b\"");
        assert_eq!(csv_cell("say \"hi\""), "\"say \"\"hi\"\"\"");
        assert_eq!(csv_cell("Sam"), "Sam");
    }

    #[test]
    fn a_cell_written_in_place_is_the_cell() {
        let old = |text: &str| {
            let text = if text.starts_with(['=', '+', '-', '@', '\t', '\r']) {
                format!("'{text}")
            } else {
                text.to_string()
            };
            if text.contains([',', '"', '\n', '\r']) {
                format!("\"{}\"", text.replace('"', "\"\""))
            } else {
                text
            }
        };
        for text in [
            "",
            "Sam",
            "=1+1",
            "-5",
            "@x",
            "\tx",
            "\rx",
            "a,b",
            "\"q\"",
            "=\"a\",b\"",
            "two\nlines",
            "\"\"",
            "+",
            "Zoë ✓",
            "x\r",
        ] {
            let mut out = String::from("before|");
            push_csv_cell(&mut out, text);
            assert_eq!(out, format!("before|{}", old(text)), "{text:?}");
            assert_eq!(csv_cell(text), old(text));
        }
    }
}
