//! The participants table: one row per participant in the order they
//! finished (time, session on a wide terminal, name or "Participant N",
//! best fit with its fit, flags), scrolled by the state, with where the
//! view is ("12-22 of 30") and which way there is more.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use super::state::Dashboard;
use crate::workshop::group::export::{cell, width};
use crate::workshop::group::{Participant, QuizGroup};

/// From this width on, the table shows the date and the session.
const WIDE: u16 = 110;
const GAP: &str = "  ";

/// How many participants' rows fit in the table's area (less its title
/// and header).
pub fn rows_shown(area: Rect) -> usize {
    area.height.saturating_sub(2) as usize
}

/// The time as shown: the date too on a wide terminal.
fn time(p: &Participant, wide: bool) -> String {
    let short = p.time_short();
    match short.split_once(' ') {
        Some((_, clock)) if !wide => clock.to_string(),
        _ => short,
    }
}

pub fn draw(d: &Dashboard, q: &QuizGroup, frame: &mut Frame, area: Rect) {
    let theme = &d.theme;
    let words = &d.words;
    let wide = area.width >= WIDE;
    let shown = rows_shown(area);
    let total = q.participants.len();
    let first = d.scroll.min(total.saturating_sub(shown));
    let view = &q.participants[first..(first + shown).min(total)];
    let naming = q.naming(words);

    let rows: Vec<[String; 4]> = view
        .iter()
        .map(|p| {
            [
                time(p, wide),
                if wide { p.session() } else { String::new() },
                p.label_in(words, d.hide_names),
                p.best_text_in(words, &naming),
            ]
        })
        .collect();
    // Fixed column widths, so nothing moves as the table scrolls or grows.
    let time_w = if wide { 16 } else { 5 };
    let session_w = if wide { 20 } else { 0 };
    let name_w = if wide { 28 } else { 18 };
    let best_w = if wide { 34 } else { 26 };
    let used = time_w + session_w + name_w + best_w + GAP.len() * (3 + usize::from(wide));
    let flags_w = (area.width as usize).saturating_sub(used);

    let mut lines = Vec::with_capacity(shown + 2);
    let place = if total > shown {
        let more = match (first > 0, first + shown < total) {
            (true, true) => " ↑↓",
            (true, false) => " ↑",
            (false, true) => " ↓",
            (false, false) => "",
        };
        let rows = words.args(
            "dash-rows-of",
            &[
                ("from", (first + 1).into()),
                ("to", (first + shown).min(total).into()),
                ("total", total.into()),
            ],
        );
        format!("{rows}{more}")
    } else {
        String::new()
    };
    let title = words.get("dash-participants-title");
    let gap = (area.width as usize).saturating_sub(width(&title) + width(&place));
    lines.push(Line::from(vec![
        Span::styled(title, theme.title()),
        Span::raw(" ".repeat(gap)),
        Span::styled(place, theme.key()),
    ]));

    let mut header = vec![cell(words.word("dash-time"), time_w), GAP.to_string()];
    if wide {
        header.extend([cell(words.word("dash-session"), session_w), GAP.to_string()]);
    }
    header.extend([
        cell(words.word("dash-name"), name_w),
        GAP.to_string(),
        cell(words.word("dash-best-fit"), best_w),
        GAP.to_string(),
        cell(words.word("dash-flags"), flags_w),
    ]);
    lines.push(Line::styled(header.concat(), theme.question()));

    for (p, row) in view.iter().zip(&rows) {
        let mut spans = vec![
            Span::styled(cell(&row[0], time_w), theme.dim()),
            Span::raw(GAP),
        ];
        if wide {
            spans.extend([Span::raw(cell(&row[1], session_w)), Span::raw(GAP)]);
        }
        let flags = p.flags_in(words).join(", ");
        spans.extend([
            Span::raw(cell(&row[2], name_w)),
            Span::raw(GAP),
            Span::raw(cell(&row[3], best_w)),
            Span::raw(GAP),
            Span::styled(cell(&flags, flags_w), theme.warn()),
        ]);
        lines.push(Line::from(spans));
    }
    frame.render_widget(Paragraph::new(lines), area);
}
