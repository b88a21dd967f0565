//! The door of `careerfit serve`: who may knock, and how often, counted per
//! network address (no russh or tokio here; `server.rs` asks and waits).
//!
//! - At most [`DoorLimits::max_per_address`] connections from one address at
//!   once, so one computer (or one script) cannot take every seat.
//! - A brake on guessing the join code. A 4-digit code is one of 10,000.
//!   Without a brake, russh waits 1 s per wrong try and a guesser opens
//!   many connections at once: all 10,000 codes in under a minute. With
//!   it, per address: the first [`FREE_TRIES`] wrong codes cost the usual
//!   1 s; then each wrong code waits 1 s, 2 s, 4 s... up to 30 s before
//!   the "no"; after [`TRIES_BEFORE_LOCKOUT`] wrong codes in
//!   [`WINDOW`] the address is refused for [`LOCKOUT`]. That is 20 tries
//!   per about 11 minutes (with 10 connections at once the 20 take under
//!   a minute, then 10 minutes locked), about 110 an hour: finding a code
//!   takes about 46 hours on average (5,000 tries), and a 2-hour workshop
//!   gives a guesser about a 2% chance. Someone who can take many
//!   addresses on the room's network gets more tries: a longer `--code`
//!   is the answer there (each extra digit is 10 times the work).
//! - A right code is never slowed: it is checked before any wait, and it
//!   forgives the wrong tries its own connection made (a participant who
//!   typed `ssh HOST` with their own user name, or mistyped the code once,
//!   leaves no mark). Only a locked-out address is refused, right code or
//!   not: otherwise the lockout would not slow a guesser at all.

use std::collections::{HashMap, VecDeque};
use std::net::{IpAddr, Ipv6Addr};
use std::sync::{Arc, Mutex, MutexGuard};
use std::time::{Duration, Instant};

use crate::lang::Said;

/// Connections at once from one address. A participant needs one, two
/// while a dropped one is timing out, a few more if friends share a
/// laptop. A whole class behind one router that hides their addresses
/// (NAT: a school network reached from outside, say) shares one address:
/// then start the server with `--max-per-address` set to the room's size.
/// This computer's own address (127.0.0.1, ::1) is not capped: it is the
/// counselor trying the quiz, or a tunnel that forwards the room to the
/// server, where every participant looks like that one address.
pub const MAX_PER_ADDRESS: usize = 10;

/// Wrong codes from one address before the wait starts: a typo or two,
/// and the user name of someone who typed `ssh HOST`.
pub const FREE_TRIES: u32 = 3;

/// The first wait after the free tries; each next one is twice as long,
/// up to [`LONGEST_WAIT`].
pub const FIRST_WAIT: Duration = Duration::from_secs(1);
pub const LONGEST_WAIT: Duration = Duration::from_secs(30);

/// Wrong codes from one address within [`WINDOW`] that lock it out for
/// [`LOCKOUT`]. Higher than a room of people mistyping would reach:
/// their right codes forgive their own mistakes.
pub const TRIES_BEFORE_LOCKOUT: u32 = 20;
pub const WINDOW: Duration = Duration::from_secs(10 * 60);
pub const LOCKOUT: Duration = Duration::from_secs(10 * 60);

/// Addresses remembered before the ones with nothing to remember are
/// dropped (each costs a few dozen bytes).
const REMEMBERED: usize = 4096;

/// The door's limits; [`Default`] gives the constants above (tests use
/// short waits).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DoorLimits {
    pub max_per_address: usize,
    pub free_tries: u32,
    pub first_wait: Duration,
    pub longest_wait: Duration,
    pub tries_before_lockout: u32,
    pub window: Duration,
    pub lockout: Duration,
}

impl Default for DoorLimits {
    fn default() -> DoorLimits {
        DoorLimits {
            max_per_address: MAX_PER_ADDRESS,
            free_tries: FREE_TRIES,
            first_wait: FIRST_WAIT,
            longest_wait: LONGEST_WAIT,
            tries_before_lockout: TRIES_BEFORE_LOCKOUT,
            window: WINDOW,
            lockout: LOCKOUT,
        }
    }
}

/// What one address has done lately.
#[derive(Default)]
struct Knocks {
    /// Connections open now.
    open: usize,
    /// When each wrong code not yet forgiven was tried, oldest first.
    wrong: VecDeque<Instant>,
    locked_until: Option<Instant>,
}

impl Knocks {
    fn forget_old(&mut self, now: Instant, window: Duration) {
        while self
            .wrong
            .front()
            .is_some_and(|&t| now.duration_since(t) >= window)
        {
            self.wrong.pop_front();
        }
        if self.locked_until.is_some_and(|until| now >= until) {
            self.locked_until = None;
        }
    }

    fn nothing_to_remember(&self) -> bool {
        self.open == 0 && self.wrong.is_empty() && self.locked_until.is_none()
    }
}

/// The counts for every address, shared by all connections.
pub struct Door {
    limits: DoorLimits,
    knocks: Mutex<HashMap<IpAddr, Knocks>>,
}

/// The answer to one code tried.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Knock {
    /// The right code, and the address is not locked out: in at once.
    In,
    /// A wrong code: say no after waiting this long.
    Wrong { wait: Duration },
    /// Refused whatever the code: these words say why and what to do.
    Refused(Said),
}

impl Door {
    pub fn new(limits: DoorLimits) -> Arc<Door> {
        Arc::new(Door {
            limits,
            knocks: Mutex::new(HashMap::new()),
        })
    }

    fn lock(&self) -> MutexGuard<'_, HashMap<IpAddr, Knocks>> {
        self.knocks
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    /// A new connection from `peer` (None: not a network connection, no
    /// limits): its [`Gate`], counted until it is dropped, or refused when
    /// its address already has as many connections as allowed.
    pub fn enter(self: &Arc<Door>, peer: Option<IpAddr>) -> Gate {
        let address = peer.map(same_network);
        let mut over = false;
        if let Some(address) = address {
            let mut knocks = self.lock();
            if knocks.len() >= REMEMBERED {
                let now = Instant::now();
                knocks.retain(|_, k| {
                    k.forget_old(now, self.limits.window);
                    !k.nothing_to_remember()
                });
            }
            let entry = knocks.entry(address).or_default();
            if entry.open >= self.limits.max_per_address && !this_computer(address) {
                over = true;
            } else {
                entry.open += 1;
            }
        }
        Gate {
            door: Arc::clone(self),
            address,
            counted: !over,
            over,
            wrong_here: 0,
            last_user: None,
        }
    }

    fn over_words(&self) -> Said {
        Said::new("door-too-many").number("n", self.limits.max_per_address)
    }
}

/// Words for an address locked out for `left`.
fn locked_words(left: Duration) -> Said {
    let minutes = left.as_secs().div_ceil(60).max(1);
    Said::new("door-locked-out").said("time", Said::new("seat-minutes").number("n", minutes))
}

/// One connection's way through the door.
pub struct Gate {
    door: Arc<Door>,
    address: Option<IpAddr>,
    /// Counted in its address's open connections (dropping it uncounts).
    counted: bool,
    /// Refused: its address had too many connections when it came.
    over: bool,
    /// Wrong codes this connection tried (a right one forgives them).
    wrong_here: u32,
    /// The last user name tried as a code (the same one twice is one try).
    last_user: Option<String>,
}

impl Gate {
    /// Where the connection comes from, if known.
    pub fn address(&self) -> Option<IpAddr> {
        self.address
    }

    /// Why this connection is refused whatever code it gives, if it is.
    pub fn refusal(&self) -> Option<Said> {
        if self.over {
            return Some(self.door.over_words());
        }
        let address = self.address?;
        let now = Instant::now();
        let mut knocks = self.door.lock();
        let knocks = knocks.get_mut(&address)?;
        knocks.forget_old(now, self.door.limits.window);
        knocks.locked_until.map(|until| locked_words(until - now))
    }

    /// The SSH user name given; `right` says whether it is the code. A
    /// user name tried again on the same connection counts once.
    pub fn user(&mut self, user: &str, right: bool) -> Knock {
        if !right && self.last_user.as_deref() == Some(user) {
            return match self.refusal() {
                Some(words) => Knock::Refused(words),
                None => Knock::Wrong {
                    wait: Duration::ZERO,
                },
            };
        }
        self.last_user = Some(user.to_string());
        self.code(right)
    }

    /// A code tried; `right` says whether it is the join code.
    pub fn code(&mut self, right: bool) -> Knock {
        if let Some(words) = self.refusal() {
            return Knock::Refused(words);
        }
        let Some(address) = self.address else {
            return if right {
                Knock::In
            } else {
                Knock::Wrong {
                    wait: Duration::ZERO,
                }
            };
        };
        let limits = &self.door.limits;
        let mut knocks = self.door.lock();
        let knocks = knocks.entry(address).or_default();
        if right {
            // Forgive this connection's own mistakes (the newest ones).
            for _ in 0..self.wrong_here {
                knocks.wrong.pop_back();
            }
            self.wrong_here = 0;
            return Knock::In;
        }
        let now = Instant::now();
        knocks.wrong.push_back(now);
        self.wrong_here += 1;
        let tries = u32::try_from(knocks.wrong.len()).unwrap_or(u32::MAX);
        if tries >= limits.tries_before_lockout {
            knocks.wrong.clear();
            knocks.locked_until = Some(now + limits.lockout);
            self.wrong_here = 0;
        }
        Knock::Wrong {
            wait: wait_after(limits, tries),
        }
    }
}

/// How long the `tries`-th wrong code from one address waits.
fn wait_after(limits: &DoorLimits, tries: u32) -> Duration {
    match tries.checked_sub(limits.free_tries + 1) {
        None => Duration::ZERO,
        Some(doublings) => limits
            .first_wait
            .saturating_mul(2u32.saturating_pow(doublings.min(31)))
            .min(limits.longest_wait),
    }
}

impl Drop for Gate {
    fn drop(&mut self) {
        let (true, Some(address)) = (self.counted, self.address) else {
            return;
        };
        let mut knocks = self.door.lock();
        if let Some(k) = knocks.get_mut(&address) {
            k.open = k.open.saturating_sub(1);
            k.forget_old(Instant::now(), self.door.limits.window);
            if k.nothing_to_remember() {
                knocks.remove(&address);
            }
        }
    }
}

/// 127.0.0.1 or ::1: a connection from the server's own computer.
fn this_computer(ip: IpAddr) -> bool {
    match ip {
        IpAddr::V4(v4) => v4 == std::net::Ipv4Addr::LOCALHOST,
        IpAddr::V6(v6) => v6 == Ipv6Addr::LOCALHOST,
    }
}

/// The address a limit counts: IPv4 as is (an IPv4 address written as
/// IPv6 too), IPv6 by its /64 network, as one computer is usually given a
/// whole /64.
fn same_network(ip: IpAddr) -> IpAddr {
    match ip {
        IpAddr::V4(_) => ip,
        IpAddr::V6(v6) => match v6.to_ipv4_mapped() {
            Some(v4) => IpAddr::V4(v4),
            None => {
                let s = v6.segments();
                IpAddr::V6(Ipv6Addr::new(s[0], s[1], s[2], s[3], 0, 0, 0, 0))
            }
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ip(s: &str) -> Option<IpAddr> {
        Some(s.parse().unwrap())
    }

    fn quick() -> DoorLimits {
        DoorLimits {
            max_per_address: 2,
            free_tries: 2,
            first_wait: Duration::from_secs(1),
            longest_wait: Duration::from_secs(4),
            tries_before_lockout: 8,
            ..DoorLimits::default()
        }
    }

    fn waits(knocks: &[Knock]) -> Vec<u64> {
        knocks
            .iter()
            .map(|k| match k {
                Knock::Wrong { wait } => wait.as_secs(),
                other => panic!("not a wrong code: {other:?}"),
            })
            .collect()
    }

    #[test]
    fn the_wait_after_wrong_codes_grows_across_connections_up_to_the_longest() {
        let door = Door::new(quick());
        let mut one = door.enter(ip("10.0.0.5"));
        let mut two = door.enter(ip("10.0.0.5"));
        let knocks: Vec<Knock> = (0..7)
            .map(|i| {
                if i % 2 == 0 {
                    one.code(false)
                } else {
                    two.code(false)
                }
            })
            .collect();
        assert_eq!(waits(&knocks), [0, 0, 1, 2, 4, 4, 4]);
    }

    #[test]
    fn enough_wrong_codes_lock_the_address_out_right_code_or_not() {
        let door = Door::new(quick());
        let mut guesser = door.enter(ip("10.0.0.5"));
        for _ in 0..8 {
            assert!(matches!(guesser.code(false), Knock::Wrong { .. }));
        }
        let Knock::Refused(said) = guesser.code(true) else {
            panic!("not refused");
        };
        let words = said.to_string();
        assert!(words.starts_with("Too many wrong session codes"), "{words}");
        assert!(words.contains("Wait 10 minutes"), "{words}");
        let mut next = door.enter(ip("10.0.0.5"));
        assert!(next.refusal().is_some());
        assert!(matches!(next.user("4821", true), Knock::Refused(_)));
    }

    #[test]
    fn a_right_code_from_another_address_gets_in_at_once() {
        let door = Door::new(quick());
        let mut guesser = door.enter(ip("10.0.0.5"));
        for _ in 0..8 {
            guesser.code(false);
        }
        let mut you = door.enter(ip("10.0.0.6"));
        assert_eq!(you.code(true), Knock::In);
    }

    #[test]
    fn a_right_code_forgives_its_own_connections_mistakes_only() {
        let door = Door::new(quick());
        let mut guesser = door.enter(ip("10.0.0.5"));
        guesser.code(false);
        guesser.code(false);
        let mut you = door.enter(ip("10.0.0.5"));
        assert_eq!(waits(&[you.user("sam", false)]), [1]);
        // The same user name again (keyboard-interactive after "none") is
        // not a second try.
        assert_eq!(waits(&[you.user("sam", false)]), [0]);
        assert_eq!(waits(&[you.code(false)]), [2]);
        assert_eq!(you.code(true), Knock::In);
        // The guesser's two are still counted: the next wrong code is the
        // third.
        assert_eq!(waits(&[guesser.code(false)]), [1]);
    }

    #[test]
    fn one_address_has_at_most_its_share_of_connections_at_once() {
        let door = Door::new(quick());
        let one = door.enter(ip("10.0.0.5"));
        let _two = door.enter(ip("::ffff:10.0.0.5"));
        let mut three = door.enter(ip("10.0.0.5"));
        let words = three.refusal().expect("refused").to_string();
        assert!(words.contains("at most 2 at once"), "{words}");
        assert!(matches!(three.code(true), Knock::Refused(_)));
        assert!(door.enter(ip("10.0.0.6")).refusal().is_none());
        drop(three);
        drop(one);
        assert!(door.enter(ip("10.0.0.5")).refusal().is_none());
    }

    #[test]
    fn this_computers_own_address_is_not_capped() {
        let door = Door::new(quick());
        let gates: Vec<Gate> = (0..5).map(|_| door.enter(ip("127.0.0.1"))).collect();
        assert!(door.enter(ip("127.0.0.1")).refusal().is_none());
        assert!(door.enter(ip("::1")).refusal().is_none());
        drop(gates);
    }

    #[test]
    fn ipv6_is_counted_by_its_64_network() {
        let door = Door::new(quick());
        let _a = door.enter(ip("2001:db8:1:2::10"));
        let _b = door.enter(ip("2001:db8:1:2::11"));
        assert!(door.enter(ip("2001:db8:1:2::12")).refusal().is_some());
        assert!(door.enter(ip("2001:db8:1:3::12")).refusal().is_none());
    }

    #[test]
    fn without_an_address_there_are_no_limits() {
        let door = Door::new(quick());
        let gates: Vec<Gate> = (0..5).map(|_| door.enter(None)).collect();
        let mut last = door.enter(None);
        assert!(last.refusal().is_none());
        for _ in 0..20 {
            last.code(false);
        }
        assert_eq!(last.code(true), Knock::In);
        drop(gates);
    }

    #[test]
    fn old_wrong_codes_are_forgotten_after_the_window() {
        let door = Door::new(DoorLimits {
            window: Duration::ZERO,
            ..quick()
        });
        let mut guesser = door.enter(ip("10.0.0.5"));
        for _ in 0..20 {
            assert_eq!(
                guesser.code(false),
                Knock::Wrong {
                    wait: Duration::ZERO
                }
            );
        }
    }
}
