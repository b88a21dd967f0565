//! The welcome screen: what the quiz is, how long it takes, how to answer,
//! and that it is for exploring, not a test.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};

use super::scene::{self, Go, Scene};
use crate::summary::{HOW_TO_ANSWER, length};
use crate::tui::keys::{Action, bindings};
use crate::tui::widgets::{self, bindings_bar, column, frame_areas, render_scrolled, top_bar};
use crate::workshop::label::for_terminal;

/// The welcome's view: how far its text is scrolled (on a small terminal).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Welcome {
    pub scroll: u16,
}

impl Welcome {
    pub fn on_key(&mut self, scene: &Scene, action: Action) -> Go {
        match action {
            Action::Enter | Action::Right | Action::NextTab => Go::Start,
            Action::Quit | Action::Escape => Go::Leave,
            _ => {
                scene::scroll(&mut self.scroll, action, page(scene::laid_out(scene)));
                Go::Stay
            }
        }
    }

    /// Keeps the scroll within the text, so Up moves the view at once.
    pub fn clamp(&mut self, scene: &Scene) {
        self.scroll = self.scroll.min(max_scroll(scene));
    }
}

/// The rows of the welcome text in view at once (a page).
fn page(area: Rect) -> u16 {
    let (_, body, _) = frame_areas(area);
    column(body).height.saturating_sub(1).max(1)
}

/// How far the welcome text can scroll on the terminal.
pub fn max_scroll(scene: &Scene) -> u16 {
    let (_, body, _) = frame_areas(scene::laid_out(scene));
    let column = column(body);
    widgets::max_scroll(&text(scene, column.width), column)
}

pub fn draw(scene: &Scene, view: &Welcome, frame: &mut Frame, area: Rect) {
    let theme = scene.theme;
    let (top, body, keys) = frame_areas(area);
    match scene.kiosk {
        Some(kiosk) => top_bar(
            frame,
            top,
            theme,
            &format!("Workshop: {}", for_terminal(&kiosk.session)),
            &kiosk.counter(),
        ),
        None => top_bar(frame, top, theme, "careerfit", "Welcome"),
    }
    let column = column(body);
    render_scrolled(frame, theme, text(scene, column.width), column, view.scroll);
    bindings_bar(frame, keys, theme, &bindings(&scene.keys));
}

/// The welcome text, `width` columns wide (a key's meaning wraps under
/// itself, not under the key).
fn text<'a>(scene: &Scene, width: u16) -> Vec<Line<'a>> {
    let theme = scene.theme;
    let quiz = &scene.content.quiz;
    let n = quiz.questions.len();
    let key = |k: &str, what: &str| -> Vec<Line<'a>> {
        let lead = format!("    {}", crate::text::pad(k, 9));
        let indent = crate::text::width(&lead);
        crate::text::wrap(what, (width as usize).saturating_sub(indent).max(10))
            .into_iter()
            .enumerate()
            .map(|(i, part)| {
                if i == 0 {
                    Line::from(vec![
                        Span::styled(lead.clone(), theme.key()),
                        Span::raw(part),
                    ])
                } else {
                    Line::raw(format!("{}{part}", " ".repeat(indent)))
                }
            })
            .collect()
    };
    let mut lines = vec![
        Line::styled(quiz.title.clone(), theme.title()),
        Line::raw(""),
    ];
    if let Some(intro) = &quiz.intro {
        lines.push(Line::raw(intro.clone()));
        lines.push(Line::raw(""));
    }
    lines.push(Line::raw(format!("{}. {HOW_TO_ANSWER}", length(n))));
    lines.push(Line::raw(""));
    // Said before the key list, so it shows on the smallest screen.
    lines.push(Line::styled("Press Enter to start.", theme.good()));
    lines.push(Line::raw(""));
    lines.push(Line::styled("How to answer", theme.question()));
    lines.extend(key(
        "1 to 5",
        "answer at once (a choice question uses 1 to 4)",
    ));
    lines.extend(key("↑ ↓", "move, then Enter to pick"));
    lines.extend(key("← or b", "go back and change an answer"));
    lines.extend(key("s", "skip a question (you can come back to it)"));
    lines.extend(key("?", "show all keys at any time"));
    if scene.policy.can_quit {
        lines.extend(key("q", "leave"));
    }
    if scene.policy.can_quit && scene.policy.has_careerfit {
        lines.push(Line::raw(""));
        lines.push(Line::styled(
            "Using a screen reader, or want plain text? Quit and run: careerfit --plain",
            theme.dim(),
        ));
    }
    if scene.policy.can_quit && !scene.policy.has_careerfit {
        // A served seat: there is no careerfit to run on the participant's
        // computer, but ssh without a terminal gets plain text.
        lines.push(Line::raw(""));
        lines.push(Line::styled(
            "Using a screen reader, or want plain text? Leave with q and join again with ssh -T (the same line, with -T added).",
            theme.dim(),
        ));
    }
    if let Some(kiosk) = scene.kiosk.filter(|_| scene.policy.hands_over) {
        lines.push(Line::raw(""));
        lines.push(Line::styled(
            format!(
                "Facilitator: results go to {}. q ends the workshop{}.",
                for_terminal(&kiosk.results.display().to_string()),
                if kiosk.pin.is_some() {
                    " (PIN needed)"
                } else {
                    ""
                }
            ),
            theme.dim(),
        ));
    }

    lines
}
