//! The full-screen quiz (ratatui + crossterm): the loop over the pure app
//! state, for any terminal. Input and signals arrive on one channel, so the
//! program sleeps until something happens: idle costs no CPU.
//!
//! [`run`] touches no process-wide state (no raw mode, no signals, no panic
//! hook, no reading the local tty or NO_COLOR): it draws on the terminal it
//! is given, reads the inputs it is sent, and returns how it ended with the
//! goodbye text. The local terminal is one thin wrapper around it
//! ([`terminal::run`]); a kiosk, a test on a `TestBackend` or (later) an SSH
//! seat use the same loop.

pub mod app;
pub mod autosave;
pub mod events;
pub mod keys;
pub mod kiosk;
pub mod screens;
pub mod terminal;
pub mod theme;
pub mod widgets;

use std::sync::mpsc::{self, Receiver};

use crossterm::event::Event;
use ratatui::Terminal;
use ratatui::backend::Backend;

use crate::lang::Said;
use crate::saving::Kept;
use crate::scoring::Outcome;
use crate::store::Store;
use app::{App, Exit};
use autosave::Autosave;
pub use events::Input;

/// How the full-screen quiz ended.
#[derive(Debug)]
pub enum Ending {
    /// Left by the person; the results, if they reached them.
    Left(Option<Outcome>),
    /// Ctrl-C; the results, if they reached them.
    Interrupted(Option<Outcome>),
    /// A signal (SIGTERM, SIGHUP, ...) ended it; the signal number.
    Signalled(i32),
}

/// What a run hands back: how it ended, what was kept on disk, and the
/// goodbye text to print once the terminal is given back (the loop never
/// prints it: on an SSH seat it goes down the channel instead).
#[derive(Debug)]
pub struct Ended {
    pub ending: Ending,
    pub kept: Kept,
    pub goodbye: String,
}

/// What only the owner of a terminal can do; the loop asks, the owner
/// decides. The local terminal stops the process on Ctrl-Z; a terminal
/// that cannot be stopped (a test, an SSH seat) keeps the defaults.
pub trait Host {
    /// Ctrl-Z: give the terminal back and stop until continued. Returns
    /// true if it stopped, so the whole screen is drawn again.
    fn suspend(&mut self) -> std::io::Result<bool> {
        Ok(false)
    }
    /// Continued after a stop not asked for by a key (SIGSTOP, then
    /// SIGCONT): take the terminal again.
    fn resume(&mut self) -> std::io::Result<()> {
        Ok(())
    }
    /// Before each frame (after each input): a served seat tells the room
    /// how far its participant is, and may put a notice up.
    fn before_frame(&mut self, _app: &mut App) {}
}

/// A terminal with nothing to stop or take back: a test's `TestBackend`,
/// a remote seat.
pub struct Unstoppable;

impl Host for Unstoppable {}

/// Runs the app on `terminal` until the person leaves or the inputs say to
/// stop, saving to `store` as they go. Every input goes through [`step`].
pub fn run<B: Backend>(
    mut app: App,
    terminal: &mut Terminal<B>,
    inputs: &Receiver<Input>,
    store: &Store,
    host: &mut impl Host,
) -> anyhow::Result<Ended>
where
    B::Error: Send + Sync + 'static,
{
    let mut autosave = Autosave::new(store, &mut app);
    let size = terminal.size()?;
    app.resize(size.width, size.height);
    loop {
        host.before_frame(&mut app);
        terminal.draw(|frame| screens::draw(&app, frame))?;
        // What the frame shows is saved; its folder's sync can follow now.
        autosave.saver.settle();
        // The kiosk may need the clock (a record waiting for the results
        // file, a PIN wait counting down): then wake up without a key too.
        let received = match app.wake_in() {
            Some(wait) => match inputs.recv_timeout(wait) {
                Err(mpsc::RecvTimeoutError::Timeout) => None,
                Ok(input) => Some(input),
                Err(mpsc::RecvTimeoutError::Disconnected) => {
                    return Err(Said::new("tui-input-stopped").into());
                }
            },
            None => match inputs.recv() {
                Ok(input) => Some(input),
                Err(_) => return Err(Said::new("tui-input-stopped").into()),
            },
        };
        if let Some(ending) = step(&mut app, &mut autosave, terminal, host, received)? {
            let outcome = match &ending {
                Ending::Left(outcome) | Ending::Interrupted(outcome) => outcome.as_ref(),
                Ending::Signalled(_) => None,
            };
            let goodbye = autosave
                .saver
                .kept
                .goodbye_in(&app.words, &app.content.quiz, outcome);
            return Ok(Ended {
                ending,
                kept: std::mem::take(&mut autosave.saver.kept),
                goodbye,
            });
        }
    }
}

/// One turn of the loop: what one input (or, with `None`, the clock
/// running out) does to the app, the disk and the screen. Returns how the
/// run ended, once it has.
pub fn step<B: Backend>(
    app: &mut App,
    autosave: &mut Autosave,
    terminal: &mut Terminal<B>,
    host: &mut impl Host,
    input: Option<Input>,
) -> anyhow::Result<Option<Ending>>
where
    B::Error: Send + Sync + 'static,
{
    match input {
        None => {
            autosave.tick(app);
            if std::mem::take(&mut autosave.wipe_screen) {
                wipe(terminal)?;
            }
            return Ok(None);
        }
        // A record is being saved: keys wait until it is.
        Some(Input::Terminal(Event::Key(_))) if app.recording() => {}
        // Ctrl-Z (or SIGTSTP): stop, giving the terminal back first; a
        // kiosk is never suspended, so no participant reaches the shell.
        Some(Input::Terminal(Event::Key(key))) if keys::is_suspend(key) => {
            if app.policy().can_suspend && host.suspend()? {
                wipe(terminal)?;
            }
        }
        Some(Input::Terminal(Event::Key(key))) => {
            app.handle_key(key);
            autosave.after_key(app);
            if std::mem::take(&mut autosave.wipe_screen) {
                // Blank every cell, so nothing of the last participant
                // stays on the terminal.
                wipe(terminal)?;
            }
        }
        Some(Input::Terminal(Event::Resize(width, height))) => app.resize(width, height),
        Some(Input::Continued) => {
            // Continued after a stop: the shell had the terminal, and the
            // screen no longer holds what careerfit last drew.
            host.resume()?;
            wipe(terminal)?;
            let size = terminal.size()?;
            app.resize(size.width, size.height);
        }
        Some(Input::Terminal(_) | Input::Changed) => {}
        Some(Input::Signal(signal)) => return Ok(Some(Ending::Signalled(signal))),
        Some(Input::Closed(why)) => {
            return Err(Said::new("tui-keys-stopped").text("why", why).into());
        }
    }
    Ok(match app.exit {
        Some(Exit::Quit) => Some(Ending::Left(app.outcome.clone())),
        Some(Exit::Interrupted) => Some(Ending::Interrupted(app.outcome.clone())),
        None => None,
    })
}

/// Draws a blank frame, so the next frame repaints every cell: after a
/// stop, or to leave nothing of the last participant on the screen.
/// (Terminal::clear would ask the terminal for the cursor position, and
/// the answer would go to the key reader instead.)
fn wipe<B: Backend>(terminal: &mut Terminal<B>) -> Result<(), B::Error> {
    terminal.draw(|frame| frame.render_widget(ratatui::widgets::Clear, frame.area()))?;
    Ok(())
}
