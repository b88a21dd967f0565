//! "Nothing lost" when what is on disk is not a saved file: a pipe, a
//! device or a huge file where progress or a result should be is refused
//! with a warning and the quiz goes on; a very long quiz's progress comes
//! back whole. The store is always pointed at a temporary folder.

mod common;

use std::fs;
use std::path::Path;

use careerfit::content::{Answer, QuestionKind, Quiz};
use careerfit::session::{Session, Stage};
use careerfit::store::{Store, history, progress};

use common::saved::*;

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
    let warnings: Vec<String> = warnings.iter().map(ToString::to_string).collect();
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
    let warnings: Vec<String> = warnings.iter().map(ToString::to_string).collect();
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
