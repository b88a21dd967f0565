//! Hand-made workshop records and their group, shared by the group report
//! tests (group_report.rs: the summary and exports; group_dashboard.rs: the
//! dashboard; group_files.rs: the real binary and awkward files): a session
//! of eight in two files, hostile labels, records scored by the real engine,
//! and the dashboard drawn on a test terminal.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::Output;

use careerfit::content::{Answer, AnswerSheet, Content, QuestionKind, SavedAnswer};
use careerfit::dashboard::{self, Dashboard};
use careerfit::scoring::{DimensionScore, Fit, Standing, score};
use careerfit::tui::theme::Theme;
use careerfit::workshop::group::Group;
use careerfit::workshop::record::{self, Record};
use crossterm::event::KeyCode;
use ratatui::Terminal;
use ratatui::backend::TestBackend;

use super::cmd::{Home, careerfit_in};
use super::keys;
use super::screen::{drawn_terminal, terminal_text};

pub const ROLES: [(&str, &str); 4] = [
    ("technician", "IT Technician"),
    ("support-specialist", "IT Support Specialist"),
    ("specialist", "IT Specialist"),
    ("manager", "IT Manager"),
];
pub const DIMENSIONS: [(&str, &str); 4] = [
    ("hands_on", "Hands-on hardware"),
    ("people", "Helping people"),
    ("systems", "Technical systems"),
    ("leadership", "Leading and planning"),
];
pub const HASH: &str = "hash-v2";
pub const FILES: &[&str] = &["lab-a.jsonl", "lab-b.jsonl"];

/// A hand-made record: fits per role (in `ROLES` order), scores per
/// dimension; the flags follow the default quiz's rule (close call under 3
/// points, flat under 15 points of spread, incomplete under half answered,
/// low interest when every measured score is under 40).
pub fn rec(time: &str, label: Option<&str>, fits: [f64; 4], dims: [Option<f64>; 4]) -> Record {
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
        lang: None,
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
pub fn session() -> Vec<Record> {
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
pub fn two_files(mut records: Vec<Record>) -> Group {
    let second = records.split_off(5);
    Group::summarise_files(vec![records, second])
}

pub fn files() -> Vec<String> {
    FILES.iter().map(|f| f.to_string()).collect()
}

/// A spreadsheet reads a cell starting with one of these as a formula.
pub const FORMULA_STARTS: [char; 6] = ['=', '+', '-', '@', '\t', '\r'];

pub fn hostile_labels() -> Vec<String> {
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

pub fn hostile_records() -> Vec<Record> {
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

pub fn assert_cells_safe(csv_text: &str, rows: usize) {
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

/// The dashboard of `group`, in mono, names hidden or not.
pub fn dashboard_for(group: Group, hide: bool) -> Dashboard {
    Dashboard::new(group, Theme::mono(), hide, files())
}

/// A test terminal of `(w, h)` after the dashboard, sized to it, drew one frame.
pub fn render(d: &Dashboard, (w, h): (u16, u16)) -> Terminal<TestBackend> {
    let mut d = d.clone();
    d.resize(w, h);
    drawn_terminal((w, h), |f| dashboard::draw(&d, f))
}

/// The text of the dashboard drawn at `size`.
pub fn screen_text(d: &Dashboard, size: (u16, u16)) -> String {
    terminal_text(&render(d, size))
}

/// What a watched read of the files gives: `records`, no warnings, no waiting.
pub fn read_of(records: Vec<Record>) -> careerfit::workshop::record::files::Read {
    careerfit::workshop::record::files::Read {
        group: Group::summarise(records),
        warnings: Vec::new(),
        waiting: Vec::new(),
    }
}

/// `code` pressed alone on the dashboard.
pub fn press(d: &mut Dashboard, code: KeyCode) {
    d.handle_key(keys::key(code));
}

/// `careerfit ARGS` run to its end with a home of its own and NO_COLOR.
pub fn careerfit(args: &[&str]) -> Output {
    let home = Home::new();
    careerfit_in(home.path(), args)
        .env("NO_COLOR", "1")
        .output()
        .expect("the binary runs")
}

pub fn write_records(path: &Path, records: &[Record]) {
    record::append(path, records).unwrap();
}

/// Records scored by the real engine from digit strings (one digit per
/// question: 1 to 5 on a scale, an option's position on a choice, 0 for
/// skipped).
pub fn scored(digits: &str, time: &str, label: Option<&str>) -> Record {
    scored_with(&Content::built_in().unwrap(), digits, time, label)
}

/// [`scored`] with `content` (a translation, a counselor's own roles): the
/// record names roles and interest areas in its words.
pub fn scored_with(content: &Content, digits: &str, time: &str, label: Option<&str>) -> Record {
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

/// The three people at kiosk A of [`real_session`] (Sam, someone
/// anonymous, Lee), scored with the built-in content.
pub fn kiosk_a() -> Vec<Record> {
    vec![
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
    ]
}

pub fn real_session(dir: &Path) -> (PathBuf, PathBuf) {
    let a = dir.join("kiosk-a.jsonl");
    let b = dir.join("laptop-b.jsonl");
    write_records(&a, &kiosk_a());
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
