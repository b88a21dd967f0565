//! Plain mode's end of the quiz: the review (what was skipped, a way back
//! to any question) and the results, in the person's language.

use std::io::{self, BufRead, Write};

use super::{Plain, PlainEnding, Reply, note_in, said};
use crate::cli::role_text_in;
use crate::saving::Said;
use crate::summary::outcome_text_in;

impl<R: BufRead, W: Write> Plain<'_, R, W> {
    /// The review: what was skipped, a way back to any question, results.
    pub(super) fn review(&mut self) -> io::Result<Option<PlainEnding>> {
        let quiz = &self.content.quiz;
        let total = quiz.questions.len();
        let answered = self.session.answers().answered();
        let unanswered: Vec<String> = self
            .session
            .unanswered()
            .iter()
            .map(|q| (q + 1).to_string())
            .collect();
        let words = &self.words;
        let mut text = format!(
            "\n{}",
            words.args(
                "plain-review",
                &[("answered", answered.into()), ("total", total.into())],
            )
        );
        match unanswered.len() {
            0 => {}
            n if n == total => {
                text.push(' ');
                text.push_str(&words.get("plain-review-none"));
            }
            n => {
                text.push(' ');
                text.push_str(&words.args(
                    "plain-review-not-answered",
                    &[("n", n.into()), ("list", unanswered.join(", ").into())],
                ));
            }
        }
        self.say(&text)?;
        loop {
            let prompt = self
                .words
                .args("plain-review-prompt", &[("total", total.into())]);
            let Some(line) = self.read(&prompt)? else {
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
                _ => {
                    let again = self
                        .words
                        .args("plain-review-again", &[("total", total.into())]);
                    self.say(&again)?
                }
            }
        }
    }

    /// The results, or `None` (said why) when there are none yet.
    fn results(&mut self) -> io::Result<Option<PlainEnding>> {
        let quiz = &self.content.quiz;
        let outcome = match self.session.finish(quiz, &self.content.roles) {
            Ok(outcome) => outcome,
            Err(_) => {
                let text = self.words.get("plain-no-results");
                self.say(&text)?;
                return Ok(None);
            }
        };
        let said = self.saver.after(quiz, &mut self.session, Some(&outcome));
        let words = &self.words;
        let mut text = format!("\n{}", outcome_text_in(words, quiz, &outcome));
        if let Some(role) = self.content.role(&outcome.ranking[0].role) {
            text.push_str(&format!(
                "\n{}\n{}",
                words.args("plain-about", &[("role", role.title.as_str().into())]),
                role_text_in(&self.words, role)
            ));
        }
        if self.saver.kept.result.is_some() && !self.at_kiosk {
            text.push_str(&format!("\n{}\n", words.get("plain-result-saved")));
        }
        for said in said {
            match said {
                Said::Notice(said) | Said::Warning(said) => {
                    text.push_str(&format!("\n{}\n", note_in(words, &said.say(words))))
                }
                Said::AllWell => {}
            }
        }
        if !self.at_kiosk {
            text.push_str(&words.get("plain-read-roles"));
        }
        self.say(&text)?;
        Ok(Some(PlainEnding::Finished(Box::new(outcome))))
    }
}
