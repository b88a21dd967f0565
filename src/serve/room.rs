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

use super::seat::Seat;
use crate::content::Content;
use crate::store::Store;

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
    pub content: Content,
}

/// The prompt a participant who did not type the code as user name sees.
/// OpenSSH shows only the prompt (not the name or instructions), so all
/// it says is here.
pub const CODE_PROMPT: &str = "Session code: ";

/// What a connection gets when every seat is taken.
pub const FULL: &str = "Sorry, this workshop is full right now.\r\n\
     Please tell the person running it, then try again later.\r\n";

/// What a connection gets once the workshop is ending.
pub const ENDED: &str = "This workshop has ended. Thank you for taking part.\r\n";

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
    pub(crate) fn store_for(&self, number: u64) -> Store {
        let secs = SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .map_or(0, |d| d.as_secs());
        Store::in_folder(&self.options.workshop.join(format!("seat-{secs}-{number}")))
    }
}
