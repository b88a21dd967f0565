//! Batch scoring (`careerfit score --answers-csv FILE [--results OUT]`)
//! through the library: bad rows reported by the row and column a
//! spreadsheet shows, good rows scored exactly as one answers file would
//! be, results kept as workshop records, forgiving about what forms export,
//! and never a panic, whatever the bytes. The real binary is in
//! batch_binary.rs; the fixtures' rows are described in common/batch.rs.

mod common;

use std::path::Path;

use careerfit::content::{Content, SavedAnswer};
use careerfit::scoring::score;
use careerfit::workshop::batch::{self, Batch, BatchError};
use careerfit::workshop::record::{self, Record};

use common::batch::*;

fn workshop_batch(content: &Content) -> Batch {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(WORKSHOP);
    batch::score_file(&content.quiz, &content.roles, &path).expect("the file scores")
}

#[test]
fn bad_rows_are_reported_by_row_and_column() {
    let content = Content::built_in().unwrap();
    let batch = workshop_batch(&content);
    let problems: Vec<String> = batch.problems.iter().map(|p| p.to_string()).collect();
    assert_eq!(problems, expected_problems());
    assert_eq!(batch.problem_rows, 4);
    assert_eq!(batch.blank_rows, 1);
    assert!(!batch.all_good());
    assert_eq!(
        batch.summary(),
        "7 rows scored, 4 rows with problems, 1 blank row skipped"
    );
}

#[test]
fn good_rows_score_as_the_same_answers_do() {
    let content = Content::built_in().unwrap();
    let batch = workshop_batch(&content);
    let good = good_rows();
    let rows: Vec<usize> = batch.scored.iter().map(|s| s.row).collect();
    assert_eq!(rows, good.iter().map(|g| g.0).collect::<Vec<_>>());
    // The records as written: the batch's names line, then one lean JSON
    // line per good row, naming no interest area or role.
    let lines: Vec<&[u8]> = batch.lines.split_inclusive(|b| *b == b'\n').collect();
    let (names, lines) = lines.split_first().unwrap();
    assert!(names.starts_with(b"{\"names\":"));
    let records = batch.records();
    assert_eq!(lines.len(), good.len());
    assert_eq!(records.len(), good.len());
    for (((scored, line), record), (row, label, answers)) in
        batch.scored.iter().zip(lines).zip(&records).zip(&good)
    {
        let sheet = sheet(&content, answers);
        let outcome = score(&content.quiz, &content.roles, &sheet).unwrap();
        let best = &outcome.ranking[0];
        assert_eq!(content.roles[scored.best].id, best.role, "row {row}");
        assert_eq!(scored.fit, best.fit, "row {row}");
        assert_eq!(scored.label.as_deref(), *label, "row {row}");
        assert_eq!(scored.flags, outcome.flags(), "row {row}");
        // The whole record is what the kiosk would have saved.
        let mut want = Record::new(
            &content.quiz,
            "workshop",
            label.map(str::to_string),
            &sheet,
            &outcome,
        );
        want.time = record.time.clone();
        // Each row's own id, and the batch's (held until its commit line).
        want.id = record.id.clone();
        want.batch = Some(batch.id.clone());
        assert_eq!(record, &want, "row {row}");
        let line = String::from_utf8_lossy(line);
        assert!(line.starts_with("{\"version\":2,"), "row {row}: {line}");
        for name in ["Hands-on hardware", "IT Technician", "answer-stuck-people"] {
            assert!(!line.contains(name), "row {row}: {line}");
        }
    }
}

#[test]
fn the_results_file_holds_exactly_the_good_rows() {
    let content = Content::built_in().unwrap();
    let batch = workshop_batch(&content);
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("nested/results.jsonl");
    // A torn line from an earlier crash: the batch starts on a fresh line.
    std::fs::create_dir_all(out.parent().unwrap()).unwrap();
    std::fs::write(&out, b"{\"version\":1,\"ti").unwrap();
    batch::append(&out, &batch).unwrap();

    let text = std::fs::read_to_string(&out).unwrap();
    let lines: Vec<&str> = text.lines().skip(1).collect();
    assert_eq!(
        lines.len(),
        1 + 7 + 1,
        "the names, the records, the commit line"
    );
    assert!(lines[0].starts_with("{\"names\":"), "{}", lines[0]);
    assert!(lines[8].starts_with("{\"commit\":"), "{}", lines[8]);
    let lines = &lines[1..8];
    for line in lines {
        let value: serde_json::Value = serde_json::from_str(line).expect("valid JSON");
        assert_eq!(value["session"], "workshop");
        assert_eq!(value["quiz"], "it-career");
    }
    let read = record::read(&out).unwrap();
    assert_eq!(read.records, batch.records());
    assert_eq!(read.warnings.len(), 1, "{:?}", read.warnings);
    let labels: Vec<Option<&str>> = read.records.iter().map(|r| r.label.as_deref()).collect();
    let want: Vec<Option<&str>> = good_rows().iter().map(|g| g.1).collect();
    assert_eq!(labels, want, "labels are stored as typed");
}

#[test]
fn an_unknown_header_names_the_column() {
    let content = Content::built_in().unwrap();
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(UNKNOWN_HEADER);
    let Err(BatchError::Header { row, problems, .. }) =
        batch::score_file(&content.quiz, &content.roles, &path)
    else {
        panic!("an unknown header is refused");
    };
    let problems: Vec<String> = problems.iter().map(ToString::to_string).collect();
    assert_eq!(row, 1);
    assert_eq!(
        problems[..2],
        [
            r#"column C (Timestamp) is not a question of quiz "it-career"; rename it to a question id, or delete the column"#,
            r#"column E (Email address) is not a question of quiz "it-career"; rename it to a question id, or delete the column"#,
        ]
    );
    assert!(problems[2].starts_with("the question ids are: replace-laptop-drive, "));
}

fn problems(text: &[u8]) -> Vec<String> {
    score_text(text)
        .unwrap()
        .problems
        .iter()
        .map(|p| p.to_string())
        .collect()
}

#[test]
fn forgiving_about_what_forms_export() {
    // Semicolons (Excel in many locales), CR line ends, a short row, scale
    // and option labels, `4.` and `04`.
    let batch = score_text(
        b"participant;replace-laptop-drive;printers-keep-failing\r\
          A;Strongly like;Open one up and fix the part that broke\r\
          B;4.\r\
          C;04;OPEN-IT-UP\r",
    )
    .unwrap();
    assert!(batch.all_good(), "{:?}", batch.problems);
    let answers: Vec<Vec<(String, SavedAnswer)>> = batch
        .records()
        .into_iter()
        .map(|r| r.answers.into_iter().collect())
        .collect();
    let laptop = |n| ("replace-laptop-drive".to_string(), SavedAnswer::Scale(n));
    let printers = || {
        (
            "printers-keep-failing".to_string(),
            SavedAnswer::Option("open-it-up".to_string()),
        )
    };
    assert_eq!(
        answers,
        [
            vec![printers(), laptop(5)],
            vec![laptop(4)],
            vec![printers(), laptop(4)]
        ]
    );
    assert_eq!(
        batch.scored.iter().map(|s| s.row).collect::<Vec<_>>(),
        [2, 3, 4]
    );

    // Decimals that are not whole, and extra cells past the header.
    assert_eq!(
        problems(b"replace-laptop-drive,printers-keep-failing\n4.5,1\n3,2,,x\n"),
        [
            r#"row 2, column A (replace-laptop-drive): "4.5" is not on the scale; use a whole number from 1 to 5"#,
            r#"row 3, column D: "x" is in a column with no header; give the column a question id, or clear it"#,
        ]
    );
}

#[test]
fn never_a_panic_whatever_the_bytes() {
    // Empty, blank, header only, duplicate headers, no question column.
    assert!(matches!(score_text(b""), Err(BatchError::Empty(_))));
    assert!(matches!(
        score_text(b"\xef\xbb\xbf \r\n\r\n"),
        Err(BatchError::Empty(_))
    ));
    assert!(matches!(
        score_text(b",,,\n,,\n"),
        Err(BatchError::Empty(_))
    ));
    assert!(matches!(
        score_text(b"participant,replace-laptop-drive\r\n"),
        Err(BatchError::NoRows(_))
    ));
    let Err(BatchError::Header { problems, .. }) =
        score_text(b"replace-laptop-drive,participant,Replace-Laptop-Drive,PARTICIPANT\n1,a,2,b\n")
    else {
        panic!("duplicate headers are refused")
    };
    let problems: Vec<String> = problems.iter().map(ToString::to_string).collect();
    assert_eq!(
        problems,
        [
            "column C (Replace-Laptop-Drive) repeats column A; keep one of them",
            "column D (PARTICIPANT) repeats column B; keep one of them",
        ]
    );
    let Err(BatchError::Header { problems, .. }) = score_text(b"participant\nSam\n") else {
        panic!("a header of no question is refused")
    };
    assert!(
        problems[0]
            .to_string()
            .starts_with("no column is a question of quiz")
    );

    // Not UTF-8 (Latin-1 from an old spreadsheet): the name is kept as
    // best it can be, a bad answer is reported, hostile text is escaped.
    let batch = score_text(
        b"participant,replace-laptop-drive,printers-keep-failing\nJos\xe9,4,2\nAl,\xff\x1b[2J,1\n\"unterminated,3",
    )
    .unwrap();
    assert_eq!(batch.scored[0].label.as_deref(), Some("Jos\u{fffd}"));
    assert_eq!(
        batch.problems[0].to_string(),
        "row 3, column B (replace-laptop-drive): \"\u{fffd}\\u{1b}[2J\" is not on the scale; use a whole number from 1 to 5"
    );

    // Garbage: random bytes, and the fixture with random bytes changed.
    let fixture = std::fs::read(Path::new(env!("CARGO_MANIFEST_DIR")).join(WORKSHOP)).unwrap();
    let mut seed: u64 = 0x9e37_79b9_7f4a_7c15;
    let mut next = move || {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        seed
    };
    let alphabet = b",;\t\"\r\n 0123456789.-abc\xef\xbb\xbf\xff\x1b";
    for round in 0..2000 {
        let bytes: Vec<u8> = if round % 2 == 0 {
            let len = (next() % 300) as usize;
            (0..len)
                .map(|_| {
                    let r = next();
                    if r % 3 == 0 {
                        r as u8
                    } else {
                        alphabet[(r >> 8) as usize % alphabet.len()]
                    }
                })
                .collect()
        } else {
            let mut bytes = fixture.clone();
            for _ in 0..(next() % 8 + 1) {
                let at = (next() as usize) % bytes.len();
                bytes[at] = alphabet[(next() as usize) % alphabet.len()];
            }
            bytes
        };
        if let Ok(batch) = score_text(&bytes) {
            assert_eq!(batch.records().len(), batch.scored.len());
        }
    }
}
