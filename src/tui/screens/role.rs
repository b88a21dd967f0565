//! A role in detail, in tabs: overview and work environment, duties,
//! skills, certifications (a retired one says so), education, pay and
//! outlook with their sources and dates, the career path as steps, sources.

use crate::lang::Words;
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use super::scene::{self, Go, Scene};
use crate::content::Role;
use crate::report::role::{Body, Part, RoleDoc, Section};
use crate::text;
use crate::tui::keys::{Action, bindings_in};
use crate::tui::theme::Theme;
use crate::tui::widgets::{
    self, bindings_bar, column, frame_areas, hanging, render_scrolled, top_bar, wrap,
};
use ratatui::style::Style;

/// The sections of a role's details, in tab order: each shows some of the
/// role document's parts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tab {
    Overview,
    Duties,
    Skills,
    Certifications,
    Education,
    Pay,
    Path,
    Sources,
}

impl Tab {
    /// Every tab, in order.
    pub const ALL: [Tab; 8] = [
        Tab::Overview,
        Tab::Duties,
        Tab::Skills,
        Tab::Certifications,
        Tab::Education,
        Tab::Pay,
        Tab::Path,
        Tab::Sources,
    ];

    /// Where the tab is in the bar (0-based).
    pub fn index(self) -> usize {
        self as usize
    }

    /// The tab `steps` places on, wrapping around at either end.
    pub fn step(self, steps: isize) -> Tab {
        let n = Tab::ALL.len() as isize;
        Tab::ALL[(self.index() as isize + steps).rem_euclid(n) as usize]
    }

    /// The section's heading.
    pub fn title(self) -> &'static str {
        match self {
            Tab::Overview => "Overview",
            Tab::Duties => "Duties",
            Tab::Skills => "Skills",
            Tab::Certifications => "Certifications",
            Tab::Education => "Education",
            Tab::Pay => "Pay & outlook",
            Tab::Path => "Career path",
            Tab::Sources => "Sources",
        }
    }

    /// The section's heading as the person reads it.
    pub fn title_in(self, words: &Words) -> String {
        match self {
            Tab::Overview => words.get("tab-overview"),
            Tab::Duties => words.get("tab-duties"),
            Tab::Skills => words.get("tab-skills"),
            Tab::Certifications => words.get("tab-certifications"),
            Tab::Education => words.get("tab-education"),
            Tab::Pay => words.get("tab-pay"),
            Tab::Path => words.get("tab-path"),
            Tab::Sources => words.get("tab-sources"),
        }
    }

    /// Its short name in the tab bar.
    fn short(self, words: &Words) -> String {
        match self {
            Tab::Certifications => words.get("tab-short-certifications"),
            Tab::Pay => words.get("tab-short-pay"),
            Tab::Path => words.get("tab-short-path"),
            tab => tab.title_in(words),
        }
    }

    /// The role document's parts the tab shows: the same parts in the
    /// same order as every other output, grouped.
    fn parts(self) -> &'static [Part] {
        match self {
            Tab::Overview => &[Part::Work, Part::Occupations],
            Tab::Duties => &[Part::Duties],
            Tab::Skills => &[Part::Skills],
            Tab::Certifications => &[Part::Certifications],
            Tab::Education => &[Part::Entry, Part::Education],
            Tab::Pay => &[Part::Pay, Part::Outlook],
            Tab::Path => &[Part::CareerPath],
            Tab::Sources => &[Part::Sources],
        }
    }
}

/// A role's details on screen: which role, which section, how far down.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RoleView {
    /// Index into `content.roles`.
    pub role: usize,
    pub tab: Tab,
    pub scroll: u16,
}

impl RoleView {
    /// Role `role` (an index into `content.roles`) from its first section.
    pub fn new(role: usize) -> RoleView {
        RoleView {
            role,
            tab: Tab::Overview,
            scroll: 0,
        }
    }

    pub fn on_key(&mut self, scene: &Scene, action: Action) -> Go {
        let to = |tab: Tab| RoleView {
            tab,
            scroll: 0,
            ..*self
        };
        match action {
            Action::Right | Action::NextTab => *self = to(self.tab.step(1)),
            Action::Left | Action::PreviousTab => *self = to(self.tab.step(-1)),
            Action::Number(d) if usize::from(d) <= Tab::ALL.len() => {
                *self = to(Tab::ALL[usize::from(d) - 1])
            }
            Action::Compare => return Go::Compare,
            Action::Back | Action::Escape | Action::Enter => return Go::Close,
            Action::Quit => return Go::Leave,
            _ => {
                scene::scroll(&mut self.scroll, action, page(scene::laid_out(scene)));
            }
        }
        Go::Stay
    }

    /// Keeps the scroll within the section's text.
    pub fn clamp(&mut self, scene: &Scene) {
        self.scroll = self.scroll.min(self.max_scroll(scene));
    }

    /// How far the open section can scroll on the terminal.
    fn max_scroll(&self, scene: &Scene) -> u16 {
        let (_, body, _) = frame_areas(scene::laid_out(scene));
        let [_, _, text_area] = areas(body);
        let lines = section(
            scene.theme,
            scene.words,
            &scene.content.roles[self.role],
            self.tab,
            text_area.width,
        );
        widgets::max_scroll(&lines, text_area)
    }
}

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
fn page(area: Rect) -> u16 {
    let (_, body, _) = frame_areas(area);
    let [_, _, text_area] = areas(body);
    text_area.height.saturating_sub(1).max(1)
}

pub fn draw(scene: &Scene, view: &RoleView, frame: &mut Frame, area: Rect) {
    let theme = scene.theme;
    let words = scene.words;
    let role = &scene.content.roles[view.role];
    let (top, body, keys) = frame_areas(area);
    let fit = scene.outcome.and_then(|o| {
        o.ranking
            .iter()
            .position(|f| f.role == role.id)
            .map(|i| (i, o.ranking[i].fit))
    });
    let right = match fit {
        Some((rank, fit)) => words.args(
            "role-rank",
            &[
                ("n", (rank + 1).into()),
                ("total", scene.content.roles.len().into()),
                ("fit", format!("{fit:.0}").into()),
            ],
        ),
        None => String::new(),
    };
    top_bar(frame, top, theme, &role.title, &right);

    let [tabs_area, heading_area, text_area] = areas(body);
    frame.render_widget(
        Paragraph::new(tab_bar(theme, words, view.tab, tabs_area.width)),
        tabs_area,
    );
    frame.render_widget(
        Paragraph::new(Line::styled(view.tab.title_in(words), theme.title())),
        heading_area,
    );
    let lines = section(theme, words, role, view.tab, text_area.width);
    render_scrolled(frame, theme, scene.words, lines, text_area, view.scroll);

    bindings_bar(
        frame,
        keys,
        theme,
        &bindings_in(&scene.keys, words, scene.languages),
    );
}

/// The sections as tabs, numbered when there is room for the numbers.
/// When they do not all fit, the bar shows the tabs around the selected
/// one, with ‹ or › where more are hidden, so the selected tab always shows.
fn tab_bar<'a>(theme: &Theme, words: &Words, selected: Tab, width: u16) -> Line<'a> {
    let numbered_width: usize = Tab::ALL
        .iter()
        .map(|t| t.short(words).chars().count() + 5)
        .sum();
    let numbered = numbered_width <= width as usize;
    let selected = selected.index();
    let labels: Vec<String> = Tab::ALL
        .iter()
        .enumerate()
        .map(|(i, tab)| {
            let name = tab.short(words);
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
    if last < Tab::ALL.len() {
        spans.push(Span::styled("›", theme.key()));
    }
    Line::from(spans)
}

/// A tab's text: the role document's sections for that tab, each under
/// its heading unless the tab's own heading already says it.
fn section<'a>(theme: &Theme, words: &Words, role: &Role, tab: Tab, width: u16) -> Vec<Line<'a>> {
    let parts = tab.parts();
    let doc = RoleDoc::only_in(words, role, |part| parts.contains(&part));
    let mut lines: Vec<Line<'a>> = Vec::new();
    if tab == Tab::Overview {
        lines.push(Line::raw(doc.summary.clone()));
    }
    for part in parts {
        let Some(section) = doc.section(*part) else {
            continue;
        };
        if !lines.is_empty() {
            lines.push(Line::raw(""));
        }
        if section.part.heading() != tab.title() && parts.len() > 1 {
            lines.push(Line::styled(
                section.heading().to_string(),
                theme.question(),
            ));
        }
        body(&mut lines, theme, words, section, width);
    }
    if lines.is_empty() {
        lines.push(Line::styled(words.get("role-not-given"), theme.dim()));
    }
    lines
}

/// One section's body laid out for the terminal.
fn body<'a>(
    lines: &mut Vec<Line<'a>>,
    theme: &Theme,
    words: &Words,
    section: &Section,
    width: u16,
) {
    let source = |lines: &mut Vec<Line<'a>>, from: &Option<String>| {
        if let Some(from) = from {
            lines.extend(hanging(
                &words.args("role-source", &[("source", from.as_str().into())]),
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
                let text = words.args(
                    "role-retired-note",
                    &[
                        ("current", active.len().into()),
                        ("retired", retired.len().into()),
                    ],
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
                    &words.args("role-cert-by", &[("issuer", cert.issuer.as_str().into())]),
                    width,
                    "  ",
                    Style::new(),
                ));
                if is_retired {
                    lines.push(Line::styled(
                        format!("  {}", words.get("role-retired")),
                        theme.warn(),
                    ));
                }
                if let Some(note) = &cert.note {
                    lines.extend(hanging(note, width, "  ", Style::new()));
                }
                source(lines, &cert.source);
                lines.push(Line::raw(""));
            }
        }
        Body::Steps(steps) => lines.extend(career_steps(theme, words, steps, width)),
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

/// The narrowest box the career path's steps wrap in before "you start
/// here" moves above the first box.
const MIN_STEP_WIDTH: usize = 24;

/// The career path drawn as boxed steps joined by arrows.
fn career_steps<'a>(theme: &Theme, words: &Words, steps: &[String], width: u16) -> Vec<Line<'a>> {
    let start_here = format!("  {}", words.get("role-start-here"));
    let widest = steps.iter().map(|s| text::width(s)).max().unwrap_or(0);
    // A box is its text and 4 cells of border. "You start here" goes
    // beside the first box when it fits there (the steps may wrap inside
    // a narrower box), else on a line of its own above it, never cut.
    let width = width as usize;
    let beside = width.saturating_sub(4 + text::width(&start_here));
    let (inner, note_beside) = if widest <= beside || beside >= MIN_STEP_WIDTH {
        (widest.min(beside).max(1), true)
    } else {
        (widest.min(width.saturating_sub(6)).max(1), false)
    };
    let mut lines = Vec::new();
    if !note_beside {
        lines.push(Line::styled(
            words.get("role-start-here-above"),
            theme.dim(),
        ));
    }
    for (i, step) in steps.iter().enumerate() {
        let style = if i == 0 {
            theme.good()
        } else {
            theme.question()
        };
        lines.push(Line::raw(format!("┌{}┐", "─".repeat(inner + 2))));
        // A step too long for the box wraps inside it.
        for (row, piece) in wrap(step, inner).into_iter().enumerate() {
            let note = if note_beside && i == 0 && row == 0 {
                start_here.clone()
            } else {
                String::new()
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
