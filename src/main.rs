//! The `careerfit` binary: parses the command line and hands off to a shell:
//! the full-screen quiz when no command is given, else the command. What a
//! shell starts with is decided in `careerfit::start`, and the shells run
//! in `careerfit::cli::shells`; nothing is decided here.

// No unsafe code in careerfit itself (tests may call libc; see Cargo.toml [lints]).
#![forbid(unsafe_code)]

use std::process::ExitCode;

use careerfit::cli::shells::{self, wants_plain};
use careerfit::cli::{self, Cli, Command};
use careerfit::store::{Store, clock};

fn main() -> ExitCode {
    let args = Cli::parse_args();
    match &args.command {
        None => shells::take_quiz(&args),
        Some(Command::History { number: Some(n) }) if !wants_plain(&args) => {
            shells::reopen(&args, *n)
        }
        Some(Command::Workshop { group }) => workshop(
            &args,
            group.session.as_deref(),
            group.results.as_deref(),
            group.ask_name,
            group.pin.clone(),
        ),
        Some(Command::Report {
            files,
            format: None,
            watch,
            hide_names,
        }) if !wants_plain(&args) => {
            careerfit::dashboard::run(files, *watch, *hide_names, args.no_color, args.lang)
        }
        Some(command) => cli::run(&args, command),
    }
}

/// `careerfit workshop`: the session's name defaults to today's date, and
/// its results file to one named for it in the data folder.
fn workshop(
    args: &Cli,
    session: Option<&str>,
    results: Option<&std::path::Path>,
    ask_name: bool,
    pin: Option<String>,
) -> ExitCode {
    let session = session.map(str::to_string).unwrap_or_else(clock::today);
    let results = match results {
        Some(path) => Ok(path.to_path_buf()),
        None => careerfit::start::default_results(&Store::open(false), &session),
    };
    shells::workshop(args, session, results, ask_name, pin)
}
