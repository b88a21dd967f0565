//! The door of a served room in the participants' languages (issue 13):
//! the code prompt and the door's refusals are shown before the client
//! sends its LANG, so they come in every shipped language, the server's
//! first, as the real OpenSSH client shows them (ASCII: OpenSSH turns
//! accents into octal escapes outside a UTF-8 locale and on Windows). A
//! client that sends no locale, as Windows' OpenSSH, sits in the server's
//! language.

mod common;

use std::net::IpAddr;
use std::path::Path;

use careerfit::lang::{Lang, Words};
use careerfit::serve::server::{Access, DoorLimits, Server};

use common::cmd::{Run, careerfit_in};
use common::remote::PATIENCE;
use common::ssh::{openssh, runtime};
use common::ssh_client::{answer, connect_from, prompt};

const CODE: &str = "4821";

fn spanish() -> Words {
    Words::new(Lang::find("es").unwrap())
}

/// A room with the join code, its server in `words`.
fn server(dir: &Path, words: Words, limits: DoorLimits) -> Server {
    let mut options = common::ssh::options(dir, Access::Code(CODE.to_string()), 10);
    options.words = words;
    Server::start_with(options, limits).unwrap()
}

#[test]
fn openssh_shows_the_code_prompt_in_spanish_and_english_and_a_wrong_code_says_so() {
    let dir = tempfile::tempdir().unwrap();
    let server = server(dir.path(), spanish(), DoorLimits::default());
    let home = tempfile::tempdir().unwrap();
    let Some(mut pty) = openssh(home.path(), server.addr(), "maria", false) else {
        eprintln!("no ssh on this machine: skipped");
        return;
    };
    pty.wait_for(
        "(maria@127.0.0.1) Codigo de sesion / Session code:",
        PATIENCE,
    );
    pty.send(b"1111\r");
    pty.wait_for("(maria@127.0.0.1) Codigo incorrecto / Wrong code", PATIENCE);
    pty.wait_for("Wrong code\nCodigo de sesion / Session code:", PATIENCE);
    let screen = pty.screen();
    assert!(!screen.contains('\\'), "no octal escapes: {screen}");
    pty.send(format!("{CODE}\r").as_bytes());
    // OpenSSH sent no LANG (no SendEnv): the seat speaks the server's
    // language.
    pty.wait_for("Presione Enter para empezar.", PATIENCE);
    pty.send(b"\x03");
    let (status, _) = pty.wait_exit(PATIENCE);
    assert!(status.success(), "{status}: {}", pty.screen());
    server.shutdown();
}

#[test]
fn too_many_connections_from_one_network_is_said_in_spanish_first() {
    let dir = tempfile::tempdir().unwrap();
    let limits = DoorLimits {
        max_per_address: 1,
        ..DoorLimits::default()
    };
    let server = server(dir.path(), spanish(), limits);
    let laptop: IpAddr = "127.0.0.2".parse().unwrap();
    runtime().block_on(async {
        let mut first = connect_from(laptop, server.addr()).await;
        assert!(first.authenticate_none(CODE).await.unwrap().success());
        let mut second = connect_from(laptop, server.addr()).await;
        assert!(!second.authenticate_none(CODE).await.unwrap().success());
        let words = prompt(&mut second, CODE).await;
        assert_eq!(
            words,
            "\nHay demasiadas conexiones desde su red en este momento (maximo 1 a la vez).\n\
             Cierre otra ventana de careerfit e intentelo otra vez, o preguntele a la\n\
             persona que dirige el taller.\n\n\
             Too many connections from your network right now (at most 1 at once). Close\n\
             another careerfit window and try again, or ask the person running the\n\
             workshop.\n\n\
             Presione Enter para salir / Press Enter to leave: "
        );
        assert!(!answer(&mut second, "").await);
    });
    server.shutdown();
}

#[test]
fn a_locked_out_network_is_told_how_long_to_wait_in_spanish() {
    let dir = tempfile::tempdir().unwrap();
    let limits = DoorLimits {
        free_tries: 0,
        first_wait: std::time::Duration::from_millis(1),
        longest_wait: std::time::Duration::from_millis(1),
        tries_before_lockout: 2,
        ..DoorLimits::default()
    };
    let server = server(dir.path(), spanish(), limits);
    let guesser: IpAddr = "127.0.0.3".parse().unwrap();
    runtime().block_on(async {
        let mut session = connect_from(guesser, server.addr()).await;
        assert!(!session.authenticate_none("1111").await.unwrap().success());
        assert!(
            prompt(&mut session, "1111")
                .await
                .starts_with("Codigo de sesion")
        );
        assert!(!answer(&mut session, "2222").await);
        let mut again = connect_from(guesser, server.addr()).await;
        assert!(!again.authenticate_none(CODE).await.unwrap().success());
        let words = prompt(&mut again, CODE).await.replace('\n', " ");
        assert!(
            words.starts_with(
                " Se escribieron demasiados codigos de sesion incorrectos desde su red. \
                 Espere 10 minutos y vuelva a intentarlo"
            ),
            "{words}"
        );
        assert!(words.contains("Wait 10 minutes"), "{words}");
    });
    server.shutdown();
}

#[test]
fn a_full_room_tells_a_client_without_a_locale_in_every_language() {
    let dir = tempfile::tempdir().unwrap();
    let mut options = common::ssh::options(dir.path(), Access::Open, 1);
    options.words = spanish();
    let server = Server::start(options).unwrap();
    let mut first = common::ssh::join_with(server.addr(), &[]);
    first.wait_for("Presione Enter para empezar.");
    let mut second = common::ssh::join_with(server.addr(), &[]);
    let refused = second.wait_for("this workshop is full");
    assert!(refused.contains("este taller está lleno"), "{refused}");
    let spanish_at = refused.find("lleno").unwrap();
    assert!(spanish_at < refused.find("full").unwrap(), "{refused}");
    // One who said their language hears only it.
    let mut third = common::ssh::join_with(server.addr(), &[("LANG", "en_US.UTF-8")]);
    let refused = third.wait_for("this workshop is full");
    assert!(!refused.contains("lleno"), "{refused}");
    server.shutdown();
}

#[test]
fn a_bad_host_key_is_said_in_the_counselors_language() {
    let home = tempfile::tempdir().unwrap();
    let key = home.path().join("host_key");
    std::fs::write(&key, "not a key").unwrap();
    let key = key.display().to_string();
    let serve = [
        "serve",
        "--bind",
        "127.0.0.1",
        "--port",
        "0",
        "--host-key",
        &key,
    ];
    let args: Vec<&str> = ["--lang", "es"].iter().chain(&serve).copied().collect();
    let run = Run::of(&mut careerfit_in(home.path(), &args)).failed(&args);
    assert!(
        run.stderr
            .contains("no es una clave privada de OpenSSH; muévala"),
        "{}",
        run.all()
    );
    let mut spanish_locale = careerfit_in(home.path(), &serve);
    spanish_locale.env("LANG", "es_US.UTF-8");
    let run = Run::of(&mut spanish_locale).failed(&serve);
    assert!(
        run.stderr.contains("no es una clave privada"),
        "{}",
        run.all()
    );
    let run = Run::of(&mut careerfit_in(home.path(), &serve)).failed(&serve);
    assert!(
        run.stderr
            .contains("not an OpenSSH private key; move it away"),
        "{}",
        run.all()
    );
}
