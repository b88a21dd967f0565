//! A seat: one participant's quiz over a byte channel, on its own thread,
//! as the SSH server runs one per connection. The seat owns nothing of the
//! server's process: no raw mode, no signals, no panic hook, no reading of
//! the server's tty or environment.
//!
//! - In: raw bytes ([`Seat::input`]) go through a [`Decoder`] (with its
//!   ticks for a lone Esc) on a small pump thread into the channel the
//!   loop ([`tui::run`]) reads; a window change ([`Seat::resize`]) becomes
//!   the drawing size and a resize event.
//! - Out: the loop draws ANSI on the byte sink the caller gives, through
//!   [`backend::SeatBackend`] (sized by the client, never querying it),
//!   inside the alternate screen; at the end the seat leaves the alternate
//!   screen, shows the cursor and writes the goodbye.
//! - Colour comes from the client's TERM and NO_COLOR ([`Client::theme`]).
//! - Ctrl-C or q leaves the seat only; [`Seat::close`] (the server ending,
//!   the connection dropped) ends the loop as a hang-up signal does, with
//!   the answers kept in the seat's own store.
//! - A panic inside the seat ends that seat only: the sink gets a short
//!   apology.
//! - Without a pty, [`Seat::plain`] runs plain mode over the same bytes.

pub mod backend;

use std::ffi::OsStr;
use std::io::{self, BufRead, BufWriter, Read, Write};
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::sync::mpsc::{self, Receiver, RecvTimeoutError, Sender};
use std::sync::{Arc, Mutex, MutexGuard};
use std::thread::{self, JoinHandle};
use std::time::Instant;

use crossterm::cursor::{Hide, Show};
use crossterm::event::Event;
use crossterm::execute;
use crossterm::style::ResetColor;
use crossterm::terminal::{EnterAlternateScreen, LeaveAlternateScreen};
use ratatui::{Terminal, TerminalOptions, Viewport};
use signal_hook::consts::SIGHUP;

use super::keys::Decoder;
use crate::content::Content;
use crate::plain::{Plain, PlainEnding};
use crate::saving::Kept;
use crate::start;
use crate::store::Store;
use crate::tui::app::App;
use crate::tui::theme::Theme;
use crate::tui::{self, Ended, Input, Unstoppable};
use backend::{SeatBackend, SharedSize};

/// What a seat's sink gets when the quiz stopped on a fault.
pub const APOLOGY: &str = "Sorry, something went wrong and this quiz had to stop.\n\
     Please tell the person running the workshop.\n";

/// The width plain mode wraps to: a connection without a pty sends no
/// window size.
pub const PLAIN_WIDTH: usize = 80;

/// What the client told the server about its terminal (the pty request):
/// its window and the TERM and NO_COLOR values it sent.
#[derive(Debug, Clone, Default)]
pub struct Client {
    pub cols: u16,
    pub rows: u16,
    /// The client's TERM, if it sent one.
    pub term: Option<String>,
    /// The client's NO_COLOR, if it sent one.
    pub no_color: Option<String>,
}

impl Client {
    /// Colour unless the client's NO_COLOR is set (non-empty) or its TERM
    /// is missing, empty or `dumb`; never the server's environment.
    pub fn theme(&self) -> Theme {
        let dumb = self
            .term
            .as_deref()
            .is_none_or(|term| term.is_empty() || term == "dumb");
        Theme::chosen(dumb, self.no_color.as_deref().map(OsStr::new))
    }
}

/// How a seat ended.
#[derive(Debug)]
pub enum SeatEnd {
    /// The full-screen quiz ended (left, Ctrl-C, or closed).
    Quiz(Box<Ended>),
    /// Plain mode ended.
    Plain(PlainEnding),
    /// The quiz stopped on an error (the sink closed, say).
    Failed(String),
    /// The quiz panicked; only this seat ended.
    Panicked,
}

/// What arrives from the connection.
enum Raw {
    Bytes(Vec<u8>),
    Resize(u16, u16),
    Close,
}

/// One participant's quiz on its own thread. Dropping a seat closes it.
pub struct Seat {
    raw: Sender<Raw>,
    thread: Option<JoinHandle<SeatEnd>>,
}

impl Seat {
    /// The quiz (offering to resume what `store` holds) for `client`,
    /// drawn on `sink`.
    pub fn quiz<W: Write + Send + 'static>(
        content: Content,
        store: Store,
        client: &Client,
        sink: W,
    ) -> io::Result<Seat> {
        Seat::start(store, client, sink, move |theme, store| {
            start::quiz_app(content, theme, store)
        })
    }

    /// The full-screen app `make_app` builds (given the client's theme
    /// and the seat's store), for `client`, drawn on `sink`.
    pub fn start<W: Write + Send + 'static>(
        store: Store,
        client: &Client,
        sink: W,
        make_app: impl FnOnce(Theme, &Store) -> App + Send + 'static,
    ) -> io::Result<Seat> {
        let (raw_tx, raw_rx) = mpsc::channel();
        let (input_tx, input_rx) = mpsc::channel();
        let size = SharedSize::new(client.cols, client.rows);
        let theme = client.theme();
        let pump_size = size.clone();
        thread::Builder::new()
            .name("seat-keys".to_string())
            .spawn(move || pump(&raw_rx, &input_tx, &pump_size))?;
        let thread = thread::Builder::new()
            .name("seat".to_string())
            .spawn(move || {
                let sink = Shared::new(sink);
                run_quiz(make_app, theme, &store, size, &sink, &input_rx)
            })?;
        Ok(Seat {
            raw: raw_tx,
            thread: Some(thread),
        })
    }

    /// Plain mode over the connection's bytes (read as lines) and `sink`,
    /// for a connection without a pty.
    pub fn plain<W: Write + Send + 'static>(
        content: Content,
        store: Store,
        sink: W,
    ) -> io::Result<Seat> {
        let (raw_tx, raw_rx) = mpsc::channel();
        let thread = thread::Builder::new()
            .name("seat-plain".to_string())
            .spawn(move || {
                let sink = Shared::new(sink);
                run_plain(&content, &store, raw_rx, &sink)
            })?;
        Ok(Seat {
            raw: raw_tx,
            thread: Some(thread),
        })
    }

    /// Bytes the client sent, in any packet size.
    pub fn input(&self, bytes: &[u8]) {
        let _ = self.raw.send(Raw::Bytes(bytes.to_vec()));
    }

    /// The client's window is now `cols` x `rows`: the next frame is drawn
    /// at that size. (Plain mode has no window; it is ignored there.)
    pub fn resize(&self, cols: u16, rows: u16) {
        let _ = self.raw.send(Raw::Resize(cols, rows));
    }

    /// Ends the seat, as the server ending or the connection dropping
    /// does: the answers so far stay in the seat's store, and the goodbye
    /// is written if the sink still takes it.
    pub fn close(&self) {
        let _ = self.raw.send(Raw::Close);
    }

    /// Has the seat ended?
    pub fn is_finished(&self) -> bool {
        self.thread.as_ref().is_none_or(JoinHandle::is_finished)
    }

    /// Waits for the seat to end and says how it did.
    pub fn wait(mut self) -> SeatEnd {
        match self.thread.take().map(JoinHandle::join) {
            Some(Ok(end)) => end,
            _ => SeatEnd::Panicked,
        }
    }
}

impl Drop for Seat {
    fn drop(&mut self) {
        self.close();
    }
}

/// The seat's sink, shared by the terminal drawing on it and the seat
/// writing around it (even after a panic held the lock). Writes are
/// buffered until a frame is done (ratatui flushes after each draw), so
/// each frame goes down the channel as one write, not one per escape
/// sequence. Once the seat has
/// said its last words it is shut: later writes (the terminal showing the
/// cursor as it is dropped) go nowhere, so a closed connection is not
/// reported on the server's stderr.
struct Shared<W: Write>(Arc<Mutex<Sink<W>>>);

struct Sink<W: Write> {
    out: BufWriter<W>,
    shut: bool,
}

/// Room for the largest frame: measured frames are 0.2-3.5 KB.
const FRAME_BUFFER: usize = 16 * 1024;

impl<W: Write> Shared<W> {
    fn new(out: W) -> Shared<W> {
        let out = BufWriter::with_capacity(FRAME_BUFFER, out);
        Shared(Arc::new(Mutex::new(Sink { out, shut: false })))
    }

    fn lock(&self) -> MutexGuard<'_, Sink<W>> {
        self.0
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    /// Nothing more is written.
    fn shut(&self) {
        self.lock().shut = true;
    }
}

impl<W: Write> Clone for Shared<W> {
    fn clone(&self) -> Self {
        Shared(Arc::clone(&self.0))
    }
}

impl<W: Write> Write for Shared<W> {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        let mut sink = self.lock();
        if sink.shut {
            return Ok(buf.len());
        }
        sink.out.write(buf)
    }

    fn flush(&mut self) -> io::Result<()> {
        let mut sink = self.lock();
        if sink.shut {
            return Ok(());
        }
        sink.out.flush()
    }
}

/// Turns the connection's bytes into the loop's inputs: keys through the
/// decoder (a lone Esc once its deadline passes), window changes, and the
/// close as a hang-up. Ends when the connection or the loop is gone.
fn pump(raw: &Receiver<Raw>, inputs: &Sender<Input>, size: &SharedSize) {
    let mut decoder = Decoder::default();
    loop {
        let got = match decoder.deadline() {
            Some(deadline) => {
                match raw.recv_timeout(deadline.saturating_duration_since(Instant::now())) {
                    Ok(got) => Some(got),
                    Err(RecvTimeoutError::Timeout) => None,
                    Err(RecvTimeoutError::Disconnected) => Some(Raw::Close),
                }
            }
            None => Some(raw.recv().unwrap_or(Raw::Close)),
        };
        let keys = match got {
            None => decoder.tick(Instant::now()),
            Some(Raw::Bytes(bytes)) => decoder.feed(&bytes, Instant::now()),
            Some(Raw::Resize(cols, rows)) => {
                size.set(cols, rows);
                let now = size.get();
                let resize = Event::Resize(now.width, now.height);
                if inputs.send(Input::Terminal(resize)).is_err() {
                    return;
                }
                continue;
            }
            Some(Raw::Close) => {
                let _ = inputs.send(Input::Signal(SIGHUP));
                return;
            }
        };
        for key in keys {
            if inputs.send(Input::Terminal(Event::Key(key))).is_err() {
                return;
            }
        }
    }
}

/// The seat's thread for the full-screen quiz: takes the client's screen,
/// runs the loop, gives the screen back and says goodbye (or sorry).
fn run_quiz<W: Write>(
    make_app: impl FnOnce(Theme, &Store) -> App,
    theme: Theme,
    store: &Store,
    size: SharedSize,
    sink: &Shared<W>,
    inputs: &Receiver<Input>,
) -> SeatEnd {
    // The terminal outlives the loop, so it is dropped only once the sink
    // is shut.
    let mut terminal = None;
    let ran = catch_unwind(AssertUnwindSafe(|| -> anyhow::Result<Ended> {
        let app = make_app(theme, store);
        execute!(sink.clone(), EnterAlternateScreen, Hide)?;
        let backend = SeatBackend::new(sink.clone(), size.clone());
        let options = TerminalOptions {
            viewport: Viewport::Fullscreen,
        };
        let terminal = terminal.insert(Terminal::with_options(backend, options)?);
        tui::run(app, terminal, inputs, store, &mut Unstoppable)
    }));
    let (end, words) = match ran {
        Ok(Ok(ended)) => {
            let goodbye = ended.goodbye.clone();
            (SeatEnd::Quiz(Box::new(ended)), goodbye)
        }
        Ok(Err(e)) => (SeatEnd::Failed(format!("{e:#}")), APOLOGY.to_string()),
        Err(_) => (SeatEnd::Panicked, APOLOGY.to_string()),
    };
    // Wrapped to the client's window as the local terminal's goodbye is
    // (one column spare, so no line lands in the last column and wraps
    // twice). The client's terminal is in raw mode and no pty turns "\n"
    // into "\r\n" on the way: the seat does.
    let width = usize::from(size.get().width).saturating_sub(1).max(20);
    let words = crate::text::prose(&words, width);
    let _ = execute!(sink.clone(), ResetColor, LeaveAlternateScreen, Show);
    let _ = sink
        .clone()
        .write_all(words.replace('\n', "\r\n").as_bytes());
    let _ = sink.clone().flush();
    sink.shut();
    drop(terminal);
    end
}

/// The seat's thread for plain mode: the quiz as prompts over the lines
/// the connection sends.
fn run_plain<W: Write>(
    content: &Content,
    store: &Store,
    raw: Receiver<Raw>,
    sink: &Shared<W>,
) -> SeatEnd {
    let ran = catch_unwind(AssertUnwindSafe(|| {
        let lines = Lines {
            raw,
            buf: Vec::new(),
            pos: 0,
            done: false,
        };
        let mut plain = Plain::new(content, store, lines, sink.clone());
        plain.width = PLAIN_WIDTH;
        plain.run()
    }));
    let (end, words) = match ran {
        Ok(Ok(PlainEnding::Quit { saved: true })) => (
            SeatEnd::Plain(PlainEnding::Quit { saved: true }),
            Kept::ANSWERS_SAVED,
        ),
        Ok(Ok(ending)) => (SeatEnd::Plain(ending), ""),
        Ok(Err(e)) => (SeatEnd::Failed(e.to_string()), APOLOGY),
        Err(_) => (SeatEnd::Panicked, APOLOGY),
    };
    let _ = sink.clone().write_all(words.as_bytes());
    let _ = sink.clone().flush();
    sink.shut();
    end
}

/// The connection's bytes as a reader for plain mode: window changes are
/// ignored, and the close (or the seat dropped) is the end of input.
struct Lines {
    raw: Receiver<Raw>,
    buf: Vec<u8>,
    pos: usize,
    done: bool,
}

impl Read for Lines {
    fn read(&mut self, out: &mut [u8]) -> io::Result<usize> {
        let available = self.fill_buf()?;
        let n = available.len().min(out.len());
        out[..n].copy_from_slice(&available[..n]);
        self.consume(n);
        Ok(n)
    }
}

impl BufRead for Lines {
    fn fill_buf(&mut self) -> io::Result<&[u8]> {
        while self.pos >= self.buf.len() && !self.done {
            match self.raw.recv() {
                Ok(Raw::Bytes(bytes)) => {
                    self.buf = bytes;
                    self.pos = 0;
                }
                Ok(Raw::Resize(..)) => {}
                Ok(Raw::Close) | Err(_) => self.done = true,
            }
        }
        Ok(&self.buf[self.pos.min(self.buf.len())..])
    }

    fn consume(&mut self, n: usize) {
        self.pos += n;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn colour_follows_the_clients_term_and_no_color() {
        let client = |term: Option<&str>, no_color: Option<&str>| Client {
            cols: 80,
            rows: 24,
            term: term.map(str::to_string),
            no_color: no_color.map(str::to_string),
        };
        assert!(client(Some("xterm-256color"), None).theme().color);
        assert!(client(Some("xterm-256color"), Some("")).theme().color);
        assert!(!client(Some("xterm-256color"), Some("1")).theme().color);
        assert!(!client(Some("dumb"), None).theme().color);
        assert!(!client(Some(""), None).theme().color);
        assert!(!client(None, None).theme().color);
    }
}
