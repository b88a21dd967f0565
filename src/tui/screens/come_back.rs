//! A served seat's own screen parts: the first screen a participant gets
//! when the room has places to come back to (start new, come back with
//! the resume code, or pick their nickname), and the resume code in the
//! top row of every screen.

use crossterm::event::{KeyCode, KeyEvent, KeyEventKind, KeyModifiers};
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use super::scene::Scene;
use crate::lang::Words;
use crate::tui::theme::Theme;
use crate::tui::widgets::{column, frame_areas, key_bar, top_bar, workshop_title};
use crate::workshop::label::for_terminal;

/// The longest code the field takes (codes are 4 letters).
const CODE_MAX: usize = 8;

/// One line of the come-back screen.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Choice {
    /// Start the quiz as someone new.
    New,
    /// Type the resume code.
    Code,
    /// Come back as this place (its number, its name as shown).
    Place(u32, String),
}

/// The come-back screen's state.
#[derive(Debug, Clone, PartialEq)]
pub struct ComeBack {
    pub session: String,
    /// The participant's words.
    pub words: Words,
    pub choices: Vec<Choice>,
    pub selected: usize,
    /// The code typed so far.
    pub code: String,
    /// A line for the participant ("No place has that code").
    pub notice: Option<String>,
}

/// What a key asked for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Picked {
    New,
    /// Come back with this code.
    Code(String),
    /// Come back as place number n.
    Place(u32),
    /// Leave the seat.
    Leave,
}

impl ComeBack {
    /// The screen for `session` in `words`, offering `places` (number,
    /// name) to come back as; "start new" only when newcomers are let in.
    pub fn new(
        (session, words): (&str, &Words),
        places: Vec<(u32, String)>,
        can_start_new: bool,
    ) -> ComeBack {
        let mut choices = Vec::new();
        if can_start_new {
            choices.push(Choice::New);
        }
        choices.push(Choice::Code);
        choices.extend(places.into_iter().map(|(n, name)| Choice::Place(n, name)));
        ComeBack {
            session: session.to_string(),
            words: *words,
            choices,
            selected: 0,
            code: String::new(),
            notice: (!can_start_new).then(|| words.get("come-back-closed")),
        }
    }

    /// One key: what it picked, if anything.
    pub fn on_key(&mut self, key: KeyEvent) -> Option<Picked> {
        if key.kind != KeyEventKind::Press {
            return None;
        }
        if key.modifiers.contains(KeyModifiers::CONTROL) {
            return (key.code == KeyCode::Char('c')).then_some(Picked::Leave);
        }
        let last = self.choices.len().saturating_sub(1);
        match key.code {
            KeyCode::Up => self.selected = self.selected.saturating_sub(1),
            KeyCode::Down => self.selected = (self.selected + 1).min(last),
            KeyCode::Esc => return Some(Picked::Leave),
            KeyCode::Backspace => {
                self.code.pop();
            }
            KeyCode::Char(c) if c.is_ascii_alphanumeric() => {
                // Typing goes into the code, wherever the highlight was.
                if self.code.chars().count() < CODE_MAX {
                    self.code.push(c.to_ascii_uppercase());
                }
                self.selected = self
                    .choices
                    .iter()
                    .position(|c| *c == Choice::Code)
                    .unwrap_or(0);
            }
            KeyCode::Enter => {
                return match &self.choices[self.selected] {
                    Choice::New => Some(Picked::New),
                    Choice::Code if self.code.is_empty() => {
                        self.notice = Some(self.words.get("come-back-type-first"));
                        None
                    }
                    Choice::Code => Some(Picked::Code(self.code.clone())),
                    Choice::Place(n, _) => Some(Picked::Place(*n)),
                };
            }
            _ => {}
        }
        None
    }
}

/// Draws the come-back screen.
pub fn draw(state: &ComeBack, theme: &Theme, frame: &mut Frame) {
    let words = &state.words;
    let (top, body, keys) = frame_areas(frame.area());
    top_bar(
        frame,
        top,
        theme,
        &workshop_title(words, &state.session),
        words.word("top-welcome"),
    );
    let mut lines = vec![
        Line::styled(words.get("come-back-question"), theme.question()),
        Line::raw(""),
        Line::raw(words.get("come-back-dropped")),
        Line::raw(""),
    ];
    for (i, choice) in state.choices.iter().enumerate() {
        let mark = if i == state.selected { "> " } else { "  " };
        let text = match choice {
            Choice::New => words.get("come-back-new"),
            Choice::Code => words.args(
                "come-back-code",
                &[(
                    "code",
                    if state.code.is_empty() {
                        "____".to_string()
                    } else {
                        state.code.clone()
                    }
                    .into(),
                )],
            ),
            Choice::Place(_, name) => {
                words.args("come-back-as", &[("name", for_terminal(name).into())])
            }
        };
        let style = if i == state.selected {
            theme.selected()
        } else {
            Style::default()
        };
        lines.push(Line::from(vec![Span::raw(mark), Span::styled(text, style)]));
    }
    if let Some(notice) = &state.notice {
        lines.push(Line::raw(""));
        lines.push(Line::styled(notice.clone(), theme.warn()));
    }
    frame.render_widget(
        Paragraph::new(lines).wrap(ratatui::widgets::Wrap { trim: false }),
        column(body),
    );
    key_bar(
        frame,
        keys,
        theme,
        &[
            ("↑↓", words.word("come-back-key-move")),
            ("Enter", words.word("come-back-key-pick")),
            (
                words.word("come-back-key-letters"),
                words.word("come-back-key-type"),
            ),
            ("Esc", words.word("come-back-key-leave")),
        ],
    );
}

/// The seat's resume code on the top row: in the middle, or where the
/// bars leave blank room nearest to it (a long Spanish title fills the
/// middle); on a screen whose top row is full it is left out rather than
/// hide anything.
pub fn code_corner(scene: &Scene, frame: &mut Frame) {
    let Some(code) = scene.kiosk.and_then(|k| k.code.as_deref()) else {
        return;
    };
    let text = format!(
        " {} ",
        scene.words.args("seat-your-code", &[("code", code.into())])
    );
    let area = frame.area();
    let width = crate::text::width(&text) as u16;
    if area.width < width + 2 || area.height == 0 {
        return;
    }
    let middle = (area.width - width) / 2;
    let last = area.width - width - 1;
    let buffer = frame.buffer_mut();
    // Blank cells at `x` for the text and one on each side.
    let blank_at = |x: u16| {
        (x.saturating_sub(1)..x + width + 1).all(|col| {
            buffer
                .cell((col, 0))
                .is_none_or(|cell| cell.symbol() == " ")
        })
    };
    let nearest = (0..=last.max(middle))
        .flat_map(|step| [middle.checked_add(step), middle.checked_sub(step)])
        .flatten()
        .filter(|x| (1..=last).contains(x))
        .find(|x| blank_at(*x));
    if let Some(x) = nearest {
        let spot = Rect::new(x, 0, width, 1);
        frame.render_widget(Paragraph::new(Line::styled(text, scene.theme.dim())), spot);
    }
}
