//! Plain mode: the quiz as numbered line-by-line prompts, for screen
//! readers, dumb terminals and pipes. Each question is printed once; no
//! alternate screen, no cursor movement, no colour, no box drawing. It
//! drives the same session state machine as the full-screen quiz, and the
//! same saving policy ([`crate::saving`]) saves progress and results.

pub mod kiosk;
mod review;

use std::io::{self, BufRead, Write};

use crate::content::{Answer, Content, QuestionKind};
use crate::lang::Words;
use crate::saving::{Said, Saver};
use crate::scoring::Outcome;
use crate::session::{Mark, Session, Stage};
use crate::store::{Store, clock, progress};
use crate::summary::{hint_text_in, how_to_answer, length_in};

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
    /// The words of the person's language (English unless told).
    pub words: Words,
    /// A person at a terminal may type e for the next language.
    pub languages: bool,
    /// The content in each language e can switch to (None: the words
    /// switch alone).
    pub translations: Option<&'a crate::content::Languages>,
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
    Language,
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
        "y" | "yes" | "si" | "sí" => Reply::Yes,
        "e" => Reply::Language,
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
            words: Words::english(),
            languages: false,
            translations: None,
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
        let words = &self.words;
        let n = quiz.questions.len();
        let mut text = format!("{}\n", quiz.title);
        if let Some(intro) = &quiz.intro {
            text.push_str(&format!("{intro}\n"));
        }
        text.push_str(&format!(
            "{}. {}\n{}",
            length_in(words, n),
            how_to_answer(words),
            words.get("plain-how-to-type")
        ));
        if self.offers_language() {
            // In the next language's own words, so its reader finds it.
            let next_words = Words::new(words.lang().next());
            text.push('\n');
            text.push_str(&next_words.get("plain-language"));
        }
        self.say(&text)
    }

    /// The next language's words, and the quiz's texts in it when the shell
    /// loaded them; a translation that could not be loaded keeps the texts
    /// on hand, and the person is told why.
    fn switch_language(&mut self) -> io::Result<()> {
        self.words = Words::new(self.words.lang().next());
        let lang = self.words.lang();
        match self.translations.map(|languages| languages.get(lang)) {
            Some(Ok(content)) => self.content = content,
            Some(Err(e)) => {
                let problem = e.problems.first().map(|p| p.say(&self.words));
                let text = self.words.args(
                    "notice-language-content",
                    &[("problem", problem.unwrap_or_default().into())],
                );
                self.say(&text)?;
            }
            None => {}
        }
        Ok(())
    }

    /// A person at a terminal is offered the next language (e); a script
    /// piping answers in is not.
    fn offers_language(&self) -> bool {
        self.languages && self.interactive
    }

    /// Offers an unfinished quiz, if one was saved. `Some` ends the run.
    /// A script piping answers in gets no question it did not expect: it
    /// starts a new quiz, and is told so.
    fn offer_resume(&mut self) -> io::Result<Option<PlainEnding>> {
        let quiz = &self.content.quiz;
        match progress::find(self.saver.store(), quiz) {
            progress::Found::Unfinished(unfinished) if !self.interactive => {
                let when = clock::readable_in(&self.words, &unfinished.saved_at);
                let text = self
                    .words
                    .args("plain-unfinished-piped", &[("when", when.into())]);
                self.say(&text)?;
                Ok(None)
            }
            progress::Found::Nothing => Ok(None),
            progress::Found::Damaged(warning) => {
                let text = self
                    .words
                    .args("summary-note", &[("note", warning.say(&self.words).into())]);
                self.say(&text)?;
                Ok(None)
            }
            progress::Found::Unfinished(unfinished) => {
                let mut text = format!(
                    "\n{}",
                    self.words.args(
                        "resume-unfinished",
                        &[
                            (
                                "when",
                                clock::readable_in(&self.words, &unfinished.saved_at).into()
                            ),
                            ("answered", unfinished.answered.into()),
                            ("total", quiz.questions.len().into()),
                        ],
                    )
                );
                if unfinished.quiz_changed && unfinished.dropped > 0 {
                    text.push(' ');
                    text.push_str(
                        &self
                            .words
                            .args("plain-resume-dropped", &[("n", unfinished.dropped.into())]),
                    );
                }
                self.say(&text)?;
                loop {
                    let prompt = self.words.get("plain-resume-prompt");
                    let Some(line) = self.read(&prompt)? else {
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
                        _ => {
                            let again = self.words.get("plain-resume-again");
                            self.say(&again)?
                        }
                    }
                }
            }
        }
    }

    fn question_text(&self, n: usize) -> String {
        let quiz = &self.content.quiz;
        let words = &self.words;
        let question = &quiz.questions[n];
        let mut text = format!(
            "\n{}\n{}\n",
            words.args(
                "plain-question-of",
                &[
                    ("n", (n + 1).into()),
                    ("total", quiz.questions.len().into())
                ],
            ),
            question.text
        );
        if let Some(hint) = &question.hint {
            text.push_str(&format!("{}\n", hint_text_in(words, hint)));
        }
        let labels: Vec<&str> = match &question.kind {
            QuestionKind::Likert { .. } => {
                text.push_str(&format!("{}\n", words.get("prompt-likert")));
                quiz.scale.iter().map(String::as_str).collect()
            }
            QuestionKind::Choice { options } => {
                text.push_str(&format!("{}\n", words.get("prompt-choice")));
                options.iter().map(|o| o.label.as_str()).collect()
            }
        };
        for (i, label) in labels.iter().enumerate() {
            text.push_str(&format!("  {}. {label}\n", i + 1));
        }
        match self.session.mark(n) {
            Mark::Answered(answer) => text.push_str(&format!(
                "{}\n",
                words.args(
                    "plain-answer-so-far",
                    &[
                        (
                            "n",
                            match answer {
                                Answer::Likert(a) => usize::from(a),
                                Answer::Choice(i) => i + 1,
                            }
                            .into()
                        ),
                        ("label", answer.label(quiz, question).into()),
                    ],
                )
            )),
            Mark::Skipped => text.push_str(&format!("{}\n", words.get("plain-skipped-before"))),
            Mark::NotSeen => {}
        }
        text.pop();
        text
    }

    /// Asks question `n` until it gets a usable reply.
    fn ask(&mut self, n: usize) -> io::Result<Option<PlainEnding>> {
        let quiz = &self.content.quiz;
        let count = quiz.questions[n].answer_count();
        let mut text = self.question_text(n);
        self.say(&text)?;
        let mut prompt = self
            .words
            .args("plain-answer-prompt", &[("n", count.into())]);
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
                        let first = self.words.get("plain-first-question");
                        self.say(&first)?;
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
                    let text = if had_answer {
                        self.words.get("plain-moved-on")
                    } else {
                        self.words.get("notice-skipped")
                    };
                    self.say(&text)?;
                    return Ok(None);
                }
                Reply::Help => self.help()?,
                Reply::Quit => {
                    if let Some(ending) = self.quit()? {
                        return Ok(Some(ending));
                    }
                    self.say(&text)?;
                }
                Reply::Language if self.offers_language() => {
                    // The next language from here on: the question again
                    // in its words.
                    self.switch_language()?;
                    text = self.question_text(n);
                    self.say(&text)?;
                    prompt = self
                        .words
                        .args("plain-answer-prompt", &[("n", count.into())]);
                }
                Reply::Number(_)
                | Reply::Other
                | Reply::Results
                | Reply::Yes
                | Reply::No
                | Reply::Language => {
                    let shown = line.trim();
                    let what = if shown.is_empty() {
                        self.words.get("plain-nothing-typed")
                    } else {
                        self.words.args(
                            "plain-not-an-answer",
                            &[("typed", crate::workshop::label::for_terminal(shown).into())],
                        )
                    };
                    let how = self.words.args("plain-type-number", &[("n", count.into())]);
                    self.say(&format!("{what} {how}"))?;
                    // The question again, in one line: the answers were
                    // read out once already ("?" helps, and b goes back).
                    let again = self.words.args(
                        "plain-question-again",
                        &[
                            ("n", (n + 1).into()),
                            ("text", quiz.questions[n].text.as_str().into()),
                        ],
                    );
                    self.say(&again)?;
                }
            }
        }
    }

    fn help(&mut self) -> io::Result<()> {
        let text = self.words.get("plain-help");
        self.say(&text)
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
            let prompt = self.words.get("plain-quit-prompt");
            let Some(line) = self.read(&prompt)? else {
                return Ok(Some(PlainEnding::InputEnded { saved: false }));
            };
            match said(&line) {
                Reply::Yes | Reply::Quit => return Ok(Some(PlainEnding::Quit { saved: false })),
                Reply::No => return Ok(None),
                _ => {
                    let again = self.words.get("plain-type-y-or-n");
                    self.say(&again)?
                }
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
                Said::Notice(notice) => self.say(&notice.say(&self.words))?,
                Said::Warning(warning) if !self.warned => {
                    self.warned = true;
                    let text = note_in(&self.words, &warning.say(&self.words));
                    self.say(&text)?;
                }
                Said::Warning(_) => {}
                Said::AllWell => self.warned = false,
            }
        }
        Ok(())
    }
}

/// A saving problem as plain mode says it: "Note: progress is not being
/// saved (...)".
fn note_in(words: &Words, said: &str) -> String {
    match said {
        "" => String::new(),
        said => words.args(
            "summary-note",
            &[("note", crate::text::uncapitalised(said).into())],
        ),
    }
}
