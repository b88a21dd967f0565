//! The `careerfit` binary: parses the command line and hands off to a shell:
//! the full-screen quiz when no command is given, else the command.

// No unsafe code in careerfit itself (tests may call libc; see Cargo.toml [lints]).
#![forbid(unsafe_code)]

use std::io::IsTerminal;
use std::process::ExitCode;

use careerfit::cli::{self, Cli, Command, Failure};
use careerfit::content::{AnswerSheet, Content};
use careerfit::plain::kiosk::{KioskEnding, PlainKiosk};
use careerfit::plain::{Plain, PlainEnding};
use careerfit::session::{Session, Stage};
use careerfit::store::{Store, clock, history, progress};
use careerfit::tui::app::App;
use careerfit::tui::kiosk::{self, Kiosk};
use careerfit::tui::{self, Ended, Ending, theme::Theme};

fn main() -> ExitCode {
    let args = Cli::parse_args();
    match &args.command {
        None => take_quiz(&args),
        Some(Command::History { number: Some(n) }) if !wants_plain(&args) => reopen(&args, *n),
        Some(Command::Workshop {
            session,
            results,
            ask_name,
            pin,
        }) => workshop(
            &args,
            session.as_deref(),
            results.as_deref(),
            *ask_name,
            pin.clone(),
        ),
        Some(Command::Report {
            files,
            format: None,
            watch,
            hide_names,
        }) if !wants_plain(&args) => {
            careerfit::dashboard::run(files, *watch, *hide_names, args.no_color)
        }
        Some(command) => cli::run(&args, command),
    }
}

fn has_terminal() -> bool {
    std::io::stdin().is_terminal() && std::io::stdout().is_terminal()
}

/// Plain line-by-line mode: asked for, or the only thing that can work
/// (a screen reader's ACCESSIBLE, a dumb terminal, a pipe).
fn wants_plain(args: &Cli) -> bool {
    args.plain
        || std::env::var_os("ACCESSIBLE").is_some_and(|v| !v.is_empty())
        || std::env::var("TERM").is_ok_and(|t| t == "dumb")
        || !has_terminal()
}

/// The quiz as plain prompts on stdin and stdout.
fn take_quiz_plain(content: &Content, store: &Store) -> ExitCode {
    let stdin = std::io::stdin();
    let stdout = std::io::stdout();
    let interactive = stdin.is_terminal();
    let mut plain = Plain::new(content, store, stdin.lock(), stdout.lock());
    plain.interactive = interactive;
    match plain.run() {
        Ok(PlainEnding::Finished(_)) => ExitCode::SUCCESS,
        Ok(PlainEnding::Quit { saved }) => {
            cli::print_out(if saved {
                "Your answers are saved. Run careerfit again to pick up where you left off.\n"
            } else {
                "Goodbye. Run careerfit again any time.\n"
            });
            ExitCode::SUCCESS
        }
        Ok(PlainEnding::InputEnded { saved }) => {
            eprintln!(
                "careerfit: the input ended before the quiz was finished; {}",
                if saved {
                    "your answers are saved, and running careerfit again offers to resume"
                } else {
                    "no answers were saved"
                }
            );
            ExitCode::from(3)
        }
        // A closed output (the reader went away): nothing more can be said.
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => ExitCode::from(3),
        Err(e) => {
            cli::report(&Failure::Message(format!("plain mode stopped: {e}")));
            ExitCode::FAILURE
        }
    }
}

fn load(args: &Cli) -> Result<Content, ExitCode> {
    cli::load_content(args).map_err(|e| {
        cli::report(&Failure::Content(e));
        ExitCode::FAILURE
    })
}

fn take_quiz(args: &Cli) -> ExitCode {
    let content = match load(args) {
        Ok(content) => content,
        Err(code) => return code,
    };
    let store = Store::open(args.no_save);
    if wants_plain(args) {
        return take_quiz_plain(&content, &store);
    }
    let quiz = content.quiz.clone();
    let mut app = App::new(content, Theme::from_env(args.no_color));
    match progress::find(&store, &quiz) {
        progress::Found::Unfinished(unfinished) => app.offer = Some(unfinished),
        progress::Found::Damaged(warning) => app.warning = Some(warning),
        progress::Found::Nothing => {}
    }
    finish(tui::terminal::run(app, &store))
}

/// `careerfit history N` in a terminal: the saved result in the results screen.
fn reopen(args: &Cli, n: usize) -> ExitCode {
    let content = match load(args) {
        Ok(content) => content,
        Err(code) => return code,
    };
    let store = Store::open(args.no_save);
    let (results, warnings) = history::list(&store);
    cli::print_warnings(&warnings);
    let (file, saved) = match cli::pick_result(&results, n) {
        Ok((file, saved)) => (file.clone(), saved.clone()),
        Err(failure) => {
            cli::report(&failure);
            return ExitCode::FAILURE;
        }
    };
    if saved.quiz != content.quiz.id {
        cli::report(&Failure::Message(format!(
            "result {n} is from quiz `{}`, but the quiz loaded is `{}`; add --quiz with that quiz's file",
            saved.quiz, content.quiz.id
        )));
        return ExitCode::FAILURE;
    }
    let quiz = content.quiz.clone();
    let (answers, dropped) = AnswerSheet::from_saved(&saved.answers, &quiz);
    let sameness = saved.sameness(&quiz);
    let session = Session::resume(&quiz, answers, Vec::new(), Stage::Results);
    let mut app = App::reopened(
        content,
        Theme::from_env(args.no_color),
        session,
        saved.outcome,
        file,
    );
    app.notice = Some(format!(
        "Your result from {}.",
        clock::readable(&saved.taken_at)
    ));
    // Reworded is the same quiz: nothing to say. An older result's hash
    // cannot be compared: only answers that no longer fit are worth a word.
    let changed = match sameness {
        careerfit::content::Sameness::Changed => true,
        careerfit::content::Sameness::Unknown => dropped > 0,
        _ => false,
    };
    if changed {
        app.warning = Some(format!(
            "The quiz has changed since this result; it is shown as it was{}.",
            if dropped > 0 {
                format!(" ({dropped} answers no longer fit)")
            } else {
                String::new()
            }
        ));
    }
    finish(tui::terminal::run(app, &store))
}

/// `careerfit workshop`: the kiosk, one participant after another, each
/// finished participant appended to the session's results file.
fn workshop(
    args: &Cli,
    session: Option<&str>,
    results: Option<&std::path::Path>,
    ask_name: bool,
    pin: Option<String>,
) -> ExitCode {
    let fail = |message: String| {
        cli::report(&Failure::Message(message));
        ExitCode::FAILURE
    };
    if args.no_save {
        return fail(
            "the workshop kiosk saves each participant's result; run it without --no-save"
                .to_string(),
        );
    }
    if let Some(Err(why)) = pin.as_deref().map(kiosk::check_pin) {
        return fail(why);
    }
    let content = match load(args) {
        Ok(content) => content,
        Err(code) => return code,
    };
    let session = session.map(str::to_string).unwrap_or_else(clock::today);
    let results = match results {
        Some(path) => path.to_path_buf(),
        None => match Store::open(false).data_dir {
            Some(dir) => dir
                .join("workshops")
                .join(format!("{}.jsonl", file_safe(&session))),
            None => {
                return fail(
                    "no data folder is known here; give one with --results FILE".to_string(),
                );
            }
        },
    };
    // Opening a FIFO to write would wait for a reader, silently: look first.
    if let Some(kind) = careerfit::files::not_regular_at(&results) {
        return fail(format!(
            "the results file {} is not a regular file (it is {kind}); give a file with --results FILE",
            results.display(),
        ));
    }
    // Find out now, not after the first participant, if it cannot be written.
    let writable = results
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .map_or(Ok(()), std::fs::create_dir_all)
        .and_then(|()| {
            std::fs::OpenOptions::new()
                .create(true)
                .append(true)
                .open(&results)
        });
    if let Err(e) = writable {
        return fail(format!(
            "the results file cannot be written ({}); choose another with --results FILE",
            careerfit::store::plain_error(&results, &e)
        ));
    }
    let kiosk = Kiosk::new(session, results.clone(), ask_name, pin);
    let (code, recorded) = if wants_plain(args) {
        workshop_plain(&content, kiosk)
    } else {
        let mut app = App::new(content, Theme::from_env(args.no_color));
        app.kiosk = Some(kiosk);
        let Ended { ending, kept, .. } = match tui::terminal::run(app, &Store::nowhere()) {
            Ok(ended) => ended,
            Err(e) => {
                cli::report(&Failure::Message(format!("{e:#}")));
                return ExitCode::FAILURE;
            }
        };
        let code = match ending {
            Ending::Signalled(signal) => {
                eprintln!("careerfit: the workshop was stopped by signal {signal}");
                ExitCode::from(128u8.saturating_add(signal as u8))
            }
            _ => ExitCode::SUCCESS,
        };
        (code, kept.participants)
    };
    cli::print_out(&format!(
        "Workshop ended: {} recorded in {}.\nShow the group with: careerfit report {}\n",
        careerfit::text::plural(recorded as usize, "participant", "participants"),
        results.display(),
        results.display()
    ));
    code
}

/// The workshop kiosk as plain prompts on stdin and stdout. Ctrl-C and
/// Ctrl-\ do not end it on a terminal (as in the full-screen kiosk): the
/// facilitator does, with q. Returns the exit status and how many
/// participants were recorded.
fn workshop_plain(content: &Content, kiosk: Kiosk) -> (ExitCode, u32) {
    let stdin = std::io::stdin();
    let stdout = std::io::stdout();
    let interactive = stdin.is_terminal();
    if interactive {
        use signal_hook::consts::{SIGHUP, SIGINT, SIGQUIT, SIGTERM};
        for signal in [SIGINT, SIGQUIT] {
            let _ = signal_hook::flag::register(
                signal,
                std::sync::Arc::new(std::sync::atomic::AtomicBool::new(false)),
            );
        }
        // SIGTERM or SIGHUP while the PIN is read (raw mode): give the
        // terminal back before leaving.
        if let Ok(mut signals) = signal_hook::iterator::Signals::new([SIGTERM, SIGHUP]) {
            std::thread::spawn(move || {
                if let Some(signal) = signals.forever().next() {
                    let _ = crossterm::terminal::disable_raw_mode();
                    eprintln!("\ncareerfit: the workshop was stopped by signal {signal}");
                    std::process::exit(128 + signal);
                }
            });
        }
    }
    let mut plain = PlainKiosk::new(content, kiosk, stdin.lock(), stdout.lock());
    plain.interactive = interactive;
    plain.width = careerfit::text::output_width();
    if interactive {
        plain.hidden_pin = Some(careerfit::plain::kiosk::read_hidden_pin);
    }
    let ran = plain.run();
    let recorded = plain.recorded();
    drop(plain);
    let code = match ran {
        Ok(KioskEnding::Ended) => ExitCode::SUCCESS,
        Ok(KioskEnding::InputEnded { unfinished: false }) => {
            eprintln!("careerfit: the input ended, so the workshop is over");
            ExitCode::SUCCESS
        }
        Ok(KioskEnding::InputEnded { unfinished: true }) => {
            eprintln!(
                "careerfit: the input ended before a participant's result was recorded; their answers were not saved"
            );
            ExitCode::from(3)
        }
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => ExitCode::from(3),
        Err(e) => {
            cli::report(&Failure::Message(format!("the plain kiosk stopped: {e}")));
            ExitCode::FAILURE
        }
    };
    (code, recorded)
}

/// A session name made safe as a file name.
fn file_safe(name: &str) -> String {
    let safe: String = name
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '-' || c == '_' {
                c
            } else {
                '-'
            }
        })
        .take(60)
        .collect();
    if safe.is_empty() {
        "session".to_string()
    } else {
        safe
    }
}

/// After the terminal is restored: what happened, in plain text.
fn finish(ran: anyhow::Result<Ended>) -> ExitCode {
    let Ended {
        ending, goodbye, ..
    } = match ran {
        Ok(ended) => ended,
        Err(e) => {
            cli::report(&Failure::Message(format!("{e:#}")));
            return ExitCode::FAILURE;
        }
    };
    let code = match ending {
        Ending::Left(_) => ExitCode::SUCCESS,
        Ending::Interrupted(_) => {
            eprintln!("careerfit: stopped (Ctrl-C)");
            ExitCode::from(130)
        }
        Ending::Signalled(signal) => {
            eprintln!("careerfit: stopped by signal {signal}");
            ExitCode::from(128u8.saturating_add(signal as u8))
        }
    };
    cli::print_text(&goodbye);
    code
}
