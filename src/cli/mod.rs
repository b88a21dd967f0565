//! The command line: `check`, `score` and `roles`, with the global
//! `--quiz FILE` and `--roles DIR`. Each command writes plain output and
//! returns an exit status; nothing here scores or validates by itself.

mod batch;
mod check;
mod history;
mod report;
mod roles;
mod score;

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand, ValueEnum};

use crate::content::{Content, ContentError};

pub use history::pick as pick_result;
pub use roles::{role_markdown, role_text};
pub use score::outcome_text;

#[derive(Debug, Parser)]
#[command(
    name = "careerfit",
    version,
    about = "A career-fit quiz: which IT role fits you, and why",
    long_about = "A career-fit quiz for the terminal. It asks about the work you enjoy and \
                  recommends one of four IT roles (IT Technician, IT Support Specialist, \
                  IT Specialist, IT Manager), shows why in your own answers, and what the \
                  role is really like.\n\nRun it with no command to take the quiz."
)]
pub struct Cli {
    /// Use this quiz file instead of the built-in quiz
    #[arg(long, global = true, value_name = "FILE")]
    pub quiz: Option<PathBuf>,
    /// Use the role .toml files in this folder instead of the built-in roles
    #[arg(long, global = true, value_name = "DIR")]
    pub roles: Option<PathBuf>,
    /// Draw without colour (as does setting NO_COLOR)
    #[arg(long, global = true)]
    pub no_color: bool,
    /// Plain line-by-line prompts, for screen readers, dumb terminals and
    /// pipes (also chosen when ACCESSIBLE is set, TERM=dumb, or input or
    /// output is not a terminal)
    #[arg(long, global = true)]
    pub plain: bool,
    /// Save nothing at all: no progress, no results, no reports (for shared computers)
    #[arg(long, global = true)]
    pub no_save: bool,
    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Check a quiz and its roles for mistakes
    Check,
    /// Score an answers file, or a spreadsheet of many people's answers
    ///
    /// Scores without the full-screen quiz. With --answers-csv the exit status is 0
    /// when every row was good and 1 when any row had problems (the good
    /// rows are still scored)
    #[command(group = clap::ArgGroup::new("input").required(true).args(["answers", "answers_csv"]))]
    Score {
        /// The answers file (TOML)
        #[arg(long, value_name = "FILE")]
        answers: Option<PathBuf>,
        /// A spreadsheet of many people's answers (CSV: a header row of
        /// question ids, an optional `participant` column)
        #[arg(long, value_name = "FILE", conflicts_with = "format")]
        answers_csv: Option<PathBuf>,
        /// With --answers-csv: add the results to this workshop results
        /// file (JSON Lines) instead of printing them. They are added whole
        /// or not at all; a sheet already added is not added again (said
        /// on stdout; the exit status is as usual)
        #[arg(long, value_name = "FILE", requires = "answers_csv")]
        results: Option<PathBuf>,
        /// Output format
        #[arg(long, value_enum, default_value_t = ScoreFormat::Text)]
        format: ScoreFormat,
    },
    /// Run the quiz as a kiosk for a group, one participant after another
    Workshop {
        /// A name for this session, e.g. tuesday-class (default: today's date)
        #[arg(long)]
        session: Option<String>,
        /// Where to append the results (default: one file per session in the data folder)
        #[arg(long, value_name = "FILE")]
        results: Option<PathBuf>,
        /// Ask each participant for a nickname (anonymous otherwise)
        #[arg(long)]
        ask_name: bool,
        /// A PIN the facilitator must type to end the kiosk
        #[arg(long)]
        pin: Option<String>,
    },
    /// Show a group's results: a live dashboard, or an export for your records
    ///
    /// A file that cannot be read is an error and nothing is
    /// exported (an export missing one laptop would look complete); with
    /// --watch a file not yet created is waited for. Skipped lines are
    /// warned about on stderr
    Report {
        /// Workshop results files (JSON Lines), from one or many machines
        #[arg(required = true, value_name = "FILE")]
        files: Vec<PathBuf>,
        /// Export instead of the dashboard
        #[arg(long, value_enum)]
        format: Option<ReportFormat>,
        /// Keep the dashboard up to date as the files grow
        #[arg(long, conflicts_with = "format")]
        watch: bool,
        /// Hide participants' nicknames (for projecting)
        #[arg(long)]
        hide_names: bool,
    },
    /// List your saved results, or reopen one (1 is the newest)
    History {
        /// The number of a result in the list, to reopen it
        number: Option<usize>,
    },
    /// Remove saved progress, results and reports from this computer
    Forget {
        /// Do not ask first
        #[arg(long)]
        yes: bool,
    },
    /// List the roles, or show one in full
    Roles {
        /// A role id, e.g. technician
        id: Option<String>,
        /// Output format
        #[arg(long, value_enum, default_value_t = RolesFormat::Text)]
        format: RolesFormat,
    },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ScoreFormat {
    Text,
    Json,
    /// A take-home report in Markdown
    Markdown,
    /// A take-home report as one self-contained HTML page that prints well
    Html,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ReportFormat {
    Text,
    Csv,
    Json,
    Markdown,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum RolesFormat {
    Text,
    Json,
    Markdown,
}

/// What a command failed on, already worded for the user.
#[derive(Debug)]
pub enum Failure {
    /// Problems in content or answers files: each printed on its own line.
    Content(ContentError),
    /// Anything else, in one message.
    Message(String),
}

impl From<ContentError> for Failure {
    fn from(e: ContentError) -> Self {
        Failure::Content(e)
    }
}

/// Loads the content the global options name.
pub fn load_content(cli: &Cli) -> Result<Content, ContentError> {
    Content::load(cli.quiz.as_deref(), cli.roles.as_deref())
}

/// Runs one non-interactive command and returns the exit status.
pub fn run(cli: &Cli, command: &Command) -> ExitCode {
    if let Command::Score {
        answers: Some(_),
        results: Some(_),
        ..
    } = command
    {
        return batch::refuse_results_with_answers();
    }
    let result = match command {
        Command::Check => check::run(cli),
        Command::Score {
            answers: Some(answers),
            format,
            ..
        } => score::run(cli, answers, *format),
        Command::Score {
            answers_csv: Some(csv),
            results,
            ..
        } => batch::run(cli, csv, results.as_deref()),
        Command::Score { .. } => Err(Failure::Message(
            "score needs --answers FILE or --answers-csv FILE".to_string(),
        )),
        Command::Report {
            files,
            format,
            hide_names,
            ..
        } => report::export(files, format.unwrap_or(ReportFormat::Text), *hide_names),
        Command::Workshop { .. } => Err(Failure::Message(
            "the workshop kiosk needs a terminal to draw in".to_string(),
        )),
        Command::Roles { id, format } => roles::run(cli, id.as_deref(), *format),
        Command::History { number } => history::list(cli, *number),
        Command::Forget { yes } => history::forget(cli, *yes),
    };
    match result {
        Ok(output) => {
            print_out(&output);
            ExitCode::SUCCESS
        }
        Err(failure) => {
            report(&failure);
            ExitCode::FAILURE
        }
    }
}

/// Prints a failure to stderr.
pub fn report(failure: &Failure) {
    let mut err = std::io::stderr().lock();
    match failure {
        Failure::Content(e) => {
            for problem in &e.problems {
                let _ = writeln!(err, "error: {problem}");
            }
            let n = e.problems.len();
            let _ = writeln!(
                err,
                "careerfit: found {n} problem{}; fix {} and try again",
                if n == 1 { "" } else { "s" },
                if n == 1 { "it" } else { "them" }
            );
        }
        Failure::Message(message) => {
            let _ = writeln!(err, "error: {message}");
        }
    }
}

/// Writes to stdout; a closed pipe (`careerfit roles | head`) is not an error.
pub fn print_out(text: &str) {
    let mut out = std::io::stdout().lock();
    let _ = out.write_all(text.as_bytes()).and_then(|_| out.flush());
}
