//! The group summary of a workshop: results merged from one or many results
//! files in, the picture of the group out. Pure: no I/O, no clock.
//!
//! - Only the same record read twice (a file given twice, or copied from
//!   machine to machine) counts once: records carry a unique id. Older
//!   records without one are told apart by content, and only across files:
//!   a line repeated within one file is that many people (anonymous
//!   participants finishing in the same second with the same answers), so
//!   each identical line counts as often as the file holding it most.
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
//! A report may cover 100,000 records, so each is held as a lean [`Entry`]:
//! its answers only as a digest (enough to spot duplicates), and the names
//! that repeat in every record (session, quiz, roles, interest areas)
//! shared, not copied. [`Loader`] builds entries from [`Record`]s or,
//! faster, straight from a results file's bytes (`wire.rs`).
//!
//! Everything taken from a file (labels, sessions, titles, names, times) is
//! made safe to show by [`safe`] and [`Participant::label`]: bounded, and
//! control characters shown escaped.

pub mod export;
mod load;
mod naming;
mod tally;
mod wire;

pub use load::Loader;
pub(crate) use load::{AnswerValue, Fx, FxMap, answer_digest, fx_str, id_key};
pub use naming::Naming;
pub use wire::Cursor;
pub(crate) use wire::committed_batches;

use std::borrow::Cow;
use std::sync::Arc;

use super::label;
use super::record::Record;

/// What an anonymous participant is called.
pub const ANONYMOUS: &str = "anonymous";

/// The longest text from a file (session, title, name, time) shown, in
/// characters, before escaping.
pub const MAX_TEXT: usize = 60;

/// A role or an interest area as records name it: its id, and its title
/// (a role) or name (an interest area).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Name {
    pub id: String,
    pub text: String,
}

/// A role's fit in one participant's ranking.
#[derive(Debug, Clone, PartialEq)]
pub struct Ranked {
    pub role: Arc<Name>,
    pub fit: f64,
}

/// One interest area's score for one participant (`None`: not measured).
#[derive(Debug, Clone, PartialEq)]
pub struct Scored {
    pub dimension: Arc<Name>,
    pub score: Option<f64>,
}

/// One participant's result as a report needs it.
#[derive(Debug, Clone, PartialEq)]
pub struct Entry {
    /// The record's unique id (hashed), if it has one.
    pub id: Option<u128>,
    /// Which file it was read from (0, 1, … in the order given).
    pub file: usize,
    /// Its place in the order read, over all files: ties in time keep it.
    pub order: u64,
    /// When they finished, RFC 3339 UTC, as written.
    pub time: String,
    pub session: Arc<str>,
    /// The label as stored (show it through [`Participant::label`]).
    pub label: Option<String>,
    pub quiz: Arc<str>,
    pub quiz_hash: Arc<str>,
    /// A digest of the answers, to spot duplicates.
    pub answers: u64,
    pub answered: usize,
    pub total: usize,
    /// In quiz order.
    pub dimensions: Vec<Scored>,
    /// Best fit first.
    pub ranking: Vec<Ranked>,
    /// The four flags (`low_interest` false for records written before
    /// that flag existed).
    pub flags: crate::scoring::Flags,
}

impl Entry {
    /// The four flags of this result.
    pub fn flags(&self) -> crate::scoring::Flags {
        self.flags
    }
}

/// A whole group: every quiz found in the files, largest first.
#[derive(Debug, Clone, PartialEq)]
pub struct Group {
    /// Participants over all quizzes, duplicates counted once.
    pub participants: usize,
    /// Records left out because they were read before.
    pub duplicates: usize,
    pub quizzes: Vec<QuizGroup>,
    /// What updating the summary as records come needs to remember.
    tally: tally::Tally,
}

impl Default for Group {
    fn default() -> Self {
        Group::new(Vec::new())
    }
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
    /// Participants with little interest in any area the quiz measures.
    pub low_interest: usize,
    /// In the order they finished (none in a [`Group::counting`]).
    pub participants: Vec<Participant>,
    /// How many participants (kept or only counted).
    count: usize,
    counts: tally::QuizTally,
}

impl QuizGroup {
    /// A quiz group with no one in it yet.
    pub(crate) fn empty(quiz: &str, quiz_hash: &str) -> QuizGroup {
        QuizGroup {
            quiz: quiz.into(),
            quiz_hash: quiz_hash.into(),
            other_version: 0,
            roles: Vec::new(),
            profile: Vec::new(),
            close_calls: 0,
            flat: 0,
            incomplete: 0,
            low_interest: 0,
            participants: Vec::new(),
            count: 0,
            counts: Default::default(),
        }
    }

    /// How many participants took this quiz.
    pub fn count(&self) -> usize {
        self.count
    }

    /// How many participants raised each flag, with its name: the one list
    /// the text, Markdown and dashboard show.
    pub fn flag_counts(&self) -> [(&'static str, usize); 4] {
        self.flag_counts_in(&crate::lang::Words::english())
    }

    /// [`QuizGroup::flag_counts`] in `words`.
    pub fn flag_counts_in(&self, words: &crate::lang::Words) -> [(&'static str, usize); 4] {
        [
            (words.word("group-close-calls"), self.close_calls),
            (words.word("group-flat"), self.flat),
            (words.word("group-incomplete"), self.incomplete),
            (words.word("group-low-interest"), self.low_interest),
        ]
    }
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

/// One participant: their result, their number, and whether it is from
/// another version of the quiz.
#[derive(Debug, Clone, PartialEq)]
pub struct Participant {
    /// 1, 2, … in the order they finished, over all quizzes.
    pub number: usize,
    pub other_version: bool,
    pub entry: Entry,
}

/// Text from a file as it may be shown: at most `max` characters (then
/// "…"), control characters and escape sequences shown escaped.
pub fn safe(text: &str, max: usize) -> String {
    safe_cow(text, max).into_owned()
}

/// [`safe`], borrowing the text when it needs no change.
pub fn safe_cow(text: &str, max: usize) -> Cow<'_, str> {
    // Most text is short printable ASCII: nothing to cut or escape.
    if text.len() <= max && text.bytes().all(|b| (0x20..0x7f).contains(&b)) {
        return Cow::Borrowed(text);
    }
    let mut cut: String = text.chars().take(max).collect();
    if text.chars().nth(max).is_some() {
        cut.push('…');
    }
    Cow::Owned(label::for_terminal(&cut))
}

impl Participant {
    /// The name as the CSV and JSON write it: "Participant N" when names
    /// are hidden, else the label made safe (bounded, escapes shown), or
    /// "anonymous". A value scripts read, so the same in every language
    /// (and no catalogue look-up per row); people read
    /// [`Participant::label_in`].
    pub fn label(&self, hide_names: bool) -> String {
        if hide_names {
            return format!("Participant {}", self.number);
        }
        match self.entry.label.as_deref().and_then(label::clean) {
            Some(label) => label::for_terminal(&label),
            None => ANONYMOUS.to_string(),
        }
    }

    /// [`Participant::label`] as the screen shows it in `words`.
    pub fn label_in(&self, words: &crate::lang::Words, hide_names: bool) -> String {
        if hide_names {
            return words.args("group-participant", &[("n", self.number.into())]);
        }
        match self.entry.label.as_deref().and_then(label::clean) {
            Some(label) => label::for_terminal(&label),
            None => words.get("group-anonymous"),
        }
    }

    /// The label for machine-readable exports: `None` when anonymous.
    pub fn label_or_none(&self, hide_names: bool) -> Option<String> {
        if hide_names || self.entry.label.as_deref().and_then(label::clean).is_some() {
            Some(self.label(hide_names))
        } else {
            None
        }
    }

    pub fn session(&self) -> String {
        safe(&self.entry.session, MAX_TEXT)
    }

    pub fn time(&self) -> String {
        safe(&self.entry.time, MAX_TEXT)
    }

    /// "2026-11-25 14:10" from "2026-11-25T14:10:03Z" (UTC), or the time as
    /// written when it is not in that form.
    pub fn time_short(&self) -> String {
        crate::store::clock::minute(&self.entry.time).unwrap_or_else(|| self.time())
    }

    /// The best fit, if the record ranks any role.
    pub fn best(&self) -> Option<&Ranked> {
        self.entry.ranking.first()
    }

    /// "IT Technician 81%", or "no result".
    pub fn best_text(&self) -> String {
        self.best_text_in(&crate::lang::Words::english(), &Naming::AS_WRITTEN)
    }

    /// [`Participant::best_text`] in `words`, the role named by `naming`
    /// (see [`QuizGroup::naming`]).
    pub fn best_text_in(&self, words: &crate::lang::Words, naming: &Naming) -> String {
        match self.best() {
            Some(best) => format!(
                "{} {}",
                safe(naming.role(&best.role.id, &best.role.text), MAX_TEXT),
                percent(best.fit)
            ),
            None => words.get("group-no-result"),
        }
    }

    /// The flags raised, in words.
    pub fn flags(&self) -> Vec<&'static str> {
        self.flags_in(&crate::lang::Words::english())
    }

    /// [`Participant::flags`] in `words`, in the same order.
    pub fn flags_in(&self, words: &crate::lang::Words) -> Vec<&'static str> {
        let mut flags = crate::summary::flag_words(words, self.entry.flags());
        if self.other_version {
            flags.push(words.word("group-flag-other-version"));
        }
        flags
    }

    /// This participant's fit to a role, if ranked.
    pub fn fit_of(&self, role: &str) -> Option<f64> {
        self.entry
            .ranking
            .iter()
            .find(|f| f.role.id == role)
            .map(|f| f.fit)
    }

    /// This participant's score on a dimension, if measured.
    pub fn score_of(&self, dimension: &str) -> Option<f64> {
        self.entry
            .dimensions
            .iter()
            .find(|d| d.dimension.id == dimension)
            .and_then(|d| d.score)
    }
}

/// A fit or share as a whole percentage, halves rounded up: "81%".
pub fn percent(value: f64) -> String {
    format!("{:.0}%", value.round())
}

pub use crate::text::plural;

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
    /// Summarises records merged from any number of files (all as one
    /// file: see [`Group::summarise_files`]).
    pub fn summarise(records: Vec<Record>) -> Group {
        Group::summarise_files(vec![records])
    }

    /// Summarises the records of each file, merged.
    pub fn summarise_files(files: Vec<Vec<Record>>) -> Group {
        let mut loader = Loader::new();
        for (file, records) in files.iter().enumerate() {
            for record in records {
                loader.add_record_from(record, file);
            }
        }
        loader.finish()
    }

    /// Summarises entries merged from any number of files.
    pub fn new(entries: Vec<Entry>) -> Group {
        let mut group = Group {
            participants: 0,
            duplicates: 0,
            quizzes: Vec::new(),
            tally: tally::Tally::default(),
        };
        group.add(entries);
        group
    }

    pub fn is_empty(&self) -> bool {
        self.participants == 0
    }

    /// What a counselor should know about the group as a whole, in words.
    pub fn notes(&self) -> Vec<String> {
        self.notes_in(&crate::lang::Words::english())
    }

    /// [`Group::notes`] in `words`.
    pub fn notes_in(&self, words: &crate::lang::Words) -> Vec<String> {
        let mut notes = Vec::new();
        if self.quizzes.len() > 1 {
            let names: Vec<String> = self
                .quizzes
                .iter()
                .map(|q| format!("`{}`", safe(&q.quiz, MAX_TEXT)))
                .collect();
            notes.push(words.args(
                "group-note-quizzes",
                &[
                    ("n", self.quizzes.len().into()),
                    ("names", names.join(", ").into()),
                ],
            ));
        }
        if self.duplicates > 0 {
            notes.push(words.args("group-note-duplicates", &[("n", self.duplicates.into())]));
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
    /// What a counselor should know about this quiz's results, in words.
    pub fn notes(&self) -> Vec<String> {
        self.notes_in(&crate::lang::Words::english())
    }

    /// [`QuizGroup::notes`] in `words`.
    pub fn notes_in(&self, words: &crate::lang::Words) -> Vec<String> {
        let mut notes = Vec::new();
        if self.other_version > 0 {
            notes.push(words.args(
                "group-note-other-version",
                &[
                    ("n", self.other_version.into()),
                    ("quiz", safe(&self.quiz, MAX_TEXT).into()),
                ],
            ));
        }
        if self.low_interest > 0 {
            notes.push(words.args(
                "group-note-low-interest",
                &[
                    ("n", self.low_interest.into()),
                    ("url", crate::summary::INTEREST_PROFILER_URL.into()),
                ],
            ));
        }
        notes
    }
}
