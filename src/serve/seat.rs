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
//! - In the room ([`Seat::served`], [`Seat::served_plain`]) a seat takes a
//!   place on the roster, records into the session's results file and
//!   keeps its limits: [`place`], [`come_back`], [`limits`].

pub mod backend;
pub mod come_back;
pub mod limits;
mod lines;
pub mod place;
mod sink;

use std::ffi::OsStr;
use std::io::{self, Write};
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::sync::mpsc::{self, Receiver, RecvTimeoutError, Sender};
use std::sync::{Arc, LazyLock};
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
use crate::lang::{Lang, Words};
use crate::plain::{Plain, PlainEnding};
use crate::saving::Kept;
use crate::start;
use crate::store::Store;
use crate::tui::app::App;
use crate::tui::theme::Theme;
use crate::tui::{self, Ended, Input, Unstoppable};
use backend::{SeatBackend, SharedSize};
use limits::{Closed, Due, Watch};
use lines::lines;
use place::Joining;
use sink::Shared;

/// What a seat's sink gets when the quiz stopped on a fault, in English
/// ([`apology`] in the participant's language).
pub static APOLOGY: LazyLock<String> = LazyLock::new(|| apology(&Words::english()));

/// What a seat's sink gets when the quiz stopped on a fault.
pub fn apology(words: &Words) -> String {
    format!("{}\n", words.get("seat-apology"))
}

/// The width plain mode wraps to: a connection without a pty sends no
/// window size.
pub const PLAIN_WIDTH: usize = 80;

/// What the client told the server about its terminal (the pty request):
/// its window and the TERM, NO_COLOR, LANG and LC_* values it sent.
#[derive(Debug, Clone, Default)]
pub struct Client {
    pub cols: u16,
    pub rows: u16,
    /// The client's TERM, if it sent one.
    pub term: Option<String>,
    /// The client's NO_COLOR, if it sent one.
    pub no_color: Option<String>,
    /// The client's LANG and LC_* values (name, value), as sent.
    pub locale: Vec<(String, String)>,
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

    /// The participant's language from the LANG and LC_* the client sent
    /// (the last value of a name wins), never the server's environment;
    /// English when it sent none careerfit has words for.
    pub fn lang(&self) -> Lang {
        self.lang_sent().unwrap_or_else(Lang::english)
    }

    /// The language the client's LANG and LC_* name; None when it sent
    /// none (Windows' OpenSSH and PuTTY usually do not): the room then
    /// chooses.
    pub fn lang_sent(&self) -> Option<Lang> {
        (!self.locale.is_empty()).then(|| {
            Lang::choose(None, |name| {
                self.locale
                    .iter()
                    .rev()
                    .find(|(n, _)| n == name)
                    .map(|(_, v)| v.clone())
            })
        })
    }

    /// The words of the participant's language.
    pub fn words(&self) -> Words {
        Words::new(self.lang())
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
    /// A served seat got no place (the room is locked, or the participant
    /// left the come-back screen).
    NoPlace,
}

/// What arrives from the connection.
pub(crate) enum Raw {
    Bytes(Vec<u8>),
    Resize(u16, u16),
    Close,
}

/// One participant's quiz on its own thread. Dropping a seat closes it.
pub struct Seat {
    raw: Sender<Raw>,
    watch: Arc<Watch>,
    thread: Option<JoinHandle<SeatEnd>>,
}

/// Builds a seat's app from the client's theme and the seat's store.
type MakeApp = dyn FnOnce(Theme, &Store) -> App + Send;

/// What a full-screen seat runs: an app of its own, or a place in the
/// room (its roster, results file and limits).
enum Plan {
    App(Store, Box<MakeApp>),
    Room(Box<Joining>),
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
        let words = client.words();
        Seat::start(store, client, sink, move |theme, store| {
            start::quiz_app_in(&words, content, theme, store).speaking(words)
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
        let plan = Plan::App(store, Box::new(make_app));
        let watch = Arc::new(Watch::new(Default::default()));
        Seat::full_screen(plan, (watch, client.words()), client, sink)
    }

    /// A participant's seat in the room: the come-back screen when there
    /// are places to come back to, then the quiz as a workshop seat
    /// (nickname first when asked, `n` records), drawn on `sink`.
    pub fn served<W: Write + Send + 'static>(
        joining: Joining,
        client: &Client,
        sink: W,
    ) -> io::Result<Seat> {
        let words = joining.words;
        let watch = Arc::new(Watch::new(joining.limits).speaking(words));
        Seat::full_screen(Plan::Room(Box::new(joining)), (watch, words), client, sink)
    }

    /// `plan` drawn on `sink` for `client`, kept by `watch`, in `words`.
    fn full_screen<W: Write + Send + 'static>(
        plan: Plan,
        (watch, words): (Arc<Watch>, Words),
        client: &Client,
        sink: W,
    ) -> io::Result<Seat> {
        let (raw_tx, raw_rx) = mpsc::channel();
        let (input_tx, input_rx) = mpsc::channel();
        let size = SharedSize::new(client.cols, client.rows);
        let theme = client.theme();
        let pump_size = size.clone();
        let pump_watch = Arc::clone(&watch);
        thread::Builder::new()
            .name("seat-keys".to_string())
            .spawn(move || pump(&raw_rx, &input_tx, &pump_size, &pump_watch))?;
        let closer = raw_tx.clone();
        let seat_watch = Arc::clone(&watch);
        let thread = thread::Builder::new()
            .name("seat".to_string())
            .spawn(move || {
                let sink = Shared::new(sink);
                run_quiz(
                    plan,
                    (theme, words),
                    size,
                    &sink,
                    &input_rx,
                    (closer, seat_watch),
                )
            })?;
        Ok(Seat {
            raw: raw_tx,
            watch,
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
            watch: Arc::new(Watch::new(Default::default())),
            thread: Some(thread),
        })
    }

    /// Plain mode as a participant's seat in the room, for a connection
    /// without a pty: come back by code, nickname when asked, and the
    /// result recorded in the results file once finished.
    pub fn served_plain<W: Write + Send + 'static>(joining: Joining, sink: W) -> io::Result<Seat> {
        let (raw_tx, raw_rx) = mpsc::channel();
        let watch = Arc::new(Watch::new(joining.limits).speaking(joining.words));
        let closer = (raw_tx.clone(), Arc::clone(&watch));
        let thread = thread::Builder::new()
            .name("seat-plain".to_string())
            .spawn(move || {
                let sink = Shared::new(sink);
                place::run_plain(joining, raw_rx, &sink, closer)
            })?;
        Ok(Seat {
            raw: raw_tx,
            watch,
            thread: Some(thread),
        })
    }

    /// Bytes the client sent, in any packet size. A client over its
    /// input budget is cut: the seat ends (answers kept) and nothing more
    /// it sends is read.
    pub fn input(&self, bytes: &[u8]) {
        if self.watch.closed() == Some(Closed::Flood) {
            return;
        }
        if !self.watch.take_bytes(bytes.len()) {
            self.watch.close(Closed::Flood);
            self.close();
            return;
        }
        let _ = self.raw.send(Raw::Bytes(bytes.to_vec()));
    }

    /// Ends the seat because the workshop is ending: its goodbye says so.
    pub fn end_workshop(&self) {
        self.watch.close(Closed::WorkshopEnded);
        self.close();
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

/// Turns the connection's bytes into the loop's inputs: keys through the
/// decoder (a lone Esc once its deadline passes), window changes, and the
/// close as a hang-up. Ends when the connection or the loop is gone.
fn pump(raw: &Receiver<Raw>, inputs: &Sender<Input>, size: &SharedSize, watch: &Watch) {
    let mut decoder = Decoder::default();
    loop {
        let now = Instant::now();
        match watch.due(now) {
            // Wakes the loop, which puts the question up.
            Some(Due::Ask) if inputs.send(Input::Changed).is_err() => return,
            Some(Due::End(why)) => {
                watch.close(why);
                let _ = inputs.send(Input::Signal(SIGHUP));
                return;
            }
            Some(Due::Ask) | None => {}
        }
        let deadline = match decoder.deadline() {
            Some(keys) => keys.min(watch.next()),
            None => watch.next(),
        };
        // Waits for bytes, or until a lone Esc or the seat's clock is due.
        let got = match raw.recv_timeout(deadline.saturating_duration_since(Instant::now())) {
            Ok(got) => Some(got),
            Err(RecvTimeoutError::Timeout) => None,
            Err(RecvTimeoutError::Disconnected) => Some(Raw::Close),
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
        if !keys.is_empty() {
            watch.key();
        }
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
    plan: Plan,
    (theme, words): (Theme, Words),
    size: SharedSize,
    sink: &Shared<W>,
    inputs: &Receiver<Input>,
    closer: (Sender<Raw>, Arc<Watch>),
) -> SeatEnd {
    // The terminal outlives the loop, so it is dropped only once the sink
    // is shut.
    let mut terminal = None;
    let ran = catch_unwind(AssertUnwindSafe(|| -> anyhow::Result<(SeatEnd, String)> {
        execute!(sink.clone(), EnterAlternateScreen, Hide)?;
        let backend = SeatBackend::new(sink.clone(), size.clone());
        let options = TerminalOptions {
            viewport: Viewport::Fullscreen,
        };
        let terminal = terminal.insert(Terminal::with_options(backend, options)?);
        match plan {
            Plan::App(store, make_app) => {
                let app = make_app(theme, &store);
                let ended = tui::run(app, terminal, inputs, &store, &mut Unstoppable)?;
                let goodbye = ended.goodbye.clone();
                Ok((SeatEnd::Quiz(Box::new(ended)), goodbye))
            }
            Plan::Room(joining) => place::run(*joining, theme, terminal, inputs, closer),
        }
    }));
    let (end, words) = match ran {
        Ok(Ok(ended)) => ended,
        Ok(Err(e)) => (SeatEnd::Failed(format!("{e:#}")), apology(&words)),
        Err(_) => (SeatEnd::Panicked, apology(&words)),
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
        let mut plain = Plain::new(content, store, lines(raw), sink.clone());
        plain.width = PLAIN_WIDTH;
        plain.run()
    }));
    // A seat outside a room has no participant's language: English.
    let saved = Kept::answers_saved(&Words::english());
    let (end, words) = match ran {
        Ok(Ok(PlainEnding::Quit { saved: true })) => (
            SeatEnd::Plain(PlainEnding::Quit { saved: true }),
            saved.as_str(),
        ),
        Ok(Ok(ending)) => (SeatEnd::Plain(ending), ""),
        Ok(Err(e)) => (SeatEnd::Failed(e.to_string()), APOLOGY.as_str()),
        Err(_) => (SeatEnd::Panicked, APOLOGY.as_str()),
    };
    let _ = sink.clone().write_all(words.as_bytes());
    let _ = sink.clone().flush();
    sink.shut();
    end
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
            locale: Vec::new(),
        };
        assert!(client(Some("xterm-256color"), None).theme().color);
        assert!(client(Some("xterm-256color"), Some("")).theme().color);
        assert!(!client(Some("xterm-256color"), Some("1")).theme().color);
        assert!(!client(Some("dumb"), None).theme().color);
        assert!(!client(Some(""), None).theme().color);
        assert!(!client(None, None).theme().color);
    }
}
