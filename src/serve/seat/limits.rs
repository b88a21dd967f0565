//! A served seat's limits, watched from its key pump and its input: an
//! idle "Still there?" and then the end, a longest time, and an input
//! budget (a client sending far more than anyone types is cut; the
//! server and the other seats go on). The numbers and their reasons are
//! in [`crate::serve::room`].

use std::sync::{Mutex, MutexGuard};
use std::time::{Duration, Instant};

use crate::lang::Words;
use crate::serve::room::Limits;

/// Why a seat was closed from outside its own keys.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Closed {
    /// The facilitator removed the participant.
    Removed,
    /// The participant came back on another connection.
    TakenOver,
    /// No key for the idle time and the grace after "Still there?".
    Idle,
    /// Open for the longest time a seat may be.
    TooLong,
    /// The client sent more than the input budget.
    Flood,
    /// The workshop is ending.
    WorkshopEnded,
}

/// What the clock says the seat should do now.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Due {
    /// Ask "Still there?".
    Ask,
    /// End the seat.
    End(Closed),
}

/// A seat's clock and byte count, shared by its pump, its input and its
/// loop.
pub struct Watch {
    limits: Limits,
    /// The participant's words ("Still there?" is asked in them).
    words: Words,
    state: Mutex<State>,
}

struct State {
    started: Instant,
    last_key: Instant,
    /// When "Still there?" was asked (and not yet answered by a key).
    asked: Option<Instant>,
    /// The question is waiting to be put on screen.
    to_ask: bool,
    /// Why the seat was closed from outside, once it was.
    closed: Option<Closed>,
    /// The byte budget: tokens left, refilled at the rate.
    tokens: f64,
    refilled: Instant,
    bytes: u64,
}

/// What the participant sees when the seat has been idle.
pub fn still_there(words: &Words, grace: Duration) -> String {
    words.args(
        "seat-still-there",
        &[("time", minutes(words, grace).into())],
    )
}

/// "2 minutes", "1 minute", "30 seconds" (in the participant's words).
pub fn minutes(words: &Words, time: Duration) -> String {
    let secs = time.as_secs();
    if secs >= 60 {
        words.args("seat-minutes", &[("n", secs.div_ceil(60).into())])
    } else {
        words.args("seat-seconds", &[("n", secs.max(1).into())])
    }
}

impl Watch {
    pub fn new(limits: Limits) -> Watch {
        let now = Instant::now();
        Watch {
            limits,
            words: Words::english(),
            state: Mutex::new(State {
                started: now,
                last_key: now,
                asked: None,
                to_ask: false,
                closed: None,
                tokens: f64::from(limits.burst),
                refilled: now,
                bytes: 0,
            }),
        }
    }

    /// The watch asking "Still there?" in `words`.
    pub fn speaking(mut self, words: Words) -> Watch {
        self.words = words;
        self
    }

    pub fn limits(&self) -> Limits {
        self.limits
    }

    /// The question "Still there?" as this seat asks it.
    pub fn still_there(&self) -> String {
        still_there(&self.words, self.limits.idle_grace)
    }

    fn lock(&self) -> MutexGuard<'_, State> {
        self.state
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    /// The participant pressed a key: the idle clock starts again.
    pub fn key(&self) {
        let mut state = self.lock();
        state.last_key = Instant::now();
        state.asked = None;
        state.to_ask = false;
    }

    /// When the last key was pressed (or the seat began).
    pub fn last_key(&self) -> Instant {
        self.lock().last_key
    }

    /// When the clock next needs looking at.
    pub fn next(&self) -> Instant {
        let state = self.lock();
        let idle = match state.asked {
            Some(asked) => asked + self.limits.idle_grace,
            None => state.last_key + self.limits.idle,
        };
        idle.min(state.started + self.limits.most)
    }

    /// What is due at `now`, if anything.
    pub fn due(&self, now: Instant) -> Option<Due> {
        let mut state = self.lock();
        if now >= state.started + self.limits.most {
            return Some(Due::End(Closed::TooLong));
        }
        match state.asked {
            Some(asked) if now >= asked + self.limits.idle_grace => Some(Due::End(Closed::Idle)),
            None if now >= state.last_key + self.limits.idle => {
                state.asked = Some(now);
                state.to_ask = true;
                Some(Due::Ask)
            }
            _ => None,
        }
    }

    /// Takes the "Still there?" waiting to be shown, if any.
    pub fn take_question(&self) -> Option<String> {
        let mut state = self.lock();
        std::mem::take(&mut state.to_ask).then(|| self.still_there())
    }

    /// `n` bytes arrived: false once the client is over its budget (then
    /// the seat is closed as a flood).
    pub fn take_bytes(&self, n: usize) -> bool {
        let mut state = self.lock();
        let now = Instant::now();
        let elapsed = now.saturating_duration_since(state.refilled).as_secs_f64();
        state.refilled = now;
        state.tokens = (state.tokens + elapsed * f64::from(self.limits.bytes_per_second))
            .min(f64::from(self.limits.burst));
        state.tokens -= n as f64;
        state.bytes = state.bytes.saturating_add(n as u64);
        state.tokens >= 0.0 && state.bytes <= self.limits.bytes_in_all
    }

    /// The seat is being closed for `why` (the first reason stays).
    pub fn close(&self, why: Closed) {
        self.lock().closed.get_or_insert(why);
    }

    /// Why the seat was closed from outside, if it was.
    pub fn closed(&self) -> Option<Closed> {
        self.lock().closed
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn limits() -> Limits {
        Limits {
            idle: Duration::from_secs(600),
            idle_grace: Duration::from_secs(120),
            most: Duration::from_secs(5400),
            bytes_per_second: 100,
            burst: 1000,
            bytes_in_all: 5000,
        }
    }

    #[test]
    fn idle_asks_then_ends_and_a_key_starts_again() {
        let watch = Watch::new(limits());
        let start = watch.last_key();
        assert_eq!(watch.due(start + Duration::from_secs(599)), None);
        assert_eq!(watch.due(start + Duration::from_secs(600)), Some(Due::Ask));
        assert!(watch.take_question().unwrap().contains("2 minutes"));
        assert_eq!(watch.take_question(), None);
        assert_eq!(
            watch.due(start + Duration::from_secs(720)),
            Some(Due::End(Closed::Idle))
        );
        watch.key();
        assert_eq!(watch.due(Instant::now()), None);
    }

    #[test]
    fn a_seat_ends_after_the_longest_time() {
        let watch = Watch::new(limits());
        let start = watch.last_key();
        assert_eq!(
            watch.due(start + Duration::from_secs(5400)),
            Some(Due::End(Closed::TooLong))
        );
    }

    #[test]
    fn the_budget_allows_a_burst_but_not_a_flood() {
        let watch = Watch::new(limits());
        assert!(watch.take_bytes(900));
        assert!(!watch.take_bytes(200));
    }

    #[test]
    fn the_first_reason_to_close_stays() {
        let watch = Watch::new(limits());
        watch.close(Closed::Removed);
        watch.close(Closed::Idle);
        assert_eq!(watch.closed(), Some(Closed::Removed));
    }
}
