//! The door of `careerfit serve` (src/serve/door.rs) with real SSH clients
//! on loopback, each test playing several computers (127.0.0.2, .3...):
//! the per-address connection cap, and the brake on guessing the code
//! across connections. The waits themselves are unit-tested in door.rs
//! (no timed assertions here: short waits, and the refusal is asserted).

mod common;

use std::net::{IpAddr, SocketAddr};
use std::path::Path;
use std::time::{Duration, Instant};

use careerfit::lang::Lang;
use careerfit::serve::server::{Access, DoorLimits, Server, code_prompt, wrong_code_prompt};
use russh::client;

use common::cmd::{Home, Run, careerfit_in};
use common::remote::PATIENCE;
use common::served::Served;
use common::ssh_client::{Trusting, answer, connect_from, prompt};

const CODE: &str = "4821";

/// The prompt of an English server: "Session code / Codigo de sesion: ".
fn code() -> String {
    code_prompt(Lang::english())
}

fn server(dir: &Path, limits: DoorLimits) -> Server {
    let options = common::ssh::options(dir, Access::Code(CODE.to_string()), 50);
    Server::start_with(options, limits).unwrap()
}

use common::ssh::runtime;

fn ip(s: &str) -> IpAddr {
    s.parse().unwrap()
}

/// Joins from `from` with the code as user name: whether it got in.
async fn joins(from: IpAddr, server: SocketAddr) -> (bool, client::Handle<Trusting>) {
    let mut session = connect_from(from, server).await;
    let auth = session.authenticate_none(CODE).await.unwrap();
    (auth.success(), session)
}

#[test]
fn one_address_past_its_connections_is_refused_with_words_and_others_still_join() {
    let dir = tempfile::tempdir().unwrap();
    let server = server(
        dir.path(),
        DoorLimits {
            max_per_address: 3,
            ..DoorLimits::default()
        },
    );
    let addr = server.addr();
    runtime().block_on(async {
        let mut laptop = Vec::new();
        for _ in 0..3 {
            let (inside, session) = joins(ip("127.0.0.2"), addr).await;
            assert!(inside, "within the cap");
            laptop.push(session);
        }

        let (inside, mut fourth) = joins(ip("127.0.0.2"), addr).await;
        assert!(!inside, "the right code, but one connection too many");
        let words = prompt(&mut fourth, CODE).await;
        assert_eq!(
            words,
            "\nToo many connections from your network right now (at most 3 at once). Close\n\
             another careerfit window and try again, or ask the person running the\n\
             workshop.\n\n\
             Hay demasiadas conexiones desde su red en este momento (maximo 3 a la vez).\n\
             Cierre otra ventana de careerfit e intentelo otra vez, o preguntele a la\n\
             persona que dirige el taller.\n\n\
             Press Enter to leave / Presione Enter para salir: "
        );
        assert!(!answer(&mut fourth, "").await);

        let (inside, _neighbour) = joins(ip("127.0.0.3"), addr).await;
        assert!(inside, "another computer is not counted with this one");

        // One of the laptop's connections ends: its place is free again
        // (once the server has seen it go).
        let gone = laptop.pop().unwrap();
        gone.disconnect(russh::Disconnect::ByApplication, "", "en")
            .await
            .unwrap();
        drop(gone);
        let deadline = Instant::now() + PATIENCE;
        loop {
            let (inside, _again) = joins(ip("127.0.0.2"), addr).await;
            if inside {
                break;
            }
            assert!(Instant::now() < deadline, "the freed place never came back");
            tokio::time::sleep(Duration::from_millis(20)).await;
        }
    });
    server.shutdown();
}

#[test]
fn wrong_codes_from_one_address_across_connections_lock_it_out_but_not_another_address() {
    let dir = tempfile::tempdir().unwrap();
    let server = server(
        dir.path(),
        DoorLimits {
            free_tries: 1,
            first_wait: Duration::from_millis(1),
            longest_wait: Duration::from_millis(4),
            tries_before_lockout: 4,
            window: Duration::from_secs(3600),
            lockout: Duration::from_secs(3600),
            ..DoorLimits::default()
        },
    );
    let addr = server.addr();
    let guesser = ip("127.0.0.4");
    runtime().block_on(async {
        // Four wrong codes on two connections: as user names and typed.
        let mut first = connect_from(guesser, addr).await;
        assert!(!first.authenticate_none("1111").await.unwrap().success());
        assert_eq!(prompt(&mut first, "1111").await, code());
        assert!(!answer(&mut first, "2222").await);
        let mut second = connect_from(guesser, addr).await;
        assert!(!second.authenticate_none("3333").await.unwrap().success());
        assert_eq!(prompt(&mut second, "3333").await, code());
        assert!(!answer(&mut second, "4444").await);

        // Now the right code from that address is refused too, saying why.
        let mut third = connect_from(guesser, addr).await;
        assert!(!third.authenticate_none(CODE).await.unwrap().success());
        let words = prompt(&mut third, CODE).await;
        assert!(
            words.starts_with(
                "\nToo many wrong session codes from your network. Wait 60 minutes, then try\n\
                 again with the code the person running the workshop shows.\n\n"
            ),
            "{words}"
        );
        assert!(
            words.replace('\n', " ").contains("Espere 60 minutos"),
            "{words}"
        );
        assert!(words.ends_with("Press Enter to leave / Presione Enter para salir: "));
        assert!(!answer(&mut third, CODE).await);
        // The connection that made the last wrong try is refused as well.
        assert_eq!(prompt(&mut second, "3333").await, words);

        // Someone at another computer types the right code: straight in.
        let mut you = connect_from(ip("127.0.0.5"), addr).await;
        assert!(!you.authenticate_none("maria").await.unwrap().success());
        assert_eq!(prompt(&mut you, "maria").await, code());
        assert!(answer(&mut you, CODE).await);
        let (inside, _other) = joins(ip("127.0.0.6"), addr).await;
        assert!(inside);
    });
    server.shutdown();
}

#[test]
fn a_participant_who_mistypes_the_code_then_types_it_right_leaves_no_mark() {
    let dir = tempfile::tempdir().unwrap();
    let server = server(
        dir.path(),
        DoorLimits {
            free_tries: 0,
            first_wait: Duration::from_millis(1),
            longest_wait: Duration::from_millis(4),
            tries_before_lockout: 3,
            ..DoorLimits::default()
        },
    );
    let addr = server.addr();
    let room = ip("127.0.0.7");
    runtime().block_on(async {
        // Three people behind one address each join with their own user
        // name and a typo first: 6 wrong tries, each forgiven by the
        // right code that follows.
        for name in ["ana", "ben", "cy"] {
            let mut session = connect_from(room, addr).await;
            assert!(!session.authenticate_none(name).await.unwrap().success());
            assert_eq!(prompt(&mut session, name).await, code());
            assert!(!answer(&mut session, "4812").await);
            // The next prompt says the code was wrong.
            assert_eq!(
                prompt(&mut session, name).await,
                wrong_code_prompt(Lang::english())
            );
            assert!(answer(&mut session, CODE).await, "{name} gets in");
        }
        let (inside, _last) = joins(room, addr).await;
        assert!(inside, "the address is not locked out");
    });
    server.shutdown();
}

#[test]
fn serve_caps_connections_per_address_as_max_per_address_says() {
    let home = Home::new();
    let served = Served::start(careerfit_in(
        home.path(),
        &[
            "serve",
            "--bind",
            "127.0.0.1",
            "--port",
            "0",
            "--code",
            CODE,
            "--max-per-address",
            "1",
        ],
    ));
    let addr: SocketAddr = ([127, 0, 0, 1], served.port).into();
    runtime().block_on(async {
        let (inside, _first) = joins(ip("127.0.0.2"), addr).await;
        assert!(inside, "{}", served.console);
        let (inside, mut second) = joins(ip("127.0.0.2"), addr).await;
        assert!(!inside);
        let words = prompt(&mut second, CODE).await;
        assert!(words.contains("(at most 1 at once)"), "{words}");
        let (inside, _other) = joins(ip("127.0.0.3"), addr).await;
        assert!(inside);
    });
    let (_, stderr, code) = served.stop();
    assert_eq!(code, Some(0), "{stderr}");
}

#[test]
fn serve_says_a_max_per_address_of_zero_is_not_allowed() {
    let home = Home::new();
    let args = ["serve", "--port", "0", "--max-per-address", "0"];
    let run = Run::of(&mut careerfit_in(home.path(), &args)).failed(&args);
    assert!(
        run.stderr.contains("--max-per-address must be at least 1"),
        "{}",
        run.all()
    );
}
