//! What is decided before a shell starts (`careerfit::start`), tested
//! without a terminal: plain or full screen, the unfinished quiz offered at
//! start, a reopened result and what it says, and where a workshop's
//! results file goes. The pty tests check the same through the binary.

mod common;

use std::fs;
use std::path::Path;

use careerfit::cli::Failure;
use careerfit::content::Content;
use careerfit::start::{self, Surroundings};
use careerfit::store::{Store, history, progress};
use careerfit::tui::app::Screen;
use careerfit::tui::theme::Theme;

use common::saved::session_after;

/// Answers drawn to hands-on work: best fit IT Technician.
const HANDS_ON: &str = "51111514111351125152551311541311";

fn content() -> Content {
    Content::built_in().expect("the built-in content loads")
}

fn message(failure: Failure) -> String {
    match failure {
        Failure::Message(message) => message.to_string(),
        other => panic!("expected a message, got {other:?}"),
    }
}

#[test]
fn plain_prompts_when_asked_or_when_the_full_screen_cannot_work() {
    let terminal = Surroundings {
        accessible: false,
        dumb_terminal: false,
        terminal: true,
    };
    assert!(!terminal.wants_plain(false));
    assert!(terminal.wants_plain(true), "--plain");
    for (why, here) in [
        (
            "a screen reader",
            Surroundings {
                accessible: true,
                ..terminal
            },
        ),
        (
            "TERM=dumb",
            Surroundings {
                dumb_terminal: true,
                ..terminal
            },
        ),
        (
            "a pipe",
            Surroundings {
                terminal: false,
                ..terminal
            },
        ),
    ] {
        assert!(here.wants_plain(false), "{why}");
    }
}

#[test]
fn the_quiz_opens_on_an_unfinished_quiz_or_warns_about_a_damaged_one() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::in_folder(dir.path());
    let app = start::quiz_app(content(), Theme::mono(), &store);
    assert_eq!(app.offer, None);
    assert_eq!(app.warning, None);
    assert_eq!(app.screen(), Screen::Welcome);

    let quiz = content().quiz;
    progress::save(&store, &quiz, &session_after(&quiz, "511")).unwrap();
    let app = start::quiz_app(content(), Theme::mono(), &store);
    assert_eq!(app.offer.as_ref().map(|o| o.answered), Some(3));
    assert_eq!(app.screen(), Screen::Resume);

    let file = dir.path().join("state/progress-it-career.json");
    fs::write(&file, b"{ not json").unwrap();
    let app = start::quiz_app(content(), Theme::mono(), &store);
    assert_eq!(app.offer, None);
    let warning = app.warning.expect("a warning");
    assert!(warning.contains("damaged"), "{warning}");
    assert!(!file.exists(), "the damaged file is moved aside");
}

/// A saved result of the built-in quiz, taken at `taken_at`.
fn saved(store: &Store, taken_at: &str) {
    let content = content();
    let mut session = session_after(&content.quiz, HANDS_ON);
    let outcome = session.finish(&content.quiz, &content.roles).unwrap();
    let mut result = history::SavedResult::new(&content.quiz, &session, &outcome);
    result.taken_at = taken_at.to_string();
    history::save(store, &result, None).unwrap();
}

#[test]
fn a_reopened_result_says_when_it_was_taken_and_whether_the_quiz_changed() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::in_folder(dir.path());
    saved(&store, "2025-01-02T03:04:05Z");
    let (results, _) = history::list(&store);

    let app = start::reopened_app(content(), Theme::mono(), &results, 1).unwrap();
    assert_eq!(app.screen(), Screen::Results);
    assert_eq!(app.reopened.as_ref(), Some(&results[0].0));
    assert_eq!(
        app.notice.as_deref(),
        Some("Your result from 2025-01-02 03:04 UTC.")
    );
    assert_eq!(app.warning, None, "the same quiz: nothing to warn about");

    // The quiz's scoring changed since: said, with what no longer fits.
    let mut changed = results.clone();
    changed[0].1.quiz_hash = "0000000000000000".to_string();
    changed[0].1.answers.insert(
        "a-question-since-removed".into(),
        results[0].1.answers.values().next().unwrap().clone(),
    );
    changed[0].1.answers.remove("replace-laptop-drive");
    let app = start::reopened_app(content(), Theme::mono(), &changed, 1).unwrap();
    let warning = app.warning.expect("a warning");
    assert!(
        warning.starts_with("The quiz has changed since this result; it is shown as it was"),
        "{warning}"
    );
    assert!(warning.contains("(1 answer no longer fits)"), "{warning}");
}

#[test]
fn reopening_a_result_that_is_not_there_or_of_another_quiz_says_what_to_do() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::in_folder(dir.path());
    let none = start::reopened_app(content(), Theme::mono(), &[], 1).unwrap_err();
    assert_eq!(message(none), "there are no saved results yet");

    saved(&store, "2025-01-02T03:04:05Z");
    let (mut results, _) = history::list(&store);
    let missing = start::reopened_app(content(), Theme::mono(), &results, 2).unwrap_err();
    assert_eq!(
        message(missing),
        "there is no result 2; `careerfit history` lists 1 to 1"
    );
    results[0].1.quiz = "another-quiz".to_string();
    let other = start::reopened_app(content(), Theme::mono(), &results, 1).unwrap_err();
    assert_eq!(
        message(other),
        "result 1 is from quiz `another-quiz`, but the quiz loaded is `it-career`; add --quiz with that quiz's file"
    );
}

#[test]
fn a_workshop_session_name_becomes_a_safe_file_name_in_the_data_folder() {
    assert_eq!(start::file_safe("tuesday-class_2"), "tuesday-class_2");
    assert_eq!(start::file_safe("../etc/passwd"), "---etc-passwd");
    assert_eq!(start::file_safe("Café 1"), "Caf--1");
    assert_eq!(start::file_safe(""), "session");
    assert_eq!(start::file_safe(&"x".repeat(100)).len(), 60);

    let store = Store::in_folder(Path::new("/home/sam"));
    assert_eq!(
        start::default_results(&store, "tue/wed"),
        Ok(Path::new("/home/sam/data/workshops/tue-wed.jsonl").to_path_buf())
    );
    assert_eq!(
        start::default_results(&Store::nowhere(), "tue").map_err(|e| e.to_string()),
        Err("no data folder is known here; give one with --results FILE".to_string())
    );
}

#[test]
fn a_results_file_is_made_before_the_first_participant_or_refused_saying_why() {
    let dir = tempfile::tempdir().unwrap();
    let results = dir.path().join("new/folder/r.jsonl");
    assert_eq!(start::check_results(&results), Ok(()));
    assert!(results.is_file(), "made, empty, ready to append to");

    let folder = dir.path().join("a-folder");
    fs::create_dir(&folder).unwrap();
    let refused = start::check_results(&folder).unwrap_err().to_string();
    assert!(refused.contains("is not a regular file"), "{refused}");
    assert!(
        refused.ends_with("give a file with --results FILE"),
        "{refused}"
    );

    // Root ignores permissions: a file where the folder should be.
    fs::write(dir.path().join("file"), b"").unwrap();
    let refused = start::check_results(&dir.path().join("file/r.jsonl"))
        .unwrap_err()
        .to_string();
    assert!(
        refused.starts_with("the results file cannot be written (")
            && refused.ends_with("choose another with --results FILE"),
        "{refused}"
    );
}
