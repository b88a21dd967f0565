//! The full-screen loop itself, driven as any terminal drives it: a
//! `TestBackend` to draw on and a channel of inputs (keys, resizes,
//! signals, a stop and continue). Nothing here touches this process's
//! terminal, signals or environment, which is what lets a kiosk or a
//! remote seat run the same loop.

mod common;

use std::path::Path;
use std::sync::mpsc::{self, Sender};

use careerfit::store::{Store, progress};
use careerfit::tui::app::App;
use careerfit::tui::kiosk::Kiosk;
use careerfit::tui::theme::Theme;
use careerfit::tui::{self, Ended, Ending, Host, Input, Unstoppable};
use crossterm::event::{Event, KeyCode, KeyEvent};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::style::Color;

use common::keys;
use common::saved::{HANDS_ON, content};
use common::screen::terminal_text;

fn app(theme: Theme) -> App {
    App::new(content(), theme)
}

/// Sends `event` on the channel, as a terminal reports a key.
fn send(tx: &Sender<Input>, event: KeyEvent) {
    tx.send(Input::Terminal(Event::Key(event))).unwrap();
}

fn key(tx: &Sender<Input>, code: KeyCode) {
    send(tx, keys::key(code));
}

fn ctrl(tx: &Sender<Input>, c: char) {
    send(tx, keys::ctrl(c));
}

fn typed(tx: &Sender<Input>, text: &str) {
    for event in keys::chars(text) {
        send(tx, event);
    }
}

/// Runs the loop over `inputs` already sent on a fresh channel (the
/// sender is dropped, so inputs running out is the terminal closing).
fn run_with(
    app: App,
    terminal: &mut Terminal<TestBackend>,
    store: &Store,
    host: &mut impl Host,
    send: impl FnOnce(&Sender<Input>),
) -> anyhow::Result<Ended> {
    let (tx, rx) = mpsc::channel();
    send(&tx);
    drop(tx);
    tui::run(app, terminal, &rx, store, host)
}

fn progress_exists(folder: &Path) -> bool {
    folder.join("state/progress-it-career.json").exists()
}

#[test]
fn a_whole_quiz_runs_on_a_test_terminal_and_the_goodbye_is_returned() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::in_folder(dir.path());
    let mut terminal = Terminal::new(TestBackend::new(100, 30)).unwrap();
    let ended = run_with(
        app(Theme::mono()),
        &mut terminal,
        &store,
        &mut Unstoppable,
        |tx| {
            key(tx, KeyCode::Enter);
            typed(tx, HANDS_ON);
            key(tx, KeyCode::Enter);
            typed(tx, "q");
        },
    )
    .unwrap();

    let Ending::Left(Some(outcome)) = &ended.ending else {
        panic!("left on the results: {:?}", ended.ending);
    };
    assert_eq!(outcome.ranking[0].role, "technician");
    // The last frame drawn is the results, on the terminal given.
    let text = terminal_text(&terminal);
    assert!(text.contains("IT Technician"), "{text}");
    // The goodbye is handed back, not printed: the summary and what was kept.
    assert!(ended.goodbye.contains("IT Technician"), "{}", ended.goodbye);
    assert!(
        ended
            .goodbye
            .contains("Your result is saved: careerfit history lists your results."),
        "{}",
        ended.goodbye
    );
    assert!(ended.kept.result.is_some(), "the result was saved");
    assert!(!progress_exists(dir.path()), "nothing left to resume");
}

#[test]
fn a_signal_ends_the_run_with_the_answers_kept() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::in_folder(dir.path());
    let mut terminal = Terminal::new(TestBackend::new(80, 24)).unwrap();
    let ended = run_with(
        app(Theme::mono()),
        &mut terminal,
        &store,
        &mut Unstoppable,
        |tx| {
            key(tx, KeyCode::Enter);
            typed(tx, "534");
            tx.send(Input::Signal(15)).unwrap();
            // Nothing after the signal is read.
            typed(tx, "q");
        },
    )
    .unwrap();
    assert!(matches!(ended.ending, Ending::Signalled(15)), "{ended:?}");
    assert!(ended.kept.progress);
    assert_eq!(
        ended.goodbye,
        "Your answers are saved. Run careerfit again to pick up where you left off.\n"
    );
    let quiz = content().quiz;
    let progress::Found::Unfinished(found) = progress::find(&store, &quiz) else {
        panic!("the answers are on disk");
    };
    assert_eq!(found.answered, 3);
}

#[test]
fn ctrl_c_is_an_interruption_and_leaving_before_the_results_says_so() {
    let mut terminal = Terminal::new(TestBackend::new(80, 24)).unwrap();
    let ended = run_with(
        app(Theme::mono()),
        &mut terminal,
        &Store::nowhere(),
        &mut Unstoppable,
        |tx| ctrl(tx, 'c'),
    )
    .unwrap();
    assert!(
        matches!(ended.ending, Ending::Interrupted(None)),
        "{ended:?}"
    );
    assert_eq!(
        ended.goodbye,
        "You left before the results. Run careerfit again any time.\n"
    );
}

#[test]
fn inputs_that_stop_or_a_closed_terminal_are_errors_not_hangs() {
    let mut terminal = Terminal::new(TestBackend::new(80, 24)).unwrap();
    let stopped = run_with(
        app(Theme::mono()),
        &mut terminal,
        &Store::nowhere(),
        &mut Unstoppable,
        |tx| key(tx, KeyCode::Enter),
    )
    .unwrap_err();
    assert_eq!(stopped.to_string(), "the terminal input stopped");

    let closed = run_with(
        app(Theme::mono()),
        &mut terminal,
        &Store::nowhere(),
        &mut Unstoppable,
        |tx| tx.send(Input::Closed("end of file".into())).unwrap(),
    )
    .unwrap_err();
    assert_eq!(
        closed.to_string(),
        "the terminal stopped sending keys: end of file"
    );
}

#[test]
fn a_resize_is_drawn_at_the_new_size_and_too_small_says_so() {
    let mut terminal = Terminal::new(TestBackend::new(100, 30)).unwrap();
    let (tx, rx) = mpsc::channel();
    key(&tx, KeyCode::Enter);
    // The terminal shrinks, then says so, as crossterm does.
    terminal.backend_mut().resize(40, 12);
    tx.send(Input::Terminal(Event::Resize(40, 12))).unwrap();
    typed(&tx, "q");
    drop(tx);
    let mut app = app(Theme::mono());
    app.resize(100, 30);
    let ended = tui::run(app, &mut terminal, &rx, &Store::nowhere(), &mut Unstoppable);
    assert!(matches!(
        ended,
        Ok(Ended {
            ending: Ending::Left(None),
            ..
        })
    ));
    let text = terminal_text(&terminal);
    assert_eq!(text.lines().count(), 12);
    assert!(text.lines().all(|l| l.chars().count() == 40), "{text}");
    assert!(text.contains("terminal too small: need 60x20"), "{text}");
    assert!(text.contains("now 40x12"), "{text}");
}

/// A host that counts what it was asked to do.
#[derive(Default)]
struct Counting {
    suspended: u32,
    resumed: u32,
}

impl Host for Counting {
    fn suspend(&mut self) -> std::io::Result<bool> {
        self.suspended += 1;
        Ok(true)
    }
    fn resume(&mut self) -> std::io::Result<()> {
        self.resumed += 1;
        Ok(())
    }
}

#[test]
fn ctrl_z_and_continuing_go_to_the_host_and_the_quiz_goes_on() {
    let mut terminal = Terminal::new(TestBackend::new(100, 30)).unwrap();
    let mut host = Counting::default();
    let ended = run_with(
        app(Theme::mono()),
        &mut terminal,
        &Store::nowhere(),
        &mut host,
        |tx| {
            key(tx, KeyCode::Enter);
            ctrl(tx, 'z');
            tx.send(Input::Continued).unwrap();
            typed(tx, "5");
            ctrl(tx, 'c');
        },
    )
    .unwrap();
    assert_eq!((host.suspended, host.resumed), (1, 1));
    // The quiz went on after the stop: the answer was taken.
    assert!(
        matches!(ended.ending, Ending::Interrupted(None)),
        "{ended:?}"
    );
    let text = terminal_text(&terminal);
    assert!(text.contains("2 of 32"), "{text}");
}

#[test]
fn a_kiosk_is_never_suspended() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = app(Theme::mono());
    app.kiosk = Some(Kiosk::new(
        "tuesday".into(),
        dir.path().join("r.jsonl"),
        false,
        None,
    ));
    let mut terminal = Terminal::new(TestBackend::new(100, 30)).unwrap();
    let mut host = Counting::default();
    let ended = run_with(app, &mut terminal, &Store::nowhere(), &mut host, |tx| {
        ctrl(tx, 'z');
        tx.send(Input::Signal(1)).unwrap();
    })
    .unwrap();
    assert_eq!(host.suspended, 0);
    assert!(matches!(ended.ending, Ending::Signalled(1)));
}

#[test]
fn the_theme_given_is_the_theme_drawn() {
    let coloured = |theme: Theme| {
        let mut terminal = Terminal::new(TestBackend::new(80, 24)).unwrap();
        let _ = run_with(
            app(theme),
            &mut terminal,
            &Store::nowhere(),
            &mut Unstoppable,
            |tx| ctrl(tx, 'c'),
        );
        let buffer = terminal.backend().buffer();
        buffer
            .content()
            .iter()
            .any(|cell| cell.fg != Color::Reset || cell.bg != Color::Reset)
    };
    assert!(!coloured(Theme::mono()), "a mono theme draws no colour");
    assert!(coloured(Theme::chosen(false, None)), "a colour theme does");
}

#[test]
fn a_kiosk_and_the_watching_dashboard_run_on_test_terminals() {
    let dir = tempfile::tempdir().unwrap();
    let results = dir.path().join("tuesday.jsonl");
    // The dashboard opens before anyone has finished: it waits for the file.
    let (dashboard, mut source, mut warnings) =
        careerfit::dashboard::open(std::slice::from_ref(&results), true, false, Theme::mono())
            .unwrap();

    // One participant at the kiosk, through the same loop as the quiz.
    let mut app = app(Theme::mono());
    app.kiosk = Some(Kiosk::new("tuesday".into(), results.clone(), true, None));
    let questions = app.content.quiz.questions.len();
    let mut kiosk_screen = Terminal::new(TestBackend::new(100, 30)).unwrap();
    let ended = run_with(
        app,
        &mut kiosk_screen,
        &Store::nowhere(),
        &mut Unstoppable,
        |tx| {
            typed(tx, "Robin");
            key(tx, KeyCode::Enter);
            key(tx, KeyCode::Enter);
            typed(tx, &"2".repeat(questions));
            key(tx, KeyCode::Enter);
            typed(tx, "n");
            tx.send(Input::Signal(15)).unwrap();
        },
    )
    .unwrap();
    assert_eq!(ended.kept.participants, 1);
    assert!(matches!(ended.ending, Ending::Signalled(15)));

    // The file changed: the dashboard reads it and shows the participant.
    let mut projector = Terminal::new(TestBackend::new(120, 40)).unwrap();
    let (tx, rx) = mpsc::channel();
    tx.send(Input::Changed).unwrap();
    typed(&tx, "q");
    let ending =
        careerfit::dashboard::run_on(dashboard, &mut projector, &rx, &mut source, &mut warnings)
            .unwrap();
    assert_eq!(
        ending,
        careerfit::dashboard::Ending::Left(careerfit::dashboard::Exit::Quit)
    );
    let text = terminal_text(&projector);
    assert!(text.contains("Robin"), "{text}");
    assert!(warnings.is_empty(), "{warnings:?}");
}
