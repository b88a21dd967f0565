//! What every screen may read of the app while it draws or takes a key (a
//! borrowed, read-only [`Scene`]), what a screen's key asks the app to do
//! ([`Go`]), and the layout all screens share: the smallest size, and the
//! rows a message above the keys takes. A screen owns only its own view
//! (scroll, highlight); the session and the rest stay with the app.

use ratatui::layout::Rect;
use ratatui::style::Style;

use crate::content::Content;
use crate::lang::Words;
use crate::scoring::Outcome;
use crate::session::Session;
use crate::store::progress::Unfinished;
use crate::tui::keys::{self, Action, Screen};
use crate::tui::kiosk::{Kiosk, Policy};
use crate::tui::theme::Theme;

/// The smallest terminal the screens are laid out for.
pub const MIN_WIDTH: u16 = 60;
pub const MIN_HEIGHT: u16 = 20;

/// A box over the screen that takes the keys until it closes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Overlay {
    Help,
    /// "Leave now? Your answers will be lost."
    ConfirmLeave,
    /// "Start over? Your answers will be cleared."
    ConfirmRetake,
    /// Workshop kiosk: the facilitator ends it (PIN or y/n).
    EndWorkshop,
}

/// The app as a screen sees it: read-only, borrowed for one frame or key.
#[derive(Debug, Clone, Copy)]
pub struct Scene<'a> {
    pub content: &'a Content,
    pub session: &'a Session,
    pub outcome: Option<&'a Outcome>,
    pub theme: &'a Theme,
    /// The workshop kiosk's settings and participant, when it is one.
    pub kiosk: Option<&'a Kiosk>,
    pub policy: Policy,
    /// An unfinished quiz offered at start.
    pub offer: Option<&'a Unfinished>,
    pub notice: Option<&'a str>,
    pub warning: Option<&'a str>,
    pub overlay: Option<Overlay>,
    /// Progress is being saved as the person goes.
    pub saving: bool,
    /// The result on view was reopened from the history.
    pub reopened: bool,
    /// Counts results worked out (a new result, new comparison lines).
    pub results_serial: u32,
    /// The words of the person's language.
    pub words: &'a Words,
    /// The welcome offers a key to switch the language.
    pub languages: bool,
    pub screen: Screen,
    /// The terminal's size.
    pub size: Rect,
    /// What the key table needs to list the keys of this screen.
    pub keys: keys::Context,
}

/// What a key on a screen asks the app to do, beyond the screen's own
/// view (which the screen changes itself).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Go {
    /// Nothing more: the screen did it, or the key does nothing here.
    Stay,
    /// Start the quiz.
    Start,
    /// Take up the unfinished quiz offered.
    Resume,
    /// Start over instead (the saved answers go).
    Decline,
    /// Close careerfit at once.
    Quit,
    /// q or Esc: leave, asking first where answers would be lost.
    Leave,
    /// Esc on the results: ask before leaving (it also means "back").
    AskToLeave,
    /// Answer the question on screen with this answer (0-based).
    Answer(usize),
    /// One step back in the quiz.
    Back,
    Skip,
    /// Say this in the message line.
    Notice(String),
    /// Work out the results.
    Results,
    /// Change the answer to this question (0-based), from the review.
    Revisit(usize),
    /// Open the role at this place of the ranking (0-based).
    OpenRole(usize),
    Compare,
    /// Close the role or the comparison.
    Close,
    /// r: take the quiz again.
    Retake,
    /// p: save the take-home report.
    Report,
    /// e on the welcome: the next language.
    Language,
}

/// The message above the keys, wrapped onto as many lines as it needs
/// (up to half the screen): a notice until the next key, or a saving
/// problem until it goes away. Question and review screens place their
/// own notices.
pub fn status_lines(scene: &Scene, area: Rect) -> (Vec<String>, Style) {
    let own_notice = matches!(scene.screen, Screen::Question(_) | Screen::Review);
    let (text, style) = match (scene.warning, scene.notice) {
        (_, Some(notice)) if !own_notice => (notice.to_string(), scene.theme.good()),
        (Some(warning), _) => (format!("! {warning}"), scene.theme.warn()),
        _ => return (Vec::new(), Style::new()),
    };
    let most = usize::from(area.height.saturating_sub(2) / 2).max(1);
    let lines = crate::text::wrap(&text, area.width.saturating_sub(2) as usize)
        .into_iter()
        .take(most)
        .collect();
    (lines, style)
}

/// The part of `area` a screen is laid out in when `status` rows above
/// the keys hold a message.
pub fn screen_area(area: Rect, status: usize) -> Rect {
    Rect {
        height: area.height.saturating_sub(status as u16),
        ..area
    }
}

/// The area the screen on view is laid out in on the terminal.
pub fn laid_out(scene: &Scene) -> Rect {
    screen_area(scene.size, status_lines(scene, scene.size).0.len())
}

/// Up, Down, PgUp, PgDn and Home on a text `page` rows high; true if the
/// key was one of them. (The app keeps the scroll within the text.)
pub fn scroll(scroll: &mut u16, action: Action, page: u16) -> bool {
    *scroll = match action {
        Action::Down => scroll.saturating_add(1),
        Action::Up => scroll.saturating_sub(1),
        Action::PageDown => scroll.saturating_add(page),
        Action::PageUp => scroll.saturating_sub(page),
        Action::Home => 0,
        _ => return false,
    };
    true
}
