//! A served seat in the room: it takes a place on the roster (new, or come
//! back to by code or nickname), runs the quiz as a workshop seat
//! ([`Policy::SEAT`](crate::tui::kiosk::Policy::SEAT)), tells the roster
//! how far its participant is after each input (one place:
//! [`SeatHost::before_frame`]), and gives the place back when it ends. Its
//! goodbye is its own: the participant has no careerfit of their own to
//! run, so it says how to come back (their code) and whether the result
//! is recorded.

use std::io::{self, BufRead, Write};
use std::net::IpAddr;
use std::path::PathBuf;
use std::sync::Arc;
use std::sync::mpsc::{Receiver, Sender};

use ratatui::Terminal;
use ratatui::backend::Backend;

use super::come_back::{self, Came};
use super::limits::{Closed, Watch};
use super::{PLAIN_WIDTH, Raw, SeatEnd, Shared};
use crate::content::{Content, Languages, Quiz};
use crate::lang::Words;
use crate::plain::{Plain, PlainEnding};
use crate::saving::{Recorded, record_participant};
use crate::scoring::Outcome;
use crate::serve::room::{Limits, locked};
use crate::serve::roster::{Goodbye, Place, Refused, Roster, Stage};
use crate::session::Stage as Step;
use crate::start;
use crate::store::{Store, history};
use crate::summary::outcome_text_in;
use crate::tui::app::App;
use crate::tui::kiosk::{Kiosk, LOCK_RETRY};
use crate::tui::theme::Theme;
use crate::tui::{self, Ending, Host, Input};

/// What a served seat needs of the room.
pub struct Joining {
    /// The content in each language: the participant's, and the others
    /// for the welcome screen's `e`.
    pub languages: Arc<Languages>,
    pub roster: Arc<Roster>,
    pub session: String,
    /// The results file `n` appends to.
    pub results: PathBuf,
    pub ask_name: bool,
    pub limits: Limits,
    /// The store folder a newcomer gets.
    pub new_store: PathBuf,
    pub address: Option<IpAddr>,
    /// The participant's words (from the LANG and LC_* their client sent).
    pub words: Words,
}

impl Joining {
    /// The content in the participant's language.
    pub fn content(&self) -> &Content {
        self.languages.content(self.words.lang())
    }
}

/// The seat's place; given back (not connected) when the seat ends, unless
/// another connection has taken it over.
struct OnPlace {
    roster: Arc<Roster>,
    number: u32,
    watch: Arc<Watch>,
}

impl Drop for OnPlace {
    fn drop(&mut self) {
        if self.watch.closed() != Some(Closed::TakenOver) {
            self.roster.left(self.number);
        }
    }
}

/// Takes a place ([`take_place`]), held until the returned guard is
/// dropped, and lets the roster close this seat (removed, taken over).
/// `Err` holds the words for a seat that gets none.
fn sit(
    joining: &Joining,
    came: Came,
    roster: &Arc<Roster>,
    close: (Sender<Raw>, Arc<Watch>),
) -> Result<(Place, OnPlace), String> {
    let watch = Arc::clone(&close.1);
    let place = take_place(joining, came, &watch)?;
    let on = OnPlace {
        roster: Arc::clone(roster),
        number: place.number,
        watch,
    };
    closer(roster, place.number, close);
    Ok((place, on))
}

/// Takes a place: a newcomer's, or the one come back to. `Err` holds the
/// words for a seat that gets none.
fn take_place(joining: &Joining, came: Came, watch: &Watch) -> Result<Place, String> {
    let words = &joining.words;
    match came {
        Came::Left if watch.closed() == Some(Closed::WorkshopEnded) => {
            Err(format!("{}\n", words.get("goodbye-workshop-ended")))
        }
        Came::New => joining
            .roster
            .arrive(joining.address, joining.new_store.clone())
            .map_err(|Refused::Locked| locked(words).replace("\r\n", "\n")),
        Came::Back(place) => Ok(place),
        Came::Left => Err(format!("{}\n", words.get("goodbye-left"))),
    }
}

/// Ends the seat on place `number` from outside (the facilitator removing
/// it, the participant coming back elsewhere): its goodbye says why.
fn closer(roster: &Roster, number: u32, (raw, watch): (Sender<Raw>, Arc<Watch>)) {
    roster.on_close(
        number,
        Box::new(move |goodbye| {
            watch.close(match goodbye {
                Goodbye::Removed => Closed::Removed,
                Goodbye::TakenOver => Closed::TakenOver,
            });
            let _ = raw.send(Raw::Close);
        }),
    );
}

/// The full-screen seat: place, quiz, goodbye words.
pub(super) fn run<B: Backend>(
    joining: Joining,
    theme: Theme,
    terminal: &mut Terminal<B>,
    inputs: &Receiver<Input>,
    close: (Sender<Raw>, Arc<Watch>),
) -> anyhow::Result<(SeatEnd, String)>
where
    B::Error: Send + Sync + 'static,
{
    let roster = Arc::clone(&joining.roster);
    let came = if roster.unfinished().is_empty() {
        Came::New
    } else {
        come_back::choose(
            &roster,
            (&joining.session, &joining.words),
            &theme,
            terminal,
            inputs,
        )?
    };
    let watch = Arc::clone(&close.1);
    let (place, _on) = match sit(&joining, came, &roster, close) {
        Ok(sat) => sat,
        Err(words) => return Ok((SeatEnd::NoPlace, words)),
    };
    let content = joining.content().clone();
    let quiz = content.quiz.clone();
    let store = Store::in_folder(&place.store);
    let words = joining.words;
    let mut app = seat_app(words, content, theme, &store, &place)
        .switching_among(Arc::clone(&joining.languages));
    let mut kiosk = Kiosk::seat(
        joining.session,
        joining.results,
        joining.ask_name && place.nickname.is_none(),
        place.resume_code.clone(),
    );
    kiosk.name = place.nickname.clone().unwrap_or_default();
    app.kiosk = Some(kiosk);
    let mut host = SeatHost {
        roster: Arc::clone(&roster),
        number: place.number,
        watch: Arc::clone(&watch),
        last_key: None,
        reported: None,
        outcome: None,
    };
    let ended = tui::run(app, terminal, inputs, &store, &mut host)?;
    let outcome = match &ended.ending {
        Ending::Left(outcome) | Ending::Interrupted(outcome) => outcome.clone(),
        Ending::Signalled(_) => host.outcome.clone(),
    };
    let recorded = host
        .reported
        .as_ref()
        .is_some_and(|(_, s)| *s == Stage::Recorded);
    let said = goodbye(
        &words,
        &quiz,
        outcome.as_ref(),
        recorded,
        ended.kept.progress,
        &place.resume_code,
        watch.closed(),
    );
    Ok((SeatEnd::Quiz(Box::new(ended)), said))
}

/// The app for a place: its unfinished quiz offered; a place that reached
/// its result (kept in its store) and dropped before recording it gets
/// that result back, so `n` can record it.
fn seat_app(words: Words, content: Content, theme: Theme, store: &Store, place: &Place) -> App {
    if place.stage == Stage::Results {
        let (results, _) = history::list(store);
        if !results.is_empty()
            && let Ok(app) = start::reopened_app_in(words, content.clone(), theme, &results, 1)
        {
            return app;
        }
    }
    start::quiz_app_in(&words, content, theme, store).speaking(words)
}

/// How far the participant on `app` is.
fn stage_of(app: &App) -> Stage {
    let recorded = app
        .kiosk
        .as_ref()
        .and_then(|k| k.recorded.as_ref())
        .is_some_and(|answers| answers == app.session.answers());
    match app.session.stage() {
        _ if recorded && app.outcome.is_some() => Stage::Recorded,
        Step::Welcome => Stage::Starting,
        Step::Question(n) => Stage::Question {
            at: n + 1,
            of: app.content.quiz.questions.len(),
        },
        Step::Review => Stage::Review,
        Step::Results => Stage::Results,
    }
}

/// The seat's side of the loop: before each frame it reports to the
/// roster (nickname, stage, last key) and puts "Still there?" up.
struct SeatHost {
    roster: Arc<Roster>,
    number: u32,
    watch: Arc<Watch>,
    last_key: Option<std::time::Instant>,
    /// The nickname and stage last reported.
    reported: Option<(Option<String>, Stage)>,
    /// The results on view, kept for a goodbye after a hang-up.
    outcome: Option<Outcome>,
}

impl Host for SeatHost {
    fn before_frame(&mut self, app: &mut App) {
        if let Some(question) = self.watch.take_question() {
            app.notice = Some(question);
        }
        let key = self.watch.last_key();
        if self.last_key != Some(key) {
            self.last_key = Some(key);
            self.roster.typed(self.number);
        }
        let nickname = app
            .kiosk
            .as_ref()
            .filter(|k| !k.naming)
            .and_then(Kiosk::label);
        let now = (nickname, stage_of(app));
        if self.reported.as_ref() != Some(&now) {
            let (nickname, stage) = now.clone();
            self.roster.update(self.number, |place| {
                if nickname.is_some() {
                    place.nickname = nickname;
                }
                place.stage = stage;
            });
            self.reported = Some(now);
        }
        if app.outcome.as_ref().map(|o| &o.ranking) != self.outcome.as_ref().map(|o| &o.ranking) {
            self.outcome = app.outcome.clone();
        }
    }
}

/// What a served seat says last, in the participant's own terminal and
/// words.
pub fn goodbye(
    words: &Words,
    quiz: &Quiz,
    outcome: Option<&Outcome>,
    recorded: bool,
    kept: bool,
    code: &str,
    why: Option<Closed>,
) -> String {
    let line = |text: String| format!("{text}\n");
    let mut out = match why {
        Some(Closed::TakenOver) => return line(words.get("goodbye-taken-over")),
        Some(Closed::Removed) => line(words.get("goodbye-removed")),
        Some(Closed::Idle) => line(words.get("goodbye-idle")),
        Some(Closed::TooLong) => line(words.get("goodbye-too-long")),
        Some(Closed::Flood) => line(words.get("goodbye-flood")),
        Some(Closed::WorkshopEnded) => line(words.get("goodbye-workshop-ended")),
        None => String::new(),
    };
    if let Some(outcome) = outcome {
        out.push('\n');
        out.push_str(&outcome_text_in(words, quiz, outcome));
        out.push('\n');
    }
    let come_back = |what: String| {
        line(words.args(
            "goodbye-come-back",
            &[("what", what.into()), ("code", code.into())],
        ))
    };
    let ended = why == Some(Closed::WorkshopEnded);
    let last = match (why, recorded, outcome.is_some()) {
        (_, true, _) => line(words.get("goodbye-saved")),
        (Some(Closed::Removed), ..) => String::new(),
        (_, false, true) if ended => line(words.get("goodbye-not-added")),
        _ if ended && kept => line(words.get("goodbye-kept-here")),
        _ if ended => String::new(),
        (_, false, true) => come_back(words.get("goodbye-not-saved-yet")),
        _ if kept => come_back(words.get("goodbye-kept")),
        _ => line(words.get("goodbye-before-answering")),
    };
    out.push_str(&last);
    out
}

/// Plain mode as a served seat (no pty): come back by code or number,
/// nickname when asked, the quiz, then the result recorded.
pub(super) fn run_plain<W: Write + 'static>(
    joining: Joining,
    raw: Receiver<Raw>,
    sink: &Shared<W>,
    close: (Sender<Raw>, Arc<Watch>),
) -> SeatEnd {
    let mut out = sink.clone();
    let say = Box::new(move |text: &str| {
        let _ = out.write_all(crate::text::prose(text, PLAIN_WIDTH).as_bytes());
        let _ = out.flush();
    });
    let words = joining.words;
    let mut lines = super::lines::watched(raw, Arc::clone(&close.1), say);
    let ran = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        plain_seat(joining, &mut lines, sink, close)
    }));
    let (end, words) = match ran {
        Ok(Ok(ended)) => ended,
        Ok(Err(e)) => (SeatEnd::Failed(e.to_string()), super::apology(&words)),
        Err(_) => (SeatEnd::Panicked, super::apology(&words)),
    };
    let mut out = sink.clone();
    let _ = out.write_all(crate::text::prose(&words, PLAIN_WIDTH).as_bytes());
    let _ = out.flush();
    sink.shut();
    end
}

fn plain_seat<W: Write>(
    joining: Joining,
    lines: &mut impl BufRead,
    sink: &Shared<W>,
    close: (Sender<Raw>, Arc<Watch>),
) -> io::Result<(SeatEnd, String)> {
    let words = joining.words;
    let mut out = sink.clone();
    let mut say = |text: &str| -> io::Result<()> {
        out.write_all(crate::text::prose(text, PLAIN_WIDTH).as_bytes())?;
        out.flush()
    };
    let read = |lines: &mut dyn BufRead| -> io::Result<Option<String>> {
        let mut line = String::new();
        Ok((lines.read_line(&mut line)? > 0).then(|| line.trim().to_string()))
    };
    let roster = Arc::clone(&joining.roster);
    let unfinished = roster.unfinished();
    let came = if unfinished.is_empty() {
        Came::New
    } else {
        let mut ask = format!("{}\n", words.get("plain-seat-before"));
        for (i, place) in unfinished.iter().enumerate() {
            ask.push_str(&format!(
                "{}. {}\n",
                i + 1,
                come_back::name_of(&words, place)
            ));
        }
        say(&ask)?;
        loop {
            let Some(line) = read(lines)? else {
                break Came::Left;
            };
            let code = match line.parse::<usize>() {
                Ok(n) if (1..=unfinished.len()).contains(&n) => {
                    unfinished[n - 1].resume_code.clone()
                }
                _ => line.clone(),
            };
            if line.is_empty() {
                break Came::New;
            }
            match roster.come_back(&code) {
                Some(place) => break Came::Back(place),
                None => say(&format!("{}\n", words.get("plain-seat-no-code")))?,
            }
        }
    };
    let watch = Arc::clone(&close.1);
    let (place, _on) = match sit(&joining, came, &roster, close) {
        Ok(sat) => sat,
        Err(words) => return Ok((SeatEnd::NoPlace, words)),
    };
    let mut kiosk = Kiosk::seat(
        joining.session,
        joining.results,
        false,
        place.resume_code.clone(),
    );
    kiosk.name = place.nickname.clone().unwrap_or_default();
    if joining.ask_name && place.nickname.is_none() {
        say(&format!("{}\n", words.get("plain-seat-nickname")))?;
        kiosk.name = read(lines)?.unwrap_or_default();
        let nickname = kiosk.label();
        roster.update(place.number, |p| p.nickname = nickname);
    }
    say(&format!(
        "{}\n",
        words.args(
            "plain-seat-code",
            &[("code", place.resume_code.as_str().into())]
        )
    ))?;
    let store = Store::in_folder(&place.store);
    let content = joining.languages.content(words.lang());
    let quiz = content.quiz.clone();
    let mut plain = Plain::new(content, &store, &mut *lines, sink.clone());
    plain.width = PLAIN_WIDTH;
    plain.at_kiosk = true;
    plain.words = words;
    let ending = plain.run()?;
    let answers = plain.session.answers().clone();
    drop(plain);
    let (outcome, recorded) = match &ending {
        PlainEnding::Finished(outcome) => {
            roster.update(place.number, |p| p.stage = Stage::Results);
            let recorded = loop {
                kiosk.lang = words.lang();
                match record_participant(&quiz, &mut kiosk, &answers, outcome) {
                    Recorded::Saved => break true,
                    Recorded::Waiting => std::thread::sleep(LOCK_RETRY),
                    other => {
                        say(&other
                            .words_in(&words, words.word("plain-seat-verb"))
                            .unwrap_or_default())?;
                        break false;
                    }
                }
            };
            if recorded {
                roster.update(place.number, |p| p.stage = Stage::Recorded);
            }
            (Some(outcome.as_ref().clone()), recorded)
        }
        _ => (None, false),
    };
    let kept = matches!(
        ending,
        PlainEnding::Quit { saved: true } | PlainEnding::InputEnded { saved: true }
    );
    let mut said = goodbye(
        &words,
        &quiz,
        None,
        recorded,
        kept,
        &place.resume_code,
        watch.closed(),
    );
    if outcome.is_some() && !recorded && watch.closed().is_none() {
        said = format!("{}\n", words.get("goodbye-not-recorded"));
    }
    Ok((SeatEnd::Plain(ending), said))
}
