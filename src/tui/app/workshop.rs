//! The workshop kiosk's part of the app: the nickname and PIN fields, the
//! clock the kiosk wakes up for (a record waiting for the results file, a
//! PIN wait counting down), and handing over to the next participant.

use std::time::Duration;

use crossterm::event::{KeyCode, KeyEvent, KeyEventKind};

use super::{App, Exit, Overlay, Request, Screen};
use crate::tui::kiosk::{FREE_PIN_TRIES, LOCK_RETRY, PinTry, pin_wait_notice_in};
use crate::tui::screens::name::{Typed, type_into};

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
        let pin_entry = self.overlay == Some(Overlay::EndWorkshop);
        let Some(kiosk) = self.kiosk.as_mut() else {
            return;
        };
        if pin_entry && kiosk.pin_wait_left().is_some() {
            // Too many wrong PINs: keys are ignored until the wait is
            // over; Esc still closes the box (the wait stays).
            if key.code == KeyCode::Esc {
                kiosk.pin_typed.clear();
                self.overlay = None;
                self.notice = None;
            }
            return;
        }
        self.notice = None;
        let field = if pin_entry {
            &mut kiosk.pin_typed
        } else {
            &mut kiosk.name
        };
        match type_into(field, key) {
            Some(Typed::Enter) if pin_entry => {
                let typed = std::mem::take(&mut kiosk.pin_typed);
                match kiosk.try_pin(&typed) {
                    PinTry::Right => self.exit = Some(Exit::Quit),
                    tried => self.notice = tried.words_in(&self.words),
                }
            }
            Some(Typed::Enter) => kiosk.naming = false,
            Some(Typed::Escape) if pin_entry => {
                kiosk.pin_typed.clear();
                self.overlay = None;
            }
            // On a served seat, Esc on the nickname screen leaves the seat.
            Some(Typed::Escape) if kiosk.policy.can_quit => self.exit = Some(Exit::Quit),
            // On the nickname screen, Esc is the facilitator's way out.
            Some(Typed::Escape) => self.overlay = Some(Overlay::EndWorkshop),
            Some(Typed::Edited) | None => {}
        }
    }

    /// When the kiosk next needs to look at the clock without a key: a
    /// record waiting for the results file, or a PIN wait counting down.
    pub fn wake_in(&self) -> Option<Duration> {
        let kiosk = self.kiosk.as_ref()?;
        if kiosk.recording_since.is_some() {
            return Some(LOCK_RETRY);
        }
        if self.overlay == Some(Overlay::EndWorkshop) {
            return kiosk
                .pin_wait_left()
                .map(|left| left.min(Duration::from_millis(250)));
        }
        None
    }

    /// A record is waiting for the results file: keys wait too.
    pub fn recording(&self) -> bool {
        self.kiosk
            .as_ref()
            .is_some_and(|k| k.recording_since.is_some())
    }

    /// The clock moved with no key: count a PIN wait down on screen.
    pub fn pin_tick(&mut self) {
        if self.overlay != Some(Overlay::EndWorkshop) {
            return;
        }
        let Some(kiosk) = &self.kiosk else { return };
        self.notice = match kiosk.pin_wait_left() {
            Some(left) => Some(pin_wait_notice_in(&self.words, left)),
            None if kiosk.wrong_pins >= FREE_PIN_TRIES => {
                Some(self.words.get("notice-pin-wrong-again"))
            }
            None => self.notice.take(),
        };
    }

    /// The facilitator asks to end the kiosk (from the welcome or nickname screen).
    pub(crate) fn ask_to_end_workshop(&mut self) {
        self.overlay = Some(Overlay::EndWorkshop);
    }

    /// n on the results: save this participant's record (the shell does,
    /// then calls `next_participant`).
    pub(crate) fn finish_participant(&mut self) {
        if !self.policy().records || self.outcome.is_none() {
            return;
        }
        let answers = self.session.answers();
        if self
            .kiosk
            .as_ref()
            .is_some_and(|k| k.recorded.as_ref() == Some(answers))
        {
            self.notice = Some(self.words.get("notice-seat-recorded"));
            return;
        }
        self.request = Some(Request::FinishParticipant);
    }

    /// Clears everything of the participant who just finished (or gave
    /// up): answers, results, nickname. The welcome (or nickname) screen
    /// waits for the next.
    pub fn next_participant(&mut self, recorded: bool) {
        if !self.policy().hands_over {
            // A served seat keeps its participant: the result stays on
            // screen, saying it is recorded and what to do now.
            let answers = self.session.answers().clone();
            if let (true, Some(kiosk)) = (recorded, self.kiosk.as_mut()) {
                kiosk.done += 1;
                kiosk.recorded = Some(answers);
                // What a served seat says once its result is in the
                // results file.
                self.notice = Some(self.words.get("notice-seat-recorded"));
            }
            return;
        }
        self.retake();
        self.speak(self.home_lang);
        if let Some(kiosk) = self.kiosk.as_mut() {
            if recorded {
                kiosk.done += 1;
            }
            kiosk.name.clear();
            kiosk.pin_typed.clear();
            kiosk.naming = kiosk.ask_name;
            kiosk.recording_since = None;
        }
        self.notice = recorded.then(|| self.words.get("notice-next-person"));
    }
}
