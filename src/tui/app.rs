//! The full-screen quiz's state and how keys change it. Pure: keys in,
//! state out, no terminal. Drawing reads this state and never changes it.

use crossterm::event::KeyEvent;

use ratatui::layout::Rect;

use super::keys::{self, Action};
use super::kiosk::Kiosk;
use super::screens;
use super::theme::Theme;
use crate::content::{Answer, Content, Question, QuestionKind};
use crate::scoring::Outcome;
use crate::session::{Mark, Session, Stage};
use crate::store::progress::Unfinished;

/// The sections of a role's details, in tab order.
pub const ROLE_TABS: [&str; 8] = [
    "Overview",
    "Duties",
    "Skills",
    "Certifications",
    "Education",
    "Pay & outlook",
    "Career path",
    "Sources",
];

/// What fills the screen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Screen {
    /// An unfinished quiz was found: resume it or start over.
    Resume,
    /// Workshop kiosk: the next participant types a nickname (optional).
    Name,
    Welcome,
    Question(usize),
    Review,
    Results,
    Role,
    Compare,
}

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

/// Something only the shell can do (it touches files), asked for by a key.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Request {
    /// Write the take-home report of the results on screen.
    SaveReport,
    /// Workshop kiosk: append this participant's record, then clear them.
    FinishParticipant,
}

/// Why the app stopped.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Exit {
    /// The person chose to leave.
    Quit,
    /// Ctrl-C: leave at once.
    Interrupted,
}

/// A role's details on screen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RoleView {
    /// Index into `content.roles`.
    pub role: usize,
    pub tab: usize,
    pub scroll: u16,
}

#[derive(Debug, Clone)]
pub struct App {
    pub content: Content,
    pub session: Session,
    pub theme: Theme,
    /// The highlighted answer on a question.
    pub cursor: usize,
    /// The highlighted row of the review: 0 is "See my results", then questions.
    pub review_cursor: usize,
    pub outcome: Option<Outcome>,
    /// The highlighted role in the results' ranking.
    pub ranking_cursor: usize,
    pub results_scroll: u16,
    pub role_view: Option<RoleView>,
    pub compare_open: bool,
    pub compare_scroll: u16,
    /// How far the welcome text is scrolled (on a small terminal).
    pub welcome_scroll: u16,
    pub overlay: Option<Overlay>,
    /// A one-line message for the person, cleared by the next key.
    pub notice: Option<String>,
    pub exit: Option<Exit>,
    /// The terminal's size, so scrolling stops at the end of the text.
    pub size: Rect,
    /// An unfinished quiz found at start, offered until resumed or declined.
    pub offer: Option<Unfinished>,
    /// Progress is being saved as the person goes, so leaving loses nothing.
    pub saving: bool,
    /// A problem with saving, shown until it goes away.
    pub warning: Option<String>,
    /// Work for the shell, taken by it after each key.
    pub request: Option<Request>,
    /// Counts results worked out, so the shell saves each one once.
    pub results_serial: u32,
    /// Running as a workshop kiosk.
    pub kiosk: Option<Kiosk>,
    /// The saved result on view was reopened from this history file.
    pub reopened: Option<std::path::PathBuf>,
    /// The question opened from the review, to come back to its row.
    pub revisiting: Option<usize>,
    /// The comparison's lines, worked out once per width and result.
    pub compare_cache: screens::CompareCache,
}

impl App {
    pub fn new(content: Content, theme: Theme) -> App {
        let session = Session::new(&content.quiz);
        App {
            content,
            session,
            theme,
            cursor: 0,
            review_cursor: 0,
            outcome: None,
            ranking_cursor: 0,
            results_scroll: 0,
            role_view: None,
            compare_open: false,
            compare_scroll: 0,
            welcome_scroll: 0,
            overlay: None,
            notice: None,
            exit: None,
            size: Rect::new(0, 0, 80, 24),
            offer: None,
            saving: false,
            warning: None,
            request: None,
            results_serial: 0,
            kiosk: None,
            reopened: None,
            revisiting: None,
            compare_cache: Default::default(),
        }
    }

    /// The app showing a result saved in `file`, as if just finished.
    pub fn reopened(
        content: Content,
        theme: Theme,
        session: Session,
        outcome: Outcome,
        file: std::path::PathBuf,
    ) -> App {
        let mut app = App::new(content, theme);
        app.session = session;
        app.outcome = Some(outcome);
        app.reopened = Some(file);
        app
    }

    /// The terminal changed size: keep every scroll within the text.
    pub fn resize(&mut self, width: u16, height: u16) {
        self.size = Rect::new(0, 0, width, height);
        self.clamp_scroll();
    }

    /// Keeps the scroll of the screen on view within its text, so Up
    /// always moves the view at once after scrolling past the end.
    fn clamp_scroll(&mut self) {
        let max = screens::max_scroll(self, self.size);
        match self.screen() {
            Screen::Results => self.results_scroll = self.results_scroll.min(max),
            Screen::Compare => self.compare_scroll = self.compare_scroll.min(max),
            Screen::Welcome => self.welcome_scroll = self.welcome_scroll.min(max),
            Screen::Role => {
                if let Some(view) = self.role_view.as_mut() {
                    view.scroll = view.scroll.min(max);
                }
            }
            _ => {}
        }
    }

    /// What fills the screen now.
    pub fn screen(&self) -> Screen {
        if self.offer.is_some() && self.session.stage() == Stage::Welcome {
            return Screen::Resume;
        }
        if self.kiosk.as_ref().is_some_and(|k| k.naming) && self.session.stage() == Stage::Welcome {
            return Screen::Name;
        }
        if self.compare_open {
            return Screen::Compare;
        }
        if self.role_view.is_some() {
            return Screen::Role;
        }
        match self.session.stage() {
            Stage::Welcome => Screen::Welcome,
            Stage::Question(n) => Screen::Question(n),
            Stage::Review => Screen::Review,
            Stage::Results => Screen::Results,
        }
    }

    /// The question on screen.
    pub fn question(&self) -> Option<(usize, &Question)> {
        self.session
            .current()
            .map(|n| (n, &self.content.quiz.questions[n]))
    }

    /// Handles one key event.
    pub fn handle_key(&mut self, key: KeyEvent) {
        let action = keys::action(key);
        if self.too_small() && !self.works_when_too_small(action) {
            // The person cannot see what a key would do: only leaving
            // (with its usual question) and Ctrl-C work until it grows.
            return;
        }
        if self.overlay == Some(Overlay::Help)
            && key.kind == crossterm::event::KeyEventKind::Press
            && action != Some(Action::Interrupt)
        {
            // "Press any key to close": any key, even one careerfit does not use.
            self.notice = None;
            self.overlay = None;
            return;
        }
        if self.takes_text() && action != Some(Action::Interrupt) {
            self.type_text(key);
            self.clamp_scroll();
            return;
        }
        if let Some(action) = keys::action(key) {
            self.act(action);
        }
    }

    /// Is the terminal smaller than the screens are laid out for?
    pub fn too_small(&self) -> bool {
        self.size.width < screens::MIN_WIDTH || self.size.height < screens::MIN_HEIGHT
    }

    /// While the terminal is too small: q or Esc (asking first as usual),
    /// the answer to that question, and Ctrl-C.
    fn works_when_too_small(&self, action: Option<Action>) -> bool {
        match self.overlay {
            Some(Overlay::ConfirmLeave | Overlay::EndWorkshop) => true,
            _ => matches!(
                action,
                Some(Action::Quit | Action::Escape | Action::Interrupt)
            ),
        }
    }

    /// Applies one action to the state.
    pub fn act(&mut self, action: Action) {
        self.notice = None;
        if action == Action::Interrupt {
            if self.kiosk.is_some() {
                self.notice = Some(
                    "Ctrl-C does not end the workshop. The facilitator ends it from the welcome screen with q."
                        .to_string(),
                );
            } else {
                self.exit = Some(Exit::Interrupted);
            }
            return;
        }
        if let Some(overlay) = self.overlay {
            self.act_on_overlay(overlay, action);
            return;
        }
        if action == Action::Help {
            self.overlay = Some(Overlay::Help);
            return;
        }
        if self.kiosk.is_some()
            && action == Action::No
            && matches!(
                self.screen(),
                Screen::Results | Screen::Role | Screen::Compare
            )
        {
            self.finish_participant();
            return;
        }
        match self.screen() {
            Screen::Resume => self.on_resume(action),
            Screen::Name => {}
            Screen::Welcome => self.on_welcome(action),
            Screen::Question(n) => self.on_question(n, action),
            Screen::Review => self.on_review(action),
            Screen::Results => self.on_results(action),
            Screen::Role => self.on_role(action),
            Screen::Compare => self.on_compare(action),
        }
        self.clamp_scroll();
    }

    fn act_on_overlay(&mut self, overlay: Overlay, action: Action) {
        match overlay {
            Overlay::Help => self.overlay = None,
            Overlay::EndWorkshop => match action {
                Action::Yes => self.exit = Some(Exit::Quit),
                Action::No | Action::Escape | Action::Back | Action::Quit => self.overlay = None,
                _ => {}
            },
            Overlay::ConfirmLeave if self.kiosk.is_some() => match action {
                // In the kiosk, "leaving" hands over to the next person.
                Action::Yes => self.next_participant(false),
                Action::No | Action::Escape | Action::Back | Action::Quit => self.overlay = None,
                _ => {}
            },
            Overlay::ConfirmLeave => match action {
                Action::Yes | Action::Quit => self.exit = Some(Exit::Quit),
                Action::No | Action::Escape | Action::Back => self.overlay = None,
                _ => {}
            },
            Overlay::ConfirmRetake => match action {
                Action::Yes => {
                    self.overlay = None;
                    self.retake();
                }
                Action::No | Action::Escape | Action::Back | Action::Quit => self.overlay = None,
                _ => {}
            },
        }
    }

    /// q or Esc during the quiz: leave, asking first if answers would be lost.
    fn leave(&mut self) {
        if self.kiosk.is_some() {
            match self.screen() {
                Screen::Welcome | Screen::Name => self.ask_to_end_workshop(),
                _ if self.outcome.is_some() => {
                    self.notice = Some(
                        "Press n when you are done: your result is saved and the next person can start."
                            .to_string(),
                    )
                }
                _ => self.overlay = Some(Overlay::ConfirmLeave),
            }
            return;
        }
        if self.session.has_answers() && self.outcome.is_none() && !self.saving {
            self.overlay = Some(Overlay::ConfirmLeave);
        } else {
            self.exit = Some(Exit::Quit);
        }
    }

    fn on_resume(&mut self, action: Action) {
        match action {
            Action::Enter | Action::Retake | Action::Yes | Action::Right => {
                if let Some(offer) = self.offer.take() {
                    self.session = offer.session;
                    if self.session.stage() == Stage::Welcome {
                        self.session.start();
                    }
                    self.place_cursor();
                }
            }
            Action::No => {
                // Start over: the session says so, and the old answers go.
                self.offer = None;
                self.session.restart(&self.content.quiz);
            }
            Action::Quit | Action::Escape => self.exit = Some(Exit::Quit),
            _ => {}
        }
    }

    fn on_welcome(&mut self, action: Action) {
        match action {
            Action::Enter | Action::Right | Action::NextTab => {
                self.session.start();
                self.place_cursor();
            }
            Action::Down => self.welcome_scroll = self.welcome_scroll.saturating_add(1),
            Action::Up => self.welcome_scroll = self.welcome_scroll.saturating_sub(1),
            Action::PageDown => {
                self.welcome_scroll = self.welcome_scroll.saturating_add(self.page())
            }
            Action::PageUp => self.welcome_scroll = self.welcome_scroll.saturating_sub(self.page()),
            Action::Home => self.welcome_scroll = 0,
            Action::Quit | Action::Escape => self.leave(),
            _ => {}
        }
    }

    fn on_question(&mut self, n: usize, action: Action) {
        let question = &self.content.quiz.questions[n];
        let count = question.answer_count();
        match action {
            Action::Number(d) if usize::from(d) <= count => self.answer_with(usize::from(d) - 1),
            Action::Number(_) => {
                self.notice = Some(format!("Press a number from 1 to {count}."));
            }
            Action::Up => self.cursor = self.cursor.saturating_sub(1),
            Action::Down => self.cursor = (self.cursor + 1).min(count - 1),
            Action::Home => self.cursor = 0,
            Action::End => self.cursor = count - 1,
            Action::Enter => self.answer_with(self.cursor),
            Action::Left | Action::Back => {
                self.session.back();
                self.place_cursor();
            }
            Action::Skip | Action::Right => {
                let had_answer = self.session.answers().get(n).is_some();
                self.session.skip();
                if !had_answer && self.session.stage() != Stage::Review {
                    self.notice =
                        Some("Skipped. You can come back to it in the review.".to_string());
                }
                self.place_cursor();
            }
            Action::Quit | Action::Escape => self.leave(),
            _ => {}
        }
    }

    fn answer_with(&mut self, index: usize) {
        let Some((_, question)) = self.question() else {
            return;
        };
        let answer = match question.kind {
            QuestionKind::Likert { .. } => Answer::Likert(index as u8 + 1),
            QuestionKind::Choice { .. } => Answer::Choice(index),
        };
        self.session.answer(&self.content.quiz, answer);
        self.place_cursor();
    }

    /// Puts the highlight on the saved answer of the question now on
    /// screen, or on the middle of the scale, or on the first option.
    fn place_cursor(&mut self) {
        match self.session.stage() {
            Stage::Question(n) => {
                self.cursor = match (self.session.mark(n), &self.content.quiz.questions[n].kind) {
                    (Mark::Answered(Answer::Likert(a)), _) => usize::from(a) - 1,
                    (Mark::Answered(Answer::Choice(i)), _) => i,
                    (_, QuestionKind::Likert { .. }) => 2,
                    (_, QuestionKind::Choice { .. }) => 0,
                };
            }
            // Back from a question opened in the review: stay on its row.
            Stage::Review => self.review_cursor = self.revisiting.take().map_or(0, |q| q + 1),
            _ => {}
        }
    }

    fn on_review(&mut self, action: Action) {
        let rows = self.session.question_count() + 1;
        match action {
            Action::Up => self.review_cursor = self.review_cursor.saturating_sub(1),
            Action::Down => self.review_cursor = (self.review_cursor + 1).min(rows - 1),
            Action::PageUp => self.review_cursor = self.review_cursor.saturating_sub(10),
            Action::PageDown => self.review_cursor = (self.review_cursor + 10).min(rows - 1),
            Action::Home => self.review_cursor = 0,
            Action::End => self.review_cursor = rows - 1,
            Action::Enter | Action::Right if self.review_cursor == 0 => self.show_results(),
            Action::Enter | Action::Right => {
                self.revisiting = Some(self.review_cursor - 1);
                self.session.revisit(self.review_cursor - 1);
                self.place_cursor();
            }
            Action::Number(_) => {}
            Action::Left | Action::Back => {
                self.session.back();
                self.place_cursor();
            }
            Action::Quit | Action::Escape => self.leave(),
            _ => {}
        }
    }

    fn show_results(&mut self) {
        match self.session.finish(&self.content.quiz, &self.content.roles) {
            Ok(outcome) => {
                self.outcome = Some(outcome);
                self.results_serial += 1;
                self.ranking_cursor = 0;
                self.results_scroll = 0;
            }
            Err(e) => {
                let mut message = e.to_string();
                if let Some(first) = message.get(..1) {
                    message = first.to_uppercase() + &message[1..];
                }
                self.notice = Some(format!("{message}."));
            }
        }
    }

    fn on_results(&mut self, action: Action) {
        let roles = self.outcome.as_ref().map_or(0, |o| o.ranking.len());
        match action {
            Action::Up => {
                self.ranking_cursor = self.ranking_cursor.saturating_sub(1);
                self.reveal_role();
            }
            Action::Down => {
                self.ranking_cursor = (self.ranking_cursor + 1).min(roles.saturating_sub(1));
                self.reveal_role();
            }
            Action::Number(d) if usize::from(d) <= roles => {
                self.ranking_cursor = usize::from(d) - 1;
                self.open_role();
            }
            Action::Enter | Action::Right => self.open_role(),
            Action::PageDown => {
                self.results_scroll = self.results_scroll.saturating_add(self.page())
            }
            Action::PageUp => self.results_scroll = self.results_scroll.saturating_sub(self.page()),
            Action::Home => self.results_scroll = 0,
            Action::Compare => self.open_compare(),
            Action::Retake if self.kiosk.is_some() => {
                self.notice = Some("Press n when you are done; the next person starts fresh.".to_string())
            }
            Action::Retake => self.overlay = Some(Overlay::ConfirmRetake),
            Action::Report if self.kiosk.is_some() => {
                self.notice = Some("Reports are off on the workshop kiosk; the facilitator can export the group's results.".to_string())
            }
            Action::Report => self.request = Some(Request::SaveReport),
            Action::Left | Action::Back => {
                // Back to the review to change answers; the results are
                // worked out again from the answers when asked for.
                self.session.back();
                self.outcome = None;
                self.place_cursor();
            }
            Action::Quit => self.leave(),
            // Esc is also "go back" elsewhere: pressed once too often from
            // a role, it must not close careerfit without asking.
            Action::Escape if self.kiosk.is_some() => self.leave(),
            Action::Escape => self.overlay = Some(Overlay::ConfirmLeave),
            _ => {}
        }
    }

    /// The rows PgDn and PgUp move on the screen on view.
    fn page(&self) -> u16 {
        screens::page(self, self.size)
    }

    /// Scrolls the results so the highlighted role's line is in view.
    fn reveal_role(&mut self) {
        let page = self.page();
        if let Some((top, bottom)) = screens::highlighted_role_rows(self, self.size) {
            if top < self.results_scroll {
                self.results_scroll = top;
            } else if bottom >= self.results_scroll + page {
                self.results_scroll = bottom + 1 - page;
            }
        }
    }

    fn open_role(&mut self) {
        let Some(outcome) = &self.outcome else { return };
        let Some(fit) = outcome.ranking.get(self.ranking_cursor) else {
            return;
        };
        if let Some(index) = self.content.roles.iter().position(|r| r.id == fit.role) {
            self.role_view = Some(RoleView {
                role: index,
                tab: 0,
                scroll: 0,
            });
        }
    }

    fn open_compare(&mut self) {
        self.compare_open = true;
        self.compare_scroll = 0;
    }

    fn on_role(&mut self, action: Action) {
        let page = self.page();
        let Some(view) = self.role_view.as_mut() else {
            return;
        };
        let tabs = ROLE_TABS.len();
        match action {
            Action::Right | Action::NextTab => {
                view.tab = (view.tab + 1) % tabs;
                view.scroll = 0;
            }
            Action::Left | Action::PreviousTab => {
                view.tab = (view.tab + tabs - 1) % tabs;
                view.scroll = 0;
            }
            Action::Number(d) if usize::from(d) <= tabs => {
                view.tab = usize::from(d) - 1;
                view.scroll = 0;
            }
            Action::Down => view.scroll = view.scroll.saturating_add(1),
            Action::Up => view.scroll = view.scroll.saturating_sub(1),
            Action::PageDown => view.scroll = view.scroll.saturating_add(page),
            Action::PageUp => view.scroll = view.scroll.saturating_sub(page),
            Action::Home => view.scroll = 0,
            Action::Compare => self.open_compare(),
            Action::Back | Action::Escape | Action::Enter => self.role_view = None,
            Action::Quit => self.leave(),
            _ => {}
        }
    }

    fn on_compare(&mut self, action: Action) {
        match action {
            Action::Down => self.compare_scroll = self.compare_scroll.saturating_add(1),
            Action::Up => self.compare_scroll = self.compare_scroll.saturating_sub(1),
            Action::PageDown => {
                self.compare_scroll = self.compare_scroll.saturating_add(self.page())
            }
            Action::PageUp => self.compare_scroll = self.compare_scroll.saturating_sub(self.page()),
            Action::Home => self.compare_scroll = 0,
            Action::Back | Action::Escape | Action::Compare | Action::Left | Action::Enter => {
                self.compare_open = false
            }
            Action::Quit => self.leave(),
            _ => {}
        }
    }

    /// Starts the quiz again from the welcome screen: no answers, no
    /// results, nothing of the last attempt left in memory.
    pub fn retake(&mut self) {
        self.session.restart(&self.content.quiz);
        self.cursor = 0;
        self.review_cursor = 0;
        self.outcome = None;
        self.ranking_cursor = 0;
        self.results_scroll = 0;
        self.role_view = None;
        self.compare_open = false;
        self.compare_scroll = 0;
        self.welcome_scroll = 0;
        self.overlay = None;
        self.notice = None;
    }
}
