//! A seat's byte sink, shared by the terminal drawing on it and the seat
//! writing its last words around it.

use std::io::{self, BufWriter, Write};
use std::sync::{Arc, Mutex, MutexGuard};

/// The seat's sink, shared by the terminal drawing on it and the seat
/// writing around it (even after a panic held the lock). Writes are
/// buffered until a frame is done (ratatui flushes after each draw), so
/// each frame goes down the channel as one write, not one per escape
/// sequence. Once the seat has
/// said its last words it is shut: later writes (the terminal showing the
/// cursor as it is dropped) go nowhere, so a closed connection is not
/// reported on the server's stderr.
pub(crate) struct Shared<W: Write>(Arc<Mutex<Sink<W>>>);

struct Sink<W: Write> {
    out: BufWriter<W>,
    shut: bool,
}

/// Room for the largest frame: measured frames are 0.2-3.5 KB.
const FRAME_BUFFER: usize = 16 * 1024;

impl<W: Write> Shared<W> {
    pub(crate) fn new(out: W) -> Shared<W> {
        let out = BufWriter::with_capacity(FRAME_BUFFER, out);
        Shared(Arc::new(Mutex::new(Sink { out, shut: false })))
    }

    fn lock(&self) -> MutexGuard<'_, Sink<W>> {
        self.0
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    /// Nothing more is written.
    pub(crate) fn shut(&self) {
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
