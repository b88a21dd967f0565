//! A participant's SSH client for the served-seat tests: a server on a
//! loopback port, a russh client with a pty (or without), its channel's
//! output on a vt100 screen ([`super::remote`]).

use std::net::SocketAddr;
use std::path::Path;
use std::sync::Arc;
use std::sync::mpsc::{self, Receiver};

use careerfit::content::Languages;
use careerfit::lang::Words;
use careerfit::serve::server::{Access, Limits, Options, Server};
use russh::client;
use russh::{ChannelMsg, ChannelWriteHalf};
use tokio::runtime::Runtime;

use super::pty::Pty;
use super::remote::Remote;

/// The room's options for a test: a free loopback port, the host key,
/// workshop folder and results file in `dir`.
pub fn options(dir: &Path, access: Access, max_seats: usize) -> Options {
    Options {
        bind: "127.0.0.1:0".parse().unwrap(),
        access,
        host_key: dir.join("host_key"),
        workshop: dir.join("workshop"),
        max_seats,
        content: std::sync::Arc::new(
            Languages::all(Default::default()).expect("the built-in content loads"),
        ),
        session: "Lab A".to_string(),
        results: dir.join("results.jsonl"),
        ask_name: false,
        limits: Limits::default(),
        words: Words::english(),
    }
}

/// A server on a free loopback port with its host key and workshop folder
/// in `dir`.
pub fn server(dir: &Path, access: Access, max_seats: usize) -> Server {
    Server::start(options(dir, access, max_seats)).unwrap()
}

pub use super::ssh_client::Trusting;

pub fn runtime() -> Runtime {
    tokio::runtime::Builder::new_multi_thread()
        .worker_threads(1)
        .enable_all()
        .build()
        .unwrap()
}

pub async fn connect(addr: SocketAddr) -> client::Handle<Trusting> {
    let config = Arc::new(client::Config::default());
    client::connect(config, addr, Trusting).await.unwrap()
}

/// A participant's terminal: the channel's output on a vt100 screen.
pub struct Participant {
    pub rt: Runtime,
    pub session: client::Handle<Trusting>,
    pub write: ChannelWriteHalf<client::Msg>,
    /// What the participant's terminal shows.
    pub screen: Remote,
}

impl std::ops::Deref for Participant {
    type Target = Remote;
    fn deref(&self) -> &Remote {
        &self.screen
    }
}

impl std::ops::DerefMut for Participant {
    fn deref_mut(&mut self) -> &mut Remote {
        &mut self.screen
    }
}

impl Participant {
    /// Joins with `user` as the SSH user name (no prompt), a pty of
    /// `cols` x `rows` and a shell.
    pub fn join(addr: SocketAddr, user: &str, cols: u16, rows: u16) -> Participant {
        Participant::join_saying(addr, user, (cols, rows), cols, rows)
    }

    /// [`Participant::join`] with a window of `cols` x `rows` whose pty
    /// request says `(said_cols, said_rows)`.
    pub fn join_saying(
        addr: SocketAddr,
        user: &str,
        (said_cols, said_rows): (u16, u16),
        cols: u16,
        rows: u16,
    ) -> Participant {
        let rt = runtime();
        let (session, write, bytes) = rt.block_on(async {
            let mut session = connect(addr).await;
            let auth = session.authenticate_none(user).await.unwrap();
            assert!(auth.success(), "{user} gets in with no prompt");
            let (session, write, bytes) = open_shell(session, said_cols, said_rows).await;
            (session, write, bytes)
        });
        Participant {
            rt,
            session,
            write,
            screen: Remote::new(bytes, cols, rows),
        }
    }

    pub fn send(&self, bytes: &[u8]) {
        self.rt
            .block_on(self.write.data_bytes(bytes.to_vec()))
            .unwrap();
    }

    /// The participant's window is now `cols` x `rows`.
    pub fn resize(&mut self, cols: u16, rows: u16) {
        self.screen.set_size(cols, rows);
        self.rt
            .block_on(
                self.write
                    .window_change(u32::from(cols), u32::from(rows), 0, 0),
            )
            .unwrap();
    }

    pub fn leave(self) {
        self.rt.block_on(async {
            let _ = self
                .session
                .disconnect(russh::Disconnect::ByApplication, "", "en")
                .await;
        });
    }
}

/// Opens a session channel with a pty and a shell; the channel's data
/// arrives on the receiver, which ends when the server closes it.
pub async fn open_shell(
    session: client::Handle<Trusting>,
    cols: u16,
    rows: u16,
) -> (
    client::Handle<Trusting>,
    ChannelWriteHalf<client::Msg>,
    Receiver<Vec<u8>>,
) {
    let channel = session.channel_open_session().await.unwrap();
    channel
        .request_pty(
            true,
            "xterm-256color",
            u32::from(cols),
            u32::from(rows),
            0,
            0,
            &[],
        )
        .await
        .unwrap();
    channel.request_shell(true).await.unwrap();
    let (write, rx) = split(channel);
    (session, write, rx)
}

/// The channel's writing half, and its data as it arrives (the receiver
/// ends when the server closes the channel).
pub fn split(
    channel: russh::Channel<client::Msg>,
) -> (ChannelWriteHalf<client::Msg>, Receiver<Vec<u8>>) {
    let (mut read, write) = channel.split();
    let (tx, rx) = mpsc::channel();
    tokio::spawn(async move {
        while let Some(msg) = read.wait().await {
            match msg {
                ChannelMsg::Data { data } if tx.send(data.to_vec()).is_err() => break,
                ChannelMsg::Close => break,
                _ => {}
            }
        }
    });
    (write, rx)
}

/// Opens a session channel with no pty (as `ssh -T` or a script does) and
/// a shell.
pub async fn open_plain(
    session: &client::Handle<Trusting>,
) -> (ChannelWriteHalf<client::Msg>, Receiver<Vec<u8>>) {
    let channel = session.channel_open_session().await.unwrap();
    channel.request_shell(true).await.unwrap();
    let (write, rx) = split(channel);
    (write, rx)
}

/// Waits until `check` holds (the server works on its own threads); panics
/// naming `what` if it never does. A hang guard, not a timing check.
pub fn wait_until(what: &str, check: impl Fn() -> bool) {
    let deadline = std::time::Instant::now() + super::remote::PATIENCE;
    while !check() {
        assert!(
            std::time::Instant::now() < deadline,
            "{what} never happened"
        );
        std::thread::sleep(std::time::Duration::from_millis(10));
    }
}

/// A server started with `options` changed by `change`.
pub fn server_with(dir: &Path, change: impl FnOnce(&mut Options)) -> Server {
    let mut options = options(dir, Access::Open, 10);
    change(&mut options);
    Server::start(options).unwrap()
}

/// Everything a channel's data brings until the seat closes it (or says
/// nothing for a long while), as text.
pub async fn everything(rx: Receiver<Vec<u8>>) -> String {
    tokio::task::spawn_blocking(move || {
        let mut all = Vec::new();
        while let Ok(bytes) = rx.recv_timeout(super::remote::PATIENCE) {
            all.extend(bytes);
        }
        String::from_utf8(all).unwrap()
    })
    .await
    .unwrap()
}

/// A participant without a pty (as `ssh -T` or a screen reader user's
/// script): what they send, and everything the seat says until it closes.
pub fn plain_session(addr: SocketAddr, send: &[u8]) -> String {
    let rt = runtime();
    rt.block_on(async {
        let mut session = connect(addr).await;
        assert!(session.authenticate_none("you").await.unwrap().success());
        let (write, rx) = open_plain(&session).await;
        write.data_bytes(send.to_vec()).await.unwrap();
        let out = everything(rx).await;
        let _ = session
            .disconnect(russh::Disconnect::ByApplication, "", "en")
            .await;
        out
    })
}

/// Reads the serve command's console until it says how to end it; returns
/// what it said.
pub fn read_console(out: &mut impl std::io::BufRead) -> String {
    let mut console = String::new();
    while !console.contains("Press Ctrl-C") {
        let mut line = String::new();
        assert!(out.read_line(&mut line).unwrap() > 0, "{console}");
        console.push_str(&line);
    }
    console
}

/// The port in the console's ssh line.
pub fn console_port(console: &str) -> u16 {
    let at = console.find("ssh -p ").expect("an ssh line") + "ssh -p ".len();
    console[at..]
        .split_whitespace()
        .next()
        .unwrap()
        .parse()
        .unwrap()
}

/// Joins as "you" with a pty of 80x24 after sending `env` (name, value)
/// as the client's environment, as OpenSSH's SendEnv does.
pub fn join_with(addr: SocketAddr, env: &[(&str, &str)]) -> Participant {
    let rt = runtime();
    let (session, write, bytes) = rt.block_on(async {
        let mut session = connect(addr).await;
        assert!(session.authenticate_none("you").await.unwrap().success());
        let channel = session.channel_open_session().await.unwrap();
        channel
            .request_pty(true, "xterm-256color", 80, 24, 0, 0, &[])
            .await
            .unwrap();
        for (name, value) in env {
            channel.set_env(true, *name, *value).await.unwrap();
        }
        channel.request_shell(true).await.unwrap();
        let (write, bytes) = split(channel);
        (session, write, bytes)
    });
    Participant {
        rt,
        session,
        write,
        screen: Remote::new(bytes, 80, 24),
    }
}

/// The path of `program` on PATH.
pub fn which(program: &str) -> Result<String, ()> {
    let path = std::env::var_os("PATH").ok_or(())?;
    std::env::split_paths(&path)
        .map(|dir| dir.join(program))
        .find(|p| p.is_file())
        .map(|p| p.display().to_string())
        .ok_or(())
}

/// The real OpenSSH client in a pseudo-terminal of 30 x 100, as `user` to
/// the server at `addr`, or None when this machine has no `ssh`. No
/// config file (so no SendEnv: no locale is sent, as from Windows'
/// OpenSSH), the host key accepted into a known_hosts in `home`; `batch`
/// (BatchMode) refuses any prompt.
pub fn openssh(home: &Path, addr: SocketAddr, user: &str, batch: bool) -> Option<Pty> {
    let ssh = which("ssh").ok()?;
    let known = format!("UserKnownHostsFile={}", home.join("known_hosts").display());
    let port = addr.port().to_string();
    let target = format!("{user}@{}", addr.ip());
    let batch = if batch {
        "BatchMode=yes"
    } else {
        "BatchMode=no"
    };
    let args = [
        "-F",
        "/dev/null",
        "-o",
        "StrictHostKeyChecking=accept-new",
        "-o",
        &known,
        "-o",
        batch,
        "-t",
        "-p",
        &port,
        &target,
    ];
    Some(Pty::start_program(
        home,
        &ssh,
        &args,
        &super::cmd::UNSET,
        &[],
        (30, 100),
    ))
}
