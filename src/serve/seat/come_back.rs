//! Before a served seat's quiz: when the room has places to come back to,
//! the participant picks start new, their resume code, or their nickname
//! ([`crate::tui::screens::come_back`] draws it). Keys come from the same
//! inputs the quiz reads next.

use std::sync::mpsc::Receiver;

use crossterm::event::Event;
use ratatui::Terminal;
use ratatui::backend::Backend;

use crate::lang::Words;
use crate::serve::roster::{Place, Roster};
use crate::tui::Input;
use crate::tui::screens::come_back::{self, ComeBack, Picked};
use crate::tui::theme::Theme;

/// What the participant chose.
pub enum Came {
    New,
    Back(Place),
    /// They left (Esc, Ctrl-C) or the connection closed.
    Left,
}

/// A place as the list names it: the nickname, or its number.
pub fn name_of(words: &Words, place: &Place) -> String {
    match &place.nickname {
        Some(name) => name.clone(),
        None => words.args("seat-participant", &[("n", place.number.into())]),
    }
}

/// Runs the come-back screen until the participant chooses.
pub fn choose<B: Backend>(
    roster: &Roster,
    (session, words): (&str, &Words),
    theme: &Theme,
    terminal: &mut Terminal<B>,
    inputs: &Receiver<Input>,
) -> anyhow::Result<Came>
where
    B::Error: Send + Sync + 'static,
{
    let places = roster
        .unfinished()
        .iter()
        .map(|p| (p.number, name_of(words, p)))
        .collect();
    let mut state = ComeBack::new((session, words), places, !roster.is_locked());
    loop {
        terminal.draw(|frame| come_back::draw(&state, theme, frame))?;
        let key = match inputs.recv() {
            Ok(Input::Terminal(Event::Key(key))) => key,
            Ok(Input::Signal(_)) | Err(_) => return Ok(Came::Left),
            Ok(_) => continue,
        };
        state.notice = None;
        match state.on_key(key) {
            Some(Picked::New) => return Ok(Came::New),
            Some(Picked::Code(code)) => match roster.come_back(&code) {
                Some(place) => return Ok(Came::Back(place)),
                None => {
                    state.notice = Some(words.args("come-back-no-code", &[("code", code.into())]))
                }
            },
            Some(Picked::Place(number)) => {
                let code = roster
                    .unfinished()
                    .into_iter()
                    .find(|p| p.number == number)
                    .map(|p| p.resume_code);
                match code.and_then(|code| roster.come_back(&code)) {
                    Some(place) => return Ok(Came::Back(place)),
                    None => state.notice = Some(words.get("come-back-taken")),
                }
            }
            Some(Picked::Leave) => return Ok(Came::Left),
            None => {}
        }
    }
}
