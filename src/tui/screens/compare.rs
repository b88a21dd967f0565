//! All roles side by side: education, certifications, pay and outlook.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};

use crate::content::{CertificationStatus, Role};
use crate::summary::thousands;
use crate::tui::app::App;
use crate::tui::widgets::{frame_areas, key_bar, scrolled, top_bar, wrap};

/// The first sentence of a text: enough for a side-by-side cell.
fn first_sentence(text: &str) -> String {
    match text.find(". ") {
        Some(end) => text[..=end].to_string(),
        None => text.to_string(),
    }
}

fn education(role: &Role) -> String {
    role.facts.education.as_deref().map(first_sentence).unwrap_or_else(|| "Not given".into())
}

fn certifications(role: &Role) -> String {
    let current: Vec<&str> = role
        .facts
        .certifications
        .iter()
        .filter(|c| c.status == CertificationStatus::Active)
        .map(|c| c.name.as_str())
        .collect();
    if current.is_empty() { "Not given".into() } else { current.join("; ") }
}

fn pay(role: &Role) -> String {
    match &role.facts.salary {
        Some(s) if s.low == s.high => format!("${} ({})", thousands(s.low), s.as_of),
        Some(s) => format!("${} to ${} ({})", thousands(s.low), thousands(s.high), s.as_of),
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

pub fn draw(app: &App, frame: &mut Frame, area: Rect) {
    let theme = &app.theme;
    let (top, body, keys) = frame_areas(area);
    top_bar(frame, top, theme, "Compare the roles", "pay and outlook: see each role for sources");
    let inner = Rect::new(body.x + 1, body.y + 1, body.width.saturating_sub(2), body.height.saturating_sub(1));

    // Roles in the order of the results when there are results.
    let mut roles: Vec<&Role> = app.content.roles.iter().collect();
    if let Some(outcome) = &app.outcome {
        roles.sort_by_key(|r| outcome.ranking.iter().position(|f| f.role == r.id));
    }
    let label_width = 14usize;
    let n = roles.len().max(1);
    let cell = ((inner.width as usize).saturating_sub(label_width) / n).saturating_sub(2).max(8);

    let rows: [(&str, fn(&Role) -> String); 4] = [
        ("Education", education),
        ("Certifications", certifications),
        ("Pay a year", pay),
        ("Outlook", outlook),
    ];
    let mut lines = Vec::new();
    let header: Vec<Vec<String>> = roles.iter().map(|r| wrap(&r.title, cell)).collect();
    push_row(&mut lines, "", &header, cell, label_width, Some(theme.title()), None);
    for (label, fact) in rows {
        lines.push(Line::styled("─".repeat(inner.width as usize), theme.dim()));
        let cells: Vec<Vec<String>> = roles.iter().map(|r| wrap(&fact(r), cell)).collect();
        push_row(&mut lines, label, &cells, cell, label_width, None, Some(theme.question()));
    }
    lines.push(Line::raw(""));
    lines.push(Line::styled(
        "Open a role from the results for the full text, certifications' issuers and sources.",
        theme.dim(),
    ));
    frame.render_widget(scrolled(lines, inner, app.compare_scroll), inner);
    key_bar(frame, keys, theme, &[("↑↓", "scroll"), ("Esc", "back"), ("?", "keys"), ("q", "quit")]);
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
        let mut spans = vec![Span::styled(format!("{label_text:<label_width$}"), label_style.unwrap_or_default())];
        for column in cells {
            let text = column.get(row).map(String::as_str).unwrap_or("");
            spans.push(Span::styled(format!("{text:<cell$}  "), cell_style.unwrap_or_default()));
        }
        lines.push(Line::from(spans));
    }
}
