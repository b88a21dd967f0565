//! `careerfit forget` and `careerfit history`, run as the real binary with
//! a home folder of its own. forget removes exactly what it says (saved
//! progress, saved results, reports), never a facilitator's workshop
//! results unless asked with `--workshops`, never follows a link out of
//! its folders, and never says "Removed" while the data is still there.
//! history prints nothing from a file that could steer the terminal.

#![cfg(unix)]

mod common;

use std::fs;
use std::os::unix::fs::symlink;
use std::path::{Path, PathBuf};
use std::process::Output;
use std::time::Duration;

use common::cmd::{data_dir, state_dir, store_of};
use common::pty::{Pty, TIMEOUT};

/// `careerfit ARGS` without a terminal, with `home` as its home, at 200
/// columns.
fn careerfit_in(home: &Path, args: &[&str]) -> Output {
    common::cmd::careerfit_in(home, args)
        .env("NO_COLOR", "1")
        .env("COLUMNS", "200")
        .output()
        .expect("run careerfit")
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

fn write(path: &Path, bytes: &[u8]) {
    fs::create_dir_all(path.parent().unwrap()).unwrap();
    fs::write(path, bytes).unwrap();
}

/// What a person and a facilitator leave on one laptop.
struct Saved {
    progress: PathBuf,
    results: [PathBuf; 2],
    reports: [PathBuf; 2],
    workshops: [PathBuf; 2],
}

fn saved(home: &Path) -> Saved {
    let data = data_dir(home);
    let saved = Saved {
        progress: state_dir(home).join("progress-it-career.json"),
        results: [
            data.join("history/20261125T141003Z-000001-it-career.json"),
            data.join("history/20261126T090000Z-000001-it-career.json"),
        ],
        reports: [
            data.join("reports/20261125T141100Z-000001-careerfit.html"),
            data.join("reports/20261125T141100Z-000001-careerfit.md"),
        ],
        workshops: [
            data.join("workshops/tuesday-class.jsonl"),
            data.join("workshops/wednesday-class.jsonl"),
        ],
    };
    write(&saved.progress, b"{\"progress\": true}");
    for path in saved.results.iter().chain(&saved.reports) {
        write(path, b"mine");
    }
    for path in &saved.workshops {
        write(path, b"{\"the class\": \"thirty people\"}\n");
    }
    saved
}

fn gone(path: &Path) -> bool {
    fs::symlink_metadata(path).is_err()
}

#[test]
fn forget_removes_progress_results_and_reports_but_keeps_workshop_results() {
    let home = tempfile::tempdir().unwrap();
    let saved = saved(home.path());

    let out = careerfit_in(home.path(), &["forget", "--yes"]);
    let stdout = text(&out.stdout);
    assert!(out.status.success(), "{out:?}");

    assert!(gone(&saved.progress));
    for path in saved.results.iter().chain(&saved.reports) {
        assert!(gone(path), "{} is still there", path.display());
    }
    for path in &saved.workshops {
        assert_eq!(
            fs::read(path).unwrap(),
            b"{\"the class\": \"thirty people\"}\n",
            "workshop results were touched: {}",
            path.display()
        );
    }
    // It says what went, with counts and folders, and what stayed.
    assert!(stdout.contains("Removed"), "{stdout}");
    assert!(stdout.contains("saved progress: 1 file"), "{stdout}");
    assert!(stdout.contains("saved results: 2 files"), "{stdout}");
    assert!(stdout.contains("reports: 2 files"), "{stdout}");
    let history = data_dir(home.path()).join("history");
    assert!(stdout.contains(&history.display().to_string()), "{stdout}");
    assert!(stdout.contains("Workshop results are kept"), "{stdout}");
    assert!(stdout.contains("careerfit forget --workshops"), "{stdout}");
    // The emptied folders go; the one still holding workshop results stays.
    assert!(gone(&history));
    assert!(gone(&state_dir(home.path())));
    assert!(data_dir(home.path()).join("workshops").is_dir());

    // Asked again: nothing of the person's is left, and it says so.
    let again = careerfit_in(home.path(), &["forget", "--yes"]);
    assert!(again.status.success(), "{again:?}");
    let stdout = text(&again.stdout);
    assert!(!stdout.contains("Removed"), "{stdout}");
    assert!(
        stdout.contains("No saved progress, results or reports"),
        "{stdout}"
    );
    assert!(stdout.contains("careerfit forget --workshops"), "{stdout}");
}

#[test]
fn forget_workshops_removes_only_workshop_results_and_names_each_file() {
    let home = tempfile::tempdir().unwrap();
    let saved = saved(home.path());

    let out = careerfit_in(home.path(), &["forget", "--workshops", "--yes"]);
    assert!(out.status.success(), "{out:?}");
    let stdout = text(&out.stdout);
    for path in &saved.workshops {
        assert!(gone(path), "{} is still there", path.display());
        assert!(
            stdout.contains(&path.display().to_string()),
            "each removed file is named: {stdout}"
        );
    }
    assert!(stdout.contains("workshop results: 2 files"), "{stdout}");
    // The person's own things stay.
    assert!(saved.progress.exists());
    for path in saved.results.iter().chain(&saved.reports) {
        assert_eq!(fs::read(path).unwrap(), b"mine");
    }
}

#[test]
fn a_link_inside_is_removed_as_a_link_and_its_target_stays() {
    let home = tempfile::tempdir().unwrap();
    let saved = saved(home.path());
    let elsewhere = tempfile::tempdir().unwrap();
    let precious = elsewhere.path().join("precious.txt");
    fs::write(&precious, b"keep me").unwrap();
    let folder = elsewhere.path().join("folder");
    fs::create_dir(&folder).unwrap();
    fs::write(folder.join("inside.txt"), b"keep me too").unwrap();

    let history = data_dir(home.path()).join("history");
    symlink(&precious, history.join("linked.json")).unwrap();
    symlink(&folder, data_dir(home.path()).join("reports/linked-folder")).unwrap();
    symlink(
        &precious,
        state_dir(home.path()).join("progress-other.json"),
    )
    .unwrap();

    let out = careerfit_in(home.path(), &["forget", "--yes"]);
    assert!(out.status.success(), "{out:?}");
    assert!(gone(&history.join("linked.json")));
    assert!(gone(&data_dir(home.path()).join("reports/linked-folder")));
    assert!(gone(&state_dir(home.path()).join("progress-other.json")));
    assert_eq!(fs::read(&precious).unwrap(), b"keep me");
    assert_eq!(fs::read(folder.join("inside.txt")).unwrap(), b"keep me too");
    assert!(gone(&saved.results[0]));
}

#[test]
fn a_data_folder_that_is_a_link_is_refused_and_nothing_is_claimed() {
    let home = tempfile::tempdir().unwrap();
    let elsewhere = tempfile::tempdir().unwrap();
    let real = elsewhere.path().join("careerfit-data");
    let result = real.join("history/20261125T141003Z-000001-it-career.json");
    write(&result, b"my result");
    fs::create_dir_all(home.path().join("data")).unwrap();
    symlink(&real, data_dir(home.path())).unwrap();
    let progress = state_dir(home.path()).join("progress-it-career.json");
    write(&progress, b"my progress");

    let out = careerfit_in(home.path(), &["forget", "--yes"]);
    let stdout = text(&out.stdout);
    let stderr = text(&out.stderr);
    assert!(!out.status.success(), "{out:?}");
    assert!(!stdout.contains("Removed"), "{stdout}");
    assert!(!stderr.contains("Removed"), "{stderr}");
    // It says which link, where it points, and what to do.
    assert!(
        stderr.contains(&data_dir(home.path()).display().to_string()),
        "{stderr}"
    );
    assert!(stderr.contains(&real.display().to_string()), "{stderr}");
    assert!(stderr.contains("link"), "{stderr}");
    assert!(stderr.contains("nothing was removed"), "{stderr}");
    // Nothing went: not the link, not the data, not the progress.
    assert_eq!(fs::read(&result).unwrap(), b"my result");
    assert!(
        fs::symlink_metadata(data_dir(home.path()))
            .unwrap()
            .file_type()
            .is_symlink()
    );
    assert_eq!(fs::read(&progress).unwrap(), b"my progress");
}

#[test]
fn forget_with_no_save_still_tells_the_truth() {
    let home = tempfile::tempdir().unwrap();
    let saved = saved(home.path());

    let out = careerfit_in(home.path(), &["forget", "--yes", "--no-save"]);
    assert!(out.status.success(), "{out:?}");
    let stdout = text(&out.stdout);
    assert!(!stdout.contains("Nothing is saved"), "{stdout}");
    assert!(stdout.contains("saved results: 2 files"), "{stdout}");
    assert!(gone(&saved.results[0]));
    assert!(gone(&saved.progress));
}

#[test]
fn forget_with_nothing_saved_says_so_and_removes_nothing() {
    let home = tempfile::tempdir().unwrap();
    let out = careerfit_in(home.path(), &["forget", "--yes"]);
    assert!(out.status.success(), "{out:?}");
    let stdout = text(&out.stdout);
    assert!(stdout.contains("Nothing is saved"), "{stdout}");
    assert!(!stdout.contains("Removed"), "{stdout}");
}

#[test]
fn without_a_terminal_or_yes_forget_asks_for_yes_and_removes_nothing() {
    let home = tempfile::tempdir().unwrap();
    let saved = saved(home.path());
    let out = careerfit_in(home.path(), &["forget"]);
    assert!(!out.status.success(), "{out:?}");
    assert!(text(&out.stderr).contains("--yes"), "{out:?}");
    assert!(saved.progress.exists());
    assert!(saved.results[0].exists());
}

// ---------------------------------------------------------------------
// The question, asked in a terminal
// ---------------------------------------------------------------------

/// Runs `careerfit forget` in a 200-column pty, waits for its question,
/// answers it, and returns everything it printed and its exit code.
fn forget_answering(home: &Path, args: &[&str], answer: &str) -> (String, u32) {
    let mut all = vec!["forget"];
    all.extend_from_slice(args);
    let mut pty = Pty::start_sized(home, &all, &[], (40, 200));
    pty.wait_for("[y/N]", Duration::from_secs(10));
    pty.send(format!("{answer}\r").as_bytes());
    let (status, _) = pty.wait_exit(TIMEOUT);
    (pty.main_screen_with_scrollback(), status.exit_code())
}

#[test]
fn the_question_says_exactly_what_would_go_and_no_keeps_it_all() {
    let home = tempfile::tempdir().unwrap();
    let saved = saved(home.path());

    let (printed, code) = forget_answering(home.path(), &[], "n");
    assert_eq!(code, 0, "{printed}");
    assert!(printed.contains("saved progress: 1 file"), "{printed}");
    assert!(printed.contains("saved results: 2 files"), "{printed}");
    assert!(printed.contains("reports: 2 files"), "{printed}");
    assert!(printed.contains("Workshop results are kept"), "{printed}");
    assert!(printed.contains("Nothing was removed"), "{printed}");
    assert!(saved.progress.exists());
    assert!(saved.results[1].exists());

    let (printed, code) = forget_answering(home.path(), &[], "y");
    assert_eq!(code, 0, "{printed}");
    assert!(printed.contains("Removed"), "{printed}");
    assert!(gone(&saved.progress));
    assert!(gone(&saved.results[1]));
    assert!(saved.workshops[0].exists());

    let (printed, code) = forget_answering(home.path(), &["--workshops"], "y");
    assert_eq!(code, 0, "{printed}");
    assert!(
        printed.contains(&saved.workshops[1].display().to_string()),
        "the question names each workshop file: {printed}"
    );
    assert!(gone(&saved.workshops[0]));
    assert!(gone(&saved.workshops[1]));
}

// ---------------------------------------------------------------------
// history prints what files hold, made safe
// ---------------------------------------------------------------------

/// Hidden characters a saved file could try to send to a terminal: a
/// clipboard write, a window title, a screen clear, a bidi override, a
/// zero-width space.
const HOSTILE: &str = "\u{1b}]52;c;aGk=\u{7}\u{1b}]0;owned\u{7}\u{1b}[2J\u{202e}\u{200b}";

fn assert_clean(what: &str, bytes: &[u8]) {
    let out = text(bytes);
    assert!(
        !out.contains('\u{1b}'),
        "{what}: an escape byte got out: {out:?}"
    );
    assert!(!out.contains('\u{7}'), "{what}: {out:?}");
    assert!(!out.contains('\u{202e}'), "{what}: {out:?}");
    assert!(!out.contains('\u{200b}'), "{what}: {out:?}");
}

#[test]
fn history_never_prints_hidden_characters_from_a_saved_file() {
    let home = tempfile::tempdir().unwrap();
    // A real result, then made hostile where the file holds words.
    let content = careerfit::content::Content::built_in().unwrap();
    let mut session = careerfit::session::Session::new(&content.quiz);
    session.start();
    while let Some(n) = session.current() {
        let answer = match content.quiz.questions[n].kind {
            careerfit::content::QuestionKind::Likert { .. } => {
                careerfit::content::Answer::Likert(5)
            }
            careerfit::content::QuestionKind::Choice { .. } => {
                careerfit::content::Answer::Choice(0)
            }
        };
        session.answer(&content.quiz, answer);
    }
    let outcome = session.finish(&content.quiz, &content.roles).unwrap();
    let mut saved = careerfit::store::history::SavedResult::new(&content.quiz, &session, &outcome);
    saved.taken_at = format!("2026-01-01T00:00:00Z{HOSTILE}");
    for fit in &mut saved.outcome.ranking {
        fit.title = format!("{}{HOSTILE}", fit.title);
    }
    for reason in &mut saved.outcome.reasons {
        reason.text = format!("{HOSTILE}{}", reason.text);
    }
    let store = store_of(home.path());
    careerfit::store::history::save(&store, &saved, None).unwrap();
    // And a damaged file whose very name is hostile.
    write(
        &data_dir(home.path()).join(format!("history/bad{HOSTILE}.json")),
        b"{ damaged",
    );

    let listed = careerfit_in(home.path(), &["history"]);
    assert!(listed.status.success(), "{listed:?}");
    assert!(text(&listed.stdout).contains("1. "), "{listed:?}");
    assert_clean("history (stdout)", &listed.stdout);
    assert_clean("history (stderr)", &listed.stderr);
    assert!(text(&listed.stderr).contains("warning"), "{listed:?}");

    let shown = careerfit_in(home.path(), &["history", "1"]);
    assert!(shown.status.success(), "{shown:?}");
    assert_clean("history 1 (stdout)", &shown.stdout);
    assert_clean("history 1 (stderr)", &shown.stderr);
}
