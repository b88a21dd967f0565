//! The results: every role ranked with its fit, the best fit named plainly
//! (or the low interest, close call, flat or incomplete case said
//! honestly), what a fit number means, the person's
//! interest profile, and why, in their own answers.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Wrap};

use super::scene::{self, Go, Scene};
use crate::content::CertificationStatus;
use crate::scoring::Outcome;
use crate::summary::{flag_notes_in, headline_in, reason_text_in, reasons_heading_in};
use crate::text;
use crate::tui::keys::{Action, bindings_in};
use crate::tui::theme::{MARKER, NO_MARKER};
use crate::tui::widgets::{
    self, bar, bindings_bar, frame_areas, hanging, render_scrolled, top_bar, wrap,
};
use ratatui::style::Style;

/// At this width and above, the profile and reasons sit beside the ranking.
const TWO_COLUMNS: u16 = 110;

/// The results' text and where each part is drawn: one column, or two on
/// a wide terminal.
fn panes<'a>(
    scene: &Scene,
    cursor: usize,
    outcome: &Outcome,
    body: Rect,
) -> Vec<(Rect, Vec<Line<'a>>)> {
    let inner = Rect::new(
        body.x + 2,
        body.y + 1,
        body.width.saturating_sub(4),
        body.height.saturating_sub(1),
    );
    let gap = || Line::raw("");
    if inner.width >= TWO_COLUMNS {
        let [left, right] =
            Layout::horizontal([Constraint::Percentage(50), Constraint::Percentage(50)])
                .spacing(4)
                .areas(inner);
        let mut first = verdict(scene, outcome, left.width);
        first.push(gap());
        first.extend(ranking(scene, cursor, outcome, left.width));
        first.push(gap());
        first.extend(profile(scene, outcome, left.width));
        let mut second = reasons(scene, outcome, right.width);
        second.push(gap());
        second.extend(preview(scene, cursor, outcome, right.width));
        vec![(left, first), (right, second)]
    } else {
        let mut lines = verdict(scene, outcome, inner.width);
        for part in [
            ranking(scene, cursor, outcome, inner.width),
            profile(scene, outcome, inner.width),
            reasons(scene, outcome, inner.width),
            preview(scene, cursor, outcome, inner.width),
        ] {
            lines.push(gap());
            lines.extend(part);
        }
        vec![(inner, lines)]
    }
}

/// The results' view: the highlighted role in the ranking, and how far
/// the text is scrolled.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Results {
    pub cursor: usize,
    pub scroll: u16,
}

impl Results {
    pub fn on_key(&mut self, scene: &Scene, action: Action) -> Go {
        let roles = scene.outcome.map_or(0, |o| o.ranking.len());
        match action {
            Action::Up => {
                self.cursor = self.cursor.saturating_sub(1);
                self.reveal_role(scene);
            }
            Action::Down => {
                self.cursor = (self.cursor + 1).min(roles.saturating_sub(1));
                self.reveal_role(scene);
            }
            Action::Number(d) if usize::from(d) <= roles => {
                self.cursor = usize::from(d) - 1;
                return Go::OpenRole(self.cursor);
            }
            Action::Enter | Action::Right => return Go::OpenRole(self.cursor),
            Action::PageDown | Action::PageUp | Action::Home => {
                let page = self.view(scene).0;
                scene::scroll(&mut self.scroll, action, page);
            }
            Action::Compare => return Go::Compare,
            Action::Retake => return Go::Retake,
            Action::Report => return Go::Report,
            // Back to the review to change answers; the results are
            // worked out again from the answers when asked for.
            Action::Left | Action::Back => return Go::Back,
            Action::Quit => return Go::Leave,
            // Esc is also "go back" elsewhere: pressed once too often from
            // a role, it must not close careerfit without asking.
            Action::Escape => return Go::AskToLeave,
            _ => {}
        }
        Go::Stay
    }

    /// Keeps the scroll within the text, so Up moves the view at once.
    pub fn clamp(&mut self, scene: &Scene) {
        self.scroll = self.scroll.min(max_scroll(scene, self.cursor));
    }

    /// Scrolls the results so the highlighted role's line is in view.
    fn reveal_role(&mut self, scene: &Scene) {
        let (page, rows) = self.view(scene);
        if let Some((top, bottom)) = rows {
            if top < self.scroll {
                self.scroll = top;
            } else if bottom >= self.scroll + page {
                self.scroll = bottom + 1 - page;
            }
        }
    }

    /// The rows of text a page holds, and the rows (first, last) of the
    /// highlighted role's line in the results' text.
    fn view(&self, scene: &Scene) -> (u16, Option<(u16, u16)>) {
        view(scene, self.cursor, scene::laid_out(scene))
    }
}

/// How far the results can scroll on the terminal.
fn max_scroll(scene: &Scene, cursor: usize) -> u16 {
    let Some(outcome) = scene.outcome else {
        return 0;
    };
    let (_, body, _) = frame_areas(scene::laid_out(scene));
    panes(scene, cursor, outcome, body)
        .iter()
        .map(|(rect, lines)| widgets::max_scroll(lines, *rect))
        .max()
        .unwrap_or(0)
}

/// The rows of text a page holds, and the rows (first, last) of the
/// highlighted role's line in the results' text.
fn view(scene: &Scene, cursor: usize, area: Rect) -> (u16, Option<(u16, u16)>) {
    let Some(outcome) = scene.outcome else {
        return (1, None);
    };
    let (_, body, _) = frame_areas(area);
    let panes = panes(scene, cursor, outcome, body);
    let Some((rect, lines)) = panes.first() else {
        return (1, None);
    };
    // The first pane holds the verdict, a gap, the heading, what a fit
    // means, then the roles.
    let row = verdict(scene, outcome, rect.width).len()
        + 2
        + fit_meaning(scene, rect.width).len()
        + cursor;
    let rows_before = |n: usize| {
        Paragraph::new(lines[..n.min(lines.len())].to_vec())
            .wrap(Wrap { trim: false })
            .line_count(rect.width) as u16
    };
    let page = rect.height.saturating_sub(1).max(1);
    let top = rows_before(row);
    let bottom = rows_before(row + 1).saturating_sub(1).max(top);
    (page, Some((top, bottom)))
}

pub fn draw(scene: &Scene, view: &Results, frame: &mut Frame, area: Rect) {
    let theme = scene.theme;
    let words = scene.words;
    let (top, body, keys) = frame_areas(area);
    let Some(outcome) = scene.outcome else { return };
    top_bar(
        frame,
        top,
        theme,
        &words.get("top-results"),
        &words.args(
            "top-answered-of",
            &[
                ("answered", outcome.answered.into()),
                ("total", outcome.total.into()),
            ],
        ),
    );
    for (rect, lines) in panes(scene, view.cursor, outcome, body) {
        render_scrolled(frame, theme, scene.words, lines, rect, view.scroll);
    }

    bindings_bar(
        frame,
        keys,
        theme,
        &bindings_in(&scene.keys, words, scene.languages),
    );
}

fn verdict<'a>(scene: &Scene, outcome: &Outcome, width: u16) -> Vec<Line<'a>> {
    let theme = scene.theme;
    let flagged = outcome.flagged();
    let style = if flagged { theme.warn() } else { theme.good() };
    let words = scene.words;
    let mut lines: Vec<Line> = wrap(&headline_in(words, outcome), width as usize)
        .into_iter()
        .map(|l| Line::styled(l, style))
        .collect();
    for note in flag_notes_in(words, outcome) {
        lines.extend(wrap(&note, width as usize).into_iter().map(Line::raw));
    }
    if outcome.flat && scene.policy.can_retake {
        lines.extend(
            wrap(&words.get("results-retake-hint"), width as usize)
                .into_iter()
                .map(|l| Line::styled(l, theme.dim())),
        );
    }
    lines
}

/// What a fit number is, under the ranking's heading.
fn fit_meaning<'a>(scene: &Scene, width: u16) -> Vec<Line<'a>> {
    wrap(&crate::summary::fit_meaning(scene.words), width as usize)
        .into_iter()
        .map(|l| Line::styled(l, scene.theme.dim()))
        .collect()
}

fn ranking<'a>(scene: &Scene, cursor: usize, outcome: &Outcome, width: u16) -> Vec<Line<'a>> {
    let theme = scene.theme;
    let title_width = outcome
        .ranking
        .iter()
        .map(|f| text::width(&f.title))
        .max()
        .unwrap_or(0);
    let bar_width = (width as usize)
        .saturating_sub(title_width + 2 + 7)
        .clamp(4, 40);
    let words = scene.words;
    let mut lines = vec![Line::styled(
        words.get("results-fits-heading"),
        theme.title(),
    )];
    lines.extend(fit_meaning(scene, width));
    for (i, fit) in outcome.ranking.iter().enumerate() {
        let selected = i == cursor;
        let (filled, empty) = bar(fit.fit, bar_width);
        let name_style = if selected {
            theme.selected()
        } else {
            Default::default()
        };
        lines.push(Line::from(vec![
            Span::styled(
                format!(
                    "{}{} ",
                    if selected { MARKER } else { NO_MARKER },
                    text::pad(&fit.title, title_width)
                ),
                name_style,
            ),
            Span::styled(filled, theme.bar()),
            Span::styled(empty, theme.dim()),
            Span::raw(format!(" {:>3.0}%", fit.fit)),
        ]));
    }
    lines.push(Line::styled(words.get("results-enter-opens"), theme.dim()));
    lines
}

fn profile<'a>(scene: &Scene, outcome: &Outcome, width: u16) -> Vec<Line<'a>> {
    let theme = scene.theme;
    let name_width = outcome
        .dimensions
        .iter()
        .map(|d| text::width(&d.name))
        .max()
        .unwrap_or(0);
    let bar_width = (width as usize)
        .saturating_sub(name_width + 2 + 6)
        .clamp(4, 40);
    let words = scene.words;
    let mut lines = vec![Line::styled(
        words.get("results-interests-heading"),
        theme.title(),
    )];
    for dimension in &outcome.dimensions {
        let mut spans = vec![Span::raw(format!(
            "  {} ",
            text::pad(&dimension.name, name_width)
        ))];
        match dimension.score {
            Some(score) => {
                let (filled, empty) = bar(score, bar_width);
                spans.push(Span::styled(filled, theme.bar()));
                spans.push(Span::styled(empty, theme.dim()));
                spans.push(Span::raw(format!(" {score:>3.0}")));
            }
            None => spans.push(Span::styled(words.get("results-not-measured"), theme.dim())),
        }
        lines.push(Line::from(spans));
    }
    lines
}

fn reasons<'a>(scene: &Scene, outcome: &Outcome, width: u16) -> Vec<Line<'a>> {
    let theme = scene.theme;
    let words = scene.words;
    let mut lines = vec![Line::styled(
        reasons_heading_in(words, outcome),
        theme.title(),
    )];
    if outcome.reasons.is_empty() {
        lines.push(Line::raw(words.get("results-no-reasons")));
    }
    for reason in &outcome.reasons {
        let text = reason_text_in(words, &scene.content.quiz, reason);
        for (i, line) in wrap(&text, (width as usize).saturating_sub(4))
            .into_iter()
            .enumerate()
        {
            lines.push(Line::raw(format!(
                "{}{line}",
                if i == 0 { "  • " } else { "    " }
            )));
        }
    }
    lines
}

/// A short look at the highlighted role and what to do next; Enter opens
/// it in full.
fn preview<'a>(scene: &Scene, cursor: usize, outcome: &Outcome, width: u16) -> Vec<Line<'a>> {
    let theme = scene.theme;
    let Some(fit) = outcome.ranking.get(cursor) else {
        return Vec::new();
    };
    let Some(role) = scene.content.role(&fit.role) else {
        return Vec::new();
    };
    let facts = &role.facts;
    let words = scene.words;
    let mut lines = vec![Line::styled(
        words.args("results-about", &[("role", role.title.clone().into())]),
        theme.title(),
    )];
    lines.extend(hanging(&role.summary, width, "", Style::new()));
    let mut next: Vec<String> = Vec::new();
    if let Some(entry) = &facts.entry {
        next.push(crate::summary::entry_preview_in(words, entry));
    }
    if let Some(cert) = facts
        .certifications
        .iter()
        .find(|c| c.status == CertificationStatus::Active)
    {
        next.push(words.args(
            "results-cert-step",
            &[
                ("name", cert.name.clone().into()),
                ("issuer", cert.issuer.clone().into()),
            ],
        ));
    }
    if let Some(pay) = crate::summary::pay_lines_in(words, facts).first() {
        next.push(words.args("results-pay", &[("pay", pay.text.clone().into())]));
    }
    if facts.career_path.len() > 1 {
        next.push(words.args(
            "results-career-path",
            &[("path", facts.career_path.join(" → ").into())],
        ));
    }
    if !next.is_empty() {
        lines.push(Line::raw(""));
        lines.push(Line::styled(
            words.get("results-next-steps"),
            theme.question(),
        ));
        for item in next {
            lines.extend(hanging(&item, width, "  • ", Style::new()));
        }
    }
    lines.push(Line::styled(
        words.get("results-enter-for-more"),
        theme.dim(),
    ));
    lines
}
