//! `careerfit serve`: the SSH server for a whole room
//! ([`crate::serve::server`]), with the counselor's console: full screen
//! on a terminal ([`crate::serve::console`]: how to join, the lobby, keys
//! to lock, remove, hide names, see the dashboard and end), or, when
//! output is not a terminal (a script, a test), printed: how to join, the
//! host key's fingerprint, where the answers are kept. Runs until the
//! workshop is ended (q on the console, Ctrl-C, SIGTERM, the terminal
//! closing), then ends every seat with its answers kept.

use std::io::IsTerminal;
use std::net::SocketAddr;
use std::path::Path;
use std::process::ExitCode;

use std::sync::Arc;

use signal_hook::consts::{SIGHUP, SIGINT, SIGTERM};
use signal_hook::iterator::Signals;

use super::args::{Cli, Command};
use super::print::{Failure, print_text, report};
use crate::lang::Words;
use crate::serve::console::{self, Console, Join, join};
use crate::serve::server::{self, Access, Options, Server};
use crate::store::{Store, clock};
use crate::tui::events::Events;
use crate::tui::theme::Theme;

/// The longest join code: it is typed as an ssh user name.
const CODE_MAX: usize = 32;

/// How the workshop's end is waited for: the full-screen console, or
/// the printed one and a stop signal.
enum Waiting {
    Console(Events),
    Printed(Signals),
}

/// Runs `careerfit serve` (`command` is [`Command::Serve`]) until it is
/// stopped.
pub fn run(cli: &Cli, command: &Command) -> ExitCode {
    let fail = |message: String| {
        report(
            &Failure::Message(message.into()),
            &Words::new(super::lang(cli)),
        );
        ExitCode::FAILURE
    };
    let Command::Serve {
        port,
        bind,
        code,
        open,
        host_key,
        max_seats,
        group,
        hide_names,
        max_per_address,
    } = command
    else {
        return fail("not the serve command".to_string());
    };
    let super::args::Group {
        session,
        results,
        ask_name,
        pin,
    } = group;
    if cli.no_save {
        return fail(
            "serve keeps each participant's answers; run it without --no-save".to_string(),
        );
    }
    let access = match (code, open) {
        (_, true) => Access::Open,
        (Some(code), false) => match check_code(code) {
            Ok(()) => Access::Code(code.clone()),
            Err(why) => return fail(why),
        },
        (None, false) => Access::Code(server::new_code()),
    };
    if *max_seats == 0 {
        return fail("--max-seats must be at least 1".to_string());
    }
    if *max_per_address == 0 {
        return fail("--max-per-address must be at least 1".to_string());
    }
    if let Some(Err(why)) = pin.as_deref().map(crate::tui::kiosk::check_pin) {
        return fail(why);
    }
    let content = match server::Contents::load(&super::origin(cli)) {
        Ok(content) => content,
        Err(e) => {
            report(&Failure::Content(e), &Words::new(super::lang(cli)));
            return ExitCode::FAILURE;
        }
    };
    let store = Store::open(false);
    let (Some(data), Some(workshops)) = (store.data_dir.clone(), store.workshops_dir()) else {
        return fail(
            "no home folder to keep the answers and the host key in; set HOME".to_string(),
        );
    };
    let workshop = workshops.join(format!("serve-{}", clock::today()));
    // The results file, as the `workshop` kiosk picks it for the session.
    let session = session.clone().unwrap_or_else(clock::today);
    let results = match results
        .clone()
        .map_or_else(|| crate::start::default_results(&store, &session), Ok)
    {
        Ok(path) => path,
        Err(why) => return fail(why),
    };
    if let Err(why) = crate::start::check_results(&results) {
        return fail(why);
    }
    let host_key = host_key
        .clone()
        .unwrap_or_else(|| data.join("serve").join("host_key_ed25519"));
    // Stop signals are caught before the server starts, so none is lost.
    let interactive = std::io::stdin().is_terminal() && std::io::stdout().is_terminal();
    let caught = if interactive {
        Events::new().map(Waiting::Console)
    } else {
        Signals::new([SIGINT, SIGTERM, SIGHUP]).map(Waiting::Printed)
    };
    let waiting = match caught {
        Ok(waiting) => waiting,
        Err(e) => return fail(format!("cannot catch Ctrl-C: {e}")),
    };
    let door = server::DoorLimits {
        max_per_address: *max_per_address,
        ..server::DoorLimits::default()
    };
    let server = match Server::start_with(
        Options {
            bind: SocketAddr::new(*bind, *port),
            access: access.clone(),
            host_key,
            workshop: workshop.clone(),
            max_seats: *max_seats,
            content,
            session: session.clone(),
            results: results.clone(),
            ask_name: *ask_name,
            limits: Default::default(),
            words: Words::new(super::lang(cli)),
        },
        door,
    ) {
        Ok(server) => server,
        Err(e) => return fail(format!("{e:#}")),
    };
    let join = Join {
        hosts: join::hosts(*bind),
        port: server.addr().port(),
        access,
        fingerprint: server.fingerprint().to_string(),
    };
    let session_name = session;
    let mut failed = false;
    // The counselor's language: --lang, else their locale.
    let counselor_words = crate::lang::Words::new(crate::lang::Lang::choose(cli.lang, |name| {
        std::env::var(name).ok()
    }));
    match waiting {
        Waiting::Printed(mut signals) => {
            print_text(&printed(&counselor_words, &join, &workshop));
            let _ = signals.forever().next();
        }
        Waiting::Console(events) => {
            let mut console = Console::new(
                session_name,
                join,
                Arc::clone(server.roster()),
                Theme::from_env(cli.no_color),
            )
            .speaking(counselor_words)
            .with_pin(pin.clone())
            .with_results(results.clone());
            console.hide_names = *hide_names;
            // The workshop ends gracefully whatever ended the console.
            if let Err(e) = console::run_local(&mut console, &events) {
                report(
                    &Failure::Message(format!("{e:#}").into()),
                    &Words::new(super::lang(cli)),
                );
                failed = true;
            }
        }
    }
    let seats = server.seats();
    // The seats get their goodbyes even when this terminal has gone (the
    // window closed: SIGHUP), so a failed print does not stop the ending.
    let _ = super::print::write_text(&format!(
        "\nEnding the workshop: saying goodbye to {}...\n",
        crate::text::plural(seats, "participant", "participants")
    ));
    server.shutdown();
    let _ = super::print::write_text(&ended(&workshop, &results));
    if failed {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}

/// What is printed once the workshop has ended: where the answers are.
fn ended(workshop: &Path, results: &Path) -> String {
    let mut text = format!(
        "Workshop ended. Everyone's answers are kept in {}\n",
        workshop.display()
    );
    if results.exists() {
        text.push_str(&format!(
            "Recorded results are in {0}\nSee them with: careerfit report {0}\n",
            results.display()
        ));
    } else {
        text.push_str("No one recorded a result, so there is no results file yet.\n");
    }
    text
}

/// A join code is typed as an ssh user name: letters, digits, `-`, `_`
/// or `.`, at most [`CODE_MAX`].
fn check_code(code: &str) -> Result<(), String> {
    let fits = !code.is_empty()
        && code.len() <= CODE_MAX
        && code
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.'));
    if fits {
        Ok(())
    } else {
        Err(format!(
            "--code: use 1 to {CODE_MAX} letters, digits, - _ or . \
             (participants type it as their ssh user name)"
        ))
    }
}

/// What the printed console shows once the server is up (output is not
/// a terminal): how to join, then how to end.
fn printed(words: &crate::lang::Words, join: &Join, workshop: &Path) -> String {
    let mut out = format!(
        "{}\n\n{}\n",
        words.get("console-open"),
        words.get("console-to-join")
    );
    for line in join.ssh_lines() {
        out.push_str(&format!("    {line}\n"));
    }
    out.push_str(&words.get("console-type-yes"));
    // On a line of its own, so the room can read it whole at any width.
    out.push_str(&format!(
        "\n{}\n    {}\n",
        words.get("console-fingerprint"),
        join.fingerprint
    ));
    if let Some(said) = join.code_words_in(words) {
        out.push_str(&said);
        out.push('\n');
    }
    out.push_str(&format!(
        "\n{}\n{}\n",
        words.args(
            "console-kept-in",
            &[("folder", workshop.display().to_string().into())]
        ),
        words.get("console-ctrl-c")
    ));
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_code_is_what_an_ssh_user_name_can_be() {
        assert!(check_code("4821").is_ok());
        assert!(check_code("lab-a_2.b").is_ok());
        assert!(check_code("").is_err());
        assert!(check_code("two words").is_err());
        assert!(check_code("a@b").is_err());
        assert!(check_code(&"9".repeat(33)).is_err());
    }

    #[test]
    fn the_console_gives_the_ssh_line_the_fingerprint_and_the_code() {
        let mut join = Join {
            hosts: vec!["192.168.1.20".to_string()],
            port: 2222,
            access: Access::Code("4821".to_string()),
            fingerprint: "SHA256:abc".to_string(),
        };
        let english = crate::lang::Words::english();
        let text = printed(&english, &join, Path::new("/w"));
        assert!(
            text.contains("    ssh -p 2222 4821@192.168.1.20\n"),
            "{text}"
        );
        assert!(text.contains("\n    SHA256:abc\n"), "{text}");
        assert!(text.contains("type yes"), "{text}");
        assert!(text.contains("session code 4821"), "{text}");
        join.port = 22;
        join.access = Access::Open;
        let open = printed(&english, &join, Path::new("/w"));
        let spanish = crate::lang::Words::new(crate::lang::Lang::find("es").unwrap());
        let dicho = printed(&spanish, &join, Path::new("/w"));
        assert!(dicho.starts_with("careerfit serve: el cuestionario está abierto.\n"));
        assert!(
            dicho.contains("Las respuestas se guardan en /w\n"),
            "{dicho}"
        );
        assert!(open.contains("    ssh 192.168.1.20\n"), "{open}");
        assert!(!open.contains("session code"), "{open}");
    }
}
