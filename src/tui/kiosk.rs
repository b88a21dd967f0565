//! The workshop kiosk inside the quiz app: an optional nickname before each
//! participant, `n` to finish and hand over, and an end that only the
//! facilitator can reach (with the PIN when one is set). q, Esc and Ctrl-C
//! never end the kiosk. Wrong PINs are slowed down, and a record waiting
//! for the results file (another program holds its lock) is tried again
//! on a timer, never by blocking the screen.

use std::path::PathBuf;
use std::time::{Duration, Instant};

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
    /// Wrong PINs typed in a row.
    pub wrong_pins: u32,
    /// After too many wrong PINs, no PIN is taken until then.
    pub pin_blocked_until: Option<Instant>,
    /// The first wait after too many wrong PINs (then 2, 4, ... times it,
    /// up to 30 times). Tests may shrink it.
    pub pin_delay: Duration,
    /// A finished participant's record is waiting for the results file's
    /// lock (another program holds it), since then.
    pub recording_since: Option<Instant>,
    /// How long a record waits for the lock before the participant is
    /// told and may press n again. Tests may shrink it.
    pub lock_wait: Duration,
    /// The time, when a test sets it; else the real clock.
    pub fake_now: Option<Instant>,
}

/// The longest PIN: the PIN field takes at most this many characters.
pub const MAX_PIN: usize = MAX_LABEL;
/// Wrong PINs allowed before each further try has to wait.
pub const FREE_PIN_TRIES: u32 = 3;
/// The longest wait after wrong PINs, in multiples of `pin_delay`.
const MAX_PIN_WAIT: u32 = 30;
/// How long a finished participant's record waits for the results file.
pub const LOCK_WAIT: Duration = Duration::from_secs(10);
/// How often a waiting record tries the lock again.
pub const LOCK_RETRY: Duration = Duration::from_millis(100);

/// Checks a PIN given on the command line: it must be possible to type it
/// in the kiosk, or the kiosk could only be ended by a signal.
pub fn check_pin(pin: &str) -> Result<(), String> {
    let chars = pin.chars().count();
    if pin.trim().is_empty() {
        return Err(
            "--pin is empty: give the PIN the facilitator will type to end the kiosk \
             (1 to 40 characters), or leave --pin out"
                .to_string(),
        );
    }
    if chars > MAX_PIN {
        return Err(format!(
            "--pin is {chars} characters long, but the kiosk's PIN box takes at most {MAX_PIN}: \
             choose a shorter PIN"
        ));
    }
    if pin.chars().any(char::is_control) {
        return Err(
            "--pin holds a control character (such as a tab or a new line), which cannot be \
             typed in the kiosk: choose a PIN of letters, digits and punctuation"
                .to_string(),
        );
    }
    Ok(())
}

/// What a typed PIN did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PinTry {
    /// Right: the workshop ends.
    Right,
    /// Wrong; the next try must wait this long (zero: it need not).
    Wrong(Duration),
    /// Typed while a wait was on: not checked. This much wait is left.
    TooSoon(Duration),
}

/// "1 second", "4 seconds": whole seconds, rounded up.
pub fn seconds(wait: Duration) -> String {
    let secs = wait.as_millis().div_ceil(1000).max(1) as usize;
    crate::text::plural(secs, "second", "seconds")
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
            wrong_pins: 0,
            pin_blocked_until: None,
            pin_delay: Duration::from_secs(1),
            recording_since: None,
            lock_wait: LOCK_WAIT,
            fake_now: None,
        }
    }

    /// The time now (a test's clock, when it set one).
    pub fn now(&self) -> Instant {
        self.fake_now.unwrap_or_else(Instant::now)
    }

    /// How long until a PIN may be tried again; `None` when it may now.
    pub fn pin_wait_left(&self) -> Option<Duration> {
        let until = self.pin_blocked_until?;
        let left = until.saturating_duration_since(self.now());
        (!left.is_zero()).then_some(left)
    }

    /// Checks a typed PIN. After `FREE_PIN_TRIES` wrong ones in a row,
    /// each wrong one makes the next wait 1, 2, 4 ... up to 30 times
    /// `pin_delay`; a PIN typed during the wait is not checked at all.
    pub fn try_pin(&mut self, typed: &str) -> PinTry {
        if let Some(left) = self.pin_wait_left() {
            return PinTry::TooSoon(left);
        }
        if self.pin.as_deref() == Some(typed) {
            self.wrong_pins = 0;
            self.pin_blocked_until = None;
            return PinTry::Right;
        }
        self.wrong_pins = self.wrong_pins.saturating_add(1);
        if self.wrong_pins < FREE_PIN_TRIES {
            return PinTry::Wrong(Duration::ZERO);
        }
        let doublings = (self.wrong_pins - FREE_PIN_TRIES).min(5);
        let wait = self.pin_delay * (1u32 << doublings).min(MAX_PIN_WAIT);
        self.pin_blocked_until = Some(self.now() + wait);
        PinTry::Wrong(wait)
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
                let typed = std::mem::take(&mut kiosk.pin_typed);
                match kiosk.try_pin(&typed) {
                    PinTry::Right => self.exit = Some(Exit::Quit),
                    PinTry::Wrong(wait) if wait.is_zero() => {
                        self.notice = Some("That PIN is not right.".to_string());
                    }
                    PinTry::Wrong(wait) | PinTry::TooSoon(wait) => {
                        self.notice = Some(pin_wait_notice(wait));
                    }
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
            Some(left) => Some(pin_wait_notice(left)),
            None if kiosk.wrong_pins >= FREE_PIN_TRIES => {
                Some("That PIN was not right. Type it again.".to_string())
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
            kiosk.recording_since = None;
        }
        self.notice = recorded.then(|| "Saved. Ready for the next person.".to_string());
    }
}

/// "That PIN is not right. Wait 4 seconds before trying again."
fn pin_wait_notice(wait: Duration) -> String {
    format!(
        "That PIN is not right. Wait {} before trying again.",
        seconds(wait)
    )
}
