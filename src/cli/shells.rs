//! The interactive commands, each full-screen or as plain prompts: the
//! quiz, a reopened result (`history N`) and the workshop kiosk. What they
//! start with is decided in [`crate::start`]; this runs them and turns how
//! they ended into what is printed and the exit status.

use std::io::IsTerminal;
use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::Arc;

use super::{Cli, Failure, failure_of, print_out, print_text, print_warnings, report, words};
use crate::content::{Content, Languages};
use crate::lang::{Said, Words};
use crate::plain::kiosk::{KioskEnding, PlainKiosk};
use crate::plain::{Plain, PlainEnding};
use crate::saving::Kept;
use crate::start::{self, Surroundings};
use crate::store::{Store, history};
use crate::tui::app::App;
use crate::tui::kiosk::{self, Kiosk};
use crate::tui::{self, Ended, Ending, theme::Theme};

/// Plain line-by-line mode: asked for, or the only thing that can work
/// here (see [`Surroundings::wants_plain`]).
pub fn wants_plain(args: &Cli) -> bool {
    Surroundings::here().wants_plain(args.plain)
}

/// The content in the person's language, loaded now (its problems
/// said), and in the others when the person switches to one.
fn load(args: &Cli) -> Result<Arc<Languages>, ExitCode> {
    match Languages::of(super::origin(args), super::lang(args)) {
        Ok(languages) => Ok(Arc::new(languages)),
        Err(e) => {
            report(&Failure::Content(e), &words(args));
            Err(ExitCode::FAILURE)
        }
    }
}

/// A quiz app for the person, in their language, switching among
/// `languages`.
fn app_in(languages: &Arc<Languages>, args: &Cli, store: &Store) -> App {
    let words = words(args);
    let content = languages.content(words.lang()).clone();
    start::quiz_app_in(&words, content, Theme::from_env(args.no_color), store)
        .speaking(words)
        .switching_among(Arc::clone(languages))
}

/// `careerfit`: the quiz, full-screen or plain.
pub fn take_quiz(args: &Cli) -> ExitCode {
    let languages = match load(args) {
        Ok(languages) => languages,
        Err(code) => return code,
    };
    let store = Store::open(args.no_save);
    if wants_plain(args) {
        return take_quiz_plain(&languages, &store, words(args));
    }
    let app = app_in(&languages, args, &store);
    finish(tui::terminal::run(app, &store), &words(args))
}

/// The quiz as plain prompts on stdin and stdout.
fn take_quiz_plain(languages: &Languages, store: &Store, words: Words) -> ExitCode {
    let stdin = std::io::stdin();
    let stdout = std::io::stdout();
    let interactive = stdin.is_terminal();
    let content = languages.content(words.lang());
    let mut plain = Plain::new(content, store, stdin.lock(), stdout.lock());
    plain.interactive = interactive;
    plain.words = words;
    plain.languages = true;
    plain.translations = Some(languages);
    let ended = plain.run();
    let words = &plain.words;
    match ended {
        Ok(PlainEnding::Finished(_)) => ExitCode::SUCCESS,
        Ok(PlainEnding::Quit { saved }) => {
            let goodbye = if saved {
                Kept::answers_saved(words)
            } else {
                format!("{}\n", words.get("plain-goodbye"))
            };
            print_out(&goodbye, words);
            ExitCode::SUCCESS
        }
        Ok(PlainEnding::InputEnded { saved }) => {
            eprintln!(
                "careerfit: {}",
                if saved {
                    words.get("plain-input-ended-saved")
                } else {
                    words.get("plain-input-ended-unsaved")
                }
            );
            ExitCode::from(3)
        }
        // A closed output (the reader went away): nothing more can be said.
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => ExitCode::from(3),
        Err(e) => {
            report(
                &Failure::Message(Said::new("cli-plain-stopped").text("why", e)),
                words,
            );
            ExitCode::FAILURE
        }
    }
}

/// `careerfit history N` in a terminal: the saved result in the results screen.
pub fn reopen(args: &Cli, n: usize) -> ExitCode {
    let content = match load(args) {
        Ok(languages) => languages.content(super::lang(args)).clone(),
        Err(code) => return code,
    };
    let store = Store::open(args.no_save);
    let (results, warnings) = history::list(&store);
    print_warnings(&warnings, &words(args));
    match start::reopened_app(content, Theme::from_env(args.no_color), &results, n) {
        Ok(mut app) => {
            app.words = words(args);
            finish(tui::terminal::run(app, &store), &words(args))
        }
        Err(failure) => {
            report(&failure, &words(args));
            ExitCode::FAILURE
        }
    }
}

/// `careerfit workshop`: the kiosk, one participant after another, each
/// finished participant appended to `results` (the default already
/// worked out from the session's name, or the reason there is none).
pub fn workshop(
    args: &Cli,
    session: String,
    results: Result<PathBuf, Said>,
    ask_name: bool,
    pin: Option<String>,
) -> ExitCode {
    let fail = |failure: Failure| {
        report(&failure, &words(args));
        ExitCode::FAILURE
    };
    if args.no_save {
        return fail(Failure::Message(Said::new("cli-workshop-no-save")));
    }
    if let Some(Err(why)) = pin.as_deref().map(kiosk::check_pin) {
        return fail(Failure::Message(why));
    }
    let languages = match load(args) {
        Ok(languages) => languages,
        Err(code) => return code,
    };
    let results = match results.and_then(|path| start::check_results(&path).map(|()| path)) {
        Ok(path) => path,
        Err(why) => return fail(Failure::Message(why)),
    };
    let kiosk = Kiosk::new(session, results.clone(), ask_name, pin);
    let (code, recorded) = if wants_plain(args) {
        workshop_plain(languages.content(super::lang(args)), kiosk, words(args))
    } else {
        let content = languages.content(super::lang(args)).clone();
        let mut app = App::new(content, Theme::from_env(args.no_color))
            .speaking(words(args))
            .switching_among(Arc::clone(&languages));
        app.kiosk = Some(kiosk);
        let Ended { ending, kept, .. } = match tui::terminal::run(app, &Store::nowhere()) {
            Ok(ended) => ended,
            Err(e) => return fail(failure_of(&e)),
        };
        let code = match ending {
            Ending::Signalled(signal) => {
                let words = words(args);
                let stopped = words.args("cli-workshop-stopped", &[("signal", signal.into())]);
                eprintln!("{stopped}");
                ExitCode::from(128u8.saturating_add(signal as u8))
            }
            _ => ExitCode::SUCCESS,
        };
        (code, kept.participants)
    };
    let said_words = words(args);
    let ended = said_words.args(
        "workshop-ended",
        &[
            (
                "done",
                said_words
                    .args("kiosk-participants", &[("n", recorded.into())])
                    .into(),
            ),
            ("file", results.display().to_string().into()),
        ],
    );
    print_out(&format!("{ended}\n"), &said_words);
    code
}

/// The workshop kiosk as plain prompts on stdin and stdout. Ctrl-C and
/// Ctrl-\ do not end it on a terminal (as in the full-screen kiosk): the
/// facilitator does, with q. Returns the exit status and how many
/// participants were recorded.
fn workshop_plain(content: &Content, kiosk: Kiosk, words: Words) -> (ExitCode, u32) {
    let stdin = std::io::stdin();
    let stdout = std::io::stdout();
    let interactive = stdin.is_terminal();
    if interactive {
        use signal_hook::consts::{SIGHUP, SIGINT, SIGQUIT, SIGTERM};
        for signal in [SIGINT, SIGQUIT] {
            let _ = signal_hook::flag::register(
                signal,
                std::sync::Arc::new(std::sync::atomic::AtomicBool::new(false)),
            );
        }
        // SIGTERM or SIGHUP while the PIN is read (raw mode): give the
        // terminal back before leaving.
        if let Ok(mut signals) = signal_hook::iterator::Signals::new([SIGTERM, SIGHUP]) {
            std::thread::spawn(move || {
                if let Some(signal) = signals.forever().next() {
                    let _ = crossterm::terminal::disable_raw_mode();
                    let stopped = words.args("cli-workshop-stopped", &[("signal", signal.into())]);
                    eprintln!("\n{stopped}");
                    std::process::exit(128 + signal);
                }
            });
        }
    }
    let mut plain = PlainKiosk::new(content, kiosk, stdin.lock(), stdout.lock());
    plain.interactive = interactive;
    plain.words = words;
    plain.width = crate::text::output_width();
    if interactive {
        plain.hidden_pin = Some(crate::plain::kiosk::read_hidden_pin);
    }
    let ran = plain.run();
    let recorded = plain.recorded();
    drop(plain);
    let code = match ran {
        Ok(KioskEnding::Ended) => ExitCode::SUCCESS,
        Ok(KioskEnding::InputEnded { unfinished: false }) => {
            eprintln!("{}", words.get("cli-kiosk-input-ended"));
            ExitCode::SUCCESS
        }
        Ok(KioskEnding::InputEnded { unfinished: true }) => {
            eprintln!("{}", words.get("cli-kiosk-input-ended-unfinished"));
            ExitCode::from(3)
        }
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => ExitCode::from(3),
        Err(e) => {
            report(
                &Failure::Message(Said::new("cli-plain-kiosk-stopped").text("why", e)),
                &words,
            );
            ExitCode::FAILURE
        }
    };
    (code, recorded)
}

/// After the terminal is restored: what happened, in plain text.
fn finish(ran: anyhow::Result<Ended>, words: &Words) -> ExitCode {
    let Ended {
        ending, goodbye, ..
    } = match ran {
        Ok(ended) => ended,
        Err(e) => {
            report(&failure_of(&e), words);
            return ExitCode::FAILURE;
        }
    };
    let code = match ending {
        Ending::Left(_) => ExitCode::SUCCESS,
        Ending::Interrupted(_) => {
            eprintln!("{}", words.get("cli-stopped-ctrl-c"));
            ExitCode::from(130)
        }
        Ending::Signalled(signal) => {
            eprintln!(
                "{}",
                words.args("cli-stopped-by-signal", &[("signal", signal.into())])
            );
            ExitCode::from(128u8.saturating_add(signal as u8))
        }
    };
    print_text(&goodbye, words);
    code
}
