//! The review before the results: every question with its answer, what was
//! skipped or not answered, and a way into any of them to change it.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{List, ListItem, ListState, Paragraph};

use super::scene::{Go, Scene};
use crate::session::Mark;
use crate::tui::keys::{Action, bindings_in};
use crate::tui::theme::{MARKER, NO_MARKER};
use crate::tui::widgets::{bindings_bar, frame_areas, top_bar};

/// The review's view: the highlighted row (0 is "See my results", then
/// the questions), and the question opened from it, to come back to its row.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Review {
    pub cursor: usize,
    pub revisiting: Option<usize>,
}

impl Review {
    pub fn on_key(&mut self, scene: &Scene, action: Action) -> Go {
        let last = scene.session.question_count();
        let cursor = &mut self.cursor;
        match action {
            Action::Up => *cursor = cursor.saturating_sub(1),
            Action::Down => *cursor = (*cursor + 1).min(last),
            Action::PageUp => *cursor = cursor.saturating_sub(10),
            Action::PageDown => *cursor = (*cursor + 10).min(last),
            Action::Home => *cursor = 0,
            Action::End => *cursor = last,
            Action::Enter | Action::Right if *cursor == 0 => return Go::Results,
            Action::Enter | Action::Right => {
                self.revisiting = Some(*cursor - 1);
                return Go::Revisit(*cursor - 1);
            }
            Action::Left | Action::Back => return Go::Back,
            Action::Quit | Action::Escape => return Go::Leave,
            _ => {}
        }
        Go::Stay
    }

    /// Back on the review: on the row of the question just changed, or
    /// on "See my results".
    pub fn place(&mut self) {
        self.cursor = self.revisiting.take().map_or(0, |q| q + 1);
    }
}

pub fn draw(scene: &Scene, view: &Review, frame: &mut Frame, area: Rect) {
    let theme = scene.theme;
    let words = scene.words;
    let quiz = &scene.content.quiz;
    let session = scene.session;
    let total = quiz.questions.len();
    let answered = session.answers().answered();
    let (top, body, keys) = frame_areas(area);
    top_bar(
        frame,
        top,
        theme,
        &words.get("top-review"),
        &words.args(
            "top-answered-of",
            &[("answered", answered.into()), ("total", total.into())],
        ),
    );

    // Wider than the reading column: the rows hold a question and an answer.
    let width = body.width.saturating_sub(4).min(140);
    let col = Rect::new(
        body.x + (body.width - width) / 2,
        body.y + 1,
        width,
        body.height.saturating_sub(1),
    );
    let [summary, list_area, notice_area] = Layout::vertical([
        Constraint::Length(2),
        Constraint::Min(3),
        Constraint::Length(1),
    ])
    .areas(col);

    let skipped = session.skipped().len();
    let not_seen = total - answered - skipped;
    let mut counts = words.args(
        "review-answered",
        &[("answered", answered.into()), ("total", total.into())],
    );
    if skipped > 0 {
        counts.push(' ');
        counts.push_str(&words.args("review-skipped", &[("n", skipped.into())]));
    }
    if not_seen > 0 {
        counts.push(' ');
        counts.push_str(&words.args("review-not-seen", &[("n", not_seen.into())]));
    }
    counts.push(' ');
    counts.push_str(&words.get("review-pick"));
    frame.render_widget(
        Paragraph::new(counts).wrap(ratatui::widgets::Wrap { trim: true }),
        summary,
    );

    let answer_width = (list_area.width as usize * 2 / 5).clamp(18, 60);
    let text_width = (list_area.width as usize).saturating_sub(answer_width + 8);
    let mut items = vec![row(
        scene,
        view,
        0,
        Line::styled(words.get("review-see-results"), theme.good()),
    )];
    for (q, question) in quiz.questions.iter().enumerate() {
        let (answer, style) = match session.mark(q) {
            Mark::Answered(a) => (a.label(quiz, question).to_string(), theme.answer()),
            Mark::Skipped => (words.get("review-mark-skipped"), theme.warn()),
            Mark::NotSeen => (words.get("review-mark-not-answered"), theme.warn()),
        };
        let text = truncate(&question.text, text_width);
        let line = Line::from(vec![
            Span::raw(format!(
                "{:>2}. {} ",
                q + 1,
                crate::text::pad(&text, text_width)
            )),
            Span::styled(truncate(&answer, answer_width), style),
        ]);
        items.push(row(scene, view, q + 1, line));
    }
    let list = List::new(items);
    let mut state = ListState::default().with_selected(Some(view.cursor));
    frame.render_stateful_widget(list, list_area, &mut state);

    if let Some(notice) = scene.notice {
        frame.render_widget(
            Paragraph::new(Line::styled(notice.to_string(), theme.warn())),
            notice_area,
        );
    }
    bindings_bar(
        frame,
        keys,
        theme,
        &bindings_in(&scene.keys, words, scene.languages),
    );
}

fn row<'a>(scene: &Scene, view: &Review, index: usize, line: Line<'a>) -> ListItem<'a> {
    let selected = index == view.cursor;
    let mut spans = vec![Span::styled(
        if selected { MARKER } else { NO_MARKER },
        if selected {
            scene.theme.selected()
        } else {
            Default::default()
        },
    )];
    spans.extend(line.spans.into_iter().map(|span| {
        if selected {
            span.patch_style(scene.theme.selected())
        } else {
            span
        }
    }));
    ListItem::new(Line::from(spans))
}

pub use crate::text::truncate;
