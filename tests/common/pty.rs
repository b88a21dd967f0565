//! The real binary in a pseudo-terminal, shared by the test files that
//! drive it (tests/pty.rs, tests/kiosk_pty.rs, tests/plain_terminal.rs):
//! its output parsed into a vt100 screen and kept as raw bytes, keys and
//! signals sent, the terminal's state read back.
//! Every run gets its own home and XDG folders (the same environment as
//! common/cmd.rs gives a child without a terminal).

use std::io::{Read, Write};
use std::num::NonZeroU16;
use std::path::Path;
use std::sync::{Arc, Mutex};
use std::thread::{self, JoinHandle};
use std::time::{Duration, Instant};

use portable_pty::{Child, CommandBuilder, ExitStatus, MasterPty, PtySize, native_pty_system};

use super::cmd::{UNSET, home_env};

/// How long to wait for something to appear: generous, since a loaded CI
/// machine may be slow, but polled every few milliseconds.
pub const TIMEOUT: Duration = Duration::from_secs(5);
pub const POLL: Duration = Duration::from_millis(5);

fn size(rows: u16, cols: u16) -> PtySize {
    PtySize {
        rows,
        cols,
        pixel_width: 0,
        pixel_height: 0,
    }
}

fn nz(n: u16) -> NonZeroU16 {
    NonZeroU16::new(n).expect("a terminal size is never 0")
}

/// The binary running in a pty, its output parsed into a vt100 screen by a
/// background thread.
pub struct Pty {
    pub parser: Arc<Mutex<vt100::Parser>>,
    /// Every byte the child wrote, as written.
    raw: Arc<Mutex<Vec<u8>>>,
    master: Box<dyn MasterPty + Send>,
    writer: Box<dyn Write + Send>,
    child: Box<dyn Child + Send + Sync>,
    reader: Option<JoinHandle<()>>,
    /// The child's own home: saved progress and results go here, never
    /// into the real user's folders.
    _home: Option<tempfile::TempDir>,
}

impl Pty {
    /// Starts `careerfit` (no command: the full-screen quiz) at 80x24, with
    /// a fresh home folder of its own.
    pub fn start() -> Pty {
        let home = tempfile::tempdir().expect("a home folder");
        let mut pty = Pty::start_in(home.path(), &[]);
        pty._home = Some(home);
        pty
    }

    /// Starts `careerfit ARGS` at 80x24 with `home` as its home folder (its
    /// XDG state and data folders inside it).
    pub fn start_in(home: &Path, args: &[&str]) -> Pty {
        Pty::start_with(home, args, &[])
    }

    /// [`Pty::start_in`] with more environment variables set.
    pub fn start_with(home: &Path, args: &[&str], env: &[(&str, &str)]) -> Pty {
        Pty::start_sized(home, args, env, (24, 80))
    }

    /// [`Pty::start_with`] in a terminal of `(rows, cols)`.
    pub fn start_sized(
        home: &Path,
        args: &[&str],
        env: &[(&str, &str)],
        (rows, cols): (u16, u16),
    ) -> Pty {
        let program = env!("CARGO_BIN_EXE_careerfit");
        Pty::start_program(home, program, args, &UNSET, env, (rows, cols))
    }

    /// `program ARGS` (careerfit, or a shell that runs it) with `home`'s
    /// environment, NO_COLOR and TERM=xterm-256color, then the variables
    /// named in `unset` removed and those in `env` set, in a terminal of
    /// `(rows, cols)`.
    pub fn start_program(
        home: &Path,
        program: &str,
        args: &[&str],
        unset: &[&str],
        env: &[(&str, &str)],
        (rows, cols): (u16, u16),
    ) -> Pty {
        let pair = native_pty_system()
            .openpty(size(rows, cols))
            .expect("open a pty");
        let mut command = CommandBuilder::new(program);
        command.args(args);
        for (key, value) in home_env(home) {
            command.env(key, value);
        }
        command.cwd(env!("CARGO_MANIFEST_DIR"));
        command.env("NO_COLOR", "1");
        command.env("TERM", "xterm-256color");
        for key in unset {
            command.env_remove(key);
        }
        for (key, value) in env {
            command.env(key, value);
        }
        let child = pair.slave.spawn_command(command).expect("spawn careerfit");
        // Only the child holds the slave side now, so the reader sees the
        // end of the output when the child exits.
        drop(pair.slave);

        let parser = Arc::new(Mutex::new(vt100::Parser::new(nz(rows), nz(cols), 1000)));
        let mut output = pair.master.try_clone_reader().expect("pty reader");
        let raw = Arc::new(Mutex::new(Vec::new()));
        let shared = Arc::clone(&parser);
        let shared_raw = Arc::clone(&raw);
        let reader = thread::spawn(move || {
            let mut buf = [0u8; 8192];
            loop {
                match output.read(&mut buf) {
                    Ok(0) | Err(_) => break,
                    Ok(n) => {
                        shared_raw.lock().unwrap().extend_from_slice(&buf[..n]);
                        shared.lock().unwrap().process(&buf[..n]);
                    }
                }
            }
        });
        let writer = pair.master.take_writer().expect("pty writer");
        Pty {
            parser,
            raw,
            master: pair.master,
            writer,
            child,
            reader: Some(reader),
            _home: None,
        }
    }

    /// The visible screen as text.
    pub fn screen(&self) -> String {
        self.parser.lock().unwrap().screen().contents()
    }

    /// Every byte written so far, as text (escape sequences and all).
    pub fn raw(&self) -> String {
        String::from_utf8_lossy(&self.raw.lock().unwrap()).into_owned()
    }

    /// Waits until the bytes written hold `text` (an escape sequence, say).
    pub fn wait_for_raw(&self, text: &str, timeout: Duration) {
        let start = Instant::now();
        while !self.raw().contains(text) {
            if start.elapsed() > timeout {
                panic!(
                    "waited {timeout:?} for {text:?}; the output was:\n{:?}",
                    self.raw()
                );
            }
            thread::sleep(POLL);
        }
    }

    /// Everything on the main screen, the scrollback included, as text.
    pub fn main_screen_with_scrollback(&self) -> String {
        let mut parser = self.parser.lock().unwrap();
        let screen = parser.screen_mut();
        let (rows, cols) = screen.size();
        let rows = usize::from(rows.get());
        screen.set_scrollback(usize::MAX);
        let mut offset = screen.scrollback();
        let mut text = String::new();
        // Page down through the scrollback; at offset k the first min(k,
        // rows) rows shown are scrollback. The last page (offset 0) is the
        // live screen.
        loop {
            screen.set_scrollback(offset);
            let take = if offset == 0 { rows } else { offset.min(rows) };
            for line in screen.rows(0, cols.get()).take(take) {
                text.push_str(line.trim_end());
                text.push('\n');
            }
            if offset == 0 {
                break;
            }
            offset -= take;
        }
        screen.set_scrollback(0);
        text
    }

    /// Waits until the screen holds `text`; panics with the screen if it
    /// never does.
    pub fn wait_for(&self, text: &str, timeout: Duration) {
        let start = Instant::now();
        loop {
            let screen = self.screen();
            if screen.contains(text) {
                return;
            }
            if start.elapsed() > timeout {
                panic!("waited {timeout:?} for {text:?}; the screen holds:\n{screen}");
            }
            thread::sleep(POLL);
        }
    }

    /// Waits until the screen holds `text` with words that may wrap:
    /// spaces and line ends are treated alike.
    pub fn wait_for_words(&self, text: &str) {
        let words = |s: &str| s.split_whitespace().collect::<Vec<_>>().join(" ");
        let want = words(text);
        let start = Instant::now();
        loop {
            let screen = self.screen();
            if words(&screen).contains(&want) {
                return;
            }
            if start.elapsed() > TIMEOUT {
                panic!("waited for {text:?}; the screen holds:\n{screen}");
            }
            thread::sleep(POLL);
        }
    }

    /// Waits until `check` holds; panics with `what` and the screen if it
    /// never does.
    pub fn wait_until(&self, what: &str, check: impl Fn(&Pty) -> bool) {
        let start = Instant::now();
        while !check(self) {
            if start.elapsed() > TIMEOUT {
                panic!(
                    "waited {TIMEOUT:?} for {what}; the screen holds:\n{}",
                    self.screen()
                );
            }
            thread::sleep(POLL);
        }
    }

    /// Sends `signal` to careerfit.
    pub fn signal(&self, signal: libc::c_int) {
        // SAFETY: kill(2) on the child we spawned and have not reaped.
        let rc = unsafe { libc::kill(self.pid(), signal) };
        assert_eq!(rc, 0, "kill: {}", std::io::Error::last_os_error());
    }

    /// Is careerfit still running?
    pub fn running(&mut self) -> bool {
        self.child.try_wait().expect("poll the child").is_none()
    }

    pub fn send(&mut self, bytes: &[u8]) {
        self.writer.write_all(bytes).expect("write to the pty");
        self.writer.flush().expect("flush the pty");
    }

    pub fn pid(&self) -> libc::pid_t {
        self.child.process_id().expect("the child's pid") as libc::pid_t
    }

    /// Resizes the pty and the emulator together, as a terminal window
    /// does: the reader is held off meanwhile, so no output drawn for the
    /// new size is parsed at the old one.
    pub fn resize(&mut self, rows: u16, cols: u16) {
        let mut parser = self.parser.lock().unwrap();
        parser.set_size(nz(rows), nz(cols));
        self.master
            .resize(size(rows, cols))
            .expect("resize the pty");
    }

    /// Waits for the child to exit, then for the reader to have parsed all
    /// of its output. Panics with the screen if it takes too long.
    pub fn wait_exit(&mut self, timeout: Duration) -> (ExitStatus, Duration) {
        let start = Instant::now();
        let status = loop {
            if let Some(status) = self.child.try_wait().expect("poll the child") {
                break status;
            }
            if start.elapsed() > timeout {
                let _ = self.child.kill();
                panic!(
                    "careerfit did not exit within {timeout:?}; the screen holds:\n{}",
                    self.screen()
                );
            }
            thread::sleep(POLL);
        };
        let took = start.elapsed();
        let reader = self.reader.take().expect("the reader runs until the end");
        let start = Instant::now();
        while !reader.is_finished() {
            assert!(
                start.elapsed() < TIMEOUT,
                "the pty output never ended after the exit"
            );
            thread::sleep(POLL);
        }
        reader.join().expect("the reader thread");
        (status, took)
    }

    /// Waits for careerfit to exit by itself (not killed by a signal) with
    /// `code`, and checks it gave the terminal back; returns how long the
    /// exit took.
    pub fn exits_with(&mut self, code: u32) -> Duration {
        let (status, took) = self.wait_exit(TIMEOUT);
        assert_eq!(
            status.signal(),
            None,
            "careerfit was killed rather than exiting: {status}"
        );
        assert_eq!(
            status.exit_code(),
            code,
            "{status}; the screen holds:\n{}",
            self.screen()
        );
        self.assert_restored();
        took
    }

    /// The pty's line discipline flags, read from the master side.
    pub fn local_flags(&self) -> libc::tcflag_t {
        let fd = self.master.as_raw_fd().expect("the master's fd");
        let mut termios: libc::termios = unsafe { std::mem::zeroed() };
        // SAFETY: `fd` is the open master of the pty and `termios` is a
        // properly sized, writable struct.
        let rc = unsafe { libc::tcgetattr(fd, &mut termios) };
        assert_eq!(rc, 0, "tcgetattr: {}", std::io::Error::last_os_error());
        termios.c_lflag
    }

    pub fn is_cooked(&self) -> bool {
        let flags = self.local_flags();
        flags & libc::ICANON != 0 && flags & libc::ECHO != 0
    }

    pub fn is_raw(&self) -> bool {
        let flags = self.local_flags();
        flags & (libc::ICANON | libc::ECHO | libc::ISIG) == 0
    }

    /// Asserts the terminal is as careerfit found it: main screen, cursor
    /// shown, cooked mode.
    pub fn assert_restored(&self) {
        let parser = self.parser.lock().unwrap();
        let screen = parser.screen();
        assert!(
            !screen.alternate_screen(),
            "still on the alternate screen:\n{}",
            screen.contents()
        );
        assert!(!screen.hide_cursor(), "the cursor is still hidden");
        drop(parser);
        assert!(
            self.is_cooked(),
            "the pty was left in raw mode (c_lflag = {:#o})",
            self.local_flags()
        );
    }

    /// Waits until the quiz is drawn and the terminal is in raw mode.
    pub fn wait_for_welcome(&self) {
        self.wait_for("Press Enter to start", TIMEOUT);
        assert!(self.parser.lock().unwrap().screen().alternate_screen());
        assert!(self.is_raw(), "the quiz runs with the pty in raw mode");
    }
}

impl Drop for Pty {
    fn drop(&mut self) {
        if let Ok(None) = self.child.try_wait() {
            let _ = self.child.kill();
            let _ = self.child.wait();
        }
    }
}
