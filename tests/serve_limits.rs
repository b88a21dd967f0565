//! A served seat's limits (issue 12), with short durations through the
//! options: an idle seat is asked "Still there?", a key keeps it, no key
//! ends it with the answers kept; a seat ends after the longest time; a
//! client sending far more than anyone types is cut while the other seats
//! go on.

mod common;

use std::time::Duration;

use careerfit::serve::server::Limits;

use common::ssh::{Participant, server_with};

fn limits(change: impl FnOnce(&mut Limits)) -> Limits {
    let mut limits = Limits::default();
    change(&mut limits);
    limits
}

#[test]
fn an_idle_seat_is_asked_if_anyone_is_there_and_a_key_keeps_it() {
    let dir = tempfile::tempdir().unwrap();
    let server = server_with(dir.path(), |o| {
        o.limits = limits(|l| {
            l.idle = Duration::from_millis(50);
            l.idle_grace = Duration::from_secs(3600);
        })
    });
    let mut you = Participant::join(server.addr(), "you", 80, 24);
    you.wait_for("Still there? Press any key to keep your seat.");
    you.send(b"\r");
    let screen = you.wait_for("1 of 32");
    assert!(!screen.contains("It closes in"), "{screen}");
    assert_eq!(server.seats(), 1);
    you.leave();
    server.shutdown();
}

#[test]
fn an_idle_seat_that_does_not_answer_ends_with_its_answers_kept() {
    let dir = tempfile::tempdir().unwrap();
    let server = server_with(dir.path(), |o| {
        o.limits = limits(|l| {
            l.idle = Duration::from_millis(300);
            l.idle_grace = Duration::from_millis(50);
        })
    });
    let mut you = Participant::join(server.addr(), "you", 80, 24);
    you.wait_for("Which IT role fits you?");
    you.send(b"\r5");
    you.wait_for("2 of 32");
    let code = server.roster().places()[0].resume_code.clone();
    let said = you.drain();
    assert!(!you.parser.screen().alternate_screen());
    assert!(
        said.contains("This seat closed because no key was pressed for a long time."),
        "{said}"
    );
    assert!(said.contains("Your answers are kept."), "{said}");
    assert!(said.contains(&format!("type your code: {code}")), "{said}");
    assert!(!server.roster().places()[0].connected);
    you.leave();
    server.shutdown();
}

#[test]
fn a_seat_ends_after_the_longest_time() {
    let dir = tempfile::tempdir().unwrap();
    let server = server_with(dir.path(), |o| {
        o.limits = limits(|l| l.most = Duration::from_millis(300))
    });
    let mut you = Participant::join(server.addr(), "you", 80, 24);
    let said = you.drain();
    assert!(
        said.contains("This seat closed: it was open for the longest time allowed."),
        "{said}"
    );
    you.leave();
    server.shutdown();
}

#[test]
fn a_client_over_its_input_budget_is_cut_and_the_others_go_on() {
    let dir = tempfile::tempdir().unwrap();
    let server = server_with(dir.path(), |o| {
        o.limits = limits(|l| {
            l.burst = 256;
            l.bytes_per_second = 1;
        })
    });
    let mut calm = Participant::join(server.addr(), "calm", 80, 24);
    calm.wait_for("Which IT role fits you?");
    let mut flood = Participant::join(server.addr(), "flood", 80, 24);
    flood.wait_for("Which IT role fits you?");
    flood.send(&[b'?'; 1024]);
    let said = flood.drain();
    assert!(
        said.contains("This seat closed: it got far more typing than a quiz needs."),
        "{said}"
    );
    calm.send(b"\r");
    calm.wait_for("1 of 32");
    flood.leave();
    calm.leave();
    server.shutdown();
}

#[test]
fn an_idle_plain_seat_is_asked_then_ends_with_its_answers_kept() {
    let dir = tempfile::tempdir().unwrap();
    let server = server_with(dir.path(), |o| {
        o.limits = limits(|l| {
            l.idle = Duration::from_millis(300);
            l.idle_grace = Duration::from_millis(50);
        })
    });
    let out = common::ssh::plain_session(server.addr(), b"5\n");
    let asked = out.find("Still there?").expect(&out);
    let closed = out
        .find("This seat closed because no key was pressed for a long time.")
        .expect(&out);
    assert!(asked < closed, "{out}");
    assert!(out.contains("Your answers are kept."), "{out}");
    server.shutdown();
}
