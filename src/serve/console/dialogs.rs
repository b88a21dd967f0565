//! What opens over the lobby: the help screen (from the one key table),
//! and the questions asked before removing someone or ending the
//! workshop, the PIN among them. Pure: they only read the console.

use ratatui::Frame;
use ratatui::text::Line;
use ratatui::widgets::{Block, Borders, Paragraph};

use super::keys::KEYS;
use super::lobby::who;
use super::state::{Console, Dialog};
use crate::text::{pad, wrap};
use crate::tui::widgets::{hanging, key_bar, popup, top_bar};

/// The help screen: every key and what it does.
pub fn help(console: &Console, frame: &mut Frame) {
    let area = frame.area();
    let theme = &console.theme;
    let (left, right) = super::lobby::top(console);
    top_bar(
        frame,
        ratatui::layout::Rect::new(area.x, area.y, area.width, 1),
        theme,
        &left,
        right,
    );
    let width = area.width.saturating_sub(2);
    let mut lines = vec![
        Line::raw(""),
        Line::styled("Keys on the console", theme.title()),
        Line::raw(""),
    ];
    for line in KEYS {
        let first = format!("{}  ", pad(line.shown, 3));
        lines.extend(hanging(
            line.help,
            width,
            &first,
            ratatui::style::Style::new(),
        ));
    }
    lines.push(Line::raw(""));
    lines.extend(
        wrap(
            "Ctrl-C ends the workshop too (asking the PIN when there is one). \
             Answers are kept on this computer either way.",
            width as usize,
        )
        .into_iter()
        .map(|text| Line::styled(text, theme.dim())),
    );
    let body =
        ratatui::layout::Rect::new(area.x + 1, area.y + 1, width, area.height.saturating_sub(2));
    frame.render_widget(Paragraph::new(lines), body);
    let keys = ratatui::layout::Rect::new(area.x, area.bottom().saturating_sub(1), area.width, 1);
    key_bar(
        frame,
        keys,
        theme,
        &[("?", "close help"), ("Esc", "close help")],
    );
}

/// The question open over the lobby, if any.
pub fn dialog(console: &Console, frame: &mut Frame) {
    let Some(dialog) = console.dialog else {
        return;
    };
    let theme = &console.theme;
    let (title, text, keys): (&str, String, &str) = match dialog {
        Dialog::Remove(number) => {
            let place = console
                .roster
                .places()
                .into_iter()
                .find(|p| p.number == number);
            let name = place.map_or(format!("#{number}"), |p| who(&p, console.hide_names));
            (
                " Remove a participant ",
                format!(
                    "Remove {name}? Their seat is closed and they cannot come back. \
                     Their answers so far are kept."
                ),
                "y remove   n go back",
            )
        }
        Dialog::End => (
            " End the workshop ",
            "End the workshop for everyone? Each participant sees a goodbye and their \
             summary. All answers are kept."
                .to_string(),
            "y end the workshop   n go back",
        ),
        Dialog::Pin => {
            let typed = console
                .pin
                .as_ref()
                .map_or(0, |pin| pin.pin_typed.chars().count());
            (
                " End the workshop ",
                format!(
                    "Type the PIN to end the workshop for everyone.\n\nPIN: {}",
                    "*".repeat(typed)
                ),
                "Enter check the PIN   Esc go back",
            )
        }
    };
    let area = frame.area();
    let width = area.width.saturating_sub(4).min(64);
    let inner = width.saturating_sub(4) as usize;
    let mut lines: Vec<Line> = Vec::new();
    for paragraph in text.split('\n') {
        if paragraph.is_empty() {
            lines.push(Line::raw(""));
            continue;
        }
        lines.extend(wrap(paragraph, inner).into_iter().map(Line::raw));
    }
    if dialog == Dialog::Pin
        && let Some(notice) = &console.notice
    {
        lines.push(Line::raw(""));
        lines.extend(
            wrap(notice, inner)
                .into_iter()
                .map(|text| Line::styled(text, theme.warn())),
        );
    }
    lines.push(Line::raw(""));
    lines.push(Line::styled(keys.to_string(), theme.key()));
    let height = lines.len() as u16 + 2;
    let rect = popup(frame, area, width, height);
    let block = Block::default()
        .borders(Borders::ALL)
        .title(Line::styled(title, theme.title()));
    frame.render_widget(
        Paragraph::new(lines).block(block.padding(ratatui::widgets::Padding::horizontal(1))),
        rect,
    );
}
