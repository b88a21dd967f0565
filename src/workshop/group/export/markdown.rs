//! The group report as Markdown: the summary and a table of participants,
//! every text from a file escaped by the one Markdown escaper
//! ([`crate::report::markdown_escape`], GitHub's tables included).

use std::fmt::Write as _;
use std::io;

use super::super::{Group, MAX_TEXT, percent, plural, safe};
use super::{NO_PARTICIPANTS, Out, Sheet, written};

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
    } = sheet;
    let mut out = Out::new(out);
    let w = &mut out.text;
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
        return out.flush();
    }
    for q in &group.quizzes {
        let w = &mut out.text;
        let total = q.count();
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
        people.each(group, Some(q), &mut |_, p| {
            let _ = writeln!(
                out.text,
                "| {} | {} | {} | {} | {} |",
                md(&p.time_short()),
                md(&p.session()),
                md(&p.label(hide_names)),
                md(&p.best_text()),
                md(&p.flags().join(", ")),
            );
            out.spill()
        })?;
        out.text.push('\n');
    }
    out.flush()
}
