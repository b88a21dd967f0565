//! One question at a time: the activity in clear bold text, the answers as
//! a highlighted list, progress, and the saved answer marked when coming back.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use super::scene::{Go, Scene};
use crate::content::{Answer, QuestionKind, Quiz};
use crate::session::{Mark, Session};
use crate::summary::hint_text_in;
use crate::tui::keys::{Action, bindings_in};
use crate::tui::theme::{MARKER, NO_MARKER};
use crate::tui::widgets::{bar, bindings_bar, column, frame_areas, hanging, top_bar, wrap};

/// A question's view: the highlighted answer.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Question {
    pub cursor: usize,
}

impl Question {
    /// A key on question `n` (0-based).
    pub fn on_key(&mut self, scene: &Scene, n: usize, action: Action) -> Go {
        let count = scene.content.quiz.questions[n].answer_count();
        match action {
            Action::Number(d) if usize::from(d) <= count => Go::Answer(usize::from(d) - 1),
            Action::Number(_) => Go::Notice(
                scene
                    .words
                    .args("notice-press-number", &[("n", count.into())]),
            ),
            Action::Up => {
                self.cursor = self.cursor.saturating_sub(1);
                Go::Stay
            }
            Action::Down => {
                self.cursor = (self.cursor + 1).min(count - 1);
                Go::Stay
            }
            Action::Home => {
                self.cursor = 0;
                Go::Stay
            }
            Action::End => {
                self.cursor = count - 1;
                Go::Stay
            }
            Action::Enter => Go::Answer(self.cursor),
            Action::Left | Action::Back => Go::Back,
            Action::Skip | Action::Right => Go::Skip,
            Action::Quit | Action::Escape => Go::Leave,
            _ => Go::Stay,
        }
    }

    /// Puts the highlight on the saved answer of question `n`, or on the
    /// middle of the scale, or on the first option.
    pub fn place(&mut self, quiz: &Quiz, session: &Session, n: usize) {
        self.cursor = match (session.mark(n), &quiz.questions[n].kind) {
            (Mark::Answered(Answer::Likert(a)), _) => usize::from(a) - 1,
            (Mark::Answered(Answer::Choice(i)), _) => i,
            (_, QuestionKind::Likert { .. }) => 2,
            (_, QuestionKind::Choice { .. }) => 0,
        };
    }
}

pub fn draw(scene: &Scene, view: &Question, n: usize, frame: &mut Frame, area: Rect) {
    let theme = scene.theme;
    let words = scene.words;
    let quiz = &scene.content.quiz;
    let question = &quiz.questions[n];
    let total = quiz.questions.len();
    let (top, body, keys) = frame_areas(area);
    top_bar(
        frame,
        top,
        theme,
        &quiz.title,
        &words.args(
            "top-question-of",
            &[("n", (n + 1).into()), ("total", total.into())],
        ),
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

    let (options, prompt): (Vec<String>, String) = match &question.kind {
        QuestionKind::Likert { .. } => (quiz.scale.to_vec(), words.get("prompt-likert")),
        QuestionKind::Choice { options } => (
            options.iter().map(|o| o.label.clone()).collect(),
            words.get("prompt-choice"),
        ),
    };
    let width = col.width as usize;
    for line in wrap(&question.text, width) {
        lines.push(Line::styled(line, theme.question()));
    }
    // Plain words for a term in the question, dimmed so the question
    // itself stays what the eye lands on.
    if let Some(hint) = &question.hint {
        for line in wrap(&hint_text_in(words, hint), width) {
            lines.push(Line::styled(line, theme.dim()));
        }
    }
    for line in wrap(&prompt, width) {
        lines.push(Line::styled(line, theme.dim()));
    }
    lines.push(Line::raw(""));

    let saved = match scene.session.mark(n) {
        Mark::Answered(Answer::Likert(a)) => Some(usize::from(a) - 1),
        Mark::Answered(Answer::Choice(i)) => Some(i),
        _ => None,
    };
    // The rows of each answer, to keep the highlighted one in view.
    let mut rows_of = Vec::with_capacity(options.len());
    for (i, label) in options.iter().enumerate() {
        let start = lines.len() - 2;
        lines.extend(answer_lines(scene, view, i, label, saved == Some(i), width));
        rows_of.push((start, lines.len() - 3));
    }
    let mut notice = Vec::new();
    match (scene.notice, scene.session.mark(n)) {
        (Some(text), _) => notice.extend(hanging(text, col.width, "", theme.warn())),
        (None, Mark::Skipped) => notice.extend(hanging(
            &words.get("question-skipped-before"),
            col.width,
            "",
            theme.dim(),
        )),
        _ => {}
    }

    // The progress bar stays on top; the question sits a third of the way
    // down the free space, where the eye rests on a tall terminal.
    let [progress, rest] = Layout::vertical([Constraint::Length(2), Constraint::Min(1)]).areas(col);
    let mut question_lines = lines.split_off(2);
    frame.render_widget(Paragraph::new(lines), progress);
    let needed = question_lines.len() + 1 + notice.len();
    if needed <= rest.height as usize {
        question_lines.push(Line::raw(""));
        question_lines.extend(notice);
        let free = rest.height.saturating_sub(question_lines.len() as u16);
        let [_, text] =
            Layout::vertical([Constraint::Length(free / 3), Constraint::Min(1)]).areas(rest);
        frame.render_widget(Paragraph::new(question_lines), text);
    } else {
        // Too tall for the screen: the view follows the highlighted
        // answer, a row says which way there is more (and where the saved
        // answer is when it is out of view), and a notice stays at the bottom.
        let notice_rows = (notice.len() as u16).min(rest.height / 3);
        let window = rest.height.saturating_sub(notice_rows + 1).max(1) as usize;
        let (first, last) = rows_of[view.cursor.min(rows_of.len() - 1)];
        let scroll = if last >= window {
            (last + 1 - window).min(first)
        } else {
            0
        };
        let end = (scroll + window).min(question_lines.len());
        let shown: Vec<Line> = question_lines[scroll..end].to_vec();
        let area = Rect::new(rest.x, rest.y, rest.width, window as u16);
        frame.render_widget(Paragraph::new(shown), area);
        let mut more = Vec::new();
        if scroll > 0 {
            more.push(words.get("question-more-above"));
        }
        if end < question_lines.len() {
            more.push(words.get("question-more-below"));
        }
        if let Some(i) = saved.filter(|&i| rows_of[i].0 < scroll || rows_of[i].1 >= end) {
            more.push(words.args("question-your-answer-at", &[("n", (i + 1).into())]));
        }
        let sign = Rect::new(rest.x, rest.y + window as u16, rest.width, 1);
        frame.render_widget(
            Paragraph::new(Line::styled(more.join("   "), theme.key())),
            sign,
        );
        let at = Rect::new(rest.x, sign.y + 1, rest.width, notice_rows);
        frame.render_widget(Paragraph::new(notice), at);
    }

    bindings_bar(
        frame,
        keys,
        theme,
        &bindings_in(&scene.keys, words, scene.languages),
    );
}

/// One answer, wrapped under its number, highlighted when the cursor is on
/// it, with the saved answer marked (the mark wraps with the text, so it is
/// never cut off at the edge).
fn answer_lines<'a>(
    scene: &Scene,
    view: &Question,
    i: usize,
    label: &str,
    saved: bool,
    width: usize,
) -> Vec<Line<'a>> {
    let theme = scene.theme;
    let selected = i == view.cursor;
    let marker = if selected { MARKER } else { NO_MARKER };
    let style = if selected {
        theme.selected()
    } else {
        Default::default()
    };
    let lead = format!("{marker}{}  ", i + 1);
    let indent = crate::text::width(&lead);
    let room = width.saturating_sub(indent).max(1);
    let mark = scene.words.get("question-your-answer");
    let mut rows = wrap(label, room);
    let last_width = rows.last().map_or(0, |r| crate::text::width(r));
    let mark_on_last = saved && last_width + 2 + crate::text::width(&mark) <= room;
    let mut lines: Vec<Line> = rows
        .drain(..)
        .enumerate()
        .map(|(row, text)| {
            let start = if row == 0 {
                lead.clone()
            } else {
                " ".repeat(indent)
            };
            Line::from(vec![Span::styled(format!("{start}{text}"), style)])
        })
        .collect();
    if mark_on_last {
        if let Some(last) = lines.last_mut() {
            last.spans
                .push(Span::styled(format!("  {mark}"), theme.answer()));
        }
    } else if saved {
        lines.push(Line::from(vec![
            Span::raw(" ".repeat(indent)),
            Span::styled(mark, theme.answer()),
        ]));
    }
    lines
}
