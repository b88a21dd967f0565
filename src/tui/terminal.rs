//! The terminal at the edge: enter raw mode and the alternate screen, and
//! always put it back, on quit, on error, on panic and on signals.

use std::io::{Write, stdout};
use std::sync::atomic::{AtomicBool, Ordering};

use crossterm::cursor::Show;
use crossterm::execute;
use crossterm::terminal::{
    Clear, ClearType, EnterAlternateScreen, LeaveAlternateScreen, disable_raw_mode, enable_raw_mode,
};
use ratatui::DefaultTerminal;
use ratatui::prelude::CrosstermBackend;

/// Is the terminal in careerfit's hands right now?
static TAKEN: AtomicBool = AtomicBool::new(false);

/// Takes the terminal: raw mode, alternate screen, and a panic hook that
/// restores it before the panic message is printed.
pub fn take() -> std::io::Result<DefaultTerminal> {
    let hook = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        restore();
        hook(info);
    }));
    enable_raw_mode()?;
    TAKEN.store(true, Ordering::SeqCst);
    if let Err(e) = execute!(stdout(), EnterAlternateScreen) {
        restore();
        return Err(e);
    }
    match ratatui::Terminal::new(CrosstermBackend::new(stdout())) {
        Ok(terminal) => Ok(terminal),
        Err(e) => {
            restore();
            Err(e)
        }
    }
}

/// Gives the terminal back as it was: cursor shown, main screen, cooked
/// mode. Safe to call more than once and from any path out.
pub fn restore() {
    if TAKEN.swap(false, Ordering::SeqCst) {
        let mut out = stdout();
        let _ = execute!(out, LeaveAlternateScreen, Show);
        let _ = disable_raw_mode();
        let _ = out.flush();
    }
}

/// Set when careerfit is continued after being stopped (SIGCONT): the
/// screen must be taken and drawn again in full.
static CONTINUED: AtomicBool = AtomicBool::new(false);

/// Ctrl-Z: gives the terminal back (main screen, cooked mode), then stops
/// careerfit as SIGTSTP would, so the shell gets a sane terminal. Returns
/// once continued (`fg`), with the terminal taken again; the caller then
/// draws the whole screen.
pub fn suspend() -> std::io::Result<()> {
    let taken = TAKEN.load(Ordering::SeqCst);
    restore();
    signal_hook::low_level::emulate_default_handler(signal_hook::consts::SIGTSTP)?;
    if taken { retake() } else { Ok(()) }
}

/// Takes the terminal again after a stop: raw mode and the alternate
/// screen (the shell may have changed both meanwhile).
pub fn retake() -> std::io::Result<()> {
    enable_raw_mode()?;
    TAKEN.store(true, Ordering::SeqCst);
    execute!(stdout(), EnterAlternateScreen, Clear(ClearType::All))
}

/// Notes that careerfit was continued (called on SIGCONT).
pub fn mark_continued() {
    CONTINUED.store(true, Ordering::SeqCst);
}

/// Was careerfit continued since the last call?
pub fn take_continued() -> bool {
    CONTINUED.swap(false, Ordering::SeqCst)
}

/// Restores the terminal when dropped, so an early return or `?` cannot
/// leave it in raw mode.
pub struct Guard;

impl Drop for Guard {
    fn drop(&mut self) {
        restore();
    }
}
