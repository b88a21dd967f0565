//! What the app does when a screen asks (a [`Go`]): the session's moves
//! (start, answer, back, skip, results), opening a role or the comparison,
//! and starting over. What the person may do comes from the policy.

use super::{App, Exit, Overlay, Request, Screen};
use crate::content::{Answer, QuestionKind};
use crate::session::Stage;
use crate::tui::screens::Views;
use crate::tui::screens::results::Results;
use crate::tui::screens::role::RoleView;
use crate::tui::screens::scene::Go;

impl App {
    /// Carries out what a key on `screen` asked for.
    pub(super) fn go(&mut self, screen: Screen, go: Go) {
        let policy = self.policy();
        match go {
            Go::Stay => {}
            Go::Start => {
                self.session.start();
                self.place_cursor();
            }
            Go::Resume => {
                if let Some(offer) = self.offer.take() {
                    self.session = offer.session;
                    if self.session.stage() == Stage::Welcome {
                        self.session.start();
                    }
                    self.place_cursor();
                }
            }
            Go::Decline => {
                // Start over: the session says so, and the old answers go.
                self.offer = None;
                self.session.restart(&self.content.quiz);
            }
            Go::Quit => self.exit = Some(Exit::Quit),
            Go::Leave => self.leave(),
            Go::AskToLeave if policy.hands_over => self.leave(),
            Go::AskToLeave => self.overlay = Some(Overlay::ConfirmLeave),
            Go::Answer(index) => self.answer_with(index),
            Go::Back => {
                // From the results: back to the review to change answers;
                // the results are worked out again when asked for.
                self.session.back();
                self.outcome = None;
                self.place_cursor();
            }
            Go::Skip => {
                let Some(n) = self.session.current() else {
                    return;
                };
                let had_answer = self.session.answers().get(n).is_some();
                self.session.skip();
                if !had_answer && self.session.stage() != Stage::Review {
                    self.notice = Some(self.words.get("notice-skipped"));
                }
                self.place_cursor();
            }
            Go::Notice(text) => self.notice = Some(text),
            Go::Results => self.show_results(),
            Go::Revisit(q) => {
                self.session.revisit(q);
                self.place_cursor();
            }
            Go::OpenRole(place) => self.open_role(place),
            Go::Compare => self.views.compare.open(),
            Go::Close if screen == Screen::Compare => self.views.compare.open = false,
            Go::Close => self.views.role = None,
            Go::Retake if policy.can_retake => self.overlay = Some(Overlay::ConfirmRetake),
            Go::Retake => self.notice = Some(self.words.get("notice-kiosk-retake")),
            Go::Report if policy.saves_reports => self.request = Some(Request::SaveReport),
            Go::Language => self.switch_language(),
            Go::Report => self.notice = Some(self.words.get("notice-kiosk-reports")),
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

    /// Puts the highlight where the screen the session moved to wants it.
    pub(super) fn place_cursor(&mut self) {
        match self.session.stage() {
            Stage::Question(n) => self
                .views
                .question
                .place(&self.content.quiz, &self.session, n),
            // Back from a question opened in the review: stay on its row.
            Stage::Review => self.views.review.place(),
            _ => {}
        }
    }

    fn show_results(&mut self) {
        match self.session.finish(&self.content.quiz, &self.content.roles) {
            Ok(outcome) => {
                self.outcome = Some(outcome);
                self.results_serial += 1;
                self.views.results = Results::default();
            }
            Err(e) => {
                self.notice = Some(e.said().say(&self.words));
            }
        }
    }

    /// Opens the role at `place` in the ranking.
    fn open_role(&mut self, place: usize) {
        let Some(outcome) = &self.outcome else { return };
        let Some(fit) = outcome.ranking.get(place) else {
            return;
        };
        if let Some(index) = self.content.roles.iter().position(|r| r.id == fit.role) {
            self.views.role = Some(RoleView::new(index));
        }
    }

    /// Starts the quiz again from the welcome screen: no answers, no
    /// results, nothing of the last attempt left in memory.
    pub fn retake(&mut self) {
        self.session.restart(&self.content.quiz);
        // Every view starts fresh; the comparison keeps its worked-out
        // lines (they belong to the result they were made for).
        let compare = std::mem::take(&mut self.views.compare);
        self.views = Views {
            compare,
            ..Views::default()
        };
        self.views.compare.open = false;
        self.views.compare.scroll = 0;
        self.outcome = None;
        self.overlay = None;
        self.notice = None;
    }

    /// The next language (the welcome screen's language key).
    fn switch_language(&mut self) {
        self.speak(self.words.lang().next());
    }

    /// Switches to `lang`: its words, and the quiz's and roles' texts in
    /// it when the app has the content in each language. A translation
    /// with errors keeps the texts on screen, and the notice says why.
    pub(crate) fn speak(&mut self, lang: crate::lang::Lang) {
        if lang == self.words.lang() {
            return;
        }
        let words = crate::lang::Words::new(lang);
        if let Some(languages) = &self.translations {
            match languages.get(words.lang()) {
                Ok(content) => self.content = content.clone(),
                Err(e) => {
                    let problem = e.problems.first().map(|p| p.say(&words));
                    self.notice = Some(words.args(
                        "notice-language-content",
                        &[("problem", problem.unwrap_or_default().into())],
                    ));
                }
            }
        }
        self.words = words;
    }
}
