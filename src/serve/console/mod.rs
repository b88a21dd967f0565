//! The facilitator's console of `careerfit serve`, for the projector: how
//! to join, then the lobby (every participant, how far they are), with keys
//! to lock joins, remove someone, hide names, switch to the group
//! dashboard and end the workshop.
//!
//! - [`join`]: this computer's addresses and the `ssh` line for each (the
//!   printed console uses it too).
//! - [`keys`]: the one key table, for the key bar, the help and the keys.
//! - [`state`]: what is on view and what keys do (pure, on the roster).
//! - [`lobby`] and [`dialogs`]: drawing (pure); the dashboard view is
//!   [`crate::dashboard`]'s own drawing.
//! - This file: the loop over any terminal ([`run_on`]) and the local
//!   terminal around it ([`run_local`]: tui::terminal's set-up and restore,
//!   so quitting, an error, a panic or a signal always give it back).

pub mod dialogs;
pub mod join;
pub mod keys;
pub mod lobby;
pub mod state;

use std::sync::mpsc::{Receiver, RecvTimeoutError};
use std::time::Duration;

use crossterm::event::Event;
use ratatui::backend::Backend;
use ratatui::{Frame, Terminal};

pub use join::Join;
pub use state::{Console, Dialog, Outcome, View};

use crate::tui::events::{Events, Input};
use crate::tui::terminal;

/// How often the lobby is drawn again with nothing else happening: idle
/// times and the roster move on by themselves.
pub const TICK: Duration = Duration::from_secs(1);

/// Draws the console as it is now.
pub fn draw(console: &Console, frame: &mut Frame) {
    match (console.view, &console.board) {
        (state::View::Dashboard, Some(board)) => crate::dashboard::draw(&board.dashboard, frame),
        (state::View::Help, _) => dialogs::help(console, frame),
        _ => {
            lobby::draw(console, frame);
            dialogs::dialog(console, frame);
        }
    }
}

/// The console's loop over any terminal and a channel of inputs (keys,
/// resizes, signals, the results file changing); it touches no
/// process-wide state. Returns when the workshop is to end.
pub fn run_on<B: Backend>(
    console: &mut Console,
    terminal: &mut Terminal<B>,
    inputs: &Receiver<Input>,
) -> anyhow::Result<Outcome>
where
    B::Error: Send + Sync + 'static,
{
    let size = terminal.size()?;
    console.resize(size.width, size.height);
    loop {
        terminal.draw(|frame| draw(console, frame))?;
        match inputs.recv_timeout(TICK) {
            Ok(Input::Terminal(Event::Key(key))) => console.key(key),
            Ok(Input::Terminal(Event::Resize(width, height))) => console.resize(width, height),
            Ok(Input::Terminal(_) | Input::Continued) | Err(RecvTimeoutError::Timeout) => {}
            Ok(Input::Changed) => console.results_changed(),
            Ok(Input::Signal(signal)) => return Ok(Outcome::Signalled(signal)),
            Ok(Input::Closed(why)) => {
                let words = &console.words;
                anyhow::bail!(words.args("console-input-closed", &[("why", why.into())]))
            }
            Err(RecvTimeoutError::Disconnected) => {
                let words = &console.words;
                anyhow::bail!(words.get("console-input-stopped"))
            }
        }
        if let Some(outcome) = console.outcome.take() {
            return Ok(outcome);
        }
    }
}

/// Runs the console on this process's terminal until the workshop is to
/// end. `events` listened for signals before the server started. The
/// terminal is restored before this returns, whatever happened.
pub fn run_local(console: &mut Console, events: &Events) -> anyhow::Result<Outcome> {
    if let Some(board) = &console.board {
        let files = vec![board.results.clone()];
        crate::dashboard::watch::spawn(files, events.tx.clone(), Input::Changed);
    }
    let mut terminal = terminal::take()?;
    let _guard = terminal::Guard;
    events.read_terminal();
    run_on(console, &mut terminal, &events.rx)
}
