//! "Nothing lost", saved results and writes: the history lists results
//! newest first, skips a damaged one with a warning and keeps it aside;
//! writes replace a file whole and leave no temp files; a store that saves
//! nowhere writes nothing. The store is always pointed at a temporary
//! folder (or nowhere), never at the real user's folders.

mod common;

use std::fs;
use std::path::PathBuf;

use careerfit::store::{self, Store, history, progress};

use common::saved::*;

// ---------------------------------------------------------------------
// History
// ---------------------------------------------------------------------

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
    let warnings: Vec<String> = warnings.iter().map(ToString::to_string).collect();
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
