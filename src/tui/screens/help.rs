//! Pop-ups: the keys (on ?) and the questions asked before something is lost.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph};

use super::scene::{Overlay, Scene};
use crate::text;
use crate::tui::keys::bindings;
use crate::tui::widgets::{popup, wrap};

/// The box over the screen, if one is open.
pub fn draw(scene: &Scene, frame: &mut Frame, area: Rect) {
    match scene.overlay {
        Some(Overlay::Help) => draw_keys(scene, frame, area),
        Some(Overlay::EndWorkshop) => draw_end_workshop(scene, frame, area),
        Some(Overlay::ConfirmLeave) if scene.policy.hands_over => draw_confirm(
            scene,
            frame,
            area,
            "Start over for the next person?",
            "These answers will be cleared and not saved.",
            &[("y", "start over"), ("n", "keep going")],
        ),
        Some(Overlay::ConfirmLeave) if scene.outcome.is_some() => draw_confirm(
            scene,
            frame,
            area,
            "Leave careerfit?",
            "Your result will be printed in the terminal when you leave.",
            &[("y", "leave"), ("n", "stay")],
        ),
        Some(Overlay::ConfirmLeave) => draw_confirm(
            scene,
            frame,
            area,
            "Leave the quiz?",
            &format!(
                "You have answered {}. If you leave now, your answers are lost.",
                text::plural(scene.session.answers().answered(), "question", "questions"),
            ),
            &[("y", "leave"), ("n", "keep going")],
        ),
        Some(Overlay::ConfirmRetake) => draw_confirm(
            scene,
            frame,
            area,
            "Start over?",
            if scene.saving || scene.reopened {
                "The quiz starts again with no answers. This result stays saved: see it again with careerfit history."
            } else {
                "The quiz starts again with no answers. Saving is off, so this result will be gone."
            },
            &[("y", "start over"), ("n", "keep my results")],
        ),
        None => {}
    }
}

/// The keys that work on the screen on view, in this mode: the same table
/// the key handling is checked against (`keys::bindings`).
fn draw_keys(scene: &Scene, frame: &mut Frame, area: Rect) {
    let theme = scene.theme;
    let bindings = bindings(&scene.keys);
    let width = 72u16.min(area.width.saturating_sub(4));
    let inner = width.saturating_sub(2) as usize;
    let names: Vec<String> = bindings.iter().map(|b| b.keys.names()).collect();
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
    lines.push(Line::styled(" Press any key to close.", theme.dim()));
    let height = (lines.len() as u16 + 2).min(area.height);
    let rect = popup(frame, area, width, height);
    let block = Block::default().borders(Borders::ALL).title(" Keys ");
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
    match &kiosk.pin {
        Some(_) => {
            let typed = "•".repeat(kiosk.pin_typed.chars().count());
            let text = match scene.notice {
                Some(notice) => format!("{notice} Facilitator PIN: {typed}"),
                None => format!("Facilitator PIN: {typed}"),
            };
            draw_confirm(
                scene,
                frame,
                area,
                "End the workshop?",
                &text,
                &[("Enter", "end"), ("Esc", "keep going")],
            );
        }
        None => draw_confirm(
            scene,
            frame,
            area,
            "End the workshop?",
            &format!("{} participants were recorded.", kiosk.done),
            &[("y", "end"), ("n", "keep going")],
        ),
    }
}
