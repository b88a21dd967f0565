//! Key presses as crossterm reports them, for the tests that drive the
//! full-screen quiz without a terminal (common/app.rs, walks.rs,
//! runtime.rs, saving_app.rs).

use crossterm::event::{KeyCode, KeyEvent, KeyEventKind, KeyModifiers};

/// `code` pressed alone.
pub fn key(code: KeyCode) -> KeyEvent {
    KeyEvent::new(code, KeyModifiers::NONE)
}

/// Ctrl and `c` together (Ctrl-C is `ctrl('c')`).
pub fn ctrl(c: char) -> KeyEvent {
    KeyEvent::new(KeyCode::Char(c), KeyModifiers::CONTROL)
}

/// Each character of `text` typed, one key at a time.
pub fn chars(text: &str) -> impl Iterator<Item = KeyEvent> + '_ {
    text.chars().map(|c| key(KeyCode::Char(c)))
}

/// The same key let go (a release), which careerfit must ignore.
pub fn released(mut event: KeyEvent) -> KeyEvent {
    event.kind = KeyEventKind::Release;
    event
}
