//! The group report as JSON: the summary and every participant, numbers
//! not rounded, text from files as data (escaped where it could hide).

use std::borrow::Cow;
use std::io;

use serde::Serialize;

use super::super::{Group, MAX_TEXT, Participant, safe};
use super::{Out, Sheet, written};
use crate::workshop::label;

#[derive(Serialize)]
struct JsonGroup {
    files: Vec<String>,
    count: usize,
    duplicates_left_out: usize,
    names_hidden: bool,
    notes: Vec<String>,
    quizzes: Vec<JsonQuiz>,
}

#[derive(Serialize)]
struct JsonQuiz {
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
    /// Written as a place-holder string, replaced by the participants as
    /// they are read (see [`json_to`]).
    participants: String,
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
pub fn json(group: &Group, files: &[String], hide_names: bool) -> String {
    written(|out| json_to(&Sheet::in_memory(group, files, hide_names), out))
}

/// [`json`] written to `out`, the participants from `people`: the summary
/// is laid out with a place-holder for each quiz's participants, which are
/// written in its place one by one, indented as the whole would be.
pub fn json_to(sheet: &Sheet, out: &mut dyn io::Write) -> io::Result<()> {
    let &Sheet {
        group,
        people,
        files,
        hide_names,
        ..
    } = sheet;
    let t = |s: &str| data(s, MAX_TEXT).into_owned();
    // Unguessable, so no text from a file can pass for it.
    let nonce = crate::workshop::record::new_id();
    let marker = |i: usize| format!("\u{0}{nonce}:{i}\u{0}");
    let summary = JsonGroup {
        files: files.iter().map(|f| safe(f, 200)).collect(),
        count: group.participants,
        duplicates_left_out: group.duplicates,
        names_hidden: hide_names,
        notes: group.notes(),
        quizzes: group
            .quizzes
            .iter()
            .enumerate()
            .map(|(i, q)| JsonQuiz {
                quiz: t(&q.quiz),
                quiz_hash: t(&q.quiz_hash),
                count: q.count(),
                other_version: q.other_version,
                notes: q.notes(),
                best_fit: q
                    .roles
                    .iter()
                    .map(|r| JsonRole {
                        role: t(&r.role),
                        title: t(&r.title),
                        count: r.count,
                        share: r.share(q.count()),
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
                participants: marker(i),
            })
            .collect(),
    };
    let mut out = Out::new(out);
    let mut text = serde_json::to_string_pretty(&summary).unwrap_or_else(|_| "{}".to_string());
    text.push('\n');
    let mut rest = text.as_str();
    for (i, q) in group.quizzes.iter().enumerate() {
        let Ok(placed) = serde_json::to_string(&marker(i)) else {
            continue;
        };
        let Some(at) = rest.find(&placed) else {
            continue;
        };
        out.text.push_str(&escape(&rest[..at]));
        rest = &rest[at + placed.len()..];
        // The quiz's fields are 6 spaces in; its participants 8.
        let mut first = true;
        people.each(group, Some(q), &mut |_, p| {
            out.text.push_str(if first { "[\n" } else { ",\n" });
            first = false;
            let shown = serde_json::to_string_pretty(&person(p, hide_names))
                .unwrap_or_else(|_| "{}".to_string());
            for (n, line) in shown.lines().enumerate() {
                if n > 0 {
                    out.text.push('\n');
                }
                out.text.push_str("        ");
                out.text.push_str(&escape(line));
            }
            out.spill()
        })?;
        out.text.push_str(if first { "[]" } else { "\n      ]" });
    }
    out.text.push_str(&escape(rest));
    out.flush()
}

fn escape(json: &str) -> Cow<'_, str> {
    crate::text::json_escape_hidden(json)
}

/// One participant as JSON.
fn person(p: &Participant, hide_names: bool) -> JsonPerson<'_> {
    let r = &p.entry;
    let c = |text| data(text, MAX_TEXT);
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
        close_call: r.flags.close_call,
        flat: r.flags.flat,
        incomplete: r.flags.incomplete,
        low_interest: r.flags.low_interest,
        other_version: p.other_version,
        answered: r.answered,
        total: r.total,
    }
}
