//! Benchmarks of drawing the heaviest screens at 200x60 on ratatui's
//! TestBackend: the results, a role's details on the Certifications tab and
//! the comparison of all roles, each reached by key events as a person
//! would. A frame with one Paragraph is the baseline. Budget: under 1 ms a
//! frame.
//!
//! Each screen is measured two ways:
//! - "full": the first frame on a fresh terminal, so the whole screen is
//!   rendered, and every non-blank one diffed and written to the backend
//!   (a full repaint);
//! - "redraw": the same frame again, as after a key that changes little:
//!   every widget is rendered, the diff is empty.

use std::hint::black_box;

use careerfit::content::{Content, QuestionKind};
use careerfit::tui::app::{App, Screen};
use careerfit::tui::screens;
use careerfit::tui::theme::Theme;
#[path = "support/timing.rs"]
mod timing;
use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::widgets::Paragraph;

const WIDTH: u16 = 200;
const HEIGHT: u16 = 60;

fn press(app: &mut App, code: KeyCode) {
    app.handle_key(KeyEvent::new(code, KeyModifiers::NONE));
}

/// The app on the results screen, after a full quiz answered by a
/// hands-on person.
fn results() -> App {
    let content = Content::built_in().unwrap();
    let hands_on = content.quiz.dimension_index("hands_on").unwrap();
    let keys: Vec<char> = content
        .quiz
        .questions
        .iter()
        .map(|q| match &q.kind {
            QuestionKind::Likert { weights } if weights[hands_on] > 0.0 => '5',
            QuestionKind::Likert { weights } if weights[hands_on] < 0.0 => '1',
            QuestionKind::Likert { .. } => '2',
            QuestionKind::Choice { options } => {
                let best = options
                    .iter()
                    .position(|o| o.weights[hands_on] > 0.0)
                    .unwrap_or(0);
                (b'1' + best as u8) as char
            }
        })
        .collect();
    let mut app = App::new(content, Theme { color: true });
    press(&mut app, KeyCode::Enter);
    for key in keys {
        press(&mut app, KeyCode::Char(key));
    }
    assert_eq!(app.screen(), Screen::Review);
    press(&mut app, KeyCode::Enter);
    assert_eq!(app.screen(), Screen::Results);
    app
}

/// The best fit's details, on the Certifications tab.
fn role_certifications() -> App {
    let mut app = results();
    press(&mut app, KeyCode::Enter);
    press(&mut app, KeyCode::Char('4'));
    assert_eq!(app.screen(), Screen::Role);
    assert_eq!(
        app.views.role.unwrap().tab.index(),
        3,
        "tab 4 is Certifications"
    );
    app
}

/// All roles side by side.
fn compare() -> App {
    let mut app = results();
    press(&mut app, KeyCode::Char('c'));
    assert_eq!(app.screen(), Screen::Compare);
    app
}

fn terminal() -> Terminal<TestBackend> {
    Terminal::new(TestBackend::new(WIDTH, HEIGHT)).unwrap()
}

fn bench_screen(name: &str, app: &App) {
    timing::bench_with_setup(&format!("{name} 200x60 full"), terminal, |terminal| {
        terminal
            .draw(|frame| screens::draw(black_box(app), frame))
            .map(|_| ())
            .unwrap();
    });
    let mut terminal = terminal();
    timing::bench(&format!("{name} 200x60 redraw"), || {
        terminal
            .draw(|frame| screens::draw(black_box(app), frame))
            .map(|_| ())
            .unwrap();
    });
}

fn heaviest_screens() {
    bench_screen("results", &results());
    bench_screen("role certifications", &role_certifications());
    bench_screen("compare", &compare());
}

fn minimal_frame() {
    let hello = |frame: &mut ratatui::Frame| {
        frame.render_widget(Paragraph::new(black_box("hello")), frame.area())
    };
    timing::bench_with_setup("minimal paragraph 200x60 full", terminal, |terminal| {
        terminal.draw(hello).map(|_| ()).unwrap();
    });
    let mut terminal = terminal();
    timing::bench("minimal paragraph 200x60 redraw", || {
        terminal.draw(hello).map(|_| ()).unwrap();
    });
}

fn main() {
    heaviest_screens();
    minimal_frame();
}
