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
use super::print::{Failure, failure_of, print_text, report};
use crate::content::Languages;
use crate::lang::{Said, Words};
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
    // The counselor's language: --lang, else their locale.
    let words = super::words(cli);
    let fail = |failure: Failure| {
        report(&failure, &words);
        ExitCode::FAILURE
    };
    let refuse = |said: Said| fail(Failure::Message(said));
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
        return refuse(Said::new("cli-serve-not-serve"));
    };
    let super::args::Group {
        session,
        results,
        ask_name,
        pin,
    } = group;
    if cli.no_save {
        return refuse(Said::new("cli-serve-no-save"));
    }
    let access = match (code, open) {
        (_, true) => Access::Open,
        (Some(code), false) => match check_code(code) {
            Ok(()) => Access::Code(code.clone()),
            Err(why) => return refuse(why),
        },
        (None, false) => Access::Code(server::new_code()),
    };
    if *max_seats == 0 {
        return refuse(Said::new("cli-at-least-one").text("flag", "--max-seats"));
    }
    if *max_per_address == 0 {
        return refuse(Said::new("cli-at-least-one").text("flag", "--max-per-address"));
    }
    if let Some(Err(why)) = pin.as_deref().map(crate::tui::kiosk::check_pin) {
        return refuse(why);
    }
    let content = match Languages::all(super::origin(cli)) {
        Ok(content) => Arc::new(content),
        Err(e) => return fail(Failure::Content(e)),
    };
    let store = Store::open(false);
    let (Some(data), Some(workshops)) = (store.data_dir.clone(), store.workshops_dir()) else {
        return refuse(Said::new("cli-serve-no-home"));
    };
    let workshop = workshops.join(format!("serve-{}", clock::today()));
    // The results file, as the `workshop` kiosk picks it for the session.
    let session = session.clone().unwrap_or_else(clock::today);
    let results = match results
        .clone()
        .map_or_else(|| crate::start::default_results(&store, &session), Ok)
    {
        Ok(path) => path,
        Err(why) => return refuse(why),
    };
    if let Err(why) = crate::start::check_results(&results) {
        return refuse(why);
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
        Err(e) => return refuse(Said::new("cli-serve-no-signals").text("why", e)),
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
        Err(e) => return fail(failure_of(&e)),
    };
    let join = Join {
        hosts: join::hosts(*bind),
        port: server.addr().port(),
        access,
        fingerprint: server.fingerprint().to_string(),
    };
    let session_name = session;
    let mut failed = false;
    match waiting {
        Waiting::Printed(mut signals) => {
            print_text(&printed(&words, &join, &workshop), &words);
            let _ = signals.forever().next();
        }
        Waiting::Console(events) => {
            let mut console = Console::new(
                session_name,
                join,
                Arc::clone(server.roster()),
                Theme::from_env(cli.no_color),
            )
            .speaking(words)
            .with_pin(pin.clone())
            .with_results(results.clone());
            console.hide_names = *hide_names;
            // The workshop ends gracefully whatever ended the console.
            if let Err(e) = console::run_local(&mut console, &events) {
                report(&failure_of(&e), &words);
                failed = true;
            }
        }
    }
    let seats = server.seats();
    // The seats get their goodbyes even when this terminal has gone (the
    // window closed: SIGHUP), so a failed print does not stop the ending.
    let ending = words.args("cli-serve-ending", &[("n", seats.into())]);
    let _ = super::print::write_text(&format!("\n{ending}\n"));
    server.shutdown();
    let _ = super::print::write_text(&ended(&words, &workshop, &results));
    if failed {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}

/// What is printed once the workshop has ended: where the answers are.
fn ended(words: &Words, workshop: &Path, results: &Path) -> String {
    let folder = workshop.display().to_string();
    let mut text = words.args("cli-serve-ended", &[("folder", folder.into())]);
    text.push('\n');
    if results.exists() {
        let file = results.display().to_string();
        text.push_str(&words.args("cli-serve-results-in", &[("file", file.into())]));
    } else {
        text.push_str(&words.get("cli-serve-no-results"));
    }
    text.push('\n');
    text
}

/// A join code is typed as an ssh user name: letters, digits, `-`, `_`
/// or `.`, at most [`CODE_MAX`].
fn check_code(code: &str) -> Result<(), Said> {
    let fits = !code.is_empty()
        && code.len() <= CODE_MAX
        && code
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.'));
    if fits {
        Ok(())
    } else {
        Err(Said::new("cli-serve-code").number("most", CODE_MAX))
    }
}

/// What the printed console shows once the server is up (output is not
/// a terminal): how to join, then how to end.
fn printed(words: &Words, join: &Join, workshop: &Path) -> String {
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
