//! The group summary written out for a counselor's records: text, CSV, JSON
//! and Markdown. Pure: a [`Group`] in, a string out.
//!
//! Every text taken from a results file (labels, sessions, titles, names,
//! times) goes through [`super::safe`] or [`Participant::label`] first, so
//! it is bounded and no control character or escape sequence survives,
//! whatever the format; then each format escapes its own markup: CSV cells
//! through [`label::csv_cell`] (formulas neutralised), Markdown by
//! backslashes, JSON by its own string escapes.

use std::borrow::Cow;
use std::fmt::Write as _;

use ratatui::text::Span;
use serde::Serialize;

use super::{Group, MAX_TEXT, Participant, QuizGroup, percent, plural, safe, safe_cow};
use crate::workshop::label;

/// What a report says when there is nobody in it.
pub const NO_PARTICIPANTS: &str = "No participants yet.";
/// Said under the participants table: every time in a record is UTC.
pub const TIMES_NOTE: &str = "times are UTC";

/// The width of `text` on a terminal, in columns.
pub fn width(text: &str) -> usize {
    Span::raw(text).width()
}

/// `text` cut to `columns` (ending in "…" when cut) and padded to exactly
/// `columns`.
pub fn cell(text: &str, columns: usize) -> String {
    let mut out = String::new();
    let mut used = 0;
    if width(text) <= columns {
        out.push_str(text);
        used = width(text);
    } else if columns > 0 {
        let mut buf = [0u8; 4];
        for c in text.chars() {
            let w = width(c.encode_utf8(&mut buf));
            if used + w + 1 > columns {
                break;
            }
            out.push(c);
            used += w;
        }
        out.push('…');
        used += 1;
    }
    out.push_str(&" ".repeat(columns.saturating_sub(used)));
    out
}

/// The flags in words, "-" when none.
fn flags_text(p: &Participant) -> String {
    let flags = p.flags();
    if flags.is_empty() {
        "-".to_string()
    } else {
        flags.join(", ")
    }
}

fn counts_line(q: &QuizGroup) -> String {
    q.flag_counts()
        .iter()
        .map(|(what, n)| format!("{what}: {n}"))
        .collect::<Vec<_>>()
        .join("    ")
}

fn heading(q: &QuizGroup) -> String {
    format!(
        "Quiz `{}`: {}",
        safe(&q.quiz, MAX_TEXT),
        plural(q.participants.len(), "participant", "participants")
    )
}

fn file_list(files: &[String]) -> String {
    files
        .iter()
        .map(|f| safe(f, 200))
        .collect::<Vec<_>>()
        .join(", ")
}

// ----------------------------------------------------------------- text

/// A readable summary and a table of participants, in plain text.
pub fn text(group: &Group, files: &[String], hide_names: bool) -> String {
    let mut w = String::new();
    let _ = writeln!(
        w,
        "Group report: {}",
        plural(group.participants, "participant", "participants")
    );
    let _ = writeln!(w, "Files: {}", file_list(files));
    if hide_names {
        let _ = writeln!(w, "Names hidden.");
    }
    for note in group.notes() {
        let _ = writeln!(w, "Note: {note}");
    }
    if group.is_empty() {
        let _ = writeln!(w, "\n{NO_PARTICIPANTS}");
        return w;
    }
    for q in &group.quizzes {
        text_quiz(&mut w, q, hide_names);
    }
    w
}

fn text_quiz(w: &mut String, q: &QuizGroup, hide_names: bool) {
    let total = q.participants.len();
    let _ = writeln!(w, "\n{}\n", heading(q));
    for note in q.notes() {
        let _ = writeln!(w, "Note: {note}\n");
    }
    let titles: Vec<String> = q.roles.iter().map(|r| safe(&r.title, MAX_TEXT)).collect();
    let names: Vec<String> = q.profile.iter().map(|d| safe(&d.name, MAX_TEXT)).collect();
    let wide = titles
        .iter()
        .chain(&names)
        .map(|t| width(t))
        .max()
        .unwrap_or(0)
        .clamp(12, 40);

    let _ = writeln!(
        w,
        "{:<width$} {:>5}  {:>5}",
        "Best fit",
        "count",
        "share",
        width = wide + 2
    );
    for (role, title) in q.roles.iter().zip(&titles) {
        let _ = writeln!(
            w,
            "  {} {:>5}  {:>5}",
            cell(title, wide),
            role.count,
            percent(role.share(total))
        );
    }
    let _ = writeln!(w, "\nAverage interest profile (0 to 100)");
    for (d, name) in q.profile.iter().zip(&names) {
        let value = match d.mean {
            Some(mean) => format!("{mean:>5.0}  (measured in {})", d.measured),
            None => "  not measured".to_string(),
        };
        let _ = writeln!(w, "  {}{value}", cell(name, wide));
    }
    let _ = writeln!(w, "\n{}\n", counts_line(q));

    let rows: Vec<[String; 5]> = q
        .participants
        .iter()
        .map(|p| {
            [
                p.time_short(),
                p.session(),
                p.label(hide_names),
                p.best_text(),
                flags_text(p),
            ]
        })
        .collect();
    let headers = ["Time", "Session", "Name", "Best fit", "Flags"];
    let caps = [20, 24, 28, 36, 60];
    let widths: Vec<usize> = (0..5)
        .map(|c| {
            rows.iter()
                .map(|r| width(&r[c]))
                .chain([headers[c].len()])
                .max()
                .unwrap_or(0)
                .min(caps[c])
        })
        .collect();
    let _ = writeln!(w, "Participants ({TIMES_NOTE})");
    let line = |w: &mut String, cells: [&str; 5]| {
        let mut out = String::from(" ");
        for (c, text) in cells.iter().enumerate() {
            out.push(' ');
            if c == 4 {
                out.push_str(text);
            } else {
                out.push_str(&cell(text, widths[c]));
                out.push(' ');
            }
        }
        let _ = writeln!(w, "{}", out.trim_end());
    };
    line(w, headers);
    for r in &rows {
        line(w, [&r[0], &r[1], &r[2], &r[3], &r[4]]);
    }
}

// ------------------------------------------------------------------ csv

/// One row per participant, in the order they finished. Every cell goes
/// through [`label::csv_cell`]: no cell can be read as a formula.
pub fn csv(group: &Group, hide_names: bool) -> String {
    // Columns for every role and dimension of every quiz, first seen first.
    // Roles by id, so the columns stay put as a watched file grows;
    // interest areas in quiz order.
    let mut roles: Vec<&str> = Vec::new();
    let mut dims: Vec<&str> = Vec::new();
    for q in &group.quizzes {
        for r in &q.roles {
            if !roles.contains(&r.role.as_str()) {
                roles.push(&r.role);
            }
        }
        roles.sort_unstable();
        for d in &q.profile {
            if !dims.contains(&d.id.as_str()) {
                dims.push(&d.id);
            }
        }
    }
    let mut header: Vec<String> = ["time", "session", "label", "quiz", "best_role", "best_fit"]
        .map(String::from)
        .to_vec();
    header.extend(roles.iter().map(|r| format!("fit_{}", safe(r, MAX_TEXT))));
    header.extend(dims.iter().map(|d| format!("score_{}", safe(d, MAX_TEXT))));
    header.extend(
        [
            "close_call",
            "flat",
            "incomplete",
            "low_interest",
            "other_version",
            "answered",
            "total",
        ]
        .map(String::from),
    );

    let mut out = String::with_capacity(200 * (group.participants + 1));
    push_row(&mut out, header.iter().map(String::as_str));
    // Each cell is written straight into the output through
    // `label::csv_cell`; numbers are formatted into one reused buffer.
    let mut buf = String::new();
    let mut row = Row {
        out: &mut out,
        first: true,
    };
    let number = |row: &mut Row, buf: &mut String, v: Option<f64>| {
        buf.clear();
        if let Some(v) = v {
            let _ = write!(buf, "{v:.1}");
        }
        row.cell(buf);
    };
    let yes = |b: bool| if b { "yes" } else { "no" };
    for (q, p) in group.in_order() {
        let r = &p.entry;
        row.cell(&safe_cow(&r.time, MAX_TEXT));
        row.cell(&safe_cow(&r.session, MAX_TEXT));
        row.cell(&p.label(hide_names));
        row.cell(&safe_cow(&q.quiz, MAX_TEXT));
        row.cell(
            &p.best()
                .map_or(Cow::Borrowed(""), |b| safe_cow(&b.role.text, MAX_TEXT)),
        );
        number(&mut row, &mut buf, p.best().map(|b| b.fit));
        for role in &roles {
            number(&mut row, &mut buf, p.fit_of(role));
        }
        for d in &dims {
            number(&mut row, &mut buf, p.score_of(d));
        }
        for flag in [
            r.close_call,
            r.flat,
            r.incomplete,
            r.low_interest,
            p.other_version,
        ] {
            row.cell(yes(flag));
        }
        buf.clear();
        let _ = write!(buf, "{}", r.answered);
        row.cell(&buf);
        buf.clear();
        let _ = write!(buf, "{}", r.total);
        row.cell(&buf);
        row.end();
    }
    out
}

/// A CSV row being written.
struct Row<'a> {
    out: &'a mut String,
    first: bool,
}

impl Row<'_> {
    fn cell(&mut self, text: &str) {
        if !self.first {
            self.out.push(',');
        }
        self.first = false;
        self.out.push_str(&label::csv_cell(text));
    }

    fn end(&mut self) {
        self.out.push('\n');
        self.first = true;
    }
}

fn push_row<'a>(out: &mut String, cells: impl Iterator<Item = &'a str>) {
    for (i, c) in cells.enumerate() {
        if i > 0 {
            out.push(',');
        }
        out.push_str(&label::csv_cell(c));
    }
    out.push('\n');
}

// ----------------------------------------------------------------- json

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

// ------------------------------------------------------------- markdown

/// Text from a file as plain Markdown words: every character Markdown,
/// GitHub's tables or HTML would read as markup is backslash-escaped
/// (`|` included), as are a start that would open a list, heading or
/// quote, and the `://` and `www.` that would make a bare link.
pub fn md(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 8);
    let text = text.trim();
    if text.starts_with(['-', '+', '=', '#', '>']) {
        out.push('\\');
    }
    let digits = text.chars().take_while(char::is_ascii_digit).count();
    let chars: Vec<char> = text.chars().collect();
    for (i, &c) in chars.iter().enumerate() {
        let bare_link = (c == ':'
            && chars.get(i + 1) == Some(&'/')
            && chars.get(i + 2) == Some(&'/'))
            || (c == '.' && i >= 3 && chars[i - 3..i].iter().all(|w| w.eq_ignore_ascii_case(&'w')));
        let list_number = digits > 0 && i == digits && matches!(c, '.' | ')');
        let markup = matches!(
            c,
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '|' | '~' | '&' | '!'
        );
        // A leading '>' was escaped above.
        if (markup || bare_link || list_number) && !(i == 0 && c == '>') {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

/// The summary and a table of participants, in Markdown.
pub fn markdown(group: &Group, files: &[String], hide_names: bool) -> String {
    let mut w = String::new();
    let _ = writeln!(w, "# Group report\n");
    let _ = writeln!(
        w,
        "**{}** from {}: {}.\n",
        plural(group.participants, "participant", "participants"),
        plural(files.len(), "file", "files"),
        files
            .iter()
            .map(|f| md(&safe(f, 200)))
            .collect::<Vec<_>>()
            .join(", ")
    );
    if hide_names {
        let _ = writeln!(w, "Names are hidden.\n");
    }
    for note in group.notes() {
        let _ = writeln!(w, "> **Note:** {}\n", md(&note));
    }
    if group.is_empty() {
        let _ = writeln!(w, "{NO_PARTICIPANTS}");
        return w;
    }
    for q in &group.quizzes {
        let total = q.participants.len();
        let _ = writeln!(
            w,
            "## Quiz {}: {}\n",
            md(&safe(&q.quiz, MAX_TEXT)),
            plural(total, "participant", "participants")
        );
        for note in q.notes() {
            let _ = writeln!(w, "> **Note:** {}\n", md(&note));
        }
        let _ = writeln!(w, "### Best fit\n");
        let _ = writeln!(w, "| Role | Participants | Share |");
        let _ = writeln!(w, "| --- | ---: | ---: |");
        for r in &q.roles {
            let _ = writeln!(
                w,
                "| {} | {} | {} |",
                md(&safe(&r.title, MAX_TEXT)),
                r.count,
                percent(r.share(total))
            );
        }
        let _ = writeln!(w, "\n### Average interest profile\n");
        let _ = writeln!(w, "| Interest area | Average (0 to 100) | Measured in |");
        let _ = writeln!(w, "| --- | ---: | ---: |");
        for d in &q.profile {
            let mean = d
                .mean
                .map_or_else(|| "not measured".to_string(), |m| format!("{m:.0}"));
            let _ = writeln!(
                w,
                "| {} | {mean} | {} |",
                md(&safe(&d.name, MAX_TEXT)),
                d.measured
            );
        }
        let counts: Vec<String> = q
            .flag_counts()
            .iter()
            .map(|(what, n)| format!("**{what}:** {n}"))
            .collect();
        let _ = writeln!(w, "\n{}\n", counts.join(" · "));
        let _ = writeln!(w, "### Participants\n\nTimes are UTC.\n");
        let _ = writeln!(w, "| Time | Session | Name | Best fit | Flags |");
        let _ = writeln!(w, "| --- | --- | --- | --- | --- |");
        for p in &q.participants {
            let _ = writeln!(
                w,
                "| {} | {} | {} | {} | {} |",
                md(&p.time_short()),
                md(&p.session()),
                md(&p.label(hide_names)),
                md(&p.best_text()),
                md(&p.flags().join(", ")),
            );
        }
        w.push('\n');
    }
    w
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cells_are_cut_and_padded() {
        assert_eq!(cell("abc", 5), "abc  ");
        assert_eq!(cell("abcdef", 4), "abc…");
        assert_eq!(cell("漢字漢字", 5), "漢字…");
        assert_eq!(cell("漢字漢字", 6), "漢字… ");
    }

    #[test]
    fn markdown_markup_is_escaped() {
        assert_eq!(md("a|b"), "a\\|b");
        assert_eq!(md("**x**"), "\\*\\*x\\*\\*");
        assert_eq!(md("- item"), "\\- item");
        assert_eq!(md("1. item"), "1\\. item");
        assert_eq!(md("<b>"), "\\<b\\>");
        assert_eq!(md("http://x"), "http\\://x");
        assert_eq!(md("www.x"), "www\\.x");
        assert_eq!(md("2026-11-25 14:10"), "2026-11-25 14:10");
    }
}
