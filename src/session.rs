//! Taking the quiz, as a pure state machine: where the person is, what they
//! answered or skipped, going back, reviewing, and reaching the results.
//! No terminal here: the full-screen quiz, a plain line-by-line mode and a
//! workshop kiosk all drive this same machine.
//!
//! The session also says what happened, as [`Event`]s (answered, went
//! back, finished, started over, ...): a shell takes them after each input
//! and hands them to the one saving policy ([`crate::saving`]), so no
//! shell decides on its own what to write.

use crate::content::{Answer, AnswerSheet, Quiz, Role};
use crate::scoring::{self, Outcome, ScoreError};

/// Where the person is in the quiz.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Stage {
    /// Before the first question.
    Welcome,
    /// Answering question `n` (0-based).
    Question(usize),
    /// Looking over all answers before the results.
    Review,
    /// The results are shown.
    Results,
}

/// What the person has done to one question.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mark {
    NotSeen,
    Answered(Answer),
    Skipped,
}

/// What the person did to the session, as the saving policy needs to know it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Event {
    /// From the welcome to the first question.
    Started,
    /// Question `n` (0-based) answered: a first answer or a changed one.
    Answered(usize),
    /// Question `n` left without an answer.
    Skipped(usize),
    /// Only the place changed: back a step, a question opened from the
    /// review, the review, or back from the results.
    Moved,
    /// The results were worked out from the answers.
    Finished,
    /// Every answer cleared: a retake, or an unfinished quiz declined.
    StartedOver,
}

/// One person's pass through one quiz.
#[derive(Debug, Clone)]
pub struct Session {
    stage: Stage,
    answers: AnswerSheet,
    skipped: Vec<bool>,
    /// A question opened from the review returns to the review once answered.
    from_review: bool,
    /// What happened since a shell last took the events.
    events: Vec<Event>,
}

/// Two sessions are the same when the person is at the same place with
/// the same answers; what is waiting to be saved is not part of it.
impl PartialEq for Session {
    fn eq(&self, other: &Self) -> bool {
        self.stage == other.stage
            && self.answers == other.answers
            && self.skipped == other.skipped
            && self.from_review == other.from_review
    }
}

impl Session {
    pub fn new(quiz: &Quiz) -> Self {
        Session {
            stage: Stage::Welcome,
            answers: AnswerSheet::new(quiz),
            skipped: vec![false; quiz.questions.len()],
            from_review: false,
            events: Vec::new(),
        }
    }

    /// What happened since the last call, oldest first: what a shell
    /// hands to the saving policy after each input.
    pub fn take_events(&mut self) -> Vec<Event> {
        std::mem::take(&mut self.events)
    }

    pub fn stage(&self) -> Stage {
        self.stage
    }

    pub fn answers(&self) -> &AnswerSheet {
        &self.answers
    }

    pub fn question_count(&self) -> usize {
        self.answers.len()
    }

    /// The question on screen, if any.
    pub fn current(&self) -> Option<usize> {
        match self.stage {
            Stage::Question(n) => Some(n),
            _ => None,
        }
    }

    pub fn mark(&self, question: usize) -> Mark {
        match self.answers.get(question) {
            Some(answer) => Mark::Answered(answer),
            None if self.skipped.get(question).copied().unwrap_or(false) => Mark::Skipped,
            None => Mark::NotSeen,
        }
    }

    /// Questions skipped on purpose.
    pub fn skipped(&self) -> Vec<usize> {
        (0..self.question_count())
            .filter(|&q| self.mark(q) == Mark::Skipped)
            .collect()
    }

    /// Questions with no answer (skipped or never reached).
    pub fn unanswered(&self) -> Vec<usize> {
        (0..self.question_count())
            .filter(|&q| self.answers.get(q).is_none())
            .collect()
    }

    /// Has the person given any answer that leaving would lose?
    pub fn has_answers(&self) -> bool {
        self.answers.answered() > 0
    }

    /// From the welcome screen to the first question.
    pub fn start(&mut self) {
        if self.stage == Stage::Welcome {
            self.go_to(0);
            self.events.push(Event::Started);
        }
    }

    /// Answers the current question and moves on. An answer that does not
    /// fit the question is ignored.
    pub fn answer(&mut self, quiz: &Quiz, answer: Answer) {
        let Stage::Question(n) = self.stage else {
            return;
        };
        if !answer.fits(&quiz.questions[n]) {
            return;
        }
        self.answers.set(n, Some(answer));
        self.skipped[n] = false;
        self.advance(n);
        self.events.push(Event::Answered(n));
    }

    /// Leaves the current question without an answer (keeping an answer it
    /// already has) and moves on.
    pub fn skip(&mut self) {
        let Stage::Question(n) = self.stage else {
            return;
        };
        if self.answers.get(n).is_none() {
            self.skipped[n] = true;
        }
        self.advance(n);
        self.events.push(Event::Skipped(n));
    }

    /// One step back: the previous question, or from the review the last
    /// question, or from the results the review.
    pub fn back(&mut self) {
        let was = self.stage;
        match self.stage {
            Stage::Welcome => {}
            Stage::Question(0) => self.stage = Stage::Welcome,
            Stage::Question(n) => self.go_to(n - 1),
            Stage::Review => self.go_to(self.question_count().saturating_sub(1)),
            Stage::Results => self.stage = Stage::Review,
        }
        self.from_review = false;
        if was != Stage::Welcome {
            self.events.push(Event::Moved);
        }
    }

    /// Opens any question from the review, to change its answer.
    pub fn revisit(&mut self, question: usize) {
        if question < self.question_count() {
            self.go_to(question);
            self.from_review = true;
            self.events.push(Event::Moved);
        }
    }

    /// Goes to the review of all answers.
    pub fn review(&mut self) {
        if self.stage != Stage::Welcome {
            self.stage = Stage::Review;
            self.from_review = false;
            self.events.push(Event::Moved);
        }
    }

    /// Scores the answers and shows the results, or says why it cannot.
    pub fn finish(&mut self, quiz: &Quiz, roles: &[Role]) -> Result<Outcome, ScoreError> {
        let outcome = scoring::score(quiz, roles, &self.answers)?;
        self.stage = Stage::Results;
        self.events.push(Event::Finished);
        Ok(outcome)
    }

    /// Starts over with no answers.
    pub fn restart(&mut self, quiz: &Quiz) {
        let mut events = std::mem::take(&mut self.events);
        events.push(Event::StartedOver);
        *self = Session::new(quiz);
        self.events = events;
    }

    /// Restores answers from saved progress, at a given stage.
    pub fn resume(quiz: &Quiz, answers: AnswerSheet, skipped: Vec<bool>, stage: Stage) -> Self {
        let mut session = Session::new(quiz);
        if answers.len() == session.question_count() {
            session.answers = answers;
        }
        if skipped.len() == session.question_count() {
            session.skipped = skipped;
        }
        session.stage = match stage {
            Stage::Question(n) if n >= session.question_count() => Stage::Review,
            other => other,
        };
        session
    }

    fn go_to(&mut self, question: usize) {
        if self.question_count() == 0 {
            self.stage = Stage::Review;
        } else {
            self.stage = Stage::Question(question.min(self.question_count() - 1));
        }
    }

    fn advance(&mut self, from: usize) {
        if self.from_review || from + 1 >= self.question_count() {
            self.from_review = false;
            self.stage = Stage::Review;
        } else {
            self.stage = Stage::Question(from + 1);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::Content;

    fn quiz() -> Quiz {
        Content::built_in().unwrap().quiz
    }

    #[test]
    fn answering_moves_on_and_back_shows_the_earlier_answer() {
        let quiz = quiz();
        let mut s = Session::new(&quiz);
        assert_eq!(s.stage(), Stage::Welcome);
        s.start();
        s.answer(&quiz, Answer::Likert(4));
        assert_eq!(s.stage(), Stage::Question(1));
        s.back();
        assert_eq!(s.stage(), Stage::Question(0));
        assert_eq!(s.mark(0), Mark::Answered(Answer::Likert(4)));
        s.back();
        assert_eq!(s.stage(), Stage::Welcome);
    }

    #[test]
    fn skipping_keeps_an_existing_answer_and_marks_a_new_one() {
        let quiz = quiz();
        let mut s = Session::new(&quiz);
        s.start();
        s.answer(&quiz, Answer::Likert(2));
        s.skip();
        assert_eq!(s.mark(1), Mark::Skipped);
        s.back();
        s.back();
        s.skip();
        assert_eq!(s.mark(0), Mark::Answered(Answer::Likert(2)));
        assert_eq!(s.skipped(), vec![1]);
    }

    #[test]
    fn an_answer_that_does_not_fit_is_ignored() {
        let quiz = quiz();
        let mut s = Session::new(&quiz);
        s.start();
        s.answer(&quiz, Answer::Likert(9));
        s.answer(&quiz, Answer::Choice(0));
        assert_eq!(s.stage(), Stage::Question(0));
        assert!(!s.has_answers());
    }

    #[test]
    fn the_last_answer_leads_to_the_review_and_a_revisit_returns_there() {
        let quiz = quiz();
        let mut s = Session::new(&quiz);
        s.start();
        for _ in 0..quiz.questions.len() {
            s.skip();
        }
        assert_eq!(s.stage(), Stage::Review);
        assert_eq!(s.unanswered().len(), quiz.questions.len());
        s.revisit(0);
        assert_eq!(s.stage(), Stage::Question(0));
        s.answer(&quiz, Answer::Likert(5));
        assert_eq!(s.stage(), Stage::Review);
    }

    #[test]
    fn finishing_with_nothing_answered_says_why() {
        let content = Content::built_in().unwrap();
        let mut s = Session::new(&content.quiz);
        s.start();
        s.review();
        assert!(s.finish(&content.quiz, &content.roles).is_err());
        assert_eq!(s.stage(), Stage::Review);
        s.revisit(3);
        s.answer(&content.quiz, Answer::Choice(1));
        assert!(s.finish(&content.quiz, &content.roles).is_ok());
        assert_eq!(s.stage(), Stage::Results);
        s.restart(&content.quiz);
        assert_eq!(s.stage(), Stage::Welcome);
        assert!(!s.has_answers());
    }

    #[test]
    fn the_session_reports_what_happened_once_and_only_real_changes() {
        let content = Content::built_in().unwrap();
        let quiz = &content.quiz;
        let mut s = Session::new(quiz);
        s.back();
        assert_eq!(s.take_events(), [], "back on the welcome changes nothing");
        s.start();
        s.start();
        s.answer(quiz, Answer::Likert(9));
        assert_eq!(
            s.take_events(),
            [Event::Started],
            "an answer that does not fit is no event"
        );
        s.answer(quiz, Answer::Likert(4));
        s.skip();
        s.back();
        assert_eq!(
            s.take_events(),
            [Event::Answered(0), Event::Skipped(1), Event::Moved]
        );
        assert_eq!(s.take_events(), [], "taken once");
        s.review();
        s.revisit(0);
        s.answer(quiz, Answer::Likert(2));
        assert!(s.finish(quiz, &content.roles).is_ok());
        s.back();
        s.restart(quiz);
        assert_eq!(
            s.take_events(),
            [
                Event::Moved,
                Event::Moved,
                Event::Answered(0),
                Event::Finished,
                Event::Moved,
                Event::StartedOver
            ]
        );
        // What waits to be saved is not part of the session's state.
        let mut other = Session::new(quiz);
        other.restart(quiz);
        assert_eq!(s, Session::new(quiz));
        assert_eq!(other, s);
    }
}
