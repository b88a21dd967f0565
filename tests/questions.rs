//! `careerfit questions` through the real binary (text, JSON and the CSV
//! header row, which `score --answers-csv` must accept), the optional
//! `hint` of a question as `check` validates it, and the shipped quiz's
//! wording rules: terms a 14-year-old may not know come with a hint,
//! helping is not all about upset people, leading is not all budgets.
//!
//! Every child runs from the crate root with a temporary home of its own.

mod common;

use careerfit::content::{Content, QuestionKind, Quiz};
use common::cmd::{Home, Run};
use serde_json::Value;

/// `careerfit ARGS` with a home of its own, wide enough never to wrap;
/// it must not panic.
fn run(args: &[&str]) -> Run {
    let home = Home::new();
    Run::of(home.command(args).env("COLUMNS", "1000"))
}

/// A command that must succeed with nothing on stderr; its stdout.
fn ok(args: &[&str]) -> String {
    run(args).succeeded(args)
}

fn quiz() -> Quiz {
    Content::built_in().expect("the built-in content").quiz
}

// ------------------------------------------------------------ the command

#[test]
fn text_lists_every_question_by_id_with_its_kind_text_hint_and_options() {
    let quiz = quiz();
    let out = ok(&["questions"]);
    assert!(
        out.starts_with("The 32 questions of quiz it-career (Which IT role fits you?), by id."),
        "{out}"
    );
    let mut at = 0;
    for (n, question) in quiz.questions.iter().enumerate() {
        let kind = match question.kind {
            QuestionKind::Likert { .. } => "likert: 1 to 5",
            QuestionKind::Choice { .. } => "choice: an option id",
        };
        let head = format!(
            "\n{}. {} ({kind})\n   {}\n",
            n + 1,
            question.id,
            question.text
        );
        at += out[at..]
            .find(&head)
            .unwrap_or_else(|| panic!("{head:?} not in order in:\n{out}"));
        if let Some(hint) = &question.hint {
            assert!(
                out[at..].contains(&format!("{head}   Hint: {hint}\n")),
                "{out}"
            );
        }
        if let QuestionKind::Choice { options } = &question.kind {
            for (i, option) in options.iter().enumerate() {
                let line = format!("   {}. {}: {}\n", i + 1, option.id, option.label);
                assert!(out[at..].contains(&line), "{line:?} not in:\n{out}");
            }
        }
    }
    assert!(out.contains("careerfit questions --format csv"), "{out}");
}

#[test]
fn the_example_answers_file_in_the_text_scores_against_the_built_in_quiz() {
    let out = ok(&["questions"]);
    let from = out.find("  quiz = \"it-career\"").expect("an example");
    let example: String = out[from..]
        .lines()
        .take_while(|l| !l.is_empty())
        .map(|l| format!("{}\n", l.trim()))
        .collect();
    assert_eq!(
        example,
        "quiz = \"it-career\"\n[answers]\nreplace-laptop-drive = 4\nprinters-keep-failing = \"open-it-up\"\n"
    );
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("answers.toml");
    std::fs::write(&file, &example).unwrap();
    let scored = ok(&[
        "score",
        "--answers",
        file.to_str().unwrap(),
        "--format",
        "json",
    ]);
    let json: Value = serde_json::from_str(&scored).expect("JSON");
    assert_eq!(json["answered"], 2, "{scored}");
}

#[test]
fn json_is_an_array_of_the_questions_in_quiz_order() {
    let quiz = quiz();
    let out = ok(&["questions", "--format", "json"]);
    let json: Value = serde_json::from_str(&out).expect("valid JSON");
    let items = json.as_array().expect("an array");
    assert_eq!(items.len(), quiz.questions.len());
    for (item, question) in items.iter().zip(&quiz.questions) {
        assert_eq!(item["id"], question.id.as_str());
        assert_eq!(item["text"], question.text.as_str());
        match &question.hint {
            Some(hint) => assert_eq!(item["hint"], hint.as_str()),
            None => assert!(item["hint"].is_null(), "{item}"),
        }
        match &question.kind {
            QuestionKind::Likert { .. } => {
                assert_eq!(item["kind"], "likert");
                assert_eq!(item["scale"][0], "Strongly dislike");
                assert_eq!(item["scale"][4], "Strongly like");
                assert!(item.get("options").is_none(), "{item}");
            }
            QuestionKind::Choice { options } => {
                assert_eq!(item["kind"], "choice");
                let shown = item["options"].as_array().expect("options");
                assert_eq!(shown.len(), options.len());
                for (shown, option) in shown.iter().zip(options) {
                    assert_eq!(shown["id"], option.id.as_str());
                    assert_eq!(shown["label"], option.label.as_str());
                }
            }
        }
    }
}

#[test]
fn csv_is_the_header_row_participant_then_every_question_id() {
    let quiz = quiz();
    let out = ok(&["questions", "--format", "csv"]);
    let mut want = vec!["participant".to_string()];
    want.extend(quiz.questions.iter().map(|q| q.id.clone()));
    assert_eq!(out, format!("{}\n", want.join(",")));
}

#[test]
fn the_csv_header_round_trips_through_score_answers_csv() {
    let quiz = quiz();
    let header = ok(&["questions", "--format", "csv"]);
    // Two people under the header: one answers "Like" and the first option
    // everywhere, the other only the first two questions.
    let full: Vec<String> = quiz
        .questions
        .iter()
        .map(|q| match q.kind {
            QuestionKind::Likert { .. } => "4".to_string(),
            QuestionKind::Choice { ref options } => options[0].id.clone(),
        })
        .collect();
    let sheet = format!("{header}ana,{}\nben,5,2\n", full.join(","));
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("responses.csv");
    std::fs::write(&file, sheet).unwrap();
    let run = run(&["score", "--answers-csv", file.to_str().unwrap()]);
    assert_eq!(run.code, Some(0), "{}\n{}", run.stdout, run.stderr);
    assert!(run.stderr.is_empty(), "{}", run.stderr);
    assert!(run.stdout.contains("ana"), "{}", run.stdout);
    assert!(run.stdout.contains("ben"), "{}", run.stdout);
}

#[test]
fn questions_follows_the_quiz_given_with_quiz() {
    let args = [
        "questions",
        "--quiz",
        "tests/fixtures/valid/quiz.toml",
        "--roles",
        "tests/fixtures/valid/roles",
        "--format",
        "csv",
    ];
    let text = std::fs::read_to_string("tests/fixtures/valid/quiz.toml").unwrap();
    let custom = Quiz::from_toml("quiz.toml", &text).expect("the fixture quiz");
    let mut want = vec!["participant".to_string()];
    want.extend(custom.questions.iter().map(|q| q.id.clone()));
    assert_eq!(ok(&args), format!("{}\n", want.join(",")));
}

#[test]
fn questions_with_a_broken_quiz_says_what_is_wrong() {
    let run = run(&[
        "questions",
        "--quiz",
        "tests/fixtures/invalid/quiz/duplicate-question.toml",
    ]);
    assert_ne!(run.code, Some(0));
    assert!(run.stdout.is_empty(), "{}", run.stdout);
    assert!(
        run.stderr
            .contains("tests/fixtures/invalid/quiz/duplicate-question.toml:"),
        "{}",
        run.stderr
    );
}

// --------------------------------------------------------- the hint field

/// A one-question quiz around `question` (TOML lines), checked by `check`.
fn check_quiz(question: &str) -> Run {
    let dir = tempfile::tempdir().unwrap();
    let quiz = dir.path().join("quiz.toml");
    let roles = dir.path().join("roles");
    std::fs::create_dir(&roles).unwrap();
    std::fs::write(
        &quiz,
        format!(
            "id = \"mini\"\ntitle = \"Mini\"\n\n[[dimension]]\nid = \"a\"\nname = \"A\"\n\n\
             [[dimension]]\nid = \"b\"\nname = \"B\"\n\n[[question]]\n{question}\n\n\
             [[question]]\nid = \"other\"\nkind = \"likert\"\ntext = \"Other\"\nweights = {{ b = 2.0 }}\n"
        ),
    )
    .unwrap();
    std::fs::write(
        roles.join("r.toml"),
        "id = \"r\"\ntitle = \"R\"\nsummary = \"S\"\nprofile = { a = 50, b = 50 }\n",
    )
    .unwrap();
    run(&[
        "check",
        "--quiz",
        quiz.to_str().unwrap(),
        "--roles",
        roles.to_str().unwrap(),
    ])
}

#[test]
fn a_hint_is_accepted_and_an_empty_one_is_an_error_naming_the_line_and_question() {
    let good = check_quiz(
        "id = \"fix-it\"\nkind = \"likert\"\ntext = \"Set up a router\"\n\
         hint = \"A router is the box that links a home's devices to the internet.\"\n\
         weights = { a = 2.0 }",
    );
    assert_eq!(good.code, Some(0), "{}", good.stderr);

    let empty = check_quiz(
        "id = \"fix-it\"\nkind = \"likert\"\ntext = \"Set up a router\"\nhint = \"  \"\nweights = { a = 2.0 }",
    );
    assert_ne!(empty.code, Some(0));
    // The hint is on line 16 of the file written above.
    assert!(
        empty.stderr.contains("quiz.toml:16:")
            && empty.stderr.contains("`fix-it`")
            && empty.stderr.contains("empty `hint`"),
        "{}",
        empty.stderr
    );
}

#[test]
fn an_empty_question_text_is_an_error() {
    let run = check_quiz("id = \"fix-it\"\nkind = \"likert\"\ntext = \"\"\nweights = { a = 2.0 }");
    assert_ne!(run.code, Some(0));
    assert!(
        run.stderr.contains("`fix-it`") && run.stderr.contains("empty `text`"),
        "{}",
        run.stderr
    );
}

#[test]
fn a_misspelt_hint_is_still_an_unknown_key() {
    let run = check_quiz(
        "id = \"fix-it\"\nkind = \"likert\"\ntext = \"Set up a router\"\nhints = \"A box\"\nweights = { a = 2.0 }",
    );
    assert_ne!(run.code, Some(0));
    assert!(
        run.stderr.contains("quiz.toml:16:") && run.stderr.contains("hints"),
        "{}",
        run.stderr
    );
}

// ----------------------------------------------- the shipped quiz's words

/// Every text a person reads on a question: its text and its options.
fn words(question: &careerfit::content::Question) -> String {
    let mut all = question.text.clone();
    if let QuestionKind::Choice { options } = &question.kind {
        for option in options {
            all.push(' ');
            all.push_str(&option.label);
        }
    }
    all.to_lowercase()
}

/// Does the text use the term, as a word (or a plural) or a phrase?
fn says(words: &str, term: &str) -> bool {
    if term.contains(' ') {
        return words.contains(term);
    }
    words
        .split(|c: char| !c.is_alphanumeric())
        .any(|word| word == term || word.strip_suffix('s') == Some(term))
}

#[test]
fn every_term_a_young_reader_may_not_know_is_explained_by_a_hint() {
    let quiz = quiz();
    let terms = [
        "server",
        "firewall",
        "script",
        "rack",
        "logs",
        "router",
        "access rights",
        "access point",
        "switch",
        "budget",
    ];
    for question in &quiz.questions {
        let words = words(question);
        for term in terms {
            let used = says(&words, term);
            if used {
                let hint = question.hint.as_deref().unwrap_or("").to_lowercase();
                assert!(
                    hint.contains(term),
                    "{} says {term:?} without a hint explaining it",
                    question.id
                );
            }
        }
    }
    // Words rewritten away rather than explained.
    for question in &quiz.questions {
        let words = words(question);
        for gone in ["script", "rack", "logs", "access rights"] {
            assert!(!says(&words, gone), "{} says {gone:?}", question.id);
        }
    }
}

#[test]
fn hints_are_short_plain_sentences() {
    for question in &quiz().questions {
        if let Some(hint) = &question.hint {
            assert!(hint.ends_with('.'), "{}: {hint}", question.id);
            assert!(
                hint.split_whitespace().count() <= 22,
                "{}: {hint}",
                question.id
            );
        }
    }
}

/// The items measuring one area: scale questions weighted toward it most,
/// and the options of choice questions weighted toward it.
fn items_of(quiz: &Quiz, dimension: &str) -> Vec<String> {
    let d = quiz.dimension_index(dimension).unwrap();
    let main = |w: &[f64]| w[d] > 0.0 && w.iter().all(|x| *x <= w[d]);
    let mut items = Vec::new();
    for question in &quiz.questions {
        match &question.kind {
            QuestionKind::Likert { weights } if main(weights) => {
                items.push(question.text.to_lowercase())
            }
            QuestionKind::Choice { options } => items.extend(
                options
                    .iter()
                    .filter(|o| main(&o.weights))
                    .map(|o| o.label.to_lowercase()),
            ),
            _ => {}
        }
    }
    items
}

#[test]
fn helping_is_not_all_about_upset_people() {
    let items = items_of(&quiz(), "people");
    assert!(items.len() >= 12, "{items:?}");
    let upset = items
        .iter()
        .filter(|t| {
            ["upset", "stressed", "angry", "worried"]
                .iter()
                .any(|w| t.contains(w))
        })
        .count();
    assert!(
        upset <= 2,
        "{upset} of {} helping items are about upset people: {items:?}",
        items.len()
    );
}

#[test]
fn leading_is_not_all_budgets_and_buying() {
    let items = items_of(&quiz(), "leadership");
    assert!(items.len() >= 12, "{items:?}");
    let money = items
        .iter()
        .filter(|t| {
            ["budget", "buy", "seller", "offer", "cost", "replace"]
                .iter()
                .any(|w| t.contains(w))
        })
        .count();
    assert!(
        money <= 2,
        "{money} of {} leading items are about money: {items:?}",
        items.len()
    );
}

#[test]
fn options_sit_in_the_area_of_their_activity() {
    // Creating accounts is help-desk work, wiping a laptop and installing
    // software are not hardware: none of these is keyed as another area's
    // activity any more.
    let quiz = quiz();
    for question in &quiz.questions {
        if let QuestionKind::Choice { options } = &question.kind {
            for option in options {
                for gone in [
                    "create-accounts",
                    "wipe-infected-laptop",
                    "install-desk-to-desk",
                ] {
                    assert_ne!(option.id, gone, "{}", question.id);
                }
            }
        }
    }
}

#[test]
fn a_hint_or_a_text_changes_the_quiz_words_not_its_scoring_identity() {
    let quiz = quiz();
    let mut hinted = quiz.clone();
    hinted.questions[0].hint = Some("A hard drive keeps a computer's files.".to_string());
    assert_eq!(hinted.fingerprint(), quiz.fingerprint());
    assert_ne!(hinted.text_hash(), quiz.text_hash());
    hinted.questions[0].text.push_str(" today");
    // Reworded, so the same quiz to score; its words are another matter.
    assert_eq!(hinted.fingerprint(), quiz.fingerprint());
    assert_ne!(hinted.text_hash(), quiz.text_hash());
    assert_eq!(
        quiz.compare_saved(&hinted.fingerprint(), Some(&hinted.text_hash())),
        careerfit::content::Sameness::Reworded
    );
}
