//! The one saving policy (`careerfit::saving`), driven by what the session
//! reports, below any shell: the full-screen quiz, plain mode and both
//! kiosks hand it the same events, so what is written is decided here
//! once. Every store points at a temporary folder (or nowhere).

mod common;

use std::fs;
use std::path::{Path, PathBuf};
use std::time::Instant;

use careerfit::content::{Answer, AnswerSheet, Content};
use careerfit::plain::{Plain, PlainEnding};
use careerfit::saving::{Recorded, Said, Saver, record_participant};
use careerfit::scoring::Outcome;
use careerfit::session::{Session, Stage};
use careerfit::store::{Store, history, progress};
use careerfit::tui::kiosk::Kiosk;
use careerfit::workshop::record;

use common::saved::{session_after, unfinished};

/// Answers drawn to hands-on work: best fit IT Technician.
const HANDS_ON: &str = "51111514111351125152551311541311";

fn content() -> Content {
    Content::built_in().expect("the built-in content loads")
}

fn progress_file(dir: &Path) -> PathBuf {
    dir.join("state").join("progress-it-career.json")
}

/// Every file under `dir`, sorted, as paths relative to it.
fn files(dir: &Path) -> Vec<String> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(folder) = stack.pop() {
        let Ok(entries) = fs::read_dir(&folder) else {
            continue;
        };
        for entry in entries {
            let path = entry.unwrap().path();
            if path.is_dir() {
                stack.push(path);
            } else {
                out.push(path.strip_prefix(dir).unwrap().display().to_string());
            }
        }
    }
    out.sort();
    out
}

fn history_files(dir: &Path) -> Vec<String> {
    files(dir)
        .into_iter()
        .filter(|f| f.starts_with("data/history/"))
        .collect()
}

/// Finishes the session and hands the events over; the outcome.
fn finish(content: &Content, saver: &mut Saver, session: &mut Session) -> (Outcome, Vec<Said>) {
    let outcome = session.finish(&content.quiz, &content.roles).unwrap();
    let said = saver.after(&content.quiz, session, Some(&outcome));
    (outcome, said)
}

#[test]
fn answers_save_progress_and_nothing_is_written_before_there_is_anything_to_lose() {
    let content = content();
    let quiz = &content.quiz;
    let dir = tempfile::tempdir().unwrap();
    let store = Store::in_folder(dir.path());
    let mut saver = Saver::new(&store);
    assert!(saver.saving());
    let mut session = Session::new(quiz);

    session.start();
    assert_eq!(saver.after(quiz, &mut session, None), []);
    assert!(
        !progress_file(dir.path()).exists(),
        "starting writes nothing"
    );

    session.answer(quiz, Answer::Likert(5));
    session.skip();
    assert_eq!(saver.after(quiz, &mut session, None), [Said::AllWell]);
    assert_eq!(unfinished(progress::find(&store, quiz)).session, session);
    assert!(saver.kept.progress);

    // Going back saves the place too, in every shell.
    session.back();
    saver.after(quiz, &mut session, None);
    let found = unfinished(progress::find(&store, quiz));
    assert_eq!(found.session.stage(), Stage::Question(1));
    assert_eq!(files(dir.path()), ["state/progress-it-career.json"]);
}

#[test]
fn a_result_is_saved_once_updated_when_answers_change_and_a_retake_is_a_new_one() {
    let content = content();
    let quiz = &content.quiz;
    let dir = tempfile::tempdir().unwrap();
    let store = Store::in_folder(dir.path());
    let mut saver = Saver::new(&store);
    let mut session = session_after(quiz, HANDS_ON);
    saver.after(quiz, &mut session, None);
    assert!(progress_file(dir.path()).exists());

    let (_, said) = finish(&content, &mut saver, &mut session);
    assert_eq!(said, []);
    let first = saver.kept.result.clone().expect("the result is kept");
    assert_eq!(history_files(dir.path()).len(), 1);
    assert!(
        !progress_file(dir.path()).exists(),
        "nothing left to resume"
    );
    assert!(!saver.kept.progress);

    // Back to the review (progress again), a changed answer, the results
    // again: the same file, updated.
    session.back();
    session.revisit(0);
    session.answer(quiz, Answer::Likert(1));
    saver.after(quiz, &mut session, None);
    assert!(progress_file(dir.path()).exists());
    finish(&content, &mut saver, &mut session);
    assert_eq!(saver.kept.result.as_ref(), Some(&first));
    assert_eq!(history_files(dir.path()).len(), 1);
    assert!(!progress_file(dir.path()).exists());

    // Seen again with the same answers: the same file, nothing new.
    session.back();
    saver.after(quiz, &mut session, None);
    finish(&content, &mut saver, &mut session);
    assert_eq!(history_files(dir.path()).len(), 1);

    // Started over: the progress goes, and the next result is a new file.
    session.restart(quiz);
    saver.after(quiz, &mut session, None);
    assert_eq!(saver.kept.result, None);
    assert!(!progress_file(dir.path()).exists());
    session.start();
    session.answer(quiz, Answer::Likert(3));
    saver.after(quiz, &mut session, None);
    finish(&content, &mut saver, &mut session);
    assert_eq!(history_files(dir.path()).len(), 2);
    assert_ne!(saver.kept.result.as_ref(), Some(&first));
}

/// An old result on disk, reopened: its file and the session on it.
fn reopened(content: &Content, store: &Store) -> (PathBuf, Session) {
    let mut session = session_after(&content.quiz, HANDS_ON);
    let outcome = session.finish(&content.quiz, &content.roles).unwrap();
    let mut old = history::SavedResult::new(&content.quiz, &session, &outcome);
    old.taken_at = "2025-01-02T03:04:05Z".to_string();
    let file = history::save(store, &old, None).unwrap().unwrap();
    let (answers, _) = AnswerSheet::from_saved(&old.answers, &content.quiz);
    let session = Session::resume(&content.quiz, answers, Vec::new(), Stage::Results);
    (file, session)
}

#[test]
fn an_old_result_seen_again_writes_nothing_and_changed_it_is_a_new_file() {
    let content = content();
    let quiz = &content.quiz;
    let dir = tempfile::tempdir().unwrap();
    let store = Store::in_folder(dir.path());
    let (file, mut session) = reopened(&content, &store);
    // An unfinished quiz is waiting: the old result must not touch it.
    let waiting = session_after(quiz, "111");
    progress::save(&store, quiz, &waiting).unwrap();
    let before = files(dir.path());
    let bytes = fs::read(&file).unwrap();

    let mut saver = Saver::reopened(&store, file.clone(), session.answers().clone());
    assert!(!saver.saving(), "the old result's answers are not progress");
    session.back();
    saver.after(quiz, &mut session, None);
    finish(&content, &mut saver, &mut session);
    assert_eq!(files(dir.path()), before, "looking wrote something");
    assert_eq!(fs::read(&file).unwrap(), bytes);

    session.back();
    session.revisit(0);
    session.answer(quiz, Answer::Likert(1));
    saver.after(quiz, &mut session, None);
    let (_, said) = finish(&content, &mut saver, &mut session);
    assert_eq!(
        said.iter().map(english).collect::<Vec<_>>(),
        [Some(
            "Saved as a new result; the old one stays as it was.".to_string()
        )]
    );
    assert_eq!(
        fs::read(&file).unwrap(),
        bytes,
        "the old result was rewritten"
    );
    assert_eq!(history_files(dir.path()).len(), 2);
    assert_ne!(saver.kept.result.as_ref(), Some(&file));
    assert_eq!(unfinished(progress::find(&store, quiz)).session, waiting);
}

#[test]
fn a_report_is_written_once_per_result_and_never_with_saving_off() {
    let content = content();
    let quiz = &content.quiz;
    let dir = tempfile::tempdir().unwrap();
    let store = Store::in_folder(dir.path());
    let mut saver = Saver::new(&store);
    let mut session = session_after(quiz, HANDS_ON);
    let (outcome, _) = finish(&content, &mut saver, &mut session);

    let Said::Notice(first) = saver.save_report(&content, session.answers(), &outcome) else {
        panic!("a notice");
    };
    let first = first.to_string();
    assert!(first.starts_with("Report saved: "), "{first}");
    assert_eq!(saver.kept.reports.len(), 2);
    let Said::Notice(again) = saver.save_report(&content, session.answers(), &outcome) else {
        panic!("a notice");
    };
    let again = again.to_string();
    assert!(
        again.starts_with("This report is already saved: "),
        "{again}"
    );
    let reports = files(dir.path())
        .into_iter()
        .filter(|f| f.starts_with("data/reports/"))
        .count();
    assert_eq!(reports, 2, "p twice writes once");

    let nowhere = Store::nowhere();
    let mut off = Saver::new(&nowhere);
    assert!(!off.saving());
    let mut session = session_after(quiz, HANDS_ON);
    let (outcome, said) = finish(&content, &mut off, &mut session);
    assert!(
        !said.iter().any(|s| matches!(s, Said::Warning(_))),
        "{said:?}"
    );
    assert!(!off.saving());
    let notice = off.save_report(&content, session.answers(), &outcome);
    assert!(matches!(notice, Said::Notice(_)));
    assert_eq!(
        english(&notice).unwrap(),
        "Saving is off (--no-save), so no report was written."
    );
    assert_eq!(off.kept, Default::default());
}

#[test]
fn a_failed_save_is_a_warning_the_quiz_goes_on_and_it_clears_once_saving_works() {
    let content = content();
    let quiz = &content.quiz;
    let dir = tempfile::tempdir().unwrap();
    // Root ignores permissions: a file where the state folder should be.
    fs::write(dir.path().join("state"), b"not a folder").unwrap();
    let store = Store::in_folder(dir.path());
    let mut saver = Saver::new(&store);
    let mut session = Session::new(quiz);
    session.start();
    session.answer(quiz, Answer::Likert(5));
    let said = saver.after(quiz, &mut session, None);
    let [Said::Warning(warning)] = said.as_slice() else {
        panic!("one warning: {said:?}");
    };
    let warning = warning.to_string();
    assert!(
        warning.starts_with("Progress is not being saved ("),
        "{warning}"
    );
    assert!(warning.ends_with("; the quiz goes on."), "{warning}");
    assert!(!saver.saving());
    assert!(!saver.kept.progress);

    fs::remove_file(dir.path().join("state")).unwrap();
    session.answer(quiz, Answer::Likert(4));
    assert_eq!(saver.after(quiz, &mut session, None), [Said::AllWell]);
    assert!(saver.saving());
    assert_eq!(unfinished(progress::find(&store, quiz)).answered, 2);
}

#[test]
fn plain_mode_saves_through_the_same_policy_going_back_included() {
    let content = content();
    let dir = tempfile::tempdir().unwrap();
    let store = Store::in_folder(dir.path());
    // Two answers, back one question, then the input ends.
    let mut out = Vec::new();
    let mut plain = Plain::new(&content, &store, b"5\n4\nb\n".as_slice(), &mut out);
    plain.interactive = false;
    let ending = plain.run().unwrap();
    drop(plain);
    assert_eq!(ending, PlainEnding::InputEnded { saved: true });
    let found = unfinished(progress::find(&store, &content.quiz));
    assert_eq!(found.answered, 2);
    assert_eq!(
        found.session.stage(),
        Stage::Question(1),
        "the place after b"
    );

    // The same unfinished quiz declined: started over, so it goes.
    let mut out = Vec::new();
    let mut plain = Plain::new(&content, &store, b"n\nq\n".as_slice(), &mut out);
    plain.interactive = true;
    let ending = plain.run().unwrap();
    drop(plain);
    assert_eq!(ending, PlainEnding::Quit { saved: false });
    assert!(!progress_file(dir.path()).exists());
}

#[test]
fn a_kiosk_record_is_appended_or_waits_for_the_lock_only_so_long() {
    let content = content();
    let dir = tempfile::tempdir().unwrap();
    let results = dir.path().join("r.jsonl");
    let mut session = session_after(&content.quiz, HANDS_ON);
    let outcome = session.finish(&content.quiz, &content.roles).unwrap();
    let mut kiosk = Kiosk::new("s".into(), results.clone(), false, None);
    let now = Instant::now();
    kiosk.fake_now = Some(now);

    let saved = record_participant(&content.quiz, &mut kiosk, session.answers(), &outcome);
    assert_eq!(saved, Recorded::Saved);
    assert_eq!(saved.words("Press"), None);
    assert_eq!(record::read(&results).unwrap().records.len(), 1);

    let holder = fs::File::open(&results).unwrap();
    holder.lock().unwrap();
    let waiting = record_participant(&content.quiz, &mut kiosk, session.answers(), &outcome);
    assert_eq!(waiting, Recorded::Waiting);
    assert!(kiosk.recording_since.is_some());
    assert!(waiting.words("Press").unwrap().contains("Please wait"));
    kiosk.fake_now = Some(now + kiosk.lock_wait);
    let busy = record_participant(&content.quiz, &mut kiosk, session.answers(), &outcome);
    assert_eq!(busy, Recorded::Busy(kiosk.lock_wait));
    assert!(kiosk.recording_since.is_none(), "the wait is over");
    assert!(
        busy.words("Press")
            .unwrap()
            .contains("Press n to try again")
    );
    assert!(busy.words("Type").unwrap().contains("Type n to try again"));
    assert_eq!(record::read(&results).unwrap().records.len(), 1);
    holder.unlock().unwrap();

    let full = std::io::Error::from_raw_os_error(28);
    let failed = Recorded::Failed(careerfit::store::plain_error(Path::new("r.jsonl"), &full));
    assert_eq!(
        failed.words("Type").unwrap(),
        "This result could not be saved (r.jsonl: the disk is full). Ask the facilitator; type n to try again."
    );
}

/// What saving said, in English.
fn english(said: &Said) -> Option<String> {
    said.say(&careerfit::lang::Words::english())
}
