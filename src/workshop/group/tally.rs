//! Keeping a group's summary up to date as records come in: a watched
//! results file grows a record at a time, and the summary of a million
//! records must not be worked out again for each one. Records are added
//! in the order they finished (the usual case: appended at the end, each
//! costing a few map look-ups); a few that finished before the latest
//! already shown are slotted into place (two kiosks' files watched
//! together); many such put everything back in order once.
//!
//! Which records count twice is decided here too: the same id read again
//! is a duplicate; a record without an id (an older file) is one only when
//! another file holds the same line as often (each identical line counts
//! as often as the file holding it most).

use std::hash::{Hash, Hasher};
use std::sync::Arc;

use super::{DimensionMean, Entry, Fx, FxMap, Group, Name, Participant, QuizGroup, RoleCount};

/// What the group remembers between additions.
#[derive(Debug, Default, Clone, PartialEq)]
pub(super) struct Tally {
    ids: FxMap<u128, ()>,
    /// Records without an id, by content: how many each file holds, and
    /// how many are kept (the most any one file holds).
    plain: FxMap<u128, Plain>,
    next_order: u64,
    /// The latest (time, order) added.
    last: Option<(String, u64)>,
    /// Counting only: no participant is kept, only what the summary says
    /// (see [`Group::counting`]).
    counting: bool,
    /// Counting only: a kept record finished before one kept earlier, so
    /// the order read is not the order they finished.
    out_of_order: bool,
}

#[derive(Debug, Default, Clone, PartialEq)]
struct Plain {
    per_file: Vec<(usize, u32)>,
    kept: u32,
}

/// One quiz's running counts. Roles and interest areas are counted by
/// the address of the one copy of each name the loader shares between
/// records (so no text is hashed per record), and gathered by id when the
/// summary is worked out.
#[derive(Debug, Default, Clone)]
pub(super) struct QuizTally {
    versions: Vec<Version>,
    /// Per role: how many participants it is the best fit of.
    best: FxMap<usize, (Arc<Name>, usize)>,
    /// Per interest area: the sum of its scores and how many measured it.
    sums: FxMap<usize, (Arc<Name>, f64, usize)>,
}

/// Running counts are how a summary is kept, not what it says: two quiz
/// groups are equal when what they show is (their other fields).
impl PartialEq for QuizTally {
    fn eq(&self, _: &Self) -> bool {
        true
    }
}

fn key(name: &Arc<Name>) -> usize {
    Arc::as_ptr(name) as usize
}

/// One version of a quiz (a content hash) as its records show it.
#[derive(Debug, Clone)]
struct Version {
    hash: Arc<str>,
    count: usize,
    /// The (time, order) of its latest record.
    latest: (String, u64),
    /// The order of its first record.
    first: u64,
    /// Roles (id, title) and interest areas (id, name), first seen first.
    roles: Vec<(String, String)>,
    role_seen: FxMap<String, ()>,
    dims: Vec<(String, String)>,
    dim_seen: FxMap<String, ()>,
    /// The shared names already looked at (by address).
    names: FxMap<usize, Arc<Name>>,
}

/// Content identity of a record without an id.
fn content_key(e: &Entry) -> u128 {
    let half = |seed: u64| {
        let mut h = Fx(seed);
        (&*e.quiz, &e.time, &*e.session, &e.label, e.answers).hash(&mut h);
        h.finish()
    };
    (u128::from(half(0x9e37_79b9)) << 64) | u128::from(half(0x7f4a_7c15))
}

impl Tally {
    /// Whether `e` is a new record (true) or one read before.
    fn keep(&mut self, e: &Entry) -> bool {
        if let Some(id) = e.id {
            return self.ids.insert(id, ()).is_none();
        }
        let plain = self.plain.entry(content_key(e)).or_default();
        let count = match plain.per_file.iter_mut().find(|(f, _)| *f == e.file) {
            Some((_, n)) => {
                *n += 1;
                *n
            }
            None => {
                plain.per_file.push((e.file, 1));
                1
            }
        };
        if count > plain.kept {
            plain.kept = count;
            true
        } else {
            false
        }
    }
}

impl Group {
    /// A group that only counts: the summary (counts, best fits, average
    /// profile, flags, versions, duplicates) without a list of its
    /// participants, so its memory does not grow with them (but for the
    /// ids of the records, 16 bytes each, to leave out duplicates). A
    /// report lists them from what it wrote aside as it read
    /// (`record::files::Reread`).
    pub fn counting() -> Group {
        let mut group = Group::default();
        group.tally.counting = true;
        group
    }

    /// Counting only: the records kept came in the order they finished
    /// (their times never went back), so listing them in the order read
    /// lists them as a report does.
    pub fn read_in_time_order(&self) -> bool {
        !self.tally.out_of_order
    }

    /// Whether `e` is a record not read before (a duplicate is counted as
    /// such); the rule a second read applies again.
    pub(crate) fn keep(&mut self, e: &Entry) -> bool {
        let kept = self.tally.keep(e);
        if !kept {
            self.duplicates += 1;
        }
        kept
    }

    /// Counting only: adds entries in the order read, without keeping
    /// them; `kept` sees each one that is not a duplicate.
    pub(crate) fn count(
        &mut self,
        entries: Vec<Entry>,
        kept: &mut dyn FnMut(&Entry) -> std::io::Result<()>,
    ) -> std::io::Result<()> {
        let mut result = Ok(());
        for mut e in entries {
            if !self.keep(&e) {
                continue;
            }
            e.order = self.tally.next_order;
            self.tally.next_order += 1;
            if let Some((time, _)) = &self.tally.last
                && e.time < *time
            {
                self.tally.out_of_order = true;
            }
            if self
                .tally
                .last
                .as_ref()
                .is_none_or(|(time, _)| e.time > *time)
            {
                self.tally.last = Some((e.time.clone(), e.order));
            }
            if result.is_ok() {
                result = kept(&e);
            }
            self.participants += 1;
            let quiz = self.quiz_index(&e);
            self.quizzes[quiz].add(e, 0, 0, true);
        }
        self.refresh_all();
        result
    }

    /// Adds entries (records read, from any file): duplicates are left out
    /// and counted, the others numbered in the order they finished.
    pub fn add(&mut self, entries: Vec<Entry>) {
        if self.tally.counting {
            let _ = self.count(entries, &mut |_| Ok(()));
            return;
        }
        let mut fresh = Vec::with_capacity(entries.len());
        for mut e in entries {
            if !self.tally.keep(&e) {
                self.duplicates += 1;
                continue;
            }
            e.order = self.tally.next_order;
            self.tally.next_order += 1;
            fresh.push(e);
        }
        if fresh.is_empty() {
            return;
        }
        // Stable: entries with the same time stay in the order read.
        fresh.sort_by(|a, b| a.time.cmp(&b.time));
        let in_order = self
            .tally
            .last
            .as_ref()
            .is_none_or(|(time, _)| fresh[0].time >= *time);
        if in_order {
            for e in fresh {
                self.push(e);
            }
        } else if fresh.len() <= SLOT_IN {
            for e in fresh {
                self.slot_in(e);
            }
        } else {
            let mut all: Vec<Entry> = std::mem::take(&mut self.quizzes)
                .into_iter()
                .flat_map(|q| q.participants.into_iter().map(|p| p.entry))
                .collect();
            all.extend(fresh);
            all.sort_by(|a, b| a.time.cmp(&b.time).then(a.order.cmp(&b.order)));
            self.participants = 0;
            self.tally.last = None;
            for e in all {
                self.push(e);
            }
        }
        self.refresh_all();
    }

    fn refresh_all(&mut self) {
        for q in &mut self.quizzes {
            q.refresh();
        }
        self.quizzes
            .sort_by(|a, b| b.count.cmp(&a.count).then_with(|| a.quiz.cmp(&b.quiz)));
    }

    /// Adds one entry that finished before the latest already added: it
    /// takes its place in time order, and everyone after it moves down one.
    fn slot_in(&mut self, entry: Entry) {
        let mut before = 0;
        let mut place = 0;
        for q in &mut self.quizzes {
            let at = q.participants.partition_point(|p| {
                (p.entry.time.as_str(), p.entry.order) < (entry.time.as_str(), entry.order)
            });
            before += at;
            if *q.quiz == *entry.quiz {
                place = at;
            }
            for p in &mut q.participants[at..] {
                p.number += 1;
            }
        }
        self.participants += 1;
        let quiz = self.quiz_index(&entry);
        self.quizzes[quiz].add(entry, before + 1, place, false);
    }

    /// Adds one new entry after every entry already added.
    fn push(&mut self, entry: Entry) {
        self.participants += 1;
        self.tally.last = Some((entry.time.clone(), entry.order));
        let quiz = self.quiz_index(&entry);
        let number = self.participants;
        let at = self.quizzes[quiz].participants.len();
        self.quizzes[quiz].add(entry, number, at, false);
    }

    /// The quiz group `entry` belongs to, made if new.
    fn quiz_index(&mut self, entry: &Entry) -> usize {
        match self.quizzes.iter().position(|q| *q.quiz == *entry.quiz) {
            Some(at) => at,
            None => {
                self.quizzes
                    .push(QuizGroup::empty(&entry.quiz, &entry.quiz_hash));
                self.quizzes.len() - 1
            }
        }
    }
}

/// The most records slotted into place one by one; more are sorted.
const SLOT_IN: usize = 64;

impl QuizGroup {
    /// Counts `e` and puts it at `at` in the participants, numbered `number`.
    fn add(&mut self, e: Entry, number: usize, at: usize, counting: bool) {
        let t = &mut self.counts;
        let v = match t.versions.iter().position(|v| v.hash == e.quiz_hash) {
            Some(v) => v,
            None => {
                t.versions.push(Version {
                    hash: e.quiz_hash.clone(),
                    count: 0,
                    latest: (String::new(), 0),
                    first: e.order,
                    roles: Vec::new(),
                    role_seen: FxMap::default(),
                    dims: Vec::new(),
                    dim_seen: FxMap::default(),
                    names: FxMap::default(),
                });
                t.versions.len() - 1
            }
        };
        let version = &mut t.versions[v];
        version.count += 1;
        if (e.time.as_str(), e.order) > (version.latest.0.as_str(), version.latest.1) {
            version.latest = (e.time.clone(), e.order);
        }
        version.first = version.first.min(e.order);
        for fit in &e.ranking {
            if let std::collections::hash_map::Entry::Vacant(slot) =
                version.names.entry(key(&fit.role))
            {
                slot.insert(fit.role.clone());
                if !version.role_seen.contains_key(fit.role.id.as_str()) {
                    version.role_seen.insert(fit.role.id.clone(), ());
                    version
                        .roles
                        .push((fit.role.id.clone(), fit.role.text.clone()));
                }
            }
        }
        for d in &e.dimensions {
            let name = &d.dimension;
            if let std::collections::hash_map::Entry::Vacant(slot) = version.names.entry(key(name))
            {
                slot.insert(name.clone());
                if !version.dim_seen.contains_key(name.id.as_str()) {
                    version.dim_seen.insert(name.id.clone(), ());
                    version.dims.push((name.id.clone(), name.text.clone()));
                }
            }
            let sum = t
                .sums
                .entry(key(name))
                .or_insert_with(|| (name.clone(), 0.0, 0));
            if let Some(score) = d.score.filter(|s| s.is_finite()) {
                sum.1 += score;
                sum.2 += 1;
            }
        }
        if let Some(best) = e.ranking.first() {
            t.best
                .entry(key(&best.role))
                .or_insert_with(|| (best.role.clone(), 0))
                .1 += 1;
        }
        self.close_calls += usize::from(e.flags.close_call);
        self.flat += usize::from(e.flags.flat);
        self.incomplete += usize::from(e.flags.incomplete);
        self.low_interest += usize::from(e.flags.low_interest);
        let other_version = *e.quiz_hash != *self.quiz_hash;
        self.other_version += usize::from(other_version);
        self.count += 1;
        if counting {
            return;
        }
        self.participants.insert(
            at,
            Participant {
                number,
                other_version,
                entry: e,
            },
        );
    }

    /// Works out what depends on every record at once: the version most
    /// records are from (a tie to the version of the latest record), and
    /// the roles and interest areas in the order that version lists them,
    /// then any only another version has.
    fn refresh(&mut self) {
        let t = &self.counts;
        let Some(main) = t
            .versions
            .iter()
            .max_by(|a, b| a.count.cmp(&b.count).then_with(|| a.latest.cmp(&b.latest)))
        else {
            return;
        };
        if *main.hash != *self.quiz_hash {
            self.quiz_hash = main.hash.to_string();
            // Every record not of the main version (the same count as
            // the participants marked so, when they are kept).
            self.other_version = self.count - main.count;
            for p in &mut self.participants {
                p.other_version = *p.entry.quiz_hash != *self.quiz_hash;
            }
        }
        let mut others: Vec<&Version> = t.versions.iter().filter(|v| v.hash != main.hash).collect();
        others.sort_by_key(|v| v.first);
        let in_order = || std::iter::once(main).chain(others.iter().copied());

        let mut best: FxMap<&str, usize> = FxMap::default();
        for (name, n) in t.best.values() {
            *best.entry(name.id.as_str()).or_default() += n;
        }
        let mut sums: FxMap<&str, (f64, usize)> = FxMap::default();
        // In a fixed order, so the same records always give the same sums.
        let mut parts: Vec<&(Arc<Name>, f64, usize)> = t.sums.values().collect();
        parts.sort_by(|a, b| (&a.0.id, &a.0.text).cmp(&(&b.0.id, &b.0.text)));
        for (name, sum, measured) in parts {
            let total = sums.entry(name.id.as_str()).or_default();
            total.0 += sum;
            total.1 += measured;
        }
        let mut seen: FxMap<&str, ()> = FxMap::default();
        let mut roles = Vec::new();
        for (id, title) in in_order().flat_map(|v| &v.roles) {
            if seen.insert(id, ()).is_none() {
                roles.push(RoleCount {
                    role: id.clone(),
                    title: title.clone(),
                    count: best.get(id.as_str()).copied().unwrap_or(0),
                });
            }
        }
        roles.sort_by(|a, b| b.count.cmp(&a.count).then_with(|| a.role.cmp(&b.role)));
        seen.clear();
        let mut profile = Vec::new();
        for (id, name) in in_order().flat_map(|v| &v.dims) {
            if seen.insert(id, ()).is_none() {
                let (sum, measured) = sums.get(id.as_str()).copied().unwrap_or_default();
                profile.push(DimensionMean {
                    id: id.clone(),
                    name: name.clone(),
                    mean: (measured > 0).then(|| sum / measured as f64),
                    measured,
                });
            }
        }
        self.roles = roles;
        self.profile = profile;
    }
}
