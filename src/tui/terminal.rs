//! The local terminal, the one thin wrapper around the loop in `tui`: it
//! alone touches what belongs to the whole process: raw mode, the
//! alternate screen, the panic hook, signals and stopping on Ctrl-Z. It
//! always puts the terminal back, on quit, on error, on panic and on
//! signals.

use std::io::{Write, stdout};
use std::sync::Once;
use std::sync::atomic::{AtomicBool, Ordering};

use crossterm::cursor::Show;
use crossterm::execute;
use crossterm::terminal::{
    Clear, ClearType, EnterAlternateScreen, LeaveAlternateScreen, disable_raw_mode, enable_raw_mode,
};
use ratatui::DefaultTerminal;
use ratatui::prelude::CrosstermBackend;

use super::app::App;
use super::events::Events;
use super::{Ended, Host};
use crate::store::Store;

/// Is the terminal in careerfit's hands right now?
static TAKEN: AtomicBool = AtomicBool::new(false);

/// The panic hook is added once per process, however often the terminal
/// is taken: each run adding its own would restore (and chain) once more.
static PANIC_HOOK: Once = Once::new();

/// Runs the full-screen quiz on this process's terminal, saving to
/// `store`. Signals are listened for before the terminal is taken, and the
/// terminal is restored before this returns, whatever happened; the
/// goodbye text is the caller's to print then.
pub fn run(app: App, store: &Store) -> anyhow::Result<Ended> {
    let events = Events::new()?;
    events.suspend_on_signals()?;
    let mut terminal = take()?;
    let _guard = Guard;
    events.read_terminal();
    super::run(app, &mut terminal, &events.rx, store, &mut Local)
}

/// This process's terminal as the loop's host: Ctrl-Z stops the process.
pub struct Local;

impl Host for Local {
    fn suspend(&mut self) -> std::io::Result<bool> {
        suspend()?;
        Ok(true)
    }

    fn resume(&mut self) -> std::io::Result<()> {
        retake()
    }
}

/// Takes the terminal: raw mode, alternate screen, and (once per process)
/// a panic hook that restores it before the panic message is printed.
pub fn take() -> std::io::Result<DefaultTerminal> {
    PANIC_HOOK.call_once(|| {
        let hook = std::panic::take_hook();
        std::panic::set_hook(Box::new(move |info| {
            restore();
            hook(info);
        }));
    });
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

/// Restores the terminal when dropped, so an early return or `?` cannot
/// leave it in raw mode.
pub struct Guard;

impl Drop for Guard {
    fn drop(&mut self) {
        restore();
    }
}
