//! The SSH server of `careerfit serve`: every russh and tokio type lives in
//! this module (this file, the host key and the channel sink under
//! `server/`), as russh's API changes between releases.
//!
//! - [`Server::start`] binds an address and runs on its own small tokio
//!   runtime; the caller's thread stays free (the CLI, a test).
//! - The host key is ed25519, created once (mode 0600) at the given path
//!   and reused after ([`host_key`]); its SHA256 fingerprint is shown so the
//!   room can check it.
//! - Joining: the join code as the SSH user name gets in with no prompt;
//!   any other user name gets a keyboard-interactive "Session code:"
//!   prompt with the typed text shown; [`Access::Open`] lets anyone in.
//!   Never password auth (people would type blind).
//! - A session channel with a pty and a shell becomes a [`Seat`] drawing on
//!   the channel; without a pty the seat runs plain mode. exec, subsystems,
//!   X11 and port forwarding are refused; only LANG, LC_* and NO_COLOR are
//!   taken from the client's environment, a few short ones.
//! - Each connection's answers go in a store folder of its own under the
//!   workshop folder.
//! - A seat writes from its own thread: each frame is one blocking send
//!   through the runtime handle, so a slow client slows only its own seat
//!   (russh's back-pressure), never a tokio worker.

use std::net::SocketAddr;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Condvar, Mutex};
use std::time::Duration;

use russh::server::{
    Auth, ChannelOpenHandle, Config, Handler, Msg, Response, RunningServerHandle, Server as _,
    Session,
};
use russh::{Channel, ChannelId, MethodKind, MethodSet, Pty};
use tokio::runtime::Runtime;

pub use super::door::DoorLimits;
use super::door::{Door, Gate, Knock};
pub use super::room::{
    Access, ENDED, FULL, LOCKED, Limits, Options, code_prompt, door_refusal, ended, full, locked,
    new_code, wrong_code_prompt,
};
use super::room::{
    COLS_UNKNOWN, ENV_MAX, ENV_VALUE_MAX, NoSeat, ROWS_UNKNOWN, RoomState, door_ended, window,
};
use super::roster::Roster;
use super::seat::place::Joining;
use super::seat::{Client, Seat};
use crate::lang::{Said, Words};

mod host_key;
mod sink;

pub use host_key::{fingerprint, host_key};
use sink::ChannelSink;

/// The room, with tokio's runtime handle for the seats' sends.
type Room = super::room::Room<tokio::runtime::Handle>;

/// Keepalives: a dead peer (closed laptop, dropped Wi-Fi) is let go after
/// about a minute.
const KEEPALIVE: Duration = Duration::from_secs(15);
const KEEPALIVE_MAX: usize = 3;

/// A running server. Dropping it without [`Server::shutdown`] stops it
/// abruptly.
pub struct Server {
    runtime: Runtime,
    addr: SocketAddr,
    fingerprint: String,
    room: Arc<Room>,
    handle: RunningServerHandle,
}

impl Server {
    /// Binds `options.bind` and starts serving, with the door's usual
    /// limits.
    pub fn start(options: Options) -> anyhow::Result<Server> {
        Server::start_with(options, DoorLimits::default())
    }

    /// [`Server::start`] with the door's limits given (connections per
    /// address, the brake on guessing the code).
    /// Its errors are said in `options.words` (the counselor's).
    pub fn start_with(options: Options, limits: DoorLimits) -> anyhow::Result<Server> {
        let words = options.words;
        let fail = |said: Said| anyhow::anyhow!(said.say(&words));
        let key = host_key(&options.host_key).map_err(fail)?;
        let fingerprint = fingerprint(&key);
        let runtime = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(2)
            .thread_name("serve")
            .enable_all()
            .build()
            .map_err(|e| {
                fail(Said::new("serve-no-runtime").text("why", crate::files::os_words(&e)))
            })?;
        let config = Arc::new(Config {
            methods: MethodSet::from(&[MethodKind::None, MethodKind::KeyboardInteractive][..]),
            auth_rejection_time_initial: Some(Duration::ZERO),
            keys: vec![key],
            inactivity_timeout: None,
            keepalive_interval: Some(KEEPALIVE),
            keepalive_max: KEEPALIVE_MAX,
            nodelay: true,
            ..Config::default()
        });
        let bind = options.bind;
        let cannot_listen = |e: std::io::Error| {
            fail(
                Said::new("serve-cannot-listen")
                    .text("address", bind)
                    .text("why", crate::files::os_words(&e)),
            )
        };
        let listener = runtime
            .block_on(tokio::net::TcpListener::bind(bind))
            .map_err(cannot_listen)?;
        let addr = listener.local_addr().map_err(cannot_listen)?;
        let room = Arc::new(Room {
            options,
            roster: Roster::new(),
            rt: runtime.handle().clone(),
            next: AtomicU64::new(1),
            state: Mutex::new(RoomState::default()),
            changed: Condvar::new(),
        });
        let mut acceptor = Acceptor {
            room: Arc::clone(&room),
            door: Door::new(limits),
        };
        let (handle_tx, handle_rx) = std::sync::mpsc::channel();
        runtime.spawn(async move {
            let running = acceptor.run_on_socket(config, &listener);
            let _ = handle_tx.send(running.handle());
            let _ = running.await;
        });
        let handle = handle_rx
            .recv()
            .map_err(|_| fail(Said::new("serve-stopped-at-start")))?;
        Ok(Server {
            runtime,
            addr,
            fingerprint,
            room,
            handle,
        })
    }

    /// The address it listens on (the real port when bound to port 0).
    pub fn addr(&self) -> SocketAddr {
        self.addr
    }

    /// The host key's SHA256 fingerprint.
    pub fn fingerprint(&self) -> &str {
        &self.fingerprint
    }

    /// The room's places: who joined, how far they are; lock joins and
    /// remove a participant through it.
    pub fn roster(&self) -> &Arc<Roster> {
        &self.room.roster
    }

    /// Seats taking the quiz now.
    pub fn seats(&self) -> usize {
        self.room.lock().seats.len()
    }

    /// Ends the workshop: every seat is closed (answers kept, goodbye
    /// sent), then every connection is told the workshop has ended and the
    /// runtime stops. No new seat starts meanwhile.
    pub fn shutdown(self) {
        self.room.change(|state| state.ending = true);
        let seats: Vec<Arc<Seat>> = self.room.lock().seats.values().cloned().collect();
        for seat in &seats {
            seat.end_workshop();
        }
        drop(seats);
        // Every goodbye is sent, and each client has closed its channel
        // (so it has the goodbye) before the rest are disconnected: a
        // disconnect can overtake data still queued.
        self.room
            .wait_until(|state| state.live == 0 && state.open == 0);
        let first = self.room.options.words.lang();
        self.handle.shutdown(door_ended(first));
        self.room.wait_until(|state| state.connections == 0);
        self.runtime.shutdown_timeout(Duration::from_secs(1));
    }
}

struct Acceptor {
    room: Arc<Room>,
    door: Arc<Door>,
}

impl russh::server::Server for Acceptor {
    type Handler = Connection;

    fn new_client(&mut self, peer: Option<SocketAddr>) -> Connection {
        let gate = self.door.enter(peer.map(|peer| peer.ip()));
        let number = self.room.next.fetch_add(1, Ordering::Relaxed);
        self.room.change(|state| state.connections += 1);
        Connection {
            room: Arc::clone(&self.room),
            number,
            channel: None,
            client: Client::default(),
            pty: false,
            env: 0,
            seat: None,
            open: false,
            gate,
            wrong: false,
        }
    }
}

/// One SSH connection: at most one session channel, at most one seat.
struct Connection {
    room: Arc<Room>,
    number: u64,
    channel: Option<ChannelId>,
    client: Client,
    pty: bool,
    env: usize,
    seat: Option<Arc<Seat>>,
    /// Counted in [`RoomState::open`] until the client closes the channel.
    open: bool,
    /// Its way through the door: per-address limits, the code brake.
    gate: Gate,
    /// The last code typed at the prompt was wrong (the next prompt says
    /// so; a user name that is not the code is no mistake).
    wrong: bool,
}

impl Drop for Connection {
    fn drop(&mut self) {
        if let Some(seat) = self.seat.take() {
            seat.close();
        }
        let number = self.number;
        let open = self.open;
        self.room.change(|state| {
            state.seats.remove(&number);
            if open {
                state.open = state.open.saturating_sub(1);
            }
            state.connections = state.connections.saturating_sub(1);
        });
    }
}

impl Connection {
    fn ours(&self, channel: ChannelId) -> bool {
        self.channel == Some(channel)
    }

    /// Starts the seat for `channel`, or tells the client the room is
    /// full.
    fn sit(&mut self, channel: ChannelId, session: &mut Session) -> anyhow::Result<()> {
        let room = &self.room;
        // A client that sent no locale (Windows' OpenSSH, PuTTY) starts in
        // the room's language; refused, it is told in every language.
        let sent = self.client.lang_sent().map(Words::new);
        let first = room.options.words.lang();
        let words = sent.unwrap_or(room.options.words);
        let no_seat = {
            let mut state = room.lock();
            if state.ending {
                Some(NoSeat::Ended)
            } else if state.live >= room.options.max_seats {
                Some(NoSeat::Full)
            } else if room.roster.is_locked() && room.roster.unfinished().is_empty() {
                // No place to come back to either: the seat would only
                // say the same.
                Some(NoSeat::Locked)
            } else {
                state.live += 1;
                state.open += 1;
                None
            }
        };
        if no_seat.is_none() {
            self.open = true;
        }
        if let Some(no_seat) = no_seat {
            let refusal = no_seat.said(sent.as_ref(), first);
            session.data(channel, refusal.as_bytes().to_vec())?;
            session.exit_status_request(channel, 1)?;
            session.eof(channel)?;
            session.close(channel)?;
            return Ok(());
        }
        let sink = ChannelSink {
            handle: session.handle(),
            channel,
            rt: room.rt.clone(),
            room: Arc::clone(room),
        };
        let options = &room.options;
        let joining = Joining {
            languages: Arc::clone(&options.content),
            roster: Arc::clone(&room.roster),
            session: options.session.clone(),
            results: options.results.clone(),
            ask_name: options.ask_name,
            limits: options.limits,
            new_store: room.folder_for(self.number),
            address: self.gate.address(),
            words,
        };
        // A sink that fails to start is dropped here, which hands its
        // place back and closes the channel.
        let seat = if self.pty {
            Seat::served(joining, &self.client, sink)?
        } else {
            Seat::served_plain(joining, sink)?
        };
        let seat = Arc::new(seat);
        let number = self.number;
        room.change(|state| {
            state.seats.insert(number, Arc::clone(&seat));
        });
        self.seat = Some(seat);
        Ok(())
    }
}

impl Handler for Connection {
    type Error = anyhow::Error;

    async fn auth_none(&mut self, user: &str) -> Result<Auth, Self::Error> {
        let right = self.room.options.access.lets_in(user);
        let knock = self.gate.user(user, right);
        // Refused or wrong: on to the prompt, which says why when refused.
        answer(knock).await
    }

    async fn auth_keyboard_interactive<'a>(
        &'a mut self,
        _user: &str,
        _submethods: &str,
        response: Option<Response<'a>>,
    ) -> Result<Auth, Self::Error> {
        let refusal = self.gate.refusal();
        let Some(mut response) = response else {
            // The participant's language is not known yet (the client
            // sends its LANG after signing in): every language, the
            // room's first. Refused, the prompt is where OpenSSH shows
            // words.
            let first = self.room.options.words.lang();
            let prompt = match &refusal {
                Some(why) => door_refusal(first, why),
                None if self.wrong => wrong_code_prompt(first),
                None => code_prompt(first),
            };
            return Ok(Auth::Partial {
                name: "".into(),
                instructions: "".into(),
                prompts: vec![(prompt.into(), true)].into(),
            });
        };
        if refusal.is_some() {
            return Ok(Auth::Reject {
                proceed_with_methods: Some(MethodSet::empty()),
                partial_success: false,
            });
        }
        let typed = response
            .next()
            .map(|answer| String::from_utf8_lossy(&answer).into_owned())
            .unwrap_or_default();
        let right = self.room.options.access.lets_in(&typed);
        self.wrong = !right;
        let knock = self.gate.code(right);
        answer(knock).await
    }

    async fn channel_open_session(
        &mut self,
        channel: Channel<Msg>,
        reply: ChannelOpenHandle,
        _session: &mut Session,
    ) -> Result<(), Self::Error> {
        // One seat per connection. The channel object is not read (its
        // queue would fill and stall the session), so it is dropped.
        if self.channel.is_none() {
            self.channel = Some(channel.id());
            reply.accept().await;
        }
        Ok(())
    }

    async fn pty_request(
        &mut self,
        channel: ChannelId,
        term: &str,
        col_width: u32,
        row_height: u32,
        _pix_width: u32,
        _pix_height: u32,
        _modes: &[(Pty, u32)],
        session: &mut Session,
    ) -> Result<(), Self::Error> {
        if !self.ours(channel) || self.seat.is_some() {
            session.channel_failure(channel)?;
            return Ok(());
        }
        self.pty = true;
        self.client.cols = window(col_width, COLS_UNKNOWN);
        self.client.rows = window(row_height, ROWS_UNKNOWN);
        self.client.term = Some(term.chars().take(ENV_VALUE_MAX).collect());
        session.channel_success(channel)?;
        Ok(())
    }

    async fn env_request(
        &mut self,
        channel: ChannelId,
        name: &str,
        value: &str,
        session: &mut Session,
    ) -> Result<(), Self::Error> {
        let wanted = name == "LANG" || name.starts_with("LC_") || name == "NO_COLOR";
        if !self.ours(channel)
            || !wanted
            || self.env >= ENV_MAX
            || value.len() > ENV_VALUE_MAX
            || name.len() > ENV_VALUE_MAX
        {
            session.channel_failure(channel)?;
            return Ok(());
        }
        self.env += 1;
        if name == "NO_COLOR" {
            self.client.no_color = Some(value.to_string());
        } else {
            // LANG and LC_*: the seat's language (bounded by ENV_MAX and
            // ENV_VALUE_MAX, as every value).
            self.client
                .locale
                .push((name.to_string(), value.to_string()));
        }
        session.channel_success(channel)?;
        Ok(())
    }

    async fn shell_request(
        &mut self,
        channel: ChannelId,
        session: &mut Session,
    ) -> Result<(), Self::Error> {
        if !self.ours(channel) || self.seat.is_some() {
            session.channel_failure(channel)?;
            return Ok(());
        }
        session.channel_success(channel)?;
        self.sit(channel, session)
    }

    async fn exec_request(
        &mut self,
        channel: ChannelId,
        _data: &[u8],
        session: &mut Session,
    ) -> Result<(), Self::Error> {
        session.channel_failure(channel)?;
        Ok(())
    }

    async fn subsystem_request(
        &mut self,
        channel: ChannelId,
        _name: &str,
        session: &mut Session,
    ) -> Result<(), Self::Error> {
        session.channel_failure(channel)?;
        Ok(())
    }

    async fn x11_request(
        &mut self,
        channel: ChannelId,
        _single_connection: bool,
        _x11_auth_protocol: &str,
        _x11_auth_cookie: &str,
        _x11_screen_number: u32,
        session: &mut Session,
    ) -> Result<(), Self::Error> {
        session.channel_failure(channel)?;
        Ok(())
    }

    async fn agent_request(
        &mut self,
        _channel: ChannelId,
        _session: &mut Session,
    ) -> Result<bool, Self::Error> {
        Ok(false)
    }

    async fn data(
        &mut self,
        channel: ChannelId,
        data: &[u8],
        _session: &mut Session,
    ) -> Result<(), Self::Error> {
        if let (true, Some(seat)) = (self.ours(channel), &self.seat) {
            seat.input(data);
        }
        Ok(())
    }

    async fn window_change_request(
        &mut self,
        channel: ChannelId,
        col_width: u32,
        row_height: u32,
        _pix_width: u32,
        _pix_height: u32,
        _session: &mut Session,
    ) -> Result<(), Self::Error> {
        if !self.ours(channel) {
            return Ok(());
        }
        self.client.cols = window(col_width, COLS_UNKNOWN);
        self.client.rows = window(row_height, ROWS_UNKNOWN);
        if let Some(seat) = &self.seat {
            seat.resize(self.client.cols, self.client.rows);
        }
        Ok(())
    }

    async fn channel_eof(
        &mut self,
        channel: ChannelId,
        _session: &mut Session,
    ) -> Result<(), Self::Error> {
        if let (true, Some(seat)) = (self.ours(channel), &self.seat) {
            seat.close();
        }
        Ok(())
    }

    async fn channel_close(
        &mut self,
        channel: ChannelId,
        _session: &mut Session,
    ) -> Result<(), Self::Error> {
        if let (true, Some(seat)) = (self.ours(channel), &self.seat) {
            seat.close();
        }
        if self.ours(channel) && self.open {
            self.open = false;
            self.room
                .change(|state| state.open = state.open.saturating_sub(1));
        }
        Ok(())
    }
}

/// The door's answer to a code as russh's: in at once; wrong after the
/// door's wait (russh makes any "no" take at least 1 s); refused, on to
/// the prompt (which then says why).
async fn answer(knock: Knock) -> anyhow::Result<Auth> {
    if let Knock::Wrong { wait } = knock {
        tokio::time::sleep(wait).await;
    }
    Ok(match knock {
        Knock::In => Auth::Accept,
        Knock::Wrong { .. } | Knock::Refused(_) => Auth::Reject {
            proceed_with_methods: Some(MethodSet::from(&[MethodKind::KeyboardInteractive][..])),
            partial_success: false,
        },
    })
}
