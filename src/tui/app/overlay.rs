//! The boxes over the screen (the keys, "leave now?", "start over?", the
//! facilitator's end of the workshop) and leaving: at a kiosk only the
//! facilitator ends careerfit, and a participant starts over instead.

use super::{App, Exit, Overlay, Screen};
use crate::tui::keys::Action;

impl App {
    pub(super) fn act_on_overlay(&mut self, overlay: Overlay, action: Action) {
        let policy = self.policy();
        match overlay {
            Overlay::Help => self.overlay = None,
            Overlay::EndWorkshop => match action {
                Action::Yes => self.exit = Some(Exit::Quit),
                Action::No | Action::Escape | Action::Back | Action::Quit => self.overlay = None,
                _ => {}
            },
            Overlay::ConfirmLeave if policy.hands_over => match action {
                // In the kiosk, "leaving" hands over to the next person.
                Action::Yes => self.next_participant(false),
                Action::No | Action::Escape | Action::Back | Action::Quit => self.overlay = None,
                _ => {}
            },
            Overlay::ConfirmLeave => match action {
                Action::Yes | Action::Quit => self.exit = Some(Exit::Quit),
                Action::No | Action::Escape | Action::Back => self.overlay = None,
                _ => {}
            },
            Overlay::ConfirmRetake => match action {
                Action::Yes => {
                    self.overlay = None;
                    self.retake();
                }
                Action::No | Action::Escape | Action::Back | Action::Quit => self.overlay = None,
                _ => {}
            },
        }
    }

    /// q or Esc: leave, asking first if answers would be lost. At a kiosk
    /// only the facilitator ends careerfit; a participant starts over.
    pub(super) fn leave(&mut self) {
        if !self.policy().can_quit {
            match self.screen() {
                Screen::Welcome | Screen::Name => self.ask_to_end_workshop(),
                _ if self.outcome.is_some() => {
                    self.notice = Some(self.words.get("notice-kiosk-leave"))
                }
                _ => self.overlay = Some(Overlay::ConfirmLeave),
            }
            return;
        }
        if self.session.has_answers() && self.outcome.is_none() && !self.saving {
            self.overlay = Some(Overlay::ConfirmLeave);
        } else {
            self.exit = Some(Exit::Quit);
        }
    }
}
