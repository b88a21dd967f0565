//! The dashboard's state and what each key does to it. Pure: keys, sizes
//! and freshly read records in, state out; drawing only reads it.

use crossterm::event::{KeyCode, KeyEvent, KeyEventKind, KeyModifiers};

use super::draw;
use super::source::{Read, Source};
use crate::tui::theme::Theme;
use crate::workshop::group::{Group, QuizGroup};

/// How the person left the dashboard.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Exit {
    /// q or Esc.
    Quit,
    /// Ctrl-C.
    Interrupted,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Dashboard {
    pub group: Group,
    pub theme: Theme,
    pub hide_names: bool,
    /// Which quiz is on view, when the files hold more than one.
    pub quiz: usize,
    /// The first row of the participants table on view.
    pub scroll: usize,
    pub help: bool,
    /// Updating as the files grow (`--watch`).
    pub watching: bool,
    /// The files read, as shown.
    pub files: Vec<String>,
    /// Files that do not exist yet (watching only).
    pub waiting: Vec<String>,
    /// Lines skipped in the files so far.
    pub skipped: usize,
    /// When the files were last read: "2026-11-25T14:10:03Z".
    pub updated: Option<String>,
    /// A file that could not be read again while watching; what was read
    /// before is still shown.
    pub problem: Option<String>,
    /// The terminal's size.
    pub size: (u16, u16),
    pub exit: Option<Exit>,
}

impl Dashboard {
    pub fn new(group: Group, theme: Theme, hide_names: bool, files: Vec<String>) -> Dashboard {
        Dashboard {
            group,
            theme,
            hide_names,
            quiz: 0,
            scroll: 0,
            help: false,
            watching: false,
            files,
            waiting: Vec::new(),
            skipped: 0,
            updated: None,
            problem: None,
            size: (80, 24),
            exit: None,
        }
    }

    /// The quiz on view, if anyone took one.
    pub fn current(&self) -> Option<&QuizGroup> {
        self.group.quizzes.get(self.quiz)
    }

    fn rows(&self) -> usize {
        self.current().map_or(0, |q| q.participants.len())
    }

    /// The furthest the table can scroll at the current size.
    pub fn max_scroll(&self) -> usize {
        self.rows()
            .saturating_sub(draw::table_rows(self, self.size.0, self.size.1))
    }

    pub fn resize(&mut self, width: u16, height: u16) {
        self.size = (width, height);
        self.scroll = self.scroll.min(self.max_scroll());
    }

    /// New records read at `at`: the summary is replaced; a table scrolled
    /// to its end stays at the end, so the newest participants show.
    pub fn update(&mut self, read: Read, at: &str) {
        let at_end = self.scroll >= self.max_scroll();
        let quiz = self.current().map(|q| q.quiz.clone());
        self.group = read.group;
        self.quiz = quiz
            .and_then(|id| self.group.quizzes.iter().position(|q| q.quiz == id))
            .unwrap_or(0);
        self.waiting = read.waiting;
        self.skipped = read.warnings.len();
        self.updated = Some(at.to_string());
        self.problem = None;
        self.scroll = if at_end {
            self.max_scroll()
        } else {
            self.scroll.min(self.max_scroll())
        };
    }

    /// The files changed (watching): only what was added to them is read,
    /// and added to the summary; a table scrolled to its end stays at the
    /// end. A file that cannot be read is said; what was read is kept.
    pub fn refresh(&mut self, source: &mut Source, at: &str) {
        let at_end = self.scroll >= self.max_scroll();
        let quiz = self.current().map(|q| q.quiz.clone());
        self.problem = source
            .poll(&mut self.group)
            .err()
            .and_then(|p| p.into_iter().next());
        self.quiz = quiz
            .and_then(|id| self.group.quizzes.iter().position(|q| q.quiz == id))
            .unwrap_or(0);
        self.waiting = source.waiting.clone();
        self.skipped = source.skipped();
        self.updated = Some(at.to_string());
        self.scroll = if at_end {
            self.max_scroll()
        } else {
            self.scroll.min(self.max_scroll())
        };
    }

    pub fn handle_key(&mut self, key: KeyEvent) {
        if key.kind == KeyEventKind::Release {
            return;
        }
        if key.modifiers.contains(KeyModifiers::CONTROL) && key.code == KeyCode::Char('c') {
            self.exit = Some(Exit::Interrupted);
            return;
        }
        let page = draw::table_rows(self, self.size.0, self.size.1).max(1);
        match key.code {
            KeyCode::Char('?') => self.help = !self.help,
            KeyCode::Esc if self.help => self.help = false,
            KeyCode::Char('q') | KeyCode::Esc => self.exit = Some(Exit::Quit),
            KeyCode::Char('h') => self.hide_names = !self.hide_names,
            KeyCode::Up | KeyCode::Char('k') => self.scroll = self.scroll.saturating_sub(1),
            KeyCode::Down | KeyCode::Char('j') => self.scroll += 1,
            KeyCode::PageUp => self.scroll = self.scroll.saturating_sub(page),
            KeyCode::PageDown | KeyCode::Char(' ') => self.scroll += page,
            KeyCode::Home | KeyCode::Char('g') => self.scroll = 0,
            KeyCode::End | KeyCode::Char('G') => self.scroll = usize::MAX,
            KeyCode::Tab | KeyCode::Right if self.group.quizzes.len() > 1 => {
                self.quiz = (self.quiz + 1) % self.group.quizzes.len();
                self.scroll = 0;
            }
            KeyCode::BackTab | KeyCode::Left if self.group.quizzes.len() > 1 => {
                let n = self.group.quizzes.len();
                self.quiz = (self.quiz + n - 1) % n;
                self.scroll = 0;
            }
            _ => {}
        }
        self.scroll = self.scroll.min(self.max_scroll());
    }
}
