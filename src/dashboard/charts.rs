//! The group's picture: the best-fit roles as a bar chart (count and share
//! of the group; a bar is the role's share of all participants, so 2 of 6
//! fills a third of it), the average interest
//! profile as bars from 0 to 100, side by side with bars of equal length,
//! and the close calls, flat profiles, incomplete quizzes and low
//! interest results counted.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use super::state::Dashboard;
use crate::tui::widgets::bar;
use crate::workshop::group::export::{cell, width};
use crate::workshop::group::{QuizGroup, percent};

/// Columns between the two charts.
const GAP: u16 = 3;
/// " 62" after an interest's bar.
const PROFILE_VALUE: usize = 4;

pub fn draw(d: &Dashboard, q: &QuizGroup, frame: &mut Frame, area: Rect) {
    let theme = &d.theme;
    let dash_words = &d.words;
    let total = q.participants.len();
    let mut rows = area.height.saturating_sub(1) as usize;
    let wanted = q.roles.len().max(q.profile.len());
    // Spaced out when the layout gave room for a blank line between bars.
    let spaced = wanted > 1 && rows >= 2 * wanted - 1;
    if spaced {
        rows = wanted;
    }
    let naming = q.naming(dash_words);
    let titles = q.role_titles(&naming);
    let names = q.area_names(&naming);
    let widest = |texts: &[String]| texts.iter().map(|t| width(t)).max().unwrap_or(0);
    let most = q.roles.iter().map(|r| r.count).max().unwrap_or(0).max(1);
    // " count    %" after a role's bar: wide enough for the largest count.
    let count_w = most.to_string().len().max(5);
    let role_value = 1 + count_w + 1 + 4;

    // Equal bars on both sides, from what is left after the words.
    let avail = area.width.saturating_sub(GAP) as usize;
    let (mut title_w, mut name_w) = (widest(&titles).min(30), widest(&names).min(30));
    let words = title_w + 1 + role_value + name_w + 1 + PROFILE_VALUE;
    let bar_w = if avail >= words + 8 {
        (avail - words) / 2
    } else {
        // Narrow: four-cell bars, and the words cut to fit.
        let side = avail / 2;
        title_w = title_w.min(side.saturating_sub(1 + role_value + 4));
        name_w = name_w.min(side.saturating_sub(1 + PROFILE_VALUE + 4));
        4
    };
    let left_w = (title_w + 1 + bar_w + role_value) as u16;
    let right_w = (name_w + 1 + bar_w + PROFILE_VALUE) as u16;
    let left = Rect::new(area.x, area.y, left_w.min(area.width), area.height);
    let right = Rect::new(
        (area.x + left_w + GAP).min(area.right()),
        area.y,
        right_w.min(area.width.saturating_sub(left_w + GAP)),
        area.height,
    );

    let mut lines = vec![Line::from(vec![
        Span::styled(
            cell(dash_words.word("dash-best-fit"), title_w + 1 + bar_w),
            theme.title(),
        ),
        Span::styled(
            format!(" {:>count_w$} {:>4}", dash_words.word("dash-count"), "%"),
            theme.dim(),
        ),
    ])];
    for (i, (role, title)) in q.roles.iter().zip(&titles).enumerate().take(rows) {
        if i + 1 == rows && q.roles.len() > rows {
            lines.push(Line::styled(
                dash_words.args("dash-more-roles", &[("n", (q.roles.len() - i).into())]),
                theme.dim(),
            ));
            break;
        }
        // The share of everyone, not of the most common role: 2 of 6
        // people must not look like all of them.
        let (filled, empty) = bar(role.share(total), bar_w);
        let style = if i == 0 && role.count > 0 {
            theme.good()
        } else {
            ratatui::style::Style::new()
        };
        lines.push(Line::from(vec![
            Span::styled(cell(title, title_w), style),
            Span::raw(" "),
            Span::styled(filled, theme.bar()),
            Span::styled(empty, theme.dim()),
            Span::raw(format!(
                " {:>count_w$} {:>4}",
                role.count,
                percent(role.share(total))
            )),
        ]));
    }
    frame.render_widget(Paragraph::new(space(lines, spaced)), left);

    let mut lines = vec![Line::styled(
        cell(dash_words.word("dash-average"), right_w as usize),
        theme.title(),
    )];
    for (i, (dim, name)) in q.profile.iter().zip(&names).enumerate().take(rows) {
        if i + 1 == rows && q.profile.len() > rows {
            lines.push(Line::styled(
                dash_words.args("dash-more-areas", &[("n", (q.profile.len() - i).into())]),
                theme.dim(),
            ));
            break;
        }
        let (filled, empty, value) = match dim.mean {
            Some(mean) => {
                let (f, e) = bar(mean, bar_w);
                (f, e, format!("{mean:>4.0}"))
            }
            None => (String::new(), " ".repeat(bar_w), "   -".to_string()),
        };
        lines.push(Line::from(vec![
            Span::raw(cell(name, name_w)),
            Span::raw(" "),
            Span::styled(filled, theme.bar()),
            Span::styled(empty, theme.dim()),
            Span::raw(value),
        ]));
    }
    frame.render_widget(Paragraph::new(space(lines, spaced)), right);
}

/// The title, then the bars with a blank line between them when `spaced`.
fn space(lines: Vec<Line<'static>>, spaced: bool) -> Vec<Line<'static>> {
    if !spaced {
        return lines;
    }
    let mut out = Vec::with_capacity(lines.len() * 2);
    for (i, line) in lines.into_iter().enumerate() {
        if i > 1 {
            out.push(Line::raw(""));
        }
        out.push(line);
    }
    out
}

/// "Close calls 3 · Flat profiles 1 · Incomplete 2 · Low interest 0", the
/// numbers bold.
pub fn counts(d: &Dashboard, q: &QuizGroup) -> Line<'static> {
    let theme = &d.theme;
    let mut spans = Vec::new();
    for (i, (what, n)) in q.flag_counts_in(&d.words).into_iter().enumerate() {
        if i > 0 {
            spans.push(Span::styled(" · ", theme.dim()));
        }
        spans.push(Span::raw(format!("{what} ")));
        let style = if n > 0 {
            theme.warn()
        } else {
            theme.question()
        };
        spans.push(Span::styled(n.to_string(), style));
    }
    Line::from(spans)
}
