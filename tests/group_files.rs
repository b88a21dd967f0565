//! The group report through the real binary (`careerfit report FILE...
//! --format F`) and awkward files: every format, a torn last line, an
//! empty file, a missing file, another quiz version, hostile labels, rows
//! that look alike, a file that is not a results file, and watched files
//! read only where they grew. The records are from common/group.rs.

mod common;

use careerfit::workshop::group::Group;
use careerfit::workshop::record::Record;

use common::group::*;

#[test]
fn the_binary_exports_every_format() {
    let dir = tempfile::tempdir().unwrap();
    let (a, b) = real_session(dir.path());
    let (a, b) = (a.to_str().unwrap(), b.to_str().unwrap());
    for format in ["text", "csv", "json", "markdown"] {
        let out = careerfit(&["report", a, b, a, "--format", format]);
        let stdout = String::from_utf8(out.stdout).unwrap();
        let stderr = String::from_utf8(out.stderr).unwrap();
        assert!(out.status.success(), "{format}: {stderr}");
        assert_eq!(stderr, "", "{format}: no warnings");
        match format {
            "text" => {
                assert!(stdout.contains("Group report: 5 participants"), "{stdout}");
                assert!(
                    stdout.contains("3 duplicate records were left out"),
                    "{stdout}"
                );
                assert!(stdout.contains("Close calls: 2"), "{stdout}");
            }
            "csv" => {
                let mut reader = csv::Reader::from_reader(stdout.as_bytes());
                let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
                assert_eq!(rows.len(), 5);
                assert_eq!(&rows[0][2], "Sam");
                assert_eq!(&rows[0][4], "IT Technician");
                assert_eq!(&rows[1][2], "anonymous");
            }
            "json" => {
                let json: serde_json::Value = serde_json::from_str(&stdout).unwrap();
                assert_eq!(json["count"], 5);
                assert_eq!(json["quizzes"][0]["quiz"], "it-career");
                assert_eq!(json["quizzes"][0]["flat"], 1);
                assert_eq!(json["quizzes"][0]["incomplete"], 1);
            }
            _ => {
                assert!(stdout.starts_with("# Group report"), "{stdout}");
                assert!(stdout.contains("| Role | Participants | Share |"));
            }
        }
        let hidden = careerfit(&["report", a, b, "--format", format, "--hide-names"]);
        let hidden = String::from_utf8(hidden.stdout).unwrap();
        assert!(
            !hidden.contains("Sam") && hidden.contains("Participant 1"),
            "{hidden}"
        );
    }
    // Without a terminal and without --format: the text export.
    let out = careerfit(&["report", a]);
    assert!(out.status.success());
    assert!(
        String::from_utf8(out.stdout)
            .unwrap()
            .starts_with("Group report: 3 participants")
    );
}

#[test]
fn a_torn_last_line_is_skipped_with_a_warning() {
    let dir = tempfile::tempdir().unwrap();
    let (a, _) = real_session(dir.path());
    let mut bytes = std::fs::read(&a).unwrap();
    let torn = serde_json::to_string(&scored(
        "51111514111351125152551311541311",
        "2026-11-25T10:20:00Z",
        Some("Torn"),
    ))
    .unwrap();
    bytes.extend_from_slice(&torn.as_bytes()[..torn.len() / 2]);
    std::fs::write(&a, bytes).unwrap();
    let out = careerfit(&["report", a.to_str().unwrap(), "--format", "text"]);
    let stderr = String::from_utf8(out.stderr).unwrap();
    let stdout = String::from_utf8(out.stdout).unwrap();
    assert!(out.status.success(), "{stderr}");
    assert_eq!(stderr.lines().count(), 1, "{stderr}");
    assert!(stderr.starts_with("warning: "), "{stderr}");
    assert!(
        // Line 5: the file's names line, then its three records.
        stderr.contains("kiosk-a.jsonl:5: skipped an unfinished last line"),
        "{stderr}"
    );
    assert!(stdout.contains("3 participants"), "{stdout}");
    assert!(!stdout.contains("Torn"));
}

#[test]
fn an_empty_file_has_no_participants_yet() {
    let dir = tempfile::tempdir().unwrap();
    let empty = dir.path().join("empty.jsonl");
    std::fs::write(&empty, "").unwrap();
    let path = empty.to_str().unwrap();
    let out = careerfit(&["report", path, "--format", "text"]);
    assert!(out.status.success());
    assert!(
        String::from_utf8(out.stdout)
            .unwrap()
            .contains("No participants yet.")
    );
    let out = careerfit(&["report", path, "--format", "csv"]);
    assert!(out.status.success());
    assert_eq!(String::from_utf8(out.stdout).unwrap().lines().count(), 1);
    assert_eq!(
        String::from_utf8(out.stderr).unwrap(),
        "careerfit: no participants yet\n"
    );
}

#[test]
fn a_missing_file_is_an_error_naming_it_and_nothing_is_exported() {
    let dir = tempfile::tempdir().unwrap();
    let (a, _) = real_session(dir.path());
    let missing = dir.path().join("laptop-c.jsonl");
    let out = careerfit(&[
        "report",
        a.to_str().unwrap(),
        missing.to_str().unwrap(),
        "--format",
        "csv",
    ]);
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(out.stdout, b"", "nothing exported");
    assert!(
        stderr.contains(&format!(
            "error: cannot read results file {}: no such file",
            missing.display()
        )),
        "{stderr}"
    );
    assert!(stderr.contains("nothing was exported"), "{stderr}");
}

#[test]
fn another_version_of_the_quiz_is_counted_and_said() {
    let dir = tempfile::tempdir().unwrap();
    let (a, b) = real_session(dir.path());
    let mut old = scored(
        "55555555555555555555555555555555",
        "2026-11-25T09:00:00Z",
        Some("Old"),
    );
    old.quiz_hash = "0000000000000000".to_string();
    write_records(&b, &[old]);
    let out = careerfit(&[
        "report",
        a.to_str().unwrap(),
        b.to_str().unwrap(),
        "--format",
        "text",
    ]);
    let stdout = String::from_utf8(out.stdout).unwrap();
    assert!(out.status.success());
    assert!(stdout.contains("6 participants"), "{stdout}");
    assert!(
        stdout.contains("Note: 1 record is from another version of the quiz `it-career`"),
        "{stdout}"
    );
    assert!(stdout.contains("other version"), "{stdout}");
}

#[test]
fn hostile_labels_through_the_binary() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("hostile.jsonl");
    // Written raw, as a file from elsewhere might be: unbounded labels.
    let mut bytes = Vec::new();
    for r in hostile_records() {
        bytes.extend(serde_json::to_vec(&r).unwrap());
        bytes.push(b'\n');
    }
    std::fs::write(&path, bytes).unwrap();
    let out = careerfit(&["report", path.to_str().unwrap(), "--format", "csv"]);
    assert!(out.status.success());
    assert_cells_safe(
        &String::from_utf8(out.stdout).unwrap(),
        hostile_labels().len(),
    );
    let out = careerfit(&["report", path.to_str().unwrap(), "--format", "text"]);
    assert!(
        !out.stdout.contains(&0x1b),
        "no raw escape reaches the terminal"
    );
}

// ------------------------------------- issue 9: items 13a, 18, 23, 28a

#[test]
fn identical_anonymous_rows_are_different_people() {
    let dir = tempfile::tempdir().unwrap();
    let sheet = dir.path().join("class.csv");
    // Four anonymous rows, three with identical answers.
    std::fs::write(
        &sheet,
        "replace-laptop-drive,printers-keep-failing\n4,1\n4,1\n4,1\n2,3\n",
    )
    .unwrap();
    let out = dir.path().join("class.jsonl");
    let status = careerfit(&[
        "score",
        "--answers-csv",
        sheet.to_str().unwrap(),
        "--results",
        out.to_str().unwrap(),
    ])
    .status;
    assert!(status.success());
    let out_text = out.to_str().unwrap();
    let text =
        String::from_utf8(careerfit(&["report", out_text, "--format", "text"]).stdout).unwrap();
    assert!(text.starts_with("Group report: 4 participants"), "{text}");
    assert!(!text.contains("duplicate"), "{text}");
    // A copy of the file given too: the same records, counted once.
    let copy = dir.path().join("copy.jsonl");
    std::fs::copy(&out, &copy).unwrap();
    let text = String::from_utf8(
        careerfit(&[
            "report",
            out_text,
            copy.to_str().unwrap(),
            "--format",
            "text",
        ])
        .stdout,
    )
    .unwrap();
    assert!(text.starts_with("Group report: 4 participants"), "{text}");
    assert!(text.contains("4 duplicate records were left out"), "{text}");

    // Two kiosk participants finishing in the same second with the same
    // answers are two people.
    let a = scored(
        "51111514111351125152551311541311",
        "2026-11-25T10:00:00Z",
        None,
    );
    let mut b = scored(
        "51111514111351125152551311541311",
        "2026-11-25T10:00:00Z",
        None,
    );
    b.time = a.time.clone();
    assert_ne!(a.id, b.id);
    let kiosk = dir.path().join("kiosk.jsonl");
    write_records(&kiosk, &[a, b]);
    let json: serde_json::Value = serde_json::from_slice(
        &careerfit(&["report", kiosk.to_str().unwrap(), "--format", "json"]).stdout,
    )
    .unwrap();
    assert_eq!(json["count"], 2);

    // Older records without ids: the same line three times in one file is
    // three people; the same file twice is still three.
    let old: Vec<Record> = (0..3)
        .map(|_| {
            let mut r = scored(
                "33313331333133313332333233323334",
                "2026-11-25T09:00:00Z",
                None,
            );
            r.id = None;
            r
        })
        .collect();
    let older = dir.path().join("older.jsonl");
    write_records(&older, &old);
    let o = older.to_str().unwrap();
    let json: serde_json::Value =
        serde_json::from_slice(&careerfit(&["report", o, o, "--format", "json"]).stdout).unwrap();
    assert_eq!(json["count"], 3);
    assert_eq!(json["duplicates_left_out"], 3);
}

#[test]
fn a_file_that_is_not_a_results_file_is_said_once() {
    let dir = tempfile::tempdir().unwrap();
    let numbers = dir.path().join("numbers.txt");
    let text: String = (1..=119).map(|n| format!("{n}\n")).collect();
    std::fs::write(&numbers, text).unwrap();
    let out = careerfit(&["report", numbers.to_str().unwrap(), "--format", "text"]);
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(out.stdout, b"");
    assert_eq!(
        stderr.matches("is not a careerfit results file").count(),
        1,
        "{stderr}"
    );
    assert!(!stderr.contains("warning:"), "{stderr}");
    assert!(
        stderr.contains("careerfit workshop"),
        "what one is: {stderr}"
    );

    // A real results file with a few bad lines still warns, bounded.
    let (a, _) = real_session(dir.path());
    let mut bytes = std::fs::read(&a).unwrap();
    for n in 0..30 {
        bytes.extend(format!("garbage {n}\n").as_bytes());
    }
    std::fs::write(&a, bytes).unwrap();
    let out = careerfit(&["report", a.to_str().unwrap(), "--format", "text"]);
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(out.status.success(), "{stderr}");
    assert_eq!(stderr.lines().count(), 11, "{stderr}");
    assert!(
        stderr.ends_with("warning: … and 20 more skipped lines (not listed)\n"),
        "{stderr}"
    );
}

// ------------------------------------------------------------ watching

#[test]
fn watching_reads_only_what_was_added() {
    use careerfit::workshop::record::files::Source;
    let dir = tempfile::tempdir().unwrap();
    let (a, b) = real_session(dir.path());
    let files = vec![a.clone(), b.clone()];
    let mut source = Source::new(&files, true);
    let mut group = Group::default();
    source.poll(&mut group).unwrap();
    assert_eq!(group.participants, 5);

    // A new participant, and half a line of the next one.
    let late = scored(
        "51111514111351125152551311541311",
        "2026-11-25T11:00:00Z",
        Some("Late"),
    );
    write_records(&a, &[late]);
    let next = serde_json::to_vec(&scored(
        "11531112515155141113511151121513",
        "2026-11-25T11:05:00Z",
        Some("Next"),
    ))
    .unwrap();
    let mut file = std::fs::OpenOptions::new().append(true).open(&b).unwrap();
    use std::io::Write;
    file.write_all(&next[..40]).unwrap();
    source.poll(&mut group).unwrap();
    assert_eq!(group.participants, 6);
    assert!(
        source.warnings().is_empty(),
        "a line being written is not torn yet"
    );
    file.write_all(&next[40..]).unwrap();
    file.write_all(b"\n").unwrap();
    source.poll(&mut group).unwrap();
    assert_eq!(group.participants, 7);
    let q = &group.quizzes[0];
    assert_eq!(q.participants.last().unwrap().label(false), "Next");
    assert_eq!(
        q.participants.iter().map(|p| p.number).collect::<Vec<_>>(),
        (1..=7).collect::<Vec<_>>()
    );
    // The same as reading everything at once.
    let once = careerfit::workshop::record::files::read_all(&files, false).unwrap();
    assert_eq!(once.group.participants, 7);
    assert_eq!(once.group.quizzes[0].roles, q.roles);
    assert_eq!(once.group.quizzes[0].profile, q.profile);

    // A batch being added counts only when its commit line is there.
    let sheet = dir.path().join("late.csv");
    std::fs::write(&sheet, "replace-laptop-drive\n4\n5\n").unwrap();
    let spare = dir.path().join("spare.jsonl");
    careerfit(&[
        "score",
        "--answers-csv",
        sheet.to_str().unwrap(),
        "--results",
        spare.to_str().unwrap(),
    ]);
    let batch = std::fs::read(&spare).unwrap();
    let commit_at = batch
        .windows(10)
        .position(|w| w == b"{\"commit\":")
        .unwrap();
    let mut file = std::fs::OpenOptions::new().append(true).open(&a).unwrap();
    file.write_all(&batch[..commit_at]).unwrap();
    source.poll(&mut group).unwrap();
    assert_eq!(group.participants, 7, "held until the commit line");
    file.write_all(&batch[commit_at..]).unwrap();
    source.poll(&mut group).unwrap();
    assert_eq!(group.participants, 9);

    // A file replaced by a shorter one: read again from the start.
    std::fs::remove_file(&a).unwrap();
    write_records(
        &a,
        &[scored(
            "33313331333133313332333233323334",
            "2026-11-25T12:00:00Z",
            Some("New"),
        )],
    );
    source.poll(&mut group).unwrap();
    assert_eq!(
        group.participants, 4,
        "the new file's 1 and the other file's 3"
    );
}
