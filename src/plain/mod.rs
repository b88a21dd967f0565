//! Plain mode: the quiz as numbered line-by-line prompts, for screen
//! readers, dumb terminals and pipes. Each question is printed once; no
//! alternate screen, no cursor movement, no colour, no box drawing. It
//! drives the same session state machine as the full-screen quiz, and the
//! same saving policy ([`crate::saving`]) saves progress and results.

pub mod kiosk;

use std::io::{self, BufRead, Write};

use crate::cli::role_text;
use crate::content::{Answer, Content, QuestionKind};
use crate::saving::{Said, Saver};
use crate::scoring::Outcome;
use crate::session::{Mark, Session, Stage};
use crate::store::{Store, clock, progress};
use crate::summary::outcome_text;
use crate::summary::{HOW_TO_ANSWER, hint_text, length};

/// How a plain run ended.
#[derive(Debug, Clone, PartialEq)]
pub enum PlainEnding {
    /// Results reached (and shown).
    Finished(Box<Outcome>),
    /// The person typed q.
    Quit { saved: bool },
    /// Input ended before the results.
    InputEnded { saved: bool },
}

/// One plain-mode session over any input and output.
pub struct Plain<'a, R, W> {
    content: &'a Content,
    input: R,
    out: W,
    pub(crate) session: Session,
    /// What the session reports is saved by the one saving policy.
    saver: Saver<'a>,
    /// A saving problem was said and has not gone away: said once.
    warned: bool,
    /// A person is typing (input is a terminal), not a script.
    pub interactive: bool,
    /// The width prose is wrapped to, at word boundaries.
    pub width: usize,
    /// On a workshop kiosk: the participant cannot run careerfit's
    /// commands, so the results do not point to them.
    pub at_kiosk: bool,
}

/// What the person typed, read as a command.
enum Reply {
    Number(usize),
    Back,
    Skip,
    Help,
    Quit,
    Results,
    Yes,
    No,
    Other,
}

fn said(line: &str) -> Reply {
    let line = line.trim();
    match line.to_lowercase().as_str() {
        "b" | "back" => Reply::Back,
        "s" | "skip" => Reply::Skip,
        "?" | "h" | "help" => Reply::Help,
        "q" | "quit" | "exit" => Reply::Quit,
        "r" | "results" => Reply::Results,
        "y" | "yes" => Reply::Yes,
        "n" | "no" => Reply::No,
        other => match other.parse::<usize>() {
            Ok(n) => Reply::Number(n),
            Err(_) => Reply::Other,
        },
    }
}

impl<'a, R: BufRead, W: Write> Plain<'a, R, W> {
    pub fn new(content: &'a Content, store: &'a Store, input: R, out: W) -> Self {
        Plain {
            content,
            input,
            out,
            session: Session::new(&content.quiz),
            saver: Saver::new(store),
            warned: false,
            interactive: true,
            width: crate::text::output_width(),
            at_kiosk: false,
        }
    }

    /// Runs the quiz to the end, or to q, or to the end of input.
    pub fn run(&mut self) -> io::Result<PlainEnding> {
        self.welcome()?;
        if let Some(ending) = self.offer_resume()? {
            return Ok(ending);
        }
        if self.session.stage() == Stage::Welcome {
            self.session.start();
            self.save()?;
        }
        loop {
            let step = match self.session.stage() {
                Stage::Welcome => {
                    self.session.start();
                    self.save()?;
                    None
                }
                Stage::Question(n) => self.ask(n)?,
                Stage::Review => self.review()?,
                Stage::Results => None,
            };
            if let Some(ending) = step {
                return Ok(ending);
            }
        }
    }

    /// Prints prose and a line break: text from the quiz or the roles made
    /// safe (no escape sequence reaches the terminal) and wrapped at word
    /// boundaries, keeping indents.
    fn say(&mut self, text: &str) -> io::Result<()> {
        let safe = crate::text::printable(text);
        let wrapped = crate::text::reflow(&format!("{safe}\n"), self.width);
        self.out.write_all(wrapped.as_bytes())?;
        self.out.flush()
    }

    /// Reads one line; `None` at the end of input.
    fn read(&mut self, prompt: &str) -> io::Result<Option<String>> {
        let wrapped = crate::text::reflow(&crate::text::printable(prompt), self.width);
        write!(self.out, "{} ", wrapped.trim_end_matches('\n'))?;
        self.out.flush()?;
        // Bytes, not text: a line from a terminal in another encoding is
        // "not an answer", never the end of the quiz.
        let mut bytes = Vec::new();
        if self.input.read_until(b'\n', &mut bytes)? == 0 {
            writeln!(self.out)?;
            return Ok(None);
        }
        Ok(Some(String::from_utf8_lossy(&bytes).into_owned()))
    }

    fn welcome(&mut self) -> io::Result<()> {
        let quiz = &self.content.quiz;
        let n = quiz.questions.len();
        let mut text = format!("{}\n", quiz.title);
        if let Some(intro) = &quiz.intro {
            text.push_str(&format!("{intro}\n"));
        }
        text.push_str(&format!(
            "{}. {HOW_TO_ANSWER}\n\
             To answer, type the number of your answer and press Enter. \
             Type b to go back, s to skip a question, ? for help, or q to quit.",
            length(n)
        ));
        self.say(&text)
    }

    /// Offers an unfinished quiz, if one was saved. `Some` ends the run.
    /// A script piping answers in gets no question it did not expect: it
    /// starts a new quiz, and is told so.
    fn offer_resume(&mut self) -> io::Result<Option<PlainEnding>> {
        let quiz = &self.content.quiz;
        match progress::find(self.saver.store(), quiz) {
            progress::Found::Unfinished(unfinished) if !self.interactive => {
                self.say(&format!(
                    "Note: an unfinished quiz from {} is saved; the input is not a terminal, so a new quiz starts (it replaces the saved one once answered).",
                    clock::readable(&unfinished.saved_at)
                ))?;
                Ok(None)
            }
            progress::Found::Nothing => Ok(None),
            progress::Found::Damaged(warning) => {
                self.say(&format!("Note: {warning}"))?;
                Ok(None)
            }
            progress::Found::Unfinished(unfinished) => {
                let mut text = format!(
                    "\nYou have an unfinished quiz from {}: {} of {} questions answered.",
                    clock::readable(&unfinished.saved_at),
                    unfinished.answered,
                    quiz.questions.len()
                );
                if unfinished.quiz_changed && unfinished.dropped > 0 {
                    text.push_str(&format!(
                        " The quiz has changed since; {} answers no longer match it and were dropped.",
                        unfinished.dropped
                    ));
                }
                self.say(&text)?;
                loop {
                    let Some(line) =
                        self.read("Resume it? Type r to resume or n to start over:")?
                    else {
                        return Ok(Some(PlainEnding::InputEnded { saved: true }));
                    };
                    match said(&line) {
                        Reply::Results | Reply::Yes => {
                            self.session = unfinished.session.clone();
                            return Ok(None);
                        }
                        Reply::No => {
                            // Start over: the old answers go.
                            self.session.restart(quiz);
                            self.save()?;
                            return Ok(None);
                        }
                        Reply::Quit => return Ok(Some(PlainEnding::Quit { saved: true })),
                        _ => self.say("Please type r to resume, or n to start over.")?,
                    }
                }
            }
        }
    }

    fn question_text(&self, n: usize) -> String {
        let quiz = &self.content.quiz;
        let question = &quiz.questions[n];
        let mut text = format!(
            "\nQuestion {} of {}\n{}\n",
            n + 1,
            quiz.questions.len(),
            question.text
        );
        if let Some(hint) = &question.hint {
            text.push_str(&format!("{}\n", hint_text(hint)));
        }
        let labels: Vec<&str> = match &question.kind {
            QuestionKind::Likert { .. } => {
                text.push_str("How much would you like to do this?\n");
                quiz.scale.iter().map(String::as_str).collect()
            }
            QuestionKind::Choice { options } => {
                text.push_str("Pick the one you would most like to do.\n");
                options.iter().map(|o| o.label.as_str()).collect()
            }
        };
        for (i, label) in labels.iter().enumerate() {
            text.push_str(&format!("  {}. {label}\n", i + 1));
        }
        match self.session.mark(n) {
            Mark::Answered(answer) => text.push_str(&format!(
                "Your answer so far: {}. {}\n",
                match answer {
                    Answer::Likert(a) => usize::from(a),
                    Answer::Choice(i) => i + 1,
                },
                answer.label(quiz, question)
            )),
            Mark::Skipped => text.push_str("You skipped this one before.\n"),
            Mark::NotSeen => {}
        }
        text.pop();
        text
    }

    /// Asks question `n` until it gets a usable reply.
    fn ask(&mut self, n: usize) -> io::Result<Option<PlainEnding>> {
        let quiz = &self.content.quiz;
        let count = quiz.questions[n].answer_count();
        let text = self.question_text(n);
        self.say(&text)?;
        let prompt = format!("Answer 1 to {count} (b back, s skip, ? help, q quit):");
        loop {
            let Some(line) = self.read(&prompt)? else {
                return Ok(Some(self.input_ended()));
            };
            match said(&line) {
                Reply::Number(k) if (1..=count).contains(&k) => {
                    let answer = match quiz.questions[n].kind {
                        QuestionKind::Likert { .. } => Answer::Likert(k as u8),
                        QuestionKind::Choice { .. } => Answer::Choice(k - 1),
                    };
                    self.session.answer(quiz, answer);
                    self.save()?;
                    return Ok(None);
                }
                Reply::Back => {
                    self.session.back();
                    if self.session.stage() == Stage::Welcome {
                        self.say("This is the first question.")?;
                        self.session.start();
                        self.save()?;
                        self.say(&text)?;
                        continue;
                    }
                    self.save()?;
                    return Ok(None);
                }
                Reply::Skip => {
                    let had_answer = self.session.answers().get(n).is_some();
                    self.session.skip();
                    self.save()?;
                    self.say(if had_answer {
                        "Moved on; your answer to that question is kept."
                    } else {
                        "Skipped. You can come back to it in the review."
                    })?;
                    return Ok(None);
                }
                Reply::Help => self.help()?,
                Reply::Quit => {
                    if let Some(ending) = self.quit()? {
                        return Ok(Some(ending));
                    }
                    self.say(&text)?;
                }
                Reply::Number(_) | Reply::Other | Reply::Results | Reply::Yes | Reply::No => {
                    let shown = line.trim();
                    let what = if shown.is_empty() {
                        "Nothing was typed.".to_string()
                    } else {
                        format!(
                            "\"{}\" is not an answer here.",
                            crate::workshop::label::for_terminal(shown)
                        )
                    };
                    self.say(&format!(
                        "{what} Type a number from 1 to {count}, or b, s, ? or q."
                    ))?;
                    // The question again, in one line: the answers were
                    // read out once already ("?" helps, and b goes back).
                    let again = format!("Question {} again: {}", n + 1, quiz.questions[n].text);
                    self.say(&again)?;
                }
            }
        }
    }

    fn help(&mut self) -> io::Result<()> {
        self.say(
            "Help: type the number of your answer and press Enter; it is saved and the next question comes.\n\
             b goes back one question, where you can change your answer.\n\
             s skips a question; skipped ones are listed in the review at the end.\n\
             q quits; your answers are kept unless saving is off (--no-save).\n\
             In the review, type a question's number to change it, or r for your results.",
        )
    }

    /// q: leave. Asks first if answers would be lost. `Some` ends the run;
    /// `None` means the person chose to stay.
    fn quit(&mut self) -> io::Result<Option<PlainEnding>> {
        let saving = self.saver.saving();
        if saving || !self.session.has_answers() {
            return Ok(Some(PlainEnding::Quit {
                saved: saving && self.session.has_answers(),
            }));
        }
        loop {
            let Some(line) = self.read("Quit now? Your answers are not saved and will be lost. Type y to quit or n to go on:")? else {
                return Ok(Some(PlainEnding::InputEnded { saved: false }));
            };
            match said(&line) {
                Reply::Yes | Reply::Quit => return Ok(Some(PlainEnding::Quit { saved: false })),
                Reply::No => return Ok(None),
                _ => self.say("Please type y or n.")?,
            }
        }
    }

    /// The input ended: every change is on disk already (when saving works).
    fn input_ended(&mut self) -> PlainEnding {
        let saved = self.saver.saving() && self.session.has_answers();
        PlainEnding::InputEnded { saved }
    }

    /// Hands what the session reported to the saving policy, and says any
    /// problem (once, until it goes away).
    fn save(&mut self) -> io::Result<()> {
        let said = self
            .saver
            .after(&self.content.quiz, &mut self.session, None);
        for said in said {
            match said {
                Said::Notice(notice) => self.say(&notice)?,
                Said::Warning(warning) if !self.warned => {
                    self.warned = true;
                    self.say(&note(&warning))?;
                }
                Said::Warning(_) => {}
                Said::AllWell => self.warned = false,
            }
        }
        Ok(())
    }

    /// The review: what was skipped, a way back to any question, results.
    fn review(&mut self) -> io::Result<Option<PlainEnding>> {
        let quiz = &self.content.quiz;
        let total = quiz.questions.len();
        let answered = self.session.answers().answered();
        let unanswered: Vec<String> = self
            .session
            .unanswered()
            .iter()
            .map(|q| (q + 1).to_string())
            .collect();
        let mut text = format!("\nReview: you answered {answered} of {total} questions.");
        match unanswered.len() {
            0 => {}
            n if n == total => text.push_str(" None are answered yet."),
            1 => text.push_str(&format!(" Not answered: question {}.", unanswered[0])),
            _ => text.push_str(&format!(
                " Not answered: questions {}.",
                unanswered.join(", ")
            )),
        }
        self.say(&text)?;
        loop {
            let Some(line) = self.read(&format!(
                "Type a question number, 1 to {total}, to change it; r to see your results; or q to quit:"
            ))?
            else {
                // A script that answered everything gets its result.
                if answered > 0
                    && let Some(ending) = self.results()?
                {
                    return Ok(Some(ending));
                }
                return Ok(Some(self.input_ended()));
            };
            match said(&line) {
                Reply::Number(k) if (1..=total).contains(&k) => {
                    self.session.revisit(k - 1);
                    self.save()?;
                    return Ok(None);
                }
                Reply::Results => {
                    if let Some(ending) = self.results()? {
                        return Ok(Some(ending));
                    }
                }
                Reply::Back => {
                    self.session.back();
                    self.save()?;
                    return Ok(None);
                }
                Reply::Help => self.help()?,
                Reply::Quit => {
                    if let Some(ending) = self.quit()? {
                        return Ok(Some(ending));
                    }
                }
                _ => self.say(&format!("Type a number from 1 to {total}, or r, or q."))?,
            }
        }
    }

    /// The results, or `None` (said why) when there are none yet.
    fn results(&mut self) -> io::Result<Option<PlainEnding>> {
        let quiz = &self.content.quiz;
        let outcome = match self.session.finish(quiz, &self.content.roles) {
            Ok(outcome) => outcome,
            Err(_) => {
                self.say("No results yet: answer at least one question first.")?;
                return Ok(None);
            }
        };
        let said = self.saver.after(quiz, &mut self.session, Some(&outcome));
        let mut text = format!("\n{}", outcome_text(quiz, &outcome));
        if let Some(role) = self.content.role(&outcome.ranking[0].role) {
            text.push_str(&format!("\nAbout {}:\n{}", role.title, role_text(role)));
        }
        if self.saver.kept.result.is_some() && !self.at_kiosk {
            text.push_str("\nYour result is saved. To see your saved results, run: careerfit --plain history\n");
        }
        for said in said {
            match said {
                Said::Notice(words) | Said::Warning(words) => {
                    text.push_str(&format!("\n{}\n", note(&words)))
                }
                Said::AllWell => {}
            }
        }
        if !self.at_kiosk {
            text.push_str("To read about any role, run: careerfit roles, then the role's id.");
        }
        self.say(&text)?;
        Ok(Some(PlainEnding::Finished(Box::new(outcome))))
    }
}

/// A saving problem as plain mode says it: "Note: progress is not being
/// saved (...)".
fn note(words: &str) -> String {
    match words {
        "" => String::new(),
        words => format!("Note: {}", crate::text::uncapitalised(words)),
    }
}
