//! Key bindings, all in one place: one table turns a key press into an
//! `Action` by name, and the same table names the keys in the help and the
//! key bar, so what is shown cannot drift from what works. [`bindings`]
//! says, per screen and mode, which actions do something there; it is
//! given a small [`Context`] (which screen, which policy), not the app.

use crossterm::event::{KeyCode, KeyEvent, KeyEventKind, KeyModifiers};

use super::kiosk::Policy;
use crate::lang::Words;

/// What fills the screen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Screen {
    /// An unfinished quiz was found: resume it or start over.
    Resume,
    /// Workshop kiosk: the next participant types a nickname (optional).
    Name,
    Welcome,
    Question(usize),
    Review,
    Results,
    Role,
    Compare,
}

/// What the key table needs to know of the screen on view.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Context {
    pub screen: Screen,
    /// What the person may do (alone, or at a workshop kiosk).
    pub policy: Policy,
    /// There is a result (left now, it is printed).
    pub result: bool,
    /// Progress is being saved as the person goes.
    pub saving: bool,
    /// How many digits pick something here: a question's answers, the
    /// ranked roles, a role's sections.
    pub numbers: usize,
    /// The welcome text is longer than the screen.
    pub scrolls: bool,
}

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
    /// e: the welcome screen in the next language (English, español...).
    Language,
}

/// Every key careerfit uses but the digits and Ctrl-C, with the name a
/// person sees for it. A key's first entry for an action is its main name.
pub const KEYS: &[(KeyCode, &str, Action)] = &[
    (KeyCode::Up, "↑", Action::Up),
    (KeyCode::Char('k'), "k", Action::Up),
    (KeyCode::Down, "↓", Action::Down),
    (KeyCode::Char('j'), "j", Action::Down),
    (KeyCode::Left, "←", Action::Left),
    (KeyCode::Char('h'), "h", Action::Left),
    (KeyCode::Right, "→", Action::Right),
    (KeyCode::Char('l'), "l", Action::Right),
    (KeyCode::Enter, "Enter", Action::Enter),
    (KeyCode::Char(' '), "Space", Action::Enter),
    (KeyCode::Backspace, "Backspace", Action::Back),
    (KeyCode::Char('b'), "b", Action::Back),
    (KeyCode::Char('s'), "s", Action::Skip),
    (KeyCode::Char('?'), "?", Action::Help),
    (KeyCode::F(1), "F1", Action::Help),
    (KeyCode::Char('q'), "q", Action::Quit),
    (KeyCode::Esc, "Esc", Action::Escape),
    (KeyCode::Char('c'), "c", Action::Compare),
    (KeyCode::Char('r'), "r", Action::Retake),
    (KeyCode::Char('p'), "p", Action::Report),
    (KeyCode::Tab, "Tab", Action::NextTab),
    (KeyCode::BackTab, "Shift-Tab", Action::PreviousTab),
    (KeyCode::PageUp, "PgUp", Action::PageUp),
    (KeyCode::PageDown, "PgDn", Action::PageDown),
    (KeyCode::Home, "Home", Action::Home),
    (KeyCode::Char('g'), "g", Action::Home),
    (KeyCode::End, "End", Action::End),
    (KeyCode::Char('G'), "G", Action::End),
    (KeyCode::Char('y'), "y", Action::Yes),
    (KeyCode::Char('Y'), "Y", Action::Yes),
    (KeyCode::Char('n'), "n", Action::No),
    (KeyCode::Char('N'), "N", Action::No),
    (KeyCode::Char('e'), "e", Action::Language),
];

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
    if let KeyCode::Char(c @ '1'..='9') = key.code {
        return Some(Action::Number(c as u8 - b'0'));
    }
    KEYS.iter()
        .find(|(code, _, _)| *code == key.code)
        .map(|&(_, _, action)| action)
}

/// Is this Ctrl-Z (suspend: stop careerfit and go back to the shell)?
pub fn is_suspend(key: KeyEvent) -> bool {
    key.kind == KeyEventKind::Press
        && key.modifiers.contains(KeyModifiers::CONTROL)
        && matches!(key.code, KeyCode::Char('z') | KeyCode::Char('Z'))
}

/// The keys of one line of the help.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Keys {
    /// Every key of these actions.
    Actions(Vec<Action>),
    /// The digits 1 to this.
    Numbers(u8),
}

impl Keys {
    /// Every key's name, as the English help shows them.
    pub fn names(&self) -> String {
        self.names_in(&Words::english())
    }

    /// Every key's name, as the help shows them in a language (the keys
    /// are the same in every language; only "1 to 4" has words).
    pub fn names_in(&self, words: &Words) -> String {
        match self {
            Keys::Numbers(1) => "1".to_string(),
            Keys::Numbers(n) => words.args("key-names-numbers", &[("n", (*n).into())]),
            Keys::Actions(actions) if actions == &[Action::Interrupt] => "Ctrl-C".to_string(),
            Keys::Actions(actions) => actions
                .iter()
                .flat_map(|a| KEYS.iter().filter(move |k| k.2 == *a).map(|k| k.1))
                .collect::<Vec<_>>()
                .join(" "),
        }
    }

    /// The short name in the key bar: "↑↓" for a pair of arrows, else the
    /// main name of the first key.
    pub fn short(&self) -> String {
        let main = |a: Action| {
            KEYS.iter()
                .find(|k| k.2 == a)
                .map_or("Ctrl-C", |k| k.1)
                .to_string()
        };
        match self {
            Keys::Numbers(1) => "1".to_string(),
            Keys::Numbers(n) => format!("1-{n}"),
            Keys::Actions(actions) => match actions.as_slice() {
                [Action::Up, Action::Down, ..] => "↑↓".to_string(),
                [Action::Right, Action::NextTab, Action::Left, ..] => "←→".to_string(),
                [first, ..] => main(*first),
                [] => String::new(),
            },
        }
    }

    /// Does this line hold the key that gives `action`?
    pub fn has(&self, action: Action) -> bool {
        match (self, action) {
            (Keys::Numbers(n), Action::Number(d)) => d <= *n,
            (Keys::Actions(actions), _) => actions.contains(&action),
            _ => false,
        }
    }
}

/// One line of the help: keys, what they do, and the word for the key bar
/// (`None`: in the help only).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Binding {
    pub keys: Keys,
    pub what: String,
    pub bar: Option<&'static str>,
}

fn line(actions: &[Action], what: String, bar: Option<&'static str>) -> Binding {
    Binding {
        keys: Keys::Actions(actions.to_vec()),
        what,
        bar,
    }
}

fn numbers(n: usize, what: String, bar: Option<&'static str>) -> Binding {
    Binding {
        keys: Keys::Numbers(n.min(9) as u8),
        what,
        bar,
    }
}

/// The keys that do something on the screen on view, in this mode (alone,
/// with saving on or off, or as a workshop kiosk), in the order the help
/// lists them, in English and with no language key.
pub fn bindings(context: &Context) -> Vec<Binding> {
    bindings_in(context, &Words::english(), false)
}

/// The keys that do something on the screen on view, in this mode (alone,
/// with saving on or off, or as a workshop kiosk), in the order the help
/// lists them, in the person's language; `languages`: the welcome offers
/// the language key. The help and the key bar are drawn from this; a test
/// presses every key on every screen to check it matches what they do.
pub fn bindings_in(context: &Context, words: &Words, languages: bool) -> Vec<Binding> {
    use Action::*;
    let Context {
        screen,
        policy,
        numbers: n,
        ..
    } = *context;
    let mut keys = Vec::new();
    let leave = if !policy.has_careerfit {
        words.get("key-leave-seat")
    } else if context.result {
        words.get("key-leave-result")
    } else if context.saving {
        words.get("key-leave-saving")
    } else {
        words.get("key-leave-asks")
    };
    let scroll = || {
        line(
            &[Up, Down, PageDown, PageUp, Home],
            words.get("key-scroll"),
            Some(words.word("bar-scroll")),
        )
    };
    if policy.hands_over && matches!(screen, Screen::Results | Screen::Role | Screen::Compare) {
        // Once there is a result, n is what the participant does next.
        keys.push(line(
            &[No],
            words.get("key-hand-over"),
            Some(words.word("bar-hand-over")),
        ));
    } else if policy.records && matches!(screen, Screen::Results | Screen::Role | Screen::Compare) {
        // A served seat: n records the result for the workshop.
        keys.push(line(
            &[No],
            words.get("key-record"),
            Some(words.word("bar-record")),
        ));
    }
    match screen {
        Screen::Resume => {
            keys.push(line(
                &[Enter, Retake, Yes, Right],
                words.get("key-resume"),
                Some(words.word("bar-resume")),
            ));
            keys.push(line(
                &[No],
                words.get("key-start-over-saved"),
                Some(words.word("bar-start-over")),
            ));
        }
        Screen::Name => {
            // Every key types; only Enter and Esc are not letters.
            keys.push(line(
                &[Enter],
                words.get("key-name-continue"),
                Some(words.word("bar-continue")),
            ));
            keys.push(line(
                &[Back],
                words.get("key-name-delete"),
                Some(words.word("bar-delete")),
            ));
            // A served seat's participant leaves with Esc; at a kiosk it
            // is the facilitator's way to end the workshop.
            keys.push(if policy.can_quit {
                line(&[Escape], leave, Some(words.word("bar-leave")))
            } else {
                line(
                    &[Escape],
                    words.get("key-end-workshop"),
                    Some(words.word("bar-facilitator")),
                )
            });
            return keys;
        }
        Screen::Welcome => {
            keys.push(line(
                &[Enter, Right, NextTab],
                words.get("key-start"),
                Some(words.word("bar-start")),
            ));
            if context.scrolls {
                keys.push(line(
                    &[Down, Up, PageDown, PageUp, Home],
                    words.get("key-scroll"),
                    None,
                ));
            }
            if languages {
                keys.push(line(&[Language], words.get("key-language"), None));
            }
        }
        Screen::Question(_) => {
            keys.push(numbers(
                n,
                words.get("key-answer-number"),
                Some(words.word("bar-answer")),
            ));
            keys.push(line(
                &[Up, Down, Home, End],
                words.get("key-move-highlight"),
                Some(words.word("bar-move")),
            ));
            keys.push(line(
                &[Enter],
                words.get("key-pick"),
                Some(words.word("bar-pick")),
            ));
            keys.push(line(
                &[Left, Back],
                words.get("key-back-question"),
                Some(words.word("bar-back")),
            ));
            keys.push(line(
                &[Skip, Right],
                words.get("key-skip"),
                Some(words.word("bar-skip")),
            ));
        }
        Screen::Review => {
            keys.push(line(
                &[Up, Down, PageUp, PageDown, Home, End],
                words.get("key-move"),
                Some(words.word("bar-move")),
            ));
            keys.push(line(
                &[Enter, Right],
                words.get("key-review-open"),
                Some(words.word("bar-open")),
            ));
            keys.push(line(
                &[Left, Back],
                words.get("key-back-last-question"),
                Some(words.word("bar-back")),
            ));
        }
        Screen::Results => {
            keys.push(line(
                &[Up, Down],
                words.get("key-highlight-role"),
                Some(words.word("bar-role")),
            ));
            keys.push(numbers(n, words.get("key-open-role-number"), None));
            keys.push(line(
                &[Enter, Right],
                words.get("key-open-role"),
                Some(words.word("bar-open")),
            ));
            keys.push(line(
                &[PageDown, PageUp, Home],
                words.get("key-scroll-page"),
                None,
            ));
            keys.push(line(
                &[Compare],
                words.get("key-compare"),
                Some(words.word("bar-compare")),
            ));
            keys.push(line(
                &[Left, Back],
                words.get("key-back-answers"),
                Some(words.word("bar-answers")),
            ));
            if policy.can_retake {
                keys.push(line(
                    &[Retake],
                    words.get("key-retake"),
                    Some(words.word("bar-retake")),
                ));
            }
            if policy.saves_reports {
                keys.push(line(
                    &[Report],
                    words.get("key-report"),
                    Some(words.word("bar-report")),
                ));
            }
        }
        Screen::Role => {
            keys.push(line(
                &[Right, NextTab, Left, PreviousTab],
                words.get("key-section"),
                Some(words.word("bar-section")),
            ));
            keys.push(numbers(n, words.get("key-section-number"), None));
            keys.push(scroll());
            keys.push(line(
                &[Compare],
                words.get("key-compare"),
                Some(words.word("bar-compare")),
            ));
            keys.push(line(
                &[Escape, Back, Enter],
                words.get("key-back-results"),
                Some(words.word("bar-back")),
            ));
        }
        Screen::Compare => {
            keys.push(scroll());
            keys.push(line(
                &[Escape, Back, Left, Enter, Compare],
                words.get("key-back"),
                Some(words.word("bar-back")),
            ));
        }
    }
    keys.push(line(
        &[Help],
        words.get("key-help"),
        Some(words.word("bar-keys")),
    ));
    match (policy.can_quit, screen) {
        (false, Screen::Welcome) => keys.push(line(
            &[Quit, Escape],
            words.get("key-end-workshop"),
            Some(words.word("bar-facilitator")),
        )),
        (false, Screen::Question(_) | Screen::Review) => keys.push(line(
            &[Quit, Escape],
            words.get("key-kiosk-start-over"),
            Some(words.word("bar-start-over")),
        )),
        // Once there is a result, the kiosk keeps it until n.
        (false, _) => {}
        // On a served seat q leaves the seat, not careerfit.
        (true, Screen::Role | Screen::Compare) => {
            keys.push(line(&[Quit], leave, Some(quit_word(policy, words))))
        }
        (true, Screen::Results) => {
            keys.push(line(&[Quit, Escape], leave, Some(quit_word(policy, words))))
        }
        (true, _) => keys.push(line(&[Quit, Escape], leave, Some(words.word("bar-leave")))),
    }
    if policy.can_quit {
        keys.push(line(&[Interrupt], words.get("key-interrupt"), None));
    }
    keys
}

/// What q is called once there is a result: "quit" careerfit, or, on a
/// served seat (no careerfit of the participant's own), "leave".
fn quit_word(policy: Policy, words: &Words) -> &'static str {
    if policy.has_careerfit {
        words.word("bar-quit")
    } else {
        words.word("bar-leave")
    }
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
