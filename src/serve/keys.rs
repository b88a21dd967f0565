//! Keys from raw bytes: what an SSH client types arrives as bytes on a
//! channel, not as terminal events, so a seat turns them into the same
//! crossterm [`KeyEvent`]s the quiz takes from a local terminal.
//!
//! The [`Decoder`] is pure: it owns no clock and no I/O. The caller gives
//! it bytes with the time they came ([`Decoder::feed`]) and asks it, when
//! [`Decoder::deadline`] passes with nothing new, to settle what is left
//! ([`Decoder::tick`]): a lone Esc is only known to be alone once a short
//! wait ([`ESC_TIMEOUT`]) has gone by, since Esc also starts the arrows.
//!
//! Decoded: printable text (UTF-8, even split across packets; invalid
//! bytes are dropped), Enter (`\r`, `\n`, `\r\n`), Tab, Backspace (0x7F and
//! 0x08), Ctrl-letters, Alt+key (Esc then the key), arrows, Home, End,
//! PgUp, PgDn, Insert, Delete and F1-F12 in their CSI (`ESC [`), SS3
//! (`ESC O`) and Linux console forms, with xterm modifiers (`ESC [1;5A`),
//! and Shift-Tab (`ESC [Z`). Any other escape sequence (mouse reports,
//! bracketed paste markers, focus reports, anything longer than
//! [`MAX_SEQUENCE`]) is swallowed whole: none of its letters reach the quiz
//! as typing. The decoder holds at most [`MAX_SEQUENCE`] bytes, and each
//! byte gives at most two keys.
//!
//! Keys follow crossterm's own Unix reading, so the quiz cannot tell a seat
//! from a local terminal: an upper-case letter carries Shift, Shift-Tab is
//! `BackTab` with Shift, 0x00 is Ctrl-Space and 0x1C-0x1F are Ctrl-4 to 7.

use std::time::{Duration, Instant};

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

/// How long a lone Esc waits for the rest of a sequence before it counts
/// as the Esc key (the bytes of one key press arrive together).
pub const ESC_TIMEOUT: Duration = Duration::from_millis(50);

/// The most parameter bytes one escape sequence may hold; a longer one is
/// dropped, up to and with its final byte.
pub const MAX_SEQUENCE: usize = 32;

const ESC: u8 = 0x1B;

/// Where the decoder is inside the byte stream.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
enum State {
    #[default]
    Ground,
    /// ESC seen.
    Escape,
    /// `ESC [` and the parameter bytes in the buffer.
    Csi,
    /// `ESC O` and the parameter bytes in the buffer.
    Ss3,
    /// `ESC [ [` (Linux console F1-F5): one letter to come.
    Linux,
    /// `ESC [ M` (old X10 mouse report): this many raw bytes to drop.
    Mouse(u8),
    /// An over-long sequence: drop bytes up to its final byte.
    Swallow,
    /// A UTF-8 char: this many continuation bytes still to come.
    Utf8(u8),
}

/// Turns one connection's bytes into key presses. One per seat; see the
/// module doc for what it reads.
#[derive(Debug, Clone, Default)]
pub struct Decoder {
    state: State,
    /// The parameter bytes of an escape sequence, or a UTF-8 char's bytes.
    buf: [u8; MAX_SEQUENCE],
    len: usize,
    /// Esc then a plain key: that key is Alt+key.
    alt: bool,
    /// The last byte was `\r`: a `\n` right after it is the same Enter.
    after_cr: bool,
    /// When the last byte of an unfinished sequence arrived.
    since: Option<Instant>,
}

impl Decoder {
    /// Decodes `bytes`, which arrived at `now`, continuing any sequence the
    /// last packet left unfinished. How the bytes are split into packets
    /// does not change the keys.
    pub fn feed(&mut self, bytes: &[u8], now: Instant) -> Vec<KeyEvent> {
        let mut out = Vec::new();
        for &b in bytes {
            self.byte(b, &mut out);
        }
        if !bytes.is_empty() {
            self.since = self.pending().then_some(now);
        }
        out
    }

    /// When [`Decoder::tick`] must be called if no byte comes before: an
    /// Esc (or the start of a sequence) is waiting to be settled. `None`
    /// when nothing is waiting.
    pub fn deadline(&self) -> Option<Instant> {
        if !self.pending() {
            return None;
        }
        self.since.map(|since| since + ESC_TIMEOUT)
    }

    /// Settles what is waiting once the deadline has passed: a lone Esc
    /// is the Esc key, `ESC [` and `ESC O` are Alt+`[` and Alt+`O`, and an
    /// unfinished sequence or char is dropped. Before the deadline, or with
    /// nothing waiting, it gives nothing and changes nothing.
    pub fn tick(&mut self, now: Instant) -> Vec<KeyEvent> {
        let mut out = Vec::new();
        if self.deadline().is_some_and(|deadline| now >= deadline) {
            match self.state {
                State::Escape => out.push(KeyEvent::new(KeyCode::Esc, KeyModifiers::NONE)),
                State::Csi | State::Ss3 if self.len == 0 => self.abort(&mut out),
                _ => self.drop_alt(&mut out),
            }
            self.reset();
            self.since = None;
        }
        out
    }

    /// Is an escape sequence or a UTF-8 char unfinished?
    pub fn pending(&self) -> bool {
        self.state != State::Ground
    }

    fn byte(&mut self, b: u8, out: &mut Vec<KeyEvent>) {
        let after_cr = std::mem::take(&mut self.after_cr);
        match self.state {
            State::Ground => self.ground(b, after_cr, out),
            State::Escape => match b {
                b'[' => self.state = State::Csi,
                b'O' => self.state = State::Ss3,
                // Esc Esc: the first was alone; the second waits in turn.
                ESC => out.push(KeyEvent::new(KeyCode::Esc, KeyModifiers::NONE)),
                _ => {
                    self.state = State::Ground;
                    self.alt = true;
                    self.ground(b, false, out);
                    if self.state == State::Ground {
                        // The byte gave no key (invalid): the Esc stands alone.
                        self.drop_alt(out);
                    }
                }
            },
            State::Csi | State::Ss3 => match b {
                b'M' if self.state == State::Csi && self.len == 0 => self.state = State::Mouse(3),
                b'[' if self.state == State::Csi && self.len == 0 => self.state = State::Linux,
                0x20..=0x3F if self.len == MAX_SEQUENCE => self.state = State::Swallow,
                0x20..=0x3F => {
                    self.buf[self.len] = b;
                    self.len += 1;
                }
                0x40..=0x7E => {
                    if let Some((code, modifiers)) = self.sequence(b) {
                        out.push(KeyEvent::new(code, modifiers));
                    }
                    self.reset();
                }
                // A control byte or ESC breaks the sequence: read it anew.
                _ => {
                    self.abort(out);
                    self.byte(b, out);
                }
            },
            State::Linux => match b {
                b'A'..=b'E' => {
                    out.push(KeyEvent::new(KeyCode::F(b - b'A' + 1), KeyModifiers::NONE));
                    self.reset();
                }
                0x40..=0x7E => self.reset(),
                _ => {
                    self.reset();
                    self.byte(b, out);
                }
            },
            State::Mouse(left) => match left {
                0 | 1 => self.reset(),
                _ => self.state = State::Mouse(left - 1),
            },
            State::Swallow => match b {
                0x20..=0x3F => {}
                0x40..=0x7E => self.reset(),
                _ => {
                    self.reset();
                    self.byte(b, out);
                }
            },
            State::Utf8(left) => match b {
                0x80..=0xBF => {
                    self.buf[self.len] = b;
                    self.len += 1;
                    if left > 1 {
                        self.state = State::Utf8(left - 1);
                        return;
                    }
                    // from_utf8 also refuses over-long forms and surrogates.
                    let decoded = std::str::from_utf8(&self.buf[..self.len])
                        .ok()
                        .and_then(|text| text.chars().next());
                    match decoded {
                        Some(c) => self.char(c, out),
                        None => self.drop_alt(out),
                    }
                    self.reset();
                }
                _ => {
                    self.drop_alt(out);
                    self.reset();
                    self.byte(b, out);
                }
            },
        }
    }

    /// A byte outside any sequence.
    fn ground(&mut self, b: u8, after_cr: bool, out: &mut Vec<KeyEvent>) {
        match b {
            b'\r' => {
                self.push(KeyCode::Enter, KeyModifiers::NONE, out);
                self.after_cr = true;
            }
            b'\n' if after_cr => {}
            b'\n' => self.push(KeyCode::Enter, KeyModifiers::NONE, out),
            b'\t' => self.push(KeyCode::Tab, KeyModifiers::NONE, out),
            0x08 | 0x7F => self.push(KeyCode::Backspace, KeyModifiers::NONE, out),
            ESC => self.state = State::Escape,
            0x00 => self.push(KeyCode::Char(' '), KeyModifiers::CONTROL, out),
            0x01..=0x1A => {
                let letter = char::from(b - 0x01 + b'a');
                self.push(KeyCode::Char(letter), KeyModifiers::CONTROL, out);
            }
            0x1C..=0x1F => {
                let digit = char::from(b - 0x1C + b'4');
                self.push(KeyCode::Char(digit), KeyModifiers::CONTROL, out);
            }
            0x20..=0x7E => self.char(char::from(b), out),
            0xC2..=0xDF => self.start_utf8(b, 1),
            0xE0..=0xEF => self.start_utf8(b, 2),
            0xF0..=0xF4 => self.start_utf8(b, 3),
            // A stray continuation byte or one never valid in UTF-8.
            _ => {}
        }
    }

    fn start_utf8(&mut self, b: u8, left: u8) {
        self.buf[0] = b;
        self.len = 1;
        self.state = State::Utf8(left);
    }

    /// A typed char, with Shift when it is upper case (as crossterm does).
    fn char(&mut self, c: char, out: &mut Vec<KeyEvent>) {
        let modifiers = if c.is_uppercase() {
            KeyModifiers::SHIFT
        } else {
            KeyModifiers::NONE
        };
        self.push(KeyCode::Char(c), modifiers, out);
    }

    fn push(&mut self, code: KeyCode, mut modifiers: KeyModifiers, out: &mut Vec<KeyEvent>) {
        if std::mem::take(&mut self.alt) {
            modifiers |= KeyModifiers::ALT;
        }
        out.push(KeyEvent::new(code, modifiers));
    }

    /// An Esc meant as Alt for a key that never came: it was the Esc key.
    fn drop_alt(&mut self, out: &mut Vec<KeyEvent>) {
        if std::mem::take(&mut self.alt) {
            out.push(KeyEvent::new(KeyCode::Esc, KeyModifiers::NONE));
        }
    }

    /// A broken sequence: a bare `ESC [` or `ESC O` was Alt+`[` or Alt+`O`;
    /// one with parameters is dropped.
    fn abort(&mut self, out: &mut Vec<KeyEvent>) {
        match self.state {
            State::Csi if self.len == 0 => self.push_alt('[', out),
            State::Ss3 if self.len == 0 => self.push_alt('O', out),
            _ => {}
        }
        self.reset();
    }

    fn push_alt(&mut self, c: char, out: &mut Vec<KeyEvent>) {
        self.alt = true;
        self.char(c, out);
    }

    fn reset(&mut self) {
        self.state = State::Ground;
        self.len = 0;
    }

    /// The key a finished CSI or SS3 sequence names, or `None` for one
    /// careerfit does not read (it is then swallowed).
    fn sequence(&self, last: u8) -> Option<(KeyCode, KeyModifiers)> {
        let [first, second] = params(&self.buf[..self.len])?;
        // A CSI letter key is `ESC [A` or `ESC [1;mA`; any other first
        // number is not a key (`ESC [12;40R` answers a cursor query).
        let letter = self.state == State::Ss3 || first <= 1;
        let code = match last {
            b'A'..=b'Z' if !letter => return None,
            b'A' => KeyCode::Up,
            b'B' => KeyCode::Down,
            b'C' => KeyCode::Right,
            b'D' => KeyCode::Left,
            b'H' => KeyCode::Home,
            b'F' => KeyCode::End,
            b'P'..=b'S' => KeyCode::F(last - b'P' + 1),
            b'M' if self.state == State::Ss3 => KeyCode::Enter,
            b'Z' if self.state == State::Csi => {
                return Some((KeyCode::BackTab, KeyModifiers::SHIFT | modifiers(second)));
            }
            b'~' if self.state == State::Csi => match first {
                1 | 7 => KeyCode::Home,
                2 => KeyCode::Insert,
                3 => KeyCode::Delete,
                4 | 8 => KeyCode::End,
                5 => KeyCode::PageUp,
                6 => KeyCode::PageDown,
                11..=15 => KeyCode::F((first - 10) as u8),
                17..=21 => KeyCode::F((first - 11) as u8),
                23 | 24 => KeyCode::F((first - 12) as u8),
                _ => return None,
            },
            _ => return None,
        };
        // `ESC [1;5A` puts the modifier second; some SS3 forms (`ESC O5A`)
        // put it first.
        let modifier = if self.state == State::Ss3 && second == 0 {
            first
        } else {
            second
        };
        Some((code, modifiers(modifier)))
    }
}

/// The first two numbers of a sequence's parameters (`1;5` is `[1, 5]`, a
/// missing one is 0), or `None` when they are not plain numbers (`<`, `?`).
fn params(bytes: &[u8]) -> Option<[u16; 2]> {
    let mut numbers = [0u16; 2];
    let mut index = 0;
    for &b in bytes {
        match b {
            b'0'..=b'9' => {
                if let Some(n) = numbers.get_mut(index) {
                    *n = n.saturating_mul(10).saturating_add(u16::from(b - b'0'));
                }
            }
            b';' => index += 1,
            _ => return None,
        }
    }
    Some(numbers)
}

/// An xterm modifier parameter (1 + a bit mask) as crossterm's modifiers.
fn modifiers(parameter: u16) -> KeyModifiers {
    let mask = parameter.saturating_sub(1);
    let mut modifiers = KeyModifiers::NONE;
    for (bit, modifier) in [
        (1, KeyModifiers::SHIFT),
        (2, KeyModifiers::ALT),
        (4, KeyModifiers::CONTROL),
        (8, KeyModifiers::SUPER),
        (16, KeyModifiers::HYPER),
        (32, KeyModifiers::META),
    ] {
        if mask & bit != 0 {
            modifiers |= modifier;
        }
    }
    modifiers
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parameters_are_read_as_numbers_and_never_overflow() {
        assert_eq!(params(b""), Some([0, 0]));
        assert_eq!(params(b"1;5"), Some([1, 5]));
        assert_eq!(params(b"15~"), None);
        assert_eq!(params(b"<0;3;4"), None);
        assert_eq!(params(b"99999999;1;2;3"), Some([u16::MAX, 1]));
    }

    #[test]
    fn xterm_modifier_parameters() {
        assert_eq!(modifiers(0), KeyModifiers::NONE);
        assert_eq!(modifiers(1), KeyModifiers::NONE);
        assert_eq!(modifiers(2), KeyModifiers::SHIFT);
        assert_eq!(modifiers(3), KeyModifiers::ALT);
        assert_eq!(modifiers(5), KeyModifiers::CONTROL);
        assert_eq!(modifiers(6), KeyModifiers::SHIFT | KeyModifiers::CONTROL);
        assert!(modifiers(u16::MAX).contains(KeyModifiers::SUPER));
    }

    #[test]
    fn the_buffer_never_overflows() {
        let mut decoder = Decoder::default();
        let now = Instant::now();
        let mut long = b"\x1b[".to_vec();
        long.extend(std::iter::repeat_n(b'1', 10 * MAX_SEQUENCE));
        assert!(decoder.feed(&long, now).is_empty());
        assert_eq!(decoder.state, State::Swallow);
        assert!(decoder.len <= MAX_SEQUENCE);
    }
}
