//! The room's list of participants: one place per person who joined, by
//! number (#1, #2... in joining order) and nickname once given, whether
//! they are connected now, how far they are, when they last typed, and the
//! short resume code that lets them come back after a drop. Connections
//! and seats tell the roster what happens; the facilitator's console reads
//! it and acts on it (lock joins, remove a participant). No russh or tokio
//! type here, so the console and the tests use it directly.

use std::net::IpAddr;
use std::path::PathBuf;
use std::sync::{Arc, Mutex, MutexGuard};
use std::time::Instant;

/// How far a participant is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Stage {
    /// Connected, not answering yet (welcome, nickname, resume offer).
    Starting,
    /// On question `at` (from 1) of `of`.
    Question { at: usize, of: usize },
    /// Reviewing their answers before the result.
    Review,
    /// Looking at their result, not recorded yet.
    Results,
    /// Their result is in the results file.
    Recorded,
}

/// Ends a place's current connection, with the words its seat says last.
pub type Closer = Box<dyn Fn(Goodbye) + Send + Sync>;

/// Why a seat is being closed from outside.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Goodbye {
    /// The facilitator removed the participant.
    Removed,
    /// The same participant came back on another connection.
    TakenOver,
}

/// One participant, as the console shows them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Place {
    /// #n, in joining order, from 1.
    pub number: u32,
    /// The nickname they gave (already made safe), if any.
    pub nickname: Option<String>,
    /// Is a connection on this place now?
    pub connected: bool,
    pub stage: Stage,
    /// When they last typed (or joined).
    pub last_input: Instant,
    /// The code that gives this place back after a drop.
    pub resume_code: String,
    /// The seat's store folder, kept across reconnects.
    pub store: PathBuf,
    /// Where they connected from.
    pub address: Option<IpAddr>,
    /// The facilitator removed them.
    pub removed: bool,
}

/// Why a connection gets no place.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Refused {
    /// The facilitator has locked joins.
    Locked,
}

/// The room's places, shared by every connection and the console.
#[derive(Default)]
pub struct Roster {
    state: Mutex<State>,
}

#[derive(Default)]
struct State {
    places: Vec<Place>,
    closers: Vec<(u32, Closer)>,
    locked: bool,
}

/// Letters a resume code is made of: no 0/O, 1/I/L look-alikes.
const CODE_LETTERS: &[u8] = b"ACDEFGHJKMNPQRTUVWXY";
const CODE_LENGTH: usize = 4;

impl Roster {
    pub fn new() -> Arc<Roster> {
        Arc::new(Roster::default())
    }

    fn lock(&self) -> MutexGuard<'_, State> {
        self.state
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    /// A new participant arrives from `address`, their answers to be kept
    /// in `store`: their place, or why there is none.
    pub fn arrive(&self, address: Option<IpAddr>, store: PathBuf) -> Result<Place, Refused> {
        let mut state = self.lock();
        if state.locked {
            return Err(Refused::Locked);
        }
        let number = u32::try_from(state.places.len() + 1).unwrap_or(u32::MAX);
        let resume_code = loop {
            let code = new_resume_code();
            if !state.places.iter().any(|p| p.resume_code == code) {
                break code;
            }
        };
        let place = Place {
            number,
            nickname: None,
            connected: true,
            stage: Stage::Starting,
            last_input: Instant::now(),
            resume_code,
            store,
            address,
            removed: false,
        };
        state.places.push(place.clone());
        Ok(place)
    }

    /// A participant comes back with `code` (any case, spaces ignored):
    /// their place, marked connected; a connection still on it is closed
    /// first (a half-open one after a Wi-Fi drop). `None` when no place
    /// has that code, or it was removed.
    pub fn come_back(&self, code: &str) -> Option<Place> {
        let code: String = code
            .chars()
            .filter(|c| !c.is_whitespace())
            .collect::<String>()
            .to_ascii_uppercase();
        let (place, closer) = {
            let mut state = self.lock();
            let index = state
                .places
                .iter()
                .position(|p| p.resume_code == code && !p.removed)?;
            let number = state.places[index].number;
            let closer = take_closer(&mut state, number);
            let place = &mut state.places[index];
            place.connected = true;
            place.last_input = Instant::now();
            (place.clone(), closer)
        };
        if let Some(close) = closer {
            close(Goodbye::TakenOver);
        }
        Some(place)
    }

    /// The connection now on place `number` is ended by `closer`.
    pub fn on_close(&self, number: u32, closer: Closer) {
        let mut state = self.lock();
        state.closers.retain(|(n, _)| *n != number);
        state.closers.push((number, closer));
    }

    /// The connection on place `number` has gone (the place stays, to be
    /// come back to).
    pub fn left(&self, number: u32) {
        let mut state = self.lock();
        state.closers.retain(|(n, _)| *n != number);
        if let Some(place) = state.places.iter_mut().find(|p| p.number == number) {
            place.connected = false;
        }
    }

    /// Changes what is known of place `number` (its nickname, its stage).
    pub fn update(&self, number: u32, change: impl FnOnce(&mut Place)) {
        if let Some(place) = self.lock().places.iter_mut().find(|p| p.number == number) {
            change(place);
        }
    }

    /// Place `number`'s participant typed something.
    pub fn typed(&self, number: u32) {
        self.update(number, |place| place.last_input = Instant::now());
    }

    /// Every place, in joining order.
    pub fn places(&self) -> Vec<Place> {
        self.lock().places.clone()
    }

    /// Places someone could come back to by nickname: not connected, not
    /// finished, not removed.
    pub fn unfinished(&self) -> Vec<Place> {
        self.lock()
            .places
            .iter()
            .filter(|p| !p.connected && !p.removed && p.stage != Stage::Recorded)
            .cloned()
            .collect()
    }

    /// Locks or opens joins (a participant coming back is always let in).
    pub fn set_locked(&self, locked: bool) {
        self.lock().locked = locked;
    }

    pub fn is_locked(&self) -> bool {
        self.lock().locked
    }

    /// The facilitator removes place `number`: its seat is told and
    /// closed, and the place cannot be come back to. False when there is
    /// no such place.
    pub fn remove(&self, number: u32) -> bool {
        let closer = {
            let mut state = self.lock();
            let Some(place) = state.places.iter_mut().find(|p| p.number == number) else {
                return false;
            };
            place.removed = true;
            take_closer(&mut state, number)
        };
        if let Some(close) = closer {
            close(Goodbye::Removed);
        }
        true
    }
}

fn take_closer(state: &mut State, number: u32) -> Option<Closer> {
    let index = state.closers.iter().position(|(n, _)| *n == number)?;
    Some(state.closers.remove(index).1)
}

/// A resume code: 4 letters, easy to read aloud and to type.
fn new_resume_code() -> String {
    use rand::RngExt;
    let mut rng = rand::rng();
    (0..CODE_LENGTH)
        .map(|_| char::from(CODE_LETTERS[rng.random_range(0..CODE_LETTERS.len())]))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::atomic::{AtomicUsize, Ordering};

    fn counting() -> (Arc<AtomicUsize>, Closer) {
        let count = Arc::new(AtomicUsize::new(0));
        let seen = Arc::clone(&count);
        (
            count,
            Box::new(move |_| {
                seen.fetch_add(1, Ordering::SeqCst);
            }),
        )
    }

    #[test]
    fn places_are_numbered_in_joining_order_with_distinct_codes() {
        let roster = Roster::new();
        let a = roster.arrive(None, "a".into()).unwrap();
        let b = roster.arrive(None, "b".into()).unwrap();
        assert_eq!((a.number, b.number), (1, 2));
        assert_ne!(a.resume_code, b.resume_code);
        assert_eq!(a.resume_code.len(), 4);
    }

    #[test]
    fn coming_back_takes_over_the_old_connection_and_keeps_the_store() {
        let roster = Roster::new();
        let a = roster.arrive(None, "seat-a".into()).unwrap();
        let (closed, closer) = counting();
        roster.on_close(a.number, closer);
        let typed = a.resume_code.to_ascii_lowercase();
        let back = roster.come_back(&format!(" {typed} ")).unwrap();
        assert_eq!(back.store, PathBuf::from("seat-a"));
        assert_eq!(closed.load(Ordering::SeqCst), 1);
        assert!(roster.come_back("ZZZZZ").is_none());
    }

    #[test]
    fn a_locked_room_refuses_newcomers_but_not_returners() {
        let roster = Roster::new();
        let a = roster.arrive(None, "a".into()).unwrap();
        roster.left(a.number);
        roster.set_locked(true);
        assert_eq!(roster.arrive(None, "b".into()), Err(Refused::Locked));
        assert!(roster.come_back(&a.resume_code).is_some());
    }

    #[test]
    fn a_removed_participant_is_closed_and_cannot_come_back() {
        let roster = Roster::new();
        let a = roster.arrive(None, "a".into()).unwrap();
        let (closed, closer) = counting();
        roster.on_close(a.number, closer);
        assert!(roster.remove(a.number));
        assert_eq!(closed.load(Ordering::SeqCst), 1);
        assert!(roster.come_back(&a.resume_code).is_none());
        assert!(!roster.remove(99));
    }

    #[test]
    fn only_dropped_unfinished_places_are_offered_back() {
        let roster = Roster::new();
        let a = roster.arrive(None, "a".into()).unwrap();
        let b = roster.arrive(None, "b".into()).unwrap();
        let _c = roster.arrive(None, "c".into()).unwrap();
        roster.left(a.number);
        roster.left(b.number);
        roster.update(b.number, |p| p.stage = Stage::Recorded);
        let back: Vec<u32> = roster.unfinished().iter().map(|p| p.number).collect();
        assert_eq!(back, vec![a.number]);
    }
}
