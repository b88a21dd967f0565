//! The command line as it is typed: the global options, each command and
//! its own options, and the formats. Parsing only; [`super::run`] and the
//! shells act on it.

use std::path::PathBuf;

use clap::{Parser, Subcommand, ValueEnum};

use crate::lang::{Lang, Words};

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
    /// The language of the quiz's screens: en or es (else LC_ALL,
    /// LC_MESSAGES, LANG or LANGUAGE says; else English)
    #[arg(long, global = true, value_name = "LANG", value_parser = lang_flag)]
    pub lang: Option<Lang>,
    #[command(subcommand)]
    pub command: Option<Command>,
}

/// `--lang`'s value, read by clap. A language careerfit does not have is
/// said in the one the environment names (the flag meant to choose it is
/// the thing that is wrong); clap's own words around it stay English.
fn lang_flag(value: &str) -> Result<Lang, String> {
    Lang::from_flag(value).map_err(|said| said.say(&Words::new(Lang::from_env())))
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

/// A workshop's options, the same for the kiosk (`workshop`) and for a
/// room over SSH (`serve`).
#[derive(Debug, Clone, clap::Args)]
pub struct Group {
    /// A name for this session, e.g. tuesday-class (default: today's date)
    #[arg(long)]
    pub session: Option<String>,
    /// Where to append the results (default: one file per session in the data folder)
    #[arg(long, value_name = "FILE")]
    pub results: Option<PathBuf>,
    /// Ask each participant for a nickname (anonymous otherwise)
    #[arg(long)]
    pub ask_name: bool,
    /// A PIN the facilitator must type to end the workshop
    #[arg(long)]
    pub pin: Option<String>,
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
        #[command(flatten)]
        group: Group,
    },
    /// Let a whole room take the quiz at once over SSH, nothing to install
    ///
    /// Each participant types the ssh line shown and takes the quiz in
    /// their own terminal. Runs until Ctrl-C, which ends every seat with
    /// its answers kept
    #[command(group = clap::ArgGroup::new("access").args(["code", "open"]))]
    Serve {
        /// The port to listen on
        #[arg(long, default_value_t = 2222)]
        port: u16,
        /// The address to listen on (default: every address of this computer)
        #[arg(long, value_name = "ADDR", default_value = "0.0.0.0")]
        bind: std::net::IpAddr,
        /// The join code participants type as their ssh user name (default:
        /// 4 random digits)
        #[arg(long)]
        code: Option<String>,
        /// Let anyone who connects in, with no code
        #[arg(long)]
        open: bool,
        /// The server's key file (default: made once in the data folder and
        /// kept, so returning participants are not warned)
        #[arg(long, value_name = "FILE")]
        host_key: Option<PathBuf>,
        /// At most this many participants at once
        #[arg(long, default_value_t = 60)]
        max_seats: usize,
        #[command(flatten)]
        group: Group,
        /// Show participants as #1, #2... on the console at the start (for
        /// projecting; h shows the names)
        #[arg(long)]
        hide_names: bool,
        /// At most this many connections at once from one network address.
        /// A class behind one router that hides their addresses (NAT) shares
        /// one: then set it to the room's size
        #[arg(long, value_name = "N", default_value_t = crate::serve::door::MAX_PER_ADDRESS)]
        max_per_address: usize,
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
