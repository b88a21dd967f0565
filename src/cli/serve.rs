//! `careerfit serve`: the SSH server for a whole room
//! ([`crate::serve::server`]), with what the counselor's console says: how
//! to join, the host key's fingerprint, where the answers are kept. Runs
//! until Ctrl-C (or SIGTERM, or the terminal closing), then ends every seat
//! with its answers kept.

use std::net::{IpAddr, SocketAddr, UdpSocket};
use std::path::Path;
use std::process::ExitCode;

use signal_hook::consts::{SIGHUP, SIGINT, SIGTERM};
use signal_hook::iterator::Signals;

use super::args::{Cli, Command};
use super::print::{Failure, print_text, report};
use crate::serve::server::{self, Access, Options, Server};
use crate::store::{Store, clock};

/// The longest join code: it is typed as an ssh user name.
const CODE_MAX: usize = 32;

/// Runs `careerfit serve` (`command` is [`Command::Serve`]) until it is
/// stopped.
pub fn run(cli: &Cli, command: &Command) -> ExitCode {
    let fail = |message: String| {
        report(&Failure::Message(message));
        ExitCode::FAILURE
    };
    let Command::Serve {
        port,
        bind,
        code,
        open,
        host_key,
        max_seats,
        max_per_address,
    } = command
    else {
        return fail("not the serve command".to_string());
    };
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
    let content = match super::load_content(cli) {
        Ok(content) => content,
        Err(e) => {
            report(&Failure::Content(e));
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
    let host_key = host_key
        .clone()
        .unwrap_or_else(|| data.join("serve").join("host_key_ed25519"));
    // Stop signals are caught before the server starts, so none is lost.
    let mut signals = match Signals::new([SIGINT, SIGTERM, SIGHUP]) {
        Ok(signals) => signals,
        Err(e) => return fail(format!("cannot catch Ctrl-C: {e}")),
    };
    let limits = server::Limits {
        max_per_address: *max_per_address,
        ..server::Limits::default()
    };
    let server = match Server::start_with(
        Options {
            bind: SocketAddr::new(*bind, *port),
            access: access.clone(),
            host_key,
            workshop: workshop.clone(),
            max_seats: *max_seats,
            content,
        },
        limits,
    ) {
        Ok(server) => server,
        Err(e) => return fail(format!("{e:#}")),
    };
    let hosts = join_hosts(*bind);
    print_text(&console(
        &hosts,
        server.addr().port(),
        &access,
        server.fingerprint(),
        &workshop,
    ));
    let _ = signals.forever().next();
    let seats = server.seats();
    print_text(&format!(
        "\nEnding the workshop: saying goodbye to {}...\n",
        crate::text::plural(seats, "participant", "participants")
    ));
    server.shutdown();
    print_text(&format!(
        "Workshop ended. Everyone's answers are kept in {}\n",
        workshop.display()
    ));
    ExitCode::SUCCESS
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

/// The addresses participants can reach: the one given, or, when
/// listening on every address, the one this computer uses on its network.
fn join_hosts(bind: IpAddr) -> Vec<String> {
    if !bind.is_unspecified() {
        return vec![bind.to_string()];
    }
    // Connecting a UDP socket sends nothing; it only picks the address
    // this computer would use on its network.
    let lan = UdpSocket::bind(("0.0.0.0", 0))
        .and_then(|socket| {
            socket.connect(("192.0.2.1", 9))?;
            socket.local_addr()
        })
        .map(|addr| addr.ip())
        .ok()
        .filter(|ip| !ip.is_unspecified() && !ip.is_loopback());
    match lan {
        Some(ip) => vec![ip.to_string()],
        None => vec!["THIS-COMPUTERS-ADDRESS".to_string()],
    }
}

/// What the counselor's console shows once the server is up.
fn console(
    hosts: &[String],
    port: u16,
    access: &Access,
    fingerprint: &str,
    workshop: &Path,
) -> String {
    let port_part = if port == 22 {
        String::new()
    } else {
        format!("-p {port} ")
    };
    let mut out =
        String::from("careerfit serve: the quiz is open.\n\nTo join, type in a terminal:\n");
    for host in hosts {
        let line = match access {
            Access::Code(code) => format!("    ssh {port_part}{code}@{host}\n"),
            Access::Open => format!("    ssh {port_part}{host}\n"),
        };
        out.push_str(&line);
    }
    out.push_str(
        "The first time, ssh asks \"Are you sure you want to continue connecting?\": type yes.\n",
    );
    // On a line of its own, so the room can read it whole at any width.
    out.push_str(&format!(
        "It shows this key fingerprint, which should match:\n    {fingerprint}\n"
    ));
    if let Access::Code(code) = access {
        out.push_str(&format!(
            "Joined with another user name? Type the session code {code} when asked.\n"
        ));
    }
    out.push_str(&format!(
        "\nAnswers are kept in {}\nPress Ctrl-C to end the workshop.\n",
        workshop.display()
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
        let hosts = vec!["192.168.1.20".to_string()];
        let text = console(
            &hosts,
            2222,
            &Access::Code("4821".to_string()),
            "SHA256:abc",
            Path::new("/w"),
        );
        assert!(
            text.contains("    ssh -p 2222 4821@192.168.1.20\n"),
            "{text}"
        );
        assert!(text.contains("\n    SHA256:abc\n"), "{text}");
        assert!(text.contains("type yes"), "{text}");
        assert!(text.contains("session code 4821"), "{text}");
        let open = console(&hosts, 22, &Access::Open, "SHA256:abc", Path::new("/w"));
        assert!(open.contains("    ssh 192.168.1.20\n"), "{open}");
        assert!(!open.contains("session code"), "{open}");
    }
}
