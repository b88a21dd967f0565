//! Key bindings, all in one place: a key press becomes an `Action` by name,
//! and each screen decides what the action means there.

use crossterm::event::{KeyCode, KeyEvent, KeyEventKind, KeyModifiers};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    /// A digit 1..9: answer by number, or pick a tab.
    Number(u8),
    Up,
    Down,
    /// Left arrow (or h): back on a question, previous tab in a role.
    Left,
    /// Right arrow (or l): skip forward on a question, next tab in a role.
    Right,
    Enter,
    /// Backspace or b: one step back.
    Back,
    Skip,
    Help,
    /// q: leave (asking first where answers would be lost).
    Quit,
    /// Esc: close what is open, or leave.
    Escape,
    /// Ctrl-C: leave at once.
    Interrupt,
    Compare,
    Retake,
    /// p: save the take-home report.
    Report,
    NextTab,
    PreviousTab,
    PageUp,
    PageDown,
    Home,
    End,
    Yes,
    No,
}

/// What a key press means, or `None` for keys careerfit does not use.
/// Only presses count: terminals that report releases and repeats (Windows)
/// must not answer twice.
pub fn action(key: KeyEvent) -> Option<Action> {
    if key.kind != KeyEventKind::Press {
        return None;
    }
    if key.modifiers.contains(KeyModifiers::CONTROL) {
        return match key.code {
            KeyCode::Char('c') | KeyCode::Char('C') => Some(Action::Interrupt),
            _ => None,
        };
    }
    Some(match key.code {
        KeyCode::Char(c @ '1'..='9') => Action::Number(c as u8 - b'0'),
        KeyCode::Up | KeyCode::Char('k') => Action::Up,
        KeyCode::Down | KeyCode::Char('j') => Action::Down,
        KeyCode::Left | KeyCode::Char('h') => Action::Left,
        KeyCode::Right | KeyCode::Char('l') => Action::Right,
        KeyCode::Enter | KeyCode::Char(' ') => Action::Enter,
        KeyCode::Backspace | KeyCode::Char('b') => Action::Back,
        KeyCode::Char('s') => Action::Skip,
        KeyCode::Char('?') | KeyCode::F(1) => Action::Help,
        KeyCode::Char('q') => Action::Quit,
        KeyCode::Esc => Action::Escape,
        KeyCode::Char('c') => Action::Compare,
        KeyCode::Char('r') => Action::Retake,
        KeyCode::Char('p') => Action::Report,
        KeyCode::Tab => Action::NextTab,
        KeyCode::BackTab => Action::PreviousTab,
        KeyCode::PageUp => Action::PageUp,
        KeyCode::PageDown => Action::PageDown,
        KeyCode::Home | KeyCode::Char('g') => Action::Home,
        KeyCode::End | KeyCode::Char('G') => Action::End,
        KeyCode::Char('y') | KeyCode::Char('Y') => Action::Yes,
        KeyCode::Char('n') | KeyCode::Char('N') => Action::No,
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_presses_count() {
        let mut key = KeyEvent::new(KeyCode::Char('3'), KeyModifiers::NONE);
        assert_eq!(action(key), Some(Action::Number(3)));
        key.kind = KeyEventKind::Release;
        assert_eq!(action(key), None);
    }

    #[test]
    fn ctrl_c_interrupts_and_plain_c_compares() {
        let ctrl_c = KeyEvent::new(KeyCode::Char('c'), KeyModifiers::CONTROL);
        assert_eq!(action(ctrl_c), Some(Action::Interrupt));
        let c = KeyEvent::new(KeyCode::Char('c'), KeyModifiers::NONE);
        assert_eq!(action(c), Some(Action::Compare));
    }
}
