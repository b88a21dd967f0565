//! The full-screen quiz (ratatui + crossterm): the terminal shell over the
//! pure app state. Input and signals arrive on one channel, so the program
//! sleeps until something happens: idle costs no CPU.

pub mod app;
pub mod autosave;
pub mod keys;
pub mod kiosk;
pub mod screens;
pub mod terminal;
pub mod theme;
pub mod widgets;

use std::sync::mpsc;
use std::thread;

use crossterm::event::{self, Event};
use signal_hook::consts::{SIGHUP, SIGINT, SIGQUIT, SIGTERM};
use signal_hook::iterator::Signals;

use crate::scoring::Outcome;
use crate::store::Store;
use app::{App, Exit};
use autosave::{Autosave, Kept};

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

enum Input {
    Terminal(Event),
    Signal(i32),
    Closed(String),
}

/// Runs the app in the terminal until the person leaves, saving to `store`
/// as they go. The terminal is restored before this returns, whatever
/// happened; what was kept on disk is returned for the goodbye message.
pub fn run(mut app: App, store: &Store) -> anyhow::Result<(Ending, Kept)> {
    let (tx, rx) = mpsc::channel::<Input>();
    let mut signals = Signals::new([SIGTERM, SIGHUP, SIGINT, SIGQUIT])?;
    let signal_tx = tx.clone();
    thread::spawn(move || {
        if let Some(signal) = signals.forever().next() {
            let _ = signal_tx.send(Input::Signal(signal));
        }
    });

    let mut terminal = terminal::take()?;
    let _guard = terminal::Guard;
    thread::spawn(move || {
        loop {
            let input = match event::read() {
                Ok(ev) => Input::Terminal(ev),
                Err(e) => Input::Closed(e.to_string()),
            };
            let closed = matches!(input, Input::Closed(_));
            if tx.send(input).is_err() || closed {
                break;
            }
        }
    });

    let mut autosave = Autosave::new(store, &mut app);
    let size = terminal.size()?;
    app.resize(size.width, size.height);
    loop {
        terminal.draw(|frame| screens::draw(&app, frame))?;
        match rx.recv() {
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
            Ok(Input::Terminal(Event::Resize(width, height))) => app.resize(width, height),
            Ok(Input::Terminal(_)) => {}
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
