//! The `careerfit` binary: parses the command line and hands off to a shell:
//! the full-screen quiz when no command is given, else the command.

use std::io::IsTerminal;
use std::process::ExitCode;

use clap::Parser;

use careerfit::cli::{self, Cli, Command, Failure};
use careerfit::content::{AnswerSheet, Content};
use careerfit::session::{Session, Stage};
use careerfit::store::{Store, clock, history, progress};
use careerfit::summary::outcome_text;
use careerfit::tui::app::App;
use careerfit::tui::autosave::Kept;
use careerfit::tui::{self, Ending, theme::Theme};

fn main() -> ExitCode {
    let args = Cli::parse();
    match &args.command {
        None => take_quiz(&args),
        Some(Command::History { number: Some(n) }) if has_terminal() => reopen(&args, *n),
        Some(command) => cli::run(&args, command),
    }
}

fn has_terminal() -> bool {
    std::io::stdin().is_terminal() && std::io::stdout().is_terminal()
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
    if !has_terminal() {
        cli::report(&Failure::Message(
            "the quiz needs a terminal to draw in; to score answers without one, use \
             `careerfit score --answers FILE`"
                .to_string(),
        ));
        return ExitCode::FAILURE;
    }
    let store = Store::open(args.no_save);
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
    let saved = match cli::pick_result(&results, n) {
        Ok((_, saved)) => saved.clone(),
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
                out.push_str("Your result is saved: `careerfit history` lists your results.\n");
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
