//! What a served seat records (issue 12): `n` on the results appends the
//! participant's record to the session's one results file (the file
//! `careerfit report --watch` reads), read back here with careerfit's own
//! reader; the seat says so and stays; plain mode over SSH records too.

mod common;

use careerfit::serve::roster::Stage;
use careerfit::workshop::record;

use common::saved::HANDS_ON;
use common::ssh::{Participant, plain_session, server_with, wait_until};

fn records(path: &std::path::Path) -> Vec<record::Record> {
    let read = record::read(path).unwrap();
    assert!(read.warnings.is_empty(), "{:?}", read.warnings);
    read.records
}

#[test]
fn a_whole_quiz_with_a_nickname_records_one_result_in_the_results_file() {
    let dir = tempfile::tempdir().unwrap();
    let results = dir.path().join("lab-a.jsonl");
    let server = server_with(dir.path(), |o| {
        o.ask_name = true;
        o.results = results.clone();
    });
    let mut you = Participant::join(server.addr(), "you", 80, 24);
    you.wait_for("Workshop: Lab A");
    you.send(b"Ana\r");
    you.wait_for("Which IT role fits you?");
    you.send(b"\r");
    you.send(HANDS_ON.as_bytes());
    you.send(b"\r");
    you.wait_for("IT Technician");
    let roster = server.roster();
    assert_eq!(roster.places()[0].nickname.as_deref(), Some("Ana"));
    // No take-home report (it would land on the server) and no Ctrl-Z.
    let results_screen = you.text();
    assert!(!results_screen.contains("report"), "{results_screen}");
    you.send(b"p\x1a");
    you.send(b"n");
    let screen = you.wait_for("Your result is saved for the workshop");
    assert!(screen.contains("close this window"), "{screen}");
    wait_until("the roster shows the result recorded", || {
        roster.places()[0].stage == Stage::Recorded
    });
    // n again on the same answers adds no second record.
    you.send(b"n");
    you.send(b"q");
    let text = you.drain();
    assert!(!you.parser.screen().alternate_screen());
    assert!(
        text.contains("Your result is saved for the workshop. You are done!"),
        "{text}"
    );
    assert!(text.contains("IT Technician"), "{text}");
    assert!(!text.contains("careerfit"), "{text}");
    let records = records(&results);
    assert_eq!(records.len(), 1, "{records:?}");
    let reports = walk(dir.path(), &|p| {
        p.extension().is_some_and(|e| e == "html" || e == "md")
    });
    assert!(reports.is_empty(), "{reports:?}");
    assert_eq!(records[0].session, "Lab A");
    assert_eq!(records[0].label.as_deref(), Some("Ana"));
    assert_eq!(records[0].ranking[0].role, "technician");
    you.leave();
    server.shutdown();
}

/// Files under `dir` that pass `keep`.
fn walk(dir: &std::path::Path, keep: &dyn Fn(&std::path::Path) -> bool) -> Vec<std::path::PathBuf> {
    let mut found = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            found.extend(walk(&path, keep));
        } else if keep(&path) {
            found.push(path);
        }
    }
    found
}

#[test]
fn ctrl_c_leaves_the_seat_with_the_answers_kept_and_the_way_back() {
    let dir = tempfile::tempdir().unwrap();
    let server = server_with(dir.path(), |_| {});
    let mut you = Participant::join(server.addr(), "you", 80, 24);
    you.wait_for("Which IT role fits you?");
    you.send(b"\r53");
    you.wait_for("3 of 32");
    let code = server.roster().places()[0].resume_code.clone();
    you.send(b"\x03");
    let said = you.drain();
    assert!(!you.parser.screen().alternate_screen());
    assert!(said.contains("Your answers are kept."), "{said}");
    assert!(said.contains(&format!("type your code: {code}")), "{said}");
    assert!(!said.contains("Run careerfit"), "{said}");
    assert_eq!(
        server.seats(),
        1,
        "the connection stays; only the seat ended"
    );
    you.leave();
    server.shutdown();
}

#[test]
fn the_seat_shows_its_code_and_no_command_the_participant_cannot_run() {
    let dir = tempfile::tempdir().unwrap();
    let server = server_with(dir.path(), |_| {});
    let mut you = Participant::join(server.addr(), "you", 80, 24);
    let welcome = you.wait_for("Which IT role fits you?");
    let code = server.roster().places()[0].resume_code.clone();
    assert!(
        you.row(0).contains(&format!("Your code: {code}")),
        "{welcome}"
    );
    assert!(!welcome.contains("careerfit --plain"), "{welcome}");
    assert!(!welcome.contains("Facilitator"), "{welcome}");
    assert!(!welcome.contains("0 done"), "{welcome}");
    you.resize(100, 40);
    let tall = you.wait_for("join again with ssh -T");
    assert!(!tall.contains("careerfit --plain"), "{tall}");
    you.resize(80, 24);
    you.send(b"\r");
    let question = you.wait_for("1 of 32");
    assert!(
        you.row(0).contains(&format!("Your code: {code}")),
        "{question}"
    );
    you.leave();
    server.shutdown();
}

#[test]
fn plain_mode_over_ssh_with_windows_line_ends_records_one_result() {
    let dir = tempfile::tempdir().unwrap();
    let results = dir.path().join("results.jsonl");
    let server = server_with(dir.path(), |_| {});
    // Windows clients end lines with \r alone.
    let answers: String = HANDS_ON.chars().map(|c| format!("{c}\r")).collect();
    let out = plain_session(server.addr(), format!("{answers}r\r").as_bytes());
    assert!(out.contains("Question 32 of 32"), "{out}");
    assert!(out.contains("Your best fit: IT Technician"), "{out}");
    assert!(
        out.contains("Your result is saved for the workshop. You are done!"),
        "{out}"
    );
    assert!(!out.contains("careerfit --plain history"), "{out}");
    assert!(!out.contains("run: careerfit"), "{out}");
    assert_eq!(records(&results).len(), 1);
    assert_eq!(server.roster().places()[0].stage, Stage::Recorded);
    server.shutdown();
}

/// `careerfit serve` started in `home` with `args`: the child, its console
/// reader and the port it listens on.
fn serve(
    home: &std::path::Path,
    args: &[&str],
) -> (
    std::process::Child,
    std::io::BufReader<std::process::ChildStdout>,
    std::net::SocketAddr,
) {
    let mut all = vec!["serve", "--port", "0", "--bind", "127.0.0.1", "--open"];
    all.extend_from_slice(args);
    let mut child = common::cmd::careerfit_in(home, &all)
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let mut out = std::io::BufReader::new(child.stdout.take().unwrap());
    let console = common::ssh::read_console(&mut out);
    let port = common::ssh::console_port(&console);
    (
        child,
        out,
        std::net::SocketAddr::from(([127, 0, 0, 1], port)),
    )
}

/// Ends `careerfit serve` as Ctrl-C does; what it said last.
fn end(mut child: std::process::Child, mut out: impl std::io::Read) -> String {
    // SAFETY: kill(2) on the child this test spawned and has not reaped.
    let rc = unsafe { libc::kill(child.id() as libc::pid_t, libc::SIGINT) };
    assert_eq!(rc, 0);
    assert!(child.wait().unwrap().success());
    let mut rest = String::new();
    out.read_to_string(&mut rest).unwrap();
    rest
}

#[test]
fn careerfit_serve_records_with_its_session_results_and_nickname_options() {
    let home = tempfile::tempdir().unwrap();
    let results = home.path().join("lab-b.jsonl");
    let (child, out, addr) = serve(
        home.path(),
        &[
            "--session",
            "Lab B",
            "--results",
            results.to_str().unwrap(),
            "--ask-name",
        ],
    );
    let mut you = Participant::join(addr, "you", 80, 24);
    you.wait_for("Workshop: Lab B");
    you.send(b"Cy\r");
    you.wait_for("Which IT role fits you?");
    you.send(b"\r");
    you.send(HANDS_ON.as_bytes());
    you.send(b"\r");
    you.wait_for("IT Technician");
    you.send(b"n");
    you.wait_for("Your result is saved for the workshop");
    let rest = end(child, out);
    let said = you.drain();
    assert!(
        said.contains("Your result is saved for the workshop. You are done!"),
        "{said}"
    );
    let words = rest.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(
        words.contains(&format!("Recorded results are in {}", results.display())),
        "{rest}"
    );
    let records = records(&results);
    assert_eq!(records.len(), 1);
    assert_eq!(records[0].session, "Lab B");
    assert_eq!(records[0].label.as_deref(), Some("Cy"));
}

#[test]
fn careerfit_serve_records_by_default_where_the_workshop_kiosk_would() {
    let home = tempfile::tempdir().unwrap();
    let (child, out, addr) = serve(home.path(), &["--session", "lab c"]);
    let plain: String = HANDS_ON.chars().map(|c| format!("{c}\n")).collect();
    let said = plain_session(addr, format!("{plain}r\n").as_bytes());
    assert!(
        said.contains("Your result is saved for the workshop"),
        "{said}"
    );
    end(child, out);
    let results = common::cmd::data_dir(home.path())
        .join("workshops")
        .join("lab-c.jsonl");
    let records = records(&results);
    assert_eq!(records.len(), 1);
    assert_eq!(records[0].session, "lab c");
    assert_eq!(records[0].label, None);
}
