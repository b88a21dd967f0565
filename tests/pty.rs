//! End-to-end tests of the real `careerfit` binary in a pseudo-terminal:
//! keystrokes go in through the pty, the output is parsed by a vt100
//! emulator, and the tests read the screen the way a person would. They
//! check the whole quiz, Ctrl-C, SIGTERM and resizing, and that the
//! terminal is always given back: main screen, cursor shown, cooked mode.

#![cfg(unix)]

mod common;

use std::path::{Path, PathBuf};
use std::thread;
use std::time::{Duration, Instant};

use careerfit::content::{Content, QuestionKind};
use careerfit::store::progress;
use common::cmd::{data_dir, state_dir, store_of};
use common::pty::{POLL, Pty, TIMEOUT};

/// The top bar's progress for question `n` (1-based), e.g. " 3 of 32".
fn progress(n: usize, total: usize) -> String {
    format!(" {n} of {total}")
}

/// The keys a hands-on person presses: strongly like whatever is hands-on
/// work, strongly dislike avoiding it, mildly dislike the rest; on a
/// choice, the option that weighs most on hands-on work.
fn hands_on_answers(content: &Content) -> Vec<u8> {
    let hands_on = content
        .quiz
        .dimension_index("hands_on")
        .expect("a hands_on dimension");
    content
        .quiz
        .questions
        .iter()
        .map(|question| match &question.kind {
            QuestionKind::Likert { weights } => match weights[hands_on] {
                w if w > 0.0 => b'5',
                w if w < 0.0 => b'1',
                _ => b'2',
            },
            QuestionKind::Choice { options } => {
                let best = options
                    .iter()
                    .enumerate()
                    .max_by(|a, b| a.1.weights[hands_on].total_cmp(&b.1.weights[hands_on]))
                    .expect("a choice has options")
                    .0;
                b'1' + best as u8
            }
        })
        .collect()
}

/// Once the welcome screen is drawn (in raw mode), Enter, then the first
/// `count` hands-on answers, each sent once the question is on screen;
/// short of the last, waits for the next question too.
fn answer(pty: &mut Pty, content: &Content, count: usize) {
    let total = content.quiz.questions.len();
    let keys = hands_on_answers(content);
    pty.wait_for_welcome();
    pty.send(b"\r");
    for (i, key) in keys.iter().take(count).enumerate() {
        pty.wait_for(&progress(i + 1, total), TIMEOUT);
        pty.send(&[*key]);
    }
    if count < total {
        pty.wait_for(&progress(count + 1, total), TIMEOUT);
    }
}

/// Every question answered the hands-on way, then the results opened:
/// the best fit is IT Technician.
fn answer_all_to_the_results(pty: &mut Pty, content: &Content) {
    answer(pty, content, content.quiz.questions.len());
    pty.wait_for("See my results", TIMEOUT);
    pty.send(b"\r");
    pty.wait_for("Your best fit: IT Technician", TIMEOUT);
}

/// q pressed: careerfit leaves at once (within a second), exits 0 and
/// gives the terminal back; returns what it left on the main screen.
fn quit_at_once(pty: &mut Pty) -> String {
    pty.send(b"q");
    let took = pty.exits_with(0);
    assert!(took < Duration::from_secs(1), "q took {took:?} to exit");
    pty.main_screen_with_scrollback()
}

#[test]
fn a_hands_on_person_gets_it_technician_and_a_clean_exit() {
    let content = Content::built_in().unwrap();
    let total = content.quiz.questions.len();
    assert_eq!(total, 32);
    let mut pty = Pty::start();
    answer_all_to_the_results(&mut pty, &content);

    let printed = quit_at_once(&mut pty);
    assert!(
        printed.contains("Your best fit: IT Technician"),
        "the printed summary:\n{printed}"
    );
    assert!(
        printed.contains("1. IT Technician"),
        "the printed summary:\n{printed}"
    );
    assert!(
        printed.contains("careerfit roles technician"),
        "the printed summary:\n{printed}"
    );
}

/// A quiz with three answers given, stopped by `stop` (`what`) on
/// question 4: careerfit exits by itself (it is not killed), at once, with
/// `code`, and gives the terminal back.
fn stopped_mid_quiz(what: &str, stop: impl FnOnce(&mut Pty), code: u32) {
    let content = Content::built_in().unwrap();
    let mut pty = Pty::start();
    answer(&mut pty, &content, 3);

    stop(&mut pty);
    let took = pty.exits_with(code);
    assert!(
        took < Duration::from_secs(1),
        "{what} took {took:?} to exit"
    );
}

#[test]
fn ctrl_c_mid_quiz_exits_130_and_restores_the_terminal() {
    stopped_mid_quiz("Ctrl-C", |pty| pty.send(&[0x03]), 130);
}

#[test]
fn sigterm_mid_quiz_exits_143_and_restores_the_terminal() {
    stopped_mid_quiz("SIGTERM", |pty| pty.signal(libc::SIGTERM), 128 + 15);
}

#[test]
fn a_too_small_terminal_says_so_and_growing_it_brings_the_question_back() {
    let content = Content::built_in().unwrap();
    let total = content.quiz.questions.len();
    let mut pty = Pty::start();
    answer(&mut pty, &content, 2);
    let third = &content.quiz.questions[2].text;
    let start_of_third: String = third.chars().take(30).collect();
    pty.wait_for(&progress(3, total), TIMEOUT);
    pty.wait_for(&start_of_third, TIMEOUT);

    pty.resize(15, 50);
    pty.wait_for("terminal too small", TIMEOUT);
    pty.wait_for("now 50x15", TIMEOUT);

    pty.resize(24, 80);
    pty.wait_for(&progress(3, total), TIMEOUT);
    pty.wait_for(&start_of_third, TIMEOUT);
    assert!(
        !pty.screen().contains("terminal too small"),
        "{}",
        pty.screen()
    );

    // The state survived the resizes: the next answer moves on to question 4.
    pty.send(b"3");
    pty.wait_for(&progress(4, total), TIMEOUT);

    pty.send(&[0x03]);
    pty.exits_with(130);
}

// ---------------------------------------------------------------------
// Nothing lost: progress, resume, history and --no-save, in a real terminal
// ---------------------------------------------------------------------

fn progress_file(home: &Path) -> PathBuf {
    state_dir(home).join("progress-it-career.json")
}

/// Every file and folder under `folder`, as paths relative to it.
fn everything_under(folder: &Path) -> Vec<PathBuf> {
    let mut found = Vec::new();
    let mut todo = vec![folder.to_path_buf()];
    while let Some(dir) = todo.pop() {
        for entry in std::fs::read_dir(&dir).unwrap() {
            let path = entry.unwrap().path();
            found.push(path.strip_prefix(folder).unwrap().to_path_buf());
            if path.is_dir() {
                todo.push(path);
            }
        }
    }
    found.sort();
    found
}

/// `careerfit ARGS` without a terminal, with `home` as its home.
fn careerfit_in(home: &Path, args: &[&str]) -> std::process::Output {
    common::cmd::careerfit_in(home, args)
        .env("NO_COLOR", "1")
        .output()
        .expect("run careerfit")
}

/// The screen's row holding `text`, or a panic with the screen.
fn row_with(pty: &Pty, text: &str) -> String {
    let screen = pty.screen();
    screen
        .lines()
        .find(|line| line.contains(text))
        .unwrap_or_else(|| panic!("no row holds {text:?}:\n{screen}"))
        .to_string()
}

/// Waits until `path` exists (or not): the child writes after the key.
fn wait_for_file(path: &Path, exists: bool) {
    let start = Instant::now();
    while path.exists() != exists {
        assert!(
            start.elapsed() < TIMEOUT,
            "{} {}",
            path.display(),
            if exists {
                "never appeared"
            } else {
                "is still there"
            }
        );
        thread::sleep(POLL);
    }
}

#[test]
fn a_killed_quiz_is_offered_again_and_resumes_where_it_was() {
    let content = Content::built_in().unwrap();
    let total = content.quiz.questions.len();
    let home = tempfile::tempdir().unwrap();

    let mut pty = Pty::start_in(home.path(), &[]);
    // The screen is drawn after the save, so question 6 on screen (as
    // answer waits for) means the fifth answer is on disk.
    answer(&mut pty, &content, 5);
    pty.signal(libc::SIGKILL);
    let (status, _) = pty.wait_exit(TIMEOUT);
    assert!(!status.success(), "{status}");
    drop(pty);

    let mut pty = Pty::start_in(home.path(), &[]);
    pty.wait_for("Welcome back", TIMEOUT);
    pty.wait_for_words(&format!("5 of {total} questions answered"));
    // The offer lists its keys from the one key table, as its key bar does.
    pty.wait_for_words("Enter pick up where you left off");
    pty.wait_for_words("n start over (the saved answers are removed)");
    pty.send(b"\r");
    pty.wait_for(&progress(6, total), TIMEOUT);
    let sixth: String = content.quiz.questions[5].text.chars().take(30).collect();
    pty.wait_for(&sixth, TIMEOUT);

    // Back one: the fifth answer given before the kill is marked.
    pty.send(b"\x1b[D");
    pty.wait_for(&progress(5, total), TIMEOUT);
    pty.wait_for("✓ your answer", TIMEOUT);
    let fifth_key = hands_on_answers(&content)[4];
    let QuestionKind::Likert { .. } = content.quiz.questions[4].kind else {
        panic!("question 5 is on the scale");
    };
    let label = &content.quiz.scale[usize::from(fifth_key - b'1')];
    let marked = row_with(&pty, "✓ your answer");
    assert!(
        marked.contains(&format!("{}  {label}", fifth_key as char)),
        "the answer marked is not the one given ({label}): {marked}"
    );

    pty.send(b"q");
    pty.exits_with(0);
}

#[test]
fn starting_over_from_the_offer_removes_the_saved_answers() {
    let content = Content::built_in().unwrap();
    let home = tempfile::tempdir().unwrap();
    let mut pty = Pty::start_in(home.path(), &[]);
    answer(&mut pty, &content, 2);
    pty.send(b"q");
    pty.wait_exit(TIMEOUT);
    drop(pty);
    assert!(progress_file(home.path()).is_file());

    let mut pty = Pty::start_in(home.path(), &[]);
    pty.wait_for_words("2 of 32 questions answered");
    pty.send(b"n");
    pty.wait_for_welcome();
    assert!(
        !progress_file(home.path()).exists(),
        "the saved answers are still on disk after starting over"
    );
    pty.send(b"q");
    pty.exits_with(0);
    drop(pty);

    // The next start is a fresh one.
    let mut pty = Pty::start_in(home.path(), &[]);
    pty.wait_for_welcome();
    assert!(!pty.screen().contains("Welcome back"), "{}", pty.screen());
    pty.send(b"q");
    pty.wait_exit(TIMEOUT);
}

/// With the answers not saved, q asks first and y leaves: exit 0, the
/// terminal given back, and no claim that the answers are saved.
fn leave_unsaved(pty: &mut Pty) {
    pty.send(b"q");
    pty.wait_for("Leave the quiz?", TIMEOUT);
    pty.send(b"y");
    pty.exits_with(0);
    let printed = pty.main_screen_with_scrollback();
    assert!(
        !printed.contains("answers are saved"),
        "claims to have saved: {printed}"
    );
}

#[test]
fn no_save_asks_before_leaving_and_leaves_nothing_behind() {
    let content = Content::built_in().unwrap();
    let total = content.quiz.questions.len();
    let home = tempfile::tempdir().unwrap();
    let mut pty = Pty::start_in(home.path(), &["--no-save"]);
    answer(&mut pty, &content, 3);

    // Leaving would lose three answers: q asks first.
    pty.send(b"q");
    pty.wait_for("Leave the quiz?", TIMEOUT);
    pty.wait_for("your answers are lost", TIMEOUT);
    pty.send(b"n");
    pty.wait_for(&progress(4, total), TIMEOUT);
    pty.wait_until("the question to close", |p| {
        !p.screen().contains("Leave the quiz?")
    });
    leave_unsaved(&mut pty);

    assert_eq!(
        everything_under(home.path()),
        Vec::<PathBuf>::new(),
        "--no-save wrote to the home folder"
    );
}

#[test]
fn with_saving_on_q_mid_quiz_leaves_at_once_and_says_the_answers_are_kept() {
    let content = Content::built_in().unwrap();
    let home = tempfile::tempdir().unwrap();
    let mut pty = Pty::start_in(home.path(), &[]);
    answer(&mut pty, &content, 3);

    let printed = quit_at_once(&mut pty);
    assert!(
        printed.contains("Your answers are saved"),
        "the goodbye: {printed}"
    );
    assert!(printed.contains("Run careerfit again"), "{printed}");
    match progress::find(&store_of(home.path()), &content.quiz) {
        progress::Found::Unfinished(found) => assert_eq!(found.answered, 3),
        other => panic!("the answers are not on disk: {other:?}"),
    }
}

#[test]
fn a_state_folder_that_cannot_be_written_is_a_warning_and_the_quiz_goes_on() {
    let content = Content::built_in().unwrap();
    let total = content.quiz.questions.len();
    let home = tempfile::tempdir().unwrap();
    // Root ignores permissions: a file where the state folder should be.
    std::fs::write(home.path().join("state"), b"not a folder").unwrap();
    let mut pty = Pty::start_in(home.path(), &[]);
    answer(&mut pty, &content, 2);
    pty.wait_for("! Progress is not being saved", TIMEOUT);
    // The quiz goes on.
    pty.send(b"1");
    pty.wait_for(&progress(4, total), TIMEOUT);
    assert!(
        pty.screen().contains("! Progress is not being saved"),
        "{}",
        pty.screen()
    );
    // Nothing is saved, so leaving asks first.
    leave_unsaved(&mut pty);
}

#[test]
fn the_warning_about_an_unwritable_folder_says_the_quiz_goes_on_at_80_columns() {
    let content = Content::built_in().unwrap();
    let home = tempfile::tempdir().unwrap();
    std::fs::write(home.path().join("state"), b"not a folder").unwrap();
    let mut pty = Pty::start_in(home.path(), &[]);
    answer(&mut pty, &content, 1);
    pty.wait_for("! Progress is not being saved", TIMEOUT);
    // The whole warning is readable, not cut off at the edge: the person
    // must learn why, and that nothing stops.
    let screen = pty.screen();
    assert!(
        screen.contains("the quiz goes on"),
        "the warning is cut off:\n{screen}"
    );
}

#[test]
fn a_damaged_progress_file_is_a_warning_and_a_fresh_start() {
    let home = tempfile::tempdir().unwrap();
    let path = progress_file(home.path());
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    std::fs::write(&path, b"{\"version\": 1, \"quiz\": \"it-car").unwrap();

    let mut pty = Pty::start_in(home.path(), &[]);
    pty.wait_for_welcome();
    pty.wait_for("! Your saved progress was damaged", TIMEOUT);
    assert!(!pty.screen().contains("Welcome back"));
    assert!(!path.exists());
    let kept: Vec<PathBuf> = everything_under(&state_dir(home.path()))
        .into_iter()
        .filter(|p| p.to_string_lossy().contains(".damaged-"))
        .collect();
    assert_eq!(kept.len(), 1, "{kept:?}");
    assert_eq!(
        std::fs::read(state_dir(home.path()).join(&kept[0])).unwrap(),
        b"{\"version\": 1, \"quiz\": \"it-car"
    );
    // The fresh start works: the first answer is saved.
    pty.send(b"\r");
    pty.wait_for(&progress(1, 32), TIMEOUT);
    pty.send(b"4");
    pty.wait_for(&progress(2, 32), TIMEOUT);
    wait_for_file(&path, true);
    pty.send(b"q");
    pty.wait_exit(TIMEOUT);
}

#[test]
fn a_finished_quiz_is_in_the_history_until_forgotten() {
    let content = Content::built_in().unwrap();
    let home = tempfile::tempdir().unwrap();
    let mut pty = Pty::start_in(home.path(), &[]);
    answer_all_to_the_results(&mut pty, &content);
    pty.send(b"q");
    pty.exits_with(0);
    let printed = pty.main_screen_with_scrollback();
    assert!(printed.contains("Your result is saved"), "{printed}");
    drop(pty);
    assert!(!progress_file(home.path()).exists());

    // Listed, once.
    let listed = careerfit_in(home.path(), &["history"]);
    assert!(listed.status.success(), "{listed:?}");
    let out = String::from_utf8(listed.stdout).unwrap();
    let entries: Vec<&str> = out
        .lines()
        .filter(|l| l.trim_start().starts_with(|c: char| c.is_ascii_digit()))
        .collect();
    assert_eq!(entries.len(), 1, "{out}");
    assert!(entries[0].trim_start().starts_with("1. "), "{out}");
    assert!(entries[0].contains("IT Technician"), "{out}");
    assert!(entries[0].contains("32 of 32 answered"), "{out}");

    // Reopened in the results screen.
    let mut pty = Pty::start_in(home.path(), &["history", "1"]);
    pty.wait_for("Your results", TIMEOUT);
    pty.wait_for("Your best fit: IT Technician", TIMEOUT);
    pty.send(b"q");
    pty.exits_with(0);
    drop(pty);

    // Printed, without a terminal.
    let shown = careerfit_in(home.path(), &["history", "1"]);
    assert!(shown.status.success(), "{shown:?}");
    assert!(
        String::from_utf8(shown.stdout)
            .unwrap()
            .contains("Your best fit: IT Technician")
    );

    // Forgotten: the folders go, and the history is empty.
    let forgot = careerfit_in(home.path(), &["forget", "--yes"]);
    assert!(forgot.status.success(), "{forgot:?}");
    assert!(
        String::from_utf8(forgot.stdout)
            .unwrap()
            .contains("Removed")
    );
    assert!(!state_dir(home.path()).exists());
    assert!(!data_dir(home.path()).exists());
    let listed = careerfit_in(home.path(), &["history"]);
    assert!(listed.status.success(), "{listed:?}");
    let out = String::from_utf8(listed.stdout).unwrap();
    assert!(out.contains("No saved results"), "{out}");
    let missing = careerfit_in(home.path(), &["history", "1"]);
    assert!(!missing.status.success());
    assert!(
        String::from_utf8(missing.stderr)
            .unwrap()
            .contains("no saved results"),
    );
}

// ---------------------------------------------------------------------
// Issue 9: suspending (Ctrl-Z, SIGTSTP) and keys on a too-small screen
// ---------------------------------------------------------------------

/// Is the process stopped (state T in /proc)?
fn is_stopped(pid: libc::pid_t) -> bool {
    std::fs::read_to_string(format!("/proc/{pid}/stat"))
        .ok()
        .and_then(|stat| {
            stat.rsplit_once(')')
                .and_then(|(_, rest)| rest.split_whitespace().next().map(|s| s == "T"))
        })
        .unwrap_or(false)
}

/// Stopped with the terminal given back; continued, the quiz is drawn
/// again in full and the keys work.
fn suspend_and_continue(pty: &mut Pty, stop: impl Fn(&mut Pty), content: &Content) {
    let total = content.quiz.questions.len();
    let third: String = content.quiz.questions[2].text.chars().take(30).collect();
    pty.wait_for(&third, TIMEOUT);

    stop(pty);
    pty.wait_until("careerfit to stop", |p| is_stopped(p.pid()));
    // The process may stop before the reader thread has passed on all it
    // wrote while giving the terminal back: wait for that, then check.
    pty.wait_until("the terminal given back", |p| {
        let parser = p.parser.lock().unwrap();
        let screen = parser.screen();
        !screen.alternate_screen() && !screen.hide_cursor() && p.is_cooked()
    });
    pty.assert_restored();
    // Something else (the shell) writes on the main screen meanwhile.
    pty.parser
        .lock()
        .unwrap()
        .process(b"\x1b[2J\x1b[Hshell prompt $ ");

    pty.signal(libc::SIGCONT);
    pty.wait_until("the quiz on the alternate screen in raw mode", |p| {
        p.parser.lock().unwrap().screen().alternate_screen() && p.is_raw()
    });
    pty.wait_for(&third, TIMEOUT);
    pty.wait_for(&progress(3, total), TIMEOUT);
    pty.wait_for("How much would you like", TIMEOUT);
    assert!(!pty.screen().contains("shell prompt"), "{}", pty.screen());

    pty.send(b"3");
    pty.wait_for(&progress(4, total), TIMEOUT);
    pty.send(&[0x03]);
    pty.exits_with(130);
}

#[test]
fn sigtstp_gives_the_terminal_back_and_sigcont_redraws_the_quiz() {
    let content = Content::built_in().unwrap();
    let mut pty = Pty::start();
    answer(&mut pty, &content, 2);
    suspend_and_continue(&mut pty, |p| p.signal(libc::SIGTSTP), &content);
}

#[test]
fn ctrl_z_gives_the_terminal_back_and_fg_redraws_the_quiz() {
    let content = Content::built_in().unwrap();
    let mut pty = Pty::start();
    answer(&mut pty, &content, 2);
    suspend_and_continue(&mut pty, |p| p.send(&[0x1a]), &content);
}

#[test]
fn keys_pressed_on_the_too_small_screen_answer_nothing() {
    let content = Content::built_in().unwrap();
    let total = content.quiz.questions.len();
    let home = tempfile::tempdir().unwrap();
    // Without saving, q asks before answers are lost.
    let mut pty = Pty::start_in(home.path(), &["--no-save"]);
    answer(&mut pty, &content, 1);

    pty.resize(10, 40);
    pty.wait_for("now 40x10", TIMEOUT);
    pty.send(b"55");
    // q still asks its question; n keeps going.
    pty.send(b"q");
    pty.wait_for("Leave the quiz?", TIMEOUT);
    pty.send(b"n");
    pty.resize(24, 80);
    pty.wait_for(&progress(2, total), TIMEOUT);
    let second: String = content.quiz.questions[1].text.chars().take(30).collect();
    pty.wait_for(&second, TIMEOUT);

    pty.send(&[0x03]);
    pty.exits_with(130);
}
