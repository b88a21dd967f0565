//! "Nothing lost", saved progress: an unfinished quiz comes back with its
//! answers, skips and place; a damaged file is a warning and is kept
//! aside; a changed quiz keeps the answers that still fit. The store is
//! always pointed at a temporary folder, never at the real user's folders.

mod common;

use std::fs;

use careerfit::content::{Answer, QuestionKind, Quiz};
use careerfit::session::{Mark, Stage};
use careerfit::store::{Store, progress};

use common::saved::*;

// ---------------------------------------------------------------------
// Progress
// ---------------------------------------------------------------------

#[test]
fn saved_progress_comes_back_with_answers_skips_and_position() {
    let quiz = quiz();
    let dir = tempfile::tempdir().unwrap();
    let store = Store::in_folder(dir.path());

    // Answers on the scale and a choice, a skip, then on question 7.
    let session = session_after(&quiz, "51s31");
    assert_eq!(session.stage(), Stage::Question(5));
    assert!(matches!(
        quiz.questions[3].kind,
        QuestionKind::Choice { .. }
    ));
    progress::save(&store, &quiz, &session).unwrap();
    assert!(progress_path(dir.path()).is_file());

    let found = unfinished(progress::find(&store, &quiz));
    assert_eq!(found.session, session);
    assert_eq!(found.session.stage(), Stage::Question(5));
    assert_eq!(found.session.mark(0), Mark::Answered(Answer::Likert(5)));
    assert_eq!(found.session.mark(1), Mark::Answered(Answer::Likert(1)));
    assert_eq!(found.session.mark(2), Mark::Skipped);
    assert_eq!(found.session.mark(3), Mark::Answered(Answer::Choice(2)));
    assert_eq!(found.session.mark(4), Mark::Answered(Answer::Likert(1)));
    assert_eq!(found.session.mark(5), Mark::NotSeen);
    assert_eq!(found.answered, 4);
    assert_eq!(found.dropped, 0);
    assert!(!found.quiz_changed);
    assert!(found.saved_at.ends_with('Z'), "{}", found.saved_at);

    // Finding it does not use it up: it is still there to find again.
    assert_eq!(
        unfinished(progress::find(&store, &quiz)).session,
        found.session
    );

    // Every answer given, on the review.
    let review = session_after(&quiz, HANDS_ON);
    assert_eq!(review.stage(), Stage::Review);
    progress::save(&store, &quiz, &review).unwrap();
    let found = unfinished(progress::find(&store, &quiz));
    assert_eq!(found.session, review);
    assert_eq!(found.answered, 32);

    // Gone back to the welcome screen with answers given.
    let mut welcome = session_after(&quiz, "55");
    for _ in 0..3 {
        welcome.back();
    }
    assert_eq!(welcome.stage(), Stage::Welcome);
    progress::save(&store, &quiz, &welcome).unwrap();
    assert_eq!(unfinished(progress::find(&store, &quiz)).session, welcome);

    // Cleared: nothing to find, and clearing again is fine.
    progress::clear(&store, &quiz).unwrap();
    assert_eq!(progress::find(&store, &quiz), progress::Found::Nothing);
    progress::clear(&store, &quiz).unwrap();
}

#[test]
fn no_progress_file_is_nothing_to_resume() {
    let quiz = quiz();
    let dir = tempfile::tempdir().unwrap();
    let store = Store::in_folder(dir.path());
    assert_eq!(progress::find(&store, &quiz), progress::Found::Nothing);
    // The state folder exists but holds no progress.
    fs::create_dir_all(dir.path().join("state")).unwrap();
    assert_eq!(progress::find(&store, &quiz), progress::Found::Nothing);
    assert_eq!(names(dir.path()), vec!["state"]);
    assert!(names(&dir.path().join("state")).is_empty());
}

/// Writes `bytes` as the progress file, finds it, and checks what a person
/// relies on: a one-line warning, a fresh start, the bytes kept aside.
fn check_damaged(bytes: &[u8], what: &str) {
    let quiz = quiz();
    let dir = tempfile::tempdir().unwrap();
    let store = Store::in_folder(dir.path());
    let path = progress_path(dir.path());
    fs::create_dir_all(path.parent().unwrap()).unwrap();
    fs::write(&path, bytes).unwrap();

    let warning = damaged(progress::find(&store, &quiz));
    assert_one_line(&warning);
    assert!(warning.contains("starting fresh"), "{what}: {warning}");
    assert!(!path.exists(), "{what}: the damaged file is still in place");
    let kept = aside(path.parent().unwrap());
    assert_eq!(kept.len(), 1, "{what}: kept aside: {kept:?}");
    assert!(
        kept[0]
            .file_name()
            .unwrap()
            .to_string_lossy()
            .starts_with("progress-it-career.json.damaged-"),
        "{what}: {kept:?}"
    );
    assert_eq!(
        fs::read(&kept[0]).unwrap(),
        bytes,
        "{what}: the damaged file was not kept as it was"
    );
    assert!(
        warning.contains(&kept[0].display().to_string()),
        "{what}: the warning does not say where the file was kept: {warning}"
    );
    // The next start is a clean one.
    assert_eq!(progress::find(&store, &quiz), progress::Found::Nothing);
    assert_eq!(aside(path.parent().unwrap()), kept);
}

#[test]
fn a_damaged_progress_file_is_a_warning_and_is_kept_aside() {
    let real = String::from_utf8(real_progress_bytes()).unwrap();
    check_damaged(b"{ this is not json", "corrupt JSON");
    check_damaged(b"", "an empty file");
    check_damaged(
        b"\0\0\0\0\0\0\0\0",
        "zeros (a crash mid-write on some file systems)",
    );
    check_damaged(b"null", "JSON null");
    check_damaged(b"[1, 2, 3]", "a JSON array");
    let other_quiz = real.replace("\"quiz\": \"it-career\"", "\"quiz\": \"other-quiz\"");
    assert_ne!(other_quiz, real);
    check_damaged(other_quiz.as_bytes(), "another quiz's progress");
    let newer = real.replace("\"version\": 1", "\"version\": 2");
    assert_ne!(newer, real);
    check_damaged(newer.as_bytes(), "a newer version");
    let bad_answer = real.replace(
        "\"replace-laptop-drive\": 5",
        "\"replace-laptop-drive\": [5]",
    );
    assert_ne!(bad_answer, real);
    check_damaged(bad_answer.as_bytes(), "an answer of the wrong type");
}

#[test]
fn a_truncated_progress_file_is_damaged_wherever_it_was_cut() {
    let real = real_progress_bytes();
    for cut in (0..real.len()).step_by(37) {
        check_damaged(
            &real[..cut],
            &format!("cut at byte {cut} of {}", real.len()),
        );
    }
    // A copy cut after the closing brace only lost its newline, if any:
    // still a whole file.
    let quiz = quiz();
    let dir = tempfile::tempdir().unwrap();
    let store = Store::in_folder(dir.path());
    let whole = real.trim_ascii_end();
    fs::create_dir_all(dir.path().join("state")).unwrap();
    fs::write(progress_path(dir.path()), whole).unwrap();
    assert_eq!(unfinished(progress::find(&store, &quiz)).answered, 5);
}

#[test]
fn two_damaged_progress_files_in_a_row_are_both_kept() {
    // "Never deleted": a second damaged file must not be renamed over the
    // first one kept aside, even within the same second.
    let quiz = quiz();
    let dir = tempfile::tempdir().unwrap();
    let store = Store::in_folder(dir.path());
    let path = progress_path(dir.path());
    fs::create_dir_all(path.parent().unwrap()).unwrap();

    fs::write(&path, b"first damaged copy").unwrap();
    damaged(progress::find(&store, &quiz));
    fs::write(&path, b"second damaged copy").unwrap();
    damaged(progress::find(&store, &quiz));

    let kept: Vec<Vec<u8>> = aside(path.parent().unwrap())
        .iter()
        .map(|p| fs::read(p).unwrap())
        .collect();
    assert!(
        kept.contains(&b"first damaged copy".to_vec())
            && kept.contains(&b"second damaged copy".to_vec()),
        "both damaged files should be kept aside; kept: {:?}",
        kept.iter()
            .map(|b| String::from_utf8_lossy(b).into_owned())
            .collect::<Vec<_>>()
    );
}

/// The built-in quiz file with question `plan-it-budget` removed and the
/// option `open-it-up` renamed.
fn changed_quiz() -> Quiz {
    let text = fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/quizzes/it-career.toml"
    ))
    .unwrap();
    let start = text
        .find("[[question]]\nid = \"plan-it-budget\"")
        .expect("the quiz has plan-it-budget");
    let end = start + 1 + text[start + 1..].find("[[question]]").unwrap();
    let mut changed = format!("{}{}", &text[..start], &text[end..]);
    assert!(changed.contains("id = \"open-it-up\""));
    changed = changed.replace("id = \"open-it-up\"", "id = \"open-one-up\"");
    let quiz = Quiz::from_toml("it-career-changed.toml", &changed)
        .unwrap_or_else(|problems| panic!("the changed quiz is valid: {problems:?}"));
    assert_eq!(quiz.id, "it-career");
    assert_eq!(quiz.questions.len(), 31);
    quiz
}

#[test]
fn a_changed_quiz_keeps_the_answers_that_still_fit() {
    let old = quiz();
    let new = changed_quiz();
    assert_ne!(old.fingerprint(), new.fingerprint());
    let dir = tempfile::tempdir().unwrap();
    let store = Store::in_folder(dir.path());

    // Question 4 picks "open-it-up" (renamed), question 5 is
    // plan-it-budget (removed); question 8 is skipped; now on question 10.
    let session = session_after(&old, "5141413s1");
    assert_eq!(old.questions[3].id, "printers-keep-failing");
    assert_eq!(old.questions[4].id, "plan-it-budget");
    assert_eq!(session.answers().answered(), 8);
    assert_eq!(session.stage(), Stage::Question(9));
    progress::save(&store, &old, &session).unwrap();

    let found = unfinished(progress::find(&store, &new));
    assert!(found.quiz_changed, "the change was not noticed");
    assert_eq!(found.dropped, 2, "one removed question, one renamed option");
    assert_eq!(found.answered, 6);
    // Every surviving answer is on its question, found by id.
    for (n, question) in old.questions.iter().enumerate() {
        let Some(m) = new.question_index(&question.id) else {
            continue;
        };
        let expected = match session.mark(n) {
            Mark::Answered(Answer::Choice(_)) if question.id == "printers-keep-failing" => {
                Mark::NotSeen
            }
            mark => mark,
        };
        assert_eq!(found.session.mark(m), expected, "question {}", question.id);
    }
    // The person is back on the same question (now one place earlier).
    let at = new.question_index(&old.questions[9].id).unwrap();
    assert_eq!(at, 8);
    assert_eq!(found.session.stage(), Stage::Question(at));

    // Saved while on the question that is now gone: carry on at the first
    // question without an answer.
    let on_removed = session_after(&old, "5141");
    assert_eq!(on_removed.stage(), Stage::Question(4));
    progress::save(&store, &old, &on_removed).unwrap();
    let found = unfinished(progress::find(&store, &new));
    assert_eq!(found.dropped, 1);
    assert_eq!(found.session.stage(), Stage::Question(3));
    assert_eq!(new.questions[3].id, "printers-keep-failing");
}
