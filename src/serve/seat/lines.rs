//! A plain-mode seat's input: the connection's bytes read as lines.

use std::io::{self, BufRead, Read};
use std::sync::Arc;
use std::sync::mpsc::{Receiver, RecvTimeoutError};
use std::time::Instant;

use super::Raw;
use super::limits::{Due, Watch};

/// Says a line to the participant ("Still there?").
pub(crate) type Say = Box<dyn FnMut(&str)>;

/// The connection's bytes as a reader for plain mode: window changes are
/// ignored, and the close (or the seat dropped) is the end of input. `\r`,
/// `\n` and `\r\n` each end a line (Windows clients send `\r`).
pub(crate) struct Lines {
    raw: Receiver<Raw>,
    buf: Vec<u8>,
    pos: usize,
    done: bool,
    /// The last byte was `\r`: a `\n` right after it ends no second line.
    after_cr: bool,
    /// A served seat's limits, and how "Still there?" is said: an idle
    /// seat is asked, then its input ends.
    watch: Option<(Arc<Watch>, Say)>,
}

pub(crate) fn lines(raw: Receiver<Raw>) -> Lines {
    Lines {
        raw,
        buf: Vec::new(),
        pos: 0,
        done: false,
        after_cr: false,
        watch: None,
    }
}

/// [`lines`] kept by `watch`'s clock: idle, it says "Still there?" with
/// `say`, then ends the input; the seat's longest time ends it too.
pub(crate) fn watched(raw: Receiver<Raw>, watch: Arc<Watch>, say: Say) -> Lines {
    Lines {
        watch: Some((watch, say)),
        ..lines(raw)
    }
}

impl Lines {
    /// `bytes` with every line ending made `\n`.
    fn one_ending(&mut self, bytes: Vec<u8>) -> Vec<u8> {
        let mut out = Vec::with_capacity(bytes.len());
        for byte in bytes {
            match byte {
                b'\r' => out.push(b'\n'),
                b'\n' if self.after_cr => {}
                byte => out.push(byte),
            }
            self.after_cr = byte == b'\r';
        }
        out
    }
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
            let got = match &mut self.watch {
                None => self.raw.recv().ok(),
                Some((watch, say)) => {
                    match watch.due(Instant::now()) {
                        Some(Due::Ask) => {
                            let _ = watch.take_question();
                            say(&watch.still_there());
                            continue;
                        }
                        Some(Due::End(why)) => {
                            watch.close(why);
                            self.done = true;
                            continue;
                        }
                        None => {}
                    }
                    let wait = watch.next().saturating_duration_since(Instant::now());
                    match self.raw.recv_timeout(wait) {
                        Ok(raw) => Some(raw),
                        Err(RecvTimeoutError::Timeout) => continue,
                        Err(RecvTimeoutError::Disconnected) => None,
                    }
                }
            };
            match got {
                Some(Raw::Bytes(bytes)) => {
                    if let Some((watch, _)) = &self.watch {
                        watch.key();
                    }
                    self.buf = self.one_ending(bytes);
                    self.pos = 0;
                }
                Some(Raw::Resize(..)) => {}
                Some(Raw::Close) | None => self.done = true,
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
    use std::sync::mpsc;

    #[test]
    fn cr_lf_and_crlf_each_end_one_line_even_split_across_packets() {
        let (tx, rx) = mpsc::channel();
        for bytes in [&b"1\r"[..], b"\n2\n3\r\n", b"4\r", b"5"] {
            tx.send(Raw::Bytes(bytes.to_vec())).unwrap();
        }
        drop(tx);
        let read: Vec<String> = lines(rx).lines().map(Result::unwrap).collect();
        assert_eq!(read, ["1", "2", "3", "4", "5"]);
    }
}
