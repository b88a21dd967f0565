//! The welcome screen: what the quiz is, how long it takes, how to answer,
//! and that it is for exploring, not a test.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};

use super::scene::{self, Go, Scene};
use crate::summary::{how_to_answer, length_in};
use crate::tui::keys::{Action, bindings_in};
use crate::tui::widgets::{
    self, bindings_bar, column, frame_areas, render_scrolled, top_bar, workshop_title,
};
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
            Action::Language if scene.languages => Go::Language,
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
    let words = scene.words;
    let (top, body, keys) = frame_areas(area);
    match scene.kiosk {
        Some(kiosk) => top_bar(
            frame,
            top,
            theme,
            &workshop_title(words, &kiosk.session),
            &kiosk.counter_in(words),
        ),
        None => top_bar(frame, top, theme, "careerfit", &words.get("top-welcome")),
    }
    let column = column(body);
    render_scrolled(
        frame,
        theme,
        scene.words,
        text(scene, column.width),
        column,
        view.scroll,
    );
    bindings_bar(
        frame,
        keys,
        theme,
        &bindings_in(&scene.keys, words, scene.languages),
    );
}

/// The welcome text, `width` columns wide (a key's meaning wraps under
/// itself, not under the key).
fn text<'a>(scene: &Scene, width: u16) -> Vec<Line<'a>> {
    let theme = scene.theme;
    let words = scene.words;
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
    lines.push(Line::raw(format!(
        "{}. {}",
        length_in(words, n),
        how_to_answer(words)
    )));
    lines.push(Line::raw(""));
    // Said before the key list, so it shows on the smallest screen.
    lines.push(Line::styled(words.get("welcome-press-enter"), theme.good()));
    lines.push(Line::raw(""));
    lines.push(Line::styled(
        words.get("welcome-how-heading"),
        theme.question(),
    ));
    lines.extend(key(
        &words.get("welcome-key-numbers"),
        &words.get("welcome-numbers"),
    ));
    lines.extend(key("↑ ↓", &words.get("welcome-arrows")));
    lines.extend(key(
        &words.get("welcome-key-back"),
        &words.get("welcome-back"),
    ));
    lines.extend(key("s", &words.get("welcome-skip")));
    lines.extend(key("?", &words.get("welcome-help")));
    if scene.policy.can_quit {
        lines.extend(key("q", &words.get("welcome-leave")));
    }
    if scene.languages {
        // In the next language's own words, so a person who cannot read
        // this one finds it.
        let next_words = crate::lang::Words::new(words.lang().next());
        lines.extend(key("e", &next_words.get("welcome-language")));
    }
    if scene.policy.can_quit && scene.policy.has_careerfit {
        lines.push(Line::raw(""));
        lines.push(Line::styled(words.get("welcome-plain"), theme.dim()));
    }
    if scene.policy.can_quit && !scene.policy.has_careerfit {
        // A served seat: there is no careerfit to run on the participant's
        // computer, but ssh without a terminal gets plain text.
        lines.push(Line::raw(""));
        lines.push(Line::styled(words.get("welcome-plain-seat"), theme.dim()));
    }
    if let Some(kiosk) = scene.kiosk.filter(|_| scene.policy.hands_over) {
        lines.push(Line::raw(""));
        let file = for_terminal(&kiosk.results.display().to_string());
        lines.push(Line::styled(
            if kiosk.pin.is_some() {
                words.args("welcome-facilitator-pin", &[("file", file.into())])
            } else {
                words.args("welcome-facilitator", &[("file", file.into())])
            },
            theme.dim(),
        ));
    }

    lines
}
