//! "Nothing lost", properties: whatever bytes are on disk where saved
//! progress or a saved result should be, reading them never panics, and a
//! real saved file has the shape the generators build.

mod common;

use std::collections::BTreeMap;
use std::fs;

use careerfit::content::{AnswerSheet, QuestionKind, SavedAnswer};
use careerfit::scoring::Outcome;
use careerfit::session::{Session, Stage};
use careerfit::store::{Store, history, progress};
use careerfit::summary::outcome_text;
use careerfit::tui::app::App;
use careerfit::tui::screens::draw;
use careerfit::tui::theme::Theme;
use proptest::prelude::*;

use common::saved::*;
use common::screen::drawn;

// ---------------------------------------------------------------------
// Properties: whatever is on disk, reading it never panics
// ---------------------------------------------------------------------

/// A JSON value of any shape, a few levels deep.
fn json() -> impl Strategy<Value = serde_json::Value> {
    let leaf = prop_oneof![
        Just(serde_json::Value::Null),
        any::<bool>().prop_map(serde_json::Value::from),
        any::<i64>().prop_map(serde_json::Value::from),
        (-1e6..1e6f64).prop_map(serde_json::Value::from),
        "[a-z0-9 -]{0,12}".prop_map(serde_json::Value::from),
    ];
    leaf.prop_recursive(3, 24, 4, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..4).prop_map(serde_json::Value::from),
            prop::collection::btree_map("[a-z]{1,6}", inner, 0..4)
                .prop_map(|m| serde_json::Value::Object(m.into_iter().collect())),
        ]
    })
}

/// A question id of the built-in quiz, or some other id.
fn question_id() -> impl Strategy<Value = String> {
    let ids: Vec<String> = quiz().questions.iter().map(|q| q.id.clone()).collect();
    prop_oneof![
        3 => prop::sample::select(ids),
        1 => "[a-z-]{0,12}",
    ]
}

/// A saved answer: a point on (or off) the scale, an option id (real or
/// not), or some other JSON.
fn saved_answer() -> impl Strategy<Value = serde_json::Value> {
    let options: Vec<String> = quiz()
        .questions
        .iter()
        .flat_map(|q| match &q.kind {
            QuestionKind::Choice { options } => options.iter().map(|o| o.id.clone()).collect(),
            QuestionKind::Likert { .. } => Vec::new(),
        })
        .collect();
    prop_oneof![
        4 => (0u8..=7).prop_map(serde_json::Value::from),
        3 => prop::sample::select(options).prop_map(serde_json::Value::from),
        1 => json(),
    ]
}

/// A progress file of the right shape with arbitrary content.
fn progress_json() -> impl Strategy<Value = Vec<u8>> {
    (
        prop_oneof![4 => Just(1u32), 1 => any::<u32>()],
        prop_oneof![4 => Just("it-career".to_string()), 1 => "[a-z-]{0,10}"],
        prop::collection::btree_map(question_id(), saved_answer(), 0..40),
        prop::collection::vec(question_id(), 0..10),
        prop_oneof![
            Just(String::new()),
            Just("review".to_string()),
            question_id()
        ],
        "[ -~]{0,24}",
    )
        .prop_map(|(version, quiz, answers, skipped, position, saved_at)| {
            serde_json::to_vec(&serde_json::json!({
                "version": version,
                "quiz": quiz,
                "quiz_hash": "0123456789abcdef",
                "saved_at": saved_at,
                "answers": answers,
                "skipped": skipped,
                "position": position,
            }))
            .unwrap()
        })
}

/// A real file with bytes changed, cut, or added.
fn mangled(real: Vec<u8>) -> impl Strategy<Value = Vec<u8>> {
    let len = real.len();
    prop::collection::vec((0..len, any::<u8>(), 0u8..3), 1..6).prop_map(move |edits| {
        let mut bytes = real.clone();
        for (at, byte, how) in edits {
            let at = at.min(bytes.len());
            match how {
                0 if at < bytes.len() => bytes[at] = byte,
                1 => bytes.truncate(at),
                _ => bytes.insert(at, byte),
            }
        }
        bytes
    })
}

fn any_progress_bytes() -> impl Strategy<Value = Vec<u8>> {
    prop_oneof![
        prop::collection::vec(any::<u8>(), 0..400),
        mangled(real_progress_bytes()),
        progress_json(),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(500))]

    #[test]
    fn finding_progress_never_panics_whatever_the_file_holds(bytes in any_progress_bytes()) {
        let quiz = quiz();
        let dir = tempfile::tempdir().unwrap();
        let store = Store::in_folder(dir.path());
        let path = progress_path(dir.path());
        fs::create_dir_all(path.parent().unwrap()).unwrap();
        fs::write(&path, &bytes).unwrap();
        match progress::find(&store, &quiz) {
            progress::Found::Nothing => prop_assert!(false, "a file was there"),
            progress::Found::Unfinished(found) => {
                prop_assert_eq!(fs::read(&path).unwrap(), bytes, "a good file is left as it was");
                prop_assert!(found.answered <= quiz.questions.len());
                prop_assert_eq!(found.answered, found.session.answers().answered());
                match found.session.stage() {
                    Stage::Question(n) => prop_assert!(n < quiz.questions.len()),
                    Stage::Results => prop_assert!(false, "resumed on the results"),
                    _ => {}
                }
                // Saved again, it reads back the same.
                progress::save(&store, &quiz, &found.session).unwrap();
                let again = unfinished(progress::find(&store, &quiz));
                prop_assert_eq!(again.session, found.session);
                prop_assert_eq!(again.dropped, 0);
            }
            progress::Found::Damaged(warning) => {
                prop_assert!(!warning.to_string().contains('\n'));
                prop_assert!(!path.exists());
                let kept = aside(path.parent().unwrap());
                prop_assert_eq!(kept.len(), 1);
                prop_assert_eq!(fs::read(&kept[0]).unwrap(), bytes);
            }
        }
    }

    #[test]
    fn parsing_progress_never_panics(bytes in any_progress_bytes()) {
        let quiz = quiz();
        if let Some(found) = progress::parse(&bytes, &quiz) {
            // Every saved answer is kept or counted as dropped.
            let saved: serde_json::Value = serde_json::from_slice(&bytes).unwrap();
            let count = saved["answers"].as_object().map_or(0, |m| m.len());
            prop_assert_eq!(found.answered + found.dropped, count);
            prop_assert_eq!(found.session.question_count(), quiz.questions.len());
        }
    }

    #[test]
    fn parsing_and_showing_a_saved_result_never_panics(bytes in any_result_bytes()) {
        let content = content();
        let Some(saved) = history::parse(&bytes) else { return Ok(()) };
        prop_assert!(!saved.outcome.ranking.is_empty());
        // What `careerfit history` and `careerfit history N` do with it.
        let _ = outcome_text(&content.quiz, &saved.outcome);
        let (answers, _) = AnswerSheet::from_saved(&saved.answers, &content.quiz);
        let session = Session::resume(&content.quiz, answers, Vec::new(), Stage::Results);
        let app = App::reopened(content, Theme::mono(), session, saved.outcome, "saved.json".into());
        let _ = drawn((80, 24), |f| draw(&app, f));
        let _ = drawn((160, 48), |f| draw(&app, f));
    }

    #[test]
    fn listing_history_never_panics_whatever_the_files_hold(
        files in prop::collection::vec(any_result_bytes(), 1..4)
    ) {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::in_folder(dir.path());
        let folder = dir.path().join("data/history");
        fs::create_dir_all(&folder).unwrap();
        for (n, bytes) in files.iter().enumerate() {
            fs::write(folder.join(format!("{n}.json")), bytes).unwrap();
        }
        let (results, warnings) = history::list(&store);
        prop_assert_eq!(results.len() + warnings.len(), files.len());
        // Every file is still somewhere: listed, or kept aside.
        prop_assert_eq!(names(&folder).len(), files.len());
        for (path, saved) in &results {
            prop_assert_eq!(Some(saved.clone()), history::parse(&fs::read(path).unwrap()));
        }
    }
}

/// A saved result of the right shape with arbitrary (but well-typed)
/// content: any number of roles and dimensions, any flags and numbers.
fn result_json() -> impl Strategy<Value = Vec<u8>> {
    let fit = ("[a-z]{1,8}", "[A-Za-z ]{0,20}", -50.0..150.0f64).prop_map(
        |(role, title, fit)| serde_json::json!({ "role": role, "title": title, "fit": fit }),
    );
    let dimension = (
        "[a-z_]{1,8}",
        "[A-Za-z ]{0,20}",
        prop::option::of(-50.0..150.0f64),
    )
        .prop_map(
            |(id, name, score)| serde_json::json!({ "id": id, "name": name, "score": score }),
        );
    let reason = (question_id(), "[ -~]{0,40}", "[ -~]{0,20}").prop_map(
        |(q, text, answer)| serde_json::json!({ "question": q, "text": text, "answer": answer }),
    );
    (
        prop::collection::vec(fit, 0..6),
        prop::collection::vec(dimension, 0..6),
        prop::collection::vec(reason, 0..4),
        (any::<bool>(), any::<bool>(), any::<bool>(), any::<bool>()),
        (0usize..100, 0usize..100),
        prop::collection::btree_map(question_id(), saved_answer(), 0..10),
        "[ -~]{0,24}",
    )
        .prop_map(
            |(
                ranking,
                dimensions,
                reasons,
                (close_call, flat, incomplete, low_interest),
                (answered, total),
                answers,
                taken_at,
            )| {
                serde_json::to_vec(&serde_json::json!({
                    "version": 1,
                    "taken_at": taken_at,
                    "quiz": "it-career",
                    "quiz_hash": "0123456789abcdef",
                    "answers": answers,
                    "outcome": {
                        "quiz": "it-career",
                        "answered": answered,
                        "total": total,
                        "dimensions": dimensions,
                        "ranking": ranking,
                        "close_call": close_call,
                        "flat": flat,
                        "incomplete": incomplete,
                        "low_interest": low_interest,
                        "reasons": reasons,
                    },
                }))
                .unwrap()
            },
        )
}

fn real_result_bytes() -> Vec<u8> {
    serde_json::to_vec_pretty(&result(HANDS_ON)).unwrap()
}

fn any_result_bytes() -> impl Strategy<Value = Vec<u8>> {
    prop_oneof![
        prop::collection::vec(any::<u8>(), 0..400),
        mangled(real_result_bytes()),
        result_json(),
    ]
}

#[test]
fn a_real_result_has_the_shape_the_property_tests_build() {
    // Keeps `result_json` honest: a real saved result, as JSON, has the
    // same fields.
    let real: serde_json::Value = serde_json::from_slice(&real_result_bytes()).unwrap();
    let keys: Vec<&String> = real.as_object().unwrap().keys().collect();
    assert_eq!(
        keys,
        [
            "answers",
            "outcome",
            "quiz",
            "quiz_hash",
            "quiz_text",
            "taken_at",
            "version"
        ]
    );
    let outcome: Vec<&String> = real["outcome"].as_object().unwrap().keys().collect();
    assert_eq!(outcome, OUTCOME_FIELDS);
    let _: Outcome = serde_json::from_value(real["outcome"].clone()).unwrap();
    let _: BTreeMap<String, SavedAnswer> = serde_json::from_value(real["answers"].clone()).unwrap();
}

#[test]
fn a_saved_close_call_with_a_single_role_is_shown_or_refused_but_never_a_crash() {
    // A hand-edited or damaged result: "close call" with only one role in
    // the ranking. `careerfit history N` must not panic on it.
    let mut saved: serde_json::Value = serde_json::from_slice(&real_result_bytes()).unwrap();
    saved["outcome"]["close_call"] = serde_json::Value::Bool(true);
    saved["outcome"]["ranking"]
        .as_array_mut()
        .unwrap()
        .truncate(1);
    let bytes = serde_json::to_vec(&saved).unwrap();
    if let Some(parsed) = history::parse(&bytes) {
        let text = outcome_text(&quiz(), &parsed.outcome);
        assert!(text.contains("IT Technician"), "{text}");
    }
}
