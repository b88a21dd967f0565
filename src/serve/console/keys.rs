//! The console's one key table: what each key does in the lobby. The key
//! bar and the help screen are both drawn from it, and the lobby's keys are
//! looked up in it, so the three never disagree.

use crate::lang::Words;
use crossterm::event::KeyCode;

/// What a key does in the lobby.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    /// Choose the participant above.
    Up,
    /// Choose the participant below.
    Down,
    /// Lock joins, or open them again.
    Lock,
    /// Remove the chosen participant (asks first).
    Remove,
    /// Hide or show names.
    Names,
    /// Switch to the group dashboard.
    Dashboard,
    /// End the workshop (asks first; the PIN when there is one).
    End,
    /// The help screen.
    Help,
}

/// One line of the table: the keys as shown, the keys themselves, and
/// what they do in words.
pub struct KeyLine {
    pub shown: &'static str,
    pub keys: &'static [(KeyCode, Action)],
}

/// Every lobby key, in the order the help lists them.
pub const KEYS: &[KeyLine] = &[
    KeyLine {
        shown: "↑↓",
        keys: &[(KeyCode::Up, Action::Up), (KeyCode::Down, Action::Down)],
    },
    KeyLine {
        shown: "l",
        keys: &[(KeyCode::Char('l'), Action::Lock)],
    },
    KeyLine {
        shown: "x",
        keys: &[
            (KeyCode::Char('x'), Action::Remove),
            (KeyCode::Delete, Action::Remove),
        ],
    },
    KeyLine {
        shown: "h",
        keys: &[(KeyCode::Char('h'), Action::Names)],
    },
    KeyLine {
        shown: "d",
        keys: &[(KeyCode::Char('d'), Action::Dashboard)],
    },
    KeyLine {
        shown: "q",
        keys: &[(KeyCode::Char('q'), Action::End)],
    },
    KeyLine {
        shown: "?",
        keys: &[(KeyCode::Char('?'), Action::Help)],
    },
];

/// What `code` does in the lobby, if anything.
pub fn action(code: KeyCode) -> Option<Action> {
    KEYS.iter()
        .flat_map(|line| line.keys.iter())
        .find(|(key, _)| *key == code)
        .map(|(_, action)| *action)
}

/// The key bar's word for a line, which says what pressing it does now.
pub fn bar_word(words: &Words, line: &KeyLine, locked: bool, names_hidden: bool) -> &'static str {
    match line.keys.first().map(|(_, action)| *action) {
        Some(Action::Up | Action::Down) => words.word("console-key-choose"),
        Some(Action::Lock) if locked => words.word("console-key-open"),
        Some(Action::Lock) => words.word("console-key-lock"),
        Some(Action::Remove) => words.word("console-key-remove"),
        Some(Action::Names) if names_hidden => words.word("console-key-show-names"),
        Some(Action::Names) => words.word("console-key-hide-names"),
        Some(Action::Dashboard) => words.word("console-key-dashboard"),
        Some(Action::End) => words.word("console-key-end"),
        Some(Action::Help) | None => words.word("console-key-help"),
    }
}

/// What a line of the table does, as the help says it in `words`.
pub fn help_text(line: &KeyLine, words: &Words) -> &'static str {
    match line.keys.first().map(|(_, action)| *action) {
        Some(Action::Up | Action::Down) => words.word("console-help-up-down"),
        Some(Action::Lock) => words.word("console-help-lock"),
        Some(Action::Remove) => words.word("console-help-remove"),
        Some(Action::Names) => words.word("console-help-names"),
        Some(Action::Dashboard) => words.word("console-help-dashboard"),
        Some(Action::End) => words.word("console-help-end"),
        Some(Action::Help) | None => words.word("console-help-help"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_action_has_one_line_and_no_key_does_two_things() {
        let mut seen = Vec::new();
        for line in KEYS {
            for (key, _) in line.keys {
                assert!(!seen.contains(key), "{key:?} is in the table twice");
                seen.push(*key);
            }
        }
        for action in [
            Action::Up,
            Action::Down,
            Action::Lock,
            Action::Remove,
            Action::Names,
            Action::Dashboard,
            Action::End,
            Action::Help,
        ] {
            assert!(
                KEYS.iter()
                    .any(|line| line.keys.iter().any(|(_, a)| *a == action)),
                "{action:?} has no key"
            );
        }
        assert_eq!(action(KeyCode::Char('q')), Some(Action::End));
        assert_eq!(action(KeyCode::Char('z')), None);
    }
}
