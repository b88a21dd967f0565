//! What opens over the lobby: the help screen (from the one key table),
//! and the questions asked before removing someone or ending the
//! workshop, the PIN among them. Pure: they only read the console.

use ratatui::Frame;
use ratatui::text::Line;
use ratatui::widgets::{Block, Borders, Paragraph};

use super::keys::{KEYS, help_text};
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
    let words = &console.words;
    let mut lines = vec![
        Line::raw(""),
        Line::styled(words.get("console-help-title"), theme.title()),
        Line::raw(""),
    ];
    for line in KEYS {
        let first = format!("{}  ", pad(line.shown, 3));
        lines.extend(hanging(
            help_text(line, words),
            width,
            &first,
            ratatui::style::Style::new(),
        ));
    }
    lines.push(Line::raw(""));
    lines.extend(
        wrap(&words.get("console-help-ctrl-c"), width as usize)
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
        &[
            ("?", words.word("console-close-help")),
            ("Esc", words.word("console-close-help")),
        ],
    );
}

/// The question open over the lobby, if any.
pub fn dialog(console: &Console, frame: &mut Frame) {
    let Some(dialog) = console.dialog else {
        return;
    };
    let theme = &console.theme;
    let words = &console.words;
    let (title, text, keys): (&str, String, &str) = match dialog {
        Dialog::Remove(number) => {
            let place = console
                .roster
                .places()
                .into_iter()
                .find(|p| p.number == number);
            let name = place.map_or(format!("#{number}"), |p| who(&p, console.hide_names));
            (
                words.word("console-remove-title"),
                words.args("console-remove-text", &[("name", name.into())]),
                words.word("console-remove-keys"),
            )
        }
        Dialog::End => (
            words.word("console-end-title"),
            words.get("console-end-text"),
            words.word("console-end-keys"),
        ),
        Dialog::Pin => {
            let typed = console
                .pin
                .as_ref()
                .map_or(0, |pin| pin.pin_typed.chars().count());
            (
                words.word("console-end-title"),
                format!(
                    "{}\n\nPIN: {}",
                    words.get("console-pin-text"),
                    "*".repeat(typed)
                ),
                words.word("console-pin-keys"),
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
        .title(Line::styled(format!(" {title} "), theme.title()));
    frame.render_widget(
        Paragraph::new(lines).block(block.padding(ratatui::widgets::Padding::horizontal(1))),
        rect,
    );
}
