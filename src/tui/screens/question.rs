//! One question at a time: the activity in clear bold text, the answers as
//! a highlighted list, progress, and the saved answer marked when coming back.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use crate::content::{Answer, QuestionKind};
use crate::session::Mark;
use crate::tui::app::App;
use crate::tui::keys::bindings;
use crate::tui::theme::{MARKER, NO_MARKER};
use crate::tui::widgets::{bar, bindings_bar, column, frame_areas, top_bar, wrap};

pub fn draw(app: &App, n: usize, frame: &mut Frame, area: Rect) {
    let theme = &app.theme;
    let quiz = &app.content.quiz;
    let question = &quiz.questions[n];
    let total = quiz.questions.len();
    let (top, body, keys) = frame_areas(area);
    top_bar(
        frame,
        top,
        theme,
        &quiz.title,
        &format!("{} of {total}", n + 1),
    );

    let col = column(body);
    let mut lines: Vec<Line> = Vec::new();

    // Progress: questions behind this one.
    let width = col.width.saturating_sub(6) as usize;
    let (filled, empty) = bar(100.0 * n as f64 / total as f64, width);
    lines.push(Line::from(vec![
        Span::styled(filled, theme.bar()),
        Span::styled(empty, theme.dim()),
        Span::styled(format!(" {:>3}%", 100 * n / total), theme.dim()),
    ]));
    lines.push(Line::raw(""));

    let (options, prompt): (Vec<String>, &str) = match &question.kind {
        QuestionKind::Likert { .. } => (quiz.scale.to_vec(), "How much would you like to do this?"),
        QuestionKind::Choice { options } => (
            options.iter().map(|o| o.label.clone()).collect(),
            "Pick the one you would most like to do.",
        ),
    };
    for line in wrap(&question.text, col.width as usize) {
        lines.push(Line::styled(line, theme.question()));
    }
    lines.push(Line::styled(prompt, theme.dim()));
    lines.push(Line::raw(""));

    let saved = match app.session.mark(n) {
        Mark::Answered(Answer::Likert(a)) => Some(usize::from(a) - 1),
        Mark::Answered(Answer::Choice(i)) => Some(i),
        _ => None,
    };
    for (i, label) in options.iter().enumerate() {
        let selected = i == app.cursor;
        let marker = if selected { MARKER } else { NO_MARKER };
        let style = if selected {
            theme.selected()
        } else {
            Default::default()
        };
        let mut spans = vec![Span::styled(format!("{marker}{}  {label}", i + 1), style)];
        if saved == Some(i) {
            spans.push(Span::styled("  ✓ your answer", theme.answer()));
        }
        lines.push(Line::from(spans));
    }
    lines.push(Line::raw(""));
    match (&app.notice, app.session.mark(n)) {
        (Some(notice), _) => lines.extend(crate::tui::widgets::hanging(
            notice,
            col.width,
            "",
            theme.warn(),
        )),
        (None, Mark::Skipped) => lines.push(Line::styled(
            "You skipped this one. Answer it now, or press s to skip again.",
            theme.dim(),
        )),
        _ => {}
    }

    // The progress bar stays on top; the question sits a third of the way
    // down the free space, where the eye rests on a tall terminal.
    let [progress, rest] = Layout::vertical([Constraint::Length(2), Constraint::Min(1)]).areas(col);
    let question_lines = lines.split_off(2);
    frame.render_widget(Paragraph::new(lines), progress);
    let free = rest.height.saturating_sub(question_lines.len() as u16);
    let [_, text] =
        Layout::vertical([Constraint::Length(free / 3), Constraint::Min(1)]).areas(rest);
    frame.render_widget(Paragraph::new(question_lines), text);

    bindings_bar(frame, keys, theme, &bindings(app));
}
