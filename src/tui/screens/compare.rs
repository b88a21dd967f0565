//! All roles side by side: education, certifications, pay and outlook.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};

use crate::content::{CertificationStatus, Role};
use crate::summary::thousands;
use crate::tui::app::App;
use crate::tui::widgets::{frame_areas, key_bar, scrolled, top_bar, wrap};

/// The first sentence of a text (two when the first is very short): enough
/// for a side-by-side cell.
fn first_sentence(text: &str) -> String {
    let mut end = 0;
    for (i, _) in text.match_indices(". ") {
        end = i + 1;
        if end >= 40 {
            break;
        }
    }
    if end == 0 || end < 40 && !text[end..].contains(". ") {
        if text.len() < 200 || end == 0 {
            return text.to_string();
        }
    }
    text[..end].to_string()
}

fn education(role: &Role) -> String {
    role.facts
        .education
        .as_deref()
        .map(first_sentence)
        .unwrap_or_else(|| "Not given".into())
}

fn certifications(role: &Role) -> String {
    let current: Vec<&str> = role
        .facts
        .certifications
        .iter()
        .filter(|c| c.status == CertificationStatus::Active)
        .map(|c| c.name.as_str())
        .collect();
    if current.is_empty() {
        "Not given".into()
    } else {
        current.join("; ")
    }
}

fn pay(role: &Role) -> String {
    match &role.facts.salary {
        Some(s) if s.low == s.high => format!("${} ({})", thousands(s.low), s.as_of),
        Some(s) => format!(
            "${} to ${} ({})",
            thousands(s.low),
            thousands(s.high),
            s.as_of
        ),
        None => "Not given".into(),
    }
}

fn outlook(role: &Role) -> String {
    role.facts
        .outlook
        .as_ref()
        .map(|o| first_sentence(&o.summary))
        .unwrap_or_else(|| "Not given".into())
}

/// At this width and above, each role gets its own column.
const SIDE_BY_SIDE: u16 = 120;

pub fn draw(app: &App, frame: &mut Frame, area: Rect) {
    let theme = &app.theme;
    let (top, body, keys) = frame_areas(area);
    top_bar(
        frame,
        top,
        theme,
        "Compare the roles",
        "pay and outlook: see each role for sources",
    );
    let inner = Rect::new(
        body.x + 1,
        body.y + 1,
        body.width.saturating_sub(2),
        body.height.saturating_sub(1),
    );

    // Roles in the order of the results when there are results.
    let mut roles: Vec<&Role> = app.content.roles.iter().collect();
    if let Some(outcome) = &app.outcome {
        roles.sort_by_key(|r| outcome.ranking.iter().position(|f| f.role == r.id));
    }
    let rows: [(&str, fn(&Role) -> String); 4] = [
        ("Education", education),
        ("Certifications", certifications),
        ("Pay a year", pay),
        ("Outlook", outlook),
    ];
    let mut lines = Vec::new();
    if inner.width >= SIDE_BY_SIDE {
        // One column per role, one row per fact.
        let label_width = 16usize;
        let n = roles.len().max(1);
        let cell = ((inner.width as usize).saturating_sub(label_width) / n)
            .saturating_sub(2)
            .max(8);
        let header: Vec<Vec<String>> = roles.iter().map(|r| wrap(&r.title, cell)).collect();
        push_row(
            &mut lines,
            "",
            &header,
            cell,
            label_width,
            Some(theme.title()),
            None,
        );
        for (label, fact) in rows {
            lines.push(Line::styled("─".repeat(inner.width as usize), theme.dim()));
            let cells: Vec<Vec<String>> = roles.iter().map(|r| wrap(&fact(r), cell)).collect();
            push_row(
                &mut lines,
                label,
                &cells,
                cell,
                label_width,
                None,
                Some(theme.question()),
            );
        }
    } else {
        // Too narrow for columns: one fact at a time, each role on its line.
        let title_width = roles
            .iter()
            .map(|r| r.title.chars().count())
            .max()
            .unwrap_or(0)
            + 2;
        let text_width = (inner.width as usize)
            .saturating_sub(title_width + 2)
            .max(10);
        for (i, (label, fact)) in rows.into_iter().enumerate() {
            if i > 0 {
                lines.push(Line::raw(""));
            }
            lines.push(Line::styled(label, theme.title()));
            for role in &roles {
                for (j, text) in wrap(&fact(role), text_width).into_iter().enumerate() {
                    let name = if j == 0 { role.title.as_str() } else { "" };
                    lines.push(Line::from(vec![
                        Span::styled(format!("  {name:<title_width$}"), theme.question()),
                        Span::raw(text),
                    ]));
                }
            }
        }
    }
    lines.push(Line::raw(""));
    lines.push(Line::styled(
        "Open a role from the results for the full text, certifications' issuers and sources.",
        theme.dim(),
    ));
    frame.render_widget(scrolled(lines, inner, app.compare_scroll), inner);
    key_bar(
        frame,
        keys,
        theme,
        &[
            ("↑↓", "scroll"),
            ("Esc", "back"),
            ("?", "keys"),
            ("q", "quit"),
        ],
    );
}

fn push_row<'a>(
    lines: &mut Vec<Line<'a>>,
    label: &str,
    cells: &[Vec<String>],
    cell: usize,
    label_width: usize,
    cell_style: Option<ratatui::style::Style>,
    label_style: Option<ratatui::style::Style>,
) {
    let height = cells.iter().map(Vec::len).max().unwrap_or(1);
    for row in 0..height {
        let label_text = if row == 0 { label } else { "" };
        let mut spans = vec![Span::styled(
            format!("{label_text:<label_width$}"),
            label_style.unwrap_or_default(),
        )];
        for column in cells {
            let text = column.get(row).map(String::as_str).unwrap_or("");
            spans.push(Span::styled(
                format!("{text:<cell$}  "),
                cell_style.unwrap_or_default(),
            ));
        }
        lines.push(Line::from(spans));
    }
}
