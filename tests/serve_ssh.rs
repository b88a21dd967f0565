//! The SSH server (src/serve/server.rs) on 127.0.0.1:0 with real SSH
//! clients: russh's client with a pty, its output read through a vt100
//! screen as the participant's terminal shows it (never raw bytes: ratatui
//! sends only the cells that changed).

mod common;

use std::fs;
use std::net::SocketAddr;
use std::path::Path;

use careerfit::lang::Lang;
use careerfit::serve::server::{Access, FULL, Options, Server, code_prompt, fingerprint, host_key};
use careerfit::store::{Store, history};
use russh::ChannelMsg;
use russh::client::KeyboardInteractiveAuthResponse;

use common::remote::PATIENCE;
use common::saved::{HANDS_ON, content};
use common::ssh::{
    Participant, connect, console_port, open_plain, openssh, read_console, runtime, server,
};

const CODE: &str = "4821";

/// The seat folders under the workshop folder.
fn seat_folders(dir: &Path) -> Vec<std::path::PathBuf> {
    let Ok(entries) = fs::read_dir(dir.join("workshop")) else {
        return Vec::new();
    };
    entries.map(|e| e.unwrap().path()).collect()
}

fn results_saved(folder: &Path) -> usize {
    let (results, warnings) = history::list(&Store::in_folder(folder));
    assert!(warnings.is_empty(), "{warnings:?}");
    results.len()
}

#[test]
fn the_join_code_as_user_name_reaches_the_welcome_screen() {
    let dir = tempfile::tempdir().unwrap();
    let server = server(dir.path(), Access::Code(CODE.to_string()), 10);
    let mut you = Participant::join(server.addr(), CODE, 80, 24);
    let welcome = you.wait_for("Which IT role fits you?");
    assert!(welcome.contains("Enter start"), "{welcome}");
    assert!(you.parser.screen().alternate_screen());
    you.leave();
    server.shutdown();
}

#[test]
fn a_whole_quiz_over_ssh_reaches_the_results_and_saves_one_result_in_the_seats_folder() {
    let dir = tempfile::tempdir().unwrap();
    let server = server(dir.path(), Access::Code(CODE.to_string()), 10);
    let mut you = Participant::join(server.addr(), CODE, 100, 30);
    you.wait_for("Which IT role fits you?");
    you.send(b"\r");
    // The answers in packets of uneven sizes, as a network delivers them.
    let (first, rest) = HANDS_ON.as_bytes().split_at(5);
    you.send(first);
    you.send(rest);
    you.send(b"\r");
    you.wait_for("IT Technician");
    you.send(b"q");
    let text = you.drain();
    assert!(!you.parser.screen().alternate_screen());
    // The seat's own words: no careerfit command they cannot run there.
    assert!(text.contains("press n on your result"), "{text}");
    assert!(!text.contains("careerfit history"), "{text}");
    let folders = seat_folders(dir.path());
    assert_eq!(folders.len(), 1, "{folders:?}");
    assert_eq!(results_saved(&folders[0]), 1);
    you.leave();
    server.shutdown();
}

#[test]
fn a_window_change_redraws_the_seat_at_the_new_size() {
    let dir = tempfile::tempdir().unwrap();
    let server = server(dir.path(), Access::Open, 10);
    let mut you = Participant::join(server.addr(), "you", 80, 24);
    you.wait_for("Which IT role fits you?");
    you.send(b"\r");
    you.wait_for("1 of 32");
    assert!(you.row(23).contains("q leave"), "{}", you.text());
    you.resize(120, 40);
    you.send(b"5");
    you.wait_for("2 of 32");
    let top = you.row(0);
    assert!(
        top.find("2 of 32").unwrap() > 100,
        "drawn 120 wide: {top:?}"
    );
    assert!(you.row(39).contains("q leave"), "{}", you.text());
    you.leave();
    server.shutdown();
}

#[test]
fn another_user_name_is_asked_for_the_code_with_the_typed_text_shown() {
    let dir = tempfile::tempdir().unwrap();
    let server = server(dir.path(), Access::Code(CODE.to_string()), 10);
    let rt = runtime();
    rt.block_on(async {
        let mut session = connect(server.addr()).await;
        let none = session.authenticate_none("maria").await.unwrap();
        assert!(!none.success(), "no way in without the code");
        let pwd = session.authenticate_password("maria", CODE).await.unwrap();
        assert!(!pwd.success(), "never password auth");

        let asked = session
            .authenticate_keyboard_interactive_start("maria", None)
            .await
            .unwrap();
        let KeyboardInteractiveAuthResponse::InfoRequest { prompts, .. } = asked else {
            panic!("a prompt: {asked:?}");
        };
        assert_eq!(prompts.len(), 1);
        assert_eq!(prompts[0].prompt, code_prompt(Lang::english()));
        assert_eq!(prompts[0].prompt, "Session code / Codigo de sesion: ");
        assert!(prompts[0].echo, "typed text visible");
        let wrong = session
            .authenticate_keyboard_interactive_respond(vec!["1234".to_string()])
            .await
            .unwrap();
        assert!(
            matches!(wrong, KeyboardInteractiveAuthResponse::Failure { .. }),
            "a wrong code is refused: {wrong:?}"
        );

        let asked = session
            .authenticate_keyboard_interactive_start("maria", None)
            .await
            .unwrap();
        assert!(matches!(
            asked,
            KeyboardInteractiveAuthResponse::InfoRequest { .. }
        ));
        let right = session
            .authenticate_keyboard_interactive_respond(vec![format!(" {CODE}\n")])
            .await
            .unwrap();
        assert!(
            matches!(right, KeyboardInteractiveAuthResponse::Success),
            "{right:?}"
        );
    });
    server.shutdown();
}

#[test]
fn a_wrong_code_as_user_name_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let server = server(dir.path(), Access::Code(CODE.to_string()), 10);
    let rt = runtime();
    rt.block_on(async {
        let mut session = connect(server.addr()).await;
        let auth = session.authenticate_none("4822").await.unwrap();
        assert!(!auth.success());
    });
    assert!(seat_folders(dir.path()).is_empty());
    server.shutdown();
}

#[test]
fn open_lets_any_user_name_in() {
    let dir = tempfile::tempdir().unwrap();
    let server = server(dir.path(), Access::Open, 10);
    let mut you = Participant::join(server.addr(), "anyone", 80, 24);
    you.wait_for("Which IT role fits you?");
    you.leave();
    server.shutdown();
}

#[test]
fn a_full_room_tells_the_next_participant_and_the_seated_one_goes_on() {
    let dir = tempfile::tempdir().unwrap();
    let server = server(dir.path(), Access::Open, 1);
    let mut first = Participant::join(server.addr(), "first", 80, 24);
    first.wait_for("Which IT role fits you?");
    assert_eq!(server.seats(), 1);

    let mut second = Participant::join(server.addr(), "second", 80, 24);
    let text = second.drain();
    for line in FULL.lines() {
        assert!(text.contains(line.trim_end()), "{text}");
    }
    assert_eq!(server.seats(), 1, "the refused one took no seat");

    first.send(b"\r");
    first.wait_for("1 of 32");
    first.leave();
    second.leave();
    server.shutdown();
}

#[test]
fn shutdown_closes_every_seat_with_its_goodbye_and_keeps_the_answers() {
    let dir = tempfile::tempdir().unwrap();
    let server = server(dir.path(), Access::Open, 10);
    let mut you = Participant::join(server.addr(), "you", 80, 24);
    you.wait_for("Which IT role fits you?");
    you.send(b"\r534");
    you.wait_for("4 of 32");
    server.shutdown();
    let text = you.drain();
    assert!(!you.parser.screen().alternate_screen());
    assert!(
        text.contains("Your answers so far are kept on the workshop's computer."),
        "{text}"
    );
    let folders = seat_folders(dir.path());
    assert_eq!(folders.len(), 1);
    let store = Store::in_folder(&folders[0]);
    let careerfit::store::progress::Found::Unfinished(found) =
        careerfit::store::progress::find(&store, &content().quiz)
    else {
        panic!("the answers are on disk");
    };
    assert_eq!(found.answered, 3);
}

#[test]
fn shutdown_gives_every_one_of_many_seats_its_goodbye() {
    let dir = tempfile::tempdir().unwrap();
    let server = server(dir.path(), Access::Open, 20);
    let mut room: Vec<Participant> = (0..12)
        .map(|n| Participant::join(server.addr(), &format!("p{n}"), 80, 24))
        .collect();
    for you in &mut room {
        you.wait_for("Which IT role fits you?");
    }
    server.shutdown();
    for you in &mut room {
        let text = you.drain();
        assert!(!you.parser.screen().alternate_screen(), "{text}");
        assert!(
            text.contains("The workshop has ended. Thank you for taking part."),
            "{text}"
        );
    }
}

#[test]
fn a_pty_of_unknown_size_is_drawn_at_80_by_24() {
    // OpenSSH asks for a 0 x 0 pty when its own input is not a terminal
    // (`ssh -tt` from a script).
    let dir = tempfile::tempdir().unwrap();
    let server = server(dir.path(), Access::Open, 10);
    let mut you = Participant::join_saying(server.addr(), "you", (0, 0), 80, 24);
    you.wait_for("Which IT role fits you?");
    assert!(you.row(23).contains("q leave"), "{}", you.text());
    you.leave();
    server.shutdown();
}

#[test]
fn the_host_key_is_made_once_private_and_kept() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("keys").join("host_key");
    let first = host_key(&path).unwrap();
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = fs::metadata(&path).unwrap().permissions().mode();
        assert_eq!(mode & 0o777, 0o600);
    }
    let again = host_key(&path).unwrap();
    let shown = fingerprint(&first);
    assert_eq!(shown, fingerprint(&again));
    assert!(shown.starts_with("SHA256:"), "{shown}");

    let server = server(dir.path(), Access::Open, 1);
    let server_again_key = host_key(&dir.path().join("host_key")).unwrap();
    assert_eq!(server.fingerprint(), fingerprint(&server_again_key));
    server.shutdown();

    fs::write(&path, "not a key").unwrap();
    let err = format!("{:#}", host_key(&path).unwrap_err());
    assert!(
        err.contains("host_key") && err.contains("move it away"),
        "{err}"
    );
    // Said once, in words for the counselor, not the parser's.
    assert_eq!(
        err.matches("not an OpenSSH private key").count(),
        1,
        "{err}"
    );
    assert!(!err.contains("PEM"), "{err}");
}

#[test]
fn without_a_pty_the_seat_is_plain_mode_over_the_channel() {
    let dir = tempfile::tempdir().unwrap();
    let server = server(dir.path(), Access::Code(CODE.to_string()), 10);
    let rt = runtime();
    let out = rt.block_on(async {
        let mut session = connect(server.addr()).await;
        assert!(session.authenticate_none(CODE).await.unwrap().success());
        let (write, rx) = open_plain(&session).await;
        let answers: String = HANDS_ON.chars().map(|c| format!("{c}\n")).collect();
        write.data_bytes(answers.into_bytes()).await.unwrap();
        write.data_bytes(b"r\n".to_vec()).await.unwrap();
        let out = common::ssh::everything(rx).await;
        let _ = session
            .disconnect(russh::Disconnect::ByApplication, "", "en")
            .await;
        out
    });
    assert!(out.contains("Question 32 of 32"), "{out}");
    assert!(out.contains("Your best fit: IT Technician"), "{out}");
    assert!(
        !out.contains('\x1b'),
        "no escape codes in plain mode: {out}"
    );
    let folders = seat_folders(dir.path());
    assert_eq!(folders.len(), 1);
    assert_eq!(results_saved(&folders[0]), 1);
    server.shutdown();
}

#[test]
fn exec_and_subsystems_are_refused_and_take_no_seat() {
    let dir = tempfile::tempdir().unwrap();
    let server = server(dir.path(), Access::Open, 10);
    let rt = runtime();
    rt.block_on(async {
        for request in ["exec", "subsystem"] {
            let mut session = connect(server.addr()).await;
            assert!(session.authenticate_none("x").await.unwrap().success());
            let mut channel = session.channel_open_session().await.unwrap();
            match request {
                "exec" => channel.exec(true, "cat /etc/passwd").await.unwrap(),
                _ => channel.request_subsystem(true, "sftp").await.unwrap(),
            }
            let reply = loop {
                match channel.wait().await {
                    Some(ChannelMsg::Success) => break "success",
                    Some(ChannelMsg::Failure) => break "failure",
                    Some(_) => {}
                    None => break "closed",
                }
            };
            assert_eq!(reply, "failure", "{request}");
            // One session channel a connection: a second is refused.
            assert!(session.channel_open_session().await.is_err());
        }
    });
    assert_eq!(server.seats(), 0);
    server.shutdown();
}

#[test]
fn careerfit_serve_shows_how_to_join_and_ctrl_c_ends_every_seat_with_the_answers_kept() {
    use std::io::{BufReader, Read};
    let home = tempfile::tempdir().unwrap();
    let mut child = common::cmd::careerfit_in(
        home.path(),
        &[
            "serve",
            "--port",
            "0",
            "--bind",
            "127.0.0.1",
            "--code",
            CODE,
        ],
    )
    .stdout(std::process::Stdio::piped())
    .stderr(std::process::Stdio::piped())
    .spawn()
    .unwrap();
    let mut out = BufReader::new(child.stdout.take().unwrap());
    let console = read_console(&mut out);
    let port = console_port(&console);
    assert!(
        console.contains(&format!("    ssh -p {port} {CODE}@127.0.0.1\n")),
        "{console}"
    );
    let key = host_key(
        &common::cmd::data_dir(home.path())
            .join("serve")
            .join("host_key_ed25519"),
    )
    .unwrap();
    assert!(console.contains(&fingerprint(&key)), "{console}");
    // Prose on the console wraps to the terminal: read it as words.
    let words = console.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(words.contains("type yes"), "{console}");

    let addr = SocketAddr::from(([127, 0, 0, 1], port));
    let mut you = Participant::join(addr, CODE, 80, 24);
    you.wait_for("Which IT role fits you?");
    you.send(b"\r53");
    you.wait_for("3 of 32");
    // SAFETY: kill(2) on the child this test spawned and has not reaped.
    let rc = unsafe { libc::kill(child.id() as libc::pid_t, libc::SIGINT) };
    assert_eq!(rc, 0);
    let text = you.drain();
    assert!(
        text.contains("Your answers so far are kept on the workshop's computer."),
        "{text}"
    );
    let status = child.wait().unwrap();
    let mut rest = String::new();
    out.read_to_string(&mut rest).unwrap();
    assert!(status.success(), "{status} {rest}");
    assert!(
        rest.contains("saying goodbye to 1 participant..."),
        "{rest}"
    );
    assert!(rest.contains("Workshop ended."), "{rest}");
    you.leave();
}

#[test]
fn careerfit_serve_refuses_a_code_that_is_no_user_name() {
    let home = tempfile::tempdir().unwrap();
    let run = common::cmd::careerfit_in(home.path(), &["serve", "--code", "two words"])
        .output()
        .unwrap();
    assert!(!run.status.success());
    let err = String::from_utf8_lossy(&run.stderr);
    assert!(err.contains("--code: use 1 to 32 letters"), "{err}");
}

/// The real OpenSSH client, when this machine has one, in a pseudo-terminal:
/// joins with the code as user name, takes the whole quiz, and the result
/// is saved in the seat's folder.
#[test]
fn openssh_joins_and_takes_the_whole_quiz() {
    let dir = tempfile::tempdir().unwrap();
    let server = server(dir.path(), Access::Code(CODE.to_string()), 10);
    let home = tempfile::tempdir().unwrap();
    let Some(mut pty) = openssh(home.path(), server.addr(), CODE, true) else {
        eprintln!("no ssh on this machine: skipped");
        return;
    };
    pty.wait_for("Which IT role fits you?", PATIENCE);
    pty.send(b"\r");
    pty.send(HANDS_ON.as_bytes());
    pty.send(b"\r");
    pty.wait_for("IT Technician", PATIENCE);
    // n records the result in the session's results file, as a
    // participant does when done.
    pty.send(b"n");
    pty.wait_for("saved for the workshop", PATIENCE);
    pty.send(b"q");
    let (status, _) = pty.wait_exit(PATIENCE);
    assert!(status.success(), "{status}: {}", pty.screen());
    let folders = seat_folders(dir.path());
    assert_eq!(folders.len(), 1);
    assert_eq!(results_saved(&folders[0]), 1);
    let read = careerfit::workshop::record::read(&dir.path().join("results.jsonl")).unwrap();
    assert!(read.warnings.is_empty(), "{:?}", read.warnings);
    assert_eq!(read.records.len(), 1, "one record for one participant");
    assert_eq!(read.records[0].ranking[0].role, "technician");
    server.shutdown();
}

#[test]
fn a_port_already_in_use_says_so_and_what_to_do() {
    let dir = tempfile::tempdir().unwrap();
    let first = server(dir.path(), Access::Open, 1);
    let taken = Server::start(Options {
        bind: first.addr(),
        ..common::ssh::options(dir.path(), Access::Open, 1)
    });
    let err = format!("{:#}", taken.err().expect("the port is taken"));
    assert!(
        err.contains(&format!("cannot listen on {}", first.addr())),
        "{err}"
    );
    assert!(err.contains("pick another port with --port"), "{err}");
    assert!(!err.contains("os error"), "{err}");
    first.shutdown();
}
