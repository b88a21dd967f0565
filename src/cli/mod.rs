//! The command line: `check`, `score`, `questions` and `roles`, with the global
//! `--quiz FILE` and `--roles DIR`. Each command writes plain output and
//! returns an exit status; nothing here scores or validates by itself.

mod batch;
mod check;
mod history;
mod questions;
mod report;
mod roles;
mod score;

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand, ValueEnum};

use crate::content::{Content, ContentError};

pub use history::{pick as pick_result, print_warnings};
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
    /// Draw the quiz without colour (as does setting NO_COLOR)
    #[arg(long)]
    pub no_color: bool,
    /// Ask the quiz as plain line-by-line prompts, for screen readers, dumb
    /// terminals and pipes (also chosen when ACCESSIBLE is set, TERM=dumb,
    /// or input or output is not a terminal)
    #[arg(long)]
    pub plain: bool,
    /// Save nothing at all: no progress, no results, no reports (for shared computers)
    #[arg(long)]
    pub no_save: bool,
    #[command(subcommand)]
    pub command: Option<Command>,
}

/// The options that change how a command is shown or kept, per command:
/// each command's help lists only the ones that do something there, worded
/// for that command. Given before the command (`careerfit --plain history`)
/// they are still read, as they always were.
const COMMAND_OPTIONS: &[(&str, &str, &str)] = &[
    (
        "history",
        "plain",
        "Print the list, or the result, as plain text instead of opening the full-screen results",
    ),
    (
        "history",
        "no-color",
        "Show the reopened result without colour (as does setting NO_COLOR)",
    ),
    (
        "report",
        "plain",
        "Print the group's results as text instead of opening the live dashboard",
    ),
    (
        "report",
        "no-color",
        "Draw the live dashboard without colour (as does setting NO_COLOR)",
    ),
    (
        "workshop",
        "plain",
        "Run the kiosk as plain line-by-line prompts, for screen readers and dumb terminals (also chosen when ACCESSIBLE is set or TERM=dumb)",
    ),
    (
        "workshop",
        "no-color",
        "Draw the kiosk without colour (as does setting NO_COLOR)",
    ),
];

/// Options a command accepts so that older command lines keep working, but
/// does not list: `history --no-save` and `workshop --no-save` refuse to
/// run, and `forget --no-save` has its own meaning there.
const HIDDEN_COMMAND_OPTIONS: &[(&str, &str)] = &[
    ("history", "no-save"),
    ("workshop", "no-save"),
    ("forget", "no-save"),
];

impl Cli {
    /// The whole command line, with each command's own options added.
    pub fn command_line() -> clap::Command {
        let flag = |name: &'static str| {
            clap::Arg::new(name)
                .long(name)
                .action(clap::ArgAction::SetTrue)
        };
        let mut command = <Cli as clap::CommandFactory>::command();
        for &(sub, name, help) in COMMAND_OPTIONS {
            command = command.mut_subcommand(sub, |c| c.arg(flag(name).help(help)));
        }
        for &(sub, name) in HIDDEN_COMMAND_OPTIONS {
            command = command.mut_subcommand(sub, |c| c.arg(flag(name).hide(true)));
        }
        // `report` reads results files and `forget` removes saved files:
        // neither loads a quiz. The global --quiz and --roles are still
        // accepted there, but not listed.
        for sub in ["report", "forget"] {
            for name in ["quiz", "roles"] {
                command = command.mut_subcommand(sub, |c| {
                    c.arg(
                        clap::Arg::new(name)
                            .long(name)
                            .hide(true)
                            .value_parser(clap::value_parser!(PathBuf)),
                    )
                });
            }
        }
        command
    }

    /// Parses the process's command line; prints help or the error and
    /// exits, as clap does.
    pub fn parse_args() -> Cli {
        Cli::try_parse_args(std::env::args_os()).unwrap_or_else(|e| e.exit())
    }

    /// Parses a command line (the first item is the program's name).
    pub fn try_parse_args<I, T>(args: I) -> Result<Cli, clap::Error>
    where
        I: IntoIterator<Item = T>,
        T: Into<std::ffi::OsString> + Clone,
    {
        use clap::FromArgMatches;
        let matches = Cli::command_line().try_get_matches_from(args)?;
        let mut cli = Cli::from_arg_matches(&matches)?;
        if let Some((_, sub)) = matches.subcommand() {
            let given = |id: &str| matches!(sub.try_get_one::<bool>(id), Ok(Some(true)));
            cli.plain |= given("plain");
            cli.no_color |= given("no-color");
            cli.no_save |= given("no-save");
        }
        Ok(cli)
    }
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
        /// Remove the workshop results in the data folder instead (and
        /// only those)
        #[arg(long)]
        workshops: bool,
    },
    /// List the quiz's questions by id: what an answers file or a responses
    /// spreadsheet needs
    ///
    /// Text shows each question's id, kind, text and options with their ids;
    /// json the same as an array; csv the header row of a responses
    /// spreadsheet (participant, then every question id) for
    /// `score --answers-csv`
    Questions {
        /// Output format
        #[arg(long, value_enum, default_value_t = QuestionsFormat::Text)]
        format: QuestionsFormat,
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
pub enum QuestionsFormat {
    Text,
    Json,
    /// The header row of a responses spreadsheet
    Csv,
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
    /// The reader of the output went away (a closed pipe): nothing to say.
    ClosedOutput,
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
        return batch::refuse_results_with_answers();
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
        Command::Score { .. } => Err(Failure::Message(
            "score needs --answers FILE or --answers-csv FILE".to_string(),
        )),
        Command::Report {
            files,
            format,
            hide_names,
            ..
        } => exact(report::export(
            files,
            format.unwrap_or(ReportFormat::Text),
            *hide_names,
        )),
        Command::Workshop { .. } => Err(Failure::Message(
            "the workshop kiosk needs a terminal to draw in".to_string(),
        )),
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
        Command::Forget { yes, workshops } => text(history::forget(*yes, *workshops)),
    };
    let written = result.and_then(|output| match output {
        Output::Text(prose) => write_text(&prose),
        Output::Line(line) => write_out(&crate::text::printable(&line)),
        Output::Exact(exact) => write_out(&exact),
        Output::Json(json) => write_out(&crate::text::json_escape_hidden(&json)),
    });
    match written {
        Ok(()) => ExitCode::SUCCESS,
        Err(Failure::ClosedOutput) => ExitCode::from(CLOSED_PIPE),
        Err(failure) => {
            report(&failure);
            ExitCode::FAILURE
        }
    }
}

/// The most problems printed; the rest are counted. A file with 50,000
/// unknown keys needs its first few fixed, not a screenful of thousands.
pub const SHOWN_PROBLEMS: usize = 100;

/// The exit status when the reader of the output went away (a closed pipe,
/// as in `careerfit roles | head -1`): quiet, like a program stopped by
/// SIGPIPE (128 + 13), so a script with `set -o pipefail` sees the output
/// was cut short, but no error is printed.
pub const CLOSED_PIPE: u8 = 141;

/// Prints a failure to stderr, made safe: a file's name, an id or a
/// value quoted from a file cannot send escape sequences to the terminal.
pub fn report(failure: &Failure) {
    let mut err = std::io::stderr().lock();
    // One problem a line, never wrapped: scripts and editors read them as
    // `file:line:column: message`.
    match failure {
        Failure::Content(e) => {
            for problem in e.problems.iter().take(SHOWN_PROBLEMS) {
                let _ = writeln!(
                    err,
                    "error: {}",
                    crate::text::one_line(&problem.to_string())
                );
            }
            let n = e.problems.len();
            if n > SHOWN_PROBLEMS {
                let _ = writeln!(
                    err,
                    "... and {} not shown; fix these first, then check again",
                    crate::text::plural(n - SHOWN_PROBLEMS, "more problem", "more problems")
                );
            }
            let _ = writeln!(
                err,
                "careerfit: found {}; fix {} and try again",
                crate::text::plural(n, "problem", "problems"),
                if n == 1 { "it" } else { "them" }
            );
        }
        Failure::Message(message) => {
            let _ = writeln!(err, "error: {}", crate::text::printable(message));
        }
        Failure::ClosedOutput => {}
    }
}

/// Prose for people, printed to stdout: every character a file could use
/// to control the terminal shown escaped (`text::printable`), and lines
/// wrapped at word boundaries to the terminal's width, keeping indents and
/// long web addresses whole (`text::reflow`). Use this for every printed
/// text a person reads (`roles`, `score --format text`, the exit summary);
/// never for JSON, CSV, Markdown or HTML.
///
/// A write that fails is an error on stderr and exit status 1; a closed
/// pipe exits quietly with [`CLOSED_PIPE`].
pub fn print_text(text: &str) {
    if let Err(failure) = write_text(text) {
        exit_on(failure);
    }
}

/// Writes to stdout exactly as given (JSON, CSV, Markdown, HTML). A write
/// that fails is an error on stderr and exit status 1; a closed pipe exits
/// quietly with [`CLOSED_PIPE`].
pub fn print_out(text: &str) {
    if let Err(failure) = write_out(text) {
        exit_on(failure);
    }
}

fn exit_on(failure: Failure) -> ! {
    match failure {
        Failure::ClosedOutput => std::process::exit(i32::from(CLOSED_PIPE)),
        failure => {
            report(&failure);
            std::process::exit(1)
        }
    }
}

/// [`print_text`]'s work, returning the failure instead of exiting.
fn write_text(text: &str) -> Result<(), Failure> {
    let safe = crate::text::printable(text);
    write_out(&crate::text::reflow(&safe, crate::text::output_width()))
}

/// Writes all of `text` to stdout and flushes it. A closed pipe is
/// [`Failure::ClosedOutput`] (said nowhere); anything else, such as a
/// full disk, is "could not write the output: ...".
fn write_out(text: &str) -> Result<(), Failure> {
    let mut out = std::io::stdout().lock();
    out.write_all(text.as_bytes())
        .and_then(|()| out.flush())
        .map_err(output_failure)
}

/// Why writing to stdout failed: a closed pipe, or the error in words.
pub(super) fn output_failure(e: std::io::Error) -> Failure {
    match e.kind() {
        std::io::ErrorKind::BrokenPipe => Failure::ClosedOutput,
        _ => Failure::Message(format!(
            "could not write the output: {}",
            os_error_words(&e)
        )),
    }
}

/// An operating-system error in words, without the "(os error 28)" code.
pub fn os_error_words(e: &std::io::Error) -> String {
    let shown = e.to_string();
    match shown.rfind(" (os error ") {
        Some(at) => shown[..at].to_string(),
        None => shown,
    }
}
