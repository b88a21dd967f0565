//! Writing a results-file line: the one writer of the format, used by the
//! kiosk and served seats (whole [`Record`]s) and by batch scoring (a
//! ranked answer sheet, straight from the spreadsheet's row). A results
//! file gets lean lines ([`Lean`], format version 2): each points to a
//! [`Names`] line written before it, which holds the question ids, the
//! interest areas' names and the roles' titles once, so no record repeats
//! them (a record is a few hundred bytes, not 1.7 KB). A [`Record`]
//! serialized on its own is the self-contained version 1 line
//! ([`Full`]), which every careerfit reads. Both are borrowed serde
//! structs: the field names, their order and how each value is written
//! live here once, and nothing is copied to build a line.

use std::cell::Cell;
use std::collections::BTreeSet;

use serde::Serialize;
use serde::ser::{SerializeSeq, Serializer};

use super::{LEAN, Names, Record, VERSION};
use crate::content::{Answer, AnswerSheet, QuestionKind, Quiz, Role};
use crate::scoring::{DimensionScore, Fit, Ranking};

/// A whole (version 1) line, borrowed from whatever holds the result: the
/// fields in the order careerfit wrote them.
#[derive(Serialize)]
struct Full<'a, A, D, R> {
    version: u32,
    #[serde(skip_serializing_if = "Option::is_none")]
    id: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    batch: Option<&'a str>,
    time: &'a str,
    session: &'a str,
    label: Option<&'a str>,
    /// The language the participant used (`es`); none when not known.
    #[serde(skip_serializing_if = "Option::is_none")]
    lang: Option<&'a str>,
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

/// A lean (version 2) line: the answers in its names line's question
/// order (`null`: not answered), the scores in its interest area order,
/// the ranking as (role number, fit) pairs, best first.
#[derive(Serialize)]
struct Lean<'a, G, S, F> {
    version: u32,
    /// None only for a record read from an older file that had none.
    #[serde(skip_serializing_if = "Option::is_none")]
    id: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    batch: Option<&'a str>,
    time: &'a str,
    session: &'a str,
    label: Option<&'a str>,
    /// The language the participant used (`es`); none when not known.
    #[serde(skip_serializing_if = "Option::is_none")]
    lang: Option<&'a str>,
    quiz: &'a str,
    quiz_hash: &'a str,
    names: &'a str,
    given: G,
    answered: usize,
    total: usize,
    scores: S,
    fits: F,
    close_call: bool,
    flat: bool,
    incomplete: bool,
    low_interest: bool,
}

/// The self-contained version 1 line, which every careerfit reads.
impl Serialize for Record {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        Full {
            version: VERSION,
            id: self.id.as_deref(),
            batch: self.batch.as_deref(),
            time: &self.time,
            session: &self.session,
            label: self.label.as_deref(),
            lang: self.lang.as_deref(),
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

impl Names {
    /// The names a run of records gives (records of one quiz, their
    /// interest areas the same): every question any of them answered, in
    /// id order; their interest areas; every role they rank, in id order.
    fn of_records(run: &[Record]) -> Names {
        let questions: BTreeSet<&String> = run.iter().flat_map(|r| r.answers.keys()).collect();
        let roles: BTreeSet<(&String, &String)> = run
            .iter()
            .flat_map(|r| r.ranking.iter().map(|f| (&f.role, &f.title)))
            .collect();
        let dimensions = run.first().map_or(&[][..], |r| &r.dimensions[..]);
        Names::new(
            run.first().and_then(|r| r.batch.clone()),
            questions.into_iter().cloned().collect(),
            dimensions
                .iter()
                .map(|d| (d.id.clone(), d.name.clone()))
                .collect(),
            roles
                .into_iter()
                .map(|(id, title)| (id.clone(), title.clone()))
                .collect(),
        )
    }

    /// Names with their id: a digest of what they hold.
    fn new(
        batch: Option<String>,
        questions: Vec<String>,
        dimensions: Vec<(String, String)>,
        roles: Vec<(String, String)>,
    ) -> Names {
        let held = serde_json::to_vec(&(&questions, &dimensions, &roles)).unwrap_or_default();
        let mut id = super::digest(&[&held]);
        id.truncate(16);
        Names {
            names: id,
            batch,
            questions,
            dimensions,
            roles,
        }
    }

    /// Writes the names line, ending in a newline.
    pub fn write(&self, out: &mut Vec<u8>) -> serde_json::Result<()> {
        serde_json::to_writer(&mut *out, self)?;
        out.push(b'\n');
        Ok(())
    }

    /// The number of role `role` titled `title`.
    fn role_number(&self, role: &str, title: &str) -> usize {
        self.roles
            .binary_search_by(|(id, t)| (id.as_str(), t.as_str()).cmp(&(role, title)))
            .unwrap_or(0)
    }
}

/// Records as lean lines, each ending in a newline: each run of records
/// that can share a names line (one quiz, the same interest areas, the
/// same batch) after the one names line it points to.
pub(super) fn lean_lines(records: &[Record], out: &mut Vec<u8>) -> serde_json::Result<()> {
    let same = |a: &Record, b: &Record| {
        a.quiz == b.quiz && a.batch == b.batch && a.dimensions.len() == b.dimensions.len() && {
            a.dimensions
                .iter()
                .zip(&b.dimensions)
                .all(|(x, y)| x.id == y.id && x.name == y.name)
        }
    };
    for run in records.chunk_by(same) {
        let names = Names::of_records(run);
        names.write(out)?;
        for record in run {
            record.write_lean(out, &names)?;
        }
    }
    Ok(())
}

impl Record {
    /// Writes the record as a lean line pointing to `names` (which holds
    /// its questions, interest areas and roles), ending in a newline.
    fn write_lean(&self, out: &mut Vec<u8>, names: &Names) -> serde_json::Result<()> {
        let line = Lean {
            version: LEAN,
            id: self.id.as_deref(),
            batch: self.batch.as_deref(),
            time: &self.time,
            session: &self.session,
            label: self.label.as_deref(),
            lang: self.lang.as_deref(),
            quiz: &self.quiz,
            quiz_hash: &self.quiz_hash,
            names: &names.names,
            given: Seq(names.questions.iter().map(|q| self.answers.get(q))),
            answered: self.answered,
            total: self.total,
            scores: Seq(self.dimensions.iter().map(|d| d.score)),
            fits: Seq(self
                .ranking
                .iter()
                .map(|f| (names.role_number(&f.role, &f.title), f.fit))),
            close_call: self.close_call,
            flat: self.flat,
            incomplete: self.incomplete,
            low_interest: self.low_interest,
        };
        serde_json::to_writer(&mut *out, &line)?;
        out.push(b'\n');
        Ok(())
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
/// time and session, the quiz, and its names line (written before the
/// first record).
pub struct Shared<'a> {
    quiz: &'a Quiz,
    quiz_hash: String,
    session: &'a str,
    time: &'a str,
    batch: &'a str,
    names: Names,
    /// Question indexes, in the names line's order (by question id).
    by_id: Vec<usize>,
    /// Each role's number in the names line, by its place in the roles.
    role_number: Vec<usize>,
    /// The names line is written (before the first record).
    started: Cell<bool>,
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
        let mut role_names: Vec<(String, String)> = roles
            .iter()
            .map(|r| (r.id.clone(), r.title.clone()))
            .collect();
        role_names.sort();
        role_names.dedup();
        let names = Names::new(
            Some(batch.to_string()),
            by_id
                .iter()
                .map(|q| quiz.questions[*q].id.clone())
                .collect(),
            quiz.dimensions
                .iter()
                .map(|d| (d.id.clone(), d.name.clone()))
                .collect(),
            role_names,
        );
        let role_number = roles
            .iter()
            .map(|r| names.role_number(&r.id, &r.title))
            .collect();
        Shared {
            quiz,
            quiz_hash: quiz.fingerprint(),
            session,
            time,
            batch,
            names,
            by_id,
            role_number,
            started: Cell::new(false),
        }
    }

    /// Writes one record of the batch, ending in a newline (after the
    /// batch's names line, before the first): the record a [`Record`] of
    /// the same result holds. Writing to memory does not fail.
    pub fn write(
        &self,
        out: &mut Vec<u8>,
        id: &str,
        label: Option<&str>,
        sheet: &AnswerSheet,
        ranked: &Ranking,
    ) {
        if !self.started.replace(true) {
            let _ = self.names.write(out);
        }
        let questions = &self.quiz.questions;
        let line = Lean {
            version: LEAN,
            id: Some(id),
            batch: Some(self.batch),
            time: self.time,
            session: self.session,
            label,
            lang: None,
            quiz: &self.quiz.id,
            quiz_hash: &self.quiz_hash,
            names: &self.names.names,
            given: Seq(self
                .by_id
                .iter()
                .map(|&q| match (sheet.get(q), &questions[q].kind) {
                    (Some(Answer::Likert(a)), _) => Some(Answered::Scale(a)),
                    (Some(Answer::Choice(i)), QuestionKind::Choice { options }) => {
                        options.get(i).map(|o| Answered::Option(&o.id))
                    }
                    _ => None,
                })),
            answered: ranked.answered,
            total: ranked.total,
            scores: Seq(ranked.scores.iter().copied()),
            fits: Seq(ranked
                .order
                .iter()
                .map(|(r, fit)| (self.role_number[*r], *fit))),
            close_call: ranked.flags.close_call,
            flat: ranked.flags.flat,
            incomplete: ranked.flags.incomplete,
            low_interest: ranked.flags.low_interest,
        };
        let _ = serde_json::to_writer(&mut *out, &line);
        out.push(b'\n');
    }
}

/// An answer as a lean line writes it: as a
/// [`SavedAnswer`](crate::content::SavedAnswer) is written,
/// borrowing the option id.
#[derive(Serialize)]
#[serde(untagged)]
enum Answered<'a> {
    Scale(u8),
    Option(&'a str),
}
