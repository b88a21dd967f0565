//! Text from a file made safe for a page: the one Markdown escaper and the
//! one HTML escaper of every report and role page. Kept apart from the
//! layouts so `html.rs` and `svg.rs` both use it without importing each
//! other.

/// Text from a file as plain Markdown words: one line, and every character
/// Markdown or HTML would read as markup backslash-escaped, including a
/// start that would open a list ("- ", "1. ") or a heading underline.
pub fn markdown(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let text = text.trim_start();
    if text.starts_with(['-', '+', '=', '#']) {
        out.push('\\');
    }
    let digits = text.chars().take_while(char::is_ascii_digit).count();
    if digits > 0 && text[digits..].starts_with(['.', ')']) {
        out.push_str(&text[..digits]);
        out.push('\\');
        return out + &markdown_words(&text[digits..]);
    }
    out + &markdown_words(text)
}

fn markdown_words(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for word in text.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        // A control character or a hidden one (bidi override, zero width)
        // is shown as a visible escape, like everywhere else text is shown.
        for c in crate::text::one_line(word).chars() {
            if matches!(
                c,
                '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '|' | '~'
            ) {
                out.push('\\');
            }
            out.push(c);
        }
    }
    out
}

/// Text safe inside HTML and SVG elements and quoted attributes.
pub fn html(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    // Hidden characters (escape sequences, bidi overrides, zero widths)
    // are shown as visible escapes, as everywhere text is shown.
    for c in crate::text::printable(text).chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::{html, markdown};

    #[test]
    fn markdown_markup_is_escaped_and_lines_joined() {
        assert_eq!(
            markdown("<script>alert(1)</script> & *x*\nnext"),
            "\\<script\\>alert(1)\\</script\\> & \\*x\\* next"
        );
        assert_eq!(markdown("- a"), "\\- a");
        assert_eq!(markdown("2024. A year"), "2024\\. A year");
        assert_eq!(markdown("2024 was"), "2024 was");
    }

    #[test]
    fn the_five_html_characters_are_escaped() {
        assert_eq!(
            html(r#"<a href="x">Tom & Jerry's</a>"#),
            "&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&#39;s&lt;/a&gt;"
        );
    }
}
