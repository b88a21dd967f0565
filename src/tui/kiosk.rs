//! The workshop kiosk inside the quiz app: an optional nickname before each
//! participant, `n` to finish and hand over, and an end that only the
//! facilitator can reach (with the PIN when one is set). q, Esc and Ctrl-C
//! never end the kiosk.

use std::path::PathBuf;

use crossterm::event::{KeyCode, KeyEvent, KeyEventKind, KeyModifiers};

use super::app::{App, Exit, Overlay, Request, Screen};
use crate::workshop::label::{self, MAX_LABEL};

/// The kiosk's settings and the participant being served.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Kiosk {
    pub session: String,
    /// The results file records are appended to.
    pub results: PathBuf,
    pub ask_name: bool,
    pub pin: Option<String>,
    /// Participants recorded so far.
    pub done: u32,
    /// The nickname being typed, then the current participant's label.
    pub name: String,
    /// The nickname screen is up (only with `ask_name`).
    pub naming: bool,
    /// What the facilitator has typed of the PIN.
    pub pin_typed: String,
}

impl Kiosk {
    pub fn new(session: String, results: PathBuf, ask_name: bool, pin: Option<String>) -> Kiosk {
        Kiosk {
            session,
            results,
            ask_name,
            pin: pin.filter(|p| !p.is_empty()),
            done: 0,
            name: String::new(),
            naming: ask_name,
            pin_typed: String::new(),
        }
    }

    /// The current participant's label as stored, or `None` (anonymous).
    pub fn label(&self) -> Option<String> {
        label::clean(&self.name)
    }
}

impl App {
    /// Does the key go to a text field (nickname or PIN) rather than be an action?
    pub(crate) fn takes_text(&self) -> bool {
        let Some(kiosk) = &self.kiosk else {
            return false;
        };
        match self.overlay {
            Some(Overlay::EndWorkshop) => kiosk.pin.is_some(),
            Some(_) => false,
            None => self.screen() == Screen::Name,
        }
    }

    /// Typing into the nickname or PIN field.
    pub(crate) fn type_text(&mut self, key: KeyEvent) {
        if key.kind != KeyEventKind::Press {
            return;
        }
        self.notice = None;
        let pin_entry = self.overlay == Some(Overlay::EndWorkshop);
        let Some(kiosk) = self.kiosk.as_mut() else {
            return;
        };
        let field = if pin_entry {
            &mut kiosk.pin_typed
        } else {
            &mut kiosk.name
        };
        match key.code {
            KeyCode::Char(c)
                if !c.is_control()
                    && !key.modifiers.contains(KeyModifiers::CONTROL)
                    && field.chars().count() < MAX_LABEL =>
            {
                field.push(c);
            }
            // A full field, or a control key: nothing to type.
            KeyCode::Char(_) => {}
            KeyCode::Backspace => {
                field.pop();
            }
            KeyCode::Enter if pin_entry => {
                let right = kiosk.pin.as_deref() == Some(kiosk.pin_typed.as_str());
                kiosk.pin_typed.clear();
                if right {
                    self.exit = Some(Exit::Quit);
                } else {
                    self.notice = Some("That PIN is not right.".to_string());
                }
            }
            KeyCode::Enter => kiosk.naming = false,
            KeyCode::Esc if pin_entry => {
                kiosk.pin_typed.clear();
                self.overlay = None;
            }
            // On the nickname screen, Esc is the facilitator's way out.
            KeyCode::Esc => self.overlay = Some(Overlay::EndWorkshop),
            _ => {}
        }
    }

    /// The facilitator asks to end the kiosk (from the welcome or nickname screen).
    pub(crate) fn ask_to_end_workshop(&mut self) {
        self.overlay = Some(Overlay::EndWorkshop);
    }

    /// n on the results: save this participant's record (the shell does,
    /// then calls `next_participant`).
    pub(crate) fn finish_participant(&mut self) {
        if self.kiosk.is_some() && self.outcome.is_some() {
            self.request = Some(Request::FinishParticipant);
        }
    }

    /// Clears everything of the participant who just finished (or gave
    /// up): answers, results, nickname. The welcome (or nickname) screen
    /// waits for the next.
    pub fn next_participant(&mut self, recorded: bool) {
        self.retake();
        if let Some(kiosk) = self.kiosk.as_mut() {
            if recorded {
                kiosk.done += 1;
            }
            kiosk.name.clear();
            kiosk.pin_typed.clear();
            kiosk.naming = kiosk.ask_name;
        }
        self.notice = recorded.then(|| "Saved. Ready for the next person.".to_string());
    }
}
