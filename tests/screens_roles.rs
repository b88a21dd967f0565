//! Snapshot tests of a role's details on every tab (retired certifications,
//! each occupation's pay), drawn on a test terminal at 80x24 and at 160x48
//! in the mono theme (so a snapshot holds exactly the characters a person
//! sees), each reached with the keys a person would press. Each test also
//! checks a few things a person relies on, so a wrongly accepted snapshot
//! still fails for a real reason.

mod common;

use careerfit::tui::app::Screen;
use crossterm::event::KeyCode;

use common::app::{HANDS_ON, SYSTEMS, press, results_for, typed};
use common::screen::{LARGE, SMALL, assert_all};

#[test]
fn role_details_on_every_tab() {
    let mut app = results_for(SYSTEMS);
    assert_eq!(app.outcome.as_ref().unwrap().ranking[0].role, "specialist");
    press(&mut app, KeyCode::Enter);
    assert_eq!(app.screen(), Screen::Role);
    let tabs: [(&str, &[&str]); 8] = [
        (
            "overview",
            &["Overview", "Where you would work", "Official occupations"],
        ),
        ("duties", &["Duties", "• "]),
        ("skills", &["Skills", "• "]),
        (
            "certifications",
            &[
                "Certs",
                "Certifications",
                "CompTIA Security+",
                "by CompTIA",
                "RETIRED",
            ],
        ),
        ("education", &["Education", "How people get in", "degree"]),
        (
            "pay",
            &[
                "Pay",
                "Pay & outlook",
                "• Network and computer systems administrators (15-1244): median (middle)",
                "Computer systems analysts (15-1211): median (middle) $103,790",
                "Source: ",
                "Job outlook",
            ],
        ),
        (
            "path",
            &["Path", "Career path", "← you start here", "┌", "▼"],
        ),
        ("sources", &["Sources", "• O*NET OnLine", "https://"]),
    ];
    for (i, (name, wanted)) in tabs.iter().enumerate() {
        typed(&mut app, &(i + 1).to_string());
        assert_eq!(app.views.role.unwrap().tab.index(), i);
        let shown = snap!(&app, &format!("role_{}_{name}", i + 1));
        if *name == "pay" {
            // The pay facts' heading is the one every output uses.
            for screen in &shown {
                assert!(screen.lines().any(|l| l.trim() == "Pay"), "{screen}");
            }
        }
        assert_all(&shown, &["IT Specialist", "#1 of 4"]);
        assert_all(&shown, wanted);
        for screen in &shown {
            assert_eq!(
                screen.matches('▶').count(),
                1,
                "one tab is highlighted:\n{screen}"
            );
            // The highlighted tab is this one, numbered or not.
            let marked = screen.split('▶').nth(1).unwrap_or("");
            let marked = marked.trim_start_matches(|c: char| c.is_ascii_digit() || c == ' ');
            assert!(
                marked.starts_with(wanted[0]),
                "tab {} is not highlighted:\n{screen}",
                wanted[0]
            );
        }
    }
}

#[test]
fn retired_certifications_are_marked_retired() {
    let mut app = results_for(SYSTEMS);
    press(&mut app, KeyCode::Enter);
    typed(&mut app, "4");
    // The large screen shows every certification at once.
    let large = snap_at!(&app, "role_certifications_all", LARGE);
    // Each retired one says so within the two lines under its name.
    let lines: Vec<&str> = large.lines().collect();
    for name in [
        "Microsoft Certified Solutions Expert (MCSE)",
        "CCNA Security",
    ] {
        let at = lines
            .iter()
            .position(|l| l.trim_end().ends_with(name))
            .unwrap_or_else(|| panic!("no {name}:\n{large}"));
        assert!(
            lines[at..=at + 2].iter().any(|l| l.contains("RETIRED")),
            "{name} is not marked retired:\n{large}"
        );
    }
    assert!(
        large.contains("Microsoft Certified Solutions Expert (MCSE)"),
        "{large}"
    );
    // On a small screen the last one is reached by scrolling.
    typed(&mut app, &"j".repeat(30));
    let small = snap_at!(&app, "role_certifications_scrolled", SMALL);
    let lines: Vec<&str> = small.lines().collect();
    let at = lines
        .iter()
        .position(|l| l.contains("(MCSE)"))
        .unwrap_or_else(|| panic!("no MCSE:\n{small}"));
    assert!(
        lines[at..(at + 3).min(lines.len())]
            .iter()
            .any(|l| l.contains("RETIRED")),
        "{small}"
    );
}

#[test]
fn pay_and_outlook_give_each_occupation_its_own_percentiles_at_80x24() {
    let mut app = results_for(HANDS_ON);
    assert_eq!(app.outcome.as_ref().unwrap().ranking[0].role, "technician");
    press(&mut app, KeyCode::Enter);
    typed(&mut app, "6");
    let shown = snap_at!(&app, "role_pay_technician", SMALL);
    for want in [
        "• Computer user support specialists (15-1232): $38,780 / $60,340 / $98,010",
        "year: 10th percentile / median / 90th percentile, May 2024",
        "about 40,800 openings a year",
        "Computer network support specialists (15-1231): median (middle) $73,340",
        "Source: BLS Occupational Employment and Wage Statistics, May 2024",
    ] {
        assert!(shown.contains(want), "{want:?} is not on screen:\n{shown}");
    }
    press(&mut app, KeyCode::PageDown);
    let scrolled = snap_at!(&app, "role_pay_technician_scrolled", SMALL);
    assert!(
        scrolled.contains("about 9,600 openings a year"),
        "{scrolled}"
    );
}
