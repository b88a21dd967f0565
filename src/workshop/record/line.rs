//! One line of a results file, read: [`read_line`] parses a line into a
//! [`Wire`], borrowing its text from the line where it can, checks which
//! form it has (a whole version 1 record, or a lean version 2 one and the
//! [`Names`] line it points to), and says what a line that is not a record
//! is. Both readers (`read.rs` for whole [`Record`](super::Record)s, the
//! group report's `group/wire.rs` for lean entries) go through it, so they
//! accept and refuse the same lines and word their warnings the same way.

use std::borrow::Cow;
use std::collections::VecDeque;
use std::fmt;
use std::sync::Arc;

use serde::de::{self, Deserializer, Visitor};
use serde::{Deserialize, Serialize};

use super::{Commit, LEAN, VERSION};
use crate::content::SavedAnswer;
use crate::lang::Said;
use crate::workshop::group::safe;

/// One record line as read, its text borrowed from the line where it can;
/// the answers of a version 1 line as `A` reads them (a map for a
/// [`Record`], a digest for a report). Unknown fields are ignored.
///
/// A version 1 line holds its answers (`answers`, a map of question id to
/// answer), its scores (`dimensions`, with each interest area's name) and
/// its ranking (`ranking`, with each role's title). A version 2 line (the
/// lean line, [`LEAN`]) names none of them: it points (`names`) to a
/// names line ([`Names`]) written before it, and holds its answers in that
/// line's question order (`given`, `null` for a question not answered),
/// its scores in its interest area order (`scores`) and its ranking as
/// (role number, fit) pairs (`fits`). Which form a line has is checked by
/// [`read_line`]; through [`Wire::scores`] and [`Wire::fits`] both read
/// the same.
#[derive(Deserialize)]
pub(crate) struct Wire<'a, A> {
    pub version: u32,
    #[serde(default, borrow)]
    pub id: Option<Cow<'a, str>>,
    #[serde(default, borrow)]
    pub batch: Option<Cow<'a, str>>,
    #[serde(borrow)]
    pub time: Cow<'a, str>,
    #[serde(borrow)]
    pub session: Cow<'a, str>,
    pub label: Option<String>,
    /// The language the participant used; older records have none.
    #[serde(default)]
    pub lang: Option<String>,
    #[serde(borrow)]
    pub quiz: Cow<'a, str>,
    #[serde(borrow)]
    pub quiz_hash: Cow<'a, str>,
    /// Version 1.
    pub answers: Option<A>,
    pub answered: usize,
    pub total: usize,
    /// Version 1.
    #[serde(borrow)]
    pub dimensions: Option<Vec<WireScore<'a>>>,
    /// Version 1.
    #[serde(borrow)]
    pub ranking: Option<Vec<WireFit<'a>>>,
    /// Version 2: the names line's id.
    #[serde(borrow)]
    pub names: Option<Cow<'a, str>>,
    /// Version 2.
    #[serde(borrow, default, deserialize_with = "given")]
    pub given: Option<Vec<Option<Given<'a>>>>,
    /// Version 2.
    pub scores: Option<Vec<Option<f64>>>,
    /// Version 2.
    pub fits: Option<Vec<(usize, f64)>>,
    pub close_call: bool,
    pub flat: bool,
    pub incomplete: bool,
    /// Older records have none: false.
    #[serde(default)]
    pub low_interest: bool,
    /// Version 2: the names line it points to, once found.
    #[serde(skip)]
    pub shape: Option<Arc<Names>>,
}

/// An answer as a line writes it: a scale point (0 to 255) or an option id.
pub(crate) enum Given<'a> {
    Scale(u8),
    Option(Cow<'a, str>),
}

impl<'de: 'a, 'a> Deserialize<'de> for Given<'a> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Given<'a>, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = Given<'de>;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a scale point (0 to 255) or an option id")
            }
            fn visit_u64<E: de::Error>(self, v: u64) -> Result<Given<'de>, E> {
                u8::try_from(v)
                    .map(Given::Scale)
                    .map_err(|_| E::invalid_value(de::Unexpected::Unsigned(v), &self))
            }
            fn visit_i64<E: de::Error>(self, v: i64) -> Result<Given<'de>, E> {
                u8::try_from(v)
                    .map(Given::Scale)
                    .map_err(|_| E::invalid_value(de::Unexpected::Signed(v), &self))
            }
            fn visit_borrowed_str<E: de::Error>(self, v: &'de str) -> Result<Given<'de>, E> {
                Ok(Given::Option(Cow::Borrowed(v)))
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<Given<'de>, E> {
                Ok(Given::Option(Cow::Owned(v.to_string())))
            }
        }
        d.deserialize_any(V)
    }
}

/// A lean line's answers, read into room for a whole quiz at once rather
/// than grown as they come (a quiz has dozens of questions).
fn given<'de: 'a, 'a, D: Deserializer<'de>>(
    d: D,
) -> Result<Option<Vec<Option<Given<'a>>>>, D::Error> {
    struct V<'a>(std::marker::PhantomData<&'a ()>);
    impl<'de: 'a, 'a> Visitor<'de> for V<'a> {
        type Value = Vec<Option<Given<'a>>>;
        fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
            f.write_str("a list of answers")
        }
        fn visit_seq<S: de::SeqAccess<'de>>(self, mut seq: S) -> Result<Self::Value, S::Error> {
            let mut given = Vec::with_capacity(seq.size_hint().unwrap_or(0).max(64));
            while let Some(answer) = seq.next_element()? {
                given.push(answer);
            }
            Ok(given)
        }
    }
    d.deserialize_seq(V(std::marker::PhantomData)).map(Some)
}

impl Given<'_> {
    pub fn saved(&self) -> SavedAnswer {
        match self {
            Given::Scale(n) => SavedAnswer::Scale(*n),
            Given::Option(id) => SavedAnswer::Option(id.to_string()),
        }
    }
}

/// Scores as (interest area id, name, score), in quiz order.
type Scores<'w> = Box<dyn Iterator<Item = (&'w str, &'w str, Option<f64>)> + 'w>;
/// Fits as (role id, title, fit), best first.
type Fits<'w> = Box<dyn Iterator<Item = (&'w str, &'w str, f64)> + 'w>;

impl<A> Wire<'_, A> {
    /// The scores, whichever form the line has ([`read_line`] checked it).
    pub fn scores(&self) -> Scores<'_> {
        match (&self.shape, &self.scores, &self.dimensions) {
            (Some(names), Some(scores), _) => Box::new(
                names
                    .dimensions
                    .iter()
                    .zip(scores)
                    .map(|((id, name), s)| (id.as_str(), name.as_str(), *s)),
            ),
            (_, _, dimensions) => Box::new(
                dimensions
                    .iter()
                    .flatten()
                    .map(|d| (&*d.id, &*d.name, d.score)),
            ),
        }
    }

    /// The ranking, whichever form the line has.
    pub fn fits(&self) -> Fits<'_> {
        match (&self.shape, &self.fits, &self.ranking) {
            (Some(names), Some(fits), _) => Box::new(fits.iter().map(|(r, fit)| {
                let (id, title) = &names.roles[*r];
                (id.as_str(), title.as_str(), *fit)
            })),
            (_, _, ranking) => Box::new(
                ranking
                    .iter()
                    .flatten()
                    .map(|f| (&*f.role, &*f.title, f.fit)),
            ),
        }
    }

    /// A lean line's answers as (question id, answer), the questions not
    /// answered left out; `None` for a version 1 line (its `answers`).
    pub fn given(&self) -> Option<impl Iterator<Item = (&str, &Given<'_>)>> {
        let names = self.shape.as_deref()?;
        let given = self.given.as_deref()?;
        Some(
            names
                .questions
                .iter()
                .zip(given)
                .filter_map(|(q, g)| g.as_ref().map(|g| (q.as_str(), g))),
        )
    }
}

/// The names line a lean record points to: the question ids (in the order
/// of its `given`), the interest areas and the roles (in the order of its
/// `scores`, and numbered as its `fits` number them), each with the name
/// shown. Written once before the records that use it (once a batch, with
/// each kiosk's record), so no record repeats them.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Names {
    /// Its id (16 hex digits, a digest of the rest), which records give.
    pub names: String,
    /// The batch it was written with, so a batch cut off takes it too.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub batch: Option<String>,
    pub questions: Vec<String>,
    /// (id, name) in quiz order.
    pub dimensions: Vec<(String, String)>,
    /// (id, title) in id order.
    pub roles: Vec<(String, String)>,
}

/// The last few names lines read. A names line is written just before the
/// records that point to it (a batch's at its start, under the file's
/// lock; a kiosk's in the same write as its record), so only the latest
/// few are ever needed, and a file of many cannot fill the memory.
#[derive(Debug, Default, Clone, PartialEq)]
pub(crate) struct Known(VecDeque<Arc<Names>>);

/// How many names lines [`Known`] keeps.
const KNOWN: usize = 16;

impl Known {
    pub fn learn(&mut self, names: Names) {
        if let Some(at) = self.0.iter().position(|n| n.names == names.names) {
            self.0.remove(at);
        }
        if self.0.len() == KNOWN {
            self.0.pop_back();
        }
        self.0.push_front(Arc::new(names));
    }

    fn get(&self, id: &str) -> Option<&Arc<Names>> {
        self.0.iter().find(|n| n.names == id)
    }
}

/// What is wrong with a line's form, or the names line it points to.
fn lean_form<A>(wire: &Wire<'_, A>, known: &Known) -> Result<Arc<Names>, Wrong> {
    let missing = |field| Wrong::Bad(de::Error::missing_field(field));
    let id = wire.names.as_deref().ok_or_else(|| missing("names"))?;
    let given = wire.given.as_ref().ok_or_else(|| missing("given"))?;
    let scores = wire.scores.as_ref().ok_or_else(|| missing("scores"))?;
    let fits = wire.fits.as_ref().ok_or_else(|| missing("fits"))?;
    let names = known
        .get(id)
        .ok_or_else(|| Wrong::NoNames(id.to_string()))?;
    if given.len() != names.questions.len()
        || scores.len() != names.dimensions.len()
        || fits.iter().any(|(r, _)| *r >= names.roles.len())
    {
        return Err(Wrong::Bad(de::Error::custom(format!(
            "its answers, scores or ranking do not match its names line `{id}`"
        ))));
    }
    Ok(names.clone())
}

enum Wrong {
    Bad(serde_json::Error),
    NoNames(String),
}

/// A version 1 line has every part of that form.
pub(super) fn full_form<A>(wire: &Wire<'_, A>) -> Result<(), serde_json::Error> {
    let missing = |field| Err(de::Error::missing_field(field));
    if wire.answers.is_none() {
        return missing("answers");
    }
    if wire.dimensions.is_none() {
        return missing("dimensions");
    }
    if wire.ranking.is_none() {
        return missing("ranking");
    }
    Ok(())
}

#[derive(Deserialize)]
pub(crate) struct WireScore<'a> {
    #[serde(borrow)]
    pub id: Cow<'a, str>,
    #[serde(borrow)]
    pub name: Cow<'a, str>,
    pub score: Option<f64>,
}

#[derive(Deserialize)]
pub(crate) struct WireFit<'a> {
    #[serde(borrow)]
    pub role: Cow<'a, str>,
    #[serde(borrow)]
    pub title: Cow<'a, str>,
    pub fit: f64,
}

/// What one line of a results file is.
#[expect(
    clippy::large_enum_variant,
    reason = "nearly every line is a record: boxing it would cost an allocation a line"
)]
pub(crate) enum Line<'a, A> {
    /// Nothing but white space: not counted, not warned about.
    Blank,
    /// A record of a format version this careerfit reads (a lean one with
    /// its names line found).
    Record(Wire<'a, A>),
    /// A record of another format version: skipped.
    OtherVersion(u32),
    /// The line that makes a batch count.
    Commit(Commit),
    /// The names that lean records point to.
    Names(Names),
    /// A lean record whose names line was not read before it: skipped.
    NoNames(String),
    /// An unfinished last line: a writer stopped mid-write.
    Torn,
    /// Anything else: skipped, with why.
    NotRecord(serde_json::Error),
}

/// Reads one line (without its newline); `torn` when it is a last line
/// with no newline after it; `known`, the names lines read before it.
pub(crate) fn read_line<'a, A: Deserialize<'a>>(
    line: &'a [u8],
    torn: bool,
    known: &Known,
) -> Line<'a, A> {
    if line.iter().all(u8::is_ascii_whitespace) {
        return Line::Blank;
    }
    // Checking a whole line is UTF-8 at once is cheaper than checking
    // each string in it, and lets the text be borrowed.
    let parsed = match std::str::from_utf8(line) {
        Ok(text) => serde_json::from_str::<Wire<'a, A>>(text),
        Err(_) => serde_json::from_slice::<Wire<'a, A>>(line),
    };
    match parsed {
        Ok(wire) if wire.version == VERSION => match full_form(&wire) {
            Ok(()) => Line::Record(wire),
            Err(e) => Line::NotRecord(e),
        },
        Ok(mut wire) if wire.version == LEAN => match lean_form(&wire, known) {
            Ok(names) => {
                wire.shape = Some(names);
                Line::Record(wire)
            }
            Err(Wrong::NoNames(id)) => Line::NoNames(id),
            Err(Wrong::Bad(e)) => Line::NotRecord(e),
        },
        Ok(wire) => Line::OtherVersion(wire.version),
        Err(_) if torn => Line::Torn,
        Err(e) => {
            if let Ok(commit) = serde_json::from_slice::<Commit>(line) {
                Line::Commit(commit)
            } else if let Ok(names) = serde_json::from_slice::<Names>(line) {
                Line::Names(names)
            } else {
                Line::NotRecord(e)
            }
        }
    }
}

impl<A> Line<'_, A> {
    /// The warning for a line that was skipped, naming the file and line.
    pub(crate) fn warning(&self, name: &str, number: usize) -> Option<Said> {
        let said = match self {
            Line::Blank | Line::Record(_) | Line::Commit(_) | Line::Names(_) => return None,
            Line::OtherVersion(version) => Said::new("record-other-version")
                .text("version", version)
                .text("known", VERSION)
                .text("lean", LEAN),
            Line::NoNames(id) => Said::new("record-no-names").text("id", safe(id, 200)),
            Line::Torn => Said::new("record-torn"),
            Line::NotRecord(e) => {
                Said::new("record-not-a-record").text("why", safe(&e.to_string(), 400))
            }
        };
        Some(
            Said::new("record-skipped-at")
                .text("file", safe(name, 200))
                .number("line", number)
                .said("what", said),
        )
    }
}
