//! Lean (version 2) results files (issue 11 item 11): records that name no
//! interest area, role or question, pointing to one names line instead.
//! A counselor sees the same report, export and dashboard from a file the
//! older careerfit wrote (tests/fixtures/results/v1-written-by-0.1.jsonl:
//! a batch of tests/fixtures/csv/v1-sheet.csv and two kiosk records, as
//! careerfit wrote them before this change) as from the same answers
//! written now; older files and mixed files read as before.

mod common;

use std::path::{Path, PathBuf};

use careerfit::workshop::record::{self, files};
use common::cmd::{Home, Run};

const OLD: &str = "tests/fixtures/results/v1-written-by-0.1.jsonl";
const SHEET: &str = "tests/fixtures/csv/v1-sheet.csv";

fn fixture(path: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join(path)
}

/// `careerfit ARGS` run in `dir`, so the files are named as given.
fn run_in(home: &Home, dir: &Path, args: &[&str]) -> Run {
    let mut command = home.command(args);
    command.current_dir(dir);
    Run::of(&mut command)
}

/// The same answers as the old file, written by this careerfit: the sheet
/// scored by the binary, then the two kiosk records (read from the old
/// file) appended by the one writer the kiosk uses. The batch's time is
/// the old file's, so that only the format differs.
fn written_now(home: &Home, dir: &Path) -> PathBuf {
    std::fs::copy(fixture(SHEET), dir.join("v1-sheet.csv")).unwrap();
    let args = [
        "score",
        "--answers-csv",
        "v1-sheet.csv",
        "--results",
        "new.jsonl",
    ];
    let run = run_in(home, dir, &args);
    assert_eq!(run.code, Some(0), "{}", run.all());
    let old = record::read(&fixture(OLD)).unwrap();
    assert!(old.warnings.is_empty(), "{:?}", old.warnings);
    let batch_time = &old.records[0].time;
    let new = dir.join("new.jsonl");
    let text = std::fs::read_to_string(&new).unwrap();
    let mut timed = String::new();
    for line in text.lines() {
        let at = line.find("\"time\":\"").map(|i| i + 8);
        match at {
            Some(at) if line.starts_with("{\"version\":2,") => {
                let end = at + line[at..].find('"').unwrap();
                timed.push_str(&format!("{}{batch_time}{}\n", &line[..at], &line[end..]));
            }
            _ => timed.push_str(&format!("{line}\n")),
        }
    }
    std::fs::write(&new, timed).unwrap();
    let kiosk: Vec<_> = old
        .records
        .into_iter()
        .filter(|r| r.batch.is_none())
        .collect();
    assert_eq!(kiosk.len(), 2);
    record::append(&new, &kiosk).unwrap();
    new
}

#[test]
fn a_file_written_now_is_lean_and_reports_what_the_old_file_reports() {
    let home = Home::new();
    let (old_dir, new_dir) = (home.path().join("old"), home.path().join("new"));
    std::fs::create_dir_all(&old_dir).unwrap();
    std::fs::create_dir_all(&new_dir).unwrap();
    let new = written_now(&home, &new_dir);
    std::fs::copy(fixture(OLD), old_dir.join("results.jsonl")).unwrap();
    std::fs::rename(&new, new_dir.join("results.jsonl")).unwrap();
    let new = new_dir.join("results.jsonl");

    // Lean: a names line before each run of records, and records that
    // repeat no interest area name, role title or question id.
    let text = std::fs::read_to_string(&new).unwrap();
    let records: Vec<&str> = text
        .lines()
        .filter(|l| l.starts_with("{\"version\":2,"))
        .collect();
    assert_eq!(records.len(), 8, "{text}");
    assert_eq!(
        text.lines()
            .filter(|l| l.starts_with("{\"names\":"))
            .count(),
        2
    );
    for line in &records {
        for name in ["Hands-on hardware", "IT Technician", "answer-stuck-people"] {
            assert!(!line.contains(name), "{line}");
        }
        assert!(line.len() < 800, "{} bytes: {line}", line.len());
    }
    let old_size = std::fs::metadata(fixture(OLD)).unwrap().len();
    assert!(
        text.len() as u64 * 10 < old_size * 7,
        "{} vs {old_size}",
        text.len()
    );

    // Every report format prints the same bytes, with nothing skipped.
    for format in ["text", "csv", "json", "markdown"] {
        let args = ["report", "results.jsonl", "--format", format];
        let (was, now) = (
            run_in(&home, &old_dir, &args),
            run_in(&home, &new_dir, &args),
        );
        assert_eq!(was.code, Some(0), "{}", was.all());
        assert_eq!(now.stderr, was.stderr, "{format}");
        assert_eq!(now.stdout, was.stdout, "{format}");
        assert!(
            now.stdout.contains('8') && was.stderr.is_empty(),
            "{format}"
        );
    }
    // What the dashboard draws: the same group, participant by participant.
    let was = files::read_all(&[old_dir.join("results.jsonl")], false).unwrap();
    let now = files::read_all(&[new], false).unwrap();
    assert_eq!(now.warnings, was.warnings);
    assert_eq!(now.group, was.group);
    assert_eq!(now.group.participants, 8);
}

#[test]
fn a_mixed_file_reads_every_record_of_both_versions() {
    let home = Home::new();
    let dir = home.path();
    let mixed = dir.join("mixed.jsonl");
    std::fs::copy(fixture(OLD), &mixed).unwrap();
    std::fs::copy(
        fixture("tests/fixtures/csv/all-good.csv"),
        dir.join("all-good.csv"),
    )
    .unwrap();
    let args = [
        "score",
        "--answers-csv",
        "all-good.csv",
        "--results",
        "mixed.jsonl",
    ];
    let run = run_in(&home, dir, &args);
    assert_eq!(run.code, Some(0), "{}", run.all());
    let read = record::read(&mixed).unwrap();
    assert!(read.warnings.is_empty(), "{:?}", read.warnings);
    let lean = std::fs::read_to_string(&mixed)
        .unwrap()
        .lines()
        .filter(|l| l.starts_with("{\"version\":2,"))
        .count();
    assert!(lean > 0);
    assert_eq!(read.records.len(), 8 + lean);
    let report = run_in(&home, dir, &["report", "mixed.jsonl", "--format", "json"]);
    assert_eq!(report.code, Some(0), "{}", report.all());
    assert_eq!(report.stderr, "");
    let json: serde_json::Value = serde_json::from_str(&report.stdout).unwrap();
    assert_eq!(json["count"], 8 + lean);
}

#[test]
fn a_lean_record_without_its_names_line_is_skipped_with_a_warning_saying_why() {
    let home = Home::new();
    let dir = home.path();
    let new = written_now(&home, dir);
    let text = std::fs::read_to_string(&new).unwrap();
    // The names lines cut out (say, by a hand edit): the lean records
    // cannot be read, and the report says so rather than guessing.
    let cut: String = text
        .lines()
        .filter(|l| !l.starts_with("{\"names\":"))
        .map(|l| format!("{l}\n"))
        .collect();
    std::fs::write(dir.join("cut.jsonl"), cut).unwrap();
    let read = record::read(&dir.join("cut.jsonl")).unwrap();
    assert!(read.records.is_empty());
    let warnings: Vec<String> = read.warnings.iter().map(ToString::to_string).collect();
    assert!(
        warnings[0].contains(":1: skipped a record whose names line")
            && warnings[0].contains("put back the whole file"),
        "{:?}",
        read.warnings
    );
    let report = run_in(&home, dir, &["report", "cut.jsonl", "--format", "text"]);
    assert_eq!(report.code, Some(0), "{}", report.all());
    assert!(report.stderr.contains("names line"), "{}", report.stderr);
    assert!(
        report.stdout.contains("0 participants"),
        "{}",
        report.stdout
    );
}
