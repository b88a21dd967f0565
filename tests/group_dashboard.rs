//! The group report's dashboard (`careerfit report --watch` and without
//! --format in a terminal): drawn at 80x24 and 160x48 as snapshots, names
//! hidden, scrolling, keys, more than one quiz, too small a terminal, and
//! watched files as they grow. The records are from common/group.rs.

mod common;

use careerfit::dashboard::{self, Dashboard, Exit};
use careerfit::tui::theme::Theme;
use careerfit::workshop::group::Group;
use careerfit::workshop::record::Record;
use crossterm::event::KeyCode;

use common::group::*;
use common::keys;
use common::screen::terminal_text;

/// The dashboard drawn at `size`, snapshotted as `dashboard_NAME_WxH`;
/// its text.
fn snap(d: &Dashboard, name: &str, size: (u16, u16)) -> String {
    let terminal = render(d, size);
    insta::assert_snapshot!(
        format!("dashboard_{name}_{}x{}", size.0, size.1),
        terminal.backend()
    );
    terminal_text(&terminal)
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
    read.warnings = vec![
        careerfit::lang::Said::new("record-skipped-at")
            .text("file", "lab-a.jsonl")
            .number("line", 9)
            .said("what", careerfit::lang::Said::new("record-torn")),
    ];
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
    press(&mut d, KeyCode::Down);
    assert_eq!(d.scroll, 1);
    press(&mut d, KeyCode::PageDown);
    press(&mut d, KeyCode::PageDown);
    assert_eq!(d.scroll, 20 - shown, "stops at the end");
    let screen = snap(&d, "scrolled_end", (80, 24));
    assert!(screen.contains("Person 19"));
    assert!(!screen.contains("Person 00"));
    // At the end, new participants come into view as they finish.
    d.update(read_of(many.clone()), "2026-11-25T14:40:00Z");
    assert_eq!(d.scroll, 30 - shown);
    assert!(screen_text(&d, (80, 24)).contains("Person 29"));
    press(&mut d, KeyCode::Home);
    assert_eq!(d.scroll, 0);
    press(&mut d, KeyCode::Up);
    assert_eq!(d.scroll, 0);
    // Not at the end: the view stays where it was.
    press(&mut d, KeyCode::Down);
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
    press(&mut d, KeyCode::Char('h'));
    assert!(d.hide_names);
    assert!(screen_text(&d, (80, 24)).contains("Participant 1"));
    press(&mut d, KeyCode::Char('?'));
    assert!(d.help);
    let screen = snap(&d, "help", (80, 24));
    assert!(screen.contains("hide or show names"));
    press(&mut d, KeyCode::Esc);
    assert!(!d.help, "Esc closes the help first");
    assert_eq!(d.exit, None);
    press(&mut d, KeyCode::Char('q'));
    assert_eq!(d.exit, Some(Exit::Quit));
    let mut d = dashboard_for(two_files(session()), false);
    d.handle_key(keys::ctrl('c'));
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
    press(&mut d, KeyCode::Tab);
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
    press(&mut d, KeyCode::Down);
    assert!(screen_text(&d, (80, 24)).contains("6 participants"));
}
