//! The full-screen quiz (ratatui + crossterm): the terminal shell over the
//! pure app state. Input and signals arrive on one channel, so the program
//! sleeps until something happens: idle costs no CPU.

pub mod app;
pub mod autosave;
pub mod events;
pub mod keys;
pub mod kiosk;
pub mod screens;
pub mod terminal;
pub mod theme;
pub mod widgets;

use std::sync::mpsc;

use crossterm::event::Event;

use crate::scoring::Outcome;
use crate::store::Store;
use app::{App, Exit};
use autosave::{Autosave, Kept};
use events::{Events, Input};

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

/// Runs the app in the terminal until the person leaves, saving to `store`
/// as they go. The terminal is restored before this returns, whatever
/// happened; what was kept on disk is returned for the goodbye message.
pub fn run(mut app: App, store: &Store) -> anyhow::Result<(Ending, Kept)> {
    let events = Events::new()?;
    events.suspend_on_signals()?;
    let mut terminal = terminal::take()?;
    let _guard = terminal::Guard;
    events.read_terminal();

    let mut autosave = Autosave::new(store, &mut app);
    let size = terminal.size()?;
    app.resize(size.width, size.height);
    loop {
        terminal.draw(|frame| screens::draw(&app, frame))?;
        // The kiosk may need the clock (a record waiting for the results
        // file, a PIN wait counting down): then wake up without a key too.
        let received = match app.wake_in() {
            Some(wait) => match events.rx.recv_timeout(wait) {
                Err(mpsc::RecvTimeoutError::Timeout) => {
                    autosave.tick(&mut app);
                    if std::mem::take(&mut autosave.wipe_screen) {
                        terminal.draw(|frame| {
                            frame.render_widget(ratatui::widgets::Clear, frame.area())
                        })?;
                    }
                    continue;
                }
                got => got.map_err(|_| mpsc::RecvError),
            },
            None => events.rx.recv(),
        };
        match received {
            // A record is being saved: keys wait until it is.
            Ok(Input::Terminal(Event::Key(_))) if app.recording() => {}
            // Ctrl-Z (or SIGTSTP): stop, giving the terminal back first; a
            // kiosk is never suspended, so no participant reaches the shell.
            Ok(Input::Terminal(Event::Key(key))) if keys::is_suspend(key) => {
                if app.kiosk.is_none() {
                    terminal::suspend()?;
                    redraw_all(&mut terminal)?;
                }
            }
            Ok(Input::Terminal(Event::Key(key))) => {
                let before = app.session.clone();
                let offer_before = app.offer.is_some();
                app.handle_key(key);
                autosave.after_key(&mut app, &before, offer_before);
                if std::mem::take(&mut autosave.wipe_screen) {
                    // Blank every cell, so nothing of the last participant
                    // stays on the terminal. (Terminal::clear would ask the
                    // terminal for the cursor position, and the answer would
                    // go to the key reader instead.)
                    terminal
                        .draw(|frame| frame.render_widget(ratatui::widgets::Clear, frame.area()))?;
                }
            }
            Ok(Input::Terminal(Event::Resize(width, height))) => {
                if terminal::take_continued() {
                    // Continued after a stop: the shell had the terminal.
                    terminal::retake()?;
                    redraw_all(&mut terminal)?;
                }
                app.resize(width, height)
            }
            Ok(Input::Terminal(_) | Input::Changed) => {}
            Ok(Input::Signal(signal)) => return Ok((Ending::Signalled(signal), autosave.kept)),
            Ok(Input::Closed(why)) => anyhow::bail!("the terminal stopped sending keys: {why}"),
            Err(_) => anyhow::bail!("the terminal input stopped"),
        }
        match app.exit {
            Some(Exit::Quit) => return Ok((Ending::Left(app.outcome), autosave.kept)),
            Some(Exit::Interrupted) => {
                return Ok((Ending::Interrupted(app.outcome), autosave.kept));
            }
            None => {}
        }
    }
}

/// Makes the next frame repaint every cell: after a stop the terminal's
/// screen (cleared by `terminal::retake`) no longer holds what careerfit
/// last drew, so the last frame is forgotten by drawing a blank one.
fn redraw_all(terminal: &mut ratatui::DefaultTerminal) -> std::io::Result<()> {
    terminal.draw(|frame| frame.render_widget(ratatui::widgets::Clear, frame.area()))?;
    Ok(())
}
