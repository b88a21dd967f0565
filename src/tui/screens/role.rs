//! A role in detail, in tabs: overview and work environment, duties,
//! skills, certifications (a retired one says so), education, pay and
//! outlook with their sources and dates, the career path as steps, sources.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use crate::content::Role;
use crate::report::role::{Body, Part, RoleDoc, Section};
use crate::text;
use crate::tui::app::{App, ROLE_TABS};
use crate::tui::keys::bindings;
use crate::tui::theme::Theme;
use crate::tui::widgets::{
    self, bindings_bar, column, frame_areas, hanging, render_scrolled, top_bar, wrap,
};
use ratatui::style::Style;

/// Short names for the tab bar, in the order of `ROLE_TABS`.
const SHORT_TABS: [&str; 8] = [
    "Overview",
    "Duties",
    "Skills",
    "Certs",
    "Education",
    "Pay",
    "Path",
    "Sources",
];

/// The tab bar, the section's heading and its text.
fn areas(body: Rect) -> [Rect; 3] {
    Layout::vertical([
        Constraint::Length(1),
        Constraint::Length(2),
        Constraint::Min(1),
    ])
    .areas(column(body))
}

/// The rows of a section's text in view at once (a page).
pub fn page(area: Rect) -> u16 {
    let (_, body, _) = frame_areas(area);
    let [_, _, text_area] = areas(body);
    text_area.height.saturating_sub(1).max(1)
}

/// How far the open section can scroll on a terminal of this size.
pub fn max_scroll(app: &App, area: Rect) -> u16 {
    let Some(view) = app.role_view else { return 0 };
    let (_, body, _) = frame_areas(area);
    let [_, _, text_area] = areas(body);
    let lines = section(
        &app.theme,
        &app.content.roles[view.role],
        view.tab,
        text_area.width,
    );
    widgets::max_scroll(&lines, text_area)
}

pub fn draw(app: &App, frame: &mut Frame, area: Rect) {
    let theme = &app.theme;
    let Some(view) = app.role_view else { return };
    let role = &app.content.roles[view.role];
    let (top, body, keys) = frame_areas(area);
    let fit = app.outcome.as_ref().and_then(|o| {
        o.ranking
            .iter()
            .position(|f| f.role == role.id)
            .map(|i| (i, o.ranking[i].fit))
    });
    let right = match fit {
        Some((rank, fit)) => format!(
            "#{} of {}, {fit:.0}% fit",
            rank + 1,
            app.content.roles.len()
        ),
        None => String::new(),
    };
    top_bar(frame, top, theme, &role.title, &right);

    let [tabs_area, heading_area, text_area] = areas(body);
    frame.render_widget(
        Paragraph::new(tab_bar(theme, view.tab, tabs_area.width)),
        tabs_area,
    );
    frame.render_widget(
        Paragraph::new(Line::styled(ROLE_TABS[view.tab], theme.title())),
        heading_area,
    );
    let lines = section(theme, role, view.tab, text_area.width);
    render_scrolled(frame, theme, lines, text_area, view.scroll);

    bindings_bar(frame, keys, theme, &bindings(app));
}

/// The sections as tabs, numbered when there is room for the numbers.
/// When they do not all fit, the bar shows the tabs around the selected
/// one, with ‹ or › where more are hidden, so the selected tab always shows.
fn tab_bar<'a>(theme: &Theme, selected: usize, width: u16) -> Line<'a> {
    let numbered_width: usize = SHORT_TABS.iter().map(|n| n.chars().count() + 5).sum();
    let numbered = numbered_width <= width as usize;
    let labels: Vec<String> = SHORT_TABS
        .iter()
        .enumerate()
        .map(|(i, name)| {
            let mark = if i == selected { "▶" } else { " " };
            if numbered {
                format!("{mark}{} {name}  ", i + 1)
            } else {
                format!("{mark}{name}  ")
            }
        })
        .collect();
    let cost = |range: std::ops::Range<usize>| -> usize {
        let arrows = usize::from(range.start > 0) + usize::from(range.end < labels.len());
        labels[range].iter().map(|l| text::width(l)).sum::<usize>() + 2 * arrows
    };
    let (mut first, mut last) = (selected, selected + 1);
    loop {
        if last < labels.len() && cost(first..last + 1) <= width as usize {
            last += 1;
        } else if first > 0 && cost(first - 1..last) <= width as usize {
            first -= 1;
        } else {
            break;
        }
    }
    let mut spans = Vec::new();
    if first > 0 {
        spans.push(Span::styled("‹ ", theme.key()));
    }
    for (i, label) in labels.into_iter().enumerate().take(last).skip(first) {
        let style = if i == selected {
            theme.selected()
        } else {
            theme.dim()
        };
        let label = label.trim_end().to_string();
        spans.push(Span::styled(label, style));
        spans.push(Span::raw("  "));
    }
    if last < SHORT_TABS.len() {
        spans.push(Span::styled("›", theme.key()));
    }
    Line::from(spans)
}

/// The role document's parts in each tab, in the order of `ROLE_TABS`:
/// the same parts in the same order as every other output, grouped.
const TAB_PARTS: [&[Part]; 8] = [
    &[Part::Work, Part::Occupations],
    &[Part::Duties],
    &[Part::Skills],
    &[Part::Certifications],
    &[Part::Entry, Part::Education],
    &[Part::Pay, Part::Outlook],
    &[Part::CareerPath],
    &[Part::Sources],
];

/// A tab's text: the role document's sections for that tab, each under
/// its heading unless the tab's own heading already says it.
fn section<'a>(theme: &Theme, role: &Role, tab: usize, width: u16) -> Vec<Line<'a>> {
    let parts = TAB_PARTS.get(tab).copied().unwrap_or_default();
    let doc = RoleDoc::only(role, |part| parts.contains(&part));
    let mut lines: Vec<Line<'a>> = Vec::new();
    if tab == 0 {
        lines.push(Line::raw(doc.summary.clone()));
    }
    for part in parts {
        let Some(section) = doc.section(*part) else {
            continue;
        };
        if !lines.is_empty() {
            lines.push(Line::raw(""));
        }
        if section.heading() != ROLE_TABS[tab] && parts.len() > 1 {
            lines.push(Line::styled(section.heading(), theme.question()));
        }
        body(&mut lines, theme, section, width);
    }
    if lines.is_empty() {
        lines.push(Line::styled("Not given for this role.", theme.dim()));
    }
    lines
}

/// One section's body laid out for the terminal.
fn body<'a>(lines: &mut Vec<Line<'a>>, theme: &Theme, section: &Section, width: u16) {
    let source = |lines: &mut Vec<Line<'a>>, from: &Option<String>| {
        if let Some(from) = from {
            lines.extend(hanging(
                &format!("Source: {from}"),
                width,
                "  ",
                theme.dim(),
            ));
        }
    };
    match &section.body {
        Body::Paragraph(text) => lines.push(Line::raw(text.clone())),
        Body::List(items) => {
            // The occupations' pages are links to follow, not facts.
            let style = if section.part == Part::Occupations {
                theme.dim()
            } else {
                Style::new()
            };
            for item in items {
                lines.extend(hanging(item, width, "• ", style));
            }
        }
        Body::Sourced(runs) => {
            for run in runs {
                for text in &run.lines {
                    lines.extend(hanging(text, width, "• ", Style::new()));
                }
                source(lines, &run.source);
            }
        }
        Body::Certifications { active, retired } => {
            if !retired.is_empty() {
                // Said first, so no one plans for one that is gone.
                let count = retired.len();
                let text = format!(
                    "{} current. {count} {} RETIRED and no longer offered: listed last, so you know to skip {}.",
                    active.len(),
                    if count == 1 { "is" } else { "are" },
                    if count == 1 { "it" } else { "them" }
                );
                lines.extend(hanging(&text, width, "", theme.warn()));
                lines.push(Line::raw(""));
            }
            for (cert, is_retired) in active
                .iter()
                .map(|c| (c, false))
                .chain(retired.iter().map(|c| (c, true)))
            {
                lines.extend(hanging(&cert.name, width, "", theme.question()));
                lines.extend(hanging(
                    &format!("by {}", cert.issuer),
                    width,
                    "  ",
                    Style::new(),
                ));
                if is_retired {
                    lines.push(Line::styled("  RETIRED: no longer offered", theme.warn()));
                }
                if let Some(note) = &cert.note {
                    lines.extend(hanging(note, width, "  ", Style::new()));
                }
                source(lines, &cert.source);
                lines.push(Line::raw(""));
            }
        }
        Body::Steps(steps) => lines.extend(career_steps(theme, steps, width)),
        Body::Links(links) => {
            for link in links {
                lines.extend(hanging(&link.title, width, "• ", Style::new()));
                if let Some(url) = &link.url {
                    // A link starts its own line and is cut only at the
                    // edge, each piece under the last, so it reads whole.
                    let url = text::one_line(url);
                    let pieces = text::wrap(&url, (width as usize).saturating_sub(2));
                    lines.extend(
                        pieces
                            .into_iter()
                            .map(|piece| Line::styled(format!("  {piece}"), theme.dim())),
                    );
                }
            }
        }
    }
}

/// The career path drawn as boxed steps joined by arrows.
fn career_steps<'a>(theme: &Theme, steps: &[String], width: u16) -> Vec<Line<'a>> {
    let inner = steps
        .iter()
        .map(|s| text::width(s))
        .max()
        .unwrap_or(0)
        .min((width as usize).saturating_sub(6).max(1));
    let mut lines = Vec::new();
    for (i, step) in steps.iter().enumerate() {
        let style = if i == 0 {
            theme.good()
        } else {
            theme.question()
        };
        lines.push(Line::raw(format!("┌{}┐", "─".repeat(inner + 2))));
        // A step too long for the box wraps inside it.
        for (row, piece) in wrap(step, inner).into_iter().enumerate() {
            let note = if i == 0 && row == 0 {
                "  ← you start here"
            } else {
                ""
            };
            lines.push(Line::from(vec![
                Span::raw("│ "),
                Span::styled(text::pad(&piece, inner), style),
                Span::raw(" │"),
                Span::styled(note, theme.dim()),
            ]));
        }
        lines.push(Line::raw(format!("└{}┘", "─".repeat(inner + 2))));
        if i + 1 < steps.len() {
            lines.push(Line::raw(format!("{}▼", " ".repeat(inner / 2 + 1))));
        }
    }
    lines
}
