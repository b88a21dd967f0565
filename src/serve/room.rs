//! What the SSH server's connections share, kept apart from russh and tokio
//! (which live only in `server.rs`): who may join, the server's options and
//! limits, the words a connection is told, and the room: the seats running
//! and the counts shutdown waits on.

use std::collections::HashMap;
use std::net::SocketAddr;
use std::path::PathBuf;
use std::sync::atomic::AtomicU64;
use std::sync::{Arc, Condvar, Mutex, MutexGuard};
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use super::roster::Roster;
use super::seat::Seat;
use crate::content::Languages;
use crate::lang::Words;

mod door_words;

pub(crate) use door_words::NoSeat;
pub use door_words::{
    DOOR_WIDTH, ENDED, FULL, LOCKED, ascii, code_prompt, door_ended, door_refusal, ended,
    every_language, full, in_every_language, locked, side_by_side, wrong_code_prompt,
};

/// Who may join.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Access {
    /// The join code: as the SSH user name, or typed at the prompt.
    Code(String),
    /// Anyone who connects.
    Open,
}

impl Access {
    pub(crate) fn lets_in(&self, said: &str) -> bool {
        match self {
            Access::Open => true,
            Access::Code(code) => said.trim() == code,
        }
    }
}

/// A join code: 4 random digits.
pub fn new_code() -> String {
    use rand::RngExt;
    format!("{:04}", rand::rng().random_range(0..10_000u32))
}

/// What the server needs to run.
#[derive(Debug, Clone)]
pub struct Options {
    /// Where to listen (port 0: any free port, as tests use).
    pub bind: SocketAddr,
    pub access: Access,
    /// The host key file (created if missing).
    pub host_key: PathBuf,
    /// Each connection gets a store folder of its own in here.
    pub workshop: PathBuf,
    /// At most this many seats at once; the next is told the room is full.
    pub max_seats: usize,
    /// The quiz and roles in each shipped language, loaded once when the
    /// server starts ([`Languages::all`]): the built-in content's
    /// translations, or the overlays next to `--quiz FILE` and in
    /// `--roles DIR`. Scoring is the base files' in every language, so
    /// every seat's record counts in one summary.
    pub content: Arc<Languages>,
    /// The server's language (the counselor's): its errors are said in
    /// it, the door's words come first in it, and a participant whose
    /// client sends no locale starts in it.
    pub words: Words,
    /// The session's name, in every record.
    pub session: String,
    /// The one JSON Lines results file each seat's `n` appends to (the
    /// file `careerfit report --watch` reads).
    pub results: PathBuf,
    /// Each participant gives a nickname first.
    pub ask_name: bool,
    /// How long a seat may idle or last, and how much it may type.
    pub limits: Limits,
}

/// A seat's limits. Tests shorten them; [`Limits::default`] is the room's.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Limits {
    /// No key for this long: "Still there?".
    pub idle: Duration,
    /// Then no key for this long more: the seat ends, answers kept.
    pub idle_grace: Duration,
    /// A seat ends after this long whatever happens, answers kept.
    pub most: Duration,
    /// Bytes a second a client may send, on average...
    pub bytes_per_second: u32,
    /// ...with bursts up to this many bytes (a fast typist, a paste).
    pub burst: u32,
    /// Bytes a seat may receive in all.
    pub bytes_in_all: u64,
}

/// Ten minutes is longer than anyone reads one screen (the longest role
/// page takes about three minutes): a seat quiet for that long is most
/// likely a laptop left open. The prompt costs a real reader one key.
pub const IDLE: Duration = Duration::from_secs(10 * 60);
/// Two more minutes to answer "Still there?" before the seat closes; the
/// answers stay, and the participant can come back with their code.
pub const IDLE_GRACE: Duration = Duration::from_secs(2 * 60);
/// A whole quiz takes 6 to 15 minutes; 90 minutes covers a slow reader
/// three times over and ends seats forgotten for a whole lesson.
pub const SEAT_MOST: Duration = Duration::from_secs(90 * 60);
/// A key is 1 to 6 bytes; holding a key down sends about 30 a second,
/// under 200 bytes. 2 KiB a second leaves ten times that.
pub const BYTES_PER_SECOND: u32 = 2 * 1024;
/// A pasted nickname or a burst of held keys fits in 16 KiB.
pub const BURST: u32 = 16 * 1024;
/// 90 minutes of held-down keys is under 1 MiB: more is a flood.
pub const BYTES_IN_ALL: u64 = 1024 * 1024;

impl Default for Limits {
    fn default() -> Limits {
        Limits {
            idle: IDLE,
            idle_grace: IDLE_GRACE,
            most: SEAT_MOST,
            bytes_per_second: BYTES_PER_SECOND,
            burst: BURST,
            bytes_in_all: BYTES_IN_ALL,
        }
    }
}

/// Env values a client may send: a few, short.
pub(crate) const ENV_MAX: usize = 16;
pub(crate) const ENV_VALUE_MAX: usize = 64;

/// Window sizes beyond this are clamped (a bad client cannot make a seat
/// draw a billion cells).
pub(crate) const WINDOW_MAX: u32 = 1000;

/// How long shutdown waits for the seats to say goodbye and the clients
/// to hang up before it drops them.
pub(crate) const GOODBYE_PATIENCE: Duration = Duration::from_secs(5);

/// A window size the client sent, in cells: 0 (OpenSSH sends it when its
/// own input is not a terminal) is `unknown`, the usual 80 x 24; anything
/// huge is clamped.
pub(crate) fn window(n: u32, unknown: u16) -> u16 {
    match n {
        0 => unknown,
        n => u16::try_from(n.min(WINDOW_MAX)).unwrap_or(unknown),
    }
}

pub(crate) const COLS_UNKNOWN: u16 = 80;
pub(crate) const ROWS_UNKNOWN: u16 = 24;

/// What every connection shares.
/// `R` is the runtime's handle (tokio's, in `server.rs`), so no tokio type
/// is named here.
pub(crate) struct Room<R> {
    pub(crate) options: Options,
    /// The room's places, shared with the facilitator's console.
    pub(crate) roster: Arc<Roster>,
    pub(crate) rt: R,
    pub(crate) next: AtomicU64,
    pub(crate) state: Mutex<RoomState>,
    pub(crate) changed: Condvar,
}

#[derive(Default)]
pub(crate) struct RoomState {
    /// The seats running, by connection number.
    pub(crate) seats: HashMap<u64, Arc<Seat>>,
    /// Seats whose thread has not ended yet (a seat's sink lives as long).
    pub(crate) live: usize,
    /// Seats' channels the client has not closed yet.
    pub(crate) open: usize,
    /// Connections open.
    pub(crate) connections: usize,
    /// The workshop is ending: no new seats.
    pub(crate) ending: bool,
}

impl<R> Room<R> {
    pub(crate) fn lock(&self) -> MutexGuard<'_, RoomState> {
        self.state
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    /// Waits (a few seconds at most) until `done` holds.
    pub(crate) fn wait_until(&self, done: impl Fn(&RoomState) -> bool) {
        let deadline = Instant::now() + GOODBYE_PATIENCE;
        let mut state = self.lock();
        while !done(&state) {
            let left = deadline.saturating_duration_since(Instant::now());
            if left.is_zero() {
                break;
            }
            state = self
                .changed
                .wait_timeout(state, left)
                .unwrap_or_else(|poisoned| poisoned.into_inner())
                .0;
        }
    }

    pub(crate) fn change(&self, f: impl FnOnce(&mut RoomState)) {
        f(&mut self.lock());
        self.changed.notify_all();
    }

    /// A connection's own store folder: named by the time it joined and
    /// its number, so a restarted server never hands one participant's
    /// answers to another.
    pub(crate) fn folder_for(&self, number: u64) -> PathBuf {
        let secs = SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .map_or(0, |d| d.as_secs());
        self.options.workshop.join(format!("seat-{secs}-{number}"))
    }
}
