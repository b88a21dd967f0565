//! The command line as it is typed: the global options, each command and
//! its own options, and the formats. Parsing only; [`super::run`] and the
//! shells act on it.
//!
//! The help careerfit writes (each command's about, each option's help, the
//! placeholders such as `<FILE>`, and clap's headings and `--help`/`--version`
//! lines) is in the reader's language: locales/<lang>/help.ftl, set on the
//! command line by [`Cli::command_in`]. The language is read from the raw
//! arguments (`--lang`) or the environment before clap parses, so
//! `careerfit --lang es --help` is Spanish. clap's own words around a usage
//! mistake ("unexpected argument ...", "[default: ...]") stay English: clap
//! offers no way to give them.

use std::ffi::OsString;
use std::path::PathBuf;

use clap::builder::{PossibleValue, PossibleValuesParser, TypedValueParser};
use clap::{Arg, ArgAction, Parser, Subcommand, ValueEnum};

use crate::lang::{Lang, Words};

// No doc comments on the options and commands below: clap would take them
// as the help, and the help is the catalogue's (`help_of`, `about_of`).
#[derive(Debug, Parser)]
#[command(name = "careerfit", version)]
pub struct Cli {
    #[arg(long, global = true, value_name = "FILE")]
    pub quiz: Option<PathBuf>,
    #[arg(long, global = true, value_name = "DIR")]
    pub roles: Option<PathBuf>,
    #[arg(long)]
    pub no_color: bool,
    #[arg(long)]
    pub plain: bool,
    #[arg(long)]
    pub no_save: bool,
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

/// The language the help is written in: the last valid `--lang X` or
/// `--lang=X` among the raw arguments (before a `--`), else the
/// environment's. An invalid one is skipped here; clap reports it.
pub fn help_lang(args: &[OsString]) -> Lang {
    let mut found = None;
    let mut args = args.iter().skip(1).map(|a| a.to_string_lossy());
    while let Some(arg) = args.next() {
        if arg == "--" {
            break;
        }
        let value = if arg == "--lang" {
            args.next().map(|v| v.into_owned())
        } else {
            arg.strip_prefix("--lang=").map(str::to_string)
        };
        if let Some(lang) = value.and_then(|v| Lang::from_flag(&v).ok()) {
            found = Some(lang);
        }
    }
    found.unwrap_or_else(Lang::from_env)
}

/// The options that change how a command is shown or kept, per command:
/// each command's help lists only the ones that do something there, worded
/// for that command (`help_of`). Given before the command (`careerfit
/// --plain history`) they are still read, as they always were.
const COMMAND_OPTIONS: &[(&str, &str)] = &[
    ("history", "plain"),
    ("history", "no-color"),
    ("report", "plain"),
    ("report", "no-color"),
    ("workshop", "plain"),
    ("workshop", "no-color"),
];

/// Options a command accepts so that older command lines keep working, but
/// does not list: `history --no-save` and `workshop --no-save` refuse to
/// run, and `forget --no-save` has its own meaning there.
const HIDDEN_COMMAND_OPTIONS: &[(&str, &str)] = &[
    ("history", "no-save"),
    ("workshop", "no-save"),
    ("forget", "no-save"),
];

/// A command's about (the first line of its help, and its line in the
/// list of commands) and, for some, more said in its `--help` only.
fn about_of(words: &Words, command: &str) -> Option<(String, Option<String>)> {
    let more = |about: String, more: String| {
        let long = format!("{about}\n\n{more}");
        Some((about, Some(long)))
    };
    match command {
        "careerfit" => Some((
            words.get("help-about"),
            Some(format!(
                "{}\n\n{}",
                words.get("help-long-about"),
                words.get("help-long-about-run")
            )),
        )),
        "check" => Some((words.get("help-check"), None)),
        "score" => more(words.get("help-score"), words.get("help-score-more")),
        "workshop" => Some((words.get("help-workshop"), None)),
        "serve" => more(words.get("help-serve"), words.get("help-serve-more")),
        "report" => more(words.get("help-report"), words.get("help-report-more")),
        "history" => Some((words.get("help-history"), None)),
        "forget" => Some((words.get("help-forget"), None)),
        "questions" => more(
            words.get("help-questions"),
            words.get("help-questions-more"),
        ),
        "roles" => Some((words.get("help-roles"), None)),
        "help" => Some((words.get("help-command-help"), None)),
        _ => None,
    }
}

/// An option's or argument's help in `command` (by clap's id: the field's
/// name, or the long name of an option added by hand).
fn help_of(words: &Words, command: &str, arg: &str) -> Option<String> {
    Some(match (command, arg) {
        (_, "quiz") => words.get("help-quiz"),
        (_, "roles") => words.get("help-roles-folder"),
        (_, "lang") => words.get("help-lang"),
        ("careerfit", "no_color") => words.get("help-no-color"),
        ("careerfit", "plain") => words.get("help-plain"),
        ("careerfit", "no_save") => words.get("help-no-save"),
        ("history", "plain") => words.get("help-history-plain"),
        ("history", "no-color") => words.get("help-history-no-color"),
        ("report", "plain") => words.get("help-report-plain"),
        ("report", "no-color") => words.get("help-report-no-color"),
        ("workshop", "plain") => words.get("help-workshop-plain"),
        ("workshop", "no-color") => words.get("help-workshop-no-color"),
        ("score", "answers") => words.get("help-score-answers"),
        ("score", "answers_csv") => words.get("help-score-answers-csv"),
        ("score", "results") => words.get("help-score-results"),
        ("score" | "questions" | "roles", "format") => words.get("help-format"),
        ("workshop" | "serve", "session") => words.get("help-group-session"),
        ("workshop" | "serve", "results") => words.get("help-group-results"),
        ("workshop" | "serve", "ask_name") => words.get("help-group-ask-name"),
        ("workshop" | "serve", "pin") => words.get("help-group-pin"),
        ("serve", "port") => words.get("help-serve-port"),
        ("serve", "bind") => words.get("help-serve-bind"),
        ("serve", "code") => words.get("help-serve-code"),
        ("serve", "open") => words.get("help-serve-open"),
        ("serve", "host_key") => words.get("help-serve-host-key"),
        ("serve", "max_seats") => words.get("help-serve-max-seats"),
        ("serve", "hide_names") => words.get("help-serve-hide-names"),
        ("serve", "max_per_address") => words.get("help-serve-max-per-address"),
        ("report", "files") => words.get("help-report-files"),
        ("report", "format") => words.get("help-report-format"),
        ("report", "watch") => words.get("help-report-watch"),
        ("report", "hide_names") => words.get("help-report-hide-names"),
        ("history", "number") => words.get("help-history-number"),
        ("forget", "yes") => words.get("help-forget-yes"),
        ("forget", "workshops") => words.get("help-forget-workshops"),
        ("roles", "id") => words.get("help-roles-id"),
        ("help", "subcommand") => words.get("help-command-help-subcommand"),
        _ => return None,
    })
}

/// A value's placeholder (`<FILE>`) in the reader's language, by the
/// English one clap has.
fn value_name_of(words: &Words, name: &str) -> Option<&'static str> {
    Some(match name {
        "FILE" => words.word("help-value-file"),
        "DIR" => words.word("help-value-dir"),
        "LANG" => words.word("help-value-lang"),
        "ADDR" => words.word("help-value-addr"),
        "N" => words.word("help-value-n"),
        "FORMAT" => words.word("help-value-format"),
        "PORT" => words.word("help-value-port"),
        "CODE" => words.word("help-value-code"),
        "PIN" => words.word("help-value-pin"),
        "SESSION" => words.word("help-value-session"),
        "NUMBER" => words.word("help-value-number"),
        "ID" => words.word("help-value-id"),
        "MAX_SEATS" => words.word("help-value-max-seats"),
        "COMMAND" => words.word("help-value-command"),
        _ => return None,
    })
}

/// The help of a format's values that say more than their name.
fn score_format_help(words: &Words, value: &str) -> Option<String> {
    match value {
        "markdown" => Some(words.get("help-score-format-markdown")),
        "html" => Some(words.get("help-score-format-html")),
        _ => None,
    }
}

/// The help of `questions --format`'s values that say more than their name.
fn questions_format_help(words: &Words, value: &str) -> Option<String> {
    match value {
        "csv" => Some(words.get("help-questions-format-csv")),
        _ => None,
    }
}

/// A parser of a format's values that lists them with `describe`'s help,
/// and gives the format (as clap's own parser of a [`ValueEnum`] does).
fn described<E>(describe: impl Fn(&str) -> Option<String>) -> impl TypedValueParser<Value = E>
where
    E: ValueEnum + Clone + Send + Sync + 'static,
{
    let values: Vec<PossibleValue> = E::value_variants()
        .iter()
        .filter_map(ValueEnum::to_possible_value)
        .map(|value| match describe(value.get_name()) {
            Some(help) => value.help(help),
            None => value,
        })
        .collect();
    PossibleValuesParser::new(values).try_map(|name| E::from_str(&name, false))
}

/// clap's help layout, with the usage heading in the reader's language.
fn template(command: &clap::Command, words: &Words) -> String {
    let style = command.get_styles().get_usage();
    format!(
        "{{before-help}}{{about-with-newline}}\n{}{}:{} {{usage}}\n\n{{all-args}}{{after-help}}",
        style.render(),
        words.get("help-heading-usage"),
        style.render_reset()
    )
}

/// Whether `--help` says more than `-h` (clap's own rule, which its
/// generated `--help` follows).
fn says_more_with_long_help(command: &clap::Command) -> bool {
    command.get_long_about().is_some()
        || command.get_arguments().any(|arg| {
            !arg.is_hide_set()
                && (arg.get_long_help().is_some()
                    || (!arg.is_hide_possible_values_set()
                        && arg
                            .get_possible_values()
                            .iter()
                            .any(|v| v.get_help().is_some() && !v.is_hide_set())))
        })
}

/// One option or argument of `command` in the reader's words: its help,
/// its placeholder, its heading, and the help of a format's values.
fn dress_arg(arg: Arg, words: &Words, command: &str) -> Arg {
    let id = arg.get_id().as_str().to_string();
    let mut arg = match help_of(words, command, &id) {
        Some(help) => arg.help(help),
        None => arg,
    };
    let names: Option<Vec<clap::builder::Str>> = arg.get_value_names().map(|names| {
        names
            .iter()
            .map(|name| value_name_of(words, name).map_or_else(|| name.clone(), Into::into))
            .collect()
    });
    if let Some(names) = names {
        arg = arg.value_names(names);
    }
    let heading = if arg.is_positional() {
        words.word("help-heading-arguments")
    } else {
        words.word("help-heading-options")
    };
    arg = arg.help_heading(heading);
    match (command, id.as_str()) {
        ("score", "format") => {
            arg.value_parser(described::<ScoreFormat>(|v| score_format_help(words, v)))
        }
        ("questions", "format") => arg.value_parser(described::<QuestionsFormat>(|v| {
            questions_format_help(words, v)
        })),
        _ => arg,
    }
}

/// One command in the reader's words: its about, its options', the layout
/// with the headings, and its own `-h, --help` worded to match.
fn dress(command: clap::Command, words: &Words) -> clap::Command {
    let name = command.get_name().to_string();
    let mut command = match about_of(words, &name) {
        Some((about, Some(long))) => command.about(about).long_about(long),
        Some((about, None)) => command.about(about),
        None => command,
    };
    let layout = template(&command, words);
    command = command
        .mut_args(|arg| dress_arg(arg, words, &name))
        .help_template(layout)
        .disable_help_flag(true);
    let help = Arg::new("help")
        .short('h')
        .long("help")
        .action(ArgAction::Help)
        .display_order(999)
        .help_heading(words.word("help-heading-options"));
    let help = if says_more_with_long_help(&command) {
        help.help(words.get("help-help-more"))
            .long_help(words.get("help-help-summary"))
    } else {
        help.help(words.get("help-help"))
    };
    command.arg(help)
}

impl Cli {
    /// The whole command line, with each command's own options added, its
    /// help in the language the environment names.
    pub fn command_line() -> clap::Command {
        Cli::command_in(&Words::new(Lang::from_env()))
    }

    /// The whole command line, with each command's own options added, its
    /// help in `words`' language.
    pub fn command_in(words: &Words) -> clap::Command {
        let command = Cli::shape()
            .subcommand_help_heading(words.word("help-heading-commands"))
            .subcommand_value_name(words.word("help-value-command"))
            .mut_arg("version", |version| {
                version
                    .help_heading(words.word("help-heading-options"))
                    .help(words.get("help-version"))
            });
        let command = dress(command, words).mut_subcommands(|c| dress(c, words));
        in_usage_words(command, words)
    }

    /// What the command line accepts, with no help written yet: enough to
    /// read a command line that is right without building the help in a
    /// language (that costs more than the rest of the parse; see
    /// [`Cli::try_parse_args`]).
    fn shape() -> clap::Command {
        let flag = |name: &'static str| Arg::new(name).long(name).action(ArgAction::SetTrue);
        let mut command = <Cli as clap::CommandFactory>::command();
        for &(sub, name) in COMMAND_OPTIONS {
            command = command.mut_subcommand(sub, |c| c.arg(flag(name)));
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
                        Arg::new(name)
                            .long(name)
                            .hide(true)
                            .value_parser(clap::value_parser!(PathBuf)),
                    )
                });
            }
        }
        // clap's own `help` command and `--version` are English only: these
        // are the same, in the reader's words (`careerfit help score` is
        // `careerfit score --help`: see `try_parse_args`).
        let help_command = clap::Command::new("help").arg(
            Arg::new("subcommand")
                .action(ArgAction::Append)
                .num_args(..)
                .value_name("COMMAND"),
        );
        command
            .disable_help_subcommand(true)
            .subcommand(help_command)
            .disable_version_flag(true)
            .arg(
                Arg::new("version")
                    .short('V')
                    .long("version")
                    .action(ArgAction::Version)
                    .display_order(999),
            )
    }

    /// Parses the process's command line; prints help or the error and
    /// exits, as clap does.
    pub fn parse_args() -> Cli {
        Cli::try_parse_args(std::env::args_os()).unwrap_or_else(|e| e.exit())
    }

    /// Parses a command line (the first item is the program's name). The
    /// help is in the language `--lang` or the environment names.
    pub fn try_parse_args<I, T>(args: I) -> Result<Cli, clap::Error>
    where
        I: IntoIterator<Item = T>,
        T: Into<OsString> + Clone,
    {
        use clap::FromArgMatches;
        let args: Vec<OsString> = args.into_iter().map(Into::into).collect();
        // A command line that is right is read without the help; the help,
        // `--version`, `help COMMAND` or a mistake is read again with the
        // help in the reader's words, and clap's answer shows it.
        let matches = match Cli::shape().try_get_matches_from(args.iter()) {
            Ok(matches) if !matches!(matches.subcommand(), Some(("help", _))) => matches,
            _ => Cli::worded(&args)?,
        };
        let mut cli = Cli::from_arg_matches(&matches)?;
        if let Some((_, sub)) = matches.subcommand() {
            let given = |id: &str| matches!(sub.try_get_one::<bool>(id), Ok(Some(true)));
            cli.plain |= given("plain");
            cli.no_color |= given("no-color");
            cli.no_save |= given("no-save");
        }
        Ok(cli)
    }

    /// `args` read with the help in the reader's language (see
    /// [`help_lang`]): clap's error is the help, the version or the
    /// mistake, said in it.
    fn worded(args: &[OsString]) -> Result<clap::ArgMatches, clap::Error> {
        let words = Words::new(help_lang(args));
        let mut command = Cli::command_in(&words);
        let matches = command.try_get_matches_from_mut(args.iter())?;
        if let Some(("help", asked)) = matches.subcommand() {
            // `careerfit help score`: the help `careerfit score --help` prints.
            let program = args.first().cloned().unwrap_or_else(|| "careerfit".into());
            let names = asked
                .get_many::<String>("subcommand")
                .into_iter()
                .flatten()
                .map(OsString::from);
            let help = std::iter::once(program)
                .chain(names)
                .chain(std::iter::once(OsString::from("--help")));
            command.try_get_matches_from_mut(help)?;
        }
        Ok(matches)
    }
}

/// The usage lines with clap's `[OPTIONS]` in the reader's words (clap
/// offers no setting for it): each command's usage as clap makes it, with
/// that one word changed. English is left as clap writes it.
fn in_usage_words(command: clap::Command, words: &Words) -> clap::Command {
    let options = words.get("help-usage-options");
    if options == "[OPTIONS]" {
        return command;
    }
    let usage_of = |c: &mut clap::Command| {
        let usage = c.render_usage().to_string();
        let usage = usage.split_once(' ').map_or(usage.as_str(), |(_, u)| u);
        usage.replace("[OPTIONS]", &options)
    };
    let mut built = command.clone();
    built.build();
    let top = usage_of(&mut built);
    let subs: Vec<(String, String)> = built
        .get_subcommands_mut()
        .map(|c| (c.get_name().to_string(), usage_of(c)))
        .collect();
    let mut command = command.override_usage(top);
    for (name, usage) in subs {
        if command.find_subcommand(&name).is_some() {
            command = command.mut_subcommand(&name, |c| c.override_usage(usage));
        }
    }
    command
}

/// A workshop's options, the same for the kiosk (`workshop`) and for a
/// room over SSH (`serve`).
#[derive(Debug, Clone, clap::Args)]
pub struct Group {
    #[arg(long)]
    pub session: Option<String>,
    #[arg(long, value_name = "FILE")]
    pub results: Option<PathBuf>,
    #[arg(long)]
    pub ask_name: bool,
    #[arg(long)]
    pub pin: Option<String>,
}

/// careerfit's commands (each one's help: `about_of`, `help_of`).
#[derive(Debug, Subcommand)]
pub enum Command {
    Check,
    #[command(group = clap::ArgGroup::new("input").required(true).args(["answers", "answers_csv"]))]
    Score {
        #[arg(long, value_name = "FILE")]
        answers: Option<PathBuf>,
        #[arg(long, value_name = "FILE", conflicts_with = "format")]
        answers_csv: Option<PathBuf>,
        #[arg(long, value_name = "FILE", requires = "answers_csv")]
        results: Option<PathBuf>,
        #[arg(long, value_enum, default_value_t = ScoreFormat::Text)]
        format: ScoreFormat,
    },
    Workshop {
        #[command(flatten)]
        group: Group,
    },
    #[command(group = clap::ArgGroup::new("access").args(["code", "open"]))]
    Serve {
        #[arg(long, default_value_t = 2222)]
        port: u16,
        #[arg(long, value_name = "ADDR", default_value = "0.0.0.0")]
        bind: std::net::IpAddr,
        #[arg(long)]
        code: Option<String>,
        #[arg(long)]
        open: bool,
        #[arg(long, value_name = "FILE")]
        host_key: Option<PathBuf>,
        #[arg(long, default_value_t = 60)]
        max_seats: usize,
        #[command(flatten)]
        group: Group,
        #[arg(long)]
        hide_names: bool,
        #[arg(long, value_name = "N", default_value_t = crate::serve::door::MAX_PER_ADDRESS)]
        max_per_address: usize,
    },
    Report {
        #[arg(required = true, value_name = "FILE")]
        files: Vec<PathBuf>,
        #[arg(long, value_enum)]
        format: Option<ReportFormat>,
        #[arg(long, conflicts_with = "format")]
        watch: bool,
        #[arg(long)]
        hide_names: bool,
    },
    History {
        number: Option<usize>,
    },
    Forget {
        #[arg(long)]
        yes: bool,
        #[arg(long)]
        workshops: bool,
    },
    Questions {
        #[arg(long, value_enum, default_value_t = QuestionsFormat::Text)]
        format: QuestionsFormat,
    },
    Roles {
        id: Option<String>,
        #[arg(long, value_enum, default_value_t = RolesFormat::Text)]
        format: RolesFormat,
    },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ScoreFormat {
    Text,
    Json,
    Markdown,
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
    Csv,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum RolesFormat {
    Text,
    Json,
    Markdown,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args(line: &[&str]) -> Vec<OsString> {
        line.iter().map(OsString::from).collect()
    }

    #[test]
    fn the_help_language_is_read_before_parsing() {
        let es = Lang::find("es").unwrap();
        assert_eq!(
            help_lang(&args(&["careerfit", "--lang", "es", "--help"])),
            es
        );
        assert_eq!(help_lang(&args(&["careerfit", "score", "--lang=ES"])), es);
        // An invalid one is left to clap; after `--` nothing is an option.
        let unknown = help_lang(&args(&["careerfit", "--lang", "fr"]));
        assert_eq!(unknown, Lang::from_env());
        let after = help_lang(&args(&["careerfit", "--", "--lang", "es"]));
        assert_eq!(after, Lang::from_env());
    }

    /// Every listed command and option has help, and every placeholder a
    /// word of the catalogue, in every shipped language.
    #[test]
    fn everything_listed_has_help_in_every_language() {
        for lang in Lang::shipped() {
            let words = Words::new(lang);
            let mut command = Cli::command_in(&words);
            command.build();
            let mut all = vec![command.clone()];
            all.extend(command.get_subcommands().cloned());
            for c in &all {
                let name = c.get_name();
                assert!(c.get_about().is_some(), "{lang}: {name} has no about");
                for arg in c.get_arguments().filter(|a| !a.is_hide_set()) {
                    let id = arg.get_id();
                    assert!(arg.get_help().is_some(), "{lang}: {name} {id} has no help");
                }
            }
        }
        // Every placeholder clap is given has a word in the catalogue.
        let mut undressed = <Cli as clap::CommandFactory>::command();
        undressed.build();
        let mut all = vec![undressed.clone()];
        all.extend(undressed.get_subcommands().cloned());
        for c in &all {
            let taking = c
                .get_arguments()
                .filter(|a| a.get_action().takes_values() && !a.is_hide_set());
            for arg in taking {
                for value in arg.get_value_names().unwrap_or_default() {
                    assert!(
                        value_name_of(&Words::english(), value).is_some(),
                        "{} {}: <{value}> is not in the catalogue",
                        c.get_name(),
                        arg.get_id()
                    );
                }
            }
        }
    }

    #[test]
    fn the_spanish_help_parses_as_the_english_does() {
        let line = ["careerfit", "--lang", "es", "score", "--answers", "a.toml"];
        let cli = Cli::try_parse_args(line).unwrap();
        assert!(matches!(
            cli.command,
            Some(Command::Score {
                format: ScoreFormat::Text,
                ..
            })
        ));
        let line = ["careerfit", "--lang=es", "questions", "--format", "csv"];
        let cli = Cli::try_parse_args(line).unwrap();
        assert!(matches!(
            cli.command,
            Some(Command::Questions {
                format: QuestionsFormat::Csv
            })
        ));
    }

    #[test]
    fn a_right_command_line_reads_the_same_with_or_without_the_help_built() {
        for line in [
            &["careerfit"][..],
            &["careerfit", "--plain", "--lang", "es"],
            &[
                "careerfit",
                "score",
                "--answers",
                "a.toml",
                "--format",
                "json",
            ],
            &["careerfit", "questions", "--format", "csv"],
            &["careerfit", "report", "--plain", "--hide-names", "a.jsonl"],
            &["careerfit", "history", "--plain", "2"],
            &["careerfit", "serve", "--port", "2300", "--code", "1234"],
            &["careerfit", "workshop", "--no-color", "--session", "x"],
        ] {
            let args: Vec<OsString> = line.iter().map(OsString::from).collect();
            let shaped = Cli::shape().try_get_matches_from(args.iter()).unwrap();
            let worded = Cli::worded(&args).unwrap();
            let read = |m: &clap::ArgMatches| {
                use clap::FromArgMatches;
                format!("{:?}", Cli::from_arg_matches(m).unwrap())
            };
            assert_eq!(read(&shaped), read(&worded), "{line:?}");
        }
        // Help, the version and a mistake are each an answer from clap,
        // and the worded command gives it.
        for line in [
            &["careerfit", "--help"][..],
            &["careerfit", "-V"],
            &["careerfit", "--nope"],
        ] {
            let args: Vec<OsString> = line.iter().map(OsString::from).collect();
            assert!(
                Cli::shape().try_get_matches_from(args.iter()).is_err(),
                "{line:?}"
            );
            assert!(Cli::try_parse_args(args).is_err(), "{line:?}");
        }
    }
}
