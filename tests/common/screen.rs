//! What a test terminal shows, as text: one line per row, every cell's
//! symbol, so a test reads the screen as a person would. Shared by the
//! test files that draw on a `TestBackend` (store.rs, the screens_* and
//! saving_* files, runtime.rs, dashboard_drawing.rs), with the sizes they
//! draw at and checks of what is on screen; it asks nothing of careerfit's own types, so
//! any drawing (the quiz, the dashboard) can use it.

use ratatui::backend::TestBackend;
use ratatui::buffer::Buffer;
use ratatui::{Frame, Terminal};

/// The rows of `buffer`, each as the text of its cells.
pub fn rows(buffer: &Buffer) -> Vec<String> {
    let area = buffer.area;
    (area.top()..area.bottom())
        .map(|y| {
            (area.left()..area.right())
                .map(|x| buffer[(x, y)].symbol())
                .collect()
        })
        .collect()
}

/// The characters of `buffer`, one line per row, each line ending in a
/// line break.
pub fn text(buffer: &Buffer) -> String {
    rows(buffer).into_iter().map(|row| row + "\n").collect()
}

/// Everything on a test terminal, as [`text`].
pub fn terminal_text(terminal: &Terminal<TestBackend>) -> String {
    text(terminal.backend().buffer())
}

/// A test terminal of `(width, height)` after one frame drawn by `draw`.
pub fn drawn_terminal(
    (width, height): (u16, u16),
    draw: impl FnOnce(&mut Frame),
) -> Terminal<TestBackend> {
    let mut terminal = Terminal::new(TestBackend::new(width, height)).expect("a test terminal");
    terminal.draw(draw).expect("a frame drawn");
    terminal
}

/// The text of one frame drawn by `draw` on a test terminal of
/// `(width, height)`.
pub fn drawn(size: (u16, u16), draw: impl FnOnce(&mut Frame)) -> String {
    terminal_text(&drawn_terminal(size, draw))
}

/// The two sizes every screen is snapshotted at.
pub const SMALL: (u16, u16) = (80, 24);
pub const LARGE: (u16, u16) = (160, 48);
/// The smallest size careerfit draws its screens at.
pub const MIN: (u16, u16) = (60, 20);

/// Every text of `wanted` is on every one of `screens`.
pub fn assert_all(screens: &[String], wanted: &[&str]) {
    for screen in screens {
        for want in wanted {
            assert!(
                screen.contains(want),
                "{want:?} is not on screen:\n{screen}"
            );
        }
    }
}

/// No text of `unwanted` is on any of `screens`.
pub fn assert_none(screens: &[String], unwanted: &[&str]) {
    for screen in screens {
        for no in unwanted {
            assert!(
                !screen.contains(no),
                "{no:?} should not be on screen:\n{screen}"
            );
        }
    }
}

/// The words of `text` appear on screen in order, wherever lines wrap
/// (box sides at a line's ends are not words).
pub fn shows_words(shown: &str, text: &str) -> bool {
    let flat = shown
        .lines()
        .map(|l| l.trim_matches(|c: char| c == ' ' || c == '│'))
        .collect::<Vec<_>>()
        .join(" ");
    let flat = flat.split_whitespace().collect::<Vec<_>>().join(" ");
    flat.contains(&text.split_whitespace().collect::<Vec<_>>().join(" "))
}
