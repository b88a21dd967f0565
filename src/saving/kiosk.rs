//! A workshop participant's record, for both kiosks (full-screen and
//! plain): appended to the session's results file (locked, fsynced) before
//! anyone else sits down. If another program holds the file's lock, the
//! record waits, up to the kiosk's `lock_wait`; the shell tries again (the
//! full-screen kiosk on its clock, the plain kiosk after a short sleep).

use std::time::Duration;

use crate::content::{AnswerSheet, Quiz};
use crate::lang::Words;
use crate::scoring::Outcome;
use crate::store;
use crate::tui::kiosk::{self, Kiosk};
use crate::workshop::record::{self, Record};

/// What one try at recording a participant did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Recorded {
    /// Written: the next person may start.
    Saved,
    /// Another program holds the results file; still within the wait.
    Waiting,
    /// Another program held the file for the whole wait, this long.
    Busy(Duration),
    /// It could not be written; the words say why.
    Failed(crate::lang::Said),
}

/// Tries once to append the participant's record (their `answers` and
/// `outcome`) to the kiosk's results file. `kiosk.recording_since` keeps
/// when the wait began, so the wait is bounded across tries.
pub fn record_participant(
    quiz: &Quiz,
    kiosk: &mut Kiosk,
    answers: &AnswerSheet,
    outcome: &Outcome,
) -> Recorded {
    let record =
        Record::new(quiz, &kiosk.session, kiosk.label(), answers, outcome).in_lang(kiosk.lang);
    match record::try_append(&kiosk.results, &[record]) {
        Ok(true) => {
            kiosk.recording_since = None;
            Recorded::Saved
        }
        Ok(false) => {
            let now = kiosk.now();
            let since = *kiosk.recording_since.get_or_insert(now);
            if now.saturating_duration_since(since) >= kiosk.lock_wait {
                kiosk.recording_since = None;
                Recorded::Busy(kiosk.lock_wait)
            } else {
                Recorded::Waiting
            }
        }
        Err(e) => {
            kiosk.recording_since = None;
            Recorded::Failed(store::plain_error(&kiosk.results, &e))
        }
    }
}

impl Recorded {
    /// What the participant is told, with the key verb of the shell
    /// ("Press" on the full screen, "Type" in plain mode); `None` once saved
    /// (each kiosk says "Saved" its own way).
    pub fn words(&self, verb: &str) -> Option<String> {
        self.words_in(&Words::english(), verb)
    }

    /// [`Recorded::words`] in `words` (`verb` in that language too).
    pub fn words_in(&self, words: &Words, verb: &str) -> Option<String> {
        match self {
            Recorded::Saved => None,
            Recorded::Waiting => Some(words.get("recorded-waiting")),
            Recorded::Busy(wait) => Some(words.args(
                "recorded-busy",
                &[
                    ("time", kiosk::seconds_in(words, *wait).into()),
                    ("verb", verb.into()),
                ],
            )),
            Recorded::Failed(why) => Some(words.args(
                "recorded-failed",
                &[
                    ("why", why.say(words).into()),
                    ("verb", crate::text::uncapitalised(verb).into()),
                ],
            )),
        }
    }
}
