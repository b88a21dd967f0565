//! The full-screen quiz (ratatui + crossterm): the terminal shell over the
//! pure app state. Input and signals arrive on one channel, so the program
//! sleeps until something happens: idle costs no CPU.

pub mod app;
pub mod keys;
pub mod screens;
pub mod terminal;
pub mod theme;
pub mod widgets;

use std::sync::mpsc;
use std::thread;

use crossterm::event::{self, Event};
use signal_hook::consts::{SIGHUP, SIGINT, SIGQUIT, SIGTERM};
use signal_hook::iterator::Signals;

use crate::content::Content;
use crate::scoring::Outcome;
use app::{App, Exit};
use theme::Theme;

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

/// Runs the quiz in the terminal until the person leaves. The terminal is
/// restored before this returns, whatever happened.
pub fn run(content: Content, theme: Theme) -> anyhow::Result<Ending> {
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

    let mut app = App::new(content, theme);
    let size = terminal.size()?;
    app.resize(size.width, size.height);
    loop {
        terminal.draw(|frame| screens::draw(&app, frame))?;
        match rx.recv() {
            Ok(Input::Terminal(Event::Key(key))) => app.handle_key(key),
            Ok(Input::Terminal(Event::Resize(width, height))) => app.resize(width, height),
            Ok(Input::Terminal(_)) => {}
            Ok(Input::Signal(signal)) => return Ok(Ending::Signalled(signal)),
            Ok(Input::Closed(why)) => anyhow::bail!("the terminal stopped sending keys: {why}"),
            Err(_) => anyhow::bail!("the terminal input stopped"),
        }
        match app.exit {
            Some(Exit::Quit) => return Ok(Ending::Left(app.outcome)),
            Some(Exit::Interrupted) => return Ok(Ending::Interrupted(app.outcome)),
            None => {}
        }
    }
}
