//! The workshop kiosk and its results file: three participants in a row,
//! nothing of one visible to the next, only the facilitator's PIN ends it;
//! concurrent appends from two processes never interleave.

mod common;

use std::path::Path;
use std::process::Command;

use careerfit::content::Content;
use careerfit::scoring::score;
use careerfit::store::Store;
use careerfit::tui::app::{App, Exit, Screen};
use careerfit::tui::autosave::Autosave;
use careerfit::tui::kiosk::Kiosk;
use careerfit::tui::theme::Theme;
use careerfit::tui::{Input, Unstoppable};
use careerfit::workshop::record::{self, Record};
use crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};
use ratatui::Terminal;
use ratatui::backend::TestBackend;

use common::cmd::{Run, careerfit_in};
use common::saved::participant_answers;

/// Presses keys through the loop's own step, as the terminal shell does.
struct Kiosked {
    app: App,
    store: Store,
}

impl Kiosked {
    fn new(results: &Path, pin: Option<&str>) -> Kiosked {
        let mut app = App::new(Content::built_in().unwrap(), Theme::mono());
        app.kiosk = Some(Kiosk::new(
            "tuesday".into(),
            results.to_path_buf(),
            true,
            pin.map(String::from),
        ));
        Kiosked {
            app,
            store: Store::nowhere(),
        }
    }

    fn key(&mut self, code: KeyCode, modifiers: KeyModifiers) {
        let mut autosave = Autosave::new(&self.store, &mut self.app);
        let key = Input::Terminal(Event::Key(KeyEvent::new(code, modifiers)));
        step(&mut self.app, &mut autosave, Some(key));
    }

    fn press(&mut self, code: KeyCode) {
        self.key(code, KeyModifiers::NONE);
    }

    fn typed(&mut self, text: &str) {
        for c in text.chars() {
            self.press(KeyCode::Char(c));
        }
    }

    /// One participant: nickname, every question answered `digit`, results.
    fn participant(&mut self, name: &str, digit: char) {
        assert_eq!(self.app.screen(), Screen::Name);
        self.typed(name);
        self.press(KeyCode::Enter);
        self.press(KeyCode::Enter);
        for _ in 0..self.app.content.quiz.questions.len() {
            // A choice question has fewer options than the scale.
            let (_, question) = self.app.question().unwrap();
            let count = question.answer_count() as u32;
            let d = digit.to_digit(10).unwrap().min(count);
            self.press(KeyCode::Char(char::from_digit(d, 10).unwrap()));
        }
        self.press(KeyCode::Enter);
        assert_eq!(self.app.screen(), Screen::Results);
    }

    fn screen_text(&self) -> String {
        let mut terminal = Terminal::new(TestBackend::new(80, 24)).unwrap();
        terminal
            .draw(|f| careerfit::tui::screens::draw(&self.app, f))
            .unwrap();
        let buffer = terminal.backend().buffer();
        buffer.content().iter().map(|c| c.symbol()).collect()
    }
}

/// One turn of the real loop: `None` is its clock running out.
fn step(app: &mut App, autosave: &mut Autosave, input: Option<Input>) {
    let mut terminal = Terminal::new(TestBackend::new(80, 24)).unwrap();
    careerfit::tui::step(app, autosave, &mut terminal, &mut Unstoppable, input).unwrap();
}

#[test]
fn three_participants_three_records_and_only_the_pin_ends_it() {
    let dir = tempfile::tempdir().unwrap();
    let results = dir.path().join("tuesday.jsonl");
    let mut kiosk = Kiosked::new(&results, Some("2468"));

    kiosk.participant("Sam", '1');
    // q, Esc and Ctrl-C on the results do not end the kiosk.
    kiosk.press(KeyCode::Char('q'));
    kiosk.press(KeyCode::Esc);
    kiosk.key(KeyCode::Char('c'), KeyModifiers::CONTROL);
    assert_eq!(kiosk.app.exit, None);
    assert_eq!(kiosk.app.overlay, None);
    assert_eq!(kiosk.app.screen(), Screen::Results);
    assert!(kiosk.screen_text().contains("n done: next person"));
    kiosk.press(KeyCode::Char('n'));

    // Nothing of Sam is left: not on screen, not in memory.
    assert_eq!(kiosk.app.screen(), Screen::Name);
    assert_eq!(kiosk.app.session.answers().answered(), 0);
    assert!(kiosk.app.outcome.is_none());
    let shown = kiosk.screen_text();
    assert!(!shown.contains("Sam"), "{shown}");
    assert!(!shown.contains("Your results"), "{shown}");
    assert!(shown.contains("1 done"), "{shown}");

    kiosk.participant("Alex", '5');
    kiosk.press(KeyCode::Char('n'));
    kiosk.participant("", '3');
    kiosk.press(KeyCode::Char('n'));
    assert!(kiosk.screen_text().contains("3 done"));

    // q on the nickname screen is a letter; Esc asks for the PIN.
    kiosk.press(KeyCode::Esc);
    kiosk.typed("1111");
    kiosk.press(KeyCode::Enter);
    assert_eq!(kiosk.app.exit, None, "a wrong PIN must not end it");
    kiosk.typed("2468");
    kiosk.press(KeyCode::Enter);
    assert_eq!(kiosk.app.exit, Some(Exit::Quit));

    let read = record::read(&results).unwrap();
    assert!(read.warnings.is_empty(), "{:?}", read.warnings);
    let labels: Vec<Option<&str>> = read.records.iter().map(|r| r.label.as_deref()).collect();
    assert_eq!(labels, vec![Some("Sam"), Some("Alex"), None]);
    assert!(
        read.records
            .iter()
            .all(|r| r.session == "tuesday" && r.answered == 32)
    );
}

#[test]
fn giving_up_mid_quiz_hands_over_without_a_record() {
    let dir = tempfile::tempdir().unwrap();
    let results = dir.path().join("r.jsonl");
    let mut kiosk = Kiosked::new(&results, None);
    kiosk.typed("Kim");
    kiosk.press(KeyCode::Enter);
    kiosk.press(KeyCode::Enter);
    kiosk.typed("123");
    kiosk.press(KeyCode::Char('q'));
    kiosk.press(KeyCode::Char('y'));
    assert_eq!(kiosk.app.exit, None);
    assert_eq!(kiosk.app.screen(), Screen::Name);
    assert_eq!(kiosk.app.session.answers().answered(), 0);
    assert!(!results.exists() || record::read(&results).unwrap().records.is_empty());
    // Without a PIN the facilitator ends it with y.
    kiosk.press(KeyCode::Esc);
    kiosk.press(KeyCode::Char('y'));
    assert_eq!(kiosk.app.exit, Some(Exit::Quit));
}

#[test]
fn an_unwritable_results_file_keeps_the_participant_on_screen() {
    let dir = tempfile::tempdir().unwrap();
    // A folder where the file should be: appending fails (even as root).
    let results = dir.path().join("taken");
    std::fs::create_dir(&results).unwrap();
    let mut kiosk = Kiosked::new(&results, None);
    kiosk.participant("Lee", '4');
    kiosk.press(KeyCode::Char('n'));
    assert_eq!(
        kiosk.app.screen(),
        Screen::Results,
        "not cleared: the result is not saved"
    );
    assert!(
        kiosk
            .app
            .warning
            .as_deref()
            .unwrap_or("")
            .contains("could not be saved")
    );
}

fn sample_record(n: usize) -> Record {
    let content = Content::built_in().unwrap();
    let quiz = &content.quiz;
    let answers = participant_answers(quiz, n);
    let outcome = score(quiz, &content.roles, &answers).unwrap();
    // A long label makes each line bigger than a pipe's atomic write size.
    Record::new(
        quiz,
        "race",
        Some(format!("p{n}-{}", "x".repeat(30))),
        &answers,
        &outcome,
    )
}

/// Run as a child process by the concurrency test: appends 200 records.
#[test]
fn appender_child() {
    let Ok(path) = std::env::var("CAREERFIT_APPEND_TO") else {
        return;
    };
    let who: usize = std::env::var("CAREERFIT_APPENDER")
        .unwrap()
        .parse()
        .unwrap();
    for n in 0..200 {
        record::append(Path::new(&path), &[sample_record(who * 1000 + n)]).unwrap();
    }
}

#[test]
fn two_processes_appending_at_once_never_interleave() {
    let dir = tempfile::tempdir().unwrap();
    let results = dir.path().join("shared.jsonl");
    let exe = std::env::current_exe().unwrap();
    let children: Vec<_> = (1..=2)
        .map(|who| {
            Command::new(&exe)
                .args(["--exact", "appender_child", "--test-threads=1"])
                .env("CAREERFIT_APPEND_TO", &results)
                .env("CAREERFIT_APPENDER", who.to_string())
                .spawn()
                .unwrap()
        })
        .collect();
    for mut child in children {
        assert!(child.wait().unwrap().success());
    }
    let read = record::read(&results).unwrap();
    assert!(read.warnings.is_empty(), "{:?}", read.warnings);
    assert_eq!(read.records.len(), 400);
    for who in [1, 2] {
        let mine: Vec<&str> = read
            .records
            .iter()
            .filter_map(|r| r.label.as_deref())
            .filter(|l| l.starts_with(&format!("p{who}")))
            .collect();
        assert_eq!(mine.len(), 200, "every record of process {who} is intact");
    }
}

#[test]
fn a_torn_last_line_is_skipped_and_the_next_append_starts_clean() {
    let dir = tempfile::tempdir().unwrap();
    let results = dir.path().join("torn.jsonl");
    record::append(&results, &[sample_record(1), sample_record(2)]).unwrap();
    // A crash mid-write leaves half a line.
    let mut bytes = std::fs::read(&results).unwrap();
    let line = serde_json::to_vec(&sample_record(3)).unwrap();
    bytes.extend_from_slice(&line[..line.len() / 2]);
    std::fs::write(&results, &bytes).unwrap();

    let read = record::read(&results).unwrap();
    assert_eq!(read.records.len(), 2);
    assert_eq!(read.warnings.len(), 1);
    assert!(
        // Line 4: the names line, the two records, then the torn one.
        read.warnings[0].to_string().contains(":4:")
            && read.warnings[0].to_string().contains("unfinished"),
        "{:?}",
        read.warnings
    );

    record::append(&results, &[sample_record(4)]).unwrap();
    let read = record::read(&results).unwrap();
    assert_eq!(
        read.records.len(),
        3,
        "the new record is not swallowed by the torn line"
    );
}

#[test]
fn empty_files_and_other_versions_are_handled_plainly() {
    let empty = record::parse(b"", "empty.jsonl");
    assert!(empty.records.is_empty() && empty.warnings.is_empty());
    let mut other = serde_json::to_value(sample_record(1)).unwrap();
    other["version"] = serde_json::json!(99);
    let text = format!("{other}\n");
    let read = record::parse(text.as_bytes(), "old.jsonl");
    assert!(read.records.is_empty());
    let warning = read.warnings[0].to_string();
    assert!(warning.contains("old.jsonl:1") && warning.contains("version 99"));
}

// ---- issue 9: the kiosk in plain mode, PINs, the results file's lock ----

use std::process::Stdio;
use std::time::{Duration, Instant};

use careerfit::plain::kiosk::{KioskEnding, PlainKiosk};

/// Runs `careerfit ARGS` with its own home folders, `input` on stdin (a
/// pipe), no colour and 80 columns, and returns what it printed.
fn careerfit_piped(home: &Path, args: &[&str], input: &str) -> Run {
    Run::fed(
        careerfit_in(home, args)
            .env("NO_COLOR", "1")
            .env("COLUMNS", "80"),
        input,
    )
}

/// Every question answered `d` (or its last option, on a choice with
/// fewer), then r for the results, one line each.
fn plain_answers(d: usize) -> String {
    let content = Content::built_in().unwrap();
    let mut lines: String = content
        .quiz
        .questions
        .iter()
        .map(|q| format!("{}\n", d.min(q.answer_count())))
        .collect();
    lines.push_str("r\n");
    lines
}

#[test]
fn a_plain_kiosk_through_a_pipe_records_two_participants_and_the_pin_ends_it() {
    let home = tempfile::tempdir().unwrap();
    let results = home.path().join("class.jsonl");
    let mut input = String::from("Sam\n");
    input.push_str(&plain_answers(1));
    input.push_str("n\n\n");
    input.push_str(&plain_answers(1));
    input.push_str("n\nq\n1111\n2468\n");
    let out = careerfit_piped(
        home.path(),
        &[
            "workshop",
            "--plain",
            "--ask-name",
            "--pin",
            "2468",
            "--session",
            "class",
            "--results",
            results.to_str().unwrap(),
        ],
        &input,
    );
    let stdout = out.stdout.as_str();
    let stderr = out.stderr.as_str();
    assert!(out.code == Some(0), "{stderr}\n{stdout}");
    let read = record::read(&results).unwrap();
    let labels: Vec<Option<&str>> = read.records.iter().map(|r| r.label.as_deref()).collect();
    assert_eq!(labels, vec![Some("Sam"), None], "{stdout}");
    assert!(read.records.iter().all(|r| r.session == "class"));
    // Plain words, no screen codes: "Next person" instead of a cleared screen.
    assert!(!stdout.contains('\x1b'), "an escape code in plain mode");
    assert_eq!(stdout.matches("Next person ===").count(), 2, "{stdout}");
    assert!(stdout.contains("Saved. 1 participant recorded so far."));
    assert!(stdout.contains("Saved. 2 participants recorded so far."));
    assert!(stdout.contains("That PIN is not right."));
    assert!(stdout.contains("Workshop ended: 2 participants recorded"));
    // A participant at the kiosk cannot run careerfit's commands.
    assert!(!stdout.contains("run: careerfit"), "{stdout}");
    // What the kiosk says is wrapped at word boundaries to 80 columns.
    for line in stdout
        .lines()
        .filter(|l| l.starts_with("Next person:") || l.starts_with("Type n when"))
    {
        assert!(careerfit::text::width(line) <= 80, "{line:?}");
    }
}

#[test]
fn accessible_and_dumb_terminals_get_the_plain_kiosk_and_q_y_ends_it() {
    for (var, value) in [("ACCESSIBLE", "1"), ("TERM", "dumb")] {
        let home = tempfile::tempdir().unwrap();
        let results = home.path().join("r.jsonl");
        let mut input = String::from("\n");
        input.push_str(&plain_answers(5));
        input.push_str("n\nq\nn\nq\ny\n");
        let out = Run::fed(
            careerfit_in(
                home.path(),
                &["workshop", "--results", results.to_str().unwrap()],
            )
            .env(var, value),
            &input,
        );
        let stdout = out.stdout.as_str();
        assert!(out.code == Some(0), "{var}: {stdout}");
        assert!(stdout.contains("press Enter to start the quiz"), "{stdout}");
        assert!(stdout.contains("End the workshop? 1 participant recorded."));
        assert_eq!(record::read(&results).unwrap().records.len(), 1);
    }
}

#[test]
fn input_ending_mid_quiz_records_nothing_and_says_so() {
    let home = tempfile::tempdir().unwrap();
    let results = home.path().join("r.jsonl");
    let out = careerfit_piped(
        home.path(),
        &["workshop", "--results", results.to_str().unwrap()],
        "\n1\n2\n",
    );
    assert_eq!(out.code, Some(3));
    assert!(out.stderr.as_str().contains("their answers were not saved"));
    assert!(record::read(&results).unwrap().records.is_empty());
}

#[test]
fn a_pin_that_cannot_be_typed_is_refused_at_start() {
    let home = tempfile::tempdir().unwrap();
    let results = home.path().join("r.jsonl");
    let long = "7".repeat(41);
    for (pin, says) in [
        (long.as_str(), "41 characters"),
        ("", "--pin is empty"),
        ("12\t34", "control character"),
    ] {
        let out = careerfit_piped(
            home.path(),
            &[
                "workshop",
                "--pin",
                pin,
                "--results",
                results.to_str().unwrap(),
            ],
            "",
        );
        let stderr = out.stderr.as_str();
        assert_eq!(out.code, Some(1), "{pin:?}: {stderr}");
        assert!(stderr.contains(says), "{pin:?}: {stderr}");
        assert!(!results.exists(), "nothing is started");
    }
    // 40 characters can be typed: accepted.
    let forty = "7".repeat(40);
    let out = careerfit_piped(
        home.path(),
        &[
            "workshop",
            "--pin",
            &forty,
            "--results",
            results.to_str().unwrap(),
        ],
        &format!("q\n{forty}\n"),
    );
    assert_eq!(out.code, Some(0), "{}", out.stderr);
}

#[test]
fn a_fifo_as_results_is_refused_at_once() {
    let home = tempfile::tempdir().unwrap();
    let fifo = home.path().join("results.fifo");
    let path = std::ffi::CString::new(fifo.to_str().unwrap()).unwrap();
    // SAFETY: mkfifo(3) on a NUL-terminated path in our own temp folder.
    assert_eq!(unsafe { libc::mkfifo(path.as_ptr(), 0o600) }, 0);
    for plain in [false, true] {
        let mut args = vec!["workshop", "--results", fifo.to_str().unwrap()];
        if plain {
            args.push("--plain");
        }
        // With a timeout: opening a FIFO to write would hang forever.
        let mut child = careerfit_in(home.path(), &args)
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        let start = Instant::now();
        while child.try_wait().unwrap().is_none() {
            if start.elapsed() > Duration::from_secs(20) {
                child.kill().unwrap();
                panic!("the kiosk hung on a FIFO as its results file");
            }
            std::thread::sleep(Duration::from_millis(20));
        }
        let out = child.wait_with_output().unwrap();
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(1), "{stderr}");
        assert!(
            stderr.contains("results.fifo")
                && stderr.contains("not a regular file")
                && stderr.contains("named pipe"),
            "{stderr}"
        );
    }
}

/// A clock the tests move by hand.
fn frozen(kiosk: &mut Kiosked) -> Instant {
    let now = Instant::now();
    kiosk.app.kiosk.as_mut().unwrap().fake_now = Some(now);
    now
}

fn advance(kiosk: &mut Kiosked, by: Duration) {
    let k = kiosk.app.kiosk.as_mut().unwrap();
    k.fake_now = Some(k.fake_now.unwrap() + by);
    let mut autosave = Autosave::new(&kiosk.store, &mut kiosk.app);
    step(&mut kiosk.app, &mut autosave, None);
}

#[test]
fn wrong_pins_wait_longer_each_time_and_keys_are_ignored_meanwhile() {
    let dir = tempfile::tempdir().unwrap();
    let mut kiosk = Kiosked::new(&dir.path().join("r.jsonl"), Some("2468"));
    frozen(&mut kiosk);
    kiosk.press(KeyCode::Esc);
    for wrong in ["1", "2"] {
        kiosk.typed(wrong);
        kiosk.press(KeyCode::Enter);
        assert!(kiosk.screen_text().contains("That PIN is not right."));
    }
    kiosk.typed("3");
    kiosk.press(KeyCode::Enter);
    assert!(
        kiosk.screen_text().contains("Wait 1 second before"),
        "{}",
        kiosk.screen_text()
    );
    // The right PIN during the wait is not even looked at.
    kiosk.typed("2468");
    kiosk.press(KeyCode::Enter);
    assert_eq!(kiosk.app.exit, None);
    assert!(kiosk.screen_text().contains("Wait 1 second before"));
    // Each further wrong PIN doubles the wait: 2, 4, 8, 16, then 30 at most.
    for wait in [2, 4, 8, 16, 30, 30] {
        advance(&mut kiosk, Duration::from_secs(32));
        kiosk.typed("0000");
        kiosk.press(KeyCode::Enter);
        let text = kiosk.screen_text();
        assert!(
            text.contains(&format!("Wait {wait} seconds before")),
            "{wait}: {text}"
        );
    }
    // The countdown moves on screen with no key pressed.
    advance(&mut kiosk, Duration::from_secs(20));
    assert!(kiosk.screen_text().contains("Wait 10 seconds before"));
    advance(&mut kiosk, Duration::from_secs(10));
    kiosk.typed("2468");
    kiosk.press(KeyCode::Enter);
    assert_eq!(kiosk.app.exit, Some(Exit::Quit));
}

#[test]
fn the_plain_kiosk_slows_wrong_pins_down_too() {
    let content = Content::built_in().unwrap();
    let dir = tempfile::tempdir().unwrap();
    let mut settings = Kiosk::new(
        "s".into(),
        dir.path().join("r.jsonl"),
        false,
        Some("2468".into()),
    );
    settings.fake_now = Some(Instant::now());
    let input = b"q\n1\n2\n3\n2468\n\n".as_slice();
    let mut out = Vec::new();
    let mut plain = PlainKiosk::new(&content, settings, input, &mut out);
    plain.interactive = false;
    let ending = plain.run().unwrap();
    drop(plain);
    let said = String::from_utf8(out).unwrap();
    assert_eq!(ending, KioskEnding::InputEnded { unfinished: false });
    assert!(said.contains("Wait 1 second before trying again"), "{said}");
    assert!(
        said.contains("Too soon: that PIN was not checked"),
        "{said}"
    );
}

#[test]
fn a_record_waits_for_a_locked_results_file_then_tells_and_n_tries_again() {
    let dir = tempfile::tempdir().unwrap();
    let results = dir.path().join("locked.jsonl");
    std::fs::write(&results, "").unwrap();
    let holder = std::fs::File::open(&results).unwrap();
    holder.lock().unwrap();

    let mut kiosk = Kiosked::new(&results, None);
    frozen(&mut kiosk);
    kiosk.participant("Robin", '2');
    kiosk.press(KeyCode::Char('n'));
    assert!(kiosk.app.recording(), "the record waits for the lock");
    assert!(kiosk.app.wake_in().is_some(), "the loop wakes to try again");
    let text = kiosk.screen_text();
    assert!(text.contains("waiting for the results file"), "{text}");
    assert_eq!(kiosk.app.screen(), Screen::Results);

    advance(&mut kiosk, Duration::from_secs(3));
    assert!(kiosk.app.recording(), "still within the wait");
    advance(&mut kiosk, Duration::from_secs(8));
    assert!(!kiosk.app.recording(), "the wait is bounded");
    let text = kiosk.screen_text();
    assert!(text.contains("not saved yet"), "{text}");
    assert!(text.contains("Press n to try again"), "{text}");
    assert_eq!(kiosk.app.screen(), Screen::Results, "the participant stays");
    assert!(record::read(&results).unwrap().records.is_empty());

    holder.unlock().unwrap();
    kiosk.press(KeyCode::Char('n'));
    assert_eq!(kiosk.app.screen(), Screen::Name);
    let read = record::read(&results).unwrap();
    assert_eq!(read.records.len(), 1);
    assert_eq!(read.records[0].label.as_deref(), Some("Robin"));
}

#[test]
fn a_long_session_name_is_cut_and_the_done_counter_stays_whole() {
    let dir = tempfile::tempdir().unwrap();
    for session in [
        "the-tuesday-evening-class-at-the-public-library-second-floor-room-b".to_string(),
        "火曜日の夕方のクラス".repeat(4),
    ] {
        let mut kiosk = Kiosked::new(&dir.path().join("r.jsonl"), None);
        kiosk.app.kiosk.as_mut().unwrap().session = session.clone();
        for naming in [true, false] {
            kiosk.app.kiosk.as_mut().unwrap().naming = naming;
            let text = kiosk.screen_text();
            let top: String = text.chars().take(80).collect();
            assert!(top.trim_end().ends_with("0 done"), "{top:?}");
            assert!(top.contains("Workshop: ") && top.contains('…'), "{top:?}");
        }
    }
}

#[test]
fn the_plain_kiosk_waits_for_a_locked_results_file_only_so_long_and_says_so() {
    let content = Content::built_in().unwrap();
    let dir = tempfile::tempdir().unwrap();
    let results = dir.path().join("locked.jsonl");
    std::fs::write(&results, "").unwrap();
    let holder = std::fs::File::open(&results).unwrap();
    holder.lock().unwrap();
    let mut settings = Kiosk::new("s".into(), results.clone(), false, None);
    settings.lock_wait = Duration::ZERO;
    let mut input = String::from("\n");
    input.push_str(&plain_answers(3));
    input.push_str("n\n");
    let mut out = Vec::new();
    let mut plain = PlainKiosk::new(&content, settings, input.as_bytes(), &mut out);
    plain.interactive = false;
    let ending = plain.run().unwrap();
    drop(plain);
    let said = String::from_utf8(out).unwrap();
    assert_eq!(ending, KioskEnding::InputEnded { unfinished: true });
    // n, then the end of the input: tried twice, told twice, nothing written.
    assert_eq!(
        said.matches(
            "Your result is not saved yet: another program has kept the results file busy"
        )
        .count(),
        2,
        "{said}"
    );
    assert!(!said.contains("Next person ==="), "nobody is handed over");
    assert_eq!(std::fs::read(&results).unwrap(), b"");
}
