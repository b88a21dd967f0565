//! The store as a value per person, and the quiz's identity.
//!
//! Two stores in one process keep their own files; every write has a temp
//! name of its own; each kind of failure comes back as its own typed error
//! with its words made in one place. A quiz keeps its scoring identity when
//! only its words change: a reworded quiz resumes as the same quiz, a
//! changed weight does not, and files saved by older builds still load.
//! Every store here lives in a temporary folder, never the user's own.

mod common;

use std::fs;
use std::path::Path;

use careerfit::content::{QuestionKind, Quiz, Sameness};
use careerfit::session::Stage;
use careerfit::store::{Store, history, progress};
use careerfit::tui::app::App;
use careerfit::tui::screens::draw;
use careerfit::tui::theme::Theme;

use common::cmd::{Run, careerfit_in};
use common::saved::{content, progress_path, quiz, session_after, unfinished};
use common::screen::drawn;

/// The built-in quiz with other words everywhere (as a translation
/// would have), and the same ids, kinds, weights and thresholds.
fn reworded(quiz: &Quiz) -> Quiz {
    let mut new = quiz.clone();
    new.title = "¿Qué puesto de TI te va?".to_string();
    new.intro = Some("Otras palabras.".to_string());
    new.scale[0] = "No me gusta nada".to_string();
    for d in &mut new.dimensions {
        d.name = format!("{} (otra)", d.name);
    }
    for q in &mut new.questions {
        q.text = format!("Reworded: {}", q.text);
        q.hint = Some("Una pista.".to_string());
        if let QuestionKind::Choice { options } = &mut q.kind {
            for o in options {
                o.label = format!("Otra: {}", o.label);
            }
        }
    }
    new
}

/// The built-in quiz with one weight changed.
fn reweighted(quiz: &Quiz) -> Quiz {
    let mut new = quiz.clone();
    let q = new
        .questions
        .iter_mut()
        .find(|q| matches!(q.kind, QuestionKind::Likert { .. }))
        .unwrap();
    if let QuestionKind::Likert { weights } = &mut q.kind {
        let w = weights.iter_mut().find(|w| **w != 0.0).unwrap();
        *w += 0.5;
    }
    new
}

/// The resume offer as the person sees it, for progress saved with
/// `saved_with` and read back with the built-in quiz reworded or not.
fn resume_screen(found: progress::Unfinished, quiz: Quiz) -> String {
    let mut content = content();
    content.quiz = quiz;
    let mut app = App::new(content, Theme::mono());
    app.offer = Some(found);
    drawn((80, 24), |f| draw(&app, f))
}

// ---------------------------------------------------------------------
// The quiz's identity
// ---------------------------------------------------------------------

#[test]
fn the_scoring_identity_ignores_words_and_sees_every_weight_and_threshold() {
    let quiz = quiz();
    let id = quiz.fingerprint();
    assert!(id.starts_with("s1-") && id.len() == 35, "{id}");
    assert!(quiz.text_hash().starts_with("t1-"));

    let words = reworded(&quiz);
    assert_eq!(words.fingerprint(), id, "words are not the scoring");
    assert_ne!(words.text_hash(), quiz.text_hash());
    assert_eq!(
        quiz.compare_saved(&words.fingerprint(), Some(&words.text_hash())),
        Sameness::Reworded
    );
    assert_eq!(
        quiz.compare_saved(&id, Some(&quiz.text_hash())),
        Sameness::Same
    );

    assert_ne!(reweighted(&quiz).fingerprint(), id);
    let mut threshold = quiz.clone();
    threshold.settings.low_interest += 1.0;
    assert_ne!(threshold.fingerprint(), id);
    let mut option = quiz.clone();
    for q in &mut option.questions {
        if let QuestionKind::Choice { options } = &mut q.kind {
            options[0].id.push_str("-x");
            break;
        }
    }
    assert_ne!(option.fingerprint(), id);
    let mut kind_id = quiz.clone();
    kind_id.questions[0].id.push_str("-x");
    assert_ne!(kind_id.fingerprint(), id);

    // A weight of -0 is a weight of 0: the same quiz.
    let mut zero = quiz.clone();
    for q in &mut zero.questions {
        if let QuestionKind::Likert { weights } = &mut q.kind {
            for w in weights.iter_mut().filter(|w| **w == 0.0) {
                *w = -0.0;
            }
        }
    }
    assert_eq!(zero.fingerprint(), id);

    // Written to disk and compared by later builds: the identity of the
    // shipped quiz is only ever changed by changing its scoring.
    assert_eq!(
        quiz.compare_saved("0123456789abcdef", None),
        Sameness::Unknown
    );
}

#[test]
fn a_reworded_quiz_resumes_as_the_same_quiz() {
    let old = quiz();
    let dir = tempfile::tempdir().unwrap();
    let store = Store::in_folder(dir.path());
    let session = session_after(&old, "51414");
    progress::save(&store, &old, &session).unwrap();

    let new = reworded(&old);
    let found = unfinished(progress::find(&store, &new));
    assert!(!found.quiz_changed, "rewording is not a change");
    assert_eq!(found.dropped, 0);
    assert_eq!(found.answered, 5);
    assert_eq!(found.session.stage(), Stage::Question(5));
    let screen = resume_screen(found, new);
    assert!(screen.contains("unfinished quiz"), "{screen}");
    assert!(!screen.contains("has changed"), "{screen}");
}

#[test]
fn a_changed_weight_says_the_quiz_changed() {
    let old = quiz();
    let dir = tempfile::tempdir().unwrap();
    let store = Store::in_folder(dir.path());
    progress::save(&store, &old, &session_after(&old, "51414")).unwrap();

    let new = reweighted(&old);
    let found = unfinished(progress::find(&store, &new));
    assert!(found.quiz_changed);
    assert_eq!(found.dropped, 0, "every answer still fits its question");
    let screen = resume_screen(found, new);
    assert!(
        screen.contains("The quiz has changed since then."),
        "{screen}"
    );
    assert!(screen.contains("All your answers still fit"), "{screen}");
}

/// A progress file as careerfit wrote it before the scoring identity:
/// a 16-digit hash of the whole quiz, and no text hash.
fn old_progress(answers: &str, position: &str) -> String {
    format!(
        r#"{{
  "version": 1,
  "quiz": "it-career",
  "quiz_hash": "9f0c3c1b2e6a4d57",
  "saved_at": "2026-11-30T09:15:00Z",
  "answers": {answers},
  "skipped": [],
  "position": "{position}"
}}"#
    )
}

#[test]
fn progress_saved_by_an_older_careerfit_still_resumes() {
    let quiz = quiz();
    let dir = tempfile::tempdir().unwrap();
    let store = Store::in_folder(dir.path());
    let first = &quiz.questions[0].id;
    let second = &quiz.questions[1].id;
    fs::create_dir_all(dir.path().join("state")).unwrap();
    fs::write(
        progress_path(dir.path()),
        old_progress(
            &format!(r#"{{"{first}": 5, "{second}": 1}}"#),
            &quiz.questions[2].id,
        ),
    )
    .unwrap();
    let found = unfinished(progress::find(&store, &quiz));
    assert_eq!(found.answered, 2);
    assert_eq!(found.dropped, 0);
    assert!(!found.quiz_changed, "an old hash cannot say changed");
    assert_eq!(found.session.stage(), Stage::Question(2));
    assert_eq!(found.saved_at, "2026-11-30T09:15:00Z");

    // An answer to a question that is gone: the sign of a change.
    fs::write(
        progress_path(dir.path()),
        old_progress(r#"{"a-question-long-gone": 3}"#, ""),
    )
    .unwrap();
    let found = unfinished(progress::find(&store, &quiz));
    assert_eq!(found.dropped, 1);
    assert!(found.quiz_changed);

    // Saved again, it carries the new identity and the words' hash.
    progress::save(&store, &quiz, &found.session).unwrap();
    let json: serde_json::Value =
        serde_json::from_slice(&fs::read(progress_path(dir.path())).unwrap()).unwrap();
    assert_eq!(json["quiz_hash"], quiz.fingerprint());
    assert_eq!(json["quiz_text"], quiz.text_hash());
}

#[test]
fn a_result_saved_by_an_older_careerfit_still_lists_and_compares_as_unknown() {
    let content = content();
    let quiz = &content.quiz;
    let mut session = session_after(quiz, "51111514111351125152551311541311");
    let outcome = session.finish(quiz, &content.roles).unwrap();
    let saved = history::SavedResult::new(quiz, &session, &outcome);
    assert_eq!(saved.sameness(quiz), Sameness::Same);
    assert_eq!(saved.sameness(&reworded(quiz)), Sameness::Reworded);
    assert_eq!(saved.sameness(&reweighted(quiz)), Sameness::Changed);

    // As an older build wrote it: a 16-digit hash, no text hash.
    let mut json = serde_json::to_value(&saved).unwrap();
    json["quiz_hash"] = "9f0c3c1b2e6a4d57".into();
    json.as_object_mut().unwrap().remove("quiz_text");
    let dir = tempfile::tempdir().unwrap();
    let store = Store::in_folder(dir.path());
    let folder = store.history_dir().unwrap();
    fs::create_dir_all(&folder).unwrap();
    fs::write(
        folder.join("20261130T091500Z-000001-it-career.json"),
        serde_json::to_vec_pretty(&json).unwrap(),
    )
    .unwrap();
    let (results, warnings) = history::list(&store);
    assert!(warnings.is_empty(), "{warnings:?}");
    assert_eq!(results.len(), 1);
    assert_eq!(results[0].1.quiz_text, None);
    assert_eq!(results[0].1.sameness(quiz), Sameness::Unknown);
    assert_eq!(results[0].1.outcome.ranking, saved.outcome.ranking);
}

/// A small quiz in the contract's format.
const SMALL: &str = r#"
id = "small"
title = "Small"
[scoring]
close_call = 2.5
[[dimension]]
id = "a"
name = "A"
[[dimension]]
id = "b"
name = "B"
[[question]]
id = "q1"
kind = "likert"
text = "One"
weights = { a = 2.0, b = -1.5 }
[[question]]
id = "q2"
kind = "choice"
text = "Two"
options = [
  { id = "x", label = "X", weights = { b = 1.0 } },
  { id = "none", label = "None of these" },
]
"#;

#[test]
fn the_scoring_identity_is_pinned_to_its_canonical_form() {
    // Saved files hold it: a change here makes every saved result read as
    // "the quiz changed". Change it only with a new prefix (s2-).
    let quiz = Quiz::from_toml("small.toml", SMALL).unwrap();
    assert_eq!(quiz.fingerprint(), "s1-53b3a1fc874c3805ce5cd46b77c9c0d8");
    let spanish = SMALL
        .replace("\"One\"", "\"Uno\"")
        .replace("None of these", "Ninguna");
    let spanish = Quiz::from_toml("small.es.toml", &spanish).unwrap();
    assert_eq!(spanish.fingerprint(), quiz.fingerprint());
    assert_ne!(spanish.text_hash(), quiz.text_hash());
}

// ---------------------------------------------------------------------
// A store per person
// ---------------------------------------------------------------------

#[test]
fn two_stores_in_one_process_keep_their_own_progress() {
    let quiz = quiz();
    let (a_dir, b_dir) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    let (a, b) = (
        Store::in_folder(a_dir.path()),
        Store::in_folder(b_dir.path()),
    );
    // Two people at once, each on a thread of their own.
    std::thread::scope(|s| {
        s.spawn(|| progress::save(&a, &quiz, &session_after(&quiz, "51")).unwrap());
        s.spawn(|| progress::save(&b, &quiz, &session_after(&quiz, "1234")).unwrap());
    });
    assert_eq!(unfinished(progress::find(&a, &quiz)).answered, 2);
    assert_eq!(unfinished(progress::find(&b, &quiz)).answered, 4);
    progress::clear(&a, &quiz).unwrap();
    assert_eq!(progress::find(&a, &quiz), progress::Found::Nothing);
    assert_eq!(unfinished(progress::find(&b, &quiz)).answered, 4);
}

#[test]
fn concurrent_writes_to_one_file_never_share_a_temp_name() {
    // Temp files named by process id would collide here: one thread's
    // rename takes another's half-written temp file, or finds it gone.
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("progress-it-career.json");
    let contents: Vec<Vec<u8>> = (0..8u8)
        .map(|n| vec![b'a' + n; 1000 + 977 * usize::from(n)])
        .collect();
    std::thread::scope(|s| {
        for bytes in &contents {
            let path = &path;
            s.spawn(move || {
                for _ in 0..40 {
                    careerfit::store::write_atomic(path, bytes).expect("every write succeeds");
                }
            });
        }
    });
    let last = fs::read(&path).unwrap();
    assert!(
        contents.contains(&last),
        "a torn file of {} bytes",
        last.len()
    );
    let left: Vec<_> = fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    assert_eq!(left, ["progress-it-career.json"], "no temp file is left");
}

// ---------------------------------------------------------------------
// Typed store errors
// ---------------------------------------------------------------------

use careerfit::store::{StoreError, StoreErrorKind};

/// A tiny tmpfs mounted on a folder of its own (root only), unmounted when
/// dropped; `None` where mounting is not allowed.
struct Tmpfs {
    dir: tempfile::TempDir,
}

impl Tmpfs {
    fn mount(options: &str) -> Option<Tmpfs> {
        let dir = tempfile::tempdir().unwrap();
        let mounted = std::process::Command::new("mount")
            .args(["-t", "tmpfs", "-o", options, "tmpfs"])
            .arg(dir.path())
            .stderr(std::process::Stdio::null())
            .status()
            .is_ok_and(|s| s.success());
        mounted.then_some(Tmpfs { dir })
    }

    fn path(&self) -> &Path {
        self.dir.path()
    }
}

impl Drop for Tmpfs {
    fn drop(&mut self) {
        let _ = std::process::Command::new("umount")
            .arg(self.dir.path())
            .status();
    }
}

/// Fills a filesystem to the last byte.
fn fill(folder: &Path) {
    use std::io::Write;
    let mut file = fs::File::create(folder.join("filler")).unwrap();
    let block = [0u8; 4096];
    while file.write_all(&block).is_ok() {}
    let _ = file.write_all(&[0]);
}

fn save_error(store: &Store) -> StoreError {
    let quiz = quiz();
    progress::save(store, &quiz, &session_after(&quiz, "51")).expect_err("the save fails")
}

#[test]
fn a_full_disk_is_told_apart_and_said_in_plain_words() {
    // The words for each kind are made in one place, whatever made it.
    let full = StoreError::io(
        Path::new("/x/p.json"),
        std::io::ErrorKind::StorageFull.into(),
    );
    assert!(matches!(full.kind, StoreErrorKind::DiskFull));
    assert_eq!(full.to_string(), "/x/p.json: the disk is full");

    let Some(disk) = Tmpfs::mount("size=64k") else {
        eprintln!("skipped the real full disk: mounting a tmpfs needs root");
        return;
    };
    fs::create_dir_all(disk.path().join("state")).unwrap();
    fill(disk.path());
    let store = Store::in_folder(disk.path());
    let error = save_error(&store);
    assert!(matches!(error.kind, StoreErrorKind::DiskFull), "{error:?}");
    assert!(error.to_string().ends_with(": the disk is full"), "{error}");
    let temps = fs::read_dir(disk.path().join("state")).unwrap().count();
    assert_eq!(temps, 0, "a failed write leaves no temp file");

    // What the person sees: the quiz goes on, and says why nothing is saved.
    let run = Run::fed(
        careerfit_in(disk.path(), &["--plain"])
            .env("COLUMNS", "1000")
            .env_remove("TERM"),
        "5\n",
    );
    let stdout = run.stdout;
    assert!(
        stdout.contains("Note: progress is not being saved (")
            && stdout.contains(": the disk is full); the quiz goes on."),
        "{stdout}"
    );
}

#[test]
fn a_read_only_disk_is_told_apart() {
    let ro = StoreError::io(
        Path::new("p"),
        std::io::ErrorKind::ReadOnlyFilesystem.into(),
    );
    assert!(matches!(ro.kind, StoreErrorKind::ReadOnly));
    assert_eq!(ro.to_string(), "p: the disk is read-only");
    let Some(disk) = Tmpfs::mount("size=64k,ro") else {
        eprintln!("skipped the real read-only disk: mounting a tmpfs needs root");
        return;
    };
    let error = save_error(&Store::in_folder(disk.path()));
    assert!(matches!(error.kind, StoreErrorKind::ReadOnly), "{error:?}");
}

#[test]
fn a_folder_the_person_may_not_write_is_a_permission_problem() {
    let denied = StoreError::io(Path::new("p"), std::io::ErrorKind::PermissionDenied.into());
    assert_eq!(denied.to_string(), "p: permission denied");

    let dir = tempfile::tempdir().unwrap();
    let state = dir.path().join("state");
    fs::create_dir_all(&state).unwrap();
    // Immutable stops even root; without chattr, take away write access.
    let immutable = std::process::Command::new("chattr")
        .arg("+i")
        .arg(&state)
        .stderr(std::process::Stdio::null())
        .status()
        .is_ok_and(|s| s.success());
    if !immutable {
        use std::os::unix::fs::PermissionsExt;
        fs::set_permissions(&state, fs::Permissions::from_mode(0o500)).unwrap();
    }
    let result = std::panic::catch_unwind(|| save_error(&Store::in_folder(dir.path())));
    if immutable {
        let _ = std::process::Command::new("chattr")
            .arg("-i")
            .arg(&state)
            .status();
    } else {
        use std::os::unix::fs::PermissionsExt;
        fs::set_permissions(&state, fs::Permissions::from_mode(0o700)).unwrap();
    }
    let Ok(error) = result else {
        eprintln!("skipped: root writes anywhere and chattr is missing");
        return;
    };
    assert!(
        matches!(error.kind, StoreErrorKind::PermissionDenied),
        "{error:?}"
    );
    assert!(error.to_string().ends_with(": permission denied"));
}

#[test]
fn what_cannot_be_read_back_is_typed_not_a_file_too_big_damaged() {
    let quiz = quiz();
    let dir = tempfile::tempdir().unwrap();
    let store = Store::in_folder(dir.path());
    let path = progress_path(dir.path());
    fs::create_dir_all(path.parent().unwrap()).unwrap();

    fs::create_dir(&path).unwrap();
    let error = progress::load(&store, &quiz).unwrap_err();
    assert!(
        matches!(
            error.kind,
            StoreErrorKind::NotAFile(careerfit::files::Thing::Folder)
        ),
        "{error:?}"
    );
    assert!(
        error
            .to_string()
            .ends_with("it is a folder, not a regular file")
    );
    fs::remove_dir(&path).unwrap();

    // Bigger than any progress file (sparse: no disk used).
    fs::File::create(&path)
        .unwrap()
        .set_len(careerfit::store::MAX_SAVED_BYTES + 1)
        .unwrap();
    let error = progress::load(&store, &quiz).unwrap_err();
    assert!(matches!(error.kind, StoreErrorKind::TooBig(_)), "{error:?}");
    assert!(error.to_string().contains("too big"), "{error}");

    fs::write(&path, b"{\"version\": 1, \"quiz\": ").unwrap();
    let error = progress::load(&store, &quiz).unwrap_err();
    assert!(matches!(error.kind, StoreErrorKind::Damaged), "{error:?}");
    let result = history::read(&path).unwrap_err();
    assert!(matches!(result.kind, StoreErrorKind::Damaged));
    assert!(
        error
            .to_string()
            .ends_with(": it is damaged and could not be read"),
        "{error}"
    );
    // The warning on screen is made from the same words.
    let progress::Found::Damaged(warning) = progress::find(&store, &quiz) else {
        panic!("a damaged file is a warning")
    };
    let warning = warning.to_string();
    assert!(
        warning.starts_with("Your saved progress was damaged"),
        "{warning}"
    );
}

#[test]
fn any_other_system_error_keeps_the_systems_words() {
    // The state folder is a file: no folder can be made in it.
    let dir = tempfile::tempdir().unwrap();
    fs::write(dir.path().join("state"), b"not a folder").unwrap();
    let error = save_error(&Store::in_folder(dir.path()));
    let StoreErrorKind::Io(io) = &error.kind else {
        panic!("{error:?}")
    };
    assert!(error.to_string().ends_with(&io.to_string()), "{error}");
    assert!(error.path.ends_with("progress-it-career.json"));
}
