//! The group report of workshop mode: the summary's numbers on hand-made
//! records, the four exports as snapshots (names shown and hidden), hostile
//! labels in CSV read back cell by cell, awkward files (a torn last line,
//! an empty file, another quiz version, another quiz, a missing file), the
//! dashboard at 80x24 and 160x48, and the real binary for every format.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use careerfit::content::{Answer, AnswerSheet, Content, QuestionKind, SavedAnswer};
use careerfit::dashboard::{self, Dashboard, Exit};
use careerfit::scoring::{DimensionScore, Fit, Standing, score};
use careerfit::tui::theme::Theme;
use careerfit::workshop::group::{Group, export};
use careerfit::workshop::record::{self, Record};
use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::buffer::Buffer;

const ROLES: [(&str, &str); 4] = [
    ("technician", "IT Technician"),
    ("support-specialist", "IT Support Specialist"),
    ("specialist", "IT Specialist"),
    ("manager", "IT Manager"),
];
const DIMENSIONS: [(&str, &str); 4] = [
    ("hands_on", "Hands-on hardware"),
    ("people", "Helping people"),
    ("systems", "Technical systems"),
    ("leadership", "Leading and planning"),
];
const HASH: &str = "hash-v2";
const FILES: &[&str] = &["lab-a.jsonl", "lab-b.jsonl"];

/// A hand-made record: fits per role (in `ROLES` order), scores per
/// dimension; the flags follow the default quiz's rule (close call under 3
/// points, flat under 15 points of spread, incomplete under half answered,
/// low interest when every measured score is under 40).
fn rec(time: &str, label: Option<&str>, fits: [f64; 4], dims: [Option<f64>; 4]) -> Record {
    let mut ranking: Vec<Fit> = ROLES
        .iter()
        .zip(fits)
        .map(|((id, title), fit)| Fit {
            role: id.to_string(),
            title: title.to_string(),
            fit,
        })
        .collect();
    ranking.sort_by(|a, b| b.fit.total_cmp(&a.fit).then_with(|| a.role.cmp(&b.role)));
    let measured: Vec<f64> = dims.iter().flatten().copied().collect();
    let spread = measured.iter().copied().fold(f64::MIN, f64::max)
        - measured.iter().copied().fold(f64::MAX, f64::min);
    let answered = if measured.len() == 4 { 32 } else { 10 };
    let mut answers = BTreeMap::new();
    for (i, d) in dims.iter().enumerate() {
        if let Some(d) = d {
            answers.insert(format!("q{i}"), SavedAnswer::Scale(1 + (*d as u8) % 5));
        }
    }
    Record {
        version: record::VERSION,
        id: None,
        batch: None,
        time: time.to_string(),
        session: "tuesday-class".to_string(),
        label: label.map(str::to_string),
        quiz: "it-career".to_string(),
        quiz_hash: HASH.to_string(),
        answers,
        standing: Standing {
            answered,
            total: 32,
            dimensions: DIMENSIONS
                .iter()
                .zip(dims)
                .map(|((id, name), score)| DimensionScore {
                    id: id.to_string(),
                    name: name.to_string(),
                    score,
                })
                .collect(),
            close_call: ranking[0].fit - ranking[1].fit < 3.0,
            flat: spread < 15.0,
            incomplete: answered < 16,
            low_interest: measured.iter().all(|s| *s < 40.0),
            ranking,
        },
    }
}

/// A session of eight, as read from two files: one participant is in both
/// files (a duplicate), one took an older version of the quiz, and the
/// files are not in time order.
fn session() -> Vec<Record> {
    let mut old = rec(
        "2026-11-25T14:04:10Z",
        Some("Max"),
        [60.0, 55.0, 80.0, 52.0],
        [Some(55.0), Some(30.0), Some(90.0), Some(40.0)],
    );
    old.quiz_hash = "hash-v1".to_string();
    let sam = rec(
        "2026-11-25T14:02:30Z",
        Some("Sam"),
        [82.0, 70.0, 60.0, 40.0],
        [Some(80.0), Some(50.0), Some(45.0), Some(20.0)],
    );
    vec![
        sam.clone(),
        rec(
            "2026-11-25T14:05:00Z",
            None,
            [60.0, 78.0, 55.0, 50.0],
            [Some(40.0), Some(85.0), Some(40.0), Some(35.0)],
        ),
        rec(
            "2026-11-25T14:07:45Z",
            Some("Ana | <b>boss</b>"),
            [50.0, 62.0, 60.0, 79.0],
            [Some(20.0), Some(60.0), Some(50.0), Some(85.0)],
        ),
        rec(
            "2026-11-25T14:09:05Z",
            Some("Lee"),
            [74.0, 72.5, 61.0, 45.0],
            [Some(70.0), Some(72.0), Some(40.0), Some(30.0)],
        ),
        old,
        // The second file: Sam again, and three more.
        sam,
        rec(
            "2026-11-25T14:11:20Z",
            Some("Kim"),
            [70.0, 75.0, 72.0, 68.0],
            [Some(50.0), Some(52.0), Some(48.0), Some(55.0)],
        ),
        rec(
            "2026-11-25T14:13:00Z",
            Some("Jo"),
            [77.0, 60.0, 65.0, 50.0],
            [Some(70.0), None, Some(30.0), None],
        ),
        rec(
            "2026-11-25T14:15:40Z",
            Some("=HYPERLINK(\"http://x\")"),
            [58.0, 61.0, 84.0, 60.0],
            [Some(45.0), Some(35.0), Some(92.0), Some(50.0)],
        ),
    ]
}

/// The session as its two files hold it: the first five records in one,
/// the rest in the other (Sam is in both).
fn two_files(mut records: Vec<Record>) -> Group {
    let second = records.split_off(5);
    Group::summarise_files(vec![records, second])
}

fn files() -> Vec<String> {
    FILES.iter().map(|f| f.to_string()).collect()
}

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

// -------------------------------------------------------- hostile labels

/// A spreadsheet reads a cell starting with one of these as a formula.
const FORMULA_STARTS: [char; 6] = ['=', '+', '-', '@', '\t', '\r'];

fn hostile_labels() -> Vec<String> {
    vec![
        "=cmd|' /C calc'!A0".to_string(),
        "+1".to_string(),
        "-1".to_string(),
        "@SUM(A1:A9)".to_string(),
        "\t=1+1".to_string(),
        "\r=1+1".to_string(),
        "Sam\u{1b}[2J\u{1b}]0;pwned\u{7}".to_string(),
        "two\nlines".to_string(),
        "say \"hi\", then, leave".to_string(),
        "\"=1+1\"".to_string(),
        "x".repeat(10 * 1024),
        "=".repeat(10 * 1024),
        "\u{202e}evil".to_string(),
    ]
}

fn hostile_records() -> Vec<Record> {
    hostile_labels()
        .into_iter()
        .enumerate()
        .map(|(i, label)| {
            let mut r = rec(
                &format!("2026-11-25T15:{i:02}:00Z"),
                Some(&label),
                [70.0, 60.0, 50.0, 40.0],
                [Some(80.0), Some(50.0), Some(40.0), Some(20.0)],
            );
            // The session and a role title are from the file too.
            if i == 0 {
                r.session = "=evil()".to_string();
                r.ranking[0].title = "-IT Technician\u{1b}[31m".to_string();
            }
            r
        })
        .collect()
}

fn assert_cells_safe(csv_text: &str, rows: usize) {
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(true)
        .from_reader(csv_text.as_bytes());
    let header = reader.headers().unwrap().clone();
    let label_at = header.iter().position(|h| h == "label").unwrap();
    let mut count = 0;
    for row in reader.records() {
        let row = row.expect("every row parses");
        assert_eq!(row.len(), header.len(), "every row has every column");
        for cell in row.iter() {
            assert!(
                !cell.starts_with(FORMULA_STARTS),
                "a cell a spreadsheet reads as a formula: {cell:?}"
            );
            assert!(
                !cell.chars().any(|c| c.is_control()),
                "a raw control character in {cell:?}"
            );
            assert!(cell.chars().count() <= 400, "an unbounded cell");
        }
        assert!(row[label_at].chars().count() <= 200, "{:?}", &row[label_at]);
        count += 1;
    }
    assert_eq!(count, rows, "one row per participant");
}

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

// ----------------------------------------------------------- dashboard

fn dashboard_for(group: Group, hide: bool) -> Dashboard {
    Dashboard::new(group, Theme::mono(), hide, files())
}

fn text(buffer: &Buffer) -> String {
    let area = buffer.area;
    let mut out = String::new();
    for y in 0..area.height {
        for x in 0..area.width {
            out.push_str(buffer[(x, y)].symbol());
        }
        out.push('\n');
    }
    out
}

fn render(d: &Dashboard, (w, h): (u16, u16)) -> Terminal<TestBackend> {
    let mut d = d.clone();
    d.resize(w, h);
    let mut terminal = Terminal::new(TestBackend::new(w, h)).unwrap();
    terminal.draw(|f| dashboard::draw(&d, f)).unwrap();
    terminal
}

fn screen_text(d: &Dashboard, size: (u16, u16)) -> String {
    text(render(d, size).backend().buffer())
}

fn snap(d: &Dashboard, name: &str, size: (u16, u16)) -> String {
    let terminal = render(d, size);
    insta::assert_snapshot!(
        format!("dashboard_{name}_{}x{}", size.0, size.1),
        terminal.backend()
    );
    text(terminal.backend().buffer())
}

fn read_of(records: Vec<Record>) -> careerfit::workshop::record::files::Read {
    careerfit::workshop::record::files::Read {
        group: Group::summarise(records),
        warnings: Vec::new(),
        waiting: Vec::new(),
    }
}

fn key(d: &mut Dashboard, code: KeyCode) {
    d.handle_key(KeyEvent::new(code, KeyModifiers::NONE));
}

#[test]
fn dashboard_snapshots() {
    let group = two_files(session());
    for hide in [false, true] {
        let d = dashboard_for(group.clone(), hide);
        let name = if hide { "hidden" } else { "names" };
        for size in [(80, 24), (160, 48)] {
            let screen = snap(&d, name, size);
            for want in [
                "Group report · it-career",
                "8 participants",
                "IT Technician",
                "38%",
                "Hands-on hardware",
                "Close calls 1 · Flat profiles 1 · Incomplete 1 · Low interest 0",
                "from another quiz version",
                "close call",
            ] {
                assert!(screen.contains(want), "{want:?} missing:\n{screen}");
            }
            assert_eq!(screen.contains("Sam"), !hide, "{screen}");
            assert_eq!(screen.contains("Participant 1"), hide, "{screen}");
            assert_eq!(screen.contains("names hidden"), hide);
        }
    }
}

#[test]
fn dashboard_watching_says_when_it_updated() {
    let mut d = dashboard_for(Group::summarise(Vec::new()), false);
    d.watching = true;
    let mut read = careerfit::workshop::record::files::Read {
        group: Group::new(Vec::new()),
        warnings: Vec::new(),
        waiting: vec!["lab-b.jsonl".to_string()],
    };
    let screen = {
        d.update(read.clone(), "2026-11-25T14:00:00Z");
        snap(&d, "empty_watching", (80, 24))
    };
    assert!(screen.contains("No participants yet."));
    assert!(screen.contains("updated 14:00:00 UTC"));
    assert!(screen.contains("Waiting for lab-b.jsonl"), "{screen}");
    read.group = two_files(session());
    read.waiting.clear();
    read.warnings = vec!["lab-a.jsonl:9: skipped an unfinished last line".into()];
    d.update(read, "2026-11-25T14:20:05Z");
    let screen = snap(&d, "watching", (80, 24));
    assert!(
        screen.contains("8 participants · updated 14:20:05 UTC"),
        "{screen}"
    );
    assert!(screen.contains("1 bad line skipped"), "{screen}");
}

#[test]
fn dashboard_scrolls_and_follows_new_participants() {
    let many: Vec<Record> = (0..30)
        .map(|i| {
            rec(
                &format!("2026-11-25T14:{i:02}:00Z"),
                Some(&format!("Person {i:02}")),
                [70.0 + i as f64 % 7.0, 72.0, 60.0, 40.0 + i as f64],
                [Some(60.0), Some(70.0), Some(40.0), Some(30.0 + i as f64)],
            )
        })
        .collect();
    let mut d = dashboard_for(Group::summarise(many[..20].to_vec()), false);
    d.resize(80, 24);
    let shown = dashboard::draw::table_rows(&d, 80, 24);
    assert!(shown >= 8, "{shown} rows at 80x24");
    assert_eq!(d.scroll, 0);
    key(&mut d, KeyCode::Down);
    assert_eq!(d.scroll, 1);
    key(&mut d, KeyCode::PageDown);
    key(&mut d, KeyCode::PageDown);
    assert_eq!(d.scroll, 20 - shown, "stops at the end");
    let screen = snap(&d, "scrolled_end", (80, 24));
    assert!(screen.contains("Person 19"));
    assert!(!screen.contains("Person 00"));
    // At the end, new participants come into view as they finish.
    d.update(read_of(many.clone()), "2026-11-25T14:40:00Z");
    assert_eq!(d.scroll, 30 - shown);
    assert!(screen_text(&d, (80, 24)).contains("Person 29"));
    key(&mut d, KeyCode::Home);
    assert_eq!(d.scroll, 0);
    key(&mut d, KeyCode::Up);
    assert_eq!(d.scroll, 0);
    // Not at the end: the view stays where it was.
    key(&mut d, KeyCode::Down);
    let mut more = many.clone();
    more.push(rec(
        "2026-11-25T15:00:00Z",
        Some("Late"),
        [70.0, 60.0, 50.0, 40.0],
        [Some(80.0), Some(50.0), Some(40.0), Some(20.0)],
    ));
    d.update(read_of(more), "2026-11-25T15:00:01Z");
    assert_eq!(d.scroll, 1);
}

#[test]
fn dashboard_keys() {
    let mut d = dashboard_for(two_files(session()), false);
    d.resize(80, 24);
    key(&mut d, KeyCode::Char('h'));
    assert!(d.hide_names);
    assert!(screen_text(&d, (80, 24)).contains("Participant 1"));
    key(&mut d, KeyCode::Char('?'));
    assert!(d.help);
    let screen = snap(&d, "help", (80, 24));
    assert!(screen.contains("hide or show names"));
    key(&mut d, KeyCode::Esc);
    assert!(!d.help, "Esc closes the help first");
    assert_eq!(d.exit, None);
    key(&mut d, KeyCode::Char('q'));
    assert_eq!(d.exit, Some(Exit::Quit));
    let mut d = dashboard_for(two_files(session()), false);
    d.handle_key(KeyEvent::new(KeyCode::Char('c'), KeyModifiers::CONTROL));
    assert_eq!(d.exit, Some(Exit::Interrupted));
}

#[test]
fn dashboard_switches_between_quizzes() {
    let mut records = session();
    let mut other = records[1].clone();
    other.quiz = "cyber-day".to_string();
    other.time = "2026-11-25T16:00:00Z".to_string();
    records.push(other);
    let mut d = dashboard_for(two_files(records), false);
    let screen = screen_text(&d, (80, 24));
    assert!(screen.contains("it-career (quiz 1 of 2)"), "{screen}");
    assert!(screen.contains("Tab next quiz"), "{screen}");
    key(&mut d, KeyCode::Tab);
    let screen = screen_text(&d, (80, 24));
    assert!(screen.contains("cyber-day (quiz 2 of 2)"), "{screen}");
    assert!(screen.contains("1 participant "), "{screen}");
}

#[test]
fn dashboard_too_small() {
    let d = dashboard_for(two_files(session()), false);
    let screen = snap(&d, "too_small", (59, 19));
    assert!(screen.contains("terminal too small: need 60x20"));
    let screen = screen_text(&d, (60, 20));
    assert!(screen.contains("Group report"), "{screen}");
}

#[test]
fn dashboard_draws_in_colour_too() {
    let mut d = dashboard_for(two_files(session()), false);
    d.theme = Theme { color: true };
    let mono = screen_text(&dashboard_for(two_files(session()), false), (80, 24));
    assert_eq!(
        screen_text(&d, (80, 24)),
        mono,
        "colour changes no character"
    );
}

// --------------------------------------------------- files and binary

fn careerfit(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_careerfit"))
        .args(args)
        .env("NO_COLOR", "1")
        .output()
        .expect("the binary runs")
}

fn write_records(path: &Path, records: &[Record]) {
    record::append(path, records).unwrap();
}

/// Records scored by the real engine from digit strings (one digit per
/// question: 1 to 5 on a scale, an option's position on a choice, 0 for
/// skipped).
fn scored(digits: &str, time: &str, label: Option<&str>) -> Record {
    let content = Content::built_in().unwrap();
    let quiz = &content.quiz;
    let answers = quiz
        .questions
        .iter()
        .zip(digits.chars())
        .map(|(q, c)| {
            let n = c.to_digit(10).unwrap() as u8;
            match (&q.kind, n) {
                (_, 0) => None,
                (QuestionKind::Likert { .. }, n) => Some(Answer::Likert(n)),
                (QuestionKind::Choice { .. }, n) => Some(Answer::Choice(n as usize - 1)),
            }
        })
        .collect();
    let sheet = AnswerSheet::from_answers(answers);
    let outcome = score(quiz, &content.roles, &sheet).unwrap();
    let mut r = Record::new(
        quiz,
        "career-day",
        label.map(str::to_string),
        &sheet,
        &outcome,
    );
    r.time = time.to_string();
    r
}

fn real_session(dir: &Path) -> (PathBuf, PathBuf) {
    let a = dir.join("kiosk-a.jsonl");
    let b = dir.join("laptop-b.jsonl");
    write_records(
        &a,
        &[
            scored(
                "51111514111351125152551311541311",
                "2026-11-25T10:00:00Z",
                Some("Sam"),
            ),
            scored(
                "11531112515155141113511151121513",
                "2026-11-25T10:05:00Z",
                None,
            ),
            scored(
                "55111554111311135551555311535112",
                "2026-11-25T10:09:00Z",
                Some("Lee"),
            ),
        ],
    );
    write_records(
        &b,
        &[
            scored(
                "33313331333133313332333233323334",
                "2026-11-25T10:07:00Z",
                Some("Kim"),
            ),
            scored(
                "51111514000000000000000000000000",
                "2026-11-25T10:12:00Z",
                Some("Jo"),
            ),
        ],
    );
    (a, b)
}

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
        stderr.contains("kiosk-a.jsonl:4: skipped an unfinished last line"),
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
        assert_eq!(f.split(": skipped").next(), s.split(": skipped").next());
        assert_eq!(f.contains("unfinished"), s.contains("unfinished"));
        assert_eq!(f.contains("version 2"), s.contains("version 2"));
    }
    assert_eq!(fast.entries.len(), slow.records.len());
    let summary = fast.finish();
    assert_eq!(summary.quizzes[0].low_interest, 1, "only the raised one");
    assert_eq!(summary, Group::summarise(slow.records));
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

#[test]
fn the_watched_dashboard_shows_what_was_added() {
    use careerfit::workshop::record::files::Source;
    let dir = tempfile::tempdir().unwrap();
    let (a, b) = real_session(dir.path());
    let files = vec![a.clone(), b];
    let mut source = Source::new(&files, true);
    let mut d = dashboard_for(Group::default(), false);
    d.watching = true;
    d.refresh(&mut source, "2026-11-25T10:15:00Z");
    let screen = screen_text(&d, (80, 24));
    assert!(screen.contains("5 participants"), "{screen}");
    write_records(
        &a,
        &[scored(
            "51111514111351125152551311541311",
            "2026-11-25T10:20:00Z",
            Some("Newcomer"),
        )],
    );
    std::fs::OpenOptions::new()
        .append(true)
        .open(&a)
        .and_then(|mut f| std::io::Write::write_all(&mut f, b"not a record\n"))
        .unwrap();
    d.refresh(&mut source, "2026-11-25T10:20:05Z");
    let screen = screen_text(&d, (80, 24));
    assert!(
        screen.contains("6 participants · updated 10:20:05 UTC"),
        "{screen}"
    );
    assert!(screen.contains("Newcomer"), "{screen}");
    assert!(screen.contains("1 bad line skipped"), "{screen}");
    // A key press reads nothing: the file's next record is not shown
    // until the files change again.
    write_records(
        &a,
        &[scored(
            "11531112515155141113511151121513",
            "2026-11-25T10:21:00Z",
            Some("Later"),
        )],
    );
    key(&mut d, KeyCode::Down);
    assert!(screen_text(&d, (80, 24)).contains("6 participants"));
}
