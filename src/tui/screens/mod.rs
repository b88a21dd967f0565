//! The screens: one file per screen, each with its own view state (scroll,
//! highlight), what a key does to it, and how it is drawn. Drawing reads a
//! [`scene::Scene`] of the app and never changes it. This file puts a
//! whole frame together: the screen on view, the message above the keys,
//! and a box over it. The screens know nothing of the app: it hands them
//! a scene and their views ([`Drawable`]).

pub mod come_back;
pub mod compare;
pub mod help;
pub mod name;
pub mod question;
pub mod results;
pub mod resume;
pub mod review;
pub mod role;
pub mod scene;
pub mod welcome;

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::Line;
use ratatui::widgets::{Paragraph, Wrap};

use super::keys::Screen;
use compare::Compare;
use question::Question;
use results::Results;
use review::Review;
use role::RoleView;
use scene::{MIN_HEIGHT, MIN_WIDTH, Overlay, Scene, screen_area, status_lines};
use welcome::Welcome;

/// Each screen's own view: what is highlighted, how far it is scrolled.
#[derive(Debug, Clone, Default)]
pub struct Views {
    pub welcome: Welcome,
    pub question: Question,
    pub review: Review,
    pub results: Results,
    /// A role's details, when one is open.
    pub role: Option<RoleView>,
    pub compare: Compare,
}

/// What a frame is drawn from: the app as its screens see it, and each
/// screen's view.
pub trait Drawable {
    fn scene(&self) -> Scene<'_>;
    fn views(&self) -> &Views;
}

/// Draws the whole frame for the app's state.
pub fn draw(app: &impl Drawable, frame: &mut Frame) {
    let scene = app.scene();
    let views = app.views();
    let area = frame.area();
    if area.width < MIN_WIDTH || area.height < MIN_HEIGHT {
        too_small(scene.words, frame, area);
        // q and Esc still ask their question; it must be seen to be answered.
        if matches!(
            scene.overlay,
            Some(Overlay::ConfirmLeave | Overlay::EndWorkshop)
        ) {
            help::draw(&scene, frame, area);
        }
        return;
    }
    // A notice or warning takes the rows just above the keys; the screen
    // is laid out in the rows left, so the message covers none of it.
    let (status, style) = status_lines(&scene, area);
    let screen = screen_area(area, status.len());
    match scene.screen {
        Screen::Resume => resume::draw(&scene, frame, screen),
        Screen::Name => name::draw(&scene, frame, screen),
        Screen::Welcome => welcome::draw(&scene, &views.welcome, frame, screen),
        Screen::Question(n) => question::draw(&scene, &views.question, n, frame, screen),
        Screen::Review => review::draw(&scene, &views.review, frame, screen),
        Screen::Results => results::draw(&scene, &views.results, frame, screen),
        Screen::Role => {
            if let Some(view) = &views.role {
                role::draw(&scene, view, frame, screen)
            }
        }
        Screen::Compare => compare::draw(&scene, &views.compare, frame, screen),
    }
    if !status.is_empty() {
        // The screen drew its keys on its own last row: move them to the
        // bottom, and put the message in between.
        let keys_row = screen.y + screen.height - 1;
        let bottom = area.y + area.height - 1;
        let buffer = frame.buffer_mut();
        for x in area.x..area.x + area.width {
            let cell = buffer[(x, keys_row)].clone();
            buffer[(x, bottom)] = cell;
        }
        let at = Rect::new(area.x, keys_row, area.width, status.len() as u16);
        let lines: Vec<Line> = status
            .into_iter()
            .map(|l| Line::styled(format!(" {l}"), style))
            .collect();
        frame.render_widget(ratatui::widgets::Clear, at);
        frame.render_widget(Paragraph::new(lines), at);
    }
    come_back::code_corner(&scene, frame);
    help::draw(&scene, frame, area);
}

/// Shown instead of a screen when the terminal is too small to use; the
/// app's state is untouched, so growing the terminal brings it all back.
fn too_small(words: &crate::lang::Words, frame: &mut Frame, area: Rect) {
    let text = vec![
        Line::from(words.args(
            "too-small-need",
            &[("width", MIN_WIDTH.into()), ("height", MIN_HEIGHT.into())],
        )),
        Line::from(words.args(
            "too-small-now",
            &[("width", area.width.into()), ("height", area.height.into())],
        )),
        Line::from(words.get("too-small-bigger")),
        Line::from(words.get("too-small-keys")),
    ];
    frame.render_widget(Paragraph::new(text).wrap(Wrap { trim: true }), area);
}
