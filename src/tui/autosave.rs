//! Keeps the disk in step with the quiz, after every key: progress after
//! each answer, the result once it is reached, and the report when asked.
//! A failure never stops the quiz: it becomes a warning on screen.

use std::path::PathBuf;
use std::time::Duration;

use super::app::{App, Request};
use super::kiosk;
use crate::content::{AnswerSheet, Quiz};
use crate::scoring::Outcome;
use crate::session::Session;
use crate::store::{self, Store, clock, history, progress};
use crate::summary::outcome_text;
use crate::workshop::record::{self, Record};

/// What was kept on disk during the run, to tell the person at the end.
#[derive(Debug, Default, Clone, PartialEq)]
pub struct Kept {
    /// The saved result of the last results reached.
    pub result: Option<PathBuf>,
    /// Take-home reports of the results shown last (HTML, then Markdown).
    pub reports: Vec<PathBuf>,
    /// Reports of earlier results this run (before a retake, or before
    /// answers were changed): never listed as the last results' own.
    pub earlier_reports: Vec<PathBuf>,
    /// Unfinished progress is on disk, ready to resume.
    pub progress: bool,
    /// Workshop participants recorded in the results file.
    pub participants: u32,
}

impl Kept {
    /// What the person is told once the terminal is restored: the results
    /// they left on (if any), then what was saved.
    pub fn goodbye(&self, quiz: &Quiz, outcome: Option<&Outcome>) -> String {
        let mut out = String::new();
        match outcome {
            Some(outcome) => {
                out.push_str(&outcome_text(quiz, outcome));
                out.push_str(&format!(
                    "\nRead more about a role with: careerfit roles {}\n",
                    outcome.ranking[0].role
                ));
                if self.result.is_some() {
                    out.push_str("Your result is saved: careerfit history lists your results.\n");
                }
                for report in &self.reports {
                    out.push_str(&format!("Report: {}\n", report.display()));
                }
                if !self.earlier_reports.is_empty() {
                    out.push_str("\nReports of an earlier result (before you changed answers or started over):\n");
                }
            }
            None => {
                out.push_str(if self.progress {
                    "Your answers are saved. Run careerfit again to pick up where you left off.\n"
                } else {
                    "You left before the results. Run careerfit again any time.\n"
                });
                if !self.earlier_reports.is_empty() || !self.reports.is_empty() {
                    out.push_str("\nReports of an earlier result:\n");
                }
                for report in &self.reports {
                    out.push_str(&format!("  {}\n", report.display()));
                }
            }
        }
        for report in &self.earlier_reports {
            out.push_str(&format!("  {}\n", report.display()));
        }
        // A reopened result's words come from a saved file.
        crate::text::printable(&out).into_owned()
    }
}

/// Watches one run of the app and saves what changed.
pub struct Autosave<'s> {
    store: &'s Store,
    saved_serial: u32,
    /// Off while a reopened old result is on view: its answers must not
    /// overwrite an unfinished quiz waiting to be resumed.
    progress_enabled: bool,
    pub kept: Kept,
    /// The answers of a reopened old result, while they are unchanged:
    /// seeing it again writes nothing, and a change is saved as a new
    /// result, so the old one stays as it was.
    reopened_answers: Option<AnswerSheet>,
    /// The answers whose results `kept.reports` show: `p` again on the
    /// same results says where they are instead of writing a copy.
    reported: Option<AnswerSheet>,
    /// A participant was cleared: wipe the whole screen, not just redraw.
    pub wipe_screen: bool,
}

impl<'s> Autosave<'s> {
    /// `app` as it starts: a reopened result is not saved again.
    pub fn new(store: &'s Store, app: &mut App) -> Autosave<'s> {
        app.saving = store.state_dir.is_some() && app.reopened.is_none();
        Autosave {
            store,
            saved_serial: app.results_serial,
            progress_enabled: app.reopened.is_none(),
            kept: Kept {
                result: app.reopened.clone(),
                ..Kept::default()
            },
            reopened_answers: app.reopened.as_ref().map(|_| app.session.answers().clone()),
            reported: None,
            wipe_screen: false,
        }
    }

    /// Called after each key with the session as it was before the key.
    pub fn after_key(&mut self, app: &mut App, before: &Session, offer_before: bool) {
        let quiz = &app.content.quiz;
        if let (Some(outcome), true) = (&app.outcome, app.results_serial != self.saved_serial) {
            self.saved_serial = app.results_serial;
            if self.reported.as_ref() != Some(app.session.answers()) {
                self.set_reports_aside();
            }
            if self.reopened_answers.as_ref() == Some(app.session.answers()) {
                // An old result seen again, unchanged: it is saved as it is.
                return self.handle_request(app);
            }
            let saved = history::SavedResult::new(quiz, &app.session, outcome);
            // Seeing the results again after changing answers updates the
            // same saved result; a retake, or a change to an old result,
            // starts a new one.
            let from_old = self.reopened_answers.take().is_some();
            let replace = if from_old {
                None
            } else {
                self.kept.result.as_deref()
            };
            match history::save(self.store, &saved, replace) {
                Ok(path) => {
                    self.kept.result = path;
                    if from_old && self.kept.result.is_some() {
                        app.notice =
                            Some("Saved as a new result; the old one stays as it was.".to_string());
                    }
                }
                Err(why) => app.warning = Some(format!("Your result could not be saved ({why}).")),
            }
            if self.progress_enabled {
                self.clear_progress(app);
            }
        } else if app.session != *before && app.outcome.is_none() {
            if app.session.stage() == crate::session::Stage::Welcome && !app.session.has_answers() {
                // A retake: the next result is a new one, with progress
                // saved as usual.
                self.kept.result = None;
                self.reopened_answers = None;
                self.set_reports_aside();
                self.progress_enabled = true;
                app.saving = self.store.state_dir.is_some();
            }
            if !self.progress_enabled {
                return self.handle_request(app);
            }
            let session = &app.session;
            if session.has_answers() || !session.skipped().is_empty() {
                match progress::save(self.store, quiz, session) {
                    Ok(()) => {
                        app.saving = self.store.state_dir.is_some();
                        self.kept.progress = app.saving;
                        // Saving works: an old warning (a damaged file at
                        // start, a failed save) has done its job.
                        app.warning = None;
                    }
                    Err(why) => {
                        app.saving = false;
                        app.warning = Some(format!(
                            "Progress is not being saved ({why}); the quiz goes on."
                        ));
                    }
                }
            } else {
                self.clear_progress(app);
            }
        } else if offer_before
            && app.offer.is_none()
            && !app.session.has_answers()
            && self.progress_enabled
        {
            // "Start over": the old answers go.
            self.clear_progress(app);
        }
        self.handle_request(app);
    }

    fn handle_request(&mut self, app: &mut App) {
        match app.request.take() {
            Some(Request::SaveReport) => self.save_report(app),
            Some(Request::FinishParticipant) => self.record_participant(app),
            None => {}
        }
    }

    /// Workshop kiosk: append the participant's record (locked, fsynced)
    /// before anyone else sits down; only then clear them away. If another
    /// program holds the results file's lock, the record waits (tried
    /// again by `tick`, the screen saying so, keys and signals still
    /// heard) up to the kiosk's `lock_wait`. If it cannot be written,
    /// nothing is cleared and the facilitator is told.
    fn record_participant(&mut self, app: &mut App) {
        let (Some(kiosk), Some(outcome)) = (&app.kiosk, &app.outcome) else {
            return;
        };
        let record = Record::new(
            &app.content.quiz,
            &kiosk.session,
            kiosk.label(),
            app.session.answers(),
            outcome,
        );
        let results = kiosk.results.clone();
        let written = record::try_append(&results, &[record]);
        let Some(kiosk) = app.kiosk.as_mut() else {
            return;
        };
        match written {
            Ok(true) => {
                app.warning = None;
                app.next_participant(true);
                self.kept.participants += 1;
                self.wipe_screen = true;
            }
            Ok(false) => {
                let now = kiosk.now();
                let since = *kiosk.recording_since.get_or_insert(now);
                let waited = now.saturating_duration_since(since);
                if waited >= kiosk.lock_wait && waited > Duration::ZERO {
                    kiosk.recording_since = None;
                    app.warning = Some(format!(
                        "Your result is not saved yet: another program has kept the results file busy for over {}. \
                         Press n to try again, or ask the facilitator.",
                        kiosk::seconds(kiosk.lock_wait)
                    ));
                } else {
                    app.warning = Some(
                        "Saving your result: waiting for the results file, which another program is using. Please wait."
                            .to_string(),
                    );
                }
            }
            Err(e) => {
                kiosk.recording_since = None;
                app.warning = Some(format!(
                    "This result could not be saved ({}). Ask the facilitator; press n to try again.",
                    store::plain_error(&results, &e)
                ));
            }
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

    fn clear_progress(&mut self, app: &mut App) {
        if let Err(why) = progress::clear(self.store, &app.content.quiz) {
            app.warning = Some(format!("Old progress could not be removed ({why})."));
        }
        self.kept.progress = false;
    }

    /// The reports written so far belong to results no longer shown.
    fn set_reports_aside(&mut self) {
        self.kept.earlier_reports.append(&mut self.kept.reports);
        self.reported = None;
    }

    fn save_report(&mut self, app: &mut App) {
        let Some(outcome) = &app.outcome else { return };
        let Some(dir) = self.store.reports_dir() else {
            app.notice = Some("Saving is off (--no-save), so no report was written.".to_string());
            return;
        };
        if self.reported.as_ref() == Some(app.session.answers()) && !self.kept.reports.is_empty() {
            app.notice = Some(format!(
                "This report is already saved: {}",
                names(&self.kept.reports)
            ));
            return;
        }
        let now = clock::now();
        let taken = clock::readable(&now);
        let html = store::unique_path(&dir, &clock::compact(&now), "careerfit", "html");
        let markdown = html.with_extension("md");
        let written = store::write_atomic(
            &html,
            crate::report::html(&app.content, outcome, Some(&taken)).as_bytes(),
        )
        .and_then(|()| {
            store::write_atomic(
                &markdown,
                crate::report::markdown(&app.content, outcome, Some(&taken)).as_bytes(),
            )
        });
        match written {
            Ok(()) => {
                self.set_reports_aside();
                self.kept.reports = vec![html, markdown];
                self.reported = Some(app.session.answers().clone());
                app.notice = Some(format!("Report saved: {}", names(&self.kept.reports)));
            }
            Err(e) => {
                app.notice = Some(format!(
                    "The report could not be saved ({}).",
                    store::plain_error(&dir, &e)
                ))
            }
        }
    }
}

/// "a.html and a.md": the files of one report, for a notice.
fn names(files: &[PathBuf]) -> String {
    files
        .iter()
        .map(|f| f.display().to_string())
        .collect::<Vec<_>>()
        .join(" and ")
}
