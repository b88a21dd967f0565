//! The command line: `check`, `score`, `questions` and `roles`, with the global
//! `--quiz FILE` and `--roles DIR`. Each command writes plain output and
//! returns an exit status; nothing here scores or validates by itself.
//!
//! [`args`] defines the command line, this file dispatches the commands
//! that print ([`run`]), [`print`] writes what they print, and [`shells`]
//! runs the interactive ones (the quiz, a reopened result, the kiosk).

pub mod args;
mod batch;
mod check;
mod history;
pub mod print;
mod questions;
mod report;
mod roles;
mod score;
mod serve;
pub mod shells;

use std::process::ExitCode;

use crate::content::{Content, ContentError, Origin};
use crate::lang::{Lang, Said, Words};

pub use args::{Cli, Command, QuestionsFormat, ReportFormat, RolesFormat, ScoreFormat};
pub use history::{pick as pick_result, print_warnings, warning_line};
pub use print::{CLOSED_PIPE, Failure, SHOWN_PROBLEMS, failure_of, print_out, print_text, report};
pub use roles::{role_markdown, role_markdown_in, role_text, role_text_in};
pub use score::outcome_text;

/// Where the global options say the content is.
pub fn origin(cli: &Cli) -> Origin {
    Origin {
        quiz: cli.quiz.clone(),
        roles: cli.roles.clone(),
    }
}

/// The person's language: `--lang`, else the one the environment names.
pub fn lang(cli: &Cli) -> Lang {
    Lang::choose(cli.lang, |name| std::env::var(name).ok())
}

/// The person's words: those of [`lang`].
pub fn words(cli: &Cli) -> Words {
    Words::new(lang(cli))
}

/// Loads the content the global options name, in the base files' words:
/// what scripts read (JSON is the same in every language) and what a
/// server starts each seat from.
pub fn load_content(cli: &Cli) -> Result<Content, ContentError> {
    origin(cli).load()
}

/// Loads the content the global options name in the person's language
/// ([`lang`]): the quiz's and the roles' texts as people read them.
pub fn load_content_in(cli: &Cli) -> Result<Content, ContentError> {
    origin(cli).load_in(lang(cli))
}

/// What a command printed: prose for people (made safe and wrapped to the
/// terminal by [`print_text`]) or a format for programs and files (JSON,
/// CSV, Markdown, HTML), written as it is.
enum Output {
    Text(String),
    /// One line for scripts (such as `check`'s summary): made safe, not wrapped.
    Line(String),
    /// JSON: hidden characters from files written as `\uXXXX` escapes.
    Json(String),
    Exact(String),
}

/// Runs one non-interactive command and returns the exit status.
pub fn run(cli: &Cli, command: &Command) -> ExitCode {
    if let Command::Score {
        answers: Some(_),
        results: Some(_),
        ..
    } = command
    {
        return batch::refuse_results_with_answers(&Words::new(lang(cli)));
    }
    let text = |r: Result<String, Failure>| r.map(Output::Text);
    let exact = |r: Result<String, Failure>| r.map(Output::Exact);
    let result = match command {
        Command::Check => check::run(cli).map(Output::Line),
        Command::Score {
            answers: Some(answers),
            format,
            ..
        } => {
            let scored = score::run(cli, answers, *format);
            match format {
                ScoreFormat::Text => text(scored),
                ScoreFormat::Json => scored.map(Output::Json),
                ScoreFormat::Markdown | ScoreFormat::Html => exact(scored),
            }
        }
        Command::Score {
            answers_csv: Some(csv),
            results,
            ..
        } => exact(batch::run(cli, csv, results.as_deref())),
        Command::Score { .. } => Err(Failure::Message(Said::new("cli-score-needs-answers"))),
        Command::Report {
            files,
            format,
            hide_names,
            ..
        } => exact(report::export(
            files,
            format.unwrap_or(ReportFormat::Text),
            *hide_names,
            cli.lang,
        )),
        // Runs until Ctrl-C and says what it did itself.
        Command::Serve { .. } => return serve::run(cli, command),
        Command::Workshop { .. } => Err(Failure::Message(Said::new("cli-workshop-no-terminal"))),
        Command::Roles { id, format } => {
            let shown = roles::run(cli, id.as_deref(), *format);
            match format {
                RolesFormat::Text => text(shown),
                RolesFormat::Json => shown.map(Output::Json),
                RolesFormat::Markdown => exact(shown),
            }
        }
        Command::Questions { format } => {
            let shown = questions::run(cli, *format);
            match format {
                QuestionsFormat::Text => text(shown),
                QuestionsFormat::Json => shown.map(Output::Json),
                QuestionsFormat::Csv => exact(shown),
            }
        }
        Command::History { number } => text(history::list(cli, *number)),
        Command::Forget { yes, workshops } => {
            text(history::forget(&Words::new(lang(cli)), *yes, *workshops))
        }
    };
    let written = result.and_then(|output| match output {
        Output::Text(prose) => print::write_text(&prose),
        Output::Line(line) => print::write_out(&crate::text::printable(&line)),
        Output::Exact(exact) => print::write_out(&exact),
        Output::Json(json) => print::write_out(&crate::text::json_escape_hidden(&json)),
    });
    match written {
        Ok(()) => ExitCode::SUCCESS,
        Err(Failure::ClosedOutput) => ExitCode::from(CLOSED_PIPE),
        Err(failure) => {
            report(&failure, &words(cli));
            ExitCode::FAILURE
        }
    }
}
