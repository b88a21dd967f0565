//! "Nothing lost" in the full-screen app: driven key by key through the
//! real loop's step (on a test terminal) with the autosave the shell gives
//! it: every answer on disk at once, results saved once, reports written
//! once and named in the goodbye, old results left as they were. The store
//! is always pointed at a temporary folder, never at the real user's.

mod common;

use std::fs;
use std::path::{Path, PathBuf};

use careerfit::content::{AnswerSheet, SavedAnswer};
use careerfit::session::{Session, Stage};
use careerfit::store::{Store, history, progress};
use careerfit::tui::app::{App, Overlay, Screen};
use careerfit::tui::autosave::Autosave;
use careerfit::tui::screens::draw;
use careerfit::tui::theme::Theme;
use careerfit::tui::{self, Input, Unstoppable};
use crossterm::event::{Event, KeyCode};
use ratatui::Terminal;
use ratatui::backend::TestBackend;

use common::keys::key;
use common::saved::*;
use common::screen::drawn;

// ---------------------------------------------------------------------
// The app and its autosave, key by key
// ---------------------------------------------------------------------

/// Presses a key through the loop's own step, as every terminal does.
fn press(app: &mut App, autosave: &mut Autosave, code: KeyCode) {
    let mut terminal = Terminal::new(TestBackend::new(80, 24)).unwrap();
    let key = Input::Terminal(Event::Key(key(code)));
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
    let screen = drawn((200, 24), |f| draw(&app, f));
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
    assert!(drawn((80, 24), |f| draw(&app, f)).contains("Leave the quiz?"));
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
    assert!(drawn((200, 24), |f| draw(&app, f)).contains("! Progress is not being saved"));

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
