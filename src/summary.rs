//! The result in words, shared by every front end: the headline, the flags
//! said honestly, and a plain-text summary that holds no screen codes.
//! A role's facts in words (pay, outlook, entry, certifications, links)
//! are in `facts`, shared the same way.

mod facts;
mod worded;

use crate::lang::{Value, Words};
use crate::scoring::Outcome;

pub use facts::{
    Sourced, by_source, certification_text, certification_text_in, entry_lines, entry_lines_in,
    entry_preview, entry_preview_in, entry_when, entry_years_text, entry_years_text_in,
    month_year_in, onet_links, onet_links_in, outlook_line, outlook_line_in, outlook_lines,
    outlook_lines_in, pay_lines, pay_lines_in, pay_text, pay_text_in, salary_text, salary_text_in,
    thousands,
};
pub use worded::worded;

/// How long a quiz takes: about twelve seconds a question, in whole minutes.
fn minutes(questions: usize) -> usize {
    ((questions * 12 + 30) / 60).max(1)
}

/// What the welcome says of the quiz's length: "32 questions, about 6
/// minutes" (and "1 question, about 1 minute").
pub fn length(questions: usize) -> String {
    length_in(&Words::english(), questions)
}

/// The quiz's length in a language.
pub fn length_in(words: &Words, questions: usize) -> String {
    words.args(
        "quiz-length",
        &[
            ("n", questions.into()),
            ("minutes", minutes(questions).into()),
        ],
    )
}

/// What the welcome says of the quiz, in the TUI and in plain mode: it is
/// for exploring, and (as the O*NET Interest Profiler asks) each activity
/// is answered by whether the person would enjoy it, not by whether they
/// are trained for it or what it pays.
pub fn how_to_answer(words: &Words) -> String {
    words.get("how-to-answer")
}

/// A question's hint as shown under it: "Hint: ...".
pub fn hint_text(hint: &str) -> String {
    hint_text_in(&Words::english(), hint)
}

/// A question's hint in a language.
pub fn hint_text_in(words: &Words, hint: &str) -> String {
    words.args("hint", &[("hint", hint.into())])
}

/// What a fit number is, said wherever fits are first shown, in a
/// language.
pub fn fit_meaning(words: &Words) -> String {
    words.get("fit-meaning")
}

/// Where a wider interest assessment is, for every career.
pub const INTEREST_PROFILER_URL: &str = "https://www.mynextmove.org/explore/ip";

/// The one-line verdict. A result with any flag raised never names a
/// single confident answer.
pub fn headline(outcome: &Outcome) -> String {
    headline_in(&Words::english(), outcome)
}

/// The one-line verdict in a language.
pub fn headline_in(words: &Words, outcome: &Outcome) -> String {
    let best = &outcome.ranking[0];
    let title = || Value::from(best.title.clone());
    if outcome.low_interest {
        words.get("headline-low-interest")
    } else if outcome.flat {
        words.get("headline-flat")
    } else if let (true, Some(second)) = (outcome.close_call, outcome.ranking.get(1)) {
        words.args(
            "headline-close-call",
            &[("first", title()), ("second", second.title.clone().into())],
        )
    } else if outcome.incomplete {
        words.args("headline-incomplete", &[("role", title())])
    } else {
        words.args(
            "headline-best",
            &[
                ("role", title()),
                ("fit", format!("{:.0}", best.fit).into()),
            ],
        )
    }
}

/// What each raised flag means for the person, in plain words.
pub fn flag_notes(outcome: &Outcome) -> Vec<String> {
    flag_notes_in(&Words::english(), outcome)
}

/// What each raised flag means, in a language.
pub fn flag_notes_in(words: &Words, outcome: &Outcome) -> Vec<String> {
    let mut notes = Vec::new();
    if outcome.low_interest {
        notes.push(words.args(
            "note-low-interest",
            &[("url", INTEREST_PROFILER_URL.into())],
        ));
    }
    // Low interest says more than "flat" would: one note, not two.
    if outcome.flat && !outcome.low_interest {
        notes.push(words.get("note-flat"));
    }
    if let (true, false, [a, b, ..]) =
        (outcome.close_call, outcome.flat, outcome.ranking.as_slice())
    {
        notes.push(words.args(
            "note-close-call",
            &[
                ("first", a.title.clone().into()),
                ("second", b.title.clone().into()),
                ("points", format!("{:.1}", a.fit - b.fit).into()),
            ],
        ));
    }
    if outcome.incomplete {
        notes.push(words.args(
            "note-incomplete",
            &[
                ("answered", outcome.answered.into()),
                ("total", outcome.total.into()),
            ],
        ));
    }
    notes
}

/// The raised flags as short words for a list or a table, in `words`'
/// language: "low interest", "close call", "flat", "incomplete".
pub fn flag_words(words: &Words, flags: crate::scoring::Flags) -> Vec<&'static str> {
    [
        (flags.low_interest, words.word("flag-low-interest")),
        (flags.close_call, words.word("flag-close-call")),
        (flags.flat, words.word("flag-flat")),
        (flags.incomplete, words.word("flag-incomplete")),
    ]
    .into_iter()
    .filter_map(|(on, word)| on.then_some(word))
    .collect()
}

/// The heading over the reasons: a flagged result has only a lean, not a
/// "why".
pub fn reasons_heading(outcome: &Outcome) -> String {
    reasons_heading_in(&Words::english(), outcome)
}

/// The heading over the reasons, in a language.
pub fn reasons_heading_in(words: &Words, outcome: &Outcome) -> String {
    let best = Value::from(outcome.ranking[0].title.clone());
    if outcome.flagged() {
        words.args("reasons-heading-lean", &[("role", best)])
    } else {
        words.args("reasons-heading-why", &[("role", best)])
    }
}

/// A reason in the person's own words: "Strongly like: Replace a failing
/// hard drive" for a scale answer, or "You chose "Open one up" when asked:
/// The printers keep failing." for a choice.
pub fn reason_text(quiz: &crate::content::Quiz, reason: &crate::scoring::Reason) -> String {
    reason_text_in(&Words::english(), quiz, reason)
}

/// A reason in the person's own words, in a language.
pub fn reason_text_in(
    words: &Words,
    quiz: &crate::content::Quiz,
    reason: &crate::scoring::Reason,
) -> String {
    let choice = quiz
        .questions
        .iter()
        .find(|q| q.id == reason.question)
        .is_some_and(|q| matches!(q.kind, crate::content::QuestionKind::Choice { .. }));
    let values = [
        ("answer", Value::from(reason.answer.as_str())),
        ("text", Value::from(reason.text.as_str())),
    ];
    if choice {
        words.args("reason-choice", &values)
    } else {
        words.args("reason-likert", &values)
    }
}

/// The whole result as plain text: no colour, no escape codes, no box drawing.
pub fn outcome_text(quiz: &crate::content::Quiz, outcome: &Outcome) -> String {
    outcome_text_in(&Words::english(), quiz, outcome)
}

/// The whole result as plain text, in a language.
pub fn outcome_text_in(words: &Words, quiz: &crate::content::Quiz, outcome: &Outcome) -> String {
    let title = &quiz.title;
    let mut out = String::new();
    out.push_str(&format!(
        "{title}\n{}\n\n",
        words.args(
            "summary-answered",
            &[
                ("answered", outcome.answered.into()),
                ("total", outcome.total.into()),
            ],
        )
    ));
    out.push_str(&headline_in(words, outcome));
    out.push('\n');
    for note in flag_notes_in(words, outcome) {
        out.push_str(&format!(
            "{}\n",
            words.args("summary-note", &[("note", note.into())])
        ));
    }

    out.push_str(&format!("\n{}\n", words.get("summary-fits-heading")));
    out.push_str(&format!("{}\n", fit_meaning(words)));
    let width = outcome
        .ranking
        .iter()
        .map(|f| f.title.chars().count())
        .max()
        .unwrap_or(0);
    for (rank, fit) in outcome.ranking.iter().enumerate() {
        out.push_str(&format!(
            "  {}. {:<width$}  {:5.1}\n",
            rank + 1,
            fit.title,
            fit.fit
        ));
    }

    out.push_str(&format!("\n{}\n", words.get("summary-interests-heading")));
    let width = outcome
        .dimensions
        .iter()
        .map(|d| d.name.chars().count())
        .max()
        .unwrap_or(0);
    for dimension in &outcome.dimensions {
        match dimension.score {
            Some(score) => out.push_str(&format!("  {:<width$}  {:5.1}\n", dimension.name, score)),
            None => out.push_str(&format!(
                "  {:<width$}  {}\n",
                dimension.name,
                words.get("summary-not-measured")
            )),
        }
    }

    if !outcome.reasons.is_empty() {
        out.push_str(&format!("\n{}\n", reasons_heading_in(words, outcome)));
        for reason in &outcome.reasons {
            out.push_str(&format!("  - {}\n", reason_text_in(words, quiz, reason)));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_length_of_a_quiz_reads_right_for_one_and_many() {
        assert_eq!(length(1), "1 question, about 1 minute");
        assert_eq!(length(32), "32 questions, about 6 minutes");
    }
}
