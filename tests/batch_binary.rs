//! Batch scoring through the real binary (`careerfit score --answers-csv
//! FILE [--results OUT]`): a line per good row and exit 1 on problems,
//! good rows appended to a results file whole or not at all and never
//! twice (killed, a full disk, a kiosk appending at the same time), named
//! pipes refused, size limits, and low interest said and kept. Each run has
//! a home of its own; the fixtures' rows are described in common/batch.rs.

mod common;

use std::path::Path;
use std::process::Command;

use careerfit::content::{Answer, AnswerSheet, Content, QuestionKind};
use careerfit::scoring::score;
use careerfit::workshop::batch;
use careerfit::workshop::record::{self, Record};

use common::batch::*;
use common::cmd::{Home, careerfit_in};

/// `careerfit ARGS` with a home of its own: its exit code, stdout and
/// stderr (never a panic).
fn careerfit(args: &[&str]) -> (Option<i32>, String, String) {
    let run = Home::new().run(args);
    (run.code, run.stdout, run.stderr)
}

fn error_lines() -> String {
    let mut lines: String = expected_problems()
        .iter()
        .map(|p| format!("error: {p}\n"))
        .collect();
    lines.push_str(&format!(
        "error: 4 rows of {WORKSHOP} had problems (listed above) and were not scored; the 7 good rows were scored\n"
    ));
    lines
}

#[test]
fn the_binary_prints_a_line_per_good_row_and_exits_1_on_problems() {
    let (code, stdout, stderr) = careerfit(&["score", "--answers-csv", WORKSHOP]);
    assert_eq!(code, Some(1));
    assert_eq!(stderr, error_lines());
    assert!(
        !stdout.contains('\u{1b}') && !stdout.contains('\u{7}'),
        "{stdout}"
    );
    let lines: Vec<&str> = stdout.lines().collect();
    assert_eq!(lines.len(), 1 + 7 + 1, "{stdout}");
    assert!(lines[0].starts_with("row  participant"), "{stdout}");
    let content = Content::built_in().unwrap();
    for (line, (row, label, answers)) in lines[1..8].iter().zip(good_rows()) {
        let outcome = score(&content.quiz, &content.roles, &sheet(&content, &answers)).unwrap();
        let shown = label.map_or("-".to_string(), careerfit::workshop::label::for_terminal);
        let best = format!(
            "{} {:.0}%",
            outcome.ranking[0].title, outcome.ranking[0].fit
        );
        assert!(line.starts_with(&format!("{row:>3}  {shown}")), "{line}");
        assert!(line.contains(&best), "{line} should hold {best}");
        assert_eq!(line.contains("close call"), outcome.close_call, "{line}");
        assert_eq!(line.contains("incomplete"), outcome.incomplete, "{line}");
        assert_eq!(
            line.contains("low interest"),
            outcome.low_interest,
            "{line}"
        );
    }
    assert!(
        stdout.contains("\\u{1b}[31mEvil\\u{1b}[0m\\u{7}"),
        "{stdout}"
    );
    assert!(stdout.contains("Two\\u{d}\\u{a}lines"), "{stdout}");
    assert_eq!(
        lines[8],
        "7 rows scored, 4 rows with problems, 1 blank row skipped"
    );

    let (code, stdout, stderr) = careerfit(&["score", "--answers-csv", ALL_GOOD]);
    assert_eq!((code, stderr.as_str()), (Some(0), ""));
    assert!(
        stdout.ends_with("2 rows scored, 0 rows with problems\n"),
        "{stdout}"
    );
}

#[test]
fn the_binary_appends_the_good_rows_to_a_results_file() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("results.jsonl");
    let out_text = out.to_str().unwrap();
    let (code, stdout, stderr) =
        careerfit(&["score", "--answers-csv", WORKSHOP, "--results", out_text]);
    assert_eq!(code, Some(1));
    assert_eq!(stderr, error_lines());
    assert_eq!(
        stdout,
        format!(
            "7 rows scored, 4 rows with problems, 1 blank row skipped\n\
             results appended to {out_text} (session \"workshop\")\n"
        )
    );
    let read = record::read(&out).unwrap();
    assert!(read.warnings.is_empty(), "{:?}", read.warnings);
    assert_eq!(read.records.len(), 7);
    assert!(read.records.iter().all(|r| r.session == "workshop"));

    // Again: appended, not replaced.
    let (code, _, _) = careerfit(&["score", "--answers-csv", ALL_GOOD, "--results", out_text]);
    assert_eq!(code, Some(0));
    assert_eq!(record::read(&out).unwrap().records.len(), 9);

    // A bad header: nothing scored, nothing written.
    let fresh = dir.path().join("fresh.jsonl");
    let (code, stdout, stderr) = careerfit(&[
        "score",
        "--answers-csv",
        UNKNOWN_HEADER,
        "--results",
        fresh.to_str().unwrap(),
    ]);
    assert_eq!((code, stdout.as_str()), (Some(1), ""));
    assert!(
        stderr.starts_with(&format!(
            "error: {UNKNOWN_HEADER}: the header row (row 1) has problems; nothing was scored:\n  \
             column C (Timestamp) is not a question of quiz \"it-career\""
        )),
        "{stderr}"
    );
    assert!(!fresh.exists());

    // Garbage and missing files: an error, never a panic.
    let garbage = dir.path().join("garbage.csv");
    std::fs::write(&garbage, b"\x00\xff\xfe,\"\r\n\x1b]0;pwned\x07").unwrap();
    let (code, _, stderr) = careerfit(&["score", "--answers-csv", garbage.to_str().unwrap()]);
    assert_eq!(code, Some(1));
    assert!(!stderr.contains('\u{1b}'), "{stderr}");
    let (code, _, stderr) = careerfit(&["score", "--answers-csv", "no/such.csv"]);
    assert_eq!(code, Some(1));
    assert!(
        stderr.starts_with("error: could not read no/such.csv"),
        "{stderr}"
    );
}

// Whole or not at all, never twice (issue 9 items 17, 23, 26, 27).

/// A sheet of `rows` good rows (anonymous, some identical).
fn big_sheet(dir: &Path, name: &str, rows: usize) -> std::path::PathBuf {
    let mut text =
        String::from("replace-laptop-drive,walk-through-password-reset,printers-keep-failing\n");
    for i in 0..rows {
        text.push_str(&format!("{},{},{}\n", 1 + i % 5, 1 + i / 5 % 5, 1 + i % 4));
    }
    let path = dir.join(name);
    std::fs::write(&path, text).unwrap();
    path
}

fn count_records(path: &Path) -> usize {
    if !path.exists() {
        return 0;
    }
    record::read(path).unwrap().records.len()
}

#[test]
fn results_with_one_answers_file_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("out.jsonl");
    let (code, stdout, stderr) = careerfit(&[
        "score",
        "--answers",
        "tests/fixtures/valid/answers.toml",
        "--results",
        out.to_str().unwrap(),
    ]);
    assert_eq!(code, Some(2), "{stdout}{stderr}");
    assert!(
        stderr.contains("--results works with --answers-csv"),
        "{stderr}"
    );
    assert!(!out.exists());
}

#[test]
fn the_same_sheet_is_never_added_twice() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("results.jsonl");
    let out_text = out.to_str().unwrap();
    let (code, _, _) = careerfit(&["score", "--answers-csv", ALL_GOOD, "--results", out_text]);
    assert_eq!(code, Some(0));
    assert_eq!(count_records(&out), 2);
    let (code, stdout, stderr) =
        careerfit(&["score", "--answers-csv", ALL_GOOD, "--results", out_text]);
    assert_eq!(code, Some(0), "{stderr}");
    assert!(
        stdout.contains("nothing was added: this sheet was already added to"),
        "{stdout}"
    );
    assert!(stdout.contains("(2 records)"), "{stdout}");
    assert_eq!(count_records(&out), 2, "no one counted twice");
}

#[test]
fn a_batch_killed_at_any_moment_lands_whole_or_not_at_all() {
    let home = Home::new();
    let dir = tempfile::tempdir().unwrap();
    let rows = 20_000;
    let sheet = big_sheet(dir.path(), "big.csv", rows);
    let out = dir.path().join("results.jsonl");
    // A kiosk's participant is already in the file.
    let content = Content::built_in().unwrap();
    let kiosk = {
        let sheet = sheet_of(&content, &[("replace-laptop-drive", "4")]);
        let outcome = score(&content.quiz, &content.roles, &sheet).unwrap();
        Record::new(&content.quiz, "kiosk", None, &sheet, &outcome)
    };
    record::append(&out, std::slice::from_ref(&kiosk)).unwrap();
    let args = [
        "score",
        "--answers-csv",
        sheet.to_str().unwrap(),
        "--results",
        out.to_str().unwrap(),
    ];
    let mut outcomes = Vec::new();
    // Kill at once, as soon as the file grows, and a little after.
    for moment in 0..6 {
        let before = std::fs::metadata(&out).unwrap().len();
        let mut child = careerfit_in(home.path(), &args)
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .spawn()
            .unwrap();
        if moment > 0 {
            loop {
                if child.try_wait().unwrap().is_some() {
                    break;
                }
                let len = std::fs::metadata(&out).unwrap().len();
                if len > before + (moment as u64 - 1) * 200_000 {
                    break;
                }
                std::thread::yield_now();
            }
        }
        let _ = child.kill();
        let _ = child.wait();
        let n = count_records(&out);
        assert!(
            n == 1 || n == 1 + rows,
            "after a kill at moment {moment}: {n} records, not 1 or {}",
            1 + rows
        );
        outcomes.push(n);
        if n > 1 {
            break;
        }
        // A kiosk appending after a killed batch loses nothing.
        let read = record::read(&out).unwrap();
        assert_eq!(read.records[0], kiosk);
    }
    // Run to the end: every row, once; and again: nothing more.
    let (code, _, stderr) = careerfit(&args);
    assert_eq!(code, Some(0), "{stderr}");
    assert_eq!(count_records(&out), 1 + rows, "kills: {outcomes:?}");
    let (code, stdout, _) = careerfit(&args);
    assert_eq!(code, Some(0));
    assert!(stdout.contains("already added"), "{stdout}");
    assert_eq!(count_records(&out), 1 + rows);
}

fn sheet_of(content: &Content, answers: &[(&str, &str)]) -> AnswerSheet {
    sheet(content, answers)
}

#[test]
fn a_full_disk_leaves_the_results_file_as_it_was() {
    let dir = tempfile::tempdir().unwrap();
    let disk = dir.path().join("disk");
    std::fs::create_dir(&disk).unwrap();
    let mounted = Command::new("mount")
        .args([
            "-t",
            "tmpfs",
            "-o",
            "size=64k",
            "tmpfs",
            disk.to_str().unwrap(),
        ])
        .output()
        .is_ok_and(|o| o.status.success());
    if !mounted {
        eprintln!(
            "skipped: cannot mount a small tmpfs here (not root?); the rollback is unit-tested in record.rs"
        );
        return;
    }
    let out = disk.join("results.jsonl");
    let result = std::panic::catch_unwind(|| {
        let (code, _, _) = careerfit(&[
            "score",
            "--answers-csv",
            ALL_GOOD,
            "--results",
            out.to_str().unwrap(),
        ]);
        assert_eq!(code, Some(0));
        let before = std::fs::read(&out).unwrap();
        let sheet = big_sheet(dir.path(), "big.csv", 2000);
        let (code, stdout, stderr) = careerfit(&[
            "score",
            "--answers-csv",
            sheet.to_str().unwrap(),
            "--results",
            out.to_str().unwrap(),
        ]);
        assert_eq!(code, Some(1), "{stdout}");
        assert!(stderr.contains("the disk is full"), "{stderr}");
        assert!(stderr.contains("nothing was added"), "{stderr}");
        assert_eq!(
            std::fs::read(&out).unwrap(),
            before,
            "the file is as it was"
        );
    });
    let _ = Command::new("umount").arg(&disk).status();
    if let Err(panic) = result {
        std::panic::resume_unwind(panic);
    }
}

#[test]
fn named_pipes_are_refused_not_opened() {
    let dir = tempfile::tempdir().unwrap();
    let fifo = dir.path().join("pipe.jsonl");
    let c_path = std::ffi::CString::new(fifo.to_str().unwrap()).unwrap();
    assert_eq!(unsafe { libc::mkfifo(c_path.as_ptr(), 0o600) }, 0);
    let fifo_text = fifo.to_str().unwrap();
    let (code, _, stderr) =
        careerfit(&["score", "--answers-csv", ALL_GOOD, "--results", fifo_text]);
    assert_eq!(code, Some(1));
    assert!(stderr.contains("named pipe (FIFO)"), "{stderr}");
    assert!(stderr.contains(fifo_text), "{stderr}");
    let (code, _, stderr) = careerfit(&["score", "--answers-csv", fifo_text]);
    assert_eq!(code, Some(1));
    assert!(stderr.contains("named pipe (FIFO)"), "{stderr}");
    let (code, stdout, stderr) = careerfit(&["report", fifo_text, "--format", "text"]);
    assert_eq!((code, stdout.as_str()), (Some(1), ""));
    assert!(stderr.contains("named pipe (FIFO)"), "{stderr}");
}

#[test]
fn a_sheet_of_bad_cells_keeps_a_bounded_list() {
    let mut text = String::from("replace-laptop-drive,printers-keep-failing\n");
    for _ in 0..5000 {
        text.push_str("9,x\n");
    }
    let batch = score_text(text.as_bytes()).unwrap();
    assert_eq!(batch.problem_rows, 5000);
    let rows: std::collections::BTreeSet<usize> = batch.problems.iter().map(|p| p.row).collect();
    assert_eq!(rows.len(), batch::MAX_PROBLEM_ROWS);

    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("bad.csv");
    std::fs::write(&path, &text).unwrap();
    let (code, _, stderr) = careerfit(&["score", "--answers-csv", path.to_str().unwrap()]);
    assert_eq!(code, Some(1));
    assert!(
        stderr.lines().count() <= 2 * 100 + 2,
        "{}",
        stderr.lines().count()
    );
    assert!(
        stderr.contains("... and 4900 more rows with problems, not listed"),
        "{stderr}"
    );
}

#[test]
fn inputs_have_size_limits() {
    let dir = tempfile::tempdir().unwrap();
    let huge = dir.path().join("huge.csv");
    let file = std::fs::File::create(&huge).unwrap();
    file.set_len(65 << 20).unwrap();
    let (code, _, stderr) = careerfit(&["score", "--answers-csv", huge.to_str().unwrap()]);
    assert_eq!(code, Some(1));
    assert!(
        stderr.contains("more than the 64 MiB a spreadsheet may be"),
        "{stderr}"
    );
    let results = dir.path().join("huge.jsonl");
    let file = std::fs::File::create(&results).unwrap();
    file.set_len((4 << 30) + 1).unwrap();
    let (code, stdout, stderr) =
        careerfit(&["report", results.to_str().unwrap(), "--format", "csv"]);
    assert_eq!((code, stdout.as_str()), (Some(1), ""));
    assert!(stderr.contains("larger than 4 GiB"), "{stderr}");
}

#[test]
fn counts_of_one_read_right() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("two.csv");
    std::fs::write(&path, "replace-laptop-drive\n4\n9\n").unwrap();
    let out = dir.path().join("two.jsonl");
    let (code, stdout, stderr) = careerfit(&[
        "score",
        "--answers-csv",
        path.to_str().unwrap(),
        "--results",
        out.to_str().unwrap(),
    ]);
    assert_eq!(code, Some(1));
    assert!(
        stdout.starts_with("1 row scored, 1 row with problems\n"),
        "{stdout}"
    );
    assert!(
        stderr.ends_with(
            "had problems (listed above) and was not scored; the 1 good row was scored\n"
        ),
        "{stderr}"
    );
    assert!(stderr.contains("error: 1 row of "), "{stderr}");
    let (_, stdout, _) = careerfit(&[
        "score",
        "--answers-csv",
        path.to_str().unwrap(),
        "--results",
        out.to_str().unwrap(),
    ]);
    assert!(stdout.contains("(1 record)"), "{stdout}");
    let (_, stdout, _) = careerfit(&["report", out.to_str().unwrap(), "--format", "text"]);
    assert!(
        stdout.starts_with("Group report: 1 participant\n"),
        "{stdout}"
    );
    assert!(
        stdout.contains("Quiz `it-career`: 1 participant\n"),
        "{stdout}"
    );
}

#[test]
fn a_kiosk_appending_during_a_batch_loses_nothing() {
    let home = Home::new();
    let dir = tempfile::tempdir().unwrap();
    let rows = 20_000;
    let sheet = big_sheet(dir.path(), "big.csv", rows);
    let out = dir.path().join("results.jsonl");
    let content = Content::built_in().unwrap();
    let kiosk_record = || {
        let sheet = sheet_of(&content, &[("replace-laptop-drive", "2")]);
        let outcome = score(&content.quiz, &content.roles, &sheet).unwrap();
        Record::new(
            &content.quiz,
            "kiosk",
            Some("K".to_string()),
            &sheet,
            &outcome,
        )
    };
    record::append(&out, &[kiosk_record()]).unwrap();
    let mut child = careerfit_in(
        home.path(),
        &[
            "score",
            "--answers-csv",
            sheet.to_str().unwrap(),
            "--results",
            out.to_str().unwrap(),
        ],
    )
    .stdout(std::process::Stdio::null())
    .spawn()
    .unwrap();
    let mut kiosk = 1;
    while child.try_wait().unwrap().is_none() {
        record::append(&out, &[kiosk_record()]).unwrap();
        kiosk += 1;
    }
    assert!(child.wait().unwrap().success());
    record::append(&out, &[kiosk_record()]).unwrap();
    kiosk += 1;
    let read = record::read(&out).unwrap();
    assert!(read.warnings.is_empty(), "{:?}", read.warnings);
    assert_eq!(read.records.len(), rows + kiosk, "{kiosk} kiosk records");
    let labelled = read.records.iter().filter(|r| r.label.is_some()).count();
    assert_eq!(labelled, kiosk);
}

#[test]
fn a_batch_never_makes_a_results_file_too_big_to_read() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("full.jsonl");
    let file = std::fs::File::create(&out).unwrap();
    file.set_len((4 << 30) - 100).unwrap();
    let (code, _, stderr) = careerfit(&[
        "score",
        "--answers-csv",
        ALL_GOOD,
        "--results",
        out.to_str().unwrap(),
    ]);
    assert_eq!(code, Some(1));
    assert!(stderr.contains("larger than 4 GiB"), "{stderr}");
    assert!(stderr.contains("nothing was added"), "{stderr}");
    assert_eq!(std::fs::metadata(&out).unwrap().len(), (4 << 30) - 100);
}

/// On the mini quiz of tests/fixtures/valid: Pat answers fix-printer = 1,
/// help-caller = 1 and "None of these" (tinker 33.3, chat 0: both under 40);
/// Lee answers 5, 2 and "gossip" (tinker 68.75).
#[test]
fn a_low_interest_row_is_said_in_its_line_and_kept_in_its_record() {
    let dir = tempfile::tempdir().unwrap();
    let csv = dir.path().join("low.csv");
    std::fs::write(
        &csv,
        "participant,fix-printer,help-caller,lunch-break\nPat,1,1,none\nLee,5,2,gossip\n",
    )
    .unwrap();
    let quiz = "tests/fixtures/valid/quiz.toml";
    let roles = "tests/fixtures/valid/roles";
    let csv_arg = csv.to_str().unwrap();
    let (code, stdout, stderr) = careerfit(&[
        "--quiz",
        quiz,
        "--roles",
        roles,
        "score",
        "--answers-csv",
        csv_arg,
    ]);
    assert_eq!(code, Some(0), "{stderr}");
    let line = |who: &str| {
        stdout
            .lines()
            .find(|l| l.contains(who))
            .unwrap_or_else(|| panic!("{who}: {stdout}"))
            .to_string()
    };
    assert!(line("Pat").contains("low interest"), "{stdout}");
    assert!(!line("Lee").contains("low interest"), "{stdout}");

    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let content = Content::load(Some(&root.join(quiz)), Some(&root.join(roles))).unwrap();
    let batch = batch::score_file(&content.quiz, &content.roles, &csv).unwrap();
    let flags: Vec<bool> = batch.scored.iter().map(|s| s.flags.low_interest).collect();
    assert_eq!(flags, [true, false]);
    let text = String::from_utf8(batch.lines.clone()).unwrap();
    // The records, after the batch's names line.
    let lines: Vec<&str> = text.lines().skip(1).collect();
    assert!(
        lines[0].ends_with(",\"low_interest\":true}"),
        "{}",
        lines[0]
    );
    assert!(
        lines[1].ends_with(",\"low_interest\":false}"),
        "{}",
        lines[1]
    );
    let records = batch.records();
    assert!(records[0].low_interest && !records[1].low_interest);
}

#[test]
fn records_written_before_low_interest_read_as_false() {
    let content = Content::built_in().unwrap();
    let sheet = AnswerSheet::from_answers(
        content
            .quiz
            .questions
            .iter()
            .map(|q| match &q.kind {
                QuestionKind::Likert { .. } => Some(Answer::Likert(4)),
                QuestionKind::Choice { .. } => Some(Answer::Choice(0)),
            })
            .collect(),
    );
    let outcome = score(&content.quiz, &content.roles, &sheet).unwrap();
    let record = Record::new(&content.quiz, "old", None, &sheet, &outcome);
    let mut line = serde_json::to_string(&record).unwrap();
    let field = format!(",\"low_interest\":{}", record.low_interest);
    assert!(line.contains(&field), "{line}");
    line = line.replace(&field, "");
    let old: Record = serde_json::from_str(&line).unwrap();
    assert!(!old.low_interest);
    let read = record::parse(format!("{line}\n").as_bytes(), "old");
    assert_eq!(read.records.len(), 1);
    assert!(!read.records[0].low_interest);
}
