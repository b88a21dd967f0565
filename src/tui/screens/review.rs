//! The review before the results: every question with its answer, what was
//! skipped or not answered, and a way into any of them to change it.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{List, ListItem, ListState, Paragraph};

use crate::session::Mark;
use crate::tui::app::App;
use crate::tui::keys::bindings;
use crate::tui::theme::{MARKER, NO_MARKER};
use crate::tui::widgets::{bindings_bar, frame_areas, top_bar};

pub fn draw(app: &App, frame: &mut Frame, area: Rect) {
    let theme = &app.theme;
    let quiz = &app.content.quiz;
    let session = &app.session;
    let total = quiz.questions.len();
    let answered = session.answers().answered();
    let (top, body, keys) = frame_areas(area);
    top_bar(
        frame,
        top,
        theme,
        "Review your answers",
        &format!("{answered} of {total} answered"),
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
    let mut counts = format!("You answered {answered} of {total}.");
    if skipped > 0 {
        counts.push_str(&format!(" Skipped: {skipped}."));
    }
    if not_seen > 0 {
        counts.push_str(&format!(" Not answered yet: {not_seen}."));
    }
    counts.push_str(" Pick one to change it, or see your results.");
    frame.render_widget(
        Paragraph::new(counts).wrap(ratatui::widgets::Wrap { trim: true }),
        summary,
    );

    let answer_width = (list_area.width as usize * 2 / 5).clamp(18, 60);
    let text_width = (list_area.width as usize).saturating_sub(answer_width + 8);
    let mut items = vec![row(app, 0, Line::styled("See my results →", theme.good()))];
    for (q, question) in quiz.questions.iter().enumerate() {
        let (answer, style) = match session.mark(q) {
            Mark::Answered(a) => (a.label(quiz, question).to_string(), theme.answer()),
            Mark::Skipped => ("Skipped".to_string(), theme.warn()),
            Mark::NotSeen => ("Not answered".to_string(), theme.warn()),
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
        items.push(row(app, q + 1, line));
    }
    let list = List::new(items);
    let mut state = ListState::default().with_selected(Some(app.review_cursor));
    frame.render_stateful_widget(list, list_area, &mut state);

    if let Some(notice) = &app.notice {
        frame.render_widget(
            Paragraph::new(Line::styled(notice.clone(), theme.warn())),
            notice_area,
        );
    }
    bindings_bar(frame, keys, theme, &bindings(app));
}

fn row<'a>(app: &App, index: usize, line: Line<'a>) -> ListItem<'a> {
    let selected = index == app.review_cursor;
    let mut spans = vec![Span::styled(
        if selected { MARKER } else { NO_MARKER },
        if selected {
            app.theme.selected()
        } else {
            Default::default()
        },
    )];
    spans.extend(line.spans.into_iter().map(|span| {
        if selected {
            span.patch_style(app.theme.selected())
        } else {
            span
        }
    }));
    ListItem::new(Line::from(spans))
}

pub use crate::text::truncate;
