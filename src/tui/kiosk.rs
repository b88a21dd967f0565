//! The workshop kiosk's settings and rules: an optional nickname before
//! each participant, `n` to finish and hand over, and an end that only the
//! facilitator can reach (with the PIN when one is set). q, Esc and Ctrl-C
//! never end the kiosk ([`Policy`] says what a person may do, alone or at a
//! kiosk). Wrong PINs are slowed down, and a record waiting for the results
//! file (another program holds its lock) is tried again on a timer, never
//! by blocking the screen. The app's side (typing, handing over) is in
//! `app/workshop.rs`; plain mode's kiosk uses the same rules.

use std::path::PathBuf;
use std::time::{Duration, Instant};

use crate::lang::{Said, Words};
use crate::workshop::label::{self, MAX_LABEL};

/// What the person at the keyboard may do: one value per mode, so no
/// screen or key asks "is this a kiosk?" on its own. Alone at their own
/// terminal a person may do everything; at a workshop kiosk only the
/// facilitator ends careerfit, and each participant hands over to the next.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Policy {
    /// q, Esc and Ctrl-C can end careerfit (at a kiosk only the
    /// facilitator can, from the welcome screen, with the PIN if set).
    pub can_quit: bool,
    /// Ctrl-Z stops careerfit and gives the shell back.
    pub can_suspend: bool,
    /// p saves a take-home report.
    pub saves_reports: bool,
    /// r on the results takes the quiz again.
    pub can_retake: bool,
    /// n on a result saves it and hands over to the next person; leaving
    /// a quiz half done starts over for the next person.
    pub hands_over: bool,
    /// n on a result records it in the workshop's results file.
    pub records: bool,
    /// careerfit is on this computer, so words may name its commands
    /// ("run careerfit --plain"); not so over SSH.
    pub has_careerfit: bool,
}

impl Policy {
    /// A person at their own terminal.
    pub const PERSONAL: Policy = Policy {
        can_quit: true,
        can_suspend: true,
        saves_reports: true,
        can_retake: true,
        hands_over: false,
        records: false,
        has_careerfit: true,
    };

    /// A workshop kiosk: one participant after another.
    pub const KIOSK: Policy = Policy {
        can_quit: false,
        can_suspend: false,
        saves_reports: false,
        can_retake: false,
        hands_over: true,
        records: true,
        has_careerfit: true,
    };

    /// A seat of `careerfit serve`: one participant on their own laptop
    /// over SSH. q and Ctrl-C leave the seat (answers kept, to come back
    /// to); no Ctrl-Z (the server has no shell to give); no `p` report (the
    /// file would land on the server: the goodbye prints the result in the
    /// participant's own terminal instead); `n` records the result in the
    /// workshop's results file and the seat stays, saying so.
    pub const SEAT: Policy = Policy {
        can_quit: true,
        can_suspend: false,
        saves_reports: false,
        can_retake: false,
        hands_over: false,
        records: true,
        has_careerfit: false,
    };
}

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
    /// What the person may do: [`Policy::KIOSK`], or [`Policy::SEAT`] for
    /// a seat of `careerfit serve`.
    pub policy: Policy,
    /// A served seat's resume code, shown in a corner of every screen.
    pub code: Option<String>,
    /// The answers last recorded in the results file (a seat stays on its
    /// result after `n`; the same answers are not recorded twice).
    pub recorded: Option<crate::content::AnswerSheet>,
    /// The language the participant is using: their record says it.
    pub lang: crate::lang::Lang,
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
pub fn check_pin(pin: &str) -> Result<(), Said> {
    let chars = pin.chars().count();
    if pin.trim().is_empty() {
        return Err(Said::new("cli-pin-empty").number("most", MAX_PIN));
    }
    if chars > MAX_PIN {
        return Err(Said::new("cli-pin-too-long")
            .number("n", chars)
            .number("most", MAX_PIN));
    }
    if pin.chars().any(char::is_control) {
        return Err(Said::new("cli-pin-control"));
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

impl PinTry {
    /// What the facilitator is told after typing a PIN, in either kiosk;
    /// nothing when it was right.
    pub fn words(self) -> Option<String> {
        self.words_in(&Words::english())
    }

    /// [`PinTry::words`] in `words`.
    pub fn words_in(self, words: &Words) -> Option<String> {
        match self {
            PinTry::Right => None,
            PinTry::Wrong(wait) if wait.is_zero() => Some(words.get("pin-wrong")),
            PinTry::Wrong(wait) => Some(pin_wait_notice_in(words, wait)),
            PinTry::TooSoon(left) => {
                Some(words.args("pin-too-soon", &[("time", seconds_in(words, left).into())]))
            }
        }
    }
}

/// "1 second", "4 seconds": whole seconds, rounded up.
pub fn seconds(wait: Duration) -> String {
    seconds_in(&Words::english(), wait)
}

/// [`seconds`] in `words` ("4 segundos").
pub fn seconds_in(words: &Words, wait: Duration) -> String {
    let secs = wait.as_millis().div_ceil(1000).max(1);
    words.args("kiosk-seconds", &[("n", secs.into())])
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
            policy: Policy::KIOSK,
            code: None,
            recorded: None,
            lang: crate::lang::Lang::english(),
        }
    }

    /// The settings of a served seat: its participant's nickname asked
    /// first when `ask_name`, `n` records into `results`, `code` shown.
    pub fn seat(session: String, results: PathBuf, ask_name: bool, code: String) -> Kiosk {
        Kiosk {
            policy: Policy::SEAT,
            code: Some(code),
            ..Kiosk::new(session, results, ask_name, None)
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

    /// The top bar's count of participants done: a kiosk's "3 done"; a
    /// served seat has one participant, so none.
    pub fn counter_in(&self, words: &crate::lang::Words) -> String {
        if self.policy.hands_over {
            words.args("top-done", &[("n", self.done.into())])
        } else {
            String::new()
        }
    }

    /// The current participant's label as stored, or `None` (anonymous).
    pub fn label(&self) -> Option<String> {
        label::clean(&self.name)
    }
}

/// "That PIN is not right. Wait 4 seconds before trying again."
pub fn pin_wait_notice(wait: Duration) -> String {
    pin_wait_notice_in(&Words::english(), wait)
}

/// [`pin_wait_notice`] in `words`.
pub fn pin_wait_notice_in(words: &Words, wait: Duration) -> String {
    words.args(
        "pin-wrong-wait",
        &[("time", seconds_in(words, wait).into())],
    )
}
