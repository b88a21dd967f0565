//! Everything a full-screen program waits for, on one channel: key presses
//! and resizes from a reader thread, signals from another, and (for the
//! dashboard) files changing. The program blocks on the channel, so idle
//! costs no CPU.

use std::io;
use std::sync::mpsc::{self, Receiver, Sender};
use std::thread;

use crossterm::event::{self, Event, KeyCode, KeyEvent, KeyModifiers};
use signal_hook::consts::{SIGCONT, SIGHUP, SIGINT, SIGQUIT, SIGTERM, SIGTSTP};
use signal_hook::iterator::Signals;

/// One thing that happened.
#[derive(Debug, Clone)]
pub enum Input {
    Terminal(Event),
    /// SIGTERM, SIGHUP, SIGINT or SIGQUIT: leave, restoring the terminal.
    Signal(i32),
    /// A watched file changed.
    Changed,
    /// Continued after a stop (SIGCONT): the terminal is to be taken again
    /// and the whole screen drawn again.
    Continued,
    /// The terminal stopped sending input.
    Closed(String),
}

/// The channel, with signals already being listened for.
pub struct Events {
    pub tx: Sender<Input>,
    pub rx: Receiver<Input>,
}

impl Events {
    /// Starts listening for signals. Call before taking the terminal, so a
    /// signal during set-up still restores it.
    pub fn new() -> io::Result<Events> {
        let (tx, rx) = mpsc::channel();
        let mut signals = Signals::new([SIGTERM, SIGHUP, SIGINT, SIGQUIT])?;
        let signal_tx = tx.clone();
        thread::spawn(move || {
            if let Some(signal) = signals.forever().next() {
                let _ = signal_tx.send(Input::Signal(signal));
            }
        });
        Ok(Events { tx, rx })
    }

    /// Also listens for SIGTSTP and SIGCONT (the quiz, not the kiosk's
    /// shell around it, can be suspended): SIGTSTP arrives as the Ctrl-Z
    /// key it stands for, so the program gives the terminal back before it
    /// stops; SIGCONT arrives as [`Input::Continued`], so the terminal is
    /// taken again and the screen drawn again in full.
    pub fn suspend_on_signals(&self) -> io::Result<()> {
        let mut signals = Signals::new([SIGTSTP, SIGCONT])?;
        let tx = self.tx.clone();
        thread::spawn(move || {
            for signal in signals.forever() {
                let input = if signal == SIGTSTP {
                    Input::Terminal(Event::Key(KeyEvent::new(
                        KeyCode::Char('z'),
                        KeyModifiers::CONTROL,
                    )))
                } else {
                    Input::Continued
                };
                if tx.send(input).is_err() {
                    break;
                }
            }
        });
        Ok(())
    }

    /// Starts reading keys and resizes (once the terminal is taken).
    pub fn read_terminal(&self) {
        let tx = self.tx.clone();
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
    }
}
