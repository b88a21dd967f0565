//! The workshop kiosk as plain prompts, for screen readers, dumb terminals
//! and pipes (`workshop --plain`, ACCESSIBLE=1, TERM=dumb): a nickname (with
//! --ask-name) or "press Enter", the quiz through plain mode's own prompts
//! over the same session, the results in words, then n for the next
//! person. The record is appended by the same saving policy as the
//! full-screen kiosk's (one locked, fsynced append) before the next person
//! starts. Only the
//! facilitator ends it: q at the nickname or welcome prompt, then the PIN
//! when one is set. No screen is cleared (there is no screen to clear):
//! "Next person" is said instead.

use std::io::{self, BufRead, Write};

use super::{Plain, PlainEnding};
use crate::content::Content;
use crate::lang::Words;
use crate::saving::{Recorded, record_participant};
use crate::scoring::Outcome;
use crate::session::Session;
use crate::store::Store;
use crate::tui::kiosk::{self, Kiosk, LOCK_RETRY, PinTry};
use crate::workshop::label::for_terminal;

/// How a plain kiosk ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum KioskEnding {
    /// The facilitator ended it (q, then y or the PIN).
    Ended,
    /// The input ended. `unfinished`: a participant's answers were not
    /// recorded (the input ended mid-quiz, or their result could not be
    /// written).
    InputEnded { unfinished: bool },
}

/// A terminal sends "end of input" (Ctrl-D) and goes on; this many in a row
/// mean it has really gone.
const MAX_EOFS: u32 = 3;

/// The plain kiosk over any input and output.
pub struct PlainKiosk<'a, R, W> {
    content: &'a Content,
    pub kiosk: Kiosk,
    input: R,
    out: W,
    /// A person is typing (input is a terminal), not a script.
    pub interactive: bool,
    /// Reads the PIN without showing it (on a terminal); `None`: read it
    /// as a line like any other answer (a script).
    pub hidden_pin: Option<fn() -> io::Result<Option<String>>>,
    /// What is said is wrapped to this many columns.
    pub width: usize,
    /// The words it speaks (the quiz's prompts too).
    pub words: Words,
}

/// What the nickname or welcome prompt got.
enum Start {
    Person,
    End,
    InputEnded,
}

impl<'a, R: BufRead, W: Write> PlainKiosk<'a, R, W> {
    pub fn new(content: &'a Content, kiosk: Kiosk, input: R, out: W) -> Self {
        PlainKiosk {
            content,
            kiosk,
            input,
            out,
            interactive: true,
            hidden_pin: None,
            width: 80,
            words: Words::english(),
        }
    }

    /// Participants recorded so far.
    pub fn recorded(&self) -> u32 {
        self.kiosk.done
    }

    /// Runs participant after participant until the facilitator ends it
    /// or the input ends.
    pub fn run(&mut self) -> io::Result<KioskEnding> {
        let words = self.words;
        self.say(&words.args(
            "plain-kiosk-opening",
            &[
                ("session", for_terminal(&self.kiosk.session).into()),
                (
                    "file",
                    for_terminal(&self.kiosk.results.display().to_string()).into(),
                ),
            ],
        ))?;
        loop {
            match self.start()? {
                Start::Person => {}
                Start::End => return Ok(KioskEnding::Ended),
                Start::InputEnded => return Ok(KioskEnding::InputEnded { unfinished: false }),
            }
            let nowhere = Store::nowhere();
            let mut plain = Plain::new(self.content, &nowhere, &mut self.input, &mut self.out);
            plain.interactive = self.interactive;
            plain.at_kiosk = true;
            plain.words = words;
            let ending = plain.run()?;
            let session = plain.session.clone();
            match ending {
                PlainEnding::Finished(outcome) => {
                    if let Some(recorded) = self.hand_over(&session, &outcome)? {
                        return Ok(KioskEnding::InputEnded {
                            unfinished: !recorded,
                        });
                    }
                }
                PlainEnding::Quit { .. } => {
                    self.say(&words.get("plain-kiosk-cleared"))?;
                }
                PlainEnding::InputEnded { .. } => {
                    return Ok(KioskEnding::InputEnded { unfinished: true });
                }
            }
            self.kiosk.name.clear();
            self.say(&format!("\n{}", words.get("plain-kiosk-next")))?;
        }
    }

    /// Says `text`, wrapped at word boundaries to the width.
    fn say(&mut self, text: &str) -> io::Result<()> {
        write!(self.out, "{}", crate::text::reflow(text, self.width))?;
        self.out.flush()
    }

    /// Reads one line; `None` at the end of input.
    fn read(&mut self, prompt: &str) -> io::Result<Option<String>> {
        write!(self.out, "{prompt} ")?;
        self.out.flush()?;
        let mut bytes = Vec::new();
        if self.input.read_until(b'\n', &mut bytes)? == 0 {
            writeln!(self.out)?;
            return Ok(None);
        }
        Ok(Some(
            String::from_utf8_lossy(&bytes)
                .trim_end_matches(['\n', '\r'])
                .to_string(),
        ))
    }

    /// The nickname (with --ask-name) or welcome prompt, where the
    /// facilitator may end the workshop with q.
    fn start(&mut self) -> io::Result<Start> {
        let mut eofs = 0;
        let words = self.words;
        loop {
            let (text, prompt) = if self.kiosk.ask_name {
                (
                    words.get("plain-kiosk-start-named"),
                    words.get("plain-kiosk-nickname"),
                )
            } else {
                (
                    words.get("plain-kiosk-start"),
                    words.get("plain-kiosk-press-enter"),
                )
            };
            self.say(&text)?;
            let Some(line) = self.read(&prompt)? else {
                eofs += 1;
                if self.interactive && eofs < MAX_EOFS {
                    self.say(&words.get("plain-kiosk-ctrl-d"))?;
                    continue;
                }
                return Ok(Start::InputEnded);
            };
            eofs = 0;
            if line.trim().eq_ignore_ascii_case("q") {
                match self.end()? {
                    Some(start) => return Ok(start),
                    None => continue,
                }
            }
            self.kiosk.name = if self.kiosk.ask_name {
                line
            } else {
                String::new()
            };
            return Ok(Start::Person);
        }
    }

    /// q: the facilitator ends the workshop, with the PIN when one is set.
    /// `None`: it goes on.
    fn end(&mut self) -> io::Result<Option<Start>> {
        let words = self.words;
        let done = words.args("kiosk-participants", &[("n", self.kiosk.done.into())]);
        if self.kiosk.pin.is_none() {
            loop {
                let Some(line) =
                    self.read(&words.args("plain-kiosk-end", &[("done", done.as_str().into())]))?
                else {
                    return Ok(Some(Start::InputEnded));
                };
                match line.trim().to_lowercase().as_str() {
                    "y" | "yes" => return Ok(Some(Start::End)),
                    "n" | "no" | "" => return Ok(None),
                    _ => self.say(&words.get("plain-kiosk-yes-no"))?,
                }
            }
        }
        loop {
            let prompt = words.get("plain-kiosk-pin");
            let prompt = prompt.as_str();
            let typed = match self.hidden_pin {
                Some(read_hidden) => {
                    write!(self.out, "{prompt} ")?;
                    self.out.flush()?;
                    let typed = read_hidden()?;
                    writeln!(self.out)?;
                    typed
                }
                None => self.read(prompt)?,
            };
            let Some(typed) = typed else {
                return Ok(Some(Start::InputEnded));
            };
            if typed.is_empty() {
                return Ok(None);
            }
            match self.kiosk.try_pin(&typed) {
                PinTry::Right => return Ok(Some(Start::End)),
                tried => {
                    if let Some(said) = tried.words_in(&words) {
                        self.say(&said)?;
                    }
                }
            }
        }
    }

    /// After the results: n records the participant and hands over
    /// (`None`). `Some` when the input ended: whether the result could
    /// still be recorded.
    fn hand_over(&mut self, session: &Session, outcome: &Outcome) -> io::Result<Option<bool>> {
        let words = self.words;
        self.say(&format!("\n{}", words.get("plain-kiosk-hand-over")))?;
        loop {
            let Some(line) = self.read(&words.get("plain-kiosk-type-n"))? else {
                // A finished result is not lost because the input ended.
                return self.record(session, outcome).map(Some);
            };
            match line.trim().to_lowercase().as_str() {
                "n" | "next" => {
                    if self.record(session, outcome)? {
                        return Ok(None);
                    }
                }
                _ => self.say(&words.get("plain-kiosk-type-n-done"))?,
            }
        }
    }

    /// Appends the participant's record (through the saving policy's
    /// [`record_participant`]), waiting up to the kiosk's `lock_wait`
    /// while another program holds the results file. `false` (said why)
    /// when it is not saved.
    fn record(&mut self, session: &Session, outcome: &Outcome) -> io::Result<bool> {
        let mut said_waiting = false;
        let words = self.words;
        self.kiosk.lang = words.lang();
        loop {
            let recorded = record_participant(
                &self.content.quiz,
                &mut self.kiosk,
                session.answers(),
                outcome,
            );
            let said = recorded
                .words_in(&words, words.word("kiosk-type"))
                .unwrap_or_default();
            match recorded {
                Recorded::Saved => {
                    self.kiosk.done += 1;
                    let done = words.args("kiosk-participants", &[("n", self.kiosk.done.into())]);
                    self.say(&words.args("plain-kiosk-saved", &[("done", done.into())]))?;
                    return Ok(true);
                }
                Recorded::Waiting => {
                    if !said_waiting {
                        said_waiting = true;
                        self.say(&said)?;
                    }
                    std::thread::sleep(LOCK_RETRY);
                }
                Recorded::Busy(_) | Recorded::Failed(_) => {
                    self.say(&said)?;
                    return Ok(false);
                }
            }
        }
    }
}

/// Reads a PIN from the terminal without echoing it: raw mode for the
/// length of one line (given back before this returns). Enter ends it,
/// Backspace takes a character back, Esc or Ctrl-C gives up (an empty
/// PIN: keep going). `None` when the terminal stopped sending keys.
pub fn read_hidden_pin() -> io::Result<Option<String>> {
    use crossterm::event::{Event, KeyCode, KeyEventKind, KeyModifiers, read};
    use crossterm::terminal::{disable_raw_mode, enable_raw_mode};
    enable_raw_mode()?;
    let mut pin = String::new();
    let got = loop {
        let key = match read() {
            Ok(Event::Key(key)) if key.kind != KeyEventKind::Release => key,
            Ok(_) => continue,
            Err(e) => break Err(e),
        };
        let control = key.modifiers.contains(KeyModifiers::CONTROL);
        match key.code {
            KeyCode::Enter => break Ok(Some(pin)),
            KeyCode::Esc => break Ok(Some(String::new())),
            KeyCode::Char('c') if control => break Ok(Some(String::new())),
            KeyCode::Char('d') if control => break Ok(None),
            KeyCode::Backspace => {
                pin.pop();
            }
            KeyCode::Char(c)
                if !control && !c.is_control() && pin.chars().count() < kiosk::MAX_PIN =>
            {
                pin.push(c)
            }
            _ => {}
        }
    };
    disable_raw_mode()?;
    got
}
