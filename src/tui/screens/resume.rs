//! Offered at start when an unfinished quiz was saved: resume it, or start
//! over. Says plainly when the quiz changed and answers were dropped.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};

use super::scene::{Go, Scene};
use crate::store::clock;
use crate::tui::keys::{Action, bindings_in};
use crate::tui::widgets::{bindings_bar, column, frame_areas, hanging, render_scrolled, top_bar};

/// A key on the offer: resume, start over, or leave at once.
pub fn on_key(action: Action) -> Go {
    match action {
        Action::Enter | Action::Retake | Action::Yes | Action::Right => Go::Resume,
        Action::No => Go::Decline,
        Action::Quit | Action::Escape => Go::Quit,
        _ => Go::Stay,
    }
}

pub fn draw(scene: &Scene, frame: &mut Frame, area: Rect) {
    let theme = scene.theme;
    let words = scene.words;
    let Some(offer) = scene.offer else { return };
    let (top, body, keys) = frame_areas(area);
    top_bar(
        frame,
        top,
        theme,
        "careerfit",
        &words.get("top-welcome-back"),
    );
    let col = column(body);
    let total = scene.content.quiz.questions.len();
    let mut lines = vec![
        Line::styled(scene.content.quiz.title.clone(), theme.title()),
        Line::raw(""),
    ];
    lines.extend(hanging(
        &words.args(
            "resume-unfinished",
            &[
                ("when", clock::readable_in(words, &offer.saved_at).into()),
                ("answered", offer.answered.into()),
                ("total", total.into()),
            ],
        ),
        col.width,
        "",
        Style::new(),
    ));
    if offer.quiz_changed {
        let dropped = words.args("resume-dropped", &[("n", offer.dropped.into())]);
        lines.push(Line::raw(""));
        lines.extend(hanging(
            &words.args("resume-changed", &[("dropped", dropped.into())]),
            col.width,
            "",
            theme.warn(),
        ));
    }
    // The choices, from the one key table (the bar below shows them short).
    lines.push(Line::raw(""));
    let choices = bindings_in(&scene.keys, words, scene.languages);
    let names: Vec<String> = choices.iter().map(|b| b.keys.short()).collect();
    let wide = names
        .iter()
        .map(|n| crate::text::width(n))
        .max()
        .unwrap_or(0);
    for (binding, name) in choices.iter().zip(&names) {
        lines.push(Line::from(vec![
            Span::styled(format!("  {}  ", crate::text::pad(name, wide)), theme.key()),
            Span::raw(binding.what.clone()),
        ]));
    }
    render_scrolled(frame, theme, scene.words, lines, col, 0);
    bindings_bar(
        frame,
        keys,
        theme,
        &bindings_in(&scene.keys, words, scene.languages),
    );
}
