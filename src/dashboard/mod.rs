//! The full-screen group dashboard of `careerfit report FILE...` in a
//! terminal: the group's best-fit roles, its average interest profile, the
//! flags counted and a scrollable table of participants; with `--watch` it
//! updates live as the files grow, for the projector during a session.
//!
//! This file is the shell at the edge: it reads the files, takes the
//! terminal (put back on every way out), and waits on one channel for
//! keys, signals and, when watching, "the files changed", so it sleeps
//! until something happens. `state.rs` holds what is on view, `input.rs`
//! what keys do to it (pure), `draw.rs`, `charts.rs` and `table.rs` draw it
//! (pure), `workshop::record::files` reads the files (the report reads
//! them the same way) and `watch.rs` notices when they
//! change.

pub mod charts;
pub mod draw;
pub mod input;
pub mod state;
pub mod table;
pub mod watch;

use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::mpsc::Receiver;

use crossterm::event::Event;
use ratatui::Terminal;
use ratatui::backend::Backend;

use crate::cli::{failure_of, report};
use crate::lang::{Lang, Said, Words};
use crate::store::clock;
use crate::tui::events::{Events, Input};
use crate::tui::terminal;
use crate::tui::theme::Theme;
use crate::workshop::group::Group;
use crate::workshop::record::files as source;
pub use draw::draw;
pub use state::{Dashboard, Exit};

/// How the dashboard ended.
#[derive(Debug, Clone, PartialEq)]
pub enum Ending {
    Left(Exit),
    Signalled(i32),
}

/// Runs the dashboard until it is left, and returns the exit status.
/// A file that cannot be read is an error before the screen is taken
/// (while watching, a file that does not exist yet is waited for). Lines
/// skipped in the files are printed to stderr after the terminal is back.
pub fn run(
    files: &[PathBuf],
    watch: bool,
    hide_names: bool,
    no_color: bool,
    lang: Option<Lang>,
) -> ExitCode {
    // The counselor's language: --lang, else their locale.
    let words = Words::new(Lang::choose(lang, |name| std::env::var(name).ok()));
    let error = |message: &crate::lang::Said| {
        words.args("cli-error", &[("message", message.say(&words).into())])
    };
    let (mut dashboard, mut source, mut warnings) =
        match open(files, watch, hide_names, Theme::from_env(no_color)) {
            Ok(opened) => opened,
            Err(problems) => {
                for problem in &problems {
                    eprintln!("{}", error(problem));
                }
                eprintln!("{}", error(&Said::new("cli-dashboard-nothing-shown")));
                return ExitCode::FAILURE;
            }
        };
    dashboard.words = words;
    let ended = shell(dashboard, files, &mut source, watch, &mut warnings);
    for warning in &warnings {
        eprintln!("{}", crate::cli::warning_line(warning, &words));
    }
    match ended {
        Ok(Ending::Left(Exit::Quit)) => ExitCode::SUCCESS,
        Ok(Ending::Left(Exit::Interrupted)) => ExitCode::from(130),
        Ok(Ending::Signalled(signal)) => {
            eprintln!(
                "{}",
                words.args("cli-stopped-by-signal", &[("signal", signal.into())])
            );
            ExitCode::from(128u8.saturating_add(signal as u8))
        }
        Err(e) => {
            report(&failure_of(&e), &words);
            ExitCode::FAILURE
        }
    }
}

/// Reads the files into a dashboard drawn with `theme`; returns it with
/// the source to read more from and the warnings of the first read, or
/// every problem if a file cannot be read.
pub fn open(
    files: &[PathBuf],
    watch: bool,
    hide_names: bool,
    theme: Theme,
) -> Result<(Dashboard, source::Source, Vec<Said>), Vec<Said>> {
    let mut source = source::Source::new(files, watch);
    let mut group = Group::default();
    let read = match source.poll(&mut group) {
        Ok(()) => source::Read {
            group,
            warnings: source.warnings(),
            waiting: source.waiting.clone(),
        },
        Err(problems) => return Err(problems),
    };
    let names = files.iter().map(|f| source::shown(f)).collect();
    let mut dashboard = Dashboard::new(Group::default(), theme, hide_names, names);
    dashboard.watching = watch;
    let warnings = read.warnings.clone();
    dashboard.update(read, &clock::now());
    if !watch {
        // A report opens at its first participant; a watched one follows
        // the newest.
        dashboard.scroll = 0;
    }
    Ok((dashboard, source, warnings))
}

/// The local terminal around [`run_on`]: signals, the file watcher, raw
/// mode and the alternate screen. The terminal is restored before this
/// returns, whatever happened; `warnings` holds those of the last read.
fn shell(
    dashboard: Dashboard,
    files: &[PathBuf],
    source: &mut source::Source,
    watch: bool,
    warnings: &mut Vec<Said>,
) -> anyhow::Result<Ending> {
    let events = Events::new()?;
    if watch {
        watch::spawn(files.to_vec(), events.tx.clone(), Input::Changed);
    }
    let mut terminal = terminal::take()?;
    let _guard = terminal::Guard;
    events.read_terminal();
    run_on(dashboard, &mut terminal, &events.rx, source, warnings)
}

/// The dashboard's loop over any terminal and a channel of inputs (keys,
/// resizes, signals, files changed): it touches no process-wide state.
/// `warnings` holds those of the last read.
pub fn run_on<B: Backend>(
    mut dashboard: Dashboard,
    terminal: &mut Terminal<B>,
    inputs: &Receiver<Input>,
    source: &mut source::Source,
    warnings: &mut Vec<Said>,
) -> anyhow::Result<Ending>
where
    B::Error: Send + Sync + 'static,
{
    let size = terminal.size()?;
    dashboard.resize(size.width, size.height);
    loop {
        terminal.draw(|frame| draw(&dashboard, frame))?;
        match inputs.recv() {
            Ok(Input::Terminal(Event::Key(key))) => dashboard.handle_key(key),
            Ok(Input::Terminal(Event::Resize(width, height))) => dashboard.resize(width, height),
            Ok(Input::Terminal(_) | Input::Continued) => {}
            Ok(Input::Changed) => {
                // Only what was added since the last look is read.
                dashboard.refresh(source, &clock::now());
                *warnings = source.warnings();
            }
            Ok(Input::Signal(signal)) => return Ok(Ending::Signalled(signal)),
            Ok(Input::Closed(why)) => {
                return Err(Said::new("cli-terminal-closed").text("why", why).into());
            }
            Err(_) => return Err(Said::new("cli-terminal-input-stopped").into()),
        }
        if let Some(exit) = dashboard.exit {
            return Ok(Ending::Left(exit));
        }
    }
}
