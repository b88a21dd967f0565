//! A seat (src/serve/seat.rs): one participant's quiz driven by the bytes
//! an SSH client would send, its ANSI output read through a vt100 screen
//! as the client's terminal shows it (never by searching raw bytes:
//! ratatui sends only the cells that changed). Nothing here uses this
//! process's terminal, signals or environment.

mod common;

use std::io::{self, Write};
use std::path::Path;
use std::sync::mpsc::{self, Sender};
use std::thread;

use careerfit::plain::PlainEnding;
use careerfit::serve::seat::{APOLOGY, Client, Seat, SeatEnd};
use careerfit::store::{Store, history, progress};
use careerfit::tui::Ending;
use signal_hook::consts::SIGHUP;

use common::plain::{assert_plain_text, hands_on_answers, lines};
use common::remote::{PATIENCE, Remote};
use common::saved::{HANDS_ON, content};

/// A byte sink that hands each write to the test, as an SSH channel
/// would carry it to the client.
struct Channel(Sender<Vec<u8>>);

impl Write for Channel {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        self.0
            .send(buf.to_vec())
            .map_err(|_| io::Error::from(io::ErrorKind::BrokenPipe))?;
        Ok(buf.len())
    }

    fn flush(&mut self) -> io::Result<()> {
        Ok(())
    }
}

/// The client's side: the seat's output on a vt100 screen.
type Screen = Remote;

/// A client window of `cols` x `rows` and the sink that draws on it.
fn screen(cols: u16, rows: u16) -> (Screen, Channel) {
    let (tx, rx) = mpsc::channel();
    (Remote::new(rx, cols, rows), Channel(tx))
}

/// A client with a pty of `cols` x `rows` and a colour terminal.
fn client(cols: u16, rows: u16) -> Client {
    Client {
        cols,
        rows,
        term: Some("xterm-256color".to_string()),
        no_color: None,
        ..Client::default()
    }
}

/// A seat on the built-in quiz with its own store in `folder`.
fn seat(folder: &Path, client: &Client) -> (Seat, Screen) {
    let (screen, sink) = screen(client.cols, client.rows);
    let seat = Seat::quiz(content(), Store::in_folder(folder), client, sink).unwrap();
    (seat, screen)
}

/// The whole quiz from the welcome screen to the results, then q; returns
/// how the seat ended and the client's screen after it.
fn whole_quiz(folder: &Path) -> (SeatEnd, Screen) {
    let (seat, mut screen) = seat(folder, &client(100, 30));
    screen.wait_for("Which IT role fits you?");
    seat.input(b"\r");
    seat.input(HANDS_ON.as_bytes());
    seat.input(b"\r");
    screen.wait_for("IT Technician");
    assert!(screen.parser.screen().alternate_screen());
    seat.input(b"q");
    let end = seat.wait();
    screen.drain();
    (end, screen)
}

fn results_saved(folder: &Path) -> usize {
    let (results, warnings) = history::list(&Store::in_folder(folder));
    assert!(warnings.is_empty(), "{warnings:?}");
    results.len()
}

#[test]
fn a_whole_quiz_reaches_the_results_and_q_gives_the_screen_back_with_the_goodbye() {
    let dir = tempfile::tempdir().unwrap();
    let (end, screen) = whole_quiz(dir.path());
    let SeatEnd::Quiz(ended) = end else {
        panic!("the quiz ended: {end:?}");
    };
    let Ending::Left(Some(outcome)) = &ended.ending else {
        panic!("left on the results: {:?}", ended.ending);
    };
    assert_eq!(outcome.ranking[0].role, "technician");
    // The client's terminal is back on its main screen, cursor shown, and
    // the goodbye is on it, each line starting at the left edge.
    let vt = screen.parser.screen();
    assert!(!vt.alternate_screen());
    assert!(!vt.hide_cursor());
    let text = screen.text();
    assert!(text.contains("IT Technician"), "{text}");
    assert!(
        text.lines()
            .any(|l| l == "Your result is saved: careerfit history lists your results."),
        "{text}"
    );
    assert_eq!(results_saved(dir.path()), 1);
}

#[test]
fn a_resize_mid_quiz_redraws_at_the_new_size() {
    let dir = tempfile::tempdir().unwrap();
    let (seat, mut screen) = seat(dir.path(), &client(80, 24));
    screen.wait_for("Which IT role fits you?");
    seat.input(b"\r");
    screen.wait_for("1 of 32");
    // The question counter sits at the right end of the top bar, the
    // keys on the last row.
    let top = screen.row(0);
    assert!(top.trim_end().ends_with("1 of 32"), "{top}");
    assert!(screen.row(23).contains("q leave"), "{}", screen.text());

    screen.set_size(120, 40);
    seat.resize(120, 40);
    seat.input(b"5");
    screen.wait_for("2 of 32");
    let top = screen.row(0);
    let at = top.find("2 of 32").unwrap();
    assert!(at > 100, "drawn 120 wide: {top:?}");
    assert!(screen.row(39).contains("q leave"), "{}", screen.text());
    assert!(!screen.row(23).contains("q leave"), "{}", screen.text());
    seat.close();
    seat.wait();
}

#[test]
fn a_split_escape_sequence_is_one_key_and_a_lone_esc_is_esc() {
    let dir = tempfile::tempdir().unwrap();
    let (seat, mut screen) = seat(dir.path(), &client(100, 40));
    screen.wait_for("Enter start");
    // F1 as SS3, cut into three packets: one key, the keys help opens.
    seat.input(b"\x1b");
    seat.input(b"O");
    seat.input(b"P");
    screen.wait_for("Press any key to close.");
    // A lone Esc, settled by the deadline: help closes, back on the welcome.
    seat.input(b"\x1b");
    let welcome = screen.wait_until("the welcome again", |text| {
        !text.contains("Press any key to close.") && text.contains("Enter start")
    });
    assert!(welcome.contains("Which IT role fits you?"), "{welcome}");
    seat.close();
    seat.wait();
}

#[test]
fn ctrl_c_leaves_the_seat_only_and_the_goodbye_arrives() {
    let dir = tempfile::tempdir().unwrap();
    let (seat, mut screen) = seat(dir.path(), &client(80, 24));
    screen.wait_for("Which IT role fits you?");
    seat.input(&[0x03]);
    let SeatEnd::Quiz(ended) = seat.wait() else {
        panic!("the quiz ended");
    };
    assert!(
        matches!(ended.ending, Ending::Interrupted(None)),
        "{ended:?}"
    );
    let text = screen.drain();
    assert!(!screen.parser.screen().alternate_screen());
    assert!(
        text.contains("You left before the results. Run careerfit again any time."),
        "{text}"
    );
}

#[test]
fn two_seats_at_once_each_reach_their_results_in_their_own_store() {
    let dirs = [tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap()];
    let ends: Vec<SeatEnd> = thread::scope(|scope| {
        let runs: Vec<_> = dirs
            .iter()
            .map(|dir| scope.spawn(|| whole_quiz(dir.path()).0))
            .collect();
        runs.into_iter().map(|run| run.join().unwrap()).collect()
    });
    for end in &ends {
        assert!(
            matches!(end, SeatEnd::Quiz(ended) if matches!(ended.ending, Ending::Left(Some(_)))),
            "{end:?}"
        );
    }
    for dir in &dirs {
        assert_eq!(results_saved(dir.path()), 1, "one result in each store");
    }
}

#[test]
fn no_color_from_the_client_draws_without_colour_and_xterm_256color_with() {
    let dir = tempfile::tempdir().unwrap();
    let mut plain = client(80, 24);
    plain.no_color = Some("1".to_string());
    for (who, colour) in [(plain, false), (client(80, 24), true)] {
        let (seat, mut screen) = seat(dir.path(), &who);
        screen.wait_for("Which IT role fits you?");
        seat.input(b"\r");
        screen.wait_for("1 of 32");
        assert_eq!(screen.any_colour(), colour, "{who:?}");
        seat.close();
        seat.wait();
    }
}

#[test]
fn close_mid_quiz_keeps_the_answers_in_the_seats_store() {
    let dir = tempfile::tempdir().unwrap();
    let (seat, mut screen) = seat(dir.path(), &client(80, 24));
    screen.wait_for("Which IT role fits you?");
    seat.input(b"\r534");
    seat.close();
    let SeatEnd::Quiz(ended) = seat.wait() else {
        panic!("the quiz ended");
    };
    assert!(
        matches!(ended.ending, Ending::Signalled(SIGHUP)),
        "{ended:?}"
    );
    assert!(ended.kept.progress);
    let text = screen.drain();
    assert!(!screen.parser.screen().alternate_screen());
    assert!(text.contains("Your answers are saved."), "{text}");
    let store = Store::in_folder(dir.path());
    let progress::Found::Unfinished(found) = progress::find(&store, &content().quiz) else {
        panic!("the answers are on disk");
    };
    assert_eq!(found.answered, 3);

    // The next seat on the same store offers to carry on.
    let (seat, mut screen) = self::seat(dir.path(), &client(80, 24));
    let offer = screen.wait_for("3 of 32");
    assert!(offer.contains("Which IT role fits you?"), "{offer}");
    seat.close();
    seat.wait();
}

#[test]
fn a_panic_in_one_seat_ends_it_with_an_apology_and_the_other_seat_goes_on() {
    let dir = tempfile::tempdir().unwrap();
    let (other, mut other_screen) = seat(dir.path(), &client(80, 24));
    other_screen.wait_for("Which IT role fits you?");

    let (mut broken_screen, sink) = screen(80, 24);
    let broken = Seat::start(Store::nowhere(), &client(80, 24), sink, |_, _| {
        panic!("a test breaks this seat")
    })
    .unwrap();
    assert!(matches!(broken.wait(), SeatEnd::Panicked));
    let text = broken_screen.drain();
    assert!(!broken_screen.parser.screen().alternate_screen());
    for line in APOLOGY.lines() {
        assert!(text.lines().any(|l| l == line), "{text}");
    }

    other.input(b"\r");
    other_screen.wait_for("1 of 32");
    other.close();
    assert!(matches!(other.wait(), SeatEnd::Quiz(_)));
}

#[test]
fn a_plain_seat_takes_the_whole_quiz_over_lines() {
    let dir = tempfile::tempdir().unwrap();
    let content = content();
    let (tx, rx) = mpsc::channel();
    let seat = Seat::plain(content.clone(), Store::in_folder(dir.path()), Channel(tx)).unwrap();
    // The answers in uneven packets, a line split across two of them.
    let input = lines(&hands_on_answers(&content)) + "r\n";
    let (first, rest) = input.as_bytes().split_at(7);
    seat.input(first);
    seat.input(rest);
    let end = seat.wait();
    assert!(
        matches!(&end, SeatEnd::Plain(PlainEnding::Finished(outcome)) if outcome.ranking[0].role == "technician"),
        "{end:?}"
    );
    let out = String::from_utf8(rx.iter().flatten().collect()).unwrap();
    assert_plain_text("plain seat", &out);
    assert!(out.contains("Question 32 of 32"), "{out}");
    assert!(out.contains("Your best fit: IT Technician"), "{out}");
    assert!(out.contains("Your result is saved"), "{out}");
    assert_eq!(results_saved(dir.path()), 1);
}

#[test]
fn a_plain_seat_closed_mid_quiz_keeps_the_answers() {
    let dir = tempfile::tempdir().unwrap();
    let (tx, rx) = mpsc::channel();
    let seat = Seat::plain(content(), Store::in_folder(dir.path()), Channel(tx)).unwrap();
    seat.input(b"5\n3\n");
    seat.close();
    let end = seat.wait();
    assert!(
        matches!(end, SeatEnd::Plain(PlainEnding::InputEnded { saved: true })),
        "{end:?}"
    );
    let out = String::from_utf8(rx.iter().flatten().collect()).unwrap();
    assert!(out.contains("Question 3 of 32"), "{out}");
    let store = Store::in_folder(dir.path());
    let progress::Found::Unfinished(found) = progress::find(&store, &content().quiz) else {
        panic!("the answers are on disk");
    };
    assert_eq!(found.answered, 2);
}

#[test]
fn a_connection_gone_mid_quiz_ends_the_seat_with_the_answers_kept() {
    let dir = tempfile::tempdir().unwrap();
    let (seat, mut screen) = seat(dir.path(), &client(80, 24));
    screen.wait_for("Which IT role fits you?");
    seat.input(b"\r");
    screen.wait_for("1 of 32");
    // The client is gone: nothing reads the channel any more.
    drop(screen);
    seat.input(b"53");
    let end = seat.wait();
    assert!(matches!(end, SeatEnd::Failed(_)), "{end:?}");
    let store = Store::in_folder(dir.path());
    let progress::Found::Unfinished(found) = progress::find(&store, &content().quiz) else {
        panic!("the answers are on disk");
    };
    assert_eq!(
        found.answered, 1,
        "the first answer was saved before the draw failed"
    );
}

#[test]
fn each_frame_goes_down_the_channel_as_one_write() {
    let dir = tempfile::tempdir().unwrap();
    let (seat, mut screen) = seat(dir.path(), &client(80, 24));
    screen.wait_for("Enter start");
    // Nothing more comes until a key: the next write is the whole frame
    // the key drew, not one write per escape sequence.
    seat.input(b"\r");
    let frame = screen.bytes.recv_timeout(PATIENCE).unwrap();
    screen.parser.process(&frame);
    let text = screen.text();
    assert!(text.contains("1 of 32"), "{text}");
    assert!(screen.row(23).contains("q leave"), "{text}");
    seat.close();
    seat.wait();
}

#[test]
fn the_goodbye_is_wrapped_to_the_clients_window_at_word_boundaries() {
    let dir = tempfile::tempdir().unwrap();
    let (seat, mut screen) = seat(dir.path(), &client(60, 40));
    screen.wait_for("Which IT role fits you?");
    seat.input(b"\r");
    seat.input(HANDS_ON.as_bytes());
    seat.input(b"\r");
    screen.wait_for("IT Technician");
    seat.input(b"q");
    seat.wait();
    screen.drain();
    let text = screen.text();
    assert!(!screen.parser.screen().alternate_screen());
    // Wrapped by the seat (words whole, a column to spare), not cut by
    // the client's terminal at its edge.
    for line in text.lines() {
        assert!(line.trim_end().chars().count() < 60, "{line:?} in\n{text}");
    }
    assert!(
        text.lines()
            .any(|l| l.contains("careerfit roles technician")),
        "{text}"
    );
}
