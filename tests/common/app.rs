//! The full-screen quiz driven without a terminal, shared by the test files
//! that press its keys (walks.rs and the screens_* files): a fresh app in
//! the mono theme, keys pressed and typed, the results reached, the kiosk.

use careerfit::tui::app::{App, Screen};
use careerfit::tui::kiosk::Kiosk;
use careerfit::tui::screens::draw;
use careerfit::tui::theme::Theme;
use crossterm::event::KeyCode;
use ratatui::Terminal;
use ratatui::backend::TestBackend;

use super::keys::{chars, key};
use super::saved::content;
use super::screen::{drawn, drawn_terminal};

/// Answers drawn to hands-on work: best fit IT Technician.
pub const HANDS_ON: &str = "51111514115311125112151311541311";
/// Answers drawn to technical systems: best fit IT Specialist.
pub const SYSTEMS: &str = "11531112511115141153111151121513";
/// Hands-on and helping people alike: a close call between two roles.
pub const CLOSE_CALL: &str = "55111554115351135511155311535112";
/// "Not sure" on every scale and each area picked equally on the choices.
pub const FLAT: &str = "33313331333133313332333233323334";

/// The built-in quiz on its welcome screen, in the mono theme.
pub fn app() -> App {
    App::new(content(), Theme::mono())
}

/// `code` pressed alone.
pub fn press(app: &mut App, code: KeyCode) {
    app.handle_key(key(code));
}

/// Each character of `keys` typed, one key at a time.
pub fn typed(app: &mut App, keys: &str) {
    for key in chars(keys) {
        app.handle_key(key);
    }
}

/// A fresh app on its first question.
pub fn started() -> App {
    let mut app = app();
    press(&mut app, KeyCode::Enter);
    assert_eq!(app.screen(), Screen::Question(0));
    app
}

/// From the welcome screen, every question answered from `digits` and
/// the results opened.
pub fn results_for(digits: &str) -> App {
    let mut app = started();
    typed(&mut app, digits);
    assert_eq!(app.screen(), Screen::Review);
    press(&mut app, KeyCode::Enter);
    assert_eq!(app.screen(), Screen::Results);
    app
}

/// `app` as the workshop kiosk runs it (its results file never written).
pub fn kiosk(mut app: App) -> App {
    app.kiosk = Some(Kiosk::new(
        "class".to_string(),
        std::path::PathBuf::from("unused.jsonl"),
        false,
        None,
    ));
    app
}

/// A test terminal of `size` with `app` drawn on it once.
pub fn drawn_app(app: &App, size: (u16, u16)) -> Terminal<TestBackend> {
    drawn_terminal(size, |f| draw(app, f))
}

/// What a person sees of `app` on a terminal of `size`, as text.
pub fn shown_at(app: &App, size: (u16, u16)) -> String {
    drawn(size, |f| draw(app, f))
}

/// Snapshots `app` drawn at `size` as `NAME_WxH` and returns the text on
/// screen. A macro rather than a function because insta files a snapshot
/// under the test file it is taken in (tests/snapshots/FILE__NAME.snap).
#[macro_export]
macro_rules! snap_at {
    ($app:expr, $name:expr, $size:expr) => {{
        let size: (u16, u16) = $size;
        let terminal = $crate::common::app::drawn_app($app, size);
        insta::assert_snapshot!(
            format!("{}_{}x{}", $name, size.0, size.1),
            terminal.backend()
        );
        $crate::common::screen::terminal_text(&terminal)
    }};
}

/// Snapshots `app` at 80x24 and at 160x48 as [`snap_at!`] does; returns
/// both texts.
#[macro_export]
macro_rules! snap {
    ($app:expr, $name:expr) => {
        [
            $crate::snap_at!($app, $name, $crate::common::screen::SMALL),
            $crate::snap_at!($app, $name, $crate::common::screen::LARGE),
        ]
    };
}
