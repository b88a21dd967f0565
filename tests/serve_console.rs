//! The facilitator's console of `careerfit serve` (issue 12): drawn on a
//! TestBackend at 80x24 and 120x40 from a roster the test fills (names
//! shown and hidden, every stage, idle times), its keys (lock, remove,
//! hide names, dashboard, help, end with and without a PIN), colour and
//! NO_COLOR; then the real binary in a pseudo-terminal: the join line and
//! the lobby, and the terminal given back on q-confirm and on SIGTERM.

mod common;

use std::path::PathBuf;
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use careerfit::serve::console::{self, Console, Dialog, Join, Outcome, View};
use careerfit::serve::roster::{Goodbye, Refused, Roster, Stage};
use careerfit::serve::server::Access;
use careerfit::tui::theme::Theme;
use crossterm::event::KeyCode;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::style::Color;

use common::keys::{chars, ctrl, key};
use common::pty::{Pty, TIMEOUT};
use common::screen::{drawn_terminal, terminal_text};

const FINGERPRINT: &str = "SHA256:Lm9+3eGq7Vx1n2kQpZ0aYbWcXdUeTfSgRhQiPjOkNlM";
const LARGE: (u16, u16) = (120, 40);
const SMALL: (u16, u16) = (80, 24);

fn join() -> Join {
    Join {
        hosts: vec!["192.168.1.20".to_string(), "10.42.0.1".to_string()],
        port: 2222,
        access: Access::Code("4821".to_string()),
        fingerprint: FINGERPRINT.to_string(),
    }
}

/// A room of five: every stage, two with nicknames, one dropped, each
/// idle for a different time; the console's clock is fixed.
fn room() -> (Console, Arc<Roster>) {
    let roster = Roster::new();
    let now = Instant::now() + Duration::from_secs(7200);
    let people: [(Option<&str>, Stage, u64, bool); 5] = [
        (Some("Sam"), Stage::Question { at: 4, of: 32 }, 5, true),
        (Some("Ana María"), Stage::Recorded, 75, true),
        (None, Stage::Review, 12, true),
        (Some("Jo"), Stage::Question { at: 19, of: 32 }, 3725, false),
        (None, Stage::Starting, 0, true),
    ];
    for (nickname, stage, idle, connected) in people {
        let place = roster
            .arrive(None, PathBuf::from("seat"))
            .expect("joins are open");
        roster.update(place.number, |p| {
            p.nickname = nickname.map(str::to_string);
            p.stage = stage;
            p.last_input = now - Duration::from_secs(idle);
        });
        if !connected {
            roster.left(place.number);
        }
    }
    let mut console = Console::new(
        "Lab A".to_string(),
        join(),
        Arc::clone(&roster),
        Theme::mono(),
    );
    console.fake_now = Some(now);
    (console, roster)
}

fn render(console: &Console, size: (u16, u16)) -> Terminal<TestBackend> {
    drawn_terminal(size, |frame| console::draw(console, frame))
}

fn screen(console: &Console, size: (u16, u16)) -> String {
    terminal_text(&render(console, size))
}

/// Drawn at `size` and snapshotted as `console_NAME_WxH`; its text.
fn snap(console: &Console, name: &str, size: (u16, u16)) -> String {
    let terminal = render(console, size);
    insta::assert_snapshot!(
        format!("console_{name}_{}x{}", size.0, size.1),
        terminal.backend()
    );
    terminal_text(&terminal)
}

fn press(console: &mut Console, code: KeyCode) {
    console.key(key(code));
}

fn type_text(console: &mut Console, text: &str) {
    for event in chars(text) {
        console.key(event);
    }
}

#[test]
fn the_lobby_shows_how_to_join_and_every_participant_with_names() {
    let (console, _roster) = room();
    for size in [SMALL, LARGE] {
        let shown = snap(&console, "names", size);
        for want in [
            "careerfit serve · Lab A",
            "joins open",
            "    ssh -p 2222 4821@192.168.1.20",
            "    ssh -p 2222 4821@10.42.0.1",
            &format!("    {FINGERPRINT}"),
            "session code 4821",
            "5 joined · 4 connected · 1 finished",
            "#1 Sam",
            "question 4 of 32",
            "#2 Ana María",
            "finished",
            "1m 15s",
            "checking answers",
            "#4 Jo",
            "dropped",
            "question 19 of 32",
            "1h 02m",
            "starting",
            "▶ #1 Sam",
        ] {
            assert!(shown.contains(want), "{want:?} is not on screen:\n{shown}");
        }
        assert!(
            common::screen::shows_words(&shown, "continue connecting?\": type yes."),
            "{shown}"
        );
    }
}

#[test]
fn hidden_names_show_only_numbers_from_the_start_and_on_h() {
    let (mut console, _roster) = room();
    press(&mut console, KeyCode::Char('h'));
    for size in [SMALL, LARGE] {
        let shown = snap(&console, "hidden", size);
        for no in ["Sam", "Ana", "Jo "] {
            assert!(!shown.contains(no), "{no:?} is on screen:\n{shown}");
        }
        assert!(shown.contains("#2 "), "{shown}");
        assert!(shown.contains("show names"), "{shown}");
    }
    press(&mut console, KeyCode::Char('h'));
    assert!(screen(&console, SMALL).contains("#1 Sam"));
}

#[test]
fn no_one_yet_says_so() {
    let mut console = Console::new(String::new(), join(), Roster::new(), Theme::mono());
    let shown = snap(&console, "empty", SMALL);
    assert!(shown.contains("No one has joined yet."), "{shown}");
    assert!(shown.contains("0 joined"), "{shown}");
    press(&mut console, KeyCode::Char('x'));
    assert_eq!(console.dialog, None);
    assert!(screen(&console, SMALL).contains("No one has joined yet."));
}

#[test]
fn lock_shows_locked_and_the_roster_refuses_newcomers_until_opened() {
    let (mut console, roster) = room();
    press(&mut console, KeyCode::Char('l'));
    let shown = screen(&console, SMALL);
    assert!(shown.contains("joins LOCKED"), "{shown}");
    assert!(shown.contains("no one new gets in"), "{shown}");
    assert!(shown.contains("l open joins"), "{shown}");
    assert_eq!(
        roster.arrive(None, PathBuf::from("late")),
        Err(Refused::Locked)
    );
    press(&mut console, KeyCode::Char('l'));
    assert!(screen(&console, SMALL).contains("joins open"));
    assert!(roster.arrive(None, PathBuf::from("late")).is_ok());
}

#[test]
fn remove_asks_first_then_closes_the_chosen_seat() {
    let (mut console, roster) = room();
    let closed = Arc::new(AtomicUsize::new(0));
    let seen = Arc::clone(&closed);
    roster.on_close(
        2,
        Box::new(move |why| {
            assert_eq!(why, Goodbye::Removed);
            seen.fetch_add(1, Ordering::SeqCst);
        }),
    );
    press(&mut console, KeyCode::Down);
    assert!(screen(&console, SMALL).contains("▶ #2 Ana María"));
    press(&mut console, KeyCode::Char('x'));
    assert_eq!(console.dialog, Some(Dialog::Remove(2)));
    let shown = snap(&console, "remove", SMALL);
    assert!(
        common::screen::shows_words(&shown, "Remove #2 Ana María? Their seat is closed"),
        "{shown}"
    );
    // n goes back: nobody is removed.
    press(&mut console, KeyCode::Char('n'));
    assert_eq!(console.dialog, None);
    assert!(!roster.places()[1].removed);
    assert_eq!(closed.load(Ordering::SeqCst), 0);
    press(&mut console, KeyCode::Char('x'));
    press(&mut console, KeyCode::Char('y'));
    assert!(roster.places()[1].removed);
    assert_eq!(closed.load(Ordering::SeqCst), 1);
    let shown = screen(&console, SMALL);
    assert!(shown.contains("Removed #2."), "{shown}");
    assert!(shown.contains("1 removed"), "{shown}");
    assert!(roster.come_back(&roster.places()[1].resume_code).is_none());
}

#[test]
fn the_chosen_participant_stays_on_screen_in_a_long_list() {
    let roster = Roster::new();
    for _ in 0..40 {
        roster.arrive(None, PathBuf::from("seat")).unwrap();
    }
    let mut console = Console::new(String::new(), join(), roster, Theme::mono());
    for _ in 0..45 {
        press(&mut console, KeyCode::Down);
    }
    let shown = screen(&console, SMALL);
    assert!(shown.contains("▶ #40"), "{shown}");
    press(&mut console, KeyCode::Up);
    assert!(screen(&console, SMALL).contains("▶ #39"));
}

#[test]
fn q_asks_then_ends_and_n_goes_back() {
    let (mut console, _roster) = room();
    press(&mut console, KeyCode::Char('q'));
    assert_eq!(console.dialog, Some(Dialog::End));
    let shown = snap(&console, "end", SMALL);
    assert!(
        common::screen::shows_words(&shown, "End the workshop for everyone?"),
        "{shown}"
    );
    press(&mut console, KeyCode::Esc);
    assert_eq!((console.dialog, console.outcome), (None, None));
    press(&mut console, KeyCode::Char('q'));
    press(&mut console, KeyCode::Char('y'));
    assert_eq!(console.outcome, Some(Outcome::Ended));
}

#[test]
fn with_a_pin_ending_takes_the_right_pin_and_slows_wrong_ones() {
    let (console, _roster) = room();
    let mut console = console.with_pin(Some("2468".to_string()));
    let pin = console.pin.as_mut().unwrap();
    pin.pin_delay = Duration::from_secs(4);
    // Ctrl-C asks for the PIN too.
    console.key(ctrl('c'));
    assert_eq!((console.dialog, console.outcome), (Some(Dialog::Pin), None));
    type_text(&mut console, "1111");
    let shown = snap(&console, "pin", SMALL);
    assert!(shown.contains("PIN: ****"), "{shown}");
    assert!(!shown.contains("1111"), "{shown}");
    press(&mut console, KeyCode::Enter);
    assert!(screen(&console, SMALL).contains("That PIN is not right."));
    assert_eq!(console.outcome, None);
    for _ in 0..2 {
        type_text(&mut console, "0000");
        press(&mut console, KeyCode::Enter);
    }
    let shown = screen(&console, SMALL);
    assert!(
        common::screen::shows_words(&shown, "Wait 4 seconds before trying again."),
        "{shown}"
    );
    // The right PIN during the wait is not checked.
    type_text(&mut console, "2468");
    press(&mut console, KeyCode::Enter);
    assert_eq!(console.outcome, None);
    assert!(screen(&console, SMALL).contains("Too soon"));
    // After the wait, it is.
    let later = Instant::now() + Duration::from_secs(5);
    console.pin.as_mut().unwrap().fake_now = Some(later);
    type_text(&mut console, "2468");
    press(&mut console, KeyCode::Enter);
    assert_eq!(console.outcome, Some(Outcome::Ended));
}

#[test]
fn without_a_pin_ctrl_c_ends_at_once() {
    let (mut console, _roster) = room();
    console.key(ctrl('c'));
    assert_eq!(console.outcome, Some(Outcome::Ended));
}

#[test]
fn help_lists_every_key_of_the_table() {
    let (mut console, _roster) = room();
    press(&mut console, KeyCode::Char('?'));
    assert_eq!(console.view, View::Help);
    let shown = snap(&console, "help", SMALL);
    for line in console::keys::KEYS {
        let words: String = console::keys::help_text(line, &careerfit::lang::Words::english())
            .split_whitespace()
            .take(3)
            .collect::<Vec<_>>()
            .join(" ");
        assert!(
            common::screen::shows_words(&shown, &words),
            "{words:?}:\n{shown}"
        );
    }
    press(&mut console, KeyCode::Esc);
    assert_eq!(console.view, View::Lobby);
}

#[test]
fn d_switches_to_the_group_dashboard_of_the_results_file_and_back() {
    let dir = tempfile::tempdir().unwrap();
    let results = dir.path().join("lab-a.jsonl");
    let (console, _roster) = room();
    let mut console = console.with_results(results.clone());
    press(&mut console, KeyCode::Char('d'));
    assert_eq!(console.view, View::Dashboard);
    let shown = screen(&console, SMALL);
    assert!(shown.contains("Group report"), "{shown}");
    assert!(shown.contains("lab-a.jsonl"), "{shown}");
    // q leaves the dashboard, not the workshop.
    press(&mut console, KeyCode::Char('q'));
    assert_eq!((console.view, console.outcome), (View::Lobby, None));
    // Without a results file, d says why there is no dashboard.
    let (mut bare, _roster) = room();
    press(&mut bare, KeyCode::Char('d'));
    assert_eq!(bare.view, View::Lobby);
    assert!(screen(&bare, SMALL).contains("No dashboard"));
}

#[test]
fn the_loop_ends_on_a_signal_and_on_the_confirmed_q() {
    use careerfit::tui::events::Input;
    use crossterm::event::Event;
    let (mut console, _roster) = room();
    let (tx, rx) = std::sync::mpsc::channel();
    let mut terminal = Terminal::new(TestBackend::new(80, 24)).unwrap();
    tx.send(Input::Terminal(Event::Key(key(KeyCode::Char('q')))))
        .unwrap();
    tx.send(Input::Terminal(Event::Key(key(KeyCode::Char('y')))))
        .unwrap();
    let ended = console::run_on(&mut console, &mut terminal, &rx).unwrap();
    assert_eq!(ended, Outcome::Ended);
    tx.send(Input::Signal(libc::SIGTERM)).unwrap();
    let ended = console::run_on(&mut console, &mut terminal, &rx).unwrap();
    assert_eq!(ended, Outcome::Signalled(libc::SIGTERM));
}

/// Every cell's colours, foreground and background, that are not the
/// terminal's own.
fn colours(terminal: &Terminal<TestBackend>) -> usize {
    terminal
        .backend()
        .buffer()
        .content()
        .iter()
        .filter(|cell| cell.fg != Color::Reset || cell.bg != Color::Reset)
        .count()
}

#[test]
fn no_color_draws_in_the_terminals_own_colours() {
    let (mut console, _roster) = room();
    assert_eq!(colours(&render(&console, SMALL)), 0);
    press(&mut console, KeyCode::Char('q'));
    assert_eq!(colours(&render(&console, SMALL)), 0);
    console.theme = Theme::chosen(false, None);
    assert!(colours(&render(&console, SMALL)) > 0);
}

#[test]
fn every_view_draws_at_any_size_without_a_panic() {
    let dir = tempfile::tempdir().unwrap();
    let (console, _roster) = room();
    let mut console = console
        .with_pin(Some("1".to_string()))
        .with_results(dir.path().join("r.jsonl"));
    let sizes = [(1, 1), (10, 3), (30, 8), (60, 20), (200, 60)];
    for keys in [
        &[][..],
        &[KeyCode::Char('x')],
        &[KeyCode::Char('q')],
        &[KeyCode::Char('?')],
        &[KeyCode::Char('d')],
    ] {
        console.dialog = None;
        console.view = View::Lobby;
        for code in keys {
            press(&mut console, *code);
        }
        for size in sizes {
            console.resize(size.0, size.1);
            screen(&console, size);
        }
    }
}

// The real binary in a pseudo-terminal.

fn serve_in_pty(home: &std::path::Path, extra: &[&str]) -> Pty {
    let mut args = vec![
        "serve",
        "--port",
        "0",
        "--bind",
        "127.0.0.1",
        "--code",
        "4821",
    ];
    args.extend_from_slice(extra);
    Pty::start_in(home, &args)
}

#[test]
fn the_binary_shows_the_join_line_and_lobby_and_gives_the_terminal_back_on_q() {
    let home = tempfile::tempdir().unwrap();
    let mut pty = serve_in_pty(home.path(), &[]);
    pty.wait_for("4821@127.0.0.1", TIMEOUT);
    pty.wait_for("No one has joined yet.", TIMEOUT);
    let shown = pty.screen();
    assert!(shown.contains("    ssh -p "), "{shown}");
    assert!(shown.contains("SHA256:"), "{shown}");
    assert!(pty.parser.lock().unwrap().screen().alternate_screen());
    assert!(pty.is_raw());
    pty.send(b"q");
    pty.wait_for("End the workshop for everyone?", TIMEOUT);
    pty.send(b"y");
    pty.exits_with(0);
    let after = pty.main_screen_with_scrollback();
    assert!(after.contains("Workshop ended."), "{after}");
}

#[test]
fn the_binary_ends_the_workshop_and_gives_the_terminal_back_on_sigterm() {
    let home = tempfile::tempdir().unwrap();
    let mut pty = serve_in_pty(home.path(), &["--hide-names", "--pin", "2468"]);
    pty.wait_for("No one has joined yet.", TIMEOUT);
    assert!(pty.screen().contains("show names"), "{}", pty.screen());
    pty.signal(libc::SIGTERM);
    pty.exits_with(0);
    let after = pty.main_screen_with_scrollback();
    assert!(
        after.contains("saying goodbye to 0 participants"),
        "{after}"
    );
    assert!(after.contains("Workshop ended."), "{after}");
}

#[test]
fn the_binary_ends_the_workshop_gracefully_on_sighup() {
    let home = tempfile::tempdir().unwrap();
    let mut pty = serve_in_pty(home.path(), &[]);
    pty.wait_for("No one has joined yet.", TIMEOUT);
    pty.signal(libc::SIGHUP);
    pty.exits_with(0);
    let after = pty.main_screen_with_scrollback();
    assert!(after.contains("Workshop ended."), "{after}");
}

#[test]
fn the_binary_asks_the_pin_before_ending() {
    let home = tempfile::tempdir().unwrap();
    let mut pty = serve_in_pty(home.path(), &["--pin", "2468"]);
    pty.wait_for("No one has joined yet.", TIMEOUT);
    pty.send(b"q");
    pty.wait_for("Type the PIN", TIMEOUT);
    pty.send(b"1111\r");
    pty.wait_for("That PIN is not right.", TIMEOUT);
    assert!(pty.running());
    pty.send(b"2468\r");
    pty.exits_with(0);
}

#[test]
fn the_binary_refuses_an_empty_pin() {
    let home = tempfile::tempdir().unwrap();
    let run = common::cmd::careerfit_in(home.path(), &["serve", "--pin", " "])
        .output()
        .unwrap();
    assert!(!run.status.success());
    let err = String::from_utf8_lossy(&run.stderr);
    assert!(err.contains("--pin is empty"), "{err}");
}

#[test]
fn the_binary_in_colour_unless_no_color() {
    let home = tempfile::tempdir().unwrap();
    let args = ["serve", "--port", "0", "--bind", "127.0.0.1"];
    let pty = Pty::start_program(
        home.path(),
        env!("CARGO_BIN_EXE_careerfit"),
        &args,
        &["NO_COLOR"],
        &[],
        (24, 80),
    );
    pty.wait_for("No one has joined yet.", TIMEOUT);
    pty.wait_for_raw("\u{1b}[38;5;", TIMEOUT);
    let home = tempfile::tempdir().unwrap();
    let mono = Pty::start_in(home.path(), &args);
    mono.wait_for("No one has joined yet.", TIMEOUT);
    assert!(
        !mono.raw().contains("\u{1b}[38;5;"),
        "colour drawn with NO_COLOR"
    );
}
