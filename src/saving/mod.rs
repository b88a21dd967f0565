//! The one saving policy, for every shell (the full-screen quiz, plain
//! mode, both kiosks): what the session reports ([`Event`]s: answered, went
//! back, finished, started over) becomes store actions. Progress is saved
//! after every change that leaves something to lose, and cleared when the
//! quiz is finished or started over; a result is saved once per set of
//! answers (seen again unchanged it writes nothing; an old result changed
//! becomes a new file); a report is written on request, once per result.
//! A failure never stops the quiz: it comes back as a warning to show.
//!
//! The shells only show what this says ([`Said`]) in their own way.

mod kept;
pub mod kiosk;
mod report;

use std::path::PathBuf;

use crate::content::{AnswerSheet, Quiz};
use crate::lang;
use crate::scoring::Outcome;
use crate::session::{Event, Session};
use crate::store::{FolderSync, Store, history, progress};

pub use kept::Kept;
pub use kiosk::{Recorded, record_participant};

/// What saving has to tell the person, worded once here; each shell shows
/// it its own way (a line on screen, a note in plain mode).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Said {
    /// Something done, said once: "Report saved: ...".
    Notice(lang::Said),
    /// A saving problem, shown until something replaces it.
    Warning(lang::Said),
    /// Saving works: an older warning (a damaged file at start, a failed
    /// save) has done its job.
    AllWell,
}

impl Said {
    /// What to show, in `words`' language; `None` for [`Said::AllWell`].
    pub fn say(&self, words: &lang::Words) -> Option<String> {
        match self {
            Said::Notice(said) | Said::Warning(said) => Some(said.say(words)),
            Said::AllWell => None,
        }
    }
}

/// One person's saving, across one run of a shell.
#[derive(Debug)]
pub struct Saver<'s> {
    store: &'s Store,
    /// What is on disk so far, to tell the person at the end.
    pub kept: Kept,
    /// Progress is saved as the person goes. Off while a reopened old
    /// result is on view: its answers must not overwrite an unfinished
    /// quiz waiting to be resumed.
    progress_on: bool,
    /// The last progress save worked (and the store keeps progress), so
    /// leaving loses nothing.
    saving: bool,
    /// The answers of a reopened old result, while they are unchanged:
    /// seeing it again writes nothing, and a change is saved as a new
    /// result, so the old one stays as it was.
    reopened: Option<AnswerSheet>,
    /// The answers whose results `kept.reports` show: a report asked for
    /// again on the same results says where it is instead of a copy.
    reported: Option<AnswerSheet>,
    /// The progress file's folder, not yet synced: [`Saver::settle`]
    /// syncs it once the screen shows the change.
    unsynced: Option<FolderSync>,
}

/// However saving ends, the last progress save is finished.
impl Drop for Saver<'_> {
    fn drop(&mut self) {
        self.settle();
    }
}

impl<'s> Saver<'s> {
    /// Saving for a new quiz (or one resumed from progress).
    pub fn new(store: &'s Store) -> Saver<'s> {
        Saver {
            store,
            kept: Kept::default(),
            progress_on: true,
            saving: store.state_dir.is_some(),
            reopened: None,
            reported: None,
            unsynced: None,
        }
    }

    /// Saving while an old result, saved in `file` with `answers`, is on
    /// view: it is not saved again unless its answers change.
    pub fn reopened(store: &'s Store, file: PathBuf, answers: AnswerSheet) -> Saver<'s> {
        let mut saver = Saver::new(store);
        saver.kept.result = Some(file);
        saver.progress_on = false;
        saver.saving = false;
        saver.reopened = Some(answers);
        saver
    }

    /// Is progress being saved as the person goes (so leaving loses nothing)?
    pub fn saving(&self) -> bool {
        self.saving
    }

    /// The store this saves to.
    pub fn store(&self) -> &'s Store {
        self.store
    }

    /// Takes what the session did since the last call and saves what it
    /// calls for. `outcome` is the results on view, if any (needed when the
    /// session reports [`Event::Finished`]).
    pub fn after(
        &mut self,
        quiz: &Quiz,
        session: &mut Session,
        outcome: Option<&Outcome>,
    ) -> Vec<Said> {
        let mut said = Vec::new();
        let events = session.take_events();
        let mut events = events.into_iter().peekable();
        while let Some(event) = events.next() {
            match event {
                Event::Finished => {
                    if let Some(outcome) = outcome {
                        self.finished(quiz, session, outcome, &mut said);
                    }
                }
                Event::StartedOver => self.started_over(quiz, &mut said),
                Event::Started | Event::Answered(_) | Event::Skipped(_) | Event::Moved => {
                    // Several changes in a row: the place they end at is
                    // saved once.
                    let next_is_a_change = events
                        .peek()
                        .is_some_and(|e| !matches!(e, Event::Finished | Event::StartedOver));
                    if !next_is_a_change {
                        self.changed(quiz, session, &mut said);
                    }
                }
            }
        }
        said
    }

    /// Finishes the last progress save (its folder's sync), once the
    /// screen shows it: a key's redraw waits for one disk sync, not two.
    pub fn settle(&mut self) {
        if let Some(folder) = self.unsynced.take() {
            folder.sync();
        }
    }

    /// Answers or the place changed: save the progress, if there is
    /// anything to lose yet.
    fn changed(&mut self, quiz: &Quiz, session: &Session, said: &mut Vec<Said>) {
        if !self.progress_on || (!session.has_answers() && session.skipped().is_empty()) {
            return;
        }
        match progress::save_later(self.store, quiz, session) {
            Ok(folder) => {
                if let Some(earlier) = std::mem::replace(&mut self.unsynced, folder) {
                    earlier.sync();
                }
                self.saving = self.store.state_dir.is_some();
                self.kept.progress = self.saving;
                said.push(Said::AllWell);
            }
            Err(why) => {
                self.saving = false;
                said.push(Said::Warning(
                    lang::Said::new("saving-progress-failed").said("why", why.said()),
                ));
            }
        }
    }

    /// The results were worked out: save them (once per set of answers)
    /// and clear the progress, which has nothing left to resume.
    fn finished(
        &mut self,
        quiz: &Quiz,
        session: &Session,
        outcome: &Outcome,
        said: &mut Vec<Said>,
    ) {
        if self.reported.as_ref() != Some(session.answers()) {
            self.set_reports_aside();
        }
        if self.reopened.as_ref() == Some(session.answers()) {
            // An old result seen again, unchanged: it is saved as it is.
            return;
        }
        let saved = history::SavedResult::new(quiz, session, outcome);
        // Seeing the results again after changing answers updates the same
        // saved result; a retake, or a change to an old result, starts a
        // new one.
        let from_old = self.reopened.take().is_some();
        let replace = if from_old {
            None
        } else {
            self.kept.result.as_deref()
        };
        match history::save(self.store, &saved, replace) {
            Ok(path) => {
                self.kept.result = path;
                if from_old && self.kept.result.is_some() {
                    said.push(Said::Notice(lang::Said::new("saving-new-result")));
                }
            }
            Err(why) => said.push(Said::Warning(
                lang::Said::new("saving-result-failed").said("why", why.said()),
            )),
        }
        if self.progress_on {
            self.clear_progress(quiz, said);
        }
    }

    /// Every answer cleared (a retake, or an unfinished quiz declined): the
    /// old progress goes, and the next result is a new one, with progress
    /// saved as usual.
    fn started_over(&mut self, quiz: &Quiz, said: &mut Vec<Said>) {
        self.kept.result = None;
        self.reopened = None;
        self.set_reports_aside();
        self.progress_on = true;
        self.saving = self.store.state_dir.is_some();
        self.clear_progress(quiz, said);
    }

    fn clear_progress(&mut self, quiz: &Quiz, said: &mut Vec<Said>) {
        if let Err(why) = progress::clear(self.store, quiz) {
            said.push(Said::Warning(
                lang::Said::new("saving-clear-failed").said("why", why.said()),
            ));
        }
        self.kept.progress = false;
    }

    /// The reports written so far belong to results no longer shown.
    fn set_reports_aside(&mut self) {
        self.kept.earlier_reports.append(&mut self.kept.reports);
        self.reported = None;
    }
}
