//! All roles side by side: entry, education, certifications, pay and outlook.

use std::cell::RefCell;
use std::collections::HashMap;
use std::sync::Arc;

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};

use super::scene::{self, Go, Scene};
use crate::content::Role;
use crate::lang::Words;
use crate::report::role::{Body, Part, RoleDoc};
use crate::summary;
use crate::text;
use crate::tui::keys::{Action, bindings_in};
use crate::tui::theme::Theme;
use crate::tui::widgets::{self, bindings_bar, frame_areas, render_rows, top_bar, wrap};

/// At this width and above, each role gets its own column...
const SIDE_BY_SIDE: u16 = 120;
/// ...as long as each column is at least this wide.
const MIN_CELL: usize = 16;
/// The width of the row labels in columns.
/// (The longest heading, "How people get in", and two spaces.)
const LABEL_WIDTH: usize = 19;

/// Sentences from the start of a text until it says enough for a
/// side-by-side cell (about 60 characters), or the whole text.
fn lead(text: &str) -> String {
    let mut end = text.len();
    for (i, _) in text.match_indices(". ") {
        if i + 1 >= 60 {
            end = i + 1;
            break;
        }
    }
    text[..end].to_string()
}

/// The role's current certifications, by name.
fn certifications(words: &Words, doc: &RoleDoc, _: &Role) -> String {
    match doc.section(Part::Certifications).map(|s| &s.body) {
        Some(Body::Certifications { active, .. }) if !active.is_empty() => active
            .iter()
            .map(|c| c.name.as_str())
            .collect::<Vec<_>>()
            .join("; "),
        _ => words.get("compare-not-given"),
    }
}

/// When people usually get in, and a first job.
fn entry(words: &Words, _: &RoleDoc, role: &Role) -> String {
    role.facts
        .entry
        .as_ref()
        .map(|e| crate::text::capitalised(&summary::entry_when(words, e)))
        .unwrap_or_else(|| words.get("compare-not-given"))
}

fn education(words: &Words, doc: &RoleDoc, _: &Role) -> String {
    match doc.section(Part::Education).map(|s| &s.body) {
        Some(Body::Paragraph(text)) => lead(text),
        _ => words.get("compare-not-given"),
    }
}

/// Each occupation's pay on its own line, in the same words as everywhere
/// else: never one range stitched from different occupations.
fn pay(words: &Words, _: &RoleDoc, role: &Role) -> String {
    let lines = summary::pay_lines_in(words, &role.facts);
    lines_or_not_given(words, lines.into_iter().map(|l| l.text))
}

/// Each occupation's growth and openings a year, or else the lead of the
/// summary in words.
fn outlook(words: &Words, _: &RoleDoc, role: &Role) -> String {
    let facts = &role.facts;
    let mut lines: Vec<String> = facts
        .occupations
        .iter()
        .filter_map(|o| summary::outlook_line_in(words, o))
        .collect();
    if lines.is_empty()
        && let Some(outlook) = &facts.outlook
    {
        lines.push(lead(&outlook.summary));
    }
    lines_or_not_given(words, lines.into_iter())
}

fn lines_or_not_given(words: &Words, lines: impl Iterator<Item = String>) -> String {
    let text = lines.collect::<Vec<_>>().join("\n");
    if text.is_empty() {
        words.get("compare-not-given")
    } else {
        text
    }
}

/// A cell's text wrapped to a width, each of its lines (one per
/// occupation) starting a new one; in columns (`gap`) with a blank line
/// between them, as nothing else sets them apart there.
fn wrap_cell(text: &str, width: usize, gap: bool) -> Vec<String> {
    let mut lines = Vec::new();
    for (i, line) in text.split('\n').enumerate() {
        if i > 0 && gap {
            lines.push(String::new());
        }
        lines.extend(wrap(line, width));
    }
    lines
}

/// A row of the comparison: the role document's part it shows (its
/// heading is the row's label) and how to say it in a cell.
type Fact = (Part, fn(&Words, &RoleDoc, &Role) -> String);

/// What decides first (when and how people get in) comes first, so it
/// shows on the first page of a small terminal; the headings are the role
/// document's.
const FACTS: [Fact; 5] = [
    (Part::Entry, entry),
    (Part::Education, education),
    (Part::Certifications, certifications),
    (Part::Pay, pay),
    (Part::Outlook, outlook),
];

fn text_area(area: Rect) -> Rect {
    let (_, body, _) = frame_areas(area);
    Rect::new(
        body.x + 1,
        body.y + 1,
        body.width.saturating_sub(2),
        body.height.saturating_sub(1),
    )
}

/// The comparison's view: open or not, how far it is scrolled, and its
/// lines, worked out once for a width and a result (with thousands of
/// roles, a key then costs only the rows in view).
#[derive(Debug, Clone, Default)]
pub struct Compare {
    pub open: bool,
    pub scroll: u16,
    cache: Cache,
}

impl Compare {
    /// Opens it at the top.
    pub fn open(&mut self) {
        self.open = true;
        self.scroll = 0;
    }

    pub fn on_key(&mut self, scene: &Scene, action: Action) -> Go {
        match action {
            Action::Back | Action::Escape | Action::Compare | Action::Left | Action::Enter => {
                Go::Close
            }
            Action::Quit => Go::Leave,
            _ => {
                let page = page(scene::laid_out(scene));
                scene::scroll(&mut self.scroll, action, page);
                Go::Stay
            }
        }
    }

    /// Keeps the scroll within the comparison.
    pub fn clamp(&mut self, scene: &Scene) {
        let inner = text_area(scene::laid_out(scene));
        let max = widgets::max_scroll_rows(self.cached(scene, inner.width).len(), inner);
        self.scroll = self.scroll.min(max);
    }

    /// The comparison's lines for a text area `width` wide, from the cache.
    fn cached(&self, scene: &Scene, width: u16) -> Arc<Vec<Line<'static>>> {
        self.cache.lines(scene, width)
    }
}

/// The lines of the comparison, for the width and result they were
/// worked out for.
#[derive(Debug, Clone, Default)]
struct Cache(RefCell<Option<Cached>>);

/// The width and result the lines were worked out for, and the lines.
type Cached = (u16, u32, Arc<Vec<Line<'static>>>);

impl Cache {
    fn lines(&self, scene: &Scene, width: u16) -> Arc<Vec<Line<'static>>> {
        let key = (width, scene.results_serial);
        let mut cache = self.0.borrow_mut();
        if let Some((w, serial, lines)) = cache.as_ref()
            && (*w, *serial) == key
        {
            return Arc::clone(lines);
        }
        let lines = Arc::new(content(scene, width));
        *cache = Some((key.0, key.1, Arc::clone(&lines)));
        lines
    }
}

/// The comparison's lines for a text area `width` wide. Every line fits
/// the width, so only the rows in view need drawing.
fn content(scene: &Scene, width: u16) -> Vec<Line<'static>> {
    let theme = scene.theme;
    // Roles in the order of the results when there are results.
    // (Looked up by id once: with thousands of roles, searching the
    // ranking for each role would cost the square of their number.)
    let roles: Vec<&Role> = match scene.outcome {
        Some(outcome) => {
            let by_id: HashMap<&str, &Role> = scene
                .content
                .roles
                .iter()
                .map(|r| (r.id.as_str(), r))
                .collect();
            outcome
                .ranking
                .iter()
                .filter_map(|f| by_id.get(f.role.as_str()).copied())
                .collect()
        }
        None => scene.content.roles.iter().collect(),
    };
    // Side by side only while each role's column is wide enough to read.
    let side_by_side = width >= SIDE_BY_SIDE
        && (width as usize).saturating_sub(LABEL_WIDTH) / roles.len().max(1) >= MIN_CELL + 2;
    // Only the parts the rows show are worded.
    let docs: Vec<RoleDoc> = roles
        .iter()
        .map(|r| {
            RoleDoc::only_in(scene.words, r, |part| {
                FACTS.iter().any(|(row, _)| *row == part)
            })
        })
        .collect();
    let mut lines = if side_by_side {
        columns(theme, scene.words, &roles, &docs, width)
    } else {
        grouped(theme, scene.words, &roles, &docs, width)
    };
    lines.push(Line::raw(""));
    lines.extend(
        wrap(&scene.words.get("compare-footer"), width as usize)
            .into_iter()
            .map(|l| Line::styled(l, theme.dim())),
    );
    lines
}

/// One column per role, one row per fact.
fn columns<'a>(
    theme: &Theme,
    words: &Words,
    roles: &[&Role],
    docs: &[RoleDoc],
    width: u16,
) -> Vec<Line<'a>> {
    let label_width = LABEL_WIDTH;
    // Two spaces between columns, none after the last.
    let gaps = 2 * roles.len().saturating_sub(1);
    let cell = ((width as usize).saturating_sub(label_width + gaps) / roles.len().max(1)).max(8);
    let mut lines = Vec::new();
    let titles: Vec<Vec<String>> = roles.iter().map(|r| wrap(&r.title, cell)).collect();
    push_row(
        &mut lines,
        ("", Style::new()),
        &titles,
        cell,
        label_width,
        theme.title(),
    );
    for (part, fact) in FACTS {
        lines.push(Line::styled("─".repeat(width as usize), theme.dim()));
        let cells: Vec<Vec<String>> = roles
            .iter()
            .zip(docs)
            .map(|(r, d)| wrap_cell(&fact(words, d, r), cell, true))
            .collect();
        push_row(
            &mut lines,
            (part.heading_in(words).as_str(), theme.question()),
            &cells,
            cell,
            label_width,
            Style::new(),
        );
    }
    lines
}

/// Too narrow for columns: one fact at a time, each role on its own lines.
fn grouped<'a>(
    theme: &Theme,
    words: &Words,
    roles: &[&Role],
    docs: &[RoleDoc],
    width: u16,
) -> Vec<Line<'a>> {
    let title_width = roles
        .iter()
        .map(|r| text::width(&r.title))
        .max()
        .unwrap_or(0)
        + 2;
    // Titles too wide to sit beside the text go above it.
    let stacked = title_width + 2 + 20 > width as usize;
    let text_width = if stacked {
        (width as usize).saturating_sub(4)
    } else {
        (width as usize).saturating_sub(title_width + 2)
    };
    let mut lines = Vec::new();
    for (i, (part, fact)) in FACTS.into_iter().enumerate() {
        if i > 0 {
            lines.push(Line::raw(""));
        }
        lines.push(Line::styled(part.heading_in(words), theme.title()));
        for (role, doc) in roles.iter().zip(docs) {
            if stacked {
                for title in wrap(&role.title, (width as usize).saturating_sub(2)) {
                    lines.push(Line::styled(format!("  {title}"), theme.question()));
                }
            }
            for (j, text) in wrap_cell(&fact(words, doc, role), text_width, false)
                .into_iter()
                .enumerate()
            {
                let name = if stacked {
                    "  ".to_string()
                } else if j == 0 {
                    text::pad(&role.title, title_width)
                } else {
                    text::pad("", title_width)
                };
                lines.push(Line::from(vec![
                    Span::styled(format!("  {name}"), theme.question()),
                    Span::raw(text),
                ]));
            }
        }
    }
    lines
}

fn push_row<'a>(
    lines: &mut Vec<Line<'a>>,
    (label, label_style): (&str, Style),
    cells: &[Vec<String>],
    cell: usize,
    label_width: usize,
    cell_style: Style,
) {
    let height = cells.iter().map(Vec::len).max().unwrap_or(1);
    for row in 0..height {
        let label_text = if row == 0 { label } else { "" };
        let mut spans = vec![Span::styled(
            text::pad(label_text, label_width),
            label_style,
        )];
        for (i, column) in cells.iter().enumerate() {
            let text = column.get(row).map(String::as_str).unwrap_or("");
            let gap = if i + 1 < cells.len() { "  " } else { "" };
            spans.push(Span::styled(
                format!("{}{gap}", text::pad(text, cell)),
                cell_style,
            ));
        }
        lines.push(Line::from(spans));
    }
}

/// The rows of the comparison in view at once (a page).
fn page(area: Rect) -> u16 {
    text_area(area).height.saturating_sub(1).max(1)
}

pub fn draw(scene: &Scene, view: &Compare, frame: &mut Frame, area: Rect) {
    let theme = scene.theme;
    let (top, _, keys) = frame_areas(area);
    top_bar(
        frame,
        top,
        theme,
        &scene.words.get("top-compare"),
        &scene.words.get("top-compare-sources"),
    );
    let inner = text_area(area);
    render_rows(
        frame,
        theme,
        scene.words,
        &view.cached(scene, inner.width),
        inner,
        view.scroll,
    );
    bindings_bar(
        frame,
        keys,
        theme,
        &bindings_in(&scene.keys, scene.words, scene.languages),
    );
}
