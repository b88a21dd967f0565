//! Pop-ups: the keys (on ?) and the questions asked before something is lost.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph};

use crate::tui::app::{App, Screen};
use crate::tui::widgets::{popup, wrap};

/// Keys of the screen on view, then the keys that work everywhere.
fn keys_for(screen: Screen) -> Vec<(&'static str, &'static str)> {
    let mut keys = match screen {
        Screen::Resume => vec![
            ("Enter or r", "resume the unfinished quiz"),
            ("n", "start over"),
        ],
        Screen::Name => vec![
            ("letters", "type a nickname"),
            ("Enter", "continue (empty: anonymous)"),
            ("Esc", "facilitator: end the workshop"),
        ],
        Screen::Welcome => vec![("Enter", "start the quiz")],
        Screen::Question(_) => vec![
            ("1 to 5", "answer at once and go on (1 to 4 on a choice)"),
            ("↑ ↓ or k j", "move the highlight"),
            ("Enter", "pick the highlighted answer"),
            ("← Backspace b", "back one question"),
            ("s or →", "skip for now (an answer you gave stays)"),
        ],
        Screen::Review => vec![
            ("↑ ↓", "move"),
            ("Enter", "change that answer, or see results"),
            ("← b", "back to the last question"),
        ],
        Screen::Results => vec![
            ("↑ ↓", "highlight a role"),
            ("Enter or →", "open the role's details"),
            ("c", "compare all roles"),
            ("PgDn PgUp", "scroll"),
            ("← b", "back to your answers"),
            ("r", "take the quiz again"),
            ("p", "save a take-home report (HTML and Markdown)"),
        ],
        Screen::Role => vec![
            ("← → Tab", "next or previous section"),
            ("1 to 8", "jump to a section"),
            ("↑ ↓ PgDn", "scroll"),
            ("c", "compare all roles"),
            ("Esc b", "back to the results"),
        ],
        Screen::Compare => vec![("↑ ↓", "scroll"), ("Esc b", "back")],
    };
    keys.push(("?", "show or hide these keys"));
    match screen {
        Screen::Role | Screen::Compare => keys.push(("q", "leave careerfit")),
        Screen::Results => keys.push(("q Esc", "leave careerfit (your result is printed)")),
        _ => keys.push(("q Esc", "leave (asks first if answers would be lost)")),
    }
    keys.push(("Ctrl-C", "leave at once"));
    keys
}

pub fn draw_keys(app: &App, frame: &mut Frame, area: Rect) {
    let theme = &app.theme;
    let keys = keys_for(app.screen());
    let width = 62u16.min(area.width.saturating_sub(4));
    let height = (keys.len() as u16 + 4).min(area.height);
    let rect = popup(frame, area, width, height);
    let mut lines: Vec<Line> = keys
        .iter()
        .map(|(k, what)| {
            Line::from(vec![
                Span::styled(format!(" {k:<14}"), theme.key()),
                Span::raw(what.to_string()),
            ])
        })
        .collect();
    lines.push(Line::raw(""));
    lines.push(Line::styled(" Press any key to close.", theme.dim()));
    let block = Block::default().borders(Borders::ALL).title(" Keys ");
    frame.render_widget(Paragraph::new(lines).block(block), rect);
}

pub fn draw_confirm(
    app: &App,
    frame: &mut Frame,
    area: Rect,
    title: &str,
    text: &str,
    keys: &[(&str, &str)],
) {
    let theme = &app.theme;
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
pub fn draw_end_workshop(app: &App, frame: &mut Frame, area: Rect) {
    let Some(kiosk) = &app.kiosk else { return };
    match &kiosk.pin {
        Some(_) => {
            let typed = "•".repeat(kiosk.pin_typed.chars().count());
            let text = match &app.notice {
                Some(notice) => format!("{notice} Facilitator PIN: {typed}"),
                None => format!("Facilitator PIN: {typed}"),
            };
            draw_confirm(
                app,
                frame,
                area,
                "End the workshop?",
                &text,
                &[("Enter", "end"), ("Esc", "keep going")],
            );
        }
        None => draw_confirm(
            app,
            frame,
            area,
            "End the workshop?",
            &format!("{} participants were recorded.", kiosk.done),
            &[("y", "end"), ("n", "keep going")],
        ),
    }
}
