//! The smallest full-screen ratatui program: one frame with "hello", then
//! wait for any key. It is the baseline that benches/startup.rs compares
//! careerfit's startup time and memory against.

use ratatui::crossterm::event::{self, Event, KeyEventKind};
use ratatui::widgets::Paragraph;

fn main() -> std::io::Result<()> {
    let mut terminal = ratatui::init();
    let drawn = terminal.draw(|frame| frame.render_widget(Paragraph::new("hello"), frame.area()));
    let waited = drawn.and_then(|_| {
        loop {
            match event::read()? {
                Event::Key(key) if key.kind == KeyEventKind::Press => break Ok(()),
                _ => {}
            }
        }
    });
    ratatui::restore();
    waited
}
