//! Text from a file made safe for a page: the one Markdown escaper and the
//! one HTML escaper of every report and role page. Kept apart from the
//! layouts so `html.rs` and `svg.rs` both use it without importing each
//! other.

/// Text from a file as plain Markdown words, safe anywhere a Markdown
/// page or a GitHub table shows it: one line (whitespace runs become one
/// space), and every character Markdown, GitHub's tables or HTML would
/// read as markup backslash-escaped (`|`, `&` and `!` included), as are a
/// start that would open a list ("- ", "1. "), a heading, a heading
/// underline or a quote, and the `://` and `www.` that would make a bare
/// link. The one Markdown escaper: the reports, role pages and the group
/// report all use it.
pub fn markdown(text: &str) -> String {
    escape_markdown(text, false)
}

/// [`markdown`] for text the counselor's own content files wrote (a role's
/// lines): a word that is a plain web address ("https://...") becomes a
/// Markdown autolink instead of escaped text, so it stays a link. Never for
/// what a participant typed.
pub fn markdown_linking(text: &str) -> String {
    escape_markdown(text, true)
}

fn escape_markdown(text: &str, links: bool) -> String {
    let mut out = String::with_capacity(text.len() + 8);
    for (n, word) in text.split_whitespace().enumerate() {
        if n > 0 {
            out.push(' ');
        }
        if let Some(link) = links.then(|| linkable_word(word)).flatten() {
            out.push_str(&link);
            continue;
        }
        // A control character or a hidden one (bidi override, zero width)
        // is shown as a visible escape, like everywhere else text is shown.
        let chars: Vec<char> = crate::text::one_line(word).chars().collect();
        let first = n == 0;
        if first && matches!(chars.first(), Some('-' | '+' | '=' | '#')) {
            out.push('\\');
        }
        // "1." or "1)" at the very start would open a numbered list.
        let digits = if first {
            chars.iter().take_while(|c| c.is_ascii_digit()).count()
        } else {
            0
        };
        for (i, &c) in chars.iter().enumerate() {
            let bare_link =
                (c == ':' && chars.get(i + 1) == Some(&'/') && chars.get(i + 2) == Some(&'/'))
                    || (c == '.'
                        && i >= 3
                        && chars[i - 3..i].iter().all(|w| w.eq_ignore_ascii_case(&'w')));
            let list_number = digits > 0 && i == digits && matches!(c, '.' | ')');
            let markup = matches!(
                c,
                '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '|' | '~' | '&' | '!'
            );
            if markup || bare_link || list_number {
                out.push('\\');
            }
            out.push(c);
        }
    }
    out
}

/// A web address as a Markdown autolink `<https://...>`, or `None` when it
/// is not a plain http(s) address (then it is shown as escaped text).
pub fn autolink(url: &str) -> Option<String> {
    let plain = (url.starts_with("https://") || url.starts_with("http://"))
        && !url
            .chars()
            .any(|c| c.is_whitespace() || c.is_control() || c == '<' || c == '>')
        && crate::text::one_line(url) == url;
    plain.then(|| format!("<{url}>"))
}

/// A word of running text that is a web address, as an autolink: the
/// address itself, with a bracket before it or a bracket and punctuation
/// after it ("(https://x.org).") kept outside the link.
fn linkable_word(word: &str) -> Option<String> {
    let before = if word.starts_with('(') { "(" } else { "" };
    let core = word[before.len()..].trim_end_matches(['.', ',', ';', ':', ')', '?']);
    let link = autolink(core)?;
    let after = &word[before.len() + core.len()..];
    Some(format!("{before}{link}{after}"))
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
    use super::{html, markdown, markdown_linking};

    #[test]
    fn markdown_markup_is_escaped_and_lines_joined() {
        assert_eq!(
            markdown("<script>alert(1)</script> & *x*\nnext"),
            "\\<script\\>alert(1)\\</script\\> \\& \\*x\\* next"
        );
        assert_eq!(markdown("- a"), "\\- a");
        assert_eq!(markdown("2024. A year"), "2024\\. A year");
        assert_eq!(markdown("2024 was"), "2024 was");
        // The group report's cells: GitHub tables, quotes, bare links.
        assert_eq!(markdown("a|b"), "a\\|b");
        assert_eq!(markdown("**x**"), "\\*\\*x\\*\\*");
        assert_eq!(markdown("1. item"), "1\\. item");
        assert_eq!(markdown("> quote"), "\\> quote");
        assert_eq!(markdown("http://x"), "http\\://x");
        assert_eq!(markdown("www.x"), "www\\.x");
        assert_eq!(markdown("Hi! ![x](y)"), "Hi\\! \\!\\[x\\](y)");
        assert_eq!(markdown("2026-11-25 14:10"), "2026-11-25 14:10");
    }

    #[test]
    fn content_web_addresses_stay_links() {
        assert_eq!(
            markdown_linking("Read https://www.bls.gov/ooh/ (BLS)"),
            "Read <https://www.bls.gov/ooh/> (BLS)"
        );
        assert_eq!(
            markdown_linking("see https://x.org."),
            "see <https://x.org>."
        );
        assert_eq!(
            markdown_linking("at My Next Move (https://x.org/ip)."),
            "at My Next Move (<https://x.org/ip>)."
        );
        assert_eq!(
            markdown_linking("https://x.org/<b>"),
            "https\\://x.org/\\<b\\>"
        );
        assert_eq!(markdown("see https://x.org"), "see https\\://x.org");
    }

    #[test]
    fn the_five_html_characters_are_escaped() {
        assert_eq!(
            html(r#"<a href="x">Tom & Jerry's</a>"#),
            "&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&#39;s&lt;/a&gt;"
        );
    }
}
