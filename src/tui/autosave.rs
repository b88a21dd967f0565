//! The full-screen quiz's side of saving: after each key it hands what the
//! session reported to the one saving policy ([`crate::saving`]) and shows
//! what that says (a notice, a warning on screen); it passes on what a key
//! asked of the shell (a report, a kiosk record). It decides nothing about
//! what is written.

use super::app::{App, Request};
use crate::saving::{Said, Saver, record_participant};
use crate::store::Store;

/// Saving for one run of the app.
pub struct Autosave<'s> {
    /// The policy, and what it kept.
    pub saver: Saver<'s>,
    /// A participant was cleared: wipe the whole screen, not just redraw.
    pub wipe_screen: bool,
}

impl<'s> Autosave<'s> {
    /// `app` as it starts: a reopened result is not saved again.
    pub fn new(store: &'s Store, app: &mut App) -> Autosave<'s> {
        let saver = match &app.reopened {
            Some(file) => Saver::reopened(store, file.clone(), app.session.answers().clone()),
            None => Saver::new(store),
        };
        app.saving = saver.saving();
        Autosave {
            saver,
            wipe_screen: false,
        }
    }

    /// Called after each key: saves what the session reported, then does
    /// what the key asked of the shell.
    pub fn after_key(&mut self, app: &mut App) {
        let said = self
            .saver
            .after(&app.content.quiz, &mut app.session, app.outcome.as_ref());
        app.saving = self.saver.saving();
        for said in said {
            show(app, said);
        }
        match app.request.take() {
            Some(Request::SaveReport) => {
                if let Some(outcome) = &app.outcome {
                    let said = self
                        .saver
                        .save_report(&app.content, app.session.answers(), outcome);
                    show(app, said);
                }
            }
            Some(Request::FinishParticipant) => self.record_participant(app),
            None => {}
        }
    }

    /// Workshop kiosk: the participant's record is written before anyone
    /// else sits down; only then are they cleared away. While another
    /// program holds the results file, `tick` tries again (the screen
    /// saying so, keys and signals still heard). If it cannot be written,
    /// nothing is cleared and the facilitator is told.
    fn record_participant(&mut self, app: &mut App) {
        let (Some(kiosk), Some(outcome)) = (app.kiosk.as_mut(), &app.outcome) else {
            return;
        };
        kiosk.lang = app.words.lang();
        let recorded = record_participant(&app.content.quiz, kiosk, app.session.answers(), outcome);
        match recorded.words_in(&app.words, app.words.word("kiosk-press")) {
            None => {
                app.warning = None;
                app.next_participant(true);
                self.saver.kept.participants += 1;
                self.wipe_screen = true;
            }
            Some(words) => app.warning = Some(words),
        }
    }

    /// The clock moved with no key: a record waiting for the results file
    /// tries again, and a PIN wait counts down.
    pub fn tick(&mut self, app: &mut App) {
        if app.recording() {
            self.record_participant(app);
        }
        app.pin_tick();
    }
}

/// Shows what saving said: a notice until the next key, a warning until it
/// goes away.
fn show(app: &mut App, said: Said) {
    match said {
        Said::Notice(notice) => app.notice = Some(notice.say(&app.words)),
        Said::Warning(warning) => app.warning = Some(warning.say(&app.words)),
        Said::AllWell => app.warning = None,
    }
}
