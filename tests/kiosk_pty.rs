//! The real `careerfit workshop` in a pseudo-terminal: a finished
//! participant's record waits (on screen, keys held) while another program
//! holds the results file's lock; SIGTERM meanwhile restores the terminal
//! and exits 143 with nothing recorded; a released lock lets the record
//! through. And with ACCESSIBLE=1 the kiosk is plain prompts, not a
//! full screen, and Ctrl-C does not end it.

#![cfg(unix)]

use std::fs::File;
use std::io::{Read, Write};
use std::num::NonZeroU16;
use std::path::Path;
use std::sync::{Arc, Mutex};
use std::thread::{self, JoinHandle};
use std::time::{Duration, Instant};

use careerfit::content::Content;
use careerfit::workshop::record;
use portable_pty::{Child, CommandBuilder, ExitStatus, MasterPty, PtySize, native_pty_system};

const TIMEOUT: Duration = Duration::from_secs(5);
const POLL: Duration = Duration::from_millis(5);

/// `careerfit ARGS` in an 80x24 pty, its output parsed into a vt100 screen.
struct Pty {
    parser: Arc<Mutex<vt100::Parser>>,
    master: Box<dyn MasterPty + Send>,
    writer: Box<dyn Write + Send>,
    child: Box<dyn Child + Send + Sync>,
    reader: Option<JoinHandle<()>>,
}

impl Pty {
    fn start(home: &Path, args: &[&str], env: &[(&str, &str)]) -> Pty {
        let size = PtySize {
            rows: 24,
            cols: 80,
            pixel_width: 0,
            pixel_height: 0,
        };
        let pair = native_pty_system().openpty(size).expect("open a pty");
        let mut command = CommandBuilder::new(env!("CARGO_BIN_EXE_careerfit"));
        command.args(args);
        command.env("HOME", home);
        command.env("XDG_STATE_HOME", home.join("state"));
        command.env("XDG_DATA_HOME", home.join("data"));
        command.env("NO_COLOR", "1");
        command.env("TERM", "xterm-256color");
        command.env_remove("ACCESSIBLE");
        for (key, value) in env {
            command.env(key, value);
        }
        let child = pair.slave.spawn_command(command).expect("spawn careerfit");
        drop(pair.slave);
        let nz = |n| NonZeroU16::new(n).unwrap();
        let parser = Arc::new(Mutex::new(vt100::Parser::new(nz(24), nz(80), 1000)));
        let mut output = pair.master.try_clone_reader().expect("pty reader");
        let shared = Arc::clone(&parser);
        let reader = thread::spawn(move || {
            let mut buf = [0u8; 8192];
            loop {
                match output.read(&mut buf) {
                    Ok(0) | Err(_) => break,
                    Ok(n) => shared.lock().unwrap().process(&buf[..n]),
                }
            }
        });
        let writer = pair.master.take_writer().expect("pty writer");
        Pty {
            parser,
            master: pair.master,
            writer,
            child,
            reader: Some(reader),
        }
    }

    fn screen(&self) -> String {
        self.parser.lock().unwrap().screen().contents()
    }

    /// Waits until the screen holds `text` (words may wrap: spaces and
    /// line ends are treated alike).
    fn wait_for(&self, text: &str) {
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

    fn send(&mut self, bytes: &[u8]) {
        self.writer.write_all(bytes).unwrap();
        self.writer.flush().unwrap();
    }

    fn signal(&self, signal: libc::c_int) {
        let pid = self.child.process_id().expect("the child's pid") as libc::pid_t;
        // SAFETY: kill(2) on the child we spawned and have not reaped.
        let rc = unsafe { libc::kill(pid, signal) };
        assert_eq!(rc, 0, "kill: {}", std::io::Error::last_os_error());
    }

    fn running(&mut self) -> bool {
        self.child.try_wait().unwrap().is_none()
    }

    fn wait_exit(&mut self) -> ExitStatus {
        let start = Instant::now();
        let status = loop {
            if let Some(status) = self.child.try_wait().unwrap() {
                break status;
            }
            if start.elapsed() > TIMEOUT {
                let _ = self.child.kill();
                panic!(
                    "careerfit did not exit; the screen holds:\n{}",
                    self.screen()
                );
            }
            thread::sleep(POLL);
        };
        let reader = self.reader.take().unwrap();
        let start = Instant::now();
        while !reader.is_finished() && start.elapsed() < TIMEOUT {
            thread::sleep(POLL);
        }
        status
    }

    fn assert_restored(&self) {
        let parser = self.parser.lock().unwrap();
        assert!(
            !parser.screen().alternate_screen(),
            "still on the alternate screen"
        );
        assert!(!parser.screen().hide_cursor(), "the cursor is still hidden");
        drop(parser);
        let fd = self.master.as_raw_fd().expect("the master's fd");
        let mut termios: libc::termios = unsafe { std::mem::zeroed() };
        // SAFETY: `fd` is the open master of the pty; `termios` is writable.
        assert_eq!(unsafe { libc::tcgetattr(fd, &mut termios) }, 0);
        let cooked = termios.c_lflag & libc::ICANON != 0 && termios.c_lflag & libc::ECHO != 0;
        assert!(cooked, "the pty was left in raw mode");
    }

    /// One participant from the welcome screen to the results: Enter,
    /// then 1 to every question (each once it is on screen), Enter.
    fn take_quiz(&mut self) {
        let total = Content::built_in().unwrap().quiz.questions.len();
        self.wait_for("Press Enter to start");
        self.send(b"\r");
        for n in 1..=total {
            self.wait_for(&format!("{n} of {total}"));
            self.send(b"1");
        }
        self.wait_for("See my results");
        self.send(b"\r");
        self.wait_for("next person");
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

/// A kiosk whose first participant pressed n while another program (this
/// test, as another kiosk would) holds the results file's lock: the
/// record is waiting, and says so.
fn a_record_waiting(results: &Path) -> (Pty, File) {
    let home = results.parent().unwrap();
    let mut pty = Pty::start(
        home,
        &["workshop", "--results", results.to_str().unwrap()],
        &[],
    );
    pty.take_quiz();
    let held = File::open(results).expect("the kiosk made the results file");
    held.lock().unwrap();
    pty.send(b"n");
    pty.wait_for("waiting for the results file");
    (pty, held)
}

#[test]
fn sigterm_while_a_record_waits_for_the_results_file_exits_143_and_records_nothing() {
    let home = tempfile::tempdir().unwrap();
    let results = home.path().join("class.jsonl");
    let (mut pty, _held) = a_record_waiting(&results);
    pty.signal(libc::SIGTERM);
    let status = pty.wait_exit();
    assert_eq!(status.signal(), None, "killed before cleaning up: {status}");
    assert_eq!(status.exit_code(), 128 + 15, "{status}");
    pty.assert_restored();
    assert_eq!(std::fs::read(&results).unwrap(), b"", "no half record");
}

#[test]
fn a_released_lock_lets_the_waiting_record_through_and_keys_wait_meanwhile() {
    let home = tempfile::tempdir().unwrap();
    let results = home.path().join("class.jsonl");
    let (mut pty, held) = a_record_waiting(&results);
    // b would go back to the review: held while the record waits.
    pty.send(b"b");
    thread::sleep(Duration::from_millis(300));
    pty.wait_for("waiting for the results file");
    held.unlock().unwrap();
    pty.wait_for("Saved. Ready for the next person.");
    pty.wait_for("1 done");
    let read = record::read(&results).unwrap();
    assert_eq!(read.records.len(), 1);
    assert_eq!(read.records[0].answered, read.records[0].total);
    pty.signal(libc::SIGTERM);
    pty.wait_exit();
    pty.assert_restored();
}

#[test]
fn with_accessible_set_the_kiosk_is_plain_prompts_and_ctrl_c_does_not_end_it() {
    for env in [("ACCESSIBLE", "1"), ("TERM", "dumb")] {
        let home = tempfile::tempdir().unwrap();
        let results = home.path().join("class.jsonl");
        let mut pty = Pty::start(
            home.path(),
            &["workshop", "--results", results.to_str().unwrap()],
            &[env],
        );
        pty.wait_for("Next person: press Enter to start the quiz.");
        assert!(
            !pty.parser.lock().unwrap().screen().alternate_screen(),
            "{env:?}: plain prompts, not the full screen"
        );
        pty.send(b"\x03");
        thread::sleep(Duration::from_millis(300));
        assert!(pty.running(), "{env:?}: Ctrl-C ended the kiosk");
        pty.send(b"q\r");
        pty.wait_for("End the workshop? 0 participants recorded.");
        pty.send(b"y\r");
        let status = pty.wait_exit();
        assert_eq!(status.exit_code(), 0, "{env:?}: {}", pty.screen());
        pty.assert_restored();
    }
}

#[test]
fn the_plain_kiosk_hides_the_pin_as_it_is_typed_and_sigterm_gives_a_clean_143() {
    let home = tempfile::tempdir().unwrap();
    let results = home.path().join("class.jsonl");
    let args = [
        "workshop",
        "--plain",
        "--pin",
        "2468",
        "--results",
        results.to_str().unwrap(),
    ];
    let mut pty = Pty::start(home.path(), &args, &[]);
    pty.wait_for("Next person: press Enter to start the quiz.");
    pty.send(b"q\r");
    pty.wait_for("Facilitator PIN to end the workshop");
    pty.send(b"9753\r");
    pty.wait_for("That PIN is not right.");
    assert!(
        !pty.screen().contains("9753"),
        "the PIN showed:\n{}",
        pty.screen()
    );
    pty.send(b"2468\r");
    let status = pty.wait_exit();
    assert_eq!(status.exit_code(), 0, "{}", pty.screen());
    assert!(
        !pty.screen().contains("2468"),
        "the PIN showed:\n{}",
        pty.screen()
    );
    pty.assert_restored();

    // SIGTERM while the PIN is being typed (raw mode): the terminal is
    // given back and the exit status says which signal.
    let mut pty = Pty::start(home.path(), &args, &[]);
    pty.wait_for("Next person: press Enter to start the quiz.");
    pty.send(b"q\r");
    pty.wait_for("Facilitator PIN to end the workshop");
    pty.send(b"12");
    thread::sleep(Duration::from_millis(200));
    pty.signal(libc::SIGTERM);
    let status = pty.wait_exit();
    assert_eq!(status.signal(), None, "{status}");
    assert_eq!(status.exit_code(), 128 + 15, "{status}");
    pty.assert_restored();
}
