//! The real `careerfit workshop` in a pseudo-terminal: a finished
//! participant's record waits (on screen, keys held) while another program
//! holds the results file's lock; SIGTERM meanwhile restores the terminal
//! and exits 143 with nothing recorded; a released lock lets the record
//! through. And with ACCESSIBLE=1 the kiosk is plain prompts, not a
//! full screen, and Ctrl-C does not end it.

#![cfg(unix)]

mod common;

use std::fs::File;
use std::path::Path;
use std::thread;
use std::time::Duration;

use careerfit::content::Content;
use careerfit::workshop::record;
use common::pty::{Pty, TIMEOUT};

/// One participant from the welcome screen to the results: Enter,
/// then 1 to every question (each once it is on screen), Enter.
fn take_quiz(pty: &mut Pty) {
    let total = Content::built_in().unwrap().quiz.questions.len();
    pty.wait_for_words("Press Enter to start");
    pty.send(b"\r");
    for n in 1..=total {
        pty.wait_for_words(&format!("{n} of {total}"));
        pty.send(b"1");
    }
    pty.wait_for_words("See my results");
    pty.send(b"\r");
    pty.wait_for_words("next person");
}

/// A kiosk whose first participant pressed n while another program (this
/// test, as another kiosk would) holds the results file's lock: the
/// record is waiting, and says so.
fn a_record_waiting(results: &Path) -> (Pty, File) {
    let home = results.parent().unwrap();
    let mut pty = Pty::start_with(
        home,
        &["workshop", "--results", results.to_str().unwrap()],
        &[],
    );
    take_quiz(&mut pty);
    let held = File::open(results).expect("the kiosk made the results file");
    held.lock().unwrap();
    pty.send(b"n");
    pty.wait_for_words("waiting for the results file");
    (pty, held)
}

#[test]
fn sigterm_while_a_record_waits_for_the_results_file_exits_143_and_records_nothing() {
    let home = tempfile::tempdir().unwrap();
    let results = home.path().join("class.jsonl");
    let (mut pty, _held) = a_record_waiting(&results);
    pty.signal(libc::SIGTERM);
    pty.exits_with(128 + 15);
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
    pty.wait_for_words("waiting for the results file");
    held.unlock().unwrap();
    pty.wait_for_words("Saved. Ready for the next person.");
    pty.wait_for_words("1 done");
    let read = record::read(&results).unwrap();
    assert_eq!(read.records.len(), 1);
    assert_eq!(read.records[0].answered, read.records[0].total);
    pty.signal(libc::SIGTERM);
    pty.wait_exit(TIMEOUT);
    pty.assert_restored();
}

#[test]
fn with_accessible_set_the_kiosk_is_plain_prompts_and_ctrl_c_does_not_end_it() {
    for env in [("ACCESSIBLE", "1"), ("TERM", "dumb")] {
        let home = tempfile::tempdir().unwrap();
        let results = home.path().join("class.jsonl");
        let mut pty = Pty::start_with(
            home.path(),
            &["workshop", "--results", results.to_str().unwrap()],
            &[env],
        );
        pty.wait_for_words("Next person: press Enter to start the quiz.");
        assert!(
            !pty.parser.lock().unwrap().screen().alternate_screen(),
            "{env:?}: plain prompts, not the full screen"
        );
        pty.send(b"\x03");
        thread::sleep(Duration::from_millis(300));
        assert!(pty.running(), "{env:?}: Ctrl-C ended the kiosk");
        pty.send(b"q\r");
        pty.wait_for_words("End the workshop? 0 participants recorded.");
        pty.send(b"y\r");
        pty.exits_with(0);
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
    let mut pty = Pty::start_with(home.path(), &args, &[]);
    pty.wait_for_words("Next person: press Enter to start the quiz.");
    pty.send(b"q\r");
    pty.wait_for_words("Facilitator PIN to end the workshop");
    pty.send(b"9753\r");
    pty.wait_for_words("That PIN is not right.");
    assert!(
        !pty.screen().contains("9753"),
        "the PIN showed:\n{}",
        pty.screen()
    );
    pty.send(b"2468\r");
    pty.exits_with(0);
    assert!(
        !pty.screen().contains("2468"),
        "the PIN showed:\n{}",
        pty.screen()
    );

    // SIGTERM while the PIN is being typed (raw mode): the terminal is
    // given back and the exit status says which signal.
    let mut pty = Pty::start_with(home.path(), &args, &[]);
    pty.wait_for_words("Next person: press Enter to start the quiz.");
    pty.send(b"q\r");
    pty.wait_for_words("Facilitator PIN to end the workshop");
    pty.send(b"12");
    thread::sleep(Duration::from_millis(200));
    pty.signal(libc::SIGTERM);
    pty.exits_with(128 + 15);
}
