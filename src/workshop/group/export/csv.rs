//! The group report as CSV: one row per participant, in the order they
//! finished; every cell goes through [`label::csv_cell`], so no cell can be
//! read as a formula.

use std::fmt::Write as _;
use std::io;

use std::borrow::Cow;

use super::super::{Group, MAX_TEXT, safe, safe_cow};
use super::{Out, Sheet, written};
use crate::workshop::label;

/// One row per participant, in the order they finished. Every cell goes
/// through [`label::csv_cell`]: no cell can be read as a formula.
pub fn csv(group: &Group, hide_names: bool) -> String {
    written(|out| csv_to(&Sheet::in_memory(group, &[], hide_names), out))
}

/// [`csv`] written to `out`, the participants from `people`.
pub fn csv_to(sheet: &Sheet, out: &mut dyn io::Write) -> io::Result<()> {
    let &Sheet {
        group,
        people,
        hide_names,
        ..
    } = sheet;
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
            one_decimal(buf, v);
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
            r.flags.close_call,
            r.flags.flat,
            r.flags.incomplete,
            r.flags.low_interest,
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

/// `v` as `{v:.1}` writes it (rounded to one decimal), without the
/// general formatter when the answer is certain: a fit or a score (0 to
/// 100) whose tenths are not within a hair of a tie. Anything else (a
/// tie, a sign, a huge number, not a number) goes to the formatter.
fn one_decimal(out: &mut String, v: f64) {
    if v.is_sign_positive() && v < 1e12 {
        // `v * 10` is off the exact product by at most half a unit in its
        // last place (under 0.001 here): when it is more than 0.49 from
        // a half, rounding it rounds the exact value the same way.
        let tenths = v * 10.0;
        let rounded = tenths.round();
        if (tenths - rounded).abs() < 0.49 {
            let n = rounded as u64;
            let _ = write!(out, "{}.{}", n / 10, n % 10);
            return;
        }
    }
    let _ = write!(out, "{v:.1}");
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
        label::push_csv_cell(self.out, text);
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
        label::push_csv_cell(out, c);
    }
    out.push('\n');
}

#[cfg(test)]
mod tests {
    use super::one_decimal;

    #[test]
    fn one_decimal_writes_what_the_formatter_writes() {
        let mut seed: u64 = 0x9e37_79b9_7f4a_7c15;
        let mut next = move || {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            seed
        };
        let mut values = vec![
            0.0,
            -0.0,
            0.05,
            0.25,
            0.75,
            0.35,
            0.45,
            2.5,
            99.95,
            99.96,
            100.0,
            1e12,
            1e13,
            f64::NAN,
            f64::INFINITY,
            -1.25,
            -0.04,
            5e-324,
            0.049_999_999_999_999_996,
        ];
        for k in 0..4000 {
            values.push(f64::from(k) / 40.0);
            values.push(f64::from(k) / 3.0);
            values.push(f64::from(k) * 100.0 / 7.0);
        }
        for _ in 0..200_000 {
            let r = next();
            values.push((r >> 11) as f64 / (1u64 << 53) as f64 * 100.0);
            values.push(f64::from_bits(r));
        }
        let mut out = String::new();
        for v in values {
            out.clear();
            one_decimal(&mut out, v);
            assert_eq!(out, format!("{v:.1}"), "{v:?}");
        }
    }
}
