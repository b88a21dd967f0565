//! The seams of the full-screen quiz: each screen keeps its own view
//! (highlight, scroll) and turns keys into its own moves or a request to
//! the app; the key table works from a small context, not the app; what a
//! person may do is one policy value (alone, or at a workshop kiosk); the
//! role's sections are an enum. Driven by synthetic keys, no terminal.

use careerfit::content::Content;
use careerfit::tui::app::{App, Overlay, Screen};
use careerfit::tui::keys::{Action, Context, bindings};
use careerfit::tui::kiosk::{Kiosk, Policy};
use careerfit::tui::screens::role::Tab;
use careerfit::tui::screens::scene::Go;
use careerfit::tui::theme::Theme;
use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use ratatui::Terminal;
use ratatui::backend::TestBackend;

/// Answers drawn to hands-on work: best fit IT Technician.
const HANDS_ON: &str = "51111514115311125112151311541311";

fn app() -> App {
    App::new(
        Content::built_in().expect("the built-in content loads"),
        Theme::mono(),
    )
}

fn press(app: &mut App, code: KeyCode) {
    app.handle_key(KeyEvent::new(code, KeyModifiers::NONE));
}

fn typed(app: &mut App, keys: &str) {
    for c in keys.chars() {
        press(app, KeyCode::Char(c));
    }
}

fn results() -> App {
    let mut app = app();
    press(&mut app, KeyCode::Enter);
    typed(&mut app, HANDS_ON);
    press(&mut app, KeyCode::Enter);
    assert_eq!(app.screen(), Screen::Results);
    app
}

fn kiosk(mut app: App) -> App {
    app.kiosk = Some(Kiosk::new(
        "Room 4".to_string(),
        std::env::temp_dir().join("careerfit-screen-state-never-written.jsonl"),
        false,
        None,
    ));
    app
}

fn shown(app: &App) -> String {
    let mut terminal = Terminal::new(TestBackend::new(100, 30)).unwrap();
    terminal
        .draw(|f| careerfit::tui::screens::draw(app, f))
        .unwrap();
    let buffer = terminal.backend().buffer();
    (0..buffer.area.height)
        .map(|y| {
            (0..buffer.area.width)
                .map(|x| buffer[(x, y)].symbol())
                .collect::<String>()
        })
        .collect::<Vec<_>>()
        .join("\n")
}

fn names(context: &Context) -> Vec<String> {
    bindings(context).iter().map(|b| b.keys.names()).collect()
}

#[test]
fn the_policy_follows_the_mode() {
    assert_eq!(app().policy(), Policy::PERSONAL);
    assert_eq!(kiosk(app()).policy(), Policy::KIOSK);
    let alone = Policy::PERSONAL;
    assert!(alone.can_quit && alone.can_suspend && alone.saves_reports && alone.can_retake);
    assert!(!alone.hands_over);
    let kiosk = Policy::KIOSK;
    assert!(!kiosk.can_quit && !kiosk.can_suspend && !kiosk.saves_reports && !kiosk.can_retake);
    assert!(kiosk.hands_over);
}

#[test]
fn the_key_table_needs_only_a_context_not_the_app() {
    let on_results = Context {
        screen: Screen::Results,
        policy: Policy::PERSONAL,
        result: true,
        saving: false,
        numbers: 4,
        scrolls: false,
    };
    let alone = names(&on_results);
    for key in ["r", "p", "q Esc", "Ctrl-C", "1 to 4"] {
        assert!(alone.contains(&key.to_string()), "{key}: {alone:?}");
    }
    let at_kiosk = names(&Context {
        policy: Policy::KIOSK,
        ..on_results
    });
    assert!(at_kiosk.contains(&"n N".to_string()), "{at_kiosk:?}");
    for gone in ["r", "p", "q Esc", "q", "Ctrl-C"] {
        assert!(
            !at_kiosk.contains(&gone.to_string()),
            "{gone}: {at_kiosk:?}"
        );
    }
    // The app's own list is the table's list for its context.
    let app = results();
    assert_eq!(app.bindings(), bindings(&app.scene().keys));
    assert_eq!(app.scene().keys.numbers, 4, "four roles to open by place");
}

#[test]
fn the_welcome_lists_scrolling_only_when_its_text_is_longer_than_the_screen() {
    let mut app = app();
    assert!(!app.scene().keys.scrolls, "80x24 holds the welcome");
    assert!(!app.bindings().iter().any(|b| b.keys.has(Action::PageDown)));
    app.resize(60, 20);
    assert!(app.scene().keys.scrolls, "60x20 does not");
    assert!(app.bindings().iter().any(|b| b.keys.has(Action::PageDown)));
}

#[test]
fn role_tabs_are_in_order_and_wrap_around() {
    assert_eq!(Tab::ALL.len(), 8);
    for (i, tab) in Tab::ALL.iter().enumerate() {
        assert_eq!(tab.index(), i);
    }
    assert_eq!(Tab::Overview.step(-1), Tab::Sources);
    assert_eq!(Tab::Sources.step(1), Tab::Overview);
    assert_eq!(Tab::Skills.step(1), Tab::Certifications);
    assert_eq!(Tab::Pay.title(), "Pay & outlook");
    assert_eq!(Tab::Path.title(), "Career path");
}

#[test]
fn each_role_tab_shows_its_own_heading() {
    let mut app = results();
    press(&mut app, KeyCode::Enter);
    assert_eq!(app.screen(), Screen::Role);
    for (i, tab) in Tab::ALL.iter().enumerate() {
        typed(&mut app, &(i + 1).to_string());
        assert_eq!(app.views.role.unwrap().tab, *tab);
        let screen = shown(&app);
        assert!(
            screen.lines().any(|l| l.trim() == tab.title()),
            "{tab:?} heading:\n{screen}"
        );
    }
}

#[test]
fn the_results_screen_moves_its_own_highlight_and_asks_the_app_to_open_a_role() {
    let app = results();
    let mut view = app.views.results;
    assert_eq!(view.on_key(&app.scene(), Action::Down), Go::Stay);
    assert_eq!(view.cursor, 1);
    assert_eq!(view.on_key(&app.scene(), Action::Enter), Go::OpenRole(1));
    assert_eq!(
        view.on_key(&app.scene(), Action::Number(3)),
        Go::OpenRole(2)
    );
    assert_eq!(view.cursor, 2);
    assert_eq!(view.on_key(&app.scene(), Action::Compare), Go::Compare);
    assert_eq!(view.on_key(&app.scene(), Action::Escape), Go::AskToLeave);
    // Asking is all a screen does: the app holds what it asked for.
    assert_eq!(app.views.results.cursor, 0);
    assert!(app.views.role.is_none());
}

#[test]
fn the_app_applies_the_policy_to_what_a_screen_asks() {
    // r and p ask the same at a kiosk; the policy says no there.
    let mut alone = results();
    typed(&mut alone, "r");
    assert_eq!(alone.overlay, Some(Overlay::ConfirmRetake));
    let mut at_kiosk = kiosk(results());
    typed(&mut at_kiosk, "r");
    assert_eq!(at_kiosk.overlay, None);
    assert!(at_kiosk.notice.as_deref().unwrap_or("").contains("Press n"));
    typed(&mut at_kiosk, "p");
    assert!(at_kiosk.request.is_none());
    assert!(
        at_kiosk
            .notice
            .as_deref()
            .unwrap_or("")
            .contains("Reports are off")
    );
}

#[test]
fn the_review_comes_back_to_the_row_of_the_question_changed() {
    let mut app = app();
    press(&mut app, KeyCode::Enter);
    typed(&mut app, HANDS_ON);
    assert_eq!(app.screen(), Screen::Review);
    typed(&mut app, "jjj");
    press(&mut app, KeyCode::Enter);
    assert_eq!(app.screen(), Screen::Question(2));
    assert_eq!(app.views.review.revisiting, Some(2));
    typed(&mut app, "4");
    assert_eq!(app.screen(), Screen::Review);
    assert_eq!(app.views.review.cursor, 3, "back on the row of question 3");
    assert_eq!(app.views.review.revisiting, None);
}

#[test]
fn starting_over_clears_every_screens_view() {
    let mut app = results();
    typed(&mut app, "j");
    press(&mut app, KeyCode::Enter);
    typed(&mut app, "3");
    press(&mut app, KeyCode::Down);
    typed(&mut app, "c");
    assert_eq!(app.screen(), Screen::Compare);
    app.retake();
    assert_eq!(app.screen(), Screen::Welcome);
    assert!(app.views.role.is_none());
    assert!(!app.views.compare.open);
    assert_eq!(app.views.compare.scroll, 0);
    assert_eq!((app.views.results.cursor, app.views.results.scroll), (0, 0));
    assert_eq!(app.views.welcome.scroll, 0);
    assert_eq!(app.views.review.cursor, 0);
}

#[test]
fn the_nickname_field_takes_printable_text_up_to_its_limit() {
    use careerfit::tui::screens::name::{Typed, type_into};
    use careerfit::workshop::label::MAX_LABEL;
    let key = |code| KeyEvent::new(code, KeyModifiers::NONE);
    let mut field = String::new();
    assert_eq!(
        type_into(&mut field, key(KeyCode::Char('é'))),
        Some(Typed::Edited)
    );
    assert_eq!(
        type_into(
            &mut field,
            KeyEvent::new(KeyCode::Char('u'), KeyModifiers::CONTROL)
        ),
        Some(Typed::Edited),
        "a control key types nothing"
    );
    assert_eq!(field, "é");
    type_into(&mut field, key(KeyCode::Backspace));
    assert_eq!(field, "");
    for _ in 0..MAX_LABEL + 5 {
        type_into(&mut field, key(KeyCode::Char('a')));
    }
    assert_eq!(
        field.chars().count(),
        MAX_LABEL,
        "a full field takes no more"
    );
    assert_eq!(
        type_into(&mut field, key(KeyCode::Enter)),
        Some(Typed::Enter)
    );
    assert_eq!(
        type_into(&mut field, key(KeyCode::Esc)),
        Some(Typed::Escape)
    );
    assert_eq!(type_into(&mut field, key(KeyCode::F(2))), None);
}

#[test]
fn the_nickname_screen_shows_its_keys_from_the_table_and_each_one_works() {
    let mut app = app();
    app.kiosk = Some(Kiosk::new(
        "Room 4".to_string(),
        std::env::temp_dir().join("careerfit-screen-state-never-written.jsonl"),
        true,
        None,
    ));
    assert_eq!(app.screen(), Screen::Name);
    let screen = shown(&app);
    let bar = screen.lines().last().unwrap_or_default();
    let listed = app.bindings();
    assert_eq!(listed.len(), 3, "{listed:?}");
    for binding in &listed {
        let word = binding.bar.expect("every nickname key is in the bar");
        assert!(
            bar.contains(&format!("{} {word}", binding.keys.short())),
            "{word}: {bar}"
        );
    }
    // Backspace deletes, Enter continues, as the bar says.
    typed(&mut app, "Sam");
    press(&mut app, KeyCode::Backspace);
    assert!(shown(&app).contains("Nickname: Sa▏"), "{}", shown(&app));
    press(&mut app, KeyCode::Enter);
    assert_ne!(app.screen(), Screen::Name);
}
