//! Workshop kiosk: the next participant types a nickname, or none. The
//! typing rules of its field serve the facilitator's PIN box too.

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};

use super::scene::Scene;
use crate::tui::keys::bindings_in;
use crate::tui::widgets::{
    bindings_bar, column, frame_areas, hanging, render_scrolled, top_bar, workshop_title,
};
use crate::workshop::label::{MAX_LABEL, for_terminal};

/// What a key did in a one-line text field: the nickname here, and the
/// facilitator's PIN in its box (the same rules for both).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Typed {
    /// A character typed or deleted (or none: the field is full).
    Edited,
    Enter,
    Escape,
}

/// Types `key` into `field`: printable characters up to `MAX_LABEL`,
/// Backspace deletes the last. `None` for a key that does nothing here.
pub fn type_into(field: &mut String, key: KeyEvent) -> Option<Typed> {
    match key.code {
        KeyCode::Char(c)
            if !c.is_control()
                && !key.modifiers.contains(KeyModifiers::CONTROL)
                && field.chars().count() < MAX_LABEL =>
        {
            field.push(c);
        }
        // A full field, or a control key: nothing to type.
        KeyCode::Char(_) => {}
        KeyCode::Backspace => {
            field.pop();
        }
        KeyCode::Enter => return Some(Typed::Enter),
        KeyCode::Esc => return Some(Typed::Escape),
        _ => return None,
    }
    Some(Typed::Edited)
}

pub fn draw(scene: &Scene, frame: &mut Frame, area: Rect) {
    let theme = scene.theme;
    let words = scene.words;
    let Some(kiosk) = scene.kiosk else { return };
    let (top, body, keys) = frame_areas(area);
    top_bar(
        frame,
        top,
        theme,
        &workshop_title(words, &kiosk.session),
        &kiosk.counter_in(words),
    );
    let col = column(body);
    let mut lines = vec![
        Line::styled(scene.content.quiz.title.clone(), theme.title()),
        Line::raw(""),
    ];
    lines.extend(hanging(
        &words.get("name-welcome"),
        col.width,
        "",
        Style::new(),
    ));
    lines.push(Line::raw(""));
    lines.push(Line::from(vec![
        Span::styled(format!("{} ", words.get("name-label")), theme.question()),
        Span::styled(for_terminal(&kiosk.name), theme.selected()),
        Span::styled("▏", theme.key()),
    ]));
    lines.push(Line::styled(
        words.args("name-limit", &[("n", MAX_LABEL.into())]),
        theme.dim(),
    ));
    render_scrolled(frame, theme, scene.words, lines, col, 0);
    bindings_bar(
        frame,
        keys,
        theme,
        &bindings_in(&scene.keys, words, scene.languages),
    );
}
