//! "Nothing lost": saved progress, history and reports, tested as a person
//! relies on them. The store is always pointed at a temporary folder (or
//! nowhere), never at the real user's folders.
//!
//! First the store itself (progress, history, atomic writes, damaged
//! files), then the full-screen app driven key by key through the real
//! loop's step (on a test terminal), then property tests feeding arbitrary
//! bytes to every reader.

mod common;

use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};

use careerfit::content::{Answer, AnswerSheet, Content, QuestionKind, Quiz, SavedAnswer};
use careerfit::scoring::Outcome;
use careerfit::session::{Mark, Session, Stage};
use careerfit::store::{self, Store, history, progress};
use careerfit::summary::outcome_text;
use careerfit::tui::app::{App, Overlay, Screen};
use careerfit::tui::autosave::Autosave;
use careerfit::tui::screens::draw;
use careerfit::tui::theme::Theme;
use careerfit::tui::{self, Input, Unstoppable};
use crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};
use proptest::prelude::*;
use ratatui::Terminal;
use ratatui::backend::TestBackend;

use common::saved::{session_after, unfinished};

/// Answers drawn to hands-on work: best fit IT Technician.
const HANDS_ON: &str = "51111514111351125152551311541311";
/// Answers drawn to technical systems: best fit IT Specialist.
const SYSTEMS: &str = "11531112515155141113511151121513";

fn content() -> Content {
    Content::built_in().expect("the built-in content loads")
}

fn quiz() -> Quiz {
    content().quiz
}

/// The progress file of the built-in quiz in a store made by `in_folder`.
fn progress_path(folder: &Path) -> PathBuf {
    folder.join("state").join("progress-it-career.json")
}

/// The names of the files in `folder` (none if it does not exist), sorted.
fn names(folder: &Path) -> Vec<String> {
    let mut names: Vec<String> = fs::read_dir(folder)
        .map(|entries| {
            entries
                .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
                .collect()
        })
        .unwrap_or_default();
    names.sort();
    names
}

/// The files in `folder` kept aside as damaged.
fn aside(folder: &Path) -> Vec<PathBuf> {
    names(folder)
        .into_iter()
        .filter(|n| n.contains(".damaged-"))
        .map(|n| folder.join(n))
        .collect()
}

fn assert_one_line(warning: &str) {
    assert!(!warning.trim().is_empty(), "an empty warning");
    assert!(
        !warning.contains('\n'),
        "a warning is one line, not:\n{warning}"
    );
}

fn damaged(found: progress::Found) -> String {
    match found {
        progress::Found::Damaged(warning) => warning,
        other => panic!("expected a damaged file, found {other:?}"),
    }
}

/// A real progress file's bytes: 5 answers, one skip, at question 7.
fn real_progress_bytes() -> Vec<u8> {
    let quiz = quiz();
    let dir = tempfile::tempdir().unwrap();
    let store = Store::in_folder(dir.path());
    progress::save(&store, &quiz, &session_after(&quiz, "514s11")).unwrap();
    fs::read(progress_path(dir.path())).unwrap()
}

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

// ---------------------------------------------------------------------
// History
// ---------------------------------------------------------------------

/// A finished result from answer digits, as the app would save it.
fn result(digits: &str) -> history::SavedResult {
    let content = content();
    let mut session = session_after(&content.quiz, digits);
    let outcome = session.finish(&content.quiz, &content.roles).unwrap();
    history::SavedResult::new(&content.quiz, &session, &outcome)
}

/// The same outcome as a person reads it: the numbers as shown (a saved
/// float may differ in its last bit), reasons without their strength
/// (which is not saved).
fn assert_same_outcome(read: &Outcome, wanted: &Outcome) {
    let shown = |o: &Outcome| {
        let mut o = o.clone();
        for fit in &mut o.ranking {
            fit.fit = (fit.fit * 1e6).round();
        }
        for d in &mut o.dimensions {
            d.score = d.score.map(|s| (s * 1e6).round());
        }
        for r in &mut o.reasons {
            r.strength = 0.0;
        }
        o
    };
    assert_eq!(shown(read), shown(wanted));
}

fn assert_same_result(read: &history::SavedResult, wanted: &history::SavedResult) {
    assert_eq!(read.version, wanted.version);
    assert_eq!(read.taken_at, wanted.taken_at);
    assert_eq!(read.quiz, wanted.quiz);
    assert_eq!(read.quiz_hash, wanted.quiz_hash);
    assert_eq!(read.answers, wanted.answers);
    assert_same_outcome(&read.outcome, &wanted.outcome);
}

fn best(saved: &history::SavedResult) -> &str {
    &saved.outcome.ranking[0].role
}

#[test]
fn history_lists_results_newest_first() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::in_folder(dir.path());
    for (digits, taken_at) in [
        (HANDS_ON, "2026-01-05T09:00:00Z"),
        (SYSTEMS, "2026-03-05T09:00:00Z"),
        (HANDS_ON, "2026-02-05T09:00:00Z"),
    ] {
        let mut saved = result(digits);
        saved.taken_at = taken_at.to_string();
        let path = history::save(&store, &saved, None).unwrap().unwrap();
        assert!(path.starts_with(dir.path().join("data").join("history")));
    }
    let (results, warnings) = history::list(&store);
    assert!(warnings.is_empty(), "{warnings:?}");
    let taken: Vec<&str> = results.iter().map(|(_, r)| r.taken_at.as_str()).collect();
    assert_eq!(
        taken,
        [
            "2026-03-05T09:00:00Z",
            "2026-02-05T09:00:00Z",
            "2026-01-05T09:00:00Z"
        ]
    );
    assert_eq!(best(&results[0].1), "specialist");
    assert_eq!(best(&results[1].1), "technician");
    // What was saved is what is read back.
    let mut again = result(SYSTEMS);
    again.taken_at = "2026-03-05T09:00:00Z".to_string();
    assert_same_result(&results[0].1, &again);
}

#[test]
fn results_saved_in_the_same_second_still_list_newest_first() {
    // Two retakes within a second get names "-2", "-3", ... beside the
    // first; the last one saved is the newest and must be listed first.
    let dir = tempfile::tempdir().unwrap();
    let store = Store::in_folder(dir.path());
    let mut saved = Vec::new();
    for n in 0..11 {
        let mut r = result(if n % 2 == 0 { HANDS_ON } else { SYSTEMS });
        r.taken_at = "2026-04-01T10:00:00Z".to_string();
        saved.push(history::save(&store, &r, None).unwrap().unwrap());
    }
    assert_eq!(names(&dir.path().join("data/history")).len(), 11);
    let (results, _) = history::list(&store);
    let listed: Vec<PathBuf> = results.into_iter().map(|(p, _)| p).collect();
    let newest_first: Vec<PathBuf> = saved.into_iter().rev().collect();
    assert_eq!(listed, newest_first);
}

#[test]
fn a_damaged_result_is_skipped_with_a_warning_and_kept_aside() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::in_folder(dir.path());
    let mut paths = Vec::new();
    for (n, digits) in [HANDS_ON, SYSTEMS, HANDS_ON].iter().enumerate() {
        let mut r = result(digits);
        r.taken_at = format!("2026-05-0{}T08:00:00Z", n + 1);
        paths.push(history::save(&store, &r, None).unwrap().unwrap());
    }
    let good = fs::read(&paths[1]).unwrap();
    let broken = &good[..good.len() / 2];
    fs::write(&paths[1], broken).unwrap();

    let (results, warnings) = history::list(&store);
    assert_eq!(results.len(), 2, "the other results still list");
    assert_eq!(results[0].0, paths[2]);
    assert_eq!(results[1].0, paths[0]);
    assert_eq!(warnings.len(), 1, "{warnings:?}");
    assert_one_line(&warnings[0]);
    assert!(
        warnings[0].contains(&paths[1].display().to_string()),
        "{}",
        warnings[0]
    );
    assert!(!paths[1].exists());
    let kept = aside(&dir.path().join("data/history"));
    assert_eq!(kept.len(), 1, "{kept:?}");
    assert_eq!(fs::read(&kept[0]).unwrap(), broken);
    assert!(warnings[0].contains(&kept[0].display().to_string()));

    // Listing again: no warning, the same two.
    let (again, warnings) = history::list(&store);
    assert!(warnings.is_empty(), "{warnings:?}");
    assert_eq!(again, results);

    // Other damage: not a result at all, an empty file, a newer version.
    fs::write(dir.path().join("data/history/notes.json"), b"{}").unwrap();
    fs::write(dir.path().join("data/history/empty.json"), b"").unwrap();
    let newer = String::from_utf8(fs::read(&paths[0]).unwrap())
        .unwrap()
        .replace("\"version\": 1", "\"version\": 2");
    fs::write(dir.path().join("data/history/newer.json"), newer).unwrap();
    // Files that are not results are left alone.
    fs::write(dir.path().join("data/history/readme.txt"), b"hello").unwrap();
    let (results, warnings) = history::list(&store);
    assert_eq!(results.len(), 2);
    assert_eq!(warnings.len(), 3, "{warnings:?}");
    assert_eq!(aside(&dir.path().join("data/history")).len(), 4);
    assert!(dir.path().join("data/history/readme.txt").exists());
}

#[test]
fn saving_a_result_again_over_its_file_replaces_it() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::in_folder(dir.path());
    let first = history::save(&store, &result(HANDS_ON), None)
        .unwrap()
        .unwrap();
    let again = history::save(&store, &result(SYSTEMS), Some(&first))
        .unwrap()
        .unwrap();
    assert_eq!(again, first);
    let (results, warnings) = history::list(&store);
    assert!(warnings.is_empty());
    assert_eq!(results.len(), 1);
    assert_eq!(best(&results[0].1), "specialist");
    assert_eq!(names(&dir.path().join("data/history")).len(), 1);
}

// ---------------------------------------------------------------------
// Writes
// ---------------------------------------------------------------------

#[test]
fn write_atomic_replaces_the_content_and_leaves_no_temp_files() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("a/b/file.json");
    store::write_atomic(&path, b"a first, rather long content").unwrap();
    assert_eq!(fs::read(&path).unwrap(), b"a first, rather long content");
    store::write_atomic(&path, b"short").unwrap();
    assert_eq!(fs::read(&path).unwrap(), b"short");
    store::write_atomic(&path, b"").unwrap();
    assert_eq!(fs::read(&path).unwrap(), b"");
    assert_eq!(names(&dir.path().join("a/b")), vec!["file.json"]);

    // A folder that cannot be made: an error, nothing left behind.
    fs::write(dir.path().join("blocker"), b"a file, not a folder").unwrap();
    assert!(store::write_atomic(&dir.path().join("blocker/x.json"), b"x").is_err());
    // The target is a folder: the rename fails, and the temp file goes.
    fs::create_dir(dir.path().join("a/b/taken.json")).unwrap();
    assert!(store::write_atomic(&dir.path().join("a/b/taken.json"), b"x").is_err());
    assert_eq!(
        names(&dir.path().join("a/b")),
        vec!["file.json", "taken.json"]
    );
}

#[test]
fn a_store_that_saves_nowhere_writes_nothing_and_finds_nothing() {
    let store = Store::nowhere();
    assert!(!store.saves());
    let quiz = quiz();
    progress::save(&store, &quiz, &session_after(&quiz, "555")).unwrap();
    assert_eq!(progress::find(&store, &quiz), progress::Found::Nothing);
    progress::clear(&store, &quiz).unwrap();
    assert_eq!(
        history::save(&store, &result(HANDS_ON), None).unwrap(),
        None
    );
    let (results, warnings) = history::list(&store);
    assert!(results.is_empty() && warnings.is_empty());
    assert_eq!(store.history_dir(), None);
    assert_eq!(store.reports_dir(), None);
}

// ---------------------------------------------------------------------
// Things that are not saved files: pipes, devices, huge files
// ---------------------------------------------------------------------

/// A named pipe (FIFO) at `path`, and a helper that feeds it a few bytes
/// if anyone opens it to read: without it, a reader that opens the pipe
/// would wait forever, and this test would hang instead of failing.
struct Pipe {
    done: std::sync::Arc<std::sync::atomic::AtomicBool>,
    feeder: Option<std::thread::JoinHandle<bool>>,
}

impl Pipe {
    fn at(path: &Path) -> Pipe {
        use std::os::unix::fs::OpenOptionsExt;
        fs::create_dir_all(path.parent().unwrap()).unwrap();
        let made = std::process::Command::new("mkfifo")
            .arg(path)
            .status()
            .expect("mkfifo");
        assert!(made.success());
        let done = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(false));
        let stop = std::sync::Arc::clone(&done);
        let path = path.to_path_buf();
        let feeder = std::thread::spawn(move || {
            while !stop.load(std::sync::atomic::Ordering::SeqCst) {
                // Opening a pipe to write without waiting works only once
                // a reader has it open.
                if let Ok(mut pipe) = fs::OpenOptions::new()
                    .write(true)
                    .custom_flags(libc::O_NONBLOCK)
                    .open(&path)
                {
                    use std::io::Write;
                    let _ = pipe.write_all(b"{ not a saved file");
                    return true;
                }
                std::thread::sleep(std::time::Duration::from_millis(2));
            }
            false
        });
        Pipe {
            done,
            feeder: Some(feeder),
        }
    }

    /// Was the pipe ever opened to be read?
    fn was_read(mut self) -> bool {
        self.done.store(true, std::sync::atomic::Ordering::SeqCst);
        self.feeder.take().unwrap().join().unwrap()
    }
}

impl Drop for Pipe {
    fn drop(&mut self) {
        self.done.store(true, std::sync::atomic::Ordering::SeqCst);
    }
}

#[test]
fn a_pipe_as_the_progress_file_is_refused_with_a_warning_and_the_quiz_goes_on() {
    let quiz = quiz();
    let dir = tempfile::tempdir().unwrap();
    let store = Store::in_folder(dir.path());
    let path = progress_path(dir.path());
    let pipe = Pipe::at(&path);

    let warning = damaged(progress::find(&store, &quiz));
    assert!(!pipe.was_read(), "the pipe was opened");
    assert_one_line(&warning);
    assert!(warning.contains("not a regular file"), "{warning}");
    assert!(warning.contains(&path.display().to_string()), "{warning}");
    assert!(warning.contains("starting fresh"), "{warning}");
    // Moved aside (as a pipe, never read), so the quiz can save again.
    let kept = aside(&dir.path().join("state"));
    assert_eq!(kept.len(), 1, "{kept:?}");
    assert!(
        warning.contains(&kept[0].display().to_string()),
        "{warning}"
    );
    let session = session_after(&quiz, "55");
    progress::save(&store, &quiz, &session).unwrap();
    assert_eq!(unfinished(progress::find(&store, &quiz)).session, session);
}

#[test]
fn a_device_as_the_progress_file_is_refused_not_read_forever() {
    let quiz = quiz();
    let dir = tempfile::tempdir().unwrap();
    let store = Store::in_folder(dir.path());
    let path = progress_path(dir.path());
    fs::create_dir_all(path.parent().unwrap()).unwrap();
    std::os::unix::fs::symlink("/dev/zero", &path).unwrap();
    let warning = damaged(progress::find(&store, &quiz));
    assert!(warning.contains("not a regular file"), "{warning}");
    assert!(Path::new("/dev/zero").exists(), "the device is left alone");
}

#[test]
fn a_pipe_in_the_history_folder_is_skipped_with_a_warning() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::in_folder(dir.path());
    let good = history::save(&store, &result(HANDS_ON), None)
        .unwrap()
        .unwrap();
    let path = dir
        .path()
        .join("data/history/20990101T000000Z-000001-it-career.json");
    let pipe = Pipe::at(&path);

    let (results, warnings) = history::list(&store);
    assert!(!pipe.was_read(), "the pipe was opened");
    assert_eq!(results.len(), 1);
    assert_eq!(results[0].0, good);
    assert_eq!(warnings.len(), 1, "{warnings:?}");
    assert_one_line(&warnings[0]);
    assert!(
        warnings[0].contains("not a regular file"),
        "{}",
        warnings[0]
    );
    assert!(
        warnings[0].contains(&path.display().to_string()),
        "{}",
        warnings[0]
    );
    // Listing again: it was moved aside, so no second warning.
    let (_, warnings) = history::list(&store);
    assert!(warnings.is_empty(), "{warnings:?}");
}

/// 17 MiB: more than any saved file careerfit writes could hold.
fn huge() -> Vec<u8> {
    let mut bytes = b"{\"version\": 1, \"padding\": \"".to_vec();
    bytes.resize(17 * 1024 * 1024, b'x');
    bytes
}

#[test]
fn a_huge_progress_file_is_refused_with_a_warning_and_kept() {
    let quiz = quiz();
    let dir = tempfile::tempdir().unwrap();
    let store = Store::in_folder(dir.path());
    let path = progress_path(dir.path());
    fs::create_dir_all(path.parent().unwrap()).unwrap();
    fs::write(&path, huge()).unwrap();

    let warning = damaged(progress::find(&store, &quiz));
    assert_one_line(&warning);
    assert!(warning.contains("too big"), "{warning}");
    assert!(warning.contains("16 MiB"), "{warning}");
    assert!(warning.contains(&path.display().to_string()), "{warning}");
    let kept = aside(&dir.path().join("state"));
    assert_eq!(kept.len(), 1);
    assert_eq!(fs::metadata(&kept[0]).unwrap().len(), 17 * 1024 * 1024);
}

#[test]
fn a_huge_file_in_the_history_folder_is_skipped_with_a_warning_and_kept() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::in_folder(dir.path());
    history::save(&store, &result(HANDS_ON), None).unwrap();
    let path = dir
        .path()
        .join("data/history/20990101T000000Z-000001-it-career.json");
    fs::write(&path, huge()).unwrap();

    let (results, warnings) = history::list(&store);
    assert_eq!(results.len(), 1);
    assert_eq!(warnings.len(), 1, "{warnings:?}");
    assert!(warnings[0].contains("too big"), "{}", warnings[0]);
    assert!(warnings[0].contains("16 MiB"), "{}", warnings[0]);
    let kept = aside(&dir.path().join("data/history"));
    assert_eq!(kept.len(), 1);
    assert_eq!(fs::metadata(&kept[0]).unwrap().len(), 17 * 1024 * 1024);
}

/// The built-in quiz's questions repeated to `n`, each with its own id.
fn huge_quiz(n: usize) -> Quiz {
    let mut quiz = quiz();
    let base = quiz.questions.clone();
    quiz.questions = (0..n)
        .map(|i| {
            let mut q = base[i % base.len()].clone();
            q.id = format!("{}-{i}", q.id);
            q
        })
        .collect();
    quiz
}

#[test]
fn progress_on_a_quiz_of_100000_questions_comes_back_whole() {
    // Before: every saved answer was looked for question by question, and
    // every question in the list of skips: minutes for this quiz.
    let quiz = huge_quiz(100_000);
    let dir = tempfile::tempdir().unwrap();
    let store = Store::in_folder(dir.path());
    let mut session = Session::new(&quiz);
    session.start();
    for n in 0..quiz.questions.len() - 1 {
        if n % 3 == 0 {
            session.skip();
        } else {
            let answer = match quiz.questions[n].kind {
                QuestionKind::Likert { .. } => Answer::Likert(4),
                QuestionKind::Choice { .. } => Answer::Choice(1),
            };
            session.answer(&quiz, answer);
        }
    }
    assert_eq!(session.stage(), Stage::Question(99_999));
    progress::save(&store, &quiz, &session).unwrap();

    let found = unfinished(progress::find(&store, &quiz));
    assert_eq!(found.answered, session.answers().answered());
    assert_eq!(found.dropped, 0);
    assert!(found.session == session, "the resumed session differs");
    assert_eq!(found.session.skipped().len(), 33_333);
}

// ---------------------------------------------------------------------
// The app and its autosave, key by key
// ---------------------------------------------------------------------

/// Presses a key through the loop's own step, as every terminal does.
fn press(app: &mut App, autosave: &mut Autosave, code: KeyCode) {
    let mut terminal = Terminal::new(TestBackend::new(80, 24)).unwrap();
    let key = Input::Terminal(Event::Key(KeyEvent::new(code, KeyModifiers::NONE)));
    tui::step(app, autosave, &mut terminal, &mut Unstoppable, Some(key)).unwrap();
}

fn typed(app: &mut App, autosave: &mut Autosave, keys: &str) {
    for c in keys.chars() {
        press(app, autosave, KeyCode::Char(c));
    }
}

fn new_app() -> App {
    App::new(content(), Theme::mono())
}

fn history_files(dir: &Path) -> Vec<String> {
    names(&dir.join("data/history"))
}

#[test]
fn every_answer_is_on_disk_as_soon_as_it_is_given() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::in_folder(dir.path());
    let mut app = new_app();
    let mut autosave = Autosave::new(&store, &mut app);
    assert!(app.saving);
    let quiz = app.content.quiz.clone();

    press(&mut app, &mut autosave, KeyCode::Enter);
    // Starting writes nothing yet: there is nothing to lose.
    assert!(!progress_path(dir.path()).exists());
    for (i, key) in HANDS_ON.chars().enumerate() {
        press(&mut app, &mut autosave, KeyCode::Char(key));
        let found = unfinished(progress::find(&store, &quiz));
        assert_eq!(found.answered, i + 1);
        assert_eq!(found.session, app.session, "after answer {}", i + 1);
        assert!(autosave.saver.kept.progress);
        assert_eq!(app.warning, None);
    }
    // A skip, and going back, are saved too.
    press(&mut app, &mut autosave, KeyCode::Left);
    assert_eq!(app.screen(), Screen::Question(31));
    assert_eq!(
        unfinished(progress::find(&store, &quiz)).session.stage(),
        Stage::Question(31)
    );
    press(&mut app, &mut autosave, KeyCode::Right);
    assert_eq!(
        unfinished(progress::find(&store, &quiz)).session.stage(),
        Stage::Review
    );
    // No temp files are left beside it.
    assert_eq!(
        names(&dir.path().join("state")),
        vec!["progress-it-career.json"]
    );
}

#[test]
fn results_are_saved_once_updated_in_place_and_a_retake_is_a_new_one() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::in_folder(dir.path());
    let mut app = new_app();
    let mut autosave = Autosave::new(&store, &mut app);

    press(&mut app, &mut autosave, KeyCode::Enter);
    typed(&mut app, &mut autosave, HANDS_ON);
    assert!(progress_path(dir.path()).exists());
    press(&mut app, &mut autosave, KeyCode::Enter);
    assert_eq!(app.screen(), Screen::Results);

    // One result saved, the progress gone: nothing to resume.
    let files = history_files(dir.path());
    assert_eq!(files.len(), 1, "{files:?}");
    assert!(!progress_path(dir.path()).exists());
    assert!(!autosave.saver.kept.progress);
    let first = autosave
        .saver
        .kept
        .result
        .clone()
        .expect("the result is kept");
    assert_eq!(first, dir.path().join("data/history").join(&files[0]));
    let (listed, _) = history::list(&store);
    assert_eq!(best(&listed[0].1), "technician");
    assert_same_outcome(&listed[0].1.outcome, app.outcome.as_ref().unwrap());

    // Moving about the results saves nothing new.
    for key in [
        KeyCode::Down,
        KeyCode::Enter,
        KeyCode::Esc,
        KeyCode::Char('c'),
    ] {
        press(&mut app, &mut autosave, key);
    }
    press(&mut app, &mut autosave, KeyCode::Esc);
    assert_eq!(app.screen(), Screen::Results);
    assert_eq!(history_files(dir.path()), files);

    // Back to the answers, change the first one, see the results again:
    // the same saved result is updated.
    press(&mut app, &mut autosave, KeyCode::Left);
    assert_eq!(app.screen(), Screen::Review);
    press(&mut app, &mut autosave, KeyCode::Down);
    press(&mut app, &mut autosave, KeyCode::Enter);
    assert_eq!(app.screen(), Screen::Question(0));
    press(&mut app, &mut autosave, KeyCode::Char('1'));
    assert_eq!(app.screen(), Screen::Review);
    press(&mut app, &mut autosave, KeyCode::Home);
    press(&mut app, &mut autosave, KeyCode::Enter);
    assert_eq!(app.screen(), Screen::Results);
    assert_eq!(history_files(dir.path()), files, "still one saved result");
    let (listed, _) = history::list(&store);
    assert_eq!(
        listed[0].1.answers["replace-laptop-drive"],
        SavedAnswer::Scale(1),
        "the saved result has the changed answer"
    );
    assert!(!progress_path(dir.path()).exists());
    let updated = fs::read(&first).unwrap();

    // Retake: a new attempt, and a second saved result.
    press(&mut app, &mut autosave, KeyCode::Char('r'));
    assert_eq!(app.overlay, Some(Overlay::ConfirmRetake));
    press(&mut app, &mut autosave, KeyCode::Char('y'));
    assert_eq!(app.screen(), Screen::Welcome);
    assert!(!progress_path(dir.path()).exists());
    press(&mut app, &mut autosave, KeyCode::Enter);
    typed(&mut app, &mut autosave, SYSTEMS);
    press(&mut app, &mut autosave, KeyCode::Enter);
    assert_eq!(app.screen(), Screen::Results);
    let files = history_files(dir.path());
    assert_eq!(files.len(), 2, "{files:?}");
    assert_ne!(autosave.saver.kept.result.as_ref(), Some(&first));
    assert_eq!(fs::read(&first).unwrap(), updated, "the first is untouched");
    let (listed, _) = history::list(&store);
    let bests: Vec<&str> = listed.iter().map(|(_, r)| best(r)).collect();
    let mut sorted = bests.clone();
    sorted.sort();
    assert_eq!(sorted, ["specialist", "technician"]);
}

#[test]
fn p_on_the_results_writes_a_report_and_says_where() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::in_folder(dir.path());
    let mut app = new_app();
    let mut autosave = Autosave::new(&store, &mut app);
    press(&mut app, &mut autosave, KeyCode::Enter);
    typed(&mut app, &mut autosave, HANDS_ON);
    press(&mut app, &mut autosave, KeyCode::Enter);

    press(&mut app, &mut autosave, KeyCode::Char('p'));
    let reports = dir.path().join("data/reports");
    let files = names(&reports);
    assert_eq!(files.len(), 2, "{files:?}");
    let html = files
        .iter()
        .find(|f| f.ends_with(".html"))
        .expect("an HTML report");
    let md = files
        .iter()
        .find(|f| f.ends_with(".md"))
        .expect("a Markdown report");
    let html = reports.join(html);
    let md = reports.join(md);
    let notice = app.notice.clone().expect("a notice");
    assert!(
        notice.contains(&html.display().to_string()),
        "the notice names the report: {notice}"
    );
    assert!(
        notice.contains(&md.display().to_string()),
        "the notice names the Markdown copy too: {notice}"
    );
    assert_eq!(autosave.saver.kept.reports, vec![html.clone(), md.clone()]);
    let page = fs::read_to_string(&html).unwrap();
    assert!(page.contains("IT Technician"), "{page}");
    assert!(!page.contains("<script"), "no scripts in the report");
    assert!(fs::read_to_string(&md).unwrap().contains("IT Technician"));
    // The notice is drawn on the results.
    let screen = screen_text(&app, 200, 24);
    assert!(screen.contains("Report saved"), "{screen}");
    // Still on the results; the report is not a result of its own.
    assert_eq!(app.screen(), Screen::Results);
    assert_eq!(history_files(dir.path()).len(), 1);
}

#[test]
fn with_saving_off_nothing_is_written_and_leaving_asks_first() {
    let store = Store::nowhere();
    let mut app = new_app();
    let mut autosave = Autosave::new(&store, &mut app);
    assert!(!app.saving);

    press(&mut app, &mut autosave, KeyCode::Enter);
    typed(&mut app, &mut autosave, "511");
    assert_eq!(app.screen(), Screen::Question(3));
    assert!(!app.saving);
    assert_eq!(
        app.warning, None,
        "saving off is not a problem to warn about"
    );

    // q would lose three answers: it asks, and n keeps going.
    press(&mut app, &mut autosave, KeyCode::Char('q'));
    assert_eq!(app.overlay, Some(Overlay::ConfirmLeave));
    assert_eq!(app.exit, None);
    assert!(screen_text(&app, 80, 24).contains("Leave the quiz?"));
    press(&mut app, &mut autosave, KeyCode::Char('n'));
    assert_eq!(app.overlay, None);
    assert_eq!(app.screen(), Screen::Question(3));

    typed(&mut app, &mut autosave, &HANDS_ON[3..]);
    press(&mut app, &mut autosave, KeyCode::Enter);
    assert_eq!(app.screen(), Screen::Results);
    press(&mut app, &mut autosave, KeyCode::Char('p'));
    let notice = app.notice.clone().unwrap_or_default();
    assert!(notice.contains("Saving is off"), "{notice}");
    assert_eq!(autosave.saver.kept, Default::default());
}

#[test]
fn a_state_folder_that_cannot_be_written_warns_and_the_quiz_goes_on() {
    let dir = tempfile::tempdir().unwrap();
    // Root ignores permissions, so make the folder impossible instead: a
    // file where the state folder should be.
    fs::write(dir.path().join("state"), b"not a folder").unwrap();
    let store = Store::in_folder(dir.path());
    let mut app = new_app();
    let mut autosave = Autosave::new(&store, &mut app);

    press(&mut app, &mut autosave, KeyCode::Enter);
    press(&mut app, &mut autosave, KeyCode::Char('5'));
    assert_eq!(app.screen(), Screen::Question(1), "the quiz goes on");
    let warning = app.warning.clone().expect("a warning");
    assert!(warning.contains("Progress is not being saved"), "{warning}");
    assert_one_line(&warning);
    assert!(!app.saving);
    assert!(!autosave.saver.kept.progress);
    assert!(screen_text(&app, 200, 24).contains("! Progress is not being saved"));

    typed(&mut app, &mut autosave, "11");
    assert_eq!(app.screen(), Screen::Question(3));
    // Leaving would lose the answers now: q asks.
    press(&mut app, &mut autosave, KeyCode::Char('q'));
    assert_eq!(app.overlay, Some(Overlay::ConfirmLeave));
    press(&mut app, &mut autosave, KeyCode::Esc);
    assert_eq!(app.overlay, None);

    // The results still go to the data folder, which is fine.
    typed(&mut app, &mut autosave, &HANDS_ON[3..]);
    press(&mut app, &mut autosave, KeyCode::Enter);
    assert_eq!(app.screen(), Screen::Results);
    assert_eq!(history_files(dir.path()).len(), 1);
    assert_eq!(fs::read(dir.path().join("state")).unwrap(), b"not a folder");
}

#[test]
fn a_saving_problem_that_goes_away_takes_its_warning_with_it() {
    let dir = tempfile::tempdir().unwrap();
    fs::write(dir.path().join("state"), b"not a folder").unwrap();
    let store = Store::in_folder(dir.path());
    let mut app = new_app();
    let mut autosave = Autosave::new(&store, &mut app);
    press(&mut app, &mut autosave, KeyCode::Enter);
    typed(&mut app, &mut autosave, "55");
    assert!(app.warning.is_some() && !app.saving);

    fs::remove_file(dir.path().join("state")).unwrap();
    press(&mut app, &mut autosave, KeyCode::Char('1'));
    assert_eq!(app.warning, None);
    assert!(app.saving);
    assert_eq!(
        unfinished(progress::find(&store, &app.content.quiz)).answered,
        3,
        "every answer so far is saved once the folder can be written"
    );
}

#[test]
fn an_offer_declined_removes_the_old_progress_and_one_accepted_keeps_it() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::in_folder(dir.path());
    let quiz = quiz();
    progress::save(&store, &quiz, &session_after(&quiz, "51111")).unwrap();

    // Accepted: on at question 6, with the five answers.
    let mut app = new_app();
    app.offer = Some(unfinished(progress::find(&store, &quiz)));
    let mut autosave = Autosave::new(&store, &mut app);
    assert_eq!(app.screen(), Screen::Resume);
    press(&mut app, &mut autosave, KeyCode::Enter);
    assert_eq!(app.screen(), Screen::Question(5));
    assert_eq!(app.session.answers().answered(), 5);
    assert_eq!(unfinished(progress::find(&store, &quiz)).answered, 5);

    // Declined: the welcome screen, and nothing left to resume.
    let mut app = new_app();
    app.offer = Some(unfinished(progress::find(&store, &quiz)));
    let mut autosave = Autosave::new(&store, &mut app);
    press(&mut app, &mut autosave, KeyCode::Char('n'));
    assert_eq!(app.screen(), Screen::Welcome);
    assert!(!progress_path(dir.path()).exists());

    // Left at once from the offer: the progress stays.
    progress::save(&store, &quiz, &session_after(&quiz, "51111")).unwrap();
    let mut app = new_app();
    app.offer = Some(unfinished(progress::find(&store, &quiz)));
    let mut autosave = Autosave::new(&store, &mut app);
    press(&mut app, &mut autosave, KeyCode::Char('q'));
    assert!(app.exit.is_some());
    assert_eq!(unfinished(progress::find(&store, &quiz)).answered, 5);
}

/// `careerfit history N`: the app reopened on a saved result, with the
/// autosave the shell gives it.
fn reopened(store: &Store) -> App {
    let content = content();
    let (results, _) = history::list(store);
    let (file, saved) = results.first().expect("a saved result").clone();
    let (answers, _) = AnswerSheet::from_saved(&saved.answers, &content.quiz);
    let session = Session::resume(&content.quiz, answers, Vec::new(), Stage::Results);
    App::reopened(content, Theme::mono(), session, saved.outcome, file)
}

#[test]
fn looking_at_an_old_result_leaves_an_unfinished_quiz_alone() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::in_folder(dir.path());
    let quiz = quiz();
    history::save(&store, &result(HANDS_ON), None).unwrap();
    // A new attempt, three answers in, is waiting to be resumed.
    let waiting = session_after(&quiz, "111");
    progress::save(&store, &quiz, &waiting).unwrap();

    let mut app = reopened(&store);
    let mut autosave = Autosave::new(&store, &mut app);
    assert_eq!(app.screen(), Screen::Results);
    // Look at the answers of the old result, then at the result again.
    press(&mut app, &mut autosave, KeyCode::Left);
    assert_eq!(app.screen(), Screen::Review);
    press(&mut app, &mut autosave, KeyCode::Enter);
    assert_eq!(app.screen(), Screen::Results);
    press(&mut app, &mut autosave, KeyCode::Char('q'));

    match progress::find(&store, &quiz) {
        progress::Found::Unfinished(found) => assert_eq!(
            found.session, waiting,
            "the unfinished quiz was overwritten by the old result's answers"
        ),
        other => panic!("the unfinished quiz (3 answers) is gone: {other:?}"),
    }
}

#[test]
fn looking_at_an_old_result_again_does_not_save_a_copy() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::in_folder(dir.path());
    history::save(&store, &result(HANDS_ON), None).unwrap();

    let mut app = reopened(&store);
    let mut autosave = Autosave::new(&store, &mut app);
    // Nothing changed: back to the answers and to the result again.
    press(&mut app, &mut autosave, KeyCode::Left);
    press(&mut app, &mut autosave, KeyCode::Enter);
    assert_eq!(app.screen(), Screen::Results);
    let files = history_files(dir.path());
    assert_eq!(files.len(), 1, "the same result is listed twice: {files:?}");
}

/// An old result on disk (taken long ago, so a rewrite would show in its
/// time), its file and its bytes.
fn old_result(store: &Store) -> (PathBuf, Vec<u8>) {
    let mut old = result(HANDS_ON);
    old.taken_at = "2025-01-02T03:04:05Z".to_string();
    let path = history::save(store, &old, None).unwrap().unwrap();
    let bytes = fs::read(&path).unwrap();
    (path, bytes)
}

/// From the results: back to the review, change the first answer to
/// `digit`, and see the results again.
fn change_first_answer(app: &mut App, autosave: &mut Autosave, digit: char) {
    press(app, autosave, KeyCode::Left);
    assert_eq!(app.screen(), Screen::Review);
    press(app, autosave, KeyCode::Home);
    press(app, autosave, KeyCode::Down);
    press(app, autosave, KeyCode::Enter);
    assert_eq!(app.screen(), Screen::Question(0));
    press(app, autosave, KeyCode::Char(digit));
    press(app, autosave, KeyCode::Home);
    press(app, autosave, KeyCode::Enter);
    assert_eq!(app.screen(), Screen::Results);
}

#[test]
fn looking_at_an_old_result_writes_nothing_at_all() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::in_folder(dir.path());
    let (old, bytes) = old_result(&store);

    let mut app = reopened(&store);
    let mut autosave = Autosave::new(&store, &mut app);
    press(&mut app, &mut autosave, KeyCode::Left);
    press(&mut app, &mut autosave, KeyCode::Enter);
    assert_eq!(app.screen(), Screen::Results);
    press(&mut app, &mut autosave, KeyCode::Char('q'));
    assert!(
        fs::read(&old).unwrap() == bytes,
        "the old result was rewritten"
    );
    assert_eq!(history_files(dir.path()).len(), 1);
}

#[test]
fn a_report_of_an_old_result_is_written_once() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::in_folder(dir.path());
    old_result(&store);
    let mut app = reopened(&store);
    let mut autosave = Autosave::new(&store, &mut app);
    press(&mut app, &mut autosave, KeyCode::Char('p'));
    let first = report_pair(dir.path());
    assert_eq!(first.len(), 2);
    // Worked out again from the same answers: the same results.
    press(&mut app, &mut autosave, KeyCode::Left);
    press(&mut app, &mut autosave, KeyCode::Enter);
    assert_eq!(app.screen(), Screen::Results);
    press(&mut app, &mut autosave, KeyCode::Char('p'));
    assert_eq!(report_pair(dir.path()), first, "a second copy was written");
    assert_eq!(autosave.saver.kept.reports, first);
}

#[test]
fn a_changed_old_result_is_saved_as_a_new_one_and_the_old_stays_as_it_was() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::in_folder(dir.path());
    let (old, bytes) = old_result(&store);

    let mut app = reopened(&store);
    let mut autosave = Autosave::new(&store, &mut app);
    change_first_answer(&mut app, &mut autosave, '1');
    assert!(
        fs::read(&old).unwrap() == bytes,
        "the old result was rewritten"
    );
    let files = history_files(dir.path());
    assert_eq!(files.len(), 2, "{files:?}");
    let notice = app.notice.clone().unwrap_or_default();
    assert!(notice.contains("new result"), "{notice}");

    // Newest first: the changed one, then the old one as it was.
    let (listed, _) = history::list(&store);
    assert_eq!(
        listed[0].1.answers["replace-laptop-drive"],
        SavedAnswer::Scale(1)
    );
    assert_ne!(listed[0].1.taken_at, "2025-01-02T03:04:05Z");
    assert_eq!(listed[1].0, old);
    assert_eq!(
        listed[1].1.answers["replace-laptop-drive"],
        SavedAnswer::Scale(5)
    );
    let new = listed[0].0.clone();
    assert_eq!(autosave.saver.kept.result.as_ref(), Some(&new));

    // Changed again: the new result is updated; still two, the old untouched.
    change_first_answer(&mut app, &mut autosave, '2');
    assert_eq!(history_files(dir.path()).len(), 2);
    assert!(
        fs::read(&old).unwrap() == bytes,
        "the old result was rewritten"
    );
    let (listed, _) = history::list(&store);
    assert_eq!(listed[0].0, new);
    assert_eq!(
        listed[0].1.answers["replace-laptop-drive"],
        SavedAnswer::Scale(2)
    );
}

/// A new app on `store`, the quiz answered from `digits`, on the results.
fn on_results<'s>(store: &'s Store, digits: &str) -> (App, Autosave<'s>) {
    let mut app = new_app();
    let mut autosave = Autosave::new(store, &mut app);
    press(&mut app, &mut autosave, KeyCode::Enter);
    typed(&mut app, &mut autosave, digits);
    press(&mut app, &mut autosave, KeyCode::Enter);
    assert_eq!(app.screen(), Screen::Results);
    (app, autosave)
}

/// Every report file in a store made by `in_folder`, sorted.
fn report_pair(dir: &Path) -> Vec<PathBuf> {
    names(&dir.join("data/reports"))
        .into_iter()
        .map(|n| dir.join("data/reports").join(n))
        .collect()
}

#[test]
fn p_twice_on_the_same_result_writes_one_report_and_says_where_it_is() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::in_folder(dir.path());
    let (mut app, mut autosave) = on_results(&store, HANDS_ON);
    press(&mut app, &mut autosave, KeyCode::Char('p'));
    let first = report_pair(dir.path());
    assert_eq!(first.len(), 2);

    press(&mut app, &mut autosave, KeyCode::Char('p'));
    assert_eq!(report_pair(dir.path()), first, "a second copy was written");
    let notice = app.notice.clone().unwrap_or_default();
    assert!(notice.contains("already saved"), "{notice}");
    for file in &first {
        assert!(notice.contains(&file.display().to_string()), "{notice}");
    }

    // Back to the answers and to the same results, unchanged: still one.
    press(&mut app, &mut autosave, KeyCode::Left);
    press(&mut app, &mut autosave, KeyCode::Home);
    press(&mut app, &mut autosave, KeyCode::Enter);
    press(&mut app, &mut autosave, KeyCode::Char('p'));
    assert_eq!(report_pair(dir.path()), first);
    assert_eq!(autosave.saver.kept.reports, first);

    // Changed answers are a new result: p writes its own report.
    change_first_answer(&mut app, &mut autosave, '1');
    press(&mut app, &mut autosave, KeyCode::Char('p'));
    assert_eq!(report_pair(dir.path()).len(), 4);
}

#[test]
fn after_a_retake_the_goodbye_names_only_that_results_reports() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::in_folder(dir.path());
    let (mut app, mut autosave) = on_results(&store, HANDS_ON);
    press(&mut app, &mut autosave, KeyCode::Char('p'));
    let earlier = report_pair(dir.path());

    press(&mut app, &mut autosave, KeyCode::Char('r'));
    press(&mut app, &mut autosave, KeyCode::Char('y'));
    press(&mut app, &mut autosave, KeyCode::Enter);
    typed(&mut app, &mut autosave, SYSTEMS);
    press(&mut app, &mut autosave, KeyCode::Enter);
    press(&mut app, &mut autosave, KeyCode::Char('p'));
    let latest: Vec<PathBuf> = report_pair(dir.path())
        .into_iter()
        .filter(|p| !earlier.contains(p))
        .collect();
    assert_eq!(latest.len(), 2);
    press(&mut app, &mut autosave, KeyCode::Char('q'));

    let outcome = app.outcome.clone().expect("left on the results");
    let goodbye = autosave
        .saver
        .kept
        .goodbye(&app.content.quiz, Some(&outcome));
    assert!(goodbye.contains("IT Specialist"), "{goodbye}");
    // This result's reports follow its summary...
    for file in &latest {
        assert!(
            goodbye.contains(&format!("Report: {}", file.display())),
            "{goodbye}"
        );
    }
    // ...and the earlier result's reports are not passed off as its own.
    let heading = goodbye
        .find("earlier result")
        .unwrap_or_else(|| panic!("no heading for the earlier reports:\n{goodbye}"));
    for file in &earlier {
        let name = file.display().to_string();
        assert!(!goodbye.contains(&format!("Report: {name}")), "{goodbye}");
        let at = goodbye.find(&name).expect("the earlier report is named");
        assert!(at > heading, "{goodbye}");
    }
    let earlier_page = fs::read_to_string(&earlier[0]).unwrap();
    assert!(earlier_page.contains("IT Technician"));
}

// ---------------------------------------------------------------------
// Drawing
// ---------------------------------------------------------------------

fn screen_text(app: &App, width: u16, height: u16) -> String {
    let mut terminal = Terminal::new(TestBackend::new(width, height)).unwrap();
    terminal.draw(|f| draw(app, f)).unwrap();
    let buffer = terminal.backend().buffer();
    let mut out = String::new();
    for y in 0..height {
        for x in 0..width {
            out.push_str(buffer[(x, y)].symbol());
        }
        out.push('\n');
    }
    out
}

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
                prop_assert!(!warning.contains('\n'));
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
        let _ = screen_text(&app, 80, 24);
        let _ = screen_text(&app, 160, 48);
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
    assert_eq!(
        outcome,
        [
            "answered",
            "close_call",
            "dimensions",
            "flat",
            "incomplete",
            "low_interest",
            "quiz",
            "ranking",
            "reasons",
            "total"
        ]
    );
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
