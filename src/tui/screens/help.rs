//! Pop-ups: the keys (on ?) and the questions asked before something is lost.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph};

use super::scene::{Overlay, Scene};
use crate::text;
use crate::tui::keys::bindings_in;
use crate::tui::widgets::{popup, wrap};

/// The box over the screen, if one is open.
pub fn draw(scene: &Scene, frame: &mut Frame, area: Rect) {
    let words = scene.words;
    match scene.overlay {
        Some(Overlay::Help) => draw_keys(scene, frame, area),
        Some(Overlay::EndWorkshop) => draw_end_workshop(scene, frame, area),
        Some(Overlay::ConfirmLeave) if scene.policy.hands_over => draw_confirm(
            scene,
            frame,
            area,
            &words.get("confirm-kiosk-title"),
            &words.get("confirm-kiosk-text"),
            &[
                ("y", words.get("confirm-start-over").as_str()),
                ("n", words.get("confirm-keep-going").as_str()),
            ],
        ),
        Some(Overlay::ConfirmLeave) if scene.outcome.is_some() => draw_confirm(
            scene,
            frame,
            area,
            &words.get("confirm-leave-result-title"),
            &words.get("confirm-leave-result-text"),
            &[
                ("y", words.get("confirm-leave").as_str()),
                ("n", words.get("confirm-stay").as_str()),
            ],
        ),
        Some(Overlay::ConfirmLeave) => draw_confirm(
            scene,
            frame,
            area,
            &words.get("confirm-leave-title"),
            &words.args(
                "confirm-leave-text",
                &[("n", scene.session.answers().answered().into())],
            ),
            &[
                ("y", words.get("confirm-leave").as_str()),
                ("n", words.get("confirm-keep-going").as_str()),
            ],
        ),
        Some(Overlay::ConfirmRetake) => draw_confirm(
            scene,
            frame,
            area,
            &words.get("confirm-retake-title"),
            &if scene.saving || scene.reopened {
                words.get("confirm-retake-saved")
            } else {
                words.get("confirm-retake-unsaved")
            },
            &[
                ("y", words.get("confirm-start-over").as_str()),
                ("n", words.get("confirm-keep-results").as_str()),
            ],
        ),
        None => {}
    }
}

/// The keys that work on the screen on view, in this mode: the same table
/// the key handling is checked against (`keys::bindings`).
fn draw_keys(scene: &Scene, frame: &mut Frame, area: Rect) {
    let theme = scene.theme;
    let words = scene.words;
    let bindings = bindings_in(&scene.keys, words, scene.languages);
    let width = 72u16.min(area.width.saturating_sub(4));
    let inner = width.saturating_sub(2) as usize;
    let names: Vec<String> = bindings.iter().map(|b| b.keys.names_in(words)).collect();
    let key_width = names
        .iter()
        .map(|n| text::width(n))
        .max()
        .unwrap_or(0)
        .min(inner / 3);
    let what_width = inner.saturating_sub(key_width + 3);
    let mut lines: Vec<Line> = Vec::new();
    for (binding, name) in bindings.iter().zip(&names) {
        let keys = wrap(name, key_width);
        let what = wrap(&binding.what, what_width);
        for row in 0..keys.len().max(what.len()) {
            let key = keys.get(row).map_or("", String::as_str);
            let pad = key_width.saturating_sub(text::width(key));
            lines.push(Line::from(vec![
                Span::styled(format!(" {key}{}  ", " ".repeat(pad)), theme.key()),
                Span::raw(what.get(row).cloned().unwrap_or_default()),
            ]));
        }
    }
    lines.push(Line::raw(""));
    lines.push(Line::styled(
        format!(" {}", words.get("help-close")),
        theme.dim(),
    ));
    let height = (lines.len() as u16 + 2).min(area.height);
    let rect = popup(frame, area, width, height);
    let block = Block::default()
        .borders(Borders::ALL)
        .title(format!(" {} ", words.get("help-title")));
    frame.render_widget(Paragraph::new(lines).block(block), rect);
}

fn draw_confirm(
    scene: &Scene,
    frame: &mut Frame,
    area: Rect,
    title: &str,
    text: &str,
    keys: &[(&str, &str)],
) {
    let theme = scene.theme;
    let width = 56u16.min(area.width.saturating_sub(4));
    let mut lines: Vec<Line> = wrap(text, width.saturating_sub(4) as usize)
        .into_iter()
        .map(|l| Line::raw(format!(" {l}")))
        .collect();
    let mut spans = vec![Span::raw(" ")];
    for (k, what) in keys {
        spans.push(Span::styled(k.to_string(), theme.key()));
        spans.push(Span::raw(format!(" {what}   ")));
    }
    lines.push(Line::raw(""));
    lines.push(Line::from(spans));
    let rect = popup(frame, area, width, lines.len() as u16 + 2);
    let block = Block::default()
        .borders(Borders::ALL)
        .title(format!(" {title} "));
    frame.render_widget(Paragraph::new(lines).block(block), rect);
}

/// The facilitator ends the workshop: the PIN when one is set, else y/n.
fn draw_end_workshop(scene: &Scene, frame: &mut Frame, area: Rect) {
    let Some(kiosk) = scene.kiosk else { return };
    let words = scene.words;
    match &kiosk.pin {
        Some(_) => {
            let typed = "•".repeat(kiosk.pin_typed.chars().count());
            let pin = words.args("end-workshop-pin", &[("typed", typed.into())]);
            let text = match scene.notice {
                Some(notice) => format!("{notice} {pin}"),
                None => pin,
            };
            draw_confirm(
                scene,
                frame,
                area,
                &words.get("end-workshop-title"),
                &text,
                &[
                    ("Enter", words.get("end-workshop-end").as_str()),
                    ("Esc", words.get("confirm-keep-going").as_str()),
                ],
            );
        }
        None => draw_confirm(
            scene,
            frame,
            area,
            &words.get("end-workshop-title"),
            &words.args("end-workshop-recorded", &[("n", kiosk.done.into())]),
            &[
                ("y", words.get("end-workshop-end").as_str()),
                ("n", words.get("confirm-keep-going").as_str()),
            ],
        ),
    }
}
