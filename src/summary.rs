//! The result in words, shared by every front end: the headline, the flags
//! said honestly, and a plain-text summary that holds no screen codes.
//! A role's facts in words (pay, outlook, entry, certifications, links)
//! are in `facts`, shared the same way.

mod facts;

use crate::scoring::Outcome;

pub use facts::{
    Sourced, by_source, certification_text, entry_lines, entry_preview, entry_years_text,
    onet_links, outlook_line, outlook_lines, pay_lines, pay_text, salary_text, thousands,
};

/// How long a quiz takes: about twelve seconds a question, in whole minutes.
fn minutes(questions: usize) -> usize {
    ((questions * 12 + 30) / 60).max(1)
}

/// What the welcome says of the quiz's length: "32 questions, about 6
/// minutes" (and "1 question, about 1 minute").
pub fn length(questions: usize) -> String {
    use crate::text::plural;
    format!(
        "{}, about {}",
        plural(questions, "question", "questions"),
        plural(minutes(questions), "minute", "minutes")
    )
}

/// What the welcome says of the quiz, in the TUI and in plain mode: it is
/// for exploring, and (as the O*NET Interest Profiler asks) each activity
/// is answered by whether the person would enjoy it, not by whether they
/// are trained for it or what it pays.
pub const HOW_TO_ANSWER: &str = "It is for exploring: not a test, and not a hiring tool. \
Answer by whether you would enjoy the work, not by whether you know how yet or what it pays.";

/// A question's hint as shown under it: "Hint: ...".
pub fn hint_text(hint: &str) -> String {
    format!("Hint: {hint}")
}

/// What a fit number is, said wherever fits are first shown.
pub const FIT_MEANING: &str =
    "Fit (0 to 100) is how closely your interests match a role's profile, not a chance of success.";

/// Where a wider interest assessment is, for every career.
pub const INTEREST_PROFILER_URL: &str = "https://www.mynextmove.org/explore/ip";

/// The one-line verdict. A result with any flag raised never names a
/// single confident answer.
pub fn headline(outcome: &Outcome) -> String {
    let best = &outcome.ranking[0];
    if outcome.low_interest {
        "Little interest in these kinds of IT work: none of them stood out for you.".to_string()
    } else if outcome.flat {
        "No clear lean: your answers did not favour any one area.".to_string()
    } else if let (true, Some(second)) = (outcome.close_call, outcome.ranking.get(1)) {
        format!(
            "Close call: {} and {} fit you about equally well.",
            best.title, second.title
        )
    } else if outcome.incomplete {
        format!(
            "You lean toward {}, but too few questions were answered for a firm result.",
            best.title
        )
    } else {
        format!("Your best fit: {} ({:.0}% fit).", best.title, best.fit)
    }
}

/// What each raised flag means for the person, in plain words.
pub fn flag_notes(outcome: &Outcome) -> Vec<String> {
    let mut notes = Vec::new();
    if outcome.low_interest {
        notes.push(format!(
            "Your answers show little interest in any of the kinds of IT work this quiz asks about. \
             That is a useful answer too: IT may not be for you, and that is fine. \
             A wider quiz covers every career: the O*NET Interest Profiler at My Next Move \
             ({INTEREST_PROFILER_URL})."
        ));
    }
    // Low interest says more than "flat" would: one note, not two.
    if outcome.flat && !outcome.low_interest {
        notes.push(
            "Your interest scores are close together, so the ranking below is only a loose guide. \
             Try the quiz again another day, or talk it over with a career counselor."
                .to_string(),
        );
    }
    if let (true, false, [a, b, ..]) =
        (outcome.close_call, outcome.flat, outcome.ranking.as_slice())
    {
        notes.push(format!(
            "{} and {} are only {:.1} points apart. Read about both before you choose.",
            a.title,
            b.title,
            a.fit - b.fit
        ));
    }
    if outcome.incomplete {
        notes.push(format!(
            "You answered {} of {} questions, so this result is rough. Answer more questions for a firmer result.",
            outcome.answered, outcome.total
        ));
    }
    notes
}

/// The raised flags as short words for a list or a table: "low interest",
/// "close call", "flat", "incomplete".
pub fn flag_words(flags: crate::scoring::Flags) -> Vec<&'static str> {
    [
        (flags.low_interest, "low interest"),
        (flags.close_call, "close call"),
        (flags.flat, "flat"),
        (flags.incomplete, "incomplete"),
    ]
    .into_iter()
    .filter_map(|(on, word)| on.then_some(word))
    .collect()
}

/// The heading over the reasons: a flagged result has only a lean, not a
/// "why".
pub fn reasons_heading(outcome: &Outcome) -> String {
    let best = &outcome.ranking[0].title;
    if outcome.flagged() {
        format!("Your answers that lean most toward {best} (a weak lean)")
    } else {
        format!("Why {best}: your own answers")
    }
}

/// A reason in the person's own words: "Strongly like: Replace a failing
/// hard drive" for a scale answer, or "You chose "Open one up" when asked:
/// The printers keep failing." for a choice.
pub fn reason_text(quiz: &crate::content::Quiz, reason: &crate::scoring::Reason) -> String {
    let choice = quiz
        .questions
        .iter()
        .find(|q| q.id == reason.question)
        .is_some_and(|q| matches!(q.kind, crate::content::QuestionKind::Choice { .. }));
    if choice {
        format!("You chose \"{}\" for: {}", reason.answer, reason.text)
    } else {
        format!("{}: \"{}\"", reason.answer, reason.text)
    }
}

/// The whole result as plain text: no colour, no escape codes, no box drawing.
pub fn outcome_text(quiz: &crate::content::Quiz, outcome: &Outcome) -> String {
    let title = &quiz.title;
    let mut out = String::new();
    out.push_str(&format!(
        "{title}\nYou answered {} of {} questions.\n\n",
        outcome.answered, outcome.total
    ));
    out.push_str(&headline(outcome));
    out.push('\n');
    for note in flag_notes(outcome) {
        out.push_str(&format!("Note: {note}\n"));
    }

    out.push_str("\nHow each role fits you:\n");
    out.push_str(&format!("{FIT_MEANING}\n"));
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

    out.push_str("\nYour interests (0 = not at all, 100 = very much):\n");
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
                "  {:<width$}  not measured (no answers)\n",
                dimension.name
            )),
        }
    }

    if !outcome.reasons.is_empty() {
        out.push_str(&format!("\n{}\n", reasons_heading(outcome)));
        for reason in &outcome.reasons {
            out.push_str(&format!("  - {}\n", reason_text(quiz, reason)));
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
