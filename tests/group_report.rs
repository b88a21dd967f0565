//! The group report of workshop mode from hand-made records: the summary's
//! numbers, the four exports as snapshots (names shown and hidden), hostile
//! labels in CSV read back cell by cell, and the fast reader and a record
//! at a time agreeing with reading everything at once. The dashboard is in
//! group_dashboard.rs, the real binary and awkward files in group_files.rs;
//! the records they share are in common/group.rs.

mod common;

use careerfit::workshop::group::{Group, export};
use careerfit::workshop::record;

use common::group::*;

// ------------------------------------------------------------- summary

#[test]
fn the_summary_counts_the_group() {
    let group = two_files(session());
    assert_eq!(group.participants, 8);
    assert_eq!(group.duplicates, 1);
    assert_eq!(group.quizzes.len(), 1);
    let q = &group.quizzes[0];
    assert_eq!(q.quiz, "it-career");
    assert_eq!(q.quiz_hash, HASH, "the version most records are from");
    assert_eq!(q.other_version, 1);

    // technician: Sam, Lee, Jo; specialist: Max, "=HYPERLINK"; support:
    // anonymous, Kim; manager: Ana. Ties by id.
    let counts: Vec<(&str, usize)> = q.roles.iter().map(|r| (r.role.as_str(), r.count)).collect();
    assert_eq!(
        counts,
        [
            ("technician", 3),
            ("specialist", 2),
            ("support-specialist", 2),
            ("manager", 1)
        ]
    );
    assert_eq!(q.roles[0].title, "IT Technician");
    assert!((q.roles[0].share(8) - 37.5).abs() < 1e-9);

    // Means over the records where each was measured (Jo did not measure
    // people or leadership).
    let mean = |id: &str| {
        let d = q.profile.iter().find(|d| d.id == id).unwrap();
        (d.mean.unwrap(), d.measured)
    };
    let hands_on = (80.0 + 40.0 + 20.0 + 70.0 + 55.0 + 50.0 + 70.0 + 45.0) / 8.0;
    assert!((mean("hands_on").0 - hands_on).abs() < 1e-9);
    assert_eq!(mean("hands_on").1, 8);
    let people = (50.0 + 85.0 + 60.0 + 72.0 + 30.0 + 52.0 + 35.0) / 7.0;
    assert!((mean("people").0 - people).abs() < 1e-9);
    assert_eq!(mean("people").1, 7);
    let order: Vec<&str> = q.profile.iter().map(|d| d.id.as_str()).collect();
    assert_eq!(order, ["hands_on", "people", "systems", "leadership"]);

    assert_eq!(q.close_calls, 1, "Lee: 74 vs 72.5");
    assert_eq!(q.flat, 1, "Kim");
    assert_eq!(q.incomplete, 1, "Jo");

    // In the order they finished, numbered from 1.
    let table: Vec<(usize, String, String, String)> = q
        .participants
        .iter()
        .map(|p| {
            (
                p.number,
                p.label(false),
                p.best_text(),
                p.flags().join(", "),
            )
        })
        .collect();
    assert_eq!(
        table[0],
        (1, "Sam".into(), "IT Technician 82%".into(), "".into())
    );
    assert_eq!(table[1].1, "Max");
    assert_eq!(table[1].3, "other version");
    assert_eq!(table[2].1, "anonymous");
    assert_eq!(table[4].3, "close call");
    assert_eq!(table[5].3, "flat");
    assert_eq!(table[6].3, "incomplete");
    assert_eq!(q.participants[2].label(true), "Participant 3");
    assert_eq!(
        q.notes(),
        [
            "1 record is from another version of the quiz `it-career` (its questions or scoring changed): counted, but their scores may not compare exactly."
        ]
    );
    assert_eq!(
        group.notes(),
        [
            "1 duplicate record was left out: each was read twice (the same record in two files, or a file given twice)."
        ]
    );
}

#[test]
fn the_same_file_twice_counts_each_participant_once() {
    let once = two_files(session());
    let records = session();
    let (a, b) = records.split_at(5);
    let twice = Group::summarise_files(vec![a.to_vec(), b.to_vec(), a.to_vec(), b.to_vec()]);
    assert_eq!(twice.participants, once.participants);
    assert_eq!(twice.quizzes[0].roles, once.quizzes[0].roles);
    assert_eq!(twice.duplicates, 10);
}

#[test]
fn the_same_person_at_another_time_is_not_a_duplicate() {
    let mut records = session();
    let mut again = records[0].clone();
    again.time = "2026-11-25T15:00:00Z".to_string();
    records.push(again);
    assert_eq!(two_files(records).participants, 9);
}

#[test]
fn different_quizzes_are_summarised_apart() {
    let mut records = session();
    let mut other = rec(
        "2026-11-25T14:30:00Z",
        Some("Pat"),
        [10.0, 20.0, 30.0, 40.0],
        [Some(1.0), Some(2.0), Some(3.0), Some(4.0)],
    );
    other.quiz = "cyber-day".to_string();
    records.push(other);
    let group = two_files(records);
    assert_eq!(group.participants, 9);
    let ids: Vec<&str> = group.quizzes.iter().map(|q| q.quiz.as_str()).collect();
    assert_eq!(ids, ["it-career", "cyber-day"], "largest first");
    assert_eq!(group.quizzes[0].participants.len(), 8);
    assert_eq!(group.quizzes[1].roles[0].role, "manager");
    assert_eq!(group.quizzes[1].participants[0].number, 9);
    assert!(
        group.notes()[0].contains("2 different quizzes"),
        "{:?}",
        group.notes()
    );
    let text = export::text(&group, &files(), false);
    assert!(text.contains("Quiz `it-career`: 8 participants"), "{text}");
    assert!(text.contains("Quiz `cyber-day`: 1 participant\n"), "{text}");
    let csv = export::csv(&group, false);
    assert_eq!(csv.lines().count(), 10);
    assert!(csv.lines().last().unwrap().contains(",cyber-day,"));
}

#[test]
fn nobody_yet_is_not_an_error() {
    let group = Group::summarise(Vec::new());
    assert!(group.is_empty());
    assert!(export::text(&group, &files(), false).contains("No participants yet."));
    assert!(export::markdown(&group, &files(), false).contains("No participants yet."));
    let csv = export::csv(&group, false);
    assert_eq!(csv.lines().count(), 1, "the header only: {csv}");
    let json: serde_json::Value =
        serde_json::from_str(&export::json(&group, &files(), false)).unwrap();
    assert_eq!(json["count"], 0);
}

// ------------------------------------------------------------- exports

#[test]
fn export_snapshots() {
    let group = two_files(session());
    for hide in [false, true] {
        let suffix = if hide { "_hidden" } else { "" };
        let text = export::text(&group, &files(), hide);
        let csv = export::csv(&group, hide);
        let json = export::json(&group, &files(), hide);
        let markdown = export::markdown(&group, &files(), hide);
        insta::assert_snapshot!(format!("text{suffix}"), text);
        insta::assert_snapshot!(format!("csv{suffix}"), csv);
        insta::assert_snapshot!(format!("json{suffix}"), json);
        insta::assert_snapshot!(format!("markdown{suffix}"), markdown);
        for (format, out) in [
            ("text", &text),
            ("csv", &csv),
            ("json", &json),
            ("md", &markdown),
        ] {
            for name in ["Sam", "Lee", "HYPERLINK", "boss"] {
                assert_eq!(
                    out.contains(name),
                    !hide,
                    "{format}: {name} shown with hide_names = {hide}"
                );
            }
        }
        if hide {
            assert!(text.contains("Participant 8"));
            assert!(csv.contains("Participant 3"));
        }
    }
}

#[test]
fn markdown_escapes_labels() {
    let group = two_files(session());
    let md = export::markdown(&group, &files(), false);
    assert!(md.contains("Ana \\| \\<b\\>boss\\</b\\>"), "{md}");
    assert!(!md.contains("<b>"));
    // Every table row still has exactly its 5 cells: 6 unescaped pipes.
    for line in md.lines().filter(|l| l.starts_with("| 2026")) {
        let pipes = line
            .match_indices('|')
            .filter(|(i, _)| !line[..*i].ends_with('\\'))
            .count();
        assert_eq!(pipes, 6, "{line}");
    }
}

#[test]
fn json_holds_the_summary_and_every_participant() {
    let group = two_files(session());
    let json: serde_json::Value =
        serde_json::from_str(&export::json(&group, &files(), false)).unwrap();
    assert_eq!(json["count"], 8);
    assert_eq!(json["duplicates_left_out"], 1);
    let quiz = &json["quizzes"][0];
    assert_eq!(quiz["best_fit"][0]["role"], "technician");
    assert_eq!(quiz["best_fit"][0]["count"], 3);
    assert_eq!(quiz["participants"].as_array().unwrap().len(), 8);
    assert_eq!(
        quiz["participants"][2]["label"],
        serde_json::Value::Null,
        "anonymous"
    );
    assert_eq!(quiz["participants"][1]["other_version"], true);
}

/// A participant with little interest in any area: counted in every export
/// and on the dashboard, with a note pointing to a wider assessment.
#[test]
fn low_interest_is_counted_in_every_export_and_the_dashboard() {
    let mut records = session();
    records.push(rec(
        "2026-11-25T14:20:00Z",
        Some("Pat"),
        [70.0, 64.0, 60.0, 58.0],
        [Some(30.0), Some(10.0), Some(35.0), Some(5.0)],
    ));
    let group = two_files(records);
    let q = &group.quizzes[0];
    assert_eq!(q.low_interest, 1, "Pat");
    let pat = q
        .participants
        .iter()
        .find(|p| p.label(false) == "Pat")
        .unwrap();
    assert_eq!(pat.flags(), ["low interest"]);
    let note = "1 participant showed little interest in any of these kinds of IT work";
    assert!(
        q.notes().iter().any(|n| n.starts_with(note)),
        "{:?}",
        q.notes()
    );
    assert!(
        q.notes()
            .iter()
            .any(|n| n.contains("https://www.mynextmove.org/explore/ip"))
    );

    let text = export::text(&group, &files(), false);
    assert!(text.contains("Low interest: 1"), "{text}");
    assert!(text.contains(note), "{text}");
    let pat_line = text.lines().find(|l| l.contains("Pat")).unwrap();
    assert!(pat_line.contains("low interest"), "{pat_line}");

    let markdown = export::markdown(&group, &files(), false);
    assert!(markdown.contains("**Low interest:** 1"), "{markdown}");

    let csv = export::csv(&group, false);
    let mut rows = csv.lines();
    let header: Vec<&str> = rows.next().unwrap().split(',').collect();
    let column = header.iter().position(|h| *h == "low_interest").unwrap();
    let pat_row: Vec<&str> = rows
        .find(|l| l.contains("Pat"))
        .unwrap()
        .split(',')
        .collect();
    assert_eq!(pat_row[column], "yes");
    let others = csv.lines().skip(1).filter(|l| !l.contains("Pat"));
    for row in others {
        assert_eq!(row.split(',').nth(column), Some("no"), "{row}");
    }

    let json: serde_json::Value =
        serde_json::from_str(&export::json(&group, &files(), false)).unwrap();
    let quiz = &json["quizzes"][0];
    assert_eq!(quiz["low_interest"], 1);
    let people = quiz["participants"].as_array().unwrap();
    let flagged: Vec<&str> = people
        .iter()
        .filter(|p| p["low_interest"] == true)
        .map(|p| p["label"].as_str().unwrap())
        .collect();
    assert_eq!(flagged, ["Pat"]);
    assert!(people.iter().all(|p| p["low_interest"].is_boolean()));

    for size in [(80, 24), (160, 48)] {
        let screen = screen_text(&dashboard_for(group.clone(), false), size);
        assert!(screen.contains("Low interest 1"), "{screen}");
    }
}

#[test]
fn json_keeps_nicknames_as_data_safe_to_print() {
    let label = "\u{202e}evil\u{200b}x\u{1b}[2J\u{7f}";
    let group = Group::summarise(vec![rec(
        "2026-11-25T15:00:00Z",
        Some(label),
        [70.0, 60.0, 50.0, 40.0],
        [Some(80.0), Some(50.0), Some(40.0), Some(20.0)],
    )]);
    let text = export::json(&group, &files(), false);
    for hidden in ['\u{202e}', '\u{200b}', '\u{1b}', '\u{7f}'] {
        assert!(!text.contains(hidden), "{hidden:?} raw in {text}");
    }
    assert!(text.contains("\\u202e"), "{text}");
    assert!(
        !text.contains("\\\\u{"),
        "no Rust-style escapes as text: {text}"
    );
    let json: serde_json::Value = serde_json::from_str(&text).unwrap();
    assert_eq!(json["quizzes"][0]["participants"][0]["label"], label);
}

// ------------------------------------------------------ hostile labels

#[test]
fn hostile_labels_are_neutralised_in_csv() {
    let group = Group::summarise(hostile_records());
    let csv_text = export::csv(&group, false);
    assert_cells_safe(&csv_text, hostile_labels().len());
    // Read back, the labels are still recognisable.
    let mut reader = csv::Reader::from_reader(csv_text.as_bytes());
    let labels: Vec<String> = reader
        .records()
        .map(|r| r.unwrap()[2].to_string())
        .collect();
    assert_eq!(labels[0], "'=cmd|' /C calc'!A0");
    assert_eq!(labels[1], "'+1");
    assert_eq!(labels[3], "'@SUM(A1:A9)");
    assert_eq!(labels[6], "Sam\\u{1b}[2J\\u{1b}]0;pwned\\u{7}");
    assert_eq!(labels[7], "two\\u{a}lines");
    assert_eq!(labels[8], "say \"hi\", then, leave");
    assert_eq!(labels[10], "x".repeat(40), "bounded as at input");
    // Hidden names are safe too.
    assert_cells_safe(&export::csv(&group, true), hostile_labels().len());
}

#[test]
fn hostile_labels_never_reach_the_terminal_or_markup() {
    let group = Group::summarise(hostile_records());
    for out in [
        export::text(&group, &files(), false),
        export::markdown(&group, &files(), false),
        export::json(&group, &files(), false),
    ] {
        assert!(!out.contains('\u{1b}'), "a raw escape");
        assert!(!out.contains('\u{202e}'), "a raw bidi override");
        assert!(!out.contains(&"x".repeat(41)), "an unbounded label");
    }
    let screen = screen_text(&dashboard_for(group, false), (160, 48));
    assert!(!screen.contains('\u{1b}'));
}

// ------------------------------------------------------------- readers

#[test]
fn the_fast_reader_agrees_with_the_record_reader() {
    use careerfit::workshop::group::Loader;
    let mut bytes = Vec::new();
    let mut records = session();
    records.extend(hostile_records());
    for r in &records {
        bytes.extend(serde_json::to_vec(r).unwrap());
        bytes.push(b'\n');
    }
    let good = String::from_utf8(bytes.clone()).unwrap();
    let first = good.lines().next().unwrap().to_string();
    assert!(first.ends_with(",\"low_interest\":false}"), "{first}");
    let odd = [
        // Another format version.
        first.replace("\"version\":1", "\"version\":2"),
        // Answers a record cannot hold: a fraction, a negative, too big, a list.
        first.replace("\"q0\":", "\"q0\":2.5,\"x\":"),
        first.replace("\"q0\":", "\"q0\":-1,\"x\":"),
        first.replace("\"q0\":", "\"q0\":256,\"x\":"),
        first.replace("\"q0\":", "\"q0\":[1],\"x\":"),
        // A missing field; an unknown one (ignored); a label as a number.
        first.replace("\"flat\":false,", ""),
        first.replace("{\"version\":1,", "{\"version\":1,\"extra\":[1,2],"),
        first.replace("\"label\":\"Sam\"", "\"label\":7"),
        // Escapes in the text, answers in another order.
        first.replace("tuesday-class", "tuesday\\u002dclass\\n"),
        // Written before low_interest existed (reads as false); and raised.
        first.replace(",\"low_interest\":false", ""),
        first.replace("\"low_interest\":false", "\"low_interest\":true"),
        "not json".to_string(),
        "   ".to_string(),
    ];
    for line in &odd {
        bytes.extend(line.as_bytes());
        bytes.push(b'\n');
    }
    bytes.extend(&first.as_bytes()[..first.len() / 2]);

    let slow = record::parse(&bytes, "f.jsonl");
    let mut fast = Loader::new();
    fast.parse(&bytes, "f.jsonl");
    assert_eq!(slow.warnings.len(), 9, "{:?}", slow.warnings);
    assert_eq!(
        fast.warnings.len(),
        slow.warnings.len(),
        "{:?}",
        fast.warnings
    );
    for (f, s) in fast.warnings.lines().iter().zip(&slow.warnings) {
        let (f, s) = (f.to_string(), s.to_string());
        assert_eq!(f.split(": skipped").next(), s.split(": skipped").next());
        assert_eq!(f.contains("unfinished"), s.contains("unfinished"));
        assert_eq!(f.contains("version 2"), s.contains("version 2"));
    }
    assert_eq!(fast.entries.len(), slow.records.len());
    let summary = fast.finish();
    assert_eq!(summary.quizzes[0].low_interest, 1, "only the raised one");
    assert_eq!(summary, Group::summarise(slow.records));
}

#[test]
fn records_added_late_and_out_of_order_give_the_same_summary() {
    use careerfit::workshop::group::Loader;
    let records = session();
    let whole = two_files(records.clone());
    // Read as a watched dashboard would: the first file, then the second
    // a record at a time (its times interleave with the first file's).
    let mut loader = Loader::new();
    for r in &records[..5] {
        loader.add_record_from(r, 0);
    }
    let mut group = Group::new(loader.take_entries());
    for r in &records[5..] {
        loader.add_record_from(r, 1);
        group.add(loader.take_entries());
    }
    // And a late record finishing before everyone else.
    let mut early = records[1].clone();
    early.time = "2026-11-25T13:00:00Z".to_string();
    early.label = Some("Early".to_string());
    loader.add_record_from(&early, 1);
    group.add(loader.take_entries());
    let mut all = records.clone();
    all.push(early);
    let mut second = all.split_off(5);
    let whole_plus = Group::summarise_files(vec![all, std::mem::take(&mut second)]);

    let (got, want) = (&group, &whole_plus);
    assert_eq!(got.participants, want.participants);
    assert_eq!(got.duplicates, want.duplicates);
    let (g, w) = (&got.quizzes[0], &want.quizzes[0]);
    assert_eq!(g.roles, w.roles);
    assert_eq!(g.profile, w.profile);
    assert_eq!(g.other_version, w.other_version);
    assert_eq!(
        (g.close_calls, g.flat, g.incomplete),
        (w.close_calls, w.flat, w.incomplete)
    );
    let rows = |q: &careerfit::workshop::group::QuizGroup| {
        q.participants
            .iter()
            .map(|p| (p.number, p.label(false), p.other_version))
            .collect::<Vec<_>>()
    };
    assert_eq!(rows(g), rows(w));
    assert_eq!(rows(g)[0], (1, "Early".to_string(), false));
    assert_eq!(whole.participants + 1, group.participants);
}
