//! The dashboard's drawing: best-fit bars are each role's share of all
//! participants (2 of 6 is a third of a bar, not a full one), the counter
//! in the top bar is always whole however long the quiz name, and (an
//! ignored measurement, run by hand) a frame over a million participants
//! costs only the rows on view.

mod common;

use std::time::Instant;

use careerfit::content::Content;
use careerfit::dashboard::{self, Dashboard};
use careerfit::scoring::score;
use careerfit::tui::theme::Theme;
use careerfit::workshop::group::{Group, Loader};
use careerfit::workshop::record::Record;
use common::keys::key;
use common::saved::participant_answers;
use common::screen::{drawn_terminal, rows};
use crossterm::event::KeyCode;
use ratatui::Terminal;
use ratatui::backend::TestBackend;

/// A real record of the built-in quiz, with `best` (a role id) moved to
/// the top of its ranking.
fn record(n: usize, best: &str) -> Record {
    let content = Content::built_in().unwrap();
    let quiz = &content.quiz;
    let answers = participant_answers(quiz, n);
    let outcome = score(quiz, &content.roles, &answers).unwrap();
    let mut r = Record::new(quiz, "class", Some(format!("p{n}")), &answers, &outcome);
    r.time = format!("2026-11-25T14:{:02}:{:02}Z", (n / 60) % 60, n % 60);
    let at = r.ranking.iter().position(|f| f.role == best).unwrap();
    let fit = r.ranking.remove(at);
    r.ranking.insert(0, fit);
    r
}

/// The dashboard's rows as drawn at `(w, h)`.
fn screen(d: &Dashboard, (w, h): (u16, u16)) -> Vec<String> {
    let mut d = d.clone();
    d.resize(w, h);
    let terminal = drawn_terminal((w, h), |f| dashboard::draw(&d, f));
    rows(terminal.backend().buffer())
}

/// How much of a bar is filled, 0 to 1, from its cells.
fn filled(line: &str) -> f64 {
    const EIGHTHS: [&str; 8] = ["▏", "▎", "▍", "▌", "▋", "▊", "▉", "█"];
    let mut full = 0.0;
    let mut cells = 0.0;
    for c in line.chars().skip_while(|c| *c != '█' && *c != '░') {
        let s = c.to_string();
        if let Some(i) = EIGHTHS.iter().position(|e| *e == s) {
            full += (i + 1) as f64 / 8.0;
            cells += 1.0;
        } else if c == '░' {
            cells += 1.0;
        } else {
            break;
        }
    }
    full / cells
}

#[test]
fn a_best_fit_bar_is_the_share_of_all_participants() {
    let bests = [
        "technician",
        "technician",
        "manager",
        "support-specialist",
        "specialist",
        "manager",
    ];
    let records = bests
        .iter()
        .enumerate()
        .map(|(n, best)| record(n, best))
        .collect();
    let d = Dashboard::new(
        Group::summarise(records),
        Theme::mono(),
        false,
        vec!["class.jsonl".into()],
    );
    for size in [(80, 24), (160, 48)] {
        let lines = screen(&d, size);
        let row = |title: &str| {
            lines
                .iter()
                .find(|l| l.trim_start().starts_with(title))
                .unwrap_or_else(|| panic!("no {title} row:\n{}", lines.join("\n")))
                .clone()
        };
        let two = row("IT Technician");
        let one = row("IT Specialist");
        // 2 of 6 is a third of the bar; 1 of 6 a sixth. Counts and shares
        // are written beside the bars.
        assert!(
            (filled(&two) - 1.0 / 3.0).abs() < 0.1,
            "{two} is {}",
            filled(&two)
        );
        assert!(
            (filled(&one) - 1.0 / 6.0).abs() < 0.1,
            "{one} is {}",
            filled(&one)
        );
        assert!(two.contains(" 2  33%"), "{two}");
        assert!(one.contains(" 1  17%"), "{one}");
    }
}

#[test]
fn the_participant_counter_stays_whole_beside_a_long_quiz_name() {
    let records: Vec<Record> = (0..6)
        .map(|n| {
            let mut r = record(n, "technician");
            r.quiz = "a-very-long-quiz-id-for-the-tuesday-evening-class".to_string();
            r
        })
        .collect();
    let mut d = Dashboard::new(
        Group::summarise(records),
        Theme::mono(),
        true,
        vec!["class.jsonl".into()],
    );
    d.watching = true;
    d.updated = Some("2026-11-25T14:10:03Z".to_string());
    // At 60 columns the least needed part goes, never the count.
    for (size, right) in [
        ((60, 20), "6 participants · updated 14:10:03 UTC"),
        (
            (80, 24),
            "6 participants · names hidden · updated 14:10:03 UTC",
        ),
    ] {
        let top = screen(&d, size)[0].clone();
        assert!(top.trim_end().ends_with(right), "{top:?}");
        assert!(top.starts_with(" Group report · a-"), "{top:?}");
        assert!(
            top.contains("… 6 participants"),
            "the quiz name is cut: {top:?}"
        );
    }
}

/// Run by hand: `cargo test --release --test dashboard_drawing -- --ignored
/// --nocapture`. Prints how long a frame and a key take over a million
/// participants.
#[test]
#[ignore]
fn measure_a_frame_over_a_million_participants() {
    let roles = ["technician", "support-specialist", "specialist", "manager"];
    let base: Vec<Record> = (0..4).map(|n| record(n, roles[n])).collect();
    let mut loader = Loader::new();
    let start = Instant::now();
    for n in 0..1_000_000usize {
        let mut r = base[n % 4].clone();
        r.label = Some(format!("p{n}"));
        r.time = format!(
            "2026-11-25T{:02}:{:02}:{:02}Z",
            (n / 3600) % 24,
            (n / 60) % 60,
            n % 60
        );
        loader.add_record(&r);
    }
    let group = loader.finish();
    println!("built 1M participants in {:?}", start.elapsed());
    let mut d = Dashboard::new(group, Theme::mono(), false, vec!["big.jsonl".into()]);
    for (w, h) in [(80u16, 24u16), (160, 48)] {
        d.resize(w, h);
        let mut terminal = Terminal::new(TestBackend::new(w, h)).unwrap();
        let frames = 50;
        let start = Instant::now();
        for _ in 0..frames {
            terminal.draw(|f| dashboard::draw(&d, f)).unwrap();
        }
        let per_frame = start.elapsed() / frames;
        let start = Instant::now();
        for _ in 0..frames {
            d.handle_key(key(KeyCode::Down));
            terminal.draw(|f| dashboard::draw(&d, f)).unwrap();
        }
        let per_key = start.elapsed() / frames;
        let start = Instant::now();
        d.handle_key(key(KeyCode::End));
        terminal.draw(|f| dashboard::draw(&d, f)).unwrap();
        let end = start.elapsed();
        println!("{w}x{h}: a frame {per_frame:?}, a key and its frame {per_key:?}, End {end:?}");
    }
}
