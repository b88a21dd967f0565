//! The group report as plain text: a readable summary per quiz and a
//! table of participants, columns cut and padded by display width.

use std::fmt::Write as _;
use std::io;

use super::super::{Group, MAX_TEXT, Naming, Participant, QuizGroup, percent, safe};
use super::{Out, People, Sheet, cell, width, written};
use crate::lang::Words;

/// The flags in words, "-" when none.
fn flags_text(words: &Words, p: &Participant) -> String {
    let flags = p.flags_in(words);
    if flags.is_empty() {
        "-".to_string()
    } else {
        flags.join(", ")
    }
}

fn counts_line(words: &Words, q: &QuizGroup) -> String {
    q.flag_counts_in(words)
        .iter()
        .map(|(what, n)| format!("{what}: {n}"))
        .collect::<Vec<_>>()
        .join("    ")
}

fn heading(words: &Words, q: &QuizGroup) -> String {
    words.args(
        "export-quiz",
        &[
            ("quiz", safe(&q.quiz, MAX_TEXT).into()),
            (
                "participants",
                words
                    .args("dash-participants", &[("n", q.count().into())])
                    .into(),
            ),
        ],
    )
}

fn file_list(files: &[String]) -> String {
    files
        .iter()
        .map(|f| safe(f, 200))
        .collect::<Vec<_>>()
        .join(", ")
}

/// A readable summary and a table of participants, in plain text.
pub fn text(group: &Group, files: &[String], hide_names: bool) -> String {
    written(|out| text_to(&Sheet::in_memory(group, files, hide_names), out))
}

/// [`text`] written to `out`, the participants from `people`.
pub fn text_to(sheet: &Sheet, out: &mut dyn io::Write) -> io::Result<()> {
    let &Sheet {
        group,
        people,
        files,
        hide_names,
        words,
    } = sheet;
    let mut out = Out::new(out);
    let w = &mut out.text;
    let count = words.args("dash-participants", &[("n", group.participants.into())]);
    let _ = writeln!(
        w,
        "{}",
        words.args("export-title-count", &[("participants", count.into())])
    );
    let _ = writeln!(
        w,
        "{}",
        words.args("export-files", &[("files", file_list(files).into())])
    );
    if hide_names {
        let _ = writeln!(w, "{}", words.get("export-names-hidden"));
    }
    for note in group.notes_in(&words) {
        let _ = writeln!(w, "{}", words.args("export-note", &[("note", note.into())]));
    }
    if group.is_empty() {
        let _ = writeln!(w, "\n{}", words.get("dash-no-participants"));
        return out.flush();
    }
    for q in &group.quizzes {
        text_quiz(&mut out, (group, &words), people, q, hide_names)?;
    }
    out.flush()
}

/// A participant's cells in the table.
fn row(words: &Words, naming: &Naming, p: &Participant, hide_names: bool) -> [String; 5] {
    [
        p.time_short(),
        p.session(),
        p.label_in(words, hide_names),
        p.best_text_in(words, naming),
        flags_text(words, p),
    ]
}

fn text_quiz(
    out: &mut Out,
    (group, words): (&Group, &Words),
    people: &dyn People,
    q: &QuizGroup,
    hide_names: bool,
) -> io::Result<()> {
    let w = &mut out.text;
    let total = q.count();
    let _ = writeln!(w, "\n{}\n", heading(words, q));
    for note in q.notes_in(words) {
        let _ = writeln!(
            w,
            "{}\n",
            words.args("export-note", &[("note", note.into())])
        );
    }
    let naming = q.naming(words);
    let titles = q.role_titles(&naming);
    let names = q.area_names(&naming);
    let wide = titles
        .iter()
        .chain(&names)
        .map(|t| width(t))
        .max()
        .unwrap_or(0)
        .clamp(12, 40);

    let _ = writeln!(
        w,
        "{} {:>5}  {:>5}",
        cell(words.word("export-best-fit"), wide + 2),
        words.word("export-count"),
        words.word("export-share"),
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
    let _ = writeln!(w, "\n{}", words.get("export-average"));
    for (d, name) in q.profile.iter().zip(&names) {
        let value = match d.mean {
            Some(mean) => format!(
                "{mean:>5.0}  {}",
                words.args("export-measured-in", &[("n", d.measured.into())])
            ),
            None => format!("  {}", words.get("export-not-measured")),
        };
        let _ = writeln!(w, "  {}{value}", cell(name, wide));
    }
    let _ = writeln!(w, "\n{}\n", counts_line(words, q));

    // The columns' widths first (a walk over the participants), then the
    // rows (another): the table is never all in memory.
    let headers = [
        words.word("export-time"),
        words.word("export-session"),
        words.word("export-name"),
        words.word("export-best-fit"),
        words.word("export-flags"),
    ];
    let caps = [20, 24, 28, 36, 60];
    let mut widths: Vec<usize> = headers.iter().map(|h| width(h)).collect();
    people.each(group, Some(q), &mut |_, p| {
        for (c, text) in row(words, &naming, p, hide_names).iter().enumerate() {
            widths[c] = widths[c].max(width(text));
        }
        Ok(())
    })?;
    for (w, cap) in widths.iter_mut().zip(caps) {
        *w = (*w).min(cap);
    }
    let _ = writeln!(w, "{}", words.get("export-participants"));
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
    people.each(group, Some(q), &mut |_, p| {
        let r = row(words, &naming, p, hide_names);
        line(&mut out.text, [&r[0], &r[1], &r[2], &r[3], &r[4]]);
        out.spill()
    })
}
