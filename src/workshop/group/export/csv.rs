//! The group report as CSV: one row per participant, in the order they
//! finished; every cell goes through [`label::csv_cell`], so no cell can be
//! read as a formula.

use std::fmt::Write as _;
use std::io;

use std::borrow::Cow;

use super::super::{Group, MAX_TEXT, safe, safe_cow};
use super::{InMemory, Out, People, written};
use crate::workshop::label;

/// One row per participant, in the order they finished. Every cell goes
/// through [`label::csv_cell`]: no cell can be read as a formula.
pub fn csv(group: &Group, hide_names: bool) -> String {
    written(|out| csv_to(group, &InMemory, hide_names, out))
}

/// [`csv`] written to `out`, the participants from `people`.
pub fn csv_to(
    group: &Group,
    people: &dyn People,
    hide_names: bool,
    out: &mut dyn io::Write,
) -> io::Result<()> {
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

    let mut out = Out::new(out);
    push_row(&mut out.text, header.iter().map(String::as_str));
    // Each cell is written straight into the output through
    // `label::csv_cell`; numbers are formatted into one reused buffer.
    let mut buf = String::new();
    let number = |row: &mut Row, buf: &mut String, v: Option<f64>| {
        buf.clear();
        if let Some(v) = v {
            let _ = write!(buf, "{v:.1}");
        }
        row.cell(buf);
    };
    let yes = |b: bool| if b { "yes" } else { "no" };
    people.each(group, None, &mut |q, p| {
        let mut row = Row {
            out: &mut out.text,
            first: true,
        };
        let row = &mut row;
        let buf = &mut buf;
        let r = &p.entry;
        row.cell(&safe_cow(&r.time, MAX_TEXT));
        row.cell(&safe_cow(&r.session, MAX_TEXT));
        row.cell(&p.label(hide_names));
        row.cell(&safe_cow(&q.quiz, MAX_TEXT));
        row.cell(
            &p.best()
                .map_or(Cow::Borrowed(""), |b| safe_cow(&b.role.text, MAX_TEXT)),
        );
        number(row, buf, p.best().map(|b| b.fit));
        for role in &roles {
            number(row, buf, p.fit_of(role));
        }
        for d in &dims {
            number(row, buf, p.score_of(d));
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
        row.cell(buf);
        buf.clear();
        let _ = write!(buf, "{}", r.total);
        row.cell(buf);
        row.end();
        out.spill()
    })?;
    out.flush()
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
