//! The group report as JSON: the summary and every participant, numbers
//! not rounded, text from files as data (escaped where it could hide).

use std::borrow::Cow;

use serde::Serialize;

use super::super::{Group, MAX_TEXT, safe};
use crate::workshop::label;

#[derive(Serialize)]
struct JsonGroup<'a> {
    files: Vec<String>,
    count: usize,
    duplicates_left_out: usize,
    names_hidden: bool,
    notes: Vec<String>,
    quizzes: Vec<JsonQuiz<'a>>,
}

#[derive(Serialize)]
struct JsonQuiz<'a> {
    quiz: String,
    quiz_hash: String,
    count: usize,
    other_version: usize,
    notes: Vec<String>,
    best_fit: Vec<JsonRole>,
    profile: Vec<JsonDimension>,
    close_calls: usize,
    flat: usize,
    incomplete: usize,
    low_interest: usize,
    participants: Vec<JsonPerson<'a>>,
}

#[derive(Serialize)]
struct JsonRole {
    role: String,
    title: String,
    count: usize,
    share: f64,
}

#[derive(Serialize)]
struct JsonDimension {
    id: String,
    name: String,
    average: Option<f64>,
    measured: usize,
}

#[derive(Serialize)]
struct JsonPerson<'a> {
    number: usize,
    time: Cow<'a, str>,
    session: Cow<'a, str>,
    /// `null` for anonymous.
    label: Option<String>,
    best_role: Option<Cow<'a, str>>,
    best_title: Option<Cow<'a, str>>,
    best_fit: Option<f64>,
    /// Every role's fit by role id, best first.
    fits: Pairs<'a, f64>,
    /// Every interest area's score by id, in quiz order (`null`: not
    /// measured).
    scores: Pairs<'a, Option<f64>>,
    close_call: bool,
    flat: bool,
    incomplete: bool,
    low_interest: bool,
    other_version: bool,
    answered: usize,
    total: usize,
}

/// Written as a JSON object, in this order.
struct Pairs<'a, V>(Vec<(Cow<'a, str>, V)>);

impl<V: Serialize> Serialize for Pairs<'_, V> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap;
        let mut map = s.serialize_map(Some(self.0.len()))?;
        for (key, value) in &self.0 {
            map.serialize_entry(key, value)?;
        }
        map.end()
    }
}

/// Text from a file as JSON data: bounded, but otherwise as written (the
/// JSON as a whole is made safe to print by `text::json_escape_hidden`).
fn data(text: &str, max: usize) -> Cow<'_, str> {
    match text.char_indices().nth(max) {
        None => Cow::Borrowed(text),
        Some((at, _)) => Cow::Owned(format!("{}…", &text[..at])),
    }
}

/// The summary and every participant, as JSON (numbers not rounded).
/// Names and labels are the real text, as data: bidi, zero-width and
/// control characters are written as `\uXXXX` escapes, so the JSON is safe
/// to print and reads back to the original.
pub fn json<'a>(group: &'a Group, files: &[String], hide_names: bool) -> String {
    let t = |s: &str| data(s, MAX_TEXT).into_owned();
    let out = JsonGroup {
        files: files.iter().map(|f| safe(f, 200)).collect(),
        count: group.participants,
        duplicates_left_out: group.duplicates,
        names_hidden: hide_names,
        notes: group.notes(),
        quizzes: group
            .quizzes
            .iter()
            .map(|q| JsonQuiz {
                quiz: t(&q.quiz),
                quiz_hash: t(&q.quiz_hash),
                count: q.participants.len(),
                other_version: q.other_version,
                notes: q.notes(),
                best_fit: q
                    .roles
                    .iter()
                    .map(|r| JsonRole {
                        role: t(&r.role),
                        title: t(&r.title),
                        count: r.count,
                        share: r.share(q.participants.len()),
                    })
                    .collect(),
                profile: q
                    .profile
                    .iter()
                    .map(|d| JsonDimension {
                        id: t(&d.id),
                        name: t(&d.name),
                        average: d.mean,
                        measured: d.measured,
                    })
                    .collect(),
                close_calls: q.close_calls,
                flat: q.flat,
                incomplete: q.incomplete,
                low_interest: q.low_interest,
                participants: q
                    .participants
                    .iter()
                    .map(|p| {
                        let r = &p.entry;
                        let c = |text: &'a str| data(text, MAX_TEXT);
                        JsonPerson {
                            number: p.number,
                            time: c(&r.time),
                            session: c(&r.session),
                            label: if hide_names {
                                Some(p.label(true))
                            } else {
                                r.label.as_deref().and_then(label::clean)
                            },
                            best_role: p.best().map(|b| c(&b.role.id)),
                            best_title: p.best().map(|b| c(&b.role.text)),
                            best_fit: p.best().map(|b| b.fit),
                            fits: Pairs(r.ranking.iter().map(|f| (c(&f.role.id), f.fit)).collect()),
                            scores: Pairs(
                                r.dimensions
                                    .iter()
                                    .map(|d| (c(&d.dimension.id), d.score))
                                    .collect(),
                            ),
                            close_call: r.close_call,
                            flat: r.flat,
                            incomplete: r.incomplete,
                            low_interest: r.low_interest,
                            other_version: p.other_version,
                            answered: r.answered,
                            total: r.total,
                        }
                    })
                    .collect(),
            })
            .collect(),
    };
    // About 850 bytes a participant: reserved at once, not grown by copies.
    let mut bytes = Vec::with_capacity(4096 + 900 * group.participants);
    if serde_json::to_writer_pretty(&mut bytes, &out).is_err() {
        bytes = b"{}".to_vec();
    }
    bytes.push(b'\n');
    let text = String::from_utf8(bytes).unwrap_or_else(|_| "{}\n".to_string());
    crate::text::json_escape_hidden(&text).into_owned()
}
