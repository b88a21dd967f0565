//! The participant's side of a served seat, in a test: the bytes a seat or
//! an SSH channel sends, fed into a vt100 screen and read as the person's
//! terminal shows them (never by searching raw bytes: ratatui sends only
//! the cells that changed).

use std::num::NonZeroU16;
use std::sync::mpsc::{Receiver, RecvTimeoutError};
use std::time::Duration;

/// How long a test waits for the screen to show something before it gives
/// up (a hang, not a timing check: a healthy seat answers in ms).
pub const PATIENCE: Duration = Duration::from_secs(20);

/// A client's screen, drawn from the bytes that arrive on `bytes`.
pub struct Remote {
    /// What has arrived and is not drawn yet.
    pub bytes: Receiver<Vec<u8>>,
    pub parser: vt100::Parser,
}

impl Remote {
    /// A window of `cols` x `rows` showing what arrives on `bytes`.
    pub fn new(bytes: Receiver<Vec<u8>>, cols: u16, rows: u16) -> Remote {
        Remote {
            bytes,
            parser: vt100::Parser::new(nonzero(rows), nonzero(cols), 0),
        }
    }

    pub fn text(&self) -> String {
        self.parser.screen().contents()
    }

    /// Reads output until the screen shows `want`; panics with the screen
    /// if the output ends or stalls first.
    pub fn wait_for(&mut self, want: &str) -> String {
        self.wait_until(want, |text| text.contains(want))
    }

    /// Reads output until the screen's text passes `check` (`what` says
    /// what is awaited); panics with the screen if the output ends or
    /// stalls first.
    pub fn wait_until(&mut self, what: &str, check: impl Fn(&str) -> bool) -> String {
        loop {
            let text = self.text();
            if check(&text) {
                return text;
            }
            match self.bytes.recv_timeout(PATIENCE) {
                Ok(bytes) => self.parser.process(&bytes),
                Err(RecvTimeoutError::Timeout) => panic!("{what} never shown:\n{text}"),
                Err(RecvTimeoutError::Disconnected) => {
                    panic!("the output ended before {what} was shown:\n{text}")
                }
            }
        }
    }

    /// Reads the rest of the output, until its sender is gone (or stalls).
    pub fn drain(&mut self) -> String {
        while let Ok(bytes) = self.bytes.recv_timeout(PATIENCE) {
            self.parser.process(&bytes);
        }
        self.text()
    }

    /// The window is now `cols` x `rows` (on this side only).
    pub fn set_size(&mut self, cols: u16, rows: u16) {
        self.parser.set_size(nonzero(rows), nonzero(cols));
    }

    /// Row `row` of the screen as text.
    pub fn row(&self, row: u16) -> String {
        let (_, cols) = self.parser.screen().size();
        self.parser
            .screen()
            .rows(0, cols.get())
            .nth(usize::from(row))
            .unwrap_or_default()
    }

    /// Does any cell on screen have a colour of its own?
    pub fn any_colour(&self) -> bool {
        let screen = self.parser.screen();
        let (rows, cols) = screen.size();
        (0..rows.get()).any(|row| {
            (0..cols.get()).any(|col| {
                screen.cell(row, col).is_some_and(|cell| {
                    cell.fgcolor() != vt100::Color::Default
                        || cell.bgcolor() != vt100::Color::Default
                })
            })
        })
    }
}

fn nonzero(n: u16) -> NonZeroU16 {
    NonZeroU16::new(n).expect("a window of at least one cell")
}
