//! What the console shows and what keys do to it. Pure apart from the
//! roster it acts on: keys in, roster changes and state out; drawing
//! (`lobby.rs`, `dialogs.rs`) only reads it.

use crate::lang::Words;
use std::path::PathBuf;
use std::sync::Arc;
use std::time::Instant;

use crossterm::event::{KeyCode, KeyEvent, KeyEventKind, KeyModifiers};

use super::join::Join;
use super::keys::{self, Action};
use crate::dashboard::{self, Dashboard};
use crate::serve::roster::{Place, Roster};
use crate::tui::kiosk::{Kiosk, MAX_PIN, PinTry};
use crate::tui::theme::Theme;
use crate::workshop::record::files::Source;

/// What fills the screen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum View {
    Lobby,
    Help,
    /// The group dashboard of the results file.
    Dashboard,
}

/// A question over the lobby, waiting for an answer.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Dialog {
    /// Remove place #n?
    Remove(u32),
    /// End the workshop? (no PIN)
    End,
    /// The PIN, to end the workshop.
    Pin,
}

/// How the console ended: the workshop is to end either way.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    /// The facilitator ended it (q, confirmed, or Ctrl-C).
    Ended,
    /// A signal (SIGTERM, SIGHUP, SIGINT...) ended it.
    Signalled(i32),
}

/// The group dashboard and the file it reads.
pub struct Board {
    pub dashboard: Dashboard,
    pub source: Source,
    /// The results file, watched for changes.
    pub results: PathBuf,
}

/// The facilitator's console.
pub struct Console {
    /// The session's name, shown in the top bar (may be empty).
    pub session: String,
    pub join: Join,
    pub roster: Arc<Roster>,
    pub theme: Theme,
    /// Names hidden: every place shows as #n only.
    pub hide_names: bool,
    pub view: View,
    pub dialog: Option<Dialog>,
    /// The chosen place, by its index in the roster.
    pub selected: usize,
    /// The PIN and the wrong tries (the kiosk's rules), when --pin was given.
    pub pin: Option<Kiosk>,
    /// One line of news for the facilitator ("Removed #3.").
    pub notice: Option<String>,
    /// The dashboard of the results file, when there is one.
    pub board: Option<Board>,
    /// Why the dashboard cannot be shown, when it cannot.
    pub board_problem: Option<String>,
    /// The time, when a test sets it; else the real clock.
    pub fake_now: Option<Instant>,
    /// The terminal's size.
    pub size: (u16, u16),
    /// Set when the console is to end.
    pub outcome: Option<Outcome>,
    /// The counselor's words (English unless told).
    pub words: Words,
}

impl Console {
    pub fn new(session: String, join: Join, roster: Arc<Roster>, theme: Theme) -> Console {
        Console {
            session,
            join,
            roster,
            theme,
            hide_names: false,
            view: View::Lobby,
            dialog: None,
            selected: 0,
            pin: None,
            notice: None,
            board: None,
            board_problem: None,
            fake_now: None,
            size: (80, 24),
            outcome: None,
            words: Words::english(),
        }
    }

    /// The console in the counselor's `words` (its dashboard too).
    pub fn speaking(mut self, words: Words) -> Console {
        self.words = words;
        if let Some(board) = &mut self.board {
            board.dashboard.words = words;
        }
        self
    }

    /// Ending the workshop asks for `pin` (checked as the kiosk does: wrong
    /// tries are slowed down).
    pub fn with_pin(mut self, pin: Option<String>) -> Console {
        self.pin = pin
            .filter(|p| !p.is_empty())
            .map(|pin| Kiosk::new(String::new(), PathBuf::new(), false, Some(pin)));
        self
    }

    /// The dashboard switch shows the results in `results` (a file not
    /// made yet is waited for).
    pub fn with_results(mut self, results: PathBuf) -> Console {
        match dashboard::open(
            std::slice::from_ref(&results),
            true,
            self.hide_names,
            self.theme,
        ) {
            Ok((mut dashboard, source, _)) => {
                dashboard.words = self.words;
                self.board = Some(Board {
                    dashboard,
                    source,
                    results,
                });
                self.board_problem = None;
            }
            Err(problems) => {
                self.board_problem = problems.into_iter().next().map(|p| p.say(&self.words))
            }
        }
        self
    }

    /// The time now (a test's clock, when it set one).
    pub fn now(&self) -> Instant {
        self.fake_now.unwrap_or_else(Instant::now)
    }

    /// Every place, in joining order, and the chosen one's index (kept
    /// within the list).
    pub fn places(&self) -> (Vec<Place>, usize) {
        let places = self.roster.places();
        let selected = self.selected.min(places.len().saturating_sub(1));
        (places, selected)
    }

    pub fn resize(&mut self, width: u16, height: u16) {
        self.size = (width, height);
        if let Some(board) = &mut self.board {
            board.dashboard.resize(width, height);
        }
    }

    /// The results file grew: the dashboard reads what was added.
    pub fn results_changed(&mut self) {
        if let Some(board) = &mut self.board {
            board
                .dashboard
                .refresh(&mut board.source, &crate::store::clock::now());
        }
    }

    pub fn key(&mut self, key: KeyEvent) {
        if key.kind == KeyEventKind::Release {
            return;
        }
        if key.modifiers.contains(KeyModifiers::CONTROL) && key.code == KeyCode::Char('c') {
            // Ctrl-C ends the workshop, as it always has; with a PIN it
            // asks for the PIN, like q.
            if self.pin.is_some() {
                self.ask_pin();
            } else {
                self.outcome = Some(Outcome::Ended);
            }
            return;
        }
        if let Some(dialog) = self.dialog {
            self.answer(dialog, key.code);
            return;
        }
        match self.view {
            View::Help => {
                if matches!(key.code, KeyCode::Char('?' | 'q') | KeyCode::Esc) {
                    self.view = View::Lobby;
                }
            }
            View::Dashboard => self.dashboard_key(key),
            View::Lobby => {
                if let Some(action) = keys::action(key.code) {
                    self.act(action);
                }
            }
        }
    }

    fn act(&mut self, action: Action) {
        let (places, selected) = self.places();
        match action {
            Action::Up => self.selected = selected.saturating_sub(1),
            Action::Down => {
                self.selected = (selected + 1).min(places.len().saturating_sub(1));
            }
            Action::Lock => {
                let locked = !self.roster.is_locked();
                self.roster.set_locked(locked);
                self.notice = Some(if locked {
                    self.words.get("console-locked")
                } else {
                    self.words.get("console-opened")
                });
            }
            Action::Remove => match places.get(selected) {
                None => self.notice = Some(self.words.get("console-no-one")),
                Some(place) if place.removed => {
                    self.notice = Some(
                        self.words
                            .args("console-already-removed", &[("n", place.number.into())]),
                    );
                }
                Some(place) => self.dialog = Some(Dialog::Remove(place.number)),
            },
            Action::Names => {
                self.hide_names = !self.hide_names;
                if let Some(board) = &mut self.board {
                    board.dashboard.hide_names = self.hide_names;
                }
            }
            Action::Dashboard => {
                if self.board.is_some() {
                    let (width, height) = self.size;
                    self.resize(width, height);
                    self.view = View::Dashboard;
                } else {
                    self.notice = Some(match &self.board_problem {
                        Some(problem) => self.words.args(
                            "console-no-dashboard",
                            &[("problem", problem.as_str().into())],
                        ),
                        None => self.words.get("console-no-results"),
                    });
                }
            }
            Action::End => {
                if self.pin.is_some() {
                    self.ask_pin();
                } else {
                    self.dialog = Some(Dialog::End);
                }
            }
            Action::Help => self.view = View::Help,
        }
    }

    fn ask_pin(&mut self) {
        if let Some(pin) = &mut self.pin {
            pin.pin_typed.clear();
        }
        self.notice = None;
        self.dialog = Some(Dialog::Pin);
    }

    fn dashboard_key(&mut self, key: KeyEvent) {
        if key.code == KeyCode::Char('d') {
            self.view = View::Lobby;
            return;
        }
        if let Some(board) = &mut self.board {
            board.dashboard.handle_key(key);
            self.hide_names = board.dashboard.hide_names;
            if board.dashboard.exit.take().is_some() {
                // q or Esc leaves the dashboard, not the workshop.
                self.view = View::Lobby;
            }
        }
    }

    fn answer(&mut self, dialog: Dialog, code: KeyCode) {
        let yes = matches!(code, KeyCode::Char('y' | 'Y') | KeyCode::Enter);
        let no = matches!(code, KeyCode::Char('n' | 'N') | KeyCode::Esc);
        match dialog {
            Dialog::Remove(number) if yes => {
                self.dialog = None;
                self.roster.remove(number);
                self.notice = Some(
                    self.words
                        .args("console-removed-notice", &[("n", number.into())]),
                );
            }
            Dialog::End if yes => {
                self.dialog = None;
                self.outcome = Some(Outcome::Ended);
            }
            Dialog::Remove(_) | Dialog::End => {
                if no {
                    self.dialog = None;
                }
            }
            Dialog::Pin => self.pin_key(code),
        }
    }

    fn pin_key(&mut self, code: KeyCode) {
        let Some(pin) = &mut self.pin else {
            self.dialog = None;
            return;
        };
        match code {
            KeyCode::Esc => {
                pin.pin_typed.clear();
                self.notice = None;
                self.dialog = None;
            }
            KeyCode::Backspace => {
                pin.pin_typed.pop();
            }
            KeyCode::Enter => {
                let typed = std::mem::take(&mut pin.pin_typed);
                let tried = pin.try_pin(&typed);
                self.notice = tried.words_in(&self.words);
                if tried == PinTry::Right {
                    self.dialog = None;
                    self.outcome = Some(Outcome::Ended);
                }
            }
            KeyCode::Char(c) if !c.is_control() && pin.pin_typed.chars().count() < MAX_PIN => {
                pin.pin_typed.push(c);
            }
            _ => {}
        }
    }
}
