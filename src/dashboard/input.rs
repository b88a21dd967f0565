//! What keys, sizes and newly read records do to the dashboard. Pure:
//! keys, sizes and records in, state out. Scrolling stops where the table
//! ends, so it asks the layout (`draw.rs`) how many rows fit; the state
//! itself (`state.rs`) knows nothing of drawing.

use crossterm::event::{KeyCode, KeyEvent, KeyEventKind, KeyModifiers};

use super::draw;
use super::state::{Dashboard, Exit};
use crate::workshop::record::files::{Read, Source};

impl Dashboard {
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
            .and_then(|p| p.into_iter().next())
            .map(|p| p.say(&self.words));
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
