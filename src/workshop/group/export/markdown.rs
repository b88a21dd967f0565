//! The group report as Markdown: the summary and a table of participants,
//! every text from a file escaped by the one Markdown escaper
//! ([`crate::report::markdown_escape`], GitHub's tables included).

use std::fmt::Write as _;
use std::io;

use super::super::{Group, MAX_TEXT, percent, safe};
use super::{Out, Sheet, written};

/// Text from a file as plain Markdown words (GitHub's tables included).
pub use crate::report::markdown_escape as md;

/// The summary and a table of participants, in Markdown.
pub fn markdown(group: &Group, files: &[String], hide_names: bool) -> String {
    written(|out| markdown_to(&Sheet::in_memory(group, files, hide_names), out))
}

/// [`markdown`] written to `out`, the participants from `people`.
pub fn markdown_to(sheet: &Sheet, out: &mut dyn io::Write) -> io::Result<()> {
    let &Sheet {
        group,
        people,
        files,
        hide_names,
        words,
    } = sheet;
    let mut out = Out::new(out);
    let w = &mut out.text;
    let _ = writeln!(w, "# {}\n", words.get("export-title"));
    let listed = files
        .iter()
        .map(|f| md(&safe(f, 200)))
        .collect::<Vec<_>>()
        .join(", ");
    let count = words.args("dash-participants", &[("n", group.participants.into())]);
    let _ = writeln!(
        w,
        "{}\n",
        words.args(
            "export-md-from",
            &[
                ("participants", count.into()),
                ("n", files.len().into()),
                ("files", listed.into()),
            ],
        )
    );
    if hide_names {
        let _ = writeln!(w, "{}\n", words.get("export-md-names-hidden"));
    }
    for note in group.notes_in(&words) {
        let _ = writeln!(
            w,
            "{}\n",
            words.args("export-md-note", &[("note", md(&note).into())])
        );
    }
    if group.is_empty() {
        let _ = writeln!(w, "{}", words.get("dash-no-participants"));
        return out.flush();
    }
    for q in &group.quizzes {
        let w = &mut out.text;
        let total = q.count();
        let count = words.args("dash-participants", &[("n", total.into())]);
        let _ = writeln!(
            w,
            "## {}\n",
            words.args(
                "export-md-quiz",
                &[
                    ("quiz", md(&safe(&q.quiz, MAX_TEXT)).into()),
                    ("participants", count.into()),
                ],
            )
        );
        for note in q.notes_in(&words) {
            let _ = writeln!(
                w,
                "{}\n",
                words.args("export-md-note", &[("note", md(&note).into())])
            );
        }
        let _ = writeln!(w, "### {}\n", words.get("export-best-fit"));
        let _ = writeln!(
            w,
            "| {} | {} | {} |",
            words.get("export-md-role"),
            words.get("export-md-participants"),
            words.get("export-md-share")
        );
        let _ = writeln!(w, "| --- | ---: | ---: |");
        let naming = q.naming(&words);
        for (r, title) in q.roles.iter().zip(q.role_titles(&naming)) {
            let _ = writeln!(
                w,
                "| {} | {} | {} |",
                md(&title),
                r.count,
                percent(r.share(total))
            );
        }
        let _ = writeln!(w, "\n### {}\n", words.get("export-md-average-title"));
        let _ = writeln!(
            w,
            "| {} | {} | {} |",
            words.get("export-md-area"),
            words.get("export-md-average"),
            words.get("export-md-measured")
        );
        let _ = writeln!(w, "| --- | ---: | ---: |");
        for (d, name) in q.profile.iter().zip(q.area_names(&naming)) {
            let mean = d
                .mean
                .map_or_else(|| words.get("export-not-measured"), |m| format!("{m:.0}"));
            let _ = writeln!(w, "| {} | {mean} | {} |", md(&name), d.measured);
        }
        let counts: Vec<String> = q
            .flag_counts_in(&words)
            .iter()
            .map(|(what, n)| format!("**{what}:** {n}"))
            .collect();
        let _ = writeln!(w, "\n{}\n", counts.join(" · "));
        let _ = writeln!(
            w,
            "### {}\n\n{}\n",
            words.get("export-md-participants"),
            words.get("export-md-times")
        );
        let _ = writeln!(
            w,
            "| {} | {} | {} | {} | {} |",
            words.get("export-time"),
            words.get("export-session"),
            words.get("export-name"),
            words.get("export-best-fit"),
            words.get("export-flags")
        );
        let _ = writeln!(w, "| --- | --- | --- | --- | --- |");
        people.each(group, Some(q), &mut |_, p| {
            let _ = writeln!(
                out.text,
                "| {} | {} | {} | {} | {} |",
                md(&p.time_short()),
                md(&p.session()),
                md(&p.label_in(&words, hide_names)),
                md(&p.best_text_in(&words, &naming)),
                md(&p.flags_in(&words).join(", ")),
            );
            out.spill()
        })?;
        out.text.push('\n');
    }
    out.flush()
}
