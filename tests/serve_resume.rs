//! Coming back to a served seat (issue 12): after a drop the participant
//! joins again and, on the come-back screen, types their resume code or
//! picks their nickname; the seat reuses the place's store, so the quiz's
//! own resume offer continues where they were. A half-open old connection
//! is taken over; a locked room refuses newcomers; the facilitator's
//! removal ends a seat with its words.

mod common;

use careerfit::serve::roster::Stage;
use careerfit::serve::server::Server;

use common::ssh::{Participant, server_with, wait_until};

const DOWN: &[u8] = b"\x1b[B";

fn dropped(server: &Server, number: u32) {
    wait_until("the place shows the drop", || {
        server
            .roster()
            .places()
            .iter()
            .any(|p| p.number == number && !p.connected)
    });
}

fn code_of(server: &Server, number: u32) -> String {
    let places = server.roster().places();
    places[number as usize - 1].resume_code.clone()
}

#[test]
fn a_participant_who_dropped_mid_quiz_continues_with_their_code() {
    let dir = tempfile::tempdir().unwrap();
    let server = server_with(dir.path(), |_| {});
    let mut first = Participant::join(server.addr(), "you", 80, 24);
    first.wait_for("Which IT role fits you?");
    first.send(b"\r534");
    first.wait_for("4 of 32");
    // The console sees how far they are.
    assert_eq!(
        server.roster().places()[0].stage,
        Stage::Question { at: 4, of: 32 }
    );
    let code = code_of(&server, 1);
    first.leave();
    dropped(&server, 1);
    let mut again = Participant::join(server.addr(), "you", 80, 24);
    let screen = again.wait_for("Were you here before?");
    assert!(
        screen.contains("Start the quiz (I am new here)"),
        "{screen}"
    );
    assert!(screen.contains("Come back as participant #1"), "{screen}");
    again.send(code.to_ascii_lowercase().as_bytes());
    again.send(b"\r");
    let offer = again.wait_for("You have an unfinished quiz");
    assert!(offer.contains("3 of 32 questions"), "{offer}");
    again.send(b"\r");
    again.wait_for("4 of 32");
    let places = server.roster().places();
    assert_eq!(places.len(), 1, "no second place");
    assert!(places[0].connected);
    again.leave();
    server.shutdown();
}

#[test]
fn a_participant_can_come_back_by_picking_their_nickname() {
    let dir = tempfile::tempdir().unwrap();
    let server = server_with(dir.path(), |o| o.ask_name = true);
    let mut first = Participant::join(server.addr(), "you", 80, 24);
    first.wait_for("Workshop: Lab A");
    first.send(b"Bo\r");
    first.wait_for("Which IT role fits you?");
    first.send(b"\r53");
    first.wait_for("3 of 32");
    first.leave();
    dropped(&server, 1);
    let mut again = Participant::join(server.addr(), "you", 80, 24);
    again.wait_for("Come back as Bo");
    again.send(DOWN);
    again.send(DOWN);
    again.send(b"\r");
    again.wait_for("2 of 32 questions");
    again.send(b"\r");
    // Straight back to the quiz: the nickname is not asked again.
    again.wait_for("3 of 32");
    assert_eq!(server.roster().places()[0].nickname.as_deref(), Some("Bo"));
    again.leave();
    server.shutdown();
}

#[test]
fn coming_back_takes_over_a_half_open_old_connection() {
    let dir = tempfile::tempdir().unwrap();
    let server = server_with(dir.path(), |_| {});
    let mut old = Participant::join(server.addr(), "you", 80, 24);
    old.wait_for("Which IT role fits you?");
    old.send(b"\r53");
    old.wait_for("3 of 32");
    let code = code_of(&server, 1);
    // Someone else dropped: the come-back screen is up for the next one.
    let other = Participant::join(server.addr(), "other", 80, 24);
    wait_until("the second place", || server.roster().places().len() == 2);
    other.leave();
    dropped(&server, 2);
    // The first participant's Wi-Fi dropped, but the server still sees
    // the old connection: they come back on a new one with their code.
    let mut again = Participant::join(server.addr(), "you", 80, 24);
    let screen = again.wait_for("Were you here before?");
    assert!(!screen.contains("participant #1"), "{screen}");
    again.send(code.as_bytes());
    again.send(b"\r");
    again.wait_for("2 of 32 questions");
    let said = old.drain();
    assert!(
        said.contains("You joined again from another window, so this one has closed."),
        "{said}"
    );
    again.send(b"\r");
    again.wait_for("3 of 32");
    let places = server.roster().places();
    assert!(
        places[0].connected,
        "the place stays with the new connection"
    );
    again.leave();
    server.shutdown();
}

#[test]
fn a_locked_room_refuses_newcomers_but_lets_a_returner_back() {
    let dir = tempfile::tempdir().unwrap();
    let server = server_with(dir.path(), |_| {});
    server.roster().set_locked(true);
    let mut newcomer = Participant::join(server.addr(), "you", 80, 24);
    newcomer.wait_for("Sorry, this workshop is not taking new people right now.");
    assert!(server.roster().places().is_empty());
    server.roster().set_locked(false);
    let mut first = Participant::join(server.addr(), "you", 80, 24);
    first.wait_for("Which IT role fits you?");
    first.send(b"\r5");
    first.wait_for("2 of 32");
    let code = code_of(&server, 1);
    first.leave();
    dropped(&server, 1);
    server.roster().set_locked(true);
    let mut again = Participant::join(server.addr(), "you", 80, 24);
    let screen = again.wait_for("Were you here before?");
    assert!(!screen.contains("Start the quiz"), "{screen}");
    assert!(screen.contains("not taking new people now"), "{screen}");
    again.send(code.as_bytes());
    again.send(b"\r");
    again.wait_for("1 of 32 questions");
    again.leave();
    server.shutdown();
}

#[test]
fn a_removed_participant_is_told_and_cannot_come_back() {
    let dir = tempfile::tempdir().unwrap();
    let server = server_with(dir.path(), |_| {});
    let mut you = Participant::join(server.addr(), "you", 80, 24);
    you.wait_for("Which IT role fits you?");
    let code = code_of(&server, 1);
    assert!(server.roster().remove(1));
    let said = you.drain();
    assert!(!you.parser.screen().alternate_screen());
    assert!(
        said.contains("The person running the workshop has closed your seat."),
        "{said}"
    );
    assert!(!said.contains(&code), "no way back is offered: {said}");
    assert!(server.roster().come_back(&code).is_none());
    server.shutdown();
}

#[test]
fn a_participant_who_dropped_on_their_result_gets_it_back_to_record() {
    let dir = tempfile::tempdir().unwrap();
    let results = dir.path().join("results.jsonl");
    let server = server_with(dir.path(), |_| {});
    let mut first = Participant::join(server.addr(), "you", 80, 24);
    first.wait_for("Which IT role fits you?");
    first.send(b"\r");
    first.send(common::saved::HANDS_ON.as_bytes());
    first.send(b"\r");
    first.wait_for("IT Technician");
    let code = code_of(&server, 1);
    first.leave();
    dropped(&server, 1);
    assert_eq!(server.roster().places()[0].stage, Stage::Results);
    let mut again = Participant::join(server.addr(), "you", 80, 24);
    again.wait_for("Were you here before?");
    again.send(code.as_bytes());
    again.send(b"\r");
    again.wait_for("Your best fit: IT Technician");
    again.send(b"n");
    again.wait_for("Your result is saved for the workshop");
    let read = careerfit::workshop::record::read(&results).unwrap();
    assert_eq!(read.records.len(), 1);
    again.leave();
    server.shutdown();
}
