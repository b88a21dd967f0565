//! The `careerfit` binary: parses the command line and hands off to a shell:
//! the full-screen quiz when no command is given, else the command.

use std::io::IsTerminal;
use std::process::ExitCode;

use careerfit::cli::{self, Cli, Command, Failure};
use careerfit::content::{AnswerSheet, Content};
use careerfit::plain::{Plain, PlainEnding};
use careerfit::session::{Session, Stage};
use careerfit::store::{Store, clock, history, progress};
use careerfit::summary::outcome_text;
use careerfit::tui::app::App;
use careerfit::tui::autosave::Kept;
use careerfit::tui::kiosk::Kiosk;
use careerfit::tui::{self, Ending, theme::Theme};

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
    finish(tui::run(app, &store), &quiz)
}

/// `careerfit history N` in a terminal: the saved result in the results screen.
fn reopen(args: &Cli, n: usize) -> ExitCode {
    let content = match load(args) {
        Ok(content) => content,
        Err(code) => return code,
    };
    let store = Store::open(args.no_save);
    let (results, warnings) = history::list(&store);
    for warning in &warnings {
        eprintln!("warning: {warning}");
    }
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
    if saved.quiz_hash != quiz.fingerprint() {
        app.warning = Some(format!(
            "The quiz has changed since this result; it is shown as it was{}.",
            if dropped > 0 {
                format!(" ({dropped} answers no longer fit)")
            } else {
                String::new()
            }
        ));
    }
    finish(tui::run(app, &store), &quiz)
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
    let content = match load(args) {
        Ok(content) => content,
        Err(code) => return code,
    };
    if !has_terminal() {
        return fail("the workshop kiosk needs a terminal to draw in".to_string());
    }
    let session = session
        .map(str::to_string)
        .unwrap_or_else(|| clock::now()[..10].to_string());
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
    let mut app = App::new(content, Theme::from_env(args.no_color));
    app.kiosk = Some(Kiosk::new(session, results.clone(), ask_name, pin));
    let (ending, kept) = match tui::run(app, &Store::nowhere()) {
        Ok(ran) => ran,
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
    cli::print_out(&format!(
        "Workshop ended: {} participant{} recorded in {}.\nShow the group with: careerfit report {}\n",
        kept.participants,
        if kept.participants == 1 { "" } else { "s" },
        results.display(),
        results.display()
    ));
    code
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
fn finish(ran: anyhow::Result<(Ending, Kept)>, quiz: &careerfit::content::Quiz) -> ExitCode {
    let (ending, kept) = match ran {
        Ok(ran) => ran,
        Err(e) => {
            cli::report(&Failure::Message(format!("{e:#}")));
            return ExitCode::FAILURE;
        }
    };
    let mut out = String::new();
    let (outcome, code) = match ending {
        Ending::Left(outcome) => (outcome, ExitCode::SUCCESS),
        Ending::Interrupted(outcome) => {
            eprintln!("careerfit: stopped (Ctrl-C)");
            (outcome, ExitCode::from(130))
        }
        Ending::Signalled(signal) => {
            eprintln!("careerfit: stopped by signal {signal}");
            (None, ExitCode::from(128u8.saturating_add(signal as u8)))
        }
    };
    match outcome {
        Some(outcome) => {
            out.push_str(&outcome_text(quiz, &outcome));
            out.push_str(&format!(
                "\nRead more about a role with: careerfit roles {}\n",
                outcome.ranking[0].role
            ));
            if kept.result.is_some() {
                out.push_str(
                    "Your result is saved. To see your saved results, run: careerfit history\n",
                );
            }
        }
        None if kept.progress => out.push_str(
            "Your answers are saved. Run careerfit again to pick up where you left off.\n",
        ),
        None => out.push_str("You left before the results. Run careerfit again any time.\n"),
    }
    for report in &kept.reports {
        out.push_str(&format!("Report: {}\n", report.display()));
    }
    cli::print_out(&out);
    code
}
