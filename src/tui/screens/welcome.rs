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
    let column = column(body);
    widgets::max_scroll(&text(app, column.width), column)
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
    let column = column(body);
    render_scrolled(
        frame,
        theme,
        text(app, column.width),
        column,
        app.welcome_scroll,
    );
    bindings_bar(frame, keys, theme, &bindings(app));
}

/// The welcome text, `width` columns wide (a key's meaning wraps under
/// itself, not under the key).
fn text<'a>(app: &App, width: u16) -> Vec<Line<'a>> {
    let theme = &app.theme;
    let quiz = &app.content.quiz;
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
    if app.kiosk.is_none() {
        lines.extend(key("q", "leave"));
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
