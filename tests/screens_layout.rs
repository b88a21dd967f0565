//! Issue 9 on the full-screen quiz: the help per mode (alone and in the
//! kiosk), every screen at the smallest size (60x20), text that wraps
//! whole (long hints, notices, CJK, answers, career steps), scrolling that
//! follows the highlight, and honest words. Drawn on a test terminal in the
//! mono theme.

mod common;

use careerfit::content::Content;
use careerfit::tui::app::{App, Overlay, Screen};
use careerfit::tui::theme::Theme;
use crossterm::event::KeyCode;

use common::app::{HANDS_ON, SYSTEMS, app, kiosk, press, results_for, shown_at, typed};
use common::screen::{LARGE, MIN, SMALL, assert_all, assert_none, shows_words};

// ---------------------------------------------------------------------
// Issue 9: help per mode, the smallest size, honest words
// ---------------------------------------------------------------------

/// Every screen that has a help, reached by keys, alone and in the kiosk.
fn screens_with_help() -> Vec<(String, App)> {
    let mut states = Vec::new();
    for (mode, fresh) in [("alone", app()), ("kiosk", kiosk(app()))] {
        let mut app = fresh;
        states.push((format!("{mode} welcome"), app.clone()));
        press(&mut app, KeyCode::Enter);
        states.push((format!("{mode} question"), app.clone()));
        typed(&mut app, HANDS_ON);
        states.push((format!("{mode} review"), app.clone()));
        press(&mut app, KeyCode::Enter);
        states.push((format!("{mode} results"), app.clone()));
        press(&mut app, KeyCode::Enter);
        states.push((format!("{mode} role"), app.clone()));
        typed(&mut app, "c");
        states.push((format!("{mode} compare"), app));
    }
    states
}

#[test]
fn the_kiosk_help_names_n_and_leaves_out_keys_that_do_not_work_there() {
    let mut app = kiosk(app());
    press(&mut app, KeyCode::Enter);
    typed(&mut app, HANDS_ON);
    press(&mut app, KeyCode::Enter);
    typed(&mut app, "?");
    let shown = shown_at(&app, SMALL);
    assert_all(
        std::slice::from_ref(&shown),
        &["n N", "done: save and hand over", "Press any key to close."],
    );
    assert_none(
        &[shown],
        &[
            "Ctrl-C",
            "take the quiz again",
            "take-home report",
            "leave careerfit",
        ],
    );
}

#[test]
fn the_help_fits_at_60x20_on_every_screen() {
    for (name, mut app) in screens_with_help() {
        let listed = app.bindings();
        typed(&mut app, "?");
        assert_eq!(app.overlay, Some(Overlay::Help), "{name}");
        let shown = shown_at(&app, MIN);
        assert!(
            shown.contains("Press any key to close."),
            "{name}:\n{shown}"
        );
        assert!(shown.contains('└'), "{name}: the box is cut:\n{shown}");
        for binding in listed {
            for word in binding.what.split_whitespace() {
                assert!(
                    shown.contains(word),
                    "{name}: {word:?} of {:?} is cut:\n{shown}",
                    binding.what
                );
            }
        }
    }
}

#[test]
fn the_key_bar_keeps_help_and_the_way_out_at_60x20() {
    for (name, app) in screens_with_help() {
        let shown = shown_at(&app, MIN);
        let bar = shown.lines().last().unwrap();
        assert!(bar.contains("? keys"), "{name}: {bar:?}");
        if app.kiosk.is_none() {
            assert!(bar.contains("q "), "{name}: {bar:?}");
        }
    }
    let results = results_for(HANDS_ON);
    let bar = shown_at(&results, MIN).lines().last().unwrap().to_string();
    assert!(bar.contains("q quit") && bar.contains("↑↓ role"), "{bar:?}");
}

#[test]
fn the_selected_role_tab_is_always_in_the_tab_bar_at_60x20() {
    let mut app = results_for(HANDS_ON);
    press(&mut app, KeyCode::Enter);
    for tab in 0..8 {
        let shown = shown_at(&app, MIN);
        let bar = shown.lines().nth(2).unwrap();
        assert!(
            bar.contains('▶'),
            "tab {} is not in the bar: {bar:?}\n{shown}",
            tab + 1
        );
        press(&mut app, KeyCode::Right);
    }
}

#[test]
fn starting_over_says_the_result_stays_in_the_history() {
    let mut app = results_for(HANDS_ON);
    app.saving = true;
    typed(&mut app, "r");
    let shown = shown_at(&app, SMALL);
    let flat = shown.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(!flat.contains("results will be cleared"), "{shown}");
    assert!(flat.contains("stays saved"), "{shown}");
    assert!(shown.contains("careerfit history"), "{shown}");
}

#[test]
fn the_too_small_screen_shows_the_leave_question() {
    let mut app = app();
    press(&mut app, KeyCode::Enter);
    typed(&mut app, "4");
    app.resize(40, 10);
    typed(&mut app, "55q");
    assert_eq!(app.session.answers().answered(), 1);
    let shown = shown_at(&app, (40, 10));
    assert!(shown.contains("Leave the quiz?"), "{shown}");
    assert!(shown.contains("y leave"), "{shown}");
}

#[test]
fn source_links_are_broken_only_at_the_edge_of_the_screen() {
    let mut app = results_for(SYSTEMS);
    press(&mut app, KeyCode::Enter);
    typed(&mut app, "8");
    let role = &app.content.roles[app.views.role.unwrap().role];
    let urls: Vec<String> = role
        .facts
        .sources
        .iter()
        .filter_map(|s| s.url.clone())
        .collect();
    assert!(
        urls.iter().any(|u| u.len() > 60),
        "a long link to test with"
    );
    for width in [60u16, 80] {
        let shown = shown_at(&app, (width, 60));
        let rows: Vec<&str> = shown.lines().collect();
        for url in &urls {
            // The link starts its own line; each piece but the last runs to
            // the edge of the text, and every piece starts in the same column.
            let found = (0..rows.len()).any(|start| {
                let column = rows[start].len() - rows[start].trim_start().len();
                let mut joined = String::new();
                let mut row = start;
                while joined.len() < url.len() && row < rows.len() {
                    let line = rows[row];
                    let piece = line.trim();
                    if line.len() - line.trim_start().len() != column || piece.is_empty() {
                        return false;
                    }
                    if joined.len() + piece.len() < url.len()
                        && line.trim_end().chars().count() < usize::from(width) - 2
                    {
                        return false;
                    }
                    joined.push_str(piece);
                    row += 1;
                }
                joined == *url
            });
            assert!(
                found,
                "{url} is not shown whole, broken only at the edge, at {width} columns:\n{shown}"
            );
        }
    }
}

#[test]
fn a_long_notice_wraps_and_is_shown_whole() {
    let dir = "/home/someone-with-a-long-name/.local/share/careerfit/reports";
    let notice = format!(
        "Report saved: {dir}/careerfit-20261202-013000.html and {dir}/careerfit-20261202-013000.md (open the HTML file in a browser to print it)."
    );
    let mut app = results_for(HANDS_ON);
    app.notice = Some(notice.clone());
    for size in [MIN, SMALL] {
        let shown = shown_at(&app, size);
        let flat: String = shown.split_whitespace().collect();
        let want: String = notice.split_whitespace().collect();
        assert!(
            flat.contains(&want),
            "at {size:?} the notice is cut:\n{shown}"
        );
        assert!(shown.lines().last().unwrap().contains("? keys"), "{shown}");
    }
}

#[test]
fn a_long_cjk_question_is_wrapped_whole() {
    let mut app = app();
    let question: String = "漢字かな交じり文".chars().cycle().take(240).collect();
    app.content.quiz.questions[0].text = question.clone();
    press(&mut app, KeyCode::Enter);
    for size in [MIN, SMALL] {
        let shown = shown_at(&app, size);
        let on_screen: String = shown
            .chars()
            .filter(|c| !c.is_ascii() && question.contains(*c))
            .collect();
        assert!(
            on_screen.starts_with(&question),
            "at {size:?} the question is cut:\n{shown}"
        );
        assert!(
            shown.contains("5  Strongly like") || shown.contains("↓ more below"),
            "the answers are cut without a word:\n{shown}"
        );
    }
    press(&mut app, KeyCode::End);
    let shown = shown_at(&app, MIN);
    assert!(shown.contains("▶ 5  Strongly like"), "{shown}");
    assert!(shown.contains("↑ more above"), "{shown}");
}

#[test]
fn every_answer_and_the_your_answer_mark_show_whole_at_60x20() {
    let base = app();
    let questions = base.content.quiz.questions.len();
    for n in 0..questions {
        let mut app = base.clone();
        press(&mut app, KeyCode::Enter);
        for _ in 0..n {
            typed(&mut app, "1");
        }
        assert_eq!(app.screen(), Screen::Question(n));
        let count = app.content.quiz.questions[n].answer_count();
        // Answer with the last option, come back: the mark is on it.
        typed(&mut app, &count.to_string());
        press(&mut app, KeyCode::Left);
        assert_eq!(app.screen(), Screen::Question(n));
        let shown = shown_at(&app, MIN);
        assert!(
            shown.contains("✓ your answer"),
            "question {}:\n{shown}",
            n + 1
        );
        for i in 0..count {
            let label = answer_label(&app, n, i);
            let shown = shown_at(&app, MIN);
            assert!(
                shows_words(&shown, &label),
                "question {}, the highlighted answer {label:?} is cut:\n{shown}",
                n + 1
            );
            press(&mut app, KeyCode::Up);
        }
    }
}

fn answer_label(app: &App, n: usize, i: usize) -> String {
    match &app.content.quiz.questions[n].kind {
        careerfit::content::QuestionKind::Likert { .. } => app.content.quiz.scale[i].clone(),
        careerfit::content::QuestionKind::Choice { options } => options[i].label.clone(),
    }
}

#[test]
fn a_question_taller_than_the_screen_says_there_is_more_and_follows_the_highlight() {
    let mut app = app();
    press(&mut app, KeyCode::Enter);
    typed(&mut app, "444");
    let n = 3;
    let careerfit::content::QuestionKind::Choice { options } =
        &mut app.content.quiz.questions[n].kind
    else {
        panic!("question 4 is a choice");
    };
    for (i, option) in options.iter_mut().enumerate() {
        option.label = format!(
            "Option {} {}",
            i + 1,
            "and a long description of it ".repeat(4)
        );
    }
    let count = options.len();
    let last = answer_label(&app, n, count - 1);
    typed(&mut app, &count.to_string());
    press(&mut app, KeyCode::Left);
    let shown = shown_at(&app, MIN);
    assert!(
        shown.contains("more"),
        "nothing says there is more:\n{shown}"
    );
    assert!(shows_words(&shown, &last), "{shown}");
    assert!(shown.contains("✓ your answer"), "{shown}");
    press(&mut app, KeyCode::Home);
    let shown = shown_at(&app, MIN);
    assert!(shows_words(&shown, &answer_label(&app, n, 0)), "{shown}");
    assert!(shown.contains("more"), "{shown}");
}

/// The built-in roles copied to `count` roles with ids of their own.
fn many_roles(count: usize) -> App {
    let mut content = Content::built_in().unwrap();
    let originals = content.roles.clone();
    content.roles = (0..count)
        .map(|i| {
            let mut role = originals[i % originals.len()].clone();
            role.id = format!("role-{i:05}");
            role.title = format!("{} {i}", role.title);
            role
        })
        .collect();
    App::new(content, Theme::mono())
}

#[test]
fn the_comparison_of_10000_roles_shows_them_in_ranking_order() {
    let mut app = many_roles(10_000);
    press(&mut app, KeyCode::Enter);
    typed(&mut app, HANDS_ON);
    press(&mut app, KeyCode::Enter);
    assert_eq!(app.screen(), Screen::Results);
    let ranking: Vec<String> = app
        .outcome
        .as_ref()
        .unwrap()
        .ranking
        .iter()
        .map(|f| f.title.clone())
        .collect();
    let started = std::time::Instant::now();
    typed(&mut app, "c");
    for size in [SMALL, LARGE] {
        app.resize(size.0, size.1);
        let shown = shown_at(&app, size);
        let row_of = |title: &str| {
            shown
                .lines()
                .position(|l| l.trim_start().starts_with(&format!("{title}  ")))
                .unwrap_or_else(|| panic!("{title} is not on screen:\n{shown}"))
        };
        assert!(row_of(&ranking[0]) < row_of(&ranking[1]), "{shown}");
    }
    app.resize(SMALL.0, SMALL.1);
    for _ in 0..5 {
        press(&mut app, KeyCode::PageDown);
        shown_at(&app, SMALL);
    }
    press(&mut app, KeyCode::Char('G'));
    eprintln!(
        "compare with 10,000 roles: opened, drawn at two sizes and paged 5 times in {:?} (debug build)",
        started.elapsed()
    );
}

#[test]
fn a_warning_takes_rows_of_its_own_and_covers_no_text() {
    let mut app = app();
    app.warning = Some(
        "Your saved progress was damaged and could not be read; starting fresh. The damaged file was kept as /home/someone/.local/state/careerfit/progress-it-career.json.damaged-20261202T012132Z."
            .to_string(),
    );
    for size in [MIN, SMALL] {
        app.resize(size.0, size.1);
        let shown = shown_at(&app, size);
        assert!(
            shown.contains("Press Enter to start."),
            "at {size:?}:\n{shown}"
        );
        let flat: String = shown.split_whitespace().collect();
        let want: String = app.warning.as_deref().unwrap().split_whitespace().collect();
        assert!(flat.contains(&want), "at {size:?}:\n{shown}");
        assert!(
            shown.lines().last().unwrap().contains("Enter start"),
            "{shown}"
        );
    }
    // With the warning gone the welcome still scrolls to its end at 60x20.
    press(&mut app, KeyCode::End);
    press(&mut app, KeyCode::PageDown);
    press(&mut app, KeyCode::PageDown);
    let shown = shown_at(&app, SMALL);
    assert!(shown.contains("careerfit --plain"), "{shown}");
}

#[test]
fn wide_characters_keep_the_ranking_bars_in_one_column() {
    let mut app = app();
    for (role, title) in
        app.content
            .roles
            .iter_mut()
            .zip(["技術者", "IT Support", "専門家の仕事", "Manager"])
    {
        role.title = title.to_string();
    }
    press(&mut app, KeyCode::Enter);
    typed(&mut app, HANDS_ON);
    press(&mut app, KeyCode::Enter);
    let shown = shown_at(&app, SMALL);
    let columns: Vec<usize> = shown
        .lines()
        .filter(|l| l.contains('%') && (l.contains('█') || l.contains('░')))
        .map(|l| {
            // Display column where the bar starts (a wide character takes two cells).
            let cells: Vec<char> = l.chars().collect();
            cells
                .iter()
                .position(|&c| c == '█' || c == '░' || "▏▎▍▌▋▊▉".contains(c))
                .unwrap()
        })
        .collect();
    assert_eq!(columns.len(), 4, "{shown}");
    assert!(
        columns.windows(2).all(|w| w[0] == w[1]),
        "bars start in different columns {columns:?}:\n{shown}"
    );
}

#[test]
fn a_long_career_step_wraps_inside_its_box() {
    let mut app = results_for(HANDS_ON);
    let role = app
        .content
        .roles
        .iter()
        .position(|r| r.id == "technician")
        .unwrap();
    let step =
        "Senior infrastructure and operations lead for a regional hospital network with many sites"
            .to_string();
    app.content.roles[role].facts.career_path[1] = step.clone();
    press(&mut app, KeyCode::Enter);
    typed(&mut app, "7");
    let shown = shown_at(&app, (60, 40));
    assert!(shows_words(&shown, &step), "{shown}");
    let rights: Vec<usize> = shown
        .lines()
        .filter(|l| l.trim_start().starts_with('│'))
        .map(|l| {
            l.chars().position(|c| c == '│').unwrap()
                + l.chars()
                    .skip_while(|&c| c != '│')
                    .skip(1)
                    .position(|c| c == '│')
                    .unwrap()
        })
        .collect();
    assert!(
        rights.windows(2).all(|w| w[0] == w[1]),
        "box edges differ {rights:?}:\n{shown}"
    );
}

#[test]
fn the_welcomes_key_list_wraps_under_its_own_text_at_60x20() {
    let shown = shown_at(&app(), MIN);
    // "answer at once (a choice question uses 1 to 4)" does not fit in 60
    // columns beside its key: the rest goes under the meaning, not the key.
    let lines: Vec<&str> = shown.lines().collect();
    let first = lines
        .iter()
        .position(|l| l.contains("1 to 5") && l.contains("answer at once"))
        .unwrap_or_else(|| panic!("{shown}"));
    let next = lines[first + 1];
    let meaning_column = lines[first].find("answer at once").unwrap();
    assert!(
        next.len() > meaning_column && next[..meaning_column].trim().is_empty(),
        "the wrapped part starts under the key:\n{shown}"
    );
}

#[test]
fn the_results_say_a_senior_role_needs_years_of_work_first() {
    // The top role of these answers is given the manager's way in: the
    // results must say it takes years, and show the first step toward it.
    let mut app = results_for(HANDS_ON);
    let manager_entry = app
        .content
        .role("manager")
        .and_then(|r| r.facts.entry.clone())
        .expect("the manager's entry");
    let top = app.outcome.as_ref().unwrap().ranking[0].role.clone();
    let index = app.content.roles.iter().position(|r| r.id == top).unwrap();
    app.content.roles[index].facts.entry = Some(manager_entry);
    let shown = shown_at(&app, LARGE);
    assert!(
        shown.contains("Entry: usually after 5 or more years in IT; a first step toward it: Help"),
        "{shown}"
    );
}
