//! Drawing the whole dashboard: where each part goes at each size, the top
//! bar, the notes, the key hints, the help pop-up, and the "too small" and
//! "no participants yet" screens. Pure: the state in, a frame out.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph};

use super::state::Dashboard;
use super::{charts, table};
use crate::tui::widgets::{key_bar, popup, top_bar, wrap};
use crate::workshop::group::export::cell;
use crate::workshop::group::{MAX_TEXT, safe};

/// The smallest terminal the dashboard is laid out for.
pub const MIN_WIDTH: u16 = 60;
pub const MIN_HEIGHT: u16 = 20;

/// The most lines the notes take; more are cut with "…".
const MAX_NOTE_LINES: usize = 4;

/// Where each part of the dashboard is drawn.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Areas {
    pub top: Rect,
    pub charts: Rect,
    pub counts: Rect,
    pub notes: Rect,
    pub table: Rect,
    pub keys: Rect,
}

/// The content column: the body less a margin, at most 156 wide, centred.
fn content(area: Rect) -> Rect {
    let width = area.width.saturating_sub(2).min(156);
    Rect::new(
        area.x + (area.width - width) / 2,
        area.y + 1,
        width,
        area.height.saturating_sub(2),
    )
}

/// The notes to show, each with its style, wrapped to `width` and cut to
/// `MAX_NOTE_LINES`.
fn note_lines(d: &Dashboard, width: u16) -> Vec<Line<'static>> {
    let theme = &d.theme;
    let words = &d.words;
    // Short forms of the exports' notes: the screen is for the room.
    let mut notes: Vec<(String, Style)> = Vec::new();
    if let Some(problem) = &d.problem {
        notes.push((
            words.args("dash-problem", &[("problem", problem.as_str().into())]),
            theme.warn(),
        ));
    }
    for file in &d.waiting {
        notes.push((
            words.args("dash-waiting", &[("file", file.as_str().into())]),
            theme.dim(),
        ));
    }
    if d.group.quizzes.len() > 1 {
        notes.push((
            words.args("dash-quizzes", &[("n", d.group.quizzes.len().into())]),
            theme.warn(),
        ));
    }
    if let Some(q) = d.current().filter(|q| q.other_version > 0) {
        notes.push((
            words.args("dash-other-version", &[("n", q.other_version.into())]),
            theme.warn(),
        ));
    }
    if d.group.duplicates > 0 {
        notes.push((
            words.args("dash-duplicates", &[("n", d.group.duplicates.into())]),
            theme.warn(),
        ));
    }
    if d.skipped > 0 {
        notes.push((
            words.args("dash-skipped", &[("n", d.skipped.into())]),
            theme.warn(),
        ));
    }
    let mut lines: Vec<Line<'static>> = Vec::new();
    for (text, style) in notes {
        for (i, part) in wrap(&text, width.saturating_sub(2) as usize)
            .into_iter()
            .enumerate()
        {
            let lead = if i == 0 { "" } else { "  " };
            lines.push(Line::styled(format!("{lead}{part}"), style));
        }
    }
    if lines.len() > MAX_NOTE_LINES {
        lines.truncate(MAX_NOTE_LINES);
        let last = lines[MAX_NOTE_LINES - 1].to_string();
        let style = lines[MAX_NOTE_LINES - 1].style;
        lines[MAX_NOTE_LINES - 1] = Line::styled(
            cell(&format!("{last} …"), width as usize)
                .trim_end()
                .to_string(),
            style,
        );
    }
    lines
}

/// Where each part goes on a terminal of `area`'s size.
pub fn layout(d: &Dashboard, area: Rect) -> Areas {
    let top = Rect::new(area.x, area.y, area.width, 1);
    let keys = Rect::new(area.x, area.bottom().saturating_sub(1), area.width, 1);
    let body = content(area);
    let notes = note_lines(d, body.width).len() as u16;
    let wanted = d
        .current()
        .map_or(0, |q| q.roles.len().max(q.profile.len())) as u16;
    // blank, charts title, blank, counts, notes, blank; the table keeps at
    // least its title, its header and three rows.
    let fixed = 1 + 1 + 1 + 1 + notes + 1;
    let mut chart_rows = wanted.min(body.height.saturating_sub(fixed + 5)).max(1);
    // On a tall screen (a projector), a blank line between bars, if the
    // table still keeps a dozen rows.
    if body.height >= 40 && body.height >= fixed + 2 * wanted + 14 {
        chart_rows = (2 * wanted).saturating_sub(1).max(1);
    }
    let rows = [1 + chart_rows, 1, 1, notes, 1];
    let mut y = body.y + 1;
    let mut parts = [Rect::default(); 5];
    for (part, h) in parts.iter_mut().zip(rows) {
        *part = Rect::new(
            body.x,
            y,
            body.width,
            h.min(body.bottom().saturating_sub(y)),
        );
        y += h;
    }
    let [charts, _, counts, notes, _] = parts;
    let table = Rect::new(body.x, y, body.width, body.bottom().saturating_sub(y));
    Areas {
        top,
        charts,
        counts,
        notes,
        table,
        keys,
    }
}

/// How many participants' rows the table shows on a terminal of this size.
pub fn table_rows(d: &Dashboard, width: u16, height: u16) -> usize {
    if width < MIN_WIDTH || height < MIN_HEIGHT || d.current().is_none() {
        return 0;
    }
    table::rows_shown(layout(d, Rect::new(0, 0, width, height)).table)
}

/// Draws the whole frame for the dashboard's state.
pub fn draw(d: &Dashboard, frame: &mut Frame) {
    let area = frame.area();
    if area.width < MIN_WIDTH || area.height < MIN_HEIGHT {
        too_small(d, frame, area);
        return;
    }
    let theme = &d.theme;
    let words = &d.words;
    let areas = layout(d, area);
    draw_top(d, frame, areas.top);
    let mut keys: Vec<(&str, &str)> = vec![
        ("q", words.word("dash-key-quit")),
        ("↑↓ PgUp PgDn", words.word("dash-key-scroll")),
    ];
    keys.push((
        "h",
        if d.hide_names {
            words.word("dash-key-show-names")
        } else {
            words.word("dash-key-hide-names")
        },
    ));
    if d.group.quizzes.len() > 1 {
        keys.push(("Tab", words.word("dash-key-next-quiz")));
    }
    keys.push(("?", words.word("dash-key-help")));
    key_bar(frame, areas.keys, theme, &keys);

    match d.current() {
        None => empty(d, frame, area),
        Some(q) => {
            charts::draw(d, q, frame, areas.charts);
            frame.render_widget(Paragraph::new(charts::counts(d, q)), areas.counts);
            frame.render_widget(
                Paragraph::new(note_lines(d, areas.notes.width)),
                areas.notes,
            );
            table::draw(d, q, frame, areas.table);
        }
    }
    if d.help {
        help(d, frame, area);
    }
}

fn draw_top(d: &Dashboard, frame: &mut Frame, area: Rect) {
    let words = &d.words;
    let title = words.get("dash-title");
    let mut left = title.clone();
    if let Some(q) = d.current() {
        left.push_str(&format!(" · {}", safe(&q.quiz, 24)));
        if d.group.quizzes.len() > 1 {
            let of = words.args(
                "dash-quiz-of",
                &[
                    ("n", (d.quiz + 1).into()),
                    ("total", d.group.quizzes.len().into()),
                ],
            );
            left.push_str(&format!(" {of}"));
        }
    }
    let count = match d.current() {
        Some(q) if d.group.quizzes.len() > 1 => q.participants.len(),
        _ => d.group.participants,
    };
    let count = words.args("dash-participants", &[("n", count.into())]);
    let hidden = words.get("dash-names-hidden");
    let mut right = vec![count];
    if d.hide_names {
        right.push(hidden.clone());
    }
    if let Some(at) = d.updated.as_deref().filter(|_| d.watching) {
        right.push(words.args("dash-updated", &[("time", clock_time(at).into())]));
    }
    // The counter is always whole: on a narrow terminal the extras go
    // first, so that "Group report" stays readable; the quiz name is cut.
    let fits = |right: &[String]| {
        crate::text::width(&title) + crate::text::width(&right.join(" · ")) + 4
            <= area.width as usize
    };
    if !fits(&right) {
        right.retain(|part| *part != hidden);
    }
    if !fits(&right) {
        right.truncate(1);
    }
    top_bar(frame, area, &d.theme, &left, &right.join(" · "));
}

/// "14:10:03" from "2026-11-25T14:10:03Z".
fn clock_time(stamp: &str) -> String {
    crate::store::clock::time_of_day(stamp).unwrap_or_else(|| safe(stamp, MAX_TEXT))
}

fn empty(d: &Dashboard, frame: &mut Frame, area: Rect) {
    let body = content(area);
    let theme = &d.theme;
    let words = &d.words;
    let mut lines = vec![
        Line::raw(""),
        Line::raw(""),
        Line::styled(words.get("dash-no-participants"), theme.title()),
        Line::raw(""),
    ];
    let files = d.files.join(", ");
    let said = if d.watching {
        words.args("dash-watching", &[("files", files.into())])
    } else {
        words.args("dash-nobody", &[("files", files.into())])
    };
    for part in wrap(&said, body.width as usize) {
        lines.push(Line::raw(part));
    }
    lines.push(Line::raw(""));
    lines.extend(note_lines(d, body.width));
    frame.render_widget(Paragraph::new(lines), body);
}

fn help(d: &Dashboard, frame: &mut Frame, area: Rect) {
    let theme = &d.theme;
    let words = &d.words;
    let keys: &[(&str, &str)] = &[
        ("↑ ↓  k j", words.word("dash-help-scroll-row")),
        ("PgUp PgDn", words.word("dash-help-scroll-page")),
        ("Home End", words.word("dash-help-ends")),
        ("h", words.word("dash-help-names")),
        ("Tab", words.word("dash-help-tab")),
        ("?", words.word("dash-help-help")),
        ("q  Esc", words.word("dash-help-leave")),
    ];
    let mut lines: Vec<Line> = vec![Line::raw("")];
    for (key, what) in keys {
        lines.push(Line::from(vec![
            Span::styled(format!("  {key:<11}"), theme.key()),
            Span::raw(what.to_string()),
        ]));
    }
    lines.push(Line::raw(""));
    let watch = if d.watching {
        words.word("dash-help-watching")
    } else {
        words.word("dash-help-not-watching")
    };
    for part in wrap(watch, 52) {
        lines.push(Line::styled(format!("  {part}"), theme.dim()));
    }
    let rect = popup(frame, area, 58, lines.len() as u16 + 2);
    frame.render_widget(
        Paragraph::new(lines).block(Block::default().borders(Borders::ALL).title(Span::styled(
            format!(" {} ", words.word("dash-help-title")),
            theme.title(),
        ))),
        rect,
    );
}

fn too_small(d: &Dashboard, frame: &mut Frame, area: Rect) {
    let words = &d.words;
    let lines = vec![
        Line::raw(words.args(
            "dash-too-small",
            &[("w", MIN_WIDTH.into()), ("h", MIN_HEIGHT.into())],
        )),
        Line::raw(words.args(
            "dash-now",
            &[("w", area.width.into()), ("h", area.height.into())],
        )),
        Line::raw(words.get("dash-bigger")),
    ];
    frame.render_widget(Paragraph::new(lines), area);
}
