//! Writing a results-file line: the one writer of the format, used by the
//! kiosk (a whole [`Record`]) and by batch scoring (a ranked answer sheet,
//! straight from the spreadsheet's row). Both go through [`Line`], a
//! borrowed serde struct, so the field names, their order and how each
//! value is written live here once; nothing is copied to build a line, and
//! what every row of a batch shares (the quiz's question order, option ids,
//! dimension names, role titles) is looked up once per batch ([`Shared`]).

use serde::Serialize;
use serde::ser::{SerializeMap, SerializeSeq, Serializer};

use super::{Record, VERSION};
use crate::content::{Answer, AnswerSheet, QuestionKind, Quiz, Role};
use crate::scoring::{DimensionScore, Fit, Ranking};

/// One line of a results file, borrowed from whatever holds the result:
/// the fields in the order every careerfit writes them.
#[derive(Serialize)]
struct Line<'a, A, D, R> {
    version: u32,
    #[serde(skip_serializing_if = "Option::is_none")]
    id: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    batch: Option<&'a str>,
    time: &'a str,
    session: &'a str,
    label: Option<&'a str>,
    quiz: &'a str,
    quiz_hash: &'a str,
    answers: A,
    answered: usize,
    total: usize,
    dimensions: D,
    ranking: R,
    close_call: bool,
    flat: bool,
    incomplete: bool,
    low_interest: bool,
}

impl Serialize for Record {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        Line {
            version: self.version,
            id: self.id.as_deref(),
            batch: self.batch.as_deref(),
            time: &self.time,
            session: &self.session,
            label: self.label.as_deref(),
            quiz: &self.quiz,
            quiz_hash: &self.quiz_hash,
            answers: &self.answers,
            answered: self.answered,
            total: self.total,
            dimensions: Seq(self.dimensions.iter().map(|d: &DimensionScore| Score {
                id: &d.id,
                name: &d.name,
                score: d.score,
            })),
            ranking: Seq(self.ranking.iter().map(|f: &Fit| Fitted {
                role: &f.role,
                title: &f.title,
                fit: f.fit,
            })),
            close_call: self.close_call,
            flat: self.flat,
            incomplete: self.incomplete,
            low_interest: self.low_interest,
        }
        .serialize(s)
    }
}

/// A dimension's score as written (a [`DimensionScore`]'s fields).
#[derive(Serialize)]
struct Score<'a> {
    id: &'a str,
    name: &'a str,
    score: Option<f64>,
}

/// A role's fit as written (a [`Fit`]'s fields).
#[derive(Serialize)]
struct Fitted<'a> {
    role: &'a str,
    title: &'a str,
    fit: f64,
}

/// A sequence written from an iterator, without collecting it.
struct Seq<I>(I);

impl<I> Serialize for Seq<I>
where
    I: Iterator + Clone,
    I::Item: Serialize,
{
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut seq = s.serialize_seq(None)?;
        for item in self.0.clone() {
            seq.serialize_element(&item)?;
        }
        seq.end()
    }
}

/// What every record of one batch shares, looked up once: the batch, its
/// time and session, the quiz, its questions in id order (as a record's
/// answers map is written), and the roles scored against.
pub struct Shared<'a> {
    quiz: &'a Quiz,
    roles: &'a [Role],
    quiz_hash: String,
    session: &'a str,
    time: &'a str,
    batch: &'a str,
    /// Question indexes, ordered by question id.
    by_id: Vec<usize>,
}

impl<'a> Shared<'a> {
    pub fn new(
        quiz: &'a Quiz,
        roles: &'a [Role],
        session: &'a str,
        time: &'a str,
        batch: &'a str,
    ) -> Shared<'a> {
        let mut by_id: Vec<usize> = (0..quiz.questions.len()).collect();
        by_id.sort_by(|a, b| quiz.questions[*a].id.cmp(&quiz.questions[*b].id));
        Shared {
            quiz,
            roles,
            quiz_hash: quiz.fingerprint(),
            session,
            time,
            batch,
            by_id,
        }
    }

    /// Writes one record of the batch, ending in a newline: exactly the
    /// line a [`Record`] of the same result makes. Writing to memory does
    /// not fail.
    pub fn write(
        &self,
        out: &mut Vec<u8>,
        id: &str,
        label: Option<&str>,
        sheet: &AnswerSheet,
        ranked: &Ranking,
    ) {
        let line =
            Line {
                version: VERSION,
                id: Some(id),
                batch: Some(self.batch),
                time: self.time,
                session: self.session,
                label,
                quiz: &self.quiz.id,
                quiz_hash: &self.quiz_hash,
                answers: SheetAnswers {
                    shared: self,
                    sheet,
                },
                answered: ranked.answered,
                total: ranked.total,
                dimensions: Seq(self.quiz.dimensions.iter().zip(&ranked.scores).map(
                    |(d, score)| Score {
                        id: &d.id,
                        name: &d.name,
                        score: *score,
                    },
                )),
                ranking: Seq(ranked.order.iter().map(|(r, fit)| Fitted {
                    role: &self.roles[*r].id,
                    title: &self.roles[*r].title,
                    fit: *fit,
                })),
                close_call: ranked.flags.close_call,
                flat: ranked.flags.flat,
                incomplete: ranked.flags.incomplete,
                low_interest: ranked.flags.low_interest,
            };
        let _ = serde_json::to_writer(&mut *out, &line);
        out.push(b'\n');
    }
}

/// An answer sheet written as a record's answers map: question id to a
/// scale point or an option id, in id order, unanswered questions left out
/// (as [`AnswerSheet::to_saved`] gives them).
struct SheetAnswers<'s, 'a> {
    shared: &'s Shared<'a>,
    sheet: &'s AnswerSheet,
}

impl Serialize for SheetAnswers<'_, '_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let questions = &self.shared.quiz.questions;
        let mut map = s.serialize_map(None)?;
        for &q in &self.shared.by_id {
            let question = &questions[q];
            match (self.sheet.get(q), &question.kind) {
                (Some(Answer::Likert(a)), _) => map.serialize_entry(&question.id, &a)?,
                (Some(Answer::Choice(i)), QuestionKind::Choice { options }) => {
                    if let Some(option) = options.get(i) {
                        map.serialize_entry(&question.id, &option.id)?;
                    }
                }
                _ => {}
            }
        }
        map.end()
    }
}
