//! Building a report's lean entries: names that repeat in every record
//! shared, not copied, answers kept only as a digest, and a fast hasher
//! for the maps a report of 100,000 records fills.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hash, Hasher};
use std::sync::Arc;

use super::{Entry, Group, Name, Ranked, Scored};
use crate::content::SavedAnswer;
use crate::workshop::record::Record;

/// A fast, non-cryptographic hasher (FxHash's mix): for maps of names and
/// for the duplicate check, where SipHash's cost would show at 100,000
/// records. Results files are the counselor's own; a file crafted for
/// collisions could only slow the report down.
#[derive(Debug, Default, Clone, Copy)]
pub(crate) struct Fx(pub(crate) u64);

impl Fx {
    const K: u64 = 0x517c_c1b7_2722_0a95;

    pub(crate) fn add(&mut self, word: u64) {
        self.0 = (self.0.rotate_left(5) ^ word).wrapping_mul(Fx::K);
    }
}

impl Hasher for Fx {
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for chunk in &mut chunks {
            self.add(u64::from_le_bytes(chunk.try_into().unwrap_or_default()));
        }
        let rest = chunks.remainder();
        if !rest.is_empty() {
            let mut word = [0u8; 8];
            word[..rest.len()].copy_from_slice(rest);
            self.add(u64::from_le_bytes(word));
        }
    }

    fn write_u8(&mut self, n: u8) {
        self.add(u64::from(n));
    }

    fn write_u64(&mut self, n: u64) {
        self.add(n);
    }

    fn write_usize(&mut self, n: usize) {
        self.add(n as u64);
    }

    fn finish(&self) -> u64 {
        self.0
    }
}

pub(crate) type FxMap<K, V> = HashMap<K, V, BuildHasherDefault<Fx>>;

pub(crate) fn fx_str(text: &str) -> u64 {
    let mut h = Fx::default();
    text.hash(&mut h);
    h.finish()
}

/// One answer's part of an answers digest; the digest is the wrapping sum
/// over the answers, so the order they are written in does not matter.
pub(crate) fn answer_digest(question: u64, value: AnswerValue<'_>) -> u64 {
    let mut h = Fx(question);
    match value {
        AnswerValue::Scale(n) => (1u8, n).hash(&mut h),
        AnswerValue::Option(id) => (2u8, fx_str(id)).hash(&mut h),
    }
    h.finish()
}

/// An answer as written: a scale point or an option id.
#[derive(Debug, Clone, Copy)]
pub(crate) enum AnswerValue<'a> {
    Scale(u8),
    Option(&'a str),
}

/// A record id as kept: 32 hex digits read as a number, anything else
/// hashed.
pub(crate) fn id_key(id: &str) -> u128 {
    if id.len() == 32
        && let Ok(n) = u128::from_str_radix(id, 16)
    {
        return n;
    }
    let mut a = Fx(1);
    let mut b = Fx(2);
    id.hash(&mut a);
    id.hash(&mut b);
    (u128::from(a.finish()) << 64) | u128::from(b.finish())
}

/// Builds entries, sharing one copy of each name that repeats, and keeps
/// the warnings of what it skipped.
#[derive(Debug, Default, Clone, PartialEq)]
pub struct Loader {
    texts: FxMap<Arc<str>, ()>,
    roles: FxMap<Arc<str>, Vec<Arc<Name>>>,
    dimensions: FxMap<Arc<str>, Vec<Arc<Name>>>,
    pub entries: Vec<Entry>,
    /// Lines skipped, each with its file and line (the first few; the
    /// rest counted).
    pub warnings: crate::workshop::record::Warnings,
    /// The names lines read so far, which lean records point to.
    pub(super) known: crate::workshop::record::Known,
    /// The question ids of the last names line used, hashed once for the
    /// answers digests of the lean records that point to it.
    pub(super) question_keys: Option<(Arc<crate::workshop::record::Names>, Vec<u64>)>,
    /// Files read so far (one-shot reads number them).
    pub(super) files: usize,
}

impl Loader {
    pub fn new() -> Loader {
        Loader::default()
    }

    pub(super) fn text(&mut self, text: &str) -> Arc<str> {
        if let Some((shared, _)) = self.texts.get_key_value(text) {
            return shared.clone();
        }
        let shared: Arc<str> = Arc::from(text);
        self.texts.insert(shared.clone(), ());
        shared
    }

    fn name(names: &mut FxMap<Arc<str>, Vec<Arc<Name>>>, id: &str, text: &str) -> Arc<Name> {
        if let Some(found) = names
            .get(id)
            .and_then(|same_id| same_id.iter().find(|n| n.text == text))
        {
            return found.clone();
        }
        let name = Arc::new(Name {
            id: id.to_string(),
            text: text.to_string(),
        });
        names.entry(Arc::from(id)).or_default().push(name.clone());
        name
    }

    pub(super) fn role(&mut self, id: &str, title: &str) -> Arc<Name> {
        Loader::name(&mut self.roles, id, title)
    }

    /// Interest scores (id, name, score), with names shared between entries.
    pub(super) fn scored<'x>(
        &mut self,
        dims: impl Iterator<Item = (&'x str, &'x str, Option<f64>)>,
    ) -> Vec<Scored> {
        dims.map(|(id, name, score)| Scored {
            dimension: self.dimension(id, name),
            score,
        })
        .collect()
    }

    /// Role fits (id, title, fit), with names shared between entries.
    pub(super) fn ranked<'x>(
        &mut self,
        fits: impl Iterator<Item = (&'x str, &'x str, f64)>,
    ) -> Vec<Ranked> {
        fits.map(|(id, title, fit)| Ranked {
            role: self.role(id, title),
            fit,
        })
        .collect()
    }

    pub(super) fn dimension(&mut self, id: &str, name: &str) -> Arc<Name> {
        Loader::name(&mut self.dimensions, id, name)
    }

    /// Adds a record as read by [`super::record::read`].
    pub fn add_record(&mut self, r: &Record) {
        self.add_record_from(r, 0);
    }

    /// Adds a record read from file number `file`.
    pub fn add_record_from(&mut self, r: &Record, file: usize) {
        let answers = r
            .answers
            .iter()
            .map(|(question, answer)| {
                let value = match answer {
                    SavedAnswer::Scale(n) => AnswerValue::Scale(*n),
                    SavedAnswer::Option(id) => AnswerValue::Option(id),
                };
                answer_digest(fx_str(question), value)
            })
            .fold(0u64, u64::wrapping_add);
        let entry = Entry {
            id: r.id.as_deref().map(id_key),
            file,
            order: 0,
            time: r.time.clone(),
            session: self.text(&r.session),
            label: r.label.clone(),
            quiz: self.text(&r.quiz),
            quiz_hash: self.text(&r.quiz_hash),
            answers,
            answered: r.answered,
            total: r.total,
            dimensions: self.scored(r.dimensions.iter().map(|d| (&*d.id, &*d.name, d.score))),
            ranking: self.ranked(r.ranking.iter().map(|f| (&*f.role, &*f.title, f.fit))),
            flags: r.flags(),
        };
        self.entries.push(entry);
    }

    /// The group of every entry added.
    pub fn finish(self) -> Group {
        Group::new(self.entries)
    }

    /// The entries read since the last call.
    pub fn take_entries(&mut self) -> Vec<Entry> {
        std::mem::take(&mut self.entries)
    }
}
