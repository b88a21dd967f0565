//! A seat's drawing surface: ratatui's crossterm backend writing ANSI to
//! the seat's byte sink, with the size the client's window reported. The
//! crossterm backend alone would ask the server's own tty for the size
//! (`size`, `window_size`) and for the cursor position (a query whose
//! answer would arrive as input): here neither ever reaches a terminal.

use std::io::{self, Write};
use std::sync::Arc;
use std::sync::atomic::{AtomicU32, Ordering};

use ratatui::backend::{Backend, ClearType, CrosstermBackend, WindowSize};
use ratatui::buffer::Cell;
use ratatui::layout::{Position, Size};

/// The client's window size, shared between whoever hears about a change
/// (the seat) and the backend drawing at it.
#[derive(Debug, Clone)]
pub struct SharedSize(Arc<AtomicU32>);

impl SharedSize {
    /// A size of `cols` x `rows`; zero is read as one, so a client saying
    /// 0x0 gets a tiny screen rather than a failed draw.
    pub fn new(cols: u16, rows: u16) -> SharedSize {
        let size = SharedSize(Arc::new(AtomicU32::new(0)));
        size.set(cols, rows);
        size
    }

    /// The window is now `cols` x `rows`.
    pub fn set(&self, cols: u16, rows: u16) {
        let packed = (u32::from(cols.max(1)) << 16) | u32::from(rows.max(1));
        self.0.store(packed, Ordering::SeqCst);
    }

    /// The window's size now.
    pub fn get(&self) -> Size {
        let packed = self.0.load(Ordering::SeqCst);
        Size {
            width: (packed >> 16) as u16,
            height: (packed & 0xFFFF) as u16,
        }
    }
}

/// The crossterm backend on a byte sink, sized by the client.
pub struct SeatBackend<W: Write> {
    inner: CrosstermBackend<W>,
    size: SharedSize,
    /// Where the cursor was last put: reported instead of asking.
    cursor: Position,
}

impl<W: Write> SeatBackend<W> {
    pub fn new(sink: W, size: SharedSize) -> SeatBackend<W> {
        SeatBackend {
            inner: CrosstermBackend::new(sink),
            size,
            cursor: Position::ORIGIN,
        }
    }
}

impl<W: Write> Backend for SeatBackend<W> {
    type Error = io::Error;

    fn draw<'a, I>(&mut self, content: I) -> io::Result<()>
    where
        I: Iterator<Item = (u16, u16, &'a Cell)>,
    {
        self.inner.draw(content)
    }

    fn append_lines(&mut self, n: u16) -> io::Result<()> {
        self.inner.append_lines(n)
    }

    fn hide_cursor(&mut self) -> io::Result<()> {
        self.inner.hide_cursor()
    }

    fn show_cursor(&mut self) -> io::Result<()> {
        self.inner.show_cursor()
    }

    /// Where the cursor was last put: a seat never queries the client.
    fn get_cursor_position(&mut self) -> io::Result<Position> {
        Ok(self.cursor)
    }

    fn set_cursor_position<P: Into<Position>>(&mut self, position: P) -> io::Result<()> {
        self.cursor = position.into();
        self.inner.set_cursor_position(self.cursor)
    }

    fn clear(&mut self) -> io::Result<()> {
        self.inner.clear()
    }

    fn clear_region(&mut self, clear_type: ClearType) -> io::Result<()> {
        self.inner.clear_region(clear_type)
    }

    /// The client's window, never the server's tty.
    fn size(&self) -> io::Result<Size> {
        Ok(self.size.get())
    }

    /// The client's window in cells; the pixel size is unknown (zero).
    fn window_size(&mut self) -> io::Result<WindowSize> {
        Ok(WindowSize {
            columns_rows: self.size.get(),
            pixels: Size::default(),
        })
    }

    fn flush(&mut self) -> io::Result<()> {
        Backend::flush(&mut self.inner)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_size_is_the_clients_and_zero_is_one() {
        let size = SharedSize::new(100, 30);
        let backend = SeatBackend::new(Vec::new(), size.clone());
        assert_eq!(backend.size().unwrap(), Size::new(100, 30));
        size.set(0, u16::MAX);
        assert_eq!(backend.size().unwrap(), Size::new(1, u16::MAX));
    }

    #[test]
    fn the_cursor_position_is_remembered_not_asked() {
        let mut backend = SeatBackend::new(Vec::new(), SharedSize::new(80, 24));
        backend.set_cursor_position((5, 7)).unwrap();
        assert_eq!(backend.get_cursor_position().unwrap(), Position::new(5, 7));
    }
}
