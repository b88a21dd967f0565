//! At a workshop's scale (issue 11 item 11): batch scoring that keeps
//! nothing per row when it writes a results file, and reports that read
//! the same whatever the size. Large runs are benchmarks (benches/batch.rs,
//! benches/group.rs), not tests: these assert behaviour on fixtures.

use std::path::Path;

use careerfit::content::Content;
use careerfit::workshop::batch::{self, Batch, Rows};
use careerfit::workshop::record::{self, Record};

const WORKSHOP: &str = "tests/fixtures/csv/workshop.csv";

fn fixture(path: &str) -> std::path::PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join(path)
}

/// Scores the workshop sheet into a spill buffer, keeping `rows`.
fn scored(rows: Rows) -> (Batch, Vec<u8>) {
    let content = Content::built_in().unwrap();
    let mut spill = Vec::new();
    let batch = batch::score_file_to(
        &content.quiz,
        &content.roles,
        &fixture(WORKSHOP),
        &mut spill,
        rows,
    )
    .expect("the sheet scores");
    (batch, spill)
}

/// The records of a spill, as a reader sees them once committed; the
/// batch id and time (new for every run) left out.
fn records(batch: &Batch, spill: &[u8]) -> Vec<Record> {
    let mut bytes = spill.to_vec();
    bytes.extend(serde_json::to_vec(&batch.commit()).unwrap());
    bytes.push(b'\n');
    record::parse(&bytes, "spill")
        .records
        .into_iter()
        .map(|mut r| {
            r.batch = None;
            r.time = String::new();
            r
        })
        .collect()
}

#[test]
fn a_batch_that_counts_its_rows_writes_the_same_records_and_says_the_same() {
    let (kept, kept_spill) = scored(Rows::Kept);
    let (counted, counted_spill) = scored(Rows::Counted);
    // Nothing is kept per row, but every count and word is the same.
    assert_eq!(kept.scored.len(), 7);
    assert!(counted.scored.is_empty());
    assert_eq!((kept.scored_rows, counted.scored_rows), (7, 7));
    assert_eq!(
        counted.summary(),
        "7 rows scored, 4 rows with problems, 1 blank row skipped"
    );
    assert_eq!(counted.summary(), kept.summary());
    assert_eq!(counted.commit().records, 7);
    assert_eq!(counted.problems, kept.problems);
    assert_eq!(counted.problem_rows, kept.problem_rows);
    assert_eq!(counted.sheet, kept.sheet);
    // The same records, row ids included (they come from the sheet).
    let (a, b) = (
        records(&kept, &kept_spill),
        records(&counted, &counted_spill),
    );
    assert_eq!(a.len(), 7);
    assert_eq!(a, b);
    // Nothing is left in memory once spilled.
    assert!(counted.lines.is_empty());
}

#[test]
fn a_counted_batch_lands_whole_with_its_commit_line() {
    let (batch, spill) = scored(Rows::Counted);
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("results.jsonl");
    let added = batch::append_from(&out, &batch, &mut &spill[..], spill.len() as u64).unwrap();
    assert_eq!(added, record::Added::Added);
    let text = std::fs::read_to_string(&out).unwrap();
    let last = text.lines().last().unwrap();
    assert!(last.starts_with("{\"commit\":"), "{last}");
    assert!(last.contains("\"records\":7"), "{last}");
    assert_eq!(record::read(&out).unwrap().records.len(), 7);

    // Cut before its commit line, the batch reads as nothing, with a
    // warning naming where its records began (after its names line).
    let cut = &text[..text.len() - last.len() - 1];
    let read = record::parse(cut.as_bytes(), "cut.jsonl");
    assert!(read.records.is_empty());
    assert_eq!(
        read.warnings
            .iter()
            .map(ToString::to_string)
            .collect::<Vec<_>>(),
        vec![
            "cut.jsonl:2: skipped 7 records of a batch that never finished (score --answers-csv \
             was stopped before its end); run it again to add them"
                .to_string()
        ]
    );
}

// The group report: read once for the summary and once more for the
// participants (record::files::count_all), it says exactly what reading
// every record into memory says.

use careerfit::content::{Answer, AnswerSheet, QuestionKind};
use careerfit::scoring::score;
use careerfit::workshop::group::export::{self, InMemory, People};
use careerfit::workshop::record::files;

/// `n` participants of the built-in quiz, one a minute from `start`.
fn people(n: usize, start: usize) -> Vec<Record> {
    let content = Content::built_in().unwrap();
    let quiz = &content.quiz;
    (0..n)
        .map(|i| {
            let answers = quiz
                .questions
                .iter()
                .enumerate()
                .map(|(q, question)| {
                    let r = (i * 7 + q * 3) % 11;
                    (r != 0).then(|| match &question.kind {
                        QuestionKind::Likert { .. } => Answer::Likert((r % 5) as u8 + 1),
                        QuestionKind::Choice { options } => Answer::Choice(r % options.len()),
                    })
                })
                .collect();
            let sheet = AnswerSheet::from_answers(answers);
            let outcome = score(quiz, &content.roles, &sheet).unwrap();
            let label = (i % 3 != 0).then(|| format!("Person {}", start + i));
            let mut record = Record::new(quiz, "tuesday", label, &sheet, &outcome);
            record.time = format!(
                "2026-11-25T{:02}:{:02}:00Z",
                9 + (start + i) / 60,
                (start + i) % 60
            );
            record
        })
        .collect()
}

fn lines(records: &[Record]) -> String {
    records
        .iter()
        .map(|r| serde_json::to_string(r).unwrap() + "\n")
        .collect()
}

/// Every export of `paths`, through `people`, with names shown and hidden.
fn exports(
    group: &careerfit::workshop::group::Group,
    people: &dyn People,
    names: &[String],
) -> Vec<String> {
    let mut out = Vec::new();
    for hide in [false, true] {
        let mut write = |f: &dyn Fn(&mut Vec<u8>) -> std::io::Result<()>| {
            let mut bytes = Vec::new();
            f(&mut bytes).unwrap();
            out.push(String::from_utf8(bytes).unwrap());
        };
        let sheet = export::Sheet {
            group,
            people,
            files: names,
            hide_names: hide,
            words: careerfit::lang::Words::english(),
        };
        write(&|o| export::text_to(&sheet, o));
        write(&|o| export::csv_to(&sheet, o));
        write(&|o| export::json_to(&sheet, o));
        write(&|o| export::markdown_to(&sheet, o));
    }
    out
}

/// Counted and re-read, the files give the same reports and warnings as
/// read into memory; `streamed` says whether they could be re-read.
fn same_either_way(paths: &[std::path::PathBuf], streamed: bool) -> Vec<String> {
    let names: Vec<String> = paths.iter().map(|p| files::shown(p)).collect();
    let held = files::read_all(paths, false).unwrap();
    let counted = files::count_all(paths).unwrap();
    assert_eq!(counted.warnings, held.warnings);
    assert_eq!(counted.group.participants, held.group.participants);
    assert_eq!(counted.group.duplicates, held.group.duplicates);
    assert_eq!(counted.reread.is_some(), streamed);
    let want = exports(&held.group, &InMemory, &names);
    // The in-memory exports are the ones every report always printed.
    assert_eq!(want[1], export::csv(&held.group, false));
    assert_eq!(want[2], export::json(&held.group, &names, false));
    if let Some(reread) = &counted.reread {
        let got = exports(&counted.group, reread, &names);
        for (got, want) in got.iter().zip(&want) {
            assert_eq!(got, want);
        }
    }
    held.warnings.iter().map(ToString::to_string).collect()
}

#[test]
fn a_counted_report_says_what_a_report_in_memory_says() {
    let dir = tempfile::tempdir().unwrap();
    let kiosk = dir.path().join("kiosk.jsonl");
    let mut records = people(40, 0);
    // Another version of the quiz, and another quiz.
    records[5].quiz_hash = "0123".to_string();
    records[7].quiz = "other-quiz".to_string();
    // An older record: no id.
    records[9].id = None;
    let mut text = lines(&records[..30]);
    // A batch that landed, then one cut before its commit line (a kill),
    // then a kiosk's records again: the cut batch reads as nothing.
    let mut batched = records[30..].to_vec();
    for r in &mut batched {
        r.batch = Some("b1".to_string());
    }
    text.push_str(&lines(&batched[..5]));
    text.push_str(
        "{\"commit\":\"b1\",\"sheet\":\"s\",\"records\":5,\"time\":\"t\",\"source\":\"a.csv\"}\n",
    );
    for r in &mut batched[5..] {
        r.batch = Some("b2".to_string());
    }
    text.push_str(&lines(&batched[5..8]));
    text.push_str("not a record\n");
    text.push_str(&lines(&batched[8..]).replace("\"b2\"", "null"));
    text.push_str("{\"version\":1,\"id\":\"torn");
    std::fs::write(&kiosk, &text).unwrap();
    let warnings = same_either_way(std::slice::from_ref(&kiosk), true);
    assert_eq!(warnings.len(), 3, "{warnings:?}");
    assert!(
        warnings
            .iter()
            .any(|w| w.contains("skipped 3 records of a batch that never finished")),
        "{warnings:?}"
    );

    // A second file, later: still in the order they finished.
    let later = dir.path().join("later.jsonl");
    std::fs::write(&later, lines(&people(10, 100))).unwrap();
    same_either_way(&[kiosk.clone(), later.clone()], true);

    // The same file twice: the second copy is all duplicates, left out.
    same_either_way(&[kiosk.clone(), kiosk.clone()], true);
    // Edited by hand: a batch cut by another record, then committed. The
    // look ahead cannot tell; it is read into memory, the same as before.
    let edited = dir.path().join("edited.jsonl");
    let mut more = people(4, 200);
    for r in &mut more[..3] {
        r.batch = Some("b3".to_string());
    }
    let (first, rest) = more.split_at(2);
    let text = lines(first)
        + &lines(&rest[1..])
        + &lines(&rest[..1])
        + "{\"commit\":\"b3\",\"sheet\":\"s3\",\"records\":3,\"time\":\"t\",\"source\":\"c.csv\"}\n";
    std::fs::write(&edited, text).unwrap();
    let warnings = same_either_way(std::slice::from_ref(&edited), false);
    assert_eq!(warnings.len(), 1, "{warnings:?}");

    // Two kiosks' files that overlap in time: read into memory.
    same_either_way(&[later.clone(), kiosk.clone()], false);
}

#[test]
fn an_old_format_file_reads_the_same_either_way() {
    // Written before ids, batches and the low interest flag.
    let old = r#"{"version":1,"time":"2026-11-25T09:00:00Z","session":"s","label":"Sam","quiz":"it-career","quiz_hash":"h","answers":{"a":3},"answered":1,"total":30,"dimensions":[{"id":"hands_on","name":"Hands-on hardware","score":50.0}],"ranking":[{"role":"technician","title":"IT Technician","fit":80.0}],"close_call":false,"flat":true,"incomplete":true}
{"version":1,"time":"2026-11-25T09:00:00Z","session":"s","label":"Sam","quiz":"it-career","quiz_hash":"h","answers":{"a":3},"answered":1,"total":30,"dimensions":[{"id":"hands_on","name":"Hands-on hardware","score":50.0}],"ranking":[{"role":"technician","title":"IT Technician","fit":80.0}],"close_call":false,"flat":true,"incomplete":true}
"#;
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("old.jsonl");
    std::fs::write(&path, old).unwrap();
    same_either_way(std::slice::from_ref(&path), true);
    let held = files::read_all(std::slice::from_ref(&path), false).unwrap();
    // Two identical lines in one file are two people.
    assert_eq!(held.group.participants, 2);
}

#[test]
fn the_binary_prints_the_report_a_report_in_memory_makes() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("results.jsonl");
    std::fs::write(&path, lines(&people(25, 0))).unwrap();
    let names = vec![files::shown(&path)];
    let held = files::read_all(std::slice::from_ref(&path), false).unwrap();
    for (format, want) in [
        ("text", export::text(&held.group, &names, false)),
        ("csv", export::csv(&held.group, false)),
        ("json", export::json(&held.group, &names, false)),
        ("markdown", export::markdown(&held.group, &names, false)),
    ] {
        let out = std::process::Command::new(env!("CARGO_BIN_EXE_careerfit"))
            .args(["report", path.to_str().unwrap(), "--format", format])
            .env("HOME", dir.path())
            .env("XDG_CONFIG_HOME", dir.path())
            .env("XDG_DATA_HOME", dir.path())
            .env("XDG_STATE_HOME", dir.path())
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(0), "{format}");
        assert_eq!(String::from_utf8(out.stdout).unwrap(), want, "{format}");
        assert_eq!(String::from_utf8(out.stderr).unwrap(), "", "{format}");
    }
}

// Batch scoring into a results file (`score --answers-csv F --results
// OUT`): each record goes straight into the file under its lock, the commit
// line last; the file ends as adding the records from a spill made it.

/// A results file's lines with what is new on every run (the batch id and
/// the time) blanked.
fn steady(path: &Path) -> Vec<String> {
    let text = std::fs::read_to_string(path).unwrap();
    text.lines()
        .map(|line| {
            let Ok(mut value) = serde_json::from_str::<serde_json::Value>(line) else {
                return line.to_string();
            };
            for field in ["batch", "commit", "time"] {
                if let Some(v) = value.get_mut(field) {
                    *v = serde_json::Value::Null;
                }
            }
            value.to_string()
        })
        .collect()
}

#[test]
fn a_batch_written_straight_into_its_file_lands_as_one_copied_from_a_spill() {
    let content = Content::built_in().unwrap();
    let dir = tempfile::tempdir().unwrap();
    // A kiosk's participant, then a line torn by a crash.
    let kiosk = people(1, 0);
    let start = format!("{}{{\"version\":1,\"ti", lines(&kiosk));
    let (copied, direct) = (
        dir.path().join("copied.jsonl"),
        dir.path().join("direct.jsonl"),
    );
    for path in [&copied, &direct] {
        std::fs::write(path, &start).unwrap();
    }
    let (batch, spill) = scored(Rows::Counted);
    let added = batch::append_from(&copied, &batch, &mut &spill[..], spill.len() as u64).unwrap();
    assert_eq!(added, record::Added::Added);
    let (same, added) = batch::score_file_into(
        &content.quiz,
        &content.roles,
        &fixture(WORKSHOP),
        &direct,
        Rows::Counted,
    )
    .unwrap();
    assert_eq!(added.unwrap(), record::Added::Added);
    assert_eq!(same.summary(), batch.summary());
    assert_eq!(same.problems, batch.problems);
    assert_eq!(
        steady(&direct).len(),
        1 + 1 + 1 + 7 + 1,
        "kiosk, torn, names, 7, commit"
    );
    assert_eq!(steady(&direct), steady(&copied));
    let (a, b) = (
        record::read(&direct).unwrap(),
        record::read(&copied).unwrap(),
    );
    assert_eq!(a.records.len(), 8);
    assert_eq!(
        a.records.iter().map(|r| &r.id).collect::<Vec<_>>(),
        b.records.iter().map(|r| &r.id).collect::<Vec<_>>()
    );
    assert_eq!(
        a.warnings
            .iter()
            .map(ToString::to_string)
            .collect::<Vec<_>>(),
        b.warnings
            .iter()
            .map(|w| w.to_string().replace("copied.jsonl", "direct.jsonl"))
            .collect::<Vec<_>>()
    );
    assert_eq!(a.warnings.len(), 1, "the torn line");

    // The same sheet again: nothing is written.
    let before = std::fs::read(&direct).unwrap();
    let (_, added) = batch::score_file_into(
        &content.quiz,
        &content.roles,
        &fixture(WORKSHOP),
        &direct,
        Rows::Counted,
    )
    .unwrap();
    assert!(matches!(added.unwrap(), record::Added::AlreadyAdded(c) if c.records == 7));
    assert_eq!(std::fs::read(&direct).unwrap(), before);

    // A sheet with no good row: no file is made.
    let bad = dir.path().join("bad.csv");
    std::fs::write(&bad, "replace-laptop-drive\n9\n").unwrap();
    let nowhere = dir.path().join("none").join("results.jsonl");
    let (batch, added) =
        batch::score_file_into(&content.quiz, &content.roles, &bad, &nowhere, Rows::Counted)
            .unwrap();
    assert_eq!(
        (batch.scored_rows, added.unwrap()),
        (0, record::Added::Added)
    );
    assert!(!nowhere.exists() && !nowhere.parent().unwrap().exists());
}

#[test]
fn lines_read_where_they_lie_in_any_buffer_read_as_a_whole_file_does() {
    use careerfit::workshop::group::Loader;
    let mut records = people(12, 0);
    records[3].id = None;
    for r in &mut records[6..9] {
        r.batch = Some("b1".to_string());
    }
    let text = lines(&records[..9])
        + "\n  \nnot a record\n"
        + "{\"commit\":\"b1\",\"sheet\":\"s\",\"records\":3,\"time\":\"t\",\"source\":\"a.csv\"}\n"
        + &lines(&records[9..])
        + "{\"version\":1,\"id\":\"torn";
    let mut whole = Loader::new();
    let whole_cursor = whole.read_from(text.as_bytes(), "r.jsonl").unwrap();
    assert_eq!(whole.entries.len(), 12, "{:?}", whole.warnings);
    assert_eq!(whole.warnings.len(), 2, "{:?}", whole.warnings);
    // Buffers smaller than a line, and lines across their ends.
    for capacity in [1, 2, 7, 64, 1000, 1 << 16] {
        let mut loader = Loader::new();
        let reader = std::io::BufReader::with_capacity(capacity, text.as_bytes());
        let cursor = loader.read_from(reader, "r.jsonl").unwrap();
        assert_eq!(cursor, whole_cursor, "capacity {capacity}");
        assert_eq!(loader, whole, "capacity {capacity}");
    }
    // Read as it grows (a watched file): a line cut anywhere waits for
    // its end.
    let mut grown = Loader::new();
    let mut cursor = careerfit::workshop::group::Cursor::new(0, "r.jsonl");
    for chunk in text.as_bytes().chunks(333) {
        grown.read_more(chunk, &mut cursor).unwrap();
    }
    grown.finish_file(&mut cursor);
    assert_eq!(grown.entries, whole.entries);
    assert_eq!(grown.warnings, whole.warnings);
}
