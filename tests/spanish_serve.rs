//! Served seats in the participant's own language (issue 13): the LANG or
//! LC_* the participant's SSH client sends picks the seat's words (never
//! the server's environment), so two seats in two languages run at once;
//! the come-back screen, the code corner, "Still there?", plain seats and
//! the goodbye speak it too.

mod common;

use std::net::SocketAddr;
use std::time::Duration;

use careerfit::lang::{Lang, Words};
use careerfit::serve::seat::limits::still_there;
use careerfit::serve::server::{Server, full};

use common::ssh::{connect, join_with, runtime, server_with, split, wait_until};

/// A participant without a pty who sends `env`, then `send`: everything
/// the seat says until it closes.
fn plain_with(addr: SocketAddr, env: &[(&str, &str)], send: &[u8]) -> String {
    let rt = runtime();
    rt.block_on(async {
        let mut session = connect(addr).await;
        assert!(session.authenticate_none("you").await.unwrap().success());
        let channel = session.channel_open_session().await.unwrap();
        for (name, value) in env {
            channel.set_env(true, *name, *value).await.unwrap();
        }
        channel.request_shell(true).await.unwrap();
        let (write, rx) = split(channel);
        write.data_bytes(send.to_vec()).await.unwrap();
        let out = common::ssh::everything(rx).await;
        let _ = session
            .disconnect(russh::Disconnect::ByApplication, "", "en")
            .await;
        out
    })
}

fn dropped(server: &Server, number: u32) {
    wait_until("the place shows the drop", || {
        server
            .roster()
            .places()
            .iter()
            .any(|p| p.number == number && !p.connected)
    });
}

fn spanish() -> Words {
    Words::new(Lang::find("es").unwrap())
}

#[test]
fn two_seats_in_english_and_spanish_at_once() {
    let dir = tempfile::tempdir().unwrap();
    let server = server_with(dir.path(), |_| {});
    let mut maria = join_with(server.addr(), &[("LANG", "es_US.UTF-8")]);
    let mut sam = join_with(server.addr(), &[("LANG", "en_US.UTF-8")]);
    let hers = maria.wait_for("Presione Enter para empezar.");
    let his = sam.wait_for("Press Enter to start.");
    assert!(hers.contains("Su código:"), "{hers}");
    assert!(!hers.contains("Press Enter"), "{hers}");
    assert!(his.contains("Your code:"), "{his}");
    assert!(!his.contains("Presione"), "{his}");
    // The quiz's own words too: the built-in quiz's Spanish translation
    // for her, the English for him.
    assert!(hers.contains("va con usted?"), "{hers}");
    assert!(his.contains("Which IT role fits you?"), "{his}");
    // Both go on at the same time, each in their own words.
    maria.send(b"\r");
    sam.send(b"\r");
    // Her code stays in view beside the long Spanish title, so she can
    // come back after a drop.
    let question = maria.wait_for("1 de 32");
    assert!(question.contains("Su código:"), "{question}");
    sam.wait_for("1 of 32");
    // Ctrl-C leaves each seat with its own goodbye.
    maria.send(b"\x03");
    sam.send(b"\x03");
    let bye = maria.wait_for("Salió antes de responder");
    assert!(bye.contains("Vuelva a entrar cuando quiera"), "{bye}");
    let bye = sam.wait_for("You left before answering");
    assert!(!bye.contains("Salió"), "{bye}");
    server.shutdown();
}

#[test]
fn lc_all_wins_over_lang_and_no_locale_is_english() {
    let dir = tempfile::tempdir().unwrap();
    let server = server_with(dir.path(), |_| {});
    let mut first = join_with(
        server.addr(),
        &[("LANG", "en_US.UTF-8"), ("LC_ALL", "es_MX.UTF-8")],
    );
    first.wait_for("Presione Enter para empezar.");
    let mut second = join_with(server.addr(), &[]);
    second.wait_for("Press Enter to start.");
    server.shutdown();
}

#[test]
fn the_come_back_screen_and_goodbye_in_spanish() {
    let dir = tempfile::tempdir().unwrap();
    let server = server_with(dir.path(), |_| {});
    let mut first = join_with(server.addr(), &[("LANG", "es_US.UTF-8")]);
    first.wait_for("Presione Enter para empezar.");
    first.send(b"\r534");
    first.wait_for("4 de 32");
    first.leave();
    dropped(&server, 1);
    let mut again = join_with(server.addr(), &[("LANG", "es_US.UTF-8")]);
    let screen = again.wait_for("¿Ya estuvo aquí antes?");
    assert!(screen.contains("Empezar el cuestionario"), "{screen}");
    assert!(screen.contains("Volver con mi código: ____"), "{screen}");
    assert!(
        screen.contains("Volver como participante n.º 1"),
        "{screen}"
    );
    assert!(screen.contains("Taller: Lab A"), "{screen}");
    assert!(screen.contains("escribir su código"), "{screen}");
    // A wrong code is said in Spanish.
    again.send(b"ZZZZ\r");
    again.wait_for("Nadie aquí tiene el código ZZZZ.");
    // Esc leaves with a Spanish goodbye.
    again.send(b"\x1b");
    again.wait_for("Adiós.");
    server.shutdown();
}

#[test]
fn a_plain_seat_speaks_the_clients_language() {
    let dir = tempfile::tempdir().unwrap();
    let server = server_with(dir.path(), |options| options.ask_name = true);
    let said = plain_with(server.addr(), &[("LANG", "es_US.UTF-8")], b"Ana\nq\n");
    assert!(said.contains("Su apodo para el taller"), "{said}");
    assert!(said.contains("escriba su código para regresar"), "{said}");
    assert!(!said.contains("Your nickname"), "{said}");
    server.shutdown();
}

#[test]
fn a_full_room_says_so_in_the_participants_words() {
    let dir = tempfile::tempdir().unwrap();
    let server = server_with(dir.path(), |options| options.max_seats = 1);
    let mut first = join_with(server.addr(), &[]);
    first.wait_for("Press Enter to start.");
    let mut second = join_with(server.addr(), &[("LANG", "es_US.UTF-8")]);
    let refused = second.wait_for("este taller está lleno");
    assert!(refused.contains("más tarde"), "{refused}");
    assert_eq!(
        full(&spanish()),
        "Lo sentimos, este taller está lleno en este momento.\r\n\
         Avísele a la persona que lo dirige y vuelva a intentarlo más tarde.\r\n"
    );
    server.shutdown();
}

#[test]
fn still_there_in_spanish_counts_in_spanish() {
    let asked = still_there(&spanish(), Duration::from_secs(120));
    assert_eq!(
        asked,
        "¿Sigue ahí? Presione cualquier tecla para mantener su lugar. \
         Si no, se cierra en 2 minutos (sus respuestas se guardan)."
    );
    let asked = still_there(&spanish(), Duration::from_secs(60));
    assert!(asked.contains("en 1 minuto "), "{asked}");
    let asked = still_there(&Words::english(), Duration::from_secs(30));
    assert!(asked.contains("in 30 seconds otherwise"), "{asked}");
}

#[test]
fn the_workshop_ending_says_goodbye_in_each_seats_words() {
    let dir = tempfile::tempdir().unwrap();
    let server = server_with(dir.path(), |_| {});
    let mut maria = join_with(server.addr(), &[("LC_MESSAGES", "es_US.UTF-8")]);
    let mut sam = join_with(server.addr(), &[]);
    maria.wait_for("Presione Enter para empezar.");
    sam.wait_for("Press Enter to start.");
    server.shutdown();
    let hers = maria.drain();
    assert!(hers.contains("El taller ha terminado."), "{hers}");
    let his = sam.drain();
    assert!(his.contains("The workshop has ended."), "{his}");
}

#[test]
fn a_spanish_seat_back_on_its_result_records_it_with_lang_es() {
    let dir = tempfile::tempdir().unwrap();
    let results = dir.path().join("results.jsonl");
    let server = server_with(dir.path(), |_| {});
    let mut first = join_with(server.addr(), &[("LANG", "es_US.UTF-8")]);
    first.wait_for("Presione Enter para empezar.");
    first.send(b"\r");
    first.send(common::saved::HANDS_ON.as_bytes());
    first.send(b"\r");
    first.wait_for("Técnico de TI");
    let code = server.roster().places()[0].resume_code.clone();
    first.leave();
    dropped(&server, 1);
    let mut again = join_with(server.addr(), &[("LANG", "es_US.UTF-8")]);
    again.wait_for("¿Ya estuvo aquí antes?");
    again.send(code.as_bytes());
    again.send(b"\r");
    again.wait_for("Su resultado del");
    again.send(b"n");
    again.wait_for("Su resultado quedó guardado para el taller");
    let read = careerfit::workshop::record::read(&results).unwrap();
    assert_eq!(read.records.len(), 1);
    assert_eq!(read.records[0].lang.as_deref(), Some("es"));
    again.leave();
    server.shutdown();
}

/// A Spanish-speaking counselor's console over a room of four: every
/// stage, two nicknames, one dropped; its clock fixed.
fn spanish_console() -> careerfit::serve::console::Console {
    use careerfit::serve::console::{Console, Join};
    use careerfit::serve::roster::{Roster, Stage};
    use careerfit::serve::server::Access;
    use std::path::PathBuf;
    use std::time::Instant;
    let roster = Roster::new();
    let now = Instant::now() + Duration::from_secs(7200);
    let people: [(Option<&str>, Stage, u64, bool); 4] = [
        (Some("Sam"), Stage::Question { at: 4, of: 32 }, 5, true),
        (Some("Ana María"), Stage::Recorded, 75, true),
        (None, Stage::Review, 12, false),
        (None, Stage::Results, 0, true),
    ];
    for (nickname, stage, idle, connected) in people {
        let place = roster.arrive(None, PathBuf::from("seat")).unwrap();
        roster.update(place.number, |p| {
            p.nickname = nickname.map(str::to_string);
            p.stage = stage;
            p.last_input = now - Duration::from_secs(idle);
        });
        if !connected {
            roster.left(place.number);
        }
    }
    let join = Join {
        hosts: vec!["192.168.1.20".to_string()],
        port: 2222,
        access: Access::Code("4821".to_string()),
        fingerprint: "SHA256:Lm9+3eGq7Vx1n2kQpZ0aYbWcXdUeTfSgRhQiPjOkNlM".to_string(),
    };
    let mut console = Console::new(
        "Lab A".to_string(),
        join,
        roster,
        careerfit::tui::theme::Theme::mono(),
    )
    .speaking(spanish());
    console.fake_now = Some(now);
    console
}

fn console_screen(console: &careerfit::serve::console::Console) -> String {
    let terminal = common::screen::drawn_terminal((80, 24), |frame| {
        careerfit::serve::console::draw(console, frame)
    });
    common::screen::terminal_text(&terminal)
}

#[test]
fn the_console_in_spanish_at_80x24() {
    use common::keys::key;
    use crossterm::event::KeyCode;
    let mut console = spanish_console();
    let lobby = console_screen(&console);
    insta::assert_snapshot!("console_es_lobby_80x24", lobby);
    for want in [
        "Para entrar, escriba en una terminal:",
        "ssh -p 2222 4821@192.168.1.20",
        "entradas abiertas",
        "pregunta 4 de 32",
        "desconectado",
        "terminó",
    ] {
        assert!(lobby.contains(want), "{want:?}:\n{lobby}");
    }
    console.key(key(KeyCode::Char('l')));
    let locked = console_screen(&console);
    assert!(locked.contains("entradas CERRADAS"), "{locked}");
    assert!(
        locked.contains("Entradas cerradas: nadie nuevo entra"),
        "{locked}"
    );
    console.key(key(KeyCode::Char('?')));
    insta::assert_snapshot!("console_es_help_80x24", console_screen(&console));
    console.key(key(KeyCode::Esc));
    console.key(key(KeyCode::Char('q')));
    let ending = console_screen(&console);
    assert!(ending.contains("Terminar el taller"), "{ending}");
    assert!(ending.contains("y terminar el taller"), "{ending}");
}

/// A copy of the built-in quiz in `dir` as `lab.toml`, with its Spanish
/// overlay `lab.es.toml` beside it: the first question's Spanish text is
/// `text`, the rest as shipped.
fn lab_quiz(dir: &std::path::Path, text: &str) -> std::path::PathBuf {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let quiz = dir.join("lab.toml");
    std::fs::copy(root.join("quizzes/it-career.toml"), &quiz).unwrap();
    let overlay = std::fs::read_to_string(root.join("quizzes/it-career.es.toml")).unwrap();
    let shipped = "text = \"Cambiar el disco duro dañado de una laptop\"";
    assert!(overlay.contains(shipped), "the shipped overlay changed");
    let overlay = overlay.replace(shipped, &format!("text = \"{text}\""));
    std::fs::write(dir.join("lab.es.toml"), overlay).unwrap();
    quiz
}

#[test]
fn a_spanish_seat_gets_the_overlay_next_to_the_quiz_file_served() {
    let dir = tempfile::tempdir().unwrap();
    let quiz = lab_quiz(
        dir.path(),
        "Cambiar el disco de una laptop del laboratorio A",
    );
    let home = tempfile::tempdir().unwrap();
    let quiz = quiz.display().to_string();
    let args = [
        "--quiz",
        &quiz,
        "serve",
        "--bind",
        "127.0.0.1",
        "--port",
        "0",
        "--open",
    ];
    let served = common::served::Served::start(common::cmd::careerfit_in(home.path(), &args));
    let addr = SocketAddr::from(([127, 0, 0, 1], served.port));
    let mut maria = join_with(addr, &[("LANG", "es_US.UTF-8")]);
    let mut sam = join_with(addr, &[("LANG", "en_US.UTF-8")]);
    maria.wait_for("Presione Enter para empezar.");
    sam.wait_for("Press Enter to start.");
    maria.send(b"\r");
    sam.send(b"\r");
    maria.wait_for("Cambiar el disco de una laptop del laboratorio A");
    let his = sam.wait_for("1 of 32");
    assert!(!his.contains("laboratorio"), "{his}");
    maria.leave();
    sam.leave();
    let (_, stderr, code) = served.stop();
    assert_eq!(code, Some(0), "{stderr}");
}

#[test]
fn an_overlay_with_errors_stops_the_server_naming_it() {
    let dir = tempfile::tempdir().unwrap();
    let quiz = lab_quiz(dir.path(), "");
    let home = tempfile::tempdir().unwrap();
    let quiz = quiz.display().to_string();
    let args = [
        "--quiz",
        &quiz,
        "serve",
        "--bind",
        "127.0.0.1",
        "--port",
        "0",
        "--open",
    ];
    let mut child = common::cmd::careerfit_in(home.path(), &args)
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let deadline = std::time::Instant::now() + common::remote::PATIENCE;
    while child.try_wait().unwrap().is_none() {
        if std::time::Instant::now() > deadline {
            let _ = child.kill();
            panic!("the server started with a broken overlay");
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    let out = child.wait_with_output().unwrap();
    assert!(!out.status.success());
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("lab.es.toml"), "{stderr}");
    assert!(!String::from_utf8_lossy(&out.stdout).contains("ssh -p"));
}

#[test]
fn an_idle_spanish_seat_is_asked_and_closes_in_spanish() {
    let dir = tempfile::tempdir().unwrap();
    let server = server_with(dir.path(), |o| {
        o.limits.idle = Duration::from_millis(300);
        o.limits.idle_grace = Duration::from_millis(300);
    });
    let mut maria = join_with(server.addr(), &[("LANG", "es_US.UTF-8")]);
    maria.wait_for("¿Sigue ahí? Presione cualquier tecla para mantener su lugar.");
    let said = maria.drain();
    assert!(
        said.contains("Este lugar se cerró porque nadie presionó una tecla en mucho tiempo."),
        "{said}"
    );
    assert!(!said.contains("Still there"), "{said}");
    maria.leave();
    server.shutdown();
}

#[test]
fn a_flooding_spanish_seat_is_cut_in_spanish() {
    let dir = tempfile::tempdir().unwrap();
    let server = server_with(dir.path(), |o| {
        o.limits.burst = 256;
        o.limits.bytes_per_second = 1;
    });
    let mut maria = join_with(server.addr(), &[("LANG", "es_US.UTF-8")]);
    maria.wait_for("Presione Enter para empezar.");
    maria.send(&[b'?'; 1024]);
    let said = maria.drain();
    assert!(
        said.contains(
            "Este lugar se cerró: recibió mucho más texto del que necesita un cuestionario."
        ),
        "{said}"
    );
    maria.leave();
    server.shutdown();
}

#[test]
fn e_on_a_seat_switches_the_questions_words_too() {
    let dir = tempfile::tempdir().unwrap();
    let server = server_with(dir.path(), |_| {});
    let mut sam = join_with(server.addr(), &[("LANG", "en_US.UTF-8")]);
    sam.wait_for("Press Enter to start.");
    // A participant whose client sent English switches to Spanish: the
    // quiz's own words change with the screen's.
    sam.send(b"e");
    let welcome = sam.wait_for("Presione Enter para empezar.");
    assert!(welcome.contains("va con usted?"), "{welcome}");
    sam.send(b"\r");
    let question = sam.wait_for("1 de 32");
    assert!(
        question.contains("¿Cuánto le gustaría hacer esto?"),
        "{question}"
    );
    assert!(
        !question.contains("Replace a failing hard drive"),
        "{question}"
    );
    server.shutdown();
}
