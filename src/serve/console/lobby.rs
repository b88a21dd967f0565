//! The lobby: how to join (the ssh line for each address, "type yes", the
//! host key's fingerprint on a line of its own, the code), then every
//! participant with how far they are, then the key bar. Pure: it only
//! reads the console.

use std::time::Duration;

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use super::keys::{KEYS, bar_word};
use super::state::Console;
use crate::lang::Words;
use crate::serve::roster::{Place, Stage};
use crate::text::{pad, truncate, wrap};
use crate::tui::theme::{MARKER, NO_MARKER};
use crate::tui::widgets::{key_bar, top_bar};

/// The widest a nickname is shown.
const NAME_WIDTH: usize = 20;

/// The top bar's words: the session, and whether joins are open.
pub fn top(console: &Console) -> (String, &'static str) {
    let left = if console.session.is_empty() {
        "careerfit serve".to_string()
    } else {
        format!("careerfit serve · {}", console.session)
    };
    let right = if console.roster.is_locked() {
        console.words.word("console-joins-locked")
    } else {
        console.words.word("console-joins-open")
    };
    (left, right)
}

pub fn draw(console: &Console, frame: &mut Frame) {
    let area = frame.area();
    let [top_area, body, notice, keys] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Min(1),
        Constraint::Length(1),
        Constraint::Length(1),
    ])
    .areas(area);
    let (left, right) = top(console);
    top_bar(frame, top_area, &console.theme, &left, right);
    let inner = Rect::new(
        body.x + 1,
        body.y,
        body.width.saturating_sub(2),
        body.height,
    );
    let join = join_lines(console, inner.width as usize);
    let join_height = (join.len() as u16).min(inner.height);
    let [join_area, lobby_area] =
        Layout::vertical([Constraint::Length(join_height), Constraint::Min(0)]).areas(inner);
    frame.render_widget(Paragraph::new(join), join_area);
    frame.render_widget(
        Paragraph::new(lobby_lines(console, lobby_area.height as usize)),
        lobby_area,
    );
    if let Some(text) = &console.notice {
        let text = truncate(text, notice.width.saturating_sub(2) as usize);
        frame.render_widget(
            Paragraph::new(Line::styled(format!(" {text}"), console.theme.warn())),
            notice,
        );
    }
    let locked = console.roster.is_locked();
    let pairs: Vec<(&str, &str)> = KEYS
        .iter()
        .map(|line| {
            (
                line.shown,
                bar_word(&console.words, line, locked, console.hide_names),
            )
        })
        .collect();
    key_bar(frame, keys, &console.theme, &pairs);
}

/// How to join, wrapped to `width`.
fn join_lines(console: &Console, width: usize) -> Vec<Line<'static>> {
    let theme = &console.theme;
    let words = &console.words;
    let mut lines = vec![
        Line::raw(""),
        Line::styled(words.get("console-to-join"), theme.question()),
    ];
    for ssh in console.join.ssh_lines() {
        lines.push(Line::styled(format!("    {ssh}"), theme.good()));
    }
    lines.extend(
        wrap(&words.get("console-type-yes"), width)
            .into_iter()
            .map(Line::raw),
    );
    lines.push(Line::raw(words.get("console-fingerprint")));
    // On a line of its own, so the room can read it whole.
    lines.push(Line::styled(
        format!("    {}", console.join.fingerprint),
        theme.key(),
    ));
    if let Some(said) = console.join.code_words_in(words) {
        lines.extend(wrap(&said, width).into_iter().map(Line::raw));
    }
    lines.push(Line::raw(""));
    lines
}

/// The counts line, the column heads and as many places as fit in
/// `height` rows, the chosen one always among them.
fn lobby_lines(console: &Console, height: usize) -> Vec<Line<'static>> {
    let theme = &console.theme;
    let words = &console.words;
    let (places, selected) = console.places();
    let mut lines = vec![Line::styled(counts_in(words, &places), theme.title())];
    if places.is_empty() {
        lines.push(Line::styled(words.get("console-nobody"), theme.dim()));
        return lines;
    }
    lines.push(Line::styled(
        format!(
            "{NO_MARKER}{}",
            row(
                console,
                words.word("console-who"),
                words.word("console-connection"),
                words.word("console-progress"),
                words.word("console-idle"),
            )
        ),
        theme.dim(),
    ));
    let room = height.saturating_sub(2).max(1);
    let first = (selected + 1).saturating_sub(room);
    let now = console.now();
    for (index, place) in places.iter().enumerate().skip(first).take(room) {
        let idle = idle(now.saturating_duration_since(place.last_input));
        let text = row(
            console,
            &who(place, console.hide_names),
            connection(words, place),
            &progress_in(words, place.stage),
            &idle,
        );
        let (mark, style) = if index == selected {
            (MARKER, theme.selected())
        } else if place.removed || !place.connected {
            (NO_MARKER, theme.dim())
        } else {
            (NO_MARKER, ratatui::style::Style::new())
        };
        lines.push(Line::from(vec![
            Span::styled(mark, style),
            Span::styled(text, style),
        ]));
    }
    lines
}

/// "6 joined · 4 connected · 2 finished".
pub fn counts(places: &[Place]) -> String {
    counts_in(&Words::english(), places)
}

/// [`counts`] in `words`.
pub fn counts_in(words: &Words, places: &[Place]) -> String {
    let connected = places.iter().filter(|p| p.connected && !p.removed).count();
    let finished = places.iter().filter(|p| p.stage == Stage::Recorded).count();
    let removed = places.iter().filter(|p| p.removed).count();
    let mut text = words.args(
        "console-counts",
        &[
            ("joined", places.len().into()),
            ("connected", connected.into()),
            ("finished", finished.into()),
        ],
    );
    if removed > 0 {
        text.push_str(" · ");
        text.push_str(&words.args("console-removed-count", &[("n", removed.into())]));
    }
    text
}

fn row(console: &Console, who: &str, connection: &str, progress: &str, idle: &str) -> String {
    let who_width = if console.hide_names {
        5
    } else {
        NAME_WIDTH + 6
    };
    format!(
        "{}{}{}{idle}",
        pad(&truncate(who, who_width - 1), who_width),
        pad(connection, connection_width(&console.words)),
        pad(progress, 20),
    )
}

/// "#3 Sam", or "#3" when names are hidden or not given.
pub fn who(place: &Place, hide_names: bool) -> String {
    match &place.nickname {
        Some(name) if !hide_names => format!(
            "#{} {}",
            place.number,
            truncate(&crate::text::one_line(name), NAME_WIDTH)
        ),
        _ => format!("#{}", place.number),
    }
}

/// The connection column's width: 12, or wider when a language's word
/// for it needs more (a space always follows).
fn connection_width(words: &Words) -> usize {
    [
        words.word("console-connection"),
        words.word("console-removed"),
        words.word("console-connected"),
        words.word("console-dropped"),
    ]
    .iter()
    .map(|w| crate::text::width(w) + 1)
    .max()
    .unwrap_or(0)
    .max(12)
}

fn connection(words: &Words, place: &Place) -> &'static str {
    if place.removed {
        words.word("console-removed")
    } else if place.connected {
        words.word("console-connected")
    } else {
        words.word("console-dropped")
    }
}

/// How far a participant is, in words.
pub fn progress(stage: Stage) -> String {
    progress_in(&Words::english(), stage)
}

/// [`progress`] in `words`.
pub fn progress_in(words: &Words, stage: Stage) -> String {
    match stage {
        Stage::Starting => words.get("console-starting"),
        Stage::Question { at, of } => {
            words.args("console-question", &[("at", at.into()), ("of", of.into())])
        }
        Stage::Review => words.get("console-review"),
        Stage::Results => words.get("console-results"),
        Stage::Recorded => words.get("console-finished"),
    }
}

/// "12s", "4m 05s", "1h 02m".
pub fn idle(time: Duration) -> String {
    let secs = time.as_secs();
    match secs {
        0..60 => format!("{secs}s"),
        60..3600 => format!("{}m {:02}s", secs / 60, secs % 60),
        _ => format!("{}h {:02}m", secs / 3600, secs / 60 % 60),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn idle_time_reads_in_seconds_minutes_and_hours() {
        assert_eq!(idle(Duration::from_secs(9)), "9s");
        assert_eq!(idle(Duration::from_secs(245)), "4m 05s");
        assert_eq!(idle(Duration::from_secs(3720)), "1h 02m");
    }
}
