//! The full-screen quiz's state and how keys change it. Pure: keys in,
//! state out, no terminal. The app keeps the session, the result and which
//! screen is up; each screen keeps its own view (scroll, highlight) and
//! turns a key into its own moves or a [`Go`] the app carries out. What
//! the person may do comes from one [`Policy`] value (alone or at a kiosk).
//! The kiosk's text fields and hand-over are in `app/workshop.rs`.

mod moves;
mod overlay;
mod workshop;

use crossterm::event::KeyEvent;

use ratatui::layout::Rect;

use super::keys::{self, Action, Context};
use super::kiosk::{Kiosk, Policy};
use super::screens::resume;
use super::screens::role::Tab;
use super::screens::scene::{Go, MIN_HEIGHT, MIN_WIDTH, Scene};
use super::screens::welcome;
use super::screens::{Drawable, Views};
use super::theme::Theme;
use crate::content::{Content, Question};
use crate::lang::Words;
use crate::scoring::Outcome;
use crate::session::{Session, Stage};
use crate::store::progress::Unfinished;

pub use super::keys::Screen;
pub use super::screens::scene::Overlay;

/// Something only the shell can do (it touches files), asked for by a key.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Request {
    /// Write the take-home report of the results on screen.
    SaveReport,
    /// Workshop kiosk: append this participant's record, then clear them.
    FinishParticipant,
}

/// Why the app stopped.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Exit {
    /// The person chose to leave.
    Quit,
    /// Ctrl-C: leave at once.
    Interrupted,
}

#[derive(Debug, Clone)]
pub struct App {
    pub content: Content,
    pub session: Session,
    pub theme: Theme,
    pub outcome: Option<Outcome>,
    pub views: Views,
    pub overlay: Option<Overlay>,
    /// A one-line message for the person, cleared by the next key.
    pub notice: Option<String>,
    pub exit: Option<Exit>,
    /// The terminal's size, so scrolling stops at the end of the text.
    pub size: Rect,
    /// An unfinished quiz found at start, offered until resumed or declined.
    pub offer: Option<Unfinished>,
    /// Progress is being saved as the person goes, so leaving loses nothing.
    pub saving: bool,
    /// A problem with saving, shown until it goes away.
    pub warning: Option<String>,
    /// Work for the shell, taken by it after each key.
    pub request: Option<Request>,
    /// Counts results worked out, so the shell saves each one once.
    pub results_serial: u32,
    /// Running as a workshop kiosk.
    pub kiosk: Option<Kiosk>,
    /// The saved result on view was reopened from this history file.
    pub reopened: Option<std::path::PathBuf>,
    /// The words of the person's language (English unless told).
    pub words: Words,
    /// The welcome screen offers a key to switch the language.
    pub languages: bool,
    /// The language the app was started in: a kiosk's next participant
    /// starts in it again, whatever the last one switched to.
    pub home_lang: crate::lang::Lang,
    /// The content in each language, so switching the language shows the
    /// quiz's and roles' texts in it too (None: the words switch alone).
    pub translations: Option<std::sync::Arc<crate::content::Languages>>,
}

/// The app as its screens see it, borrowing only the fields that are not
/// the views (so a screen can read it while changing its own view).
macro_rules! scene {
    ($app:ident) => {{
        let policy = $app.policy();
        let screen = screen_of($app);
        let mut scene = Scene {
            content: &$app.content,
            session: &$app.session,
            outcome: $app.outcome.as_ref(),
            theme: &$app.theme,
            kiosk: $app.kiosk.as_ref(),
            policy,
            offer: $app.offer.as_ref(),
            notice: $app.notice.as_deref(),
            warning: $app.warning.as_deref(),
            overlay: $app.overlay,
            saving: $app.saving,
            reopened: $app.reopened.is_some(),
            results_serial: $app.results_serial,
            words: &$app.words,
            languages: $app.languages,
            screen,
            size: $app.size,
            keys: Context {
                screen,
                policy,
                result: $app.outcome.is_some(),
                saving: $app.saving,
                numbers: 0,
                scrolls: false,
            },
        };
        scene.keys = key_context(&scene);
        scene
    }};
}

/// What fills the screen now.
fn screen_of(app: &App) -> Screen {
    if app.offer.is_some() && app.session.stage() == Stage::Welcome {
        return Screen::Resume;
    }
    if app.kiosk.as_ref().is_some_and(|k| k.naming) && app.session.stage() == Stage::Welcome {
        return Screen::Name;
    }
    if app.views.compare.open {
        return Screen::Compare;
    }
    if app.views.role.is_some() {
        return Screen::Role;
    }
    match app.session.stage() {
        Stage::Welcome => Screen::Welcome,
        Stage::Question(n) => Screen::Question(n),
        Stage::Review => Screen::Review,
        Stage::Results => Screen::Results,
    }
}

/// What the key table needs of the screen on view: how many digits pick
/// something there, and whether the welcome text scrolls.
fn key_context(scene: &Scene) -> Context {
    let numbers = match scene.screen {
        Screen::Question(n) => scene.content.quiz.questions[n].answer_count(),
        Screen::Results => scene.outcome.map_or(0, |o| o.ranking.len()),
        Screen::Role => Tab::ALL.len(),
        _ => 0,
    };
    let scrolls = scene.screen == Screen::Welcome && welcome::max_scroll(scene) > 0;
    Context {
        numbers,
        scrolls,
        ..scene.keys
    }
}

impl App {
    pub fn new(content: Content, theme: Theme) -> App {
        let session = Session::new(&content.quiz);
        App {
            content,
            session,
            theme,
            outcome: None,
            views: Views::default(),
            overlay: None,
            notice: None,
            exit: None,
            size: Rect::new(0, 0, 80, 24),
            offer: None,
            saving: false,
            warning: None,
            request: None,
            results_serial: 0,
            kiosk: None,
            reopened: None,
            words: Words::english(),
            languages: false,
            home_lang: crate::lang::Lang::english(),
            translations: None,
        }
    }

    /// The app in the language of `words`, with the welcome screen's
    /// language key on (the real quiz; tests and other shells opt in).
    pub fn speaking(mut self, words: Words) -> App {
        self.words = words;
        self.home_lang = words.lang();
        self.languages = true;
        self
    }

    /// Switching the language also shows the content in it, from
    /// `languages`.
    pub fn switching_among(mut self, languages: std::sync::Arc<crate::content::Languages>) -> App {
        self.translations = Some(languages);
        self
    }

    /// The app showing a result saved in `file`, as if just finished.
    pub fn reopened(
        content: Content,
        theme: Theme,
        session: Session,
        outcome: Outcome,
        file: std::path::PathBuf,
    ) -> App {
        let mut app = App::new(content, theme);
        app.session = session;
        app.outcome = Some(outcome);
        app.reopened = Some(file);
        app
    }

    /// The app as its screens see it.
    pub fn scene(&self) -> Scene<'_> {
        scene!(self)
    }

    /// What the person may do: alone, or at a workshop kiosk.
    pub fn policy(&self) -> Policy {
        match &self.kiosk {
            Some(kiosk) => kiosk.policy,
            None => Policy::PERSONAL,
        }
    }

    /// The keys that do something on the screen on view, as the help and
    /// the key bar list them.
    pub fn bindings(&self) -> Vec<keys::Binding> {
        keys::bindings_in(&self.scene().keys, &self.words, self.languages)
    }

    /// The terminal changed size: keep every scroll within the text.
    pub fn resize(&mut self, width: u16, height: u16) {
        self.size = Rect::new(0, 0, width, height);
        self.clamp_scroll();
    }

    /// Keeps the scroll of the screen on view within its text, so Up
    /// always moves the view at once after scrolling past the end.
    fn clamp_scroll(&mut self) {
        let scene = scene!(self);
        let views = &mut self.views;
        match scene.screen {
            Screen::Results => views.results.clamp(&scene),
            Screen::Compare => views.compare.clamp(&scene),
            Screen::Welcome => views.welcome.clamp(&scene),
            Screen::Role => {
                if let Some(view) = views.role.as_mut() {
                    view.clamp(&scene);
                }
            }
            _ => {}
        }
    }

    /// What fills the screen now.
    pub fn screen(&self) -> Screen {
        screen_of(self)
    }

    /// The question on screen.
    pub fn question(&self) -> Option<(usize, &Question)> {
        self.session
            .current()
            .map(|n| (n, &self.content.quiz.questions[n]))
    }

    /// Handles one key event.
    pub fn handle_key(&mut self, key: KeyEvent) {
        let action = keys::action(key);
        if self.too_small() && !self.works_when_too_small(action) {
            // The person cannot see what a key would do: only leaving
            // (with its usual question) and Ctrl-C work until it grows.
            return;
        }
        if self.overlay == Some(Overlay::Help)
            && key.kind == crossterm::event::KeyEventKind::Press
            && action != Some(Action::Interrupt)
        {
            // "Press any key to close": any key, even one careerfit does not use.
            self.notice = None;
            self.overlay = None;
            return;
        }
        if self.takes_text() && action != Some(Action::Interrupt) {
            self.type_text(key);
            self.clamp_scroll();
            return;
        }
        if let Some(action) = action {
            self.act(action);
        }
    }

    /// Is the terminal smaller than the screens are laid out for?
    pub fn too_small(&self) -> bool {
        self.size.width < MIN_WIDTH || self.size.height < MIN_HEIGHT
    }

    /// While the terminal is too small: q or Esc (asking first as usual),
    /// the answer to that question, and Ctrl-C.
    fn works_when_too_small(&self, action: Option<Action>) -> bool {
        match self.overlay {
            Some(Overlay::ConfirmLeave | Overlay::EndWorkshop) => true,
            _ => matches!(
                action,
                Some(Action::Quit | Action::Escape | Action::Interrupt)
            ),
        }
    }

    /// Applies one action to the state: the screen on view moves its own
    /// view, and says what else it asks for.
    pub fn act(&mut self, action: Action) {
        self.notice = None;
        let policy = self.policy();
        if action == Action::Interrupt {
            if policy.can_quit {
                self.exit = Some(Exit::Interrupted);
            } else {
                self.notice = Some(self.words.get("notice-ctrl-c-kiosk"));
            }
            return;
        }
        if let Some(overlay) = self.overlay {
            self.act_on_overlay(overlay, action);
            return;
        }
        if action == Action::Help {
            self.overlay = Some(Overlay::Help);
            return;
        }
        let screen = self.screen();
        if policy.records
            && action == Action::No
            && matches!(screen, Screen::Results | Screen::Role | Screen::Compare)
        {
            self.finish_participant();
            return;
        }
        let go = {
            let scene = scene!(self);
            let views = &mut self.views;
            match screen {
                Screen::Resume => resume::on_key(action),
                Screen::Name => Go::Stay,
                Screen::Welcome => views.welcome.on_key(&scene, action),
                Screen::Question(n) => views.question.on_key(&scene, n, action),
                Screen::Review => views.review.on_key(&scene, action),
                Screen::Results => views.results.on_key(&scene, action),
                Screen::Role => match views.role.as_mut() {
                    Some(view) => view.on_key(&scene, action),
                    None => Go::Stay,
                },
                Screen::Compare => views.compare.on_key(&scene, action),
            }
        };
        self.go(screen, go);
        self.clamp_scroll();
    }
}

/// A frame of the app: the screens draw it from this.
impl Drawable for App {
    fn scene(&self) -> Scene<'_> {
        App::scene(self)
    }

    fn views(&self) -> &Views {
        &self.views
    }
}
