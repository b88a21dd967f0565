//! The welcome screen: what the quiz is, how long it takes, how to answer,
//! and that it is for exploring, not a test.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};

use crate::summary::{HOW_TO_ANSWER, length};
use crate::tui::app::App;
use crate::tui::keys::bindings;
use crate::tui::widgets::{self, bindings_bar, column, frame_areas, render_scrolled, top_bar};
use crate::workshop::label::for_terminal;

/// The rows of the welcome text in view at once (a page).
pub fn page(area: Rect) -> u16 {
    let (_, body, _) = frame_areas(area);
    column(body).height.saturating_sub(1).max(1)
}

/// How far the welcome text can scroll on a terminal of this size.
pub fn max_scroll(app: &App, area: Rect) -> u16 {
    let (_, body, _) = frame_areas(area);
    widgets::max_scroll(&text(app), column(body))
}

pub fn draw(app: &App, frame: &mut Frame, area: Rect) {
    let theme = &app.theme;
    let (top, body, keys) = frame_areas(area);
    match &app.kiosk {
        Some(kiosk) => top_bar(
            frame,
            top,
            theme,
            &format!("Workshop: {}", for_terminal(&kiosk.session)),
            &format!("{} done", kiosk.done),
        ),
        None => top_bar(frame, top, theme, "careerfit", "Welcome"),
    }
    render_scrolled(frame, theme, text(app), column(body), app.welcome_scroll);
    bindings_bar(frame, keys, theme, &bindings(app));
}

/// The welcome text.
fn text<'a>(app: &App) -> Vec<Line<'a>> {
    let theme = &app.theme;
    let quiz = &app.content.quiz;
    let n = quiz.questions.len();
    let key = |k: &str, what: &str| {
        Line::from(vec![
            Span::styled(format!("    {k:<9}"), theme.key()),
            Span::raw(what.to_string()),
        ])
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
    lines.push(key(
        "1 to 5",
        "answer at once (a choice question uses 1 to 4)",
    ));
    lines.push(key("↑ ↓", "move, then Enter to pick"));
    lines.push(key("← or b", "go back and change an answer"));
    lines.push(key("s", "skip a question (you can come back to it)"));
    lines.push(key("?", "show all keys at any time"));
    if app.kiosk.is_none() {
        lines.push(key("q", "leave"));
    }
    if app.kiosk.is_none() {
        lines.push(Line::raw(""));
        lines.push(Line::styled(
            "Using a screen reader, or want plain text? Quit and run: careerfit --plain",
            theme.dim(),
        ));
    }
    if let Some(kiosk) = &app.kiosk {
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
