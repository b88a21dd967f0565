//! The dashboard's state: what is on view. Drawing (`draw.rs`) only reads
//! it; what keys, sizes and newly read records do to it is in `input.rs`,
//! which asks the layout how many rows the table shows.

use crate::lang::Words;
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
    /// The counselor's words (English unless told).
    pub words: Words,
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
            words: Words::english(),
        }
    }

    /// The quiz on view, if anyone took one.
    pub fn current(&self) -> Option<&QuizGroup> {
        self.group.quizzes.get(self.quiz)
    }
}
