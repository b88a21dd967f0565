//! Small drawing pieces shared by the screens: the top bar, the key hints,
//! bars, wrapping and a centred column.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Clear, Paragraph, Wrap};

use super::keys::Binding;
use super::theme::Theme;
use crate::lang::Words;

/// The widest the reading column grows on a large terminal.
pub const MAX_COLUMN: u16 = 96;

/// Splits the screen into the top bar, the body and the key hints.
pub fn frame_areas(area: Rect) -> (Rect, Rect, Rect) {
    let [top, body, keys] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Min(1),
        Constraint::Length(1),
    ])
    .areas(area);
    (top, body, keys)
}

/// A body column no wider than `MAX_COLUMN`, centred, with a margin.
pub fn column(body: Rect) -> Rect {
    let width = body.width.saturating_sub(4).min(MAX_COLUMN);
    let x = body.x + (body.width - width) / 2;
    Rect::new(x, body.y + 1, width, body.height.saturating_sub(1))
}

/// A workshop screen's title for the top bar: "Workshop: <session>", the
/// session's name made safe for the terminal.
pub fn workshop_title(words: &crate::lang::Words, session: &str) -> String {
    words.args(
        "top-workshop",
        &[(
            "session",
            crate::workshop::label::for_terminal(session).into(),
        )],
    )
}

/// The top bar: the screen's name on the left, context on the right.
pub fn top_bar(frame: &mut Frame, area: Rect, theme: &Theme, left: &str, right: &str) {
    // The right side (a counter, "0 done") is always whole; the left
    // (a title, a session name) is cut to what is left, by display width.
    let room = (area.width as usize).saturating_sub(crate::text::width(right) + 4);
    let left = crate::text::truncate(left, room);
    let used = crate::text::width(&left) + crate::text::width(right) + 3;
    let gap = (area.width as usize).saturating_sub(used);
    let line = Line::from(vec![
        Span::styled(format!(" {left}"), theme.title()),
        Span::raw(" ".repeat(gap)),
        Span::styled(format!("{right} "), theme.dim()),
    ]);
    frame.render_widget(Paragraph::new(line), area);
}

/// The key hints at the bottom: pairs of (key, what it does). When they
/// do not all fit, the ones just before the last two go first, so the
/// first (the main key), `?` (all the keys) and the way out always show.
pub fn key_bar(frame: &mut Frame, area: Rect, theme: &Theme, keys: &[(&str, &str)]) {
    let item = |(key, what): &(&str, &str)| crate::text::width(key) + crate::text::width(what) + 3;
    let mut shown: Vec<&(&str, &str)> = keys.iter().collect();
    while 1 + shown.iter().map(|k| item(k)).sum::<usize>() > area.width as usize + 2 {
        if shown.len() > 3 {
            shown.remove(shown.len() - 3);
        } else {
            shown.pop();
        }
    }
    let mut spans = vec![Span::raw(" ")];
    for (key, what) in shown {
        spans.push(Span::styled(key.to_string(), theme.key()));
        spans.push(Span::raw(format!(" {what}  ")));
    }
    frame.render_widget(Paragraph::new(Line::from(spans)), area);
}

/// The key bar of the screen on view, from the same table as its help.
pub fn bindings_bar(frame: &mut Frame, area: Rect, theme: &Theme, bindings: &[Binding]) {
    let shorts: Vec<(String, &str)> = bindings
        .iter()
        .filter_map(|b| b.bar.map(|bar| (b.keys.short(), bar)))
        .collect();
    let pairs: Vec<(&str, &str)> = shorts.iter().map(|(k, w)| (k.as_str(), *w)).collect();
    key_bar(frame, area, theme, &pairs);
}

/// A horizontal bar for a value 0..100, `width` cells wide, in eighths.
pub fn bar(value: f64, width: usize) -> (String, String) {
    const PARTS: [&str; 8] = ["", "▏", "▎", "▍", "▌", "▋", "▊", "▉"];
    let eighths = ((value.clamp(0.0, 100.0) / 100.0) * (width * 8) as f64).round() as usize;
    let full = eighths / 8;
    let part = PARTS[eighths % 8];
    let filled = format!("{}{part}", "█".repeat(full));
    let used = full + usize::from(!part.is_empty());
    (filled, "░".repeat(width.saturating_sub(used)))
}

pub use crate::text::wrap;

/// Text wrapped to `width` with a hanging indent: `first` before the first
/// line (e.g. "• "), and as many spaces before the rest.
pub fn hanging<'a>(text: &str, width: u16, first: &str, style: Style) -> Vec<Line<'a>> {
    let indent = crate::text::width(first);
    wrap(text, (width as usize).saturating_sub(indent))
        .into_iter()
        .enumerate()
        .map(|(i, line)| {
            let lead = if i == 0 {
                first.to_string()
            } else {
                " ".repeat(indent)
            };
            Line::styled(format!("{lead}{line}"), style)
        })
        .collect()
}

/// A box in the middle of `area`, cleared, for a pop-up.
pub fn popup(frame: &mut Frame, area: Rect, width: u16, height: u16) -> Rect {
    let width = width.min(area.width);
    let height = height.min(area.height);
    let rect = Rect::new(
        area.x + (area.width - width) / 2,
        area.y + (area.height - height) / 2,
        width,
        height,
    );
    frame.render_widget(Clear, rect);
    rect
}

/// How far `lines` can scroll in `area`: 0 when they fit.
pub fn max_scroll(lines: &[Line<'_>], area: Rect) -> u16 {
    scroll_room(rows(lines, area.width), area.height)
}

/// Do the lines all fit the width as they are (no wrapping needed)?
fn fit(lines: &[Line<'_>], width: u16) -> bool {
    lines.iter().all(|l| l.width() <= width as usize)
}

/// How many rows `lines` take at `width`, wrapped. Lines that already fit
/// are counted, not wrapped: a long list (thousands of roles) costs only
/// what it holds.
fn rows(lines: &[Line<'_>], width: u16) -> u16 {
    let total = if fit(lines, width) {
        lines.len()
    } else {
        Paragraph::new(lines.to_vec())
            .wrap(Wrap { trim: false })
            .line_count(width)
    };
    total.min(u16::MAX as usize) as u16
}

/// How far text of `total` lines scrolls in `height` rows. When it does not
/// fit, the last row is kept for the "more" line, so it never covers text.
fn scroll_room(total: u16, height: u16) -> u16 {
    if total <= height {
        0
    } else {
        total - height.saturating_sub(1).max(1)
    }
}

/// How far `rows` lines that each fit the width can scroll in `area`.
pub fn max_scroll_rows(rows: usize, area: Rect) -> u16 {
    scroll_room(rows.min(u16::MAX as usize) as u16, area.height)
}

/// Like [`render_scrolled`] for lines that each fit the width already:
/// only the rows in view are touched, however many there are.
pub fn render_rows(
    frame: &mut Frame,
    theme: &Theme,
    words: &Words,
    lines: &[Line<'_>],
    area: Rect,
    scroll: u16,
) {
    let max = max_scroll_rows(lines.len(), area);
    let start = usize::from(scroll.min(max));
    let end = (start + usize::from(area.height)).min(lines.len());
    render_scrolled(frame, theme, words, lines[start..end].to_vec(), area, 0);
    if max > 0 && area.height >= 2 {
        more_sign(
            frame,
            theme,
            words,
            area,
            start > 0,
            start < usize::from(max),
        );
    }
}

/// Draws wrapped lines scrolled down by `scroll` (kept in range). When they
/// do not fit, the last row says which way there is more, in its own row.
pub fn render_scrolled(
    frame: &mut Frame,
    theme: &Theme,
    words: &Words,
    lines: Vec<Line<'_>>,
    area: Rect,
    scroll: u16,
) {
    let total = rows(&lines, area.width);
    let max = scroll_room(total, area.height);
    let scroll = scroll.min(max);
    let paragraph = if fit(&lines, area.width) {
        // Only the rows in view are handed to the terminal.
        let start = usize::from(scroll).min(lines.len());
        let end = (start + usize::from(area.height)).min(lines.len());
        Paragraph::new(lines[start..end].to_vec())
    } else {
        Paragraph::new(lines)
            .wrap(Wrap { trim: false })
            .scroll((scroll, 0))
    };
    if max == 0 || area.height < 2 {
        frame.render_widget(paragraph, area);
        return;
    }
    let text = Rect::new(area.x, area.y, area.width, area.height - 1);
    frame.render_widget(paragraph, text);
    more_sign(frame, theme, words, area, scroll > 0, scroll < max);
}

/// The last row of `area`: which way there is more to read.
fn more_sign(
    frame: &mut Frame,
    theme: &Theme,
    words: &Words,
    area: Rect,
    above: bool,
    below: bool,
) {
    let sign = match (above, below) {
        (true, true) => words.get("more-both"),
        (false, true) => words.get("more-below"),
        _ => words.get("more-top"),
    };
    let at = Rect::new(area.x, area.y + area.height - 1, area.width, 1);
    frame.render_widget(Clear, at);
    frame.render_widget(
        Paragraph::new(Span::styled(sign, theme.key()))
            .alignment(ratatui::layout::Alignment::Right),
        at,
    );
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bars_fill_in_eighths() {
        assert_eq!(bar(0.0, 4), (String::new(), "░░░░".to_string()));
        assert_eq!(bar(100.0, 4), ("████".to_string(), String::new()));
        assert_eq!(bar(50.0, 4), ("██".to_string(), "░░".to_string()));
        assert_eq!(bar(12.5, 1).0, "▏");
    }

    #[test]
    fn wrapping_keeps_words_whole() {
        assert_eq!(wrap("one two three", 7), vec!["one two", "three"]);
        assert_eq!(wrap("a\nb", 10), vec!["a", "b"]);
    }
}
