//! The group summary of a workshop: records merged from one or many results
//! files in, the picture of the group out. Pure: no I/O, no clock.
//!
//! - Exact duplicates (the same quiz, time, session, label and answers: the
//!   same file given twice, or copied from machine to machine) count once.
//! - Records of different quizzes (different quiz ids) are never mixed:
//!   each quiz is summarised on its own, the largest group first, because
//!   their roles and interest areas need not mean the same thing.
//! - Within one quiz, records of another version of it (another content
//!   hash: questions or scoring changed) are kept and counted, and a note
//!   says how many, because their scores may not compare exactly.
//! - Participants are numbered 1, 2, … in the order they finished (by
//!   time, then as read), over all quizzes; `--hide-names` shows
//!   "Participant N" with that number.
//!
//! Everything taken from a file (labels, sessions, titles, names, times) is
//! made safe to show by [`safe`] and [`Participant::label`]: bounded, and
//! control characters shown escaped.

use std::collections::HashMap;
use std::hash::{DefaultHasher, Hash, Hasher};

use super::label;
use super::record::Record;
use crate::content::SavedAnswer;
use crate::scoring::Fit;

/// What an anonymous participant is called.
pub const ANONYMOUS: &str = "anonymous";

/// The longest text from a file (session, title, name, time) shown, in
/// characters, before escaping.
pub const MAX_TEXT: usize = 60;

/// A whole group: every quiz found in the files, largest first.
#[derive(Debug, Clone, PartialEq)]
pub struct Group {
    /// Participants over all quizzes, duplicates counted once.
    pub participants: usize,
    /// Exact duplicate records left out.
    pub duplicates: usize,
    pub quizzes: Vec<QuizGroup>,
}

/// The participants of one quiz and their picture.
#[derive(Debug, Clone, PartialEq)]
pub struct QuizGroup {
    /// The quiz id, as in the records.
    pub quiz: String,
    /// The quiz version most records are from (content hash).
    pub quiz_hash: String,
    /// Records from another version of this quiz.
    pub other_version: usize,
    /// Every role seen in a ranking, with how many participants it is the
    /// best fit of: most first, ties by role id.
    pub roles: Vec<RoleCount>,
    /// The average interest profile, in quiz order.
    pub profile: Vec<DimensionMean>,
    pub close_calls: usize,
    pub flat: usize,
    pub incomplete: usize,
    /// In the order they finished.
    pub participants: Vec<Participant>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct RoleCount {
    pub role: String,
    pub title: String,
    pub count: usize,
}

#[derive(Debug, Clone, PartialEq)]
pub struct DimensionMean {
    pub id: String,
    pub name: String,
    /// The mean score over the records where it was measured; `None` when
    /// no record measured it.
    pub mean: Option<f64>,
    /// How many records measured it.
    pub measured: usize,
}

/// One participant: their record, their number, and whether it is from
/// another version of the quiz.
#[derive(Debug, Clone, PartialEq)]
pub struct Participant {
    /// 1, 2, … in the order they finished, over all quizzes.
    pub number: usize,
    pub other_version: bool,
    pub record: Record,
}

/// Text from a file as it may be shown: at most `max` characters (then
/// "…"), control characters and escape sequences shown escaped.
pub fn safe(text: &str, max: usize) -> String {
    let mut cut: String = text.chars().take(max).collect();
    if text.chars().nth(max).is_some() {
        cut.push('…');
    }
    label::for_terminal(&cut)
}

impl Participant {
    /// The name shown: "Participant N" when names are hidden, else the
    /// label made safe (bounded, escapes shown), or "anonymous".
    pub fn label(&self, hide_names: bool) -> String {
        if hide_names {
            return format!("Participant {}", self.number);
        }
        match self.record.label.as_deref().and_then(label::clean) {
            Some(label) => label::for_terminal(&label),
            None => ANONYMOUS.to_string(),
        }
    }

    /// The label for machine-readable exports: `None` when anonymous.
    pub fn label_or_none(&self, hide_names: bool) -> Option<String> {
        if hide_names || self.record.label.as_deref().and_then(label::clean).is_some() {
            Some(self.label(hide_names))
        } else {
            None
        }
    }

    pub fn session(&self) -> String {
        safe(&self.record.session, MAX_TEXT)
    }

    pub fn time(&self) -> String {
        safe(&self.record.time, MAX_TEXT)
    }

    /// "2026-11-25 14:10" from "2026-11-25T14:10:03Z" (UTC), or the time as
    /// written when it is not in that form.
    pub fn time_short(&self) -> String {
        let t = &self.record.time;
        match (t.get(..10), t.get(11..16)) {
            (Some(date), Some(clock)) if t.as_bytes().get(10) == Some(&b'T') => {
                safe(&format!("{date} {clock}"), MAX_TEXT)
            }
            _ => self.time(),
        }
    }

    pub fn best(&self) -> Option<&Fit> {
        self.record.best()
    }

    /// The best fit's title, made safe, or "no result".
    pub fn best_title(&self) -> String {
        self.best()
            .map_or_else(|| "no result".to_string(), |b| safe(&b.title, MAX_TEXT))
    }

    /// "IT Technician 81%", or "no result".
    pub fn best_text(&self) -> String {
        match self.best() {
            Some(best) => format!("{} {}", safe(&best.title, MAX_TEXT), percent(best.fit)),
            None => "no result".to_string(),
        }
    }

    /// The flags raised, in words.
    pub fn flags(&self) -> Vec<&'static str> {
        let r = &self.record;
        let mut flags = Vec::new();
        if r.close_call {
            flags.push("close call");
        }
        if r.flat {
            flags.push("flat");
        }
        if r.incomplete {
            flags.push("incomplete");
        }
        if self.other_version {
            flags.push("other version");
        }
        flags
    }

    /// This participant's fit to a role, if ranked.
    pub fn fit_of(&self, role: &str) -> Option<f64> {
        self.record
            .ranking
            .iter()
            .find(|f| f.role == role)
            .map(|f| f.fit)
    }

    /// This participant's score on a dimension, if measured.
    pub fn score_of(&self, dimension: &str) -> Option<f64> {
        self.record
            .dimensions
            .iter()
            .find(|d| d.id == dimension)
            .and_then(|d| d.score)
    }
}

/// A fit or share as a whole percentage: "81%".
pub fn percent(value: f64) -> String {
    format!("{:.0}%", value)
}

/// `n thing` or `n things`.
pub fn plural(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

impl RoleCount {
    /// The share of `total` participants, 0 to 100.
    pub fn share(&self, total: usize) -> f64 {
        if total == 0 {
            0.0
        } else {
            100.0 * self.count as f64 / total as f64
        }
    }
}

impl Group {
    /// Summarises records merged from any number of files.
    pub fn summarise(records: Vec<Record>) -> Group {
        let before = records.len();
        let mut records = dedupe(records);
        let duplicates = before - records.len();
        // Stable: records with the same time stay in the order read.
        records.sort_by(|a, b| a.time.cmp(&b.time));

        let mut by_quiz: Vec<(String, Vec<Participant>)> = Vec::new();
        let mut index: HashMap<String, usize> = HashMap::new();
        for (i, record) in records.into_iter().enumerate() {
            let at = *index.entry(record.quiz.clone()).or_insert_with(|| {
                by_quiz.push((record.quiz.clone(), Vec::new()));
                by_quiz.len() - 1
            });
            by_quiz[at].1.push(Participant {
                number: i + 1,
                other_version: false,
                record,
            });
        }
        let participants = by_quiz.iter().map(|(_, p)| p.len()).sum();
        let mut quizzes: Vec<QuizGroup> = by_quiz
            .into_iter()
            .map(|(quiz, people)| QuizGroup::summarise(quiz, people))
            .collect();
        quizzes.sort_by(|a, b| {
            b.participants
                .len()
                .cmp(&a.participants.len())
                .then_with(|| a.quiz.cmp(&b.quiz))
        });
        Group {
            participants,
            duplicates,
            quizzes,
        }
    }

    pub fn is_empty(&self) -> bool {
        self.participants == 0
    }

    /// What a counselor should know about the group as a whole, in words.
    pub fn notes(&self) -> Vec<String> {
        let mut notes = Vec::new();
        if self.quizzes.len() > 1 {
            let names: Vec<String> = self
                .quizzes
                .iter()
                .map(|q| format!("`{}`", safe(&q.quiz, MAX_TEXT)))
                .collect();
            notes.push(format!(
                "These files hold results of {} different quizzes ({}): each is summarised on its own, never mixed.",
                self.quizzes.len(),
                names.join(", ")
            ));
        }
        if self.duplicates > 0 {
            notes.push(format!(
                "{} left out: each was already read (the same file given twice?).",
                plural(
                    self.duplicates,
                    "duplicate record was",
                    "duplicate records were"
                )
            ));
        }
        notes
    }

    /// Every participant over all quizzes, in the order they finished.
    pub fn in_order(&self) -> Vec<(&QuizGroup, &Participant)> {
        let mut all: Vec<(&QuizGroup, &Participant)> = self
            .quizzes
            .iter()
            .flat_map(|q| q.participants.iter().map(move |p| (q, p)))
            .collect();
        all.sort_by_key(|(_, p)| p.number);
        all
    }
}

impl QuizGroup {
    fn summarise(quiz: String, mut participants: Vec<Participant>) -> QuizGroup {
        // The version most records are from; a tie goes to the version of
        // the latest record (most likely the quiz as it is now).
        let mut versions: HashMap<&str, (usize, usize)> = HashMap::new();
        for (i, p) in participants.iter().enumerate() {
            let entry = versions.entry(&p.record.quiz_hash).or_insert((0, 0));
            entry.0 += 1;
            entry.1 = i;
        }
        let quiz_hash = versions
            .iter()
            .max_by_key(|(_, (count, last))| (*count, *last))
            .map(|(hash, _)| hash.to_string())
            .unwrap_or_default();
        let mut other_version = 0;
        for p in &mut participants {
            p.other_version = p.record.quiz_hash != quiz_hash;
            other_version += usize::from(p.other_version);
        }

        // Roles and dimensions in the order the main version lists them,
        // then any only another version has.
        let main_first = participants
            .iter()
            .filter(|p| !p.other_version)
            .chain(participants.iter().filter(|p| p.other_version));
        let mut roles: Vec<RoleCount> = Vec::new();
        let mut role_index: HashMap<&str, usize> = HashMap::new();
        let mut profile: Vec<(DimensionMean, f64)> = Vec::new();
        let mut dimension_index: HashMap<&str, usize> = HashMap::new();
        for p in main_first {
            for fit in &p.record.ranking {
                if !role_index.contains_key(fit.role.as_str()) {
                    role_index.insert(&fit.role, roles.len());
                    roles.push(RoleCount {
                        role: fit.role.clone(),
                        title: fit.title.clone(),
                        count: 0,
                    });
                }
            }
            for d in &p.record.dimensions {
                let at = *dimension_index.entry(&d.id).or_insert_with(|| {
                    profile.push((
                        DimensionMean {
                            id: d.id.clone(),
                            name: d.name.clone(),
                            mean: None,
                            measured: 0,
                        },
                        0.0,
                    ));
                    profile.len() - 1
                });
                if let Some(score) = d.score.filter(|s| s.is_finite()) {
                    profile[at].0.measured += 1;
                    profile[at].1 += score;
                }
            }
            if let Some(best) = p.record.best() {
                roles[role_index[best.role.as_str()]].count += 1;
            }
        }
        roles.sort_by(|a, b| b.count.cmp(&a.count).then_with(|| a.role.cmp(&b.role)));
        let profile = profile
            .into_iter()
            .map(|(mut d, sum)| {
                d.mean = (d.measured > 0).then(|| sum / d.measured as f64);
                d
            })
            .collect();

        let count = |flag: fn(&Record) -> bool| {
            participants
                .iter()
                .filter(|p| flag(&p.record))
                .count()
        };
        QuizGroup {
            close_calls: count(|r| r.close_call),
            flat: count(|r| r.flat),
            incomplete: count(|r| r.incomplete),
            quiz,
            quiz_hash,
            other_version,
            roles,
            profile,
            participants,
        }
    }

    /// What a counselor should know about this quiz's results, in words.
    pub fn notes(&self) -> Vec<String> {
        let mut notes = Vec::new();
        if self.other_version > 0 {
            notes.push(format!(
                "{} from another version of the quiz `{}` (its questions or scoring changed): counted, but their scores may not compare exactly.",
                plural(self.other_version, "record is", "records are"),
                safe(&self.quiz, MAX_TEXT)
            ));
        }
        notes
    }
}

/// Drops exact duplicates (same quiz, time, session, label and answers),
/// keeping the first of each.
fn dedupe(records: Vec<Record>) -> Vec<Record> {
    fn key(r: &Record) -> u64 {
        let mut h = DefaultHasher::new();
        (&r.quiz, &r.time, &r.session, &r.label).hash(&mut h);
        for (question, answer) in &r.answers {
            question.hash(&mut h);
            match answer {
                SavedAnswer::Scale(a) => (0u8, *a).hash(&mut h),
                SavedAnswer::Option(o) => (1u8, o).hash(&mut h),
            }
        }
        h.finish()
    }
    fn same(a: &Record, b: &Record) -> bool {
        a.quiz == b.quiz
            && a.time == b.time
            && a.session == b.session
            && a.label == b.label
            && a.answers == b.answers
    }
    let mut seen: HashMap<u64, Vec<usize>> = HashMap::with_capacity(records.len());
    let mut kept: Vec<Record> = Vec::with_capacity(records.len());
    for record in records {
        let slot = seen.entry(key(&record)).or_default();
        if slot.iter().any(|&i| same(&kept[i], &record)) {
            continue;
        }
        slot.push(kept.len());
        kept.push(record);
    }
    kept
}
