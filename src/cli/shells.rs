//! The interactive commands, each full-screen or as plain prompts: the
//! quiz, a reopened result (`history N`) and the workshop kiosk. What they
//! start with is decided in [`crate::start`]; this runs them and turns how
//! they ended into what is printed and the exit status.

use std::io::IsTerminal;
use std::path::PathBuf;
use std::process::ExitCode;

use super::{Cli, Failure, print_out, print_text, print_warnings, report};
use crate::content::{Content, Origin};
use crate::lang::{Lang, Words};
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

/// The content in the person's language.
fn load(args: &Cli) -> Result<Content, ExitCode> {
    loaded(super::load_content_in(args), args)
}

fn loaded(
    content: Result<Content, crate::content::ContentError>,
    args: &Cli,
) -> Result<Content, ExitCode> {
    content.map_err(|e| {
        report(&Failure::Content(e), &words(args));
        ExitCode::FAILURE
    })
}

/// The words of the language asked for (`--lang`), or the one the
/// environment names.
fn words(args: &Cli) -> Words {
    Words::new(super::lang(args))
}

/// `careerfit`: the quiz, full-screen or plain.
pub fn take_quiz(args: &Cli) -> ExitCode {
    let content = match load(args) {
        Ok(content) => content,
        Err(code) => return code,
    };
    let store = Store::open(args.no_save);
    if wants_plain(args) {
        return take_quiz_plain(&content, &store, words(args), super::origin(args));
    }
    let app = start::quiz_app_in(
        &words(args),
        content,
        Theme::from_env(args.no_color),
        &store,
    )
    .speaking(words(args))
    .switching_from(super::origin(args));
    finish(tui::terminal::run(app, &store), &words(args))
}

/// The quiz as plain prompts on stdin and stdout.
fn take_quiz_plain(content: &Content, store: &Store, words: Words, origin: Origin) -> ExitCode {
    let stdin = std::io::stdin();
    let stdout = std::io::stdout();
    let interactive = stdin.is_terminal();
    let lang = words.lang();
    // Every other language's content, loaded now: e switches to it.
    let others: Vec<_> = Lang::shipped()
        .into_iter()
        .filter(|l| *l != lang)
        .map(|l| (l, origin.load_in(l)))
        .collect();
    let mut plain = Plain::new(content, store, stdin.lock(), stdout.lock());
    plain.interactive = interactive;
    plain.words = words;
    plain.languages = true;
    plain.translations = others
        .iter()
        .map(|(l, loaded)| {
            let loaded = loaded.as_ref().map_err(|e| {
                e.problems
                    .first()
                    .map(ToString::to_string)
                    .unwrap_or_default()
            });
            (*l, loaded)
        })
        .collect();
    plain.translations.push((lang, Ok(content)));
    let ended = plain.run();
    let words = &plain.words;
    match ended {
        Ok(PlainEnding::Finished(_)) => ExitCode::SUCCESS,
        Ok(PlainEnding::Quit { saved }) => {
            print_out(&if saved {
                Kept::answers_saved(words)
            } else {
                format!("{}\n", words.get("plain-goodbye"))
            });
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
                &Failure::Message(format!("plain mode stopped: {e}").into()),
                words,
            );
            ExitCode::FAILURE
        }
    }
}

/// `careerfit history N` in a terminal: the saved result in the results screen.
pub fn reopen(args: &Cli, n: usize) -> ExitCode {
    let content = match load(args) {
        Ok(content) => content,
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
    results: Result<PathBuf, String>,
    ask_name: bool,
    pin: Option<String>,
) -> ExitCode {
    let fail = |message: String| {
        report(&Failure::Message(message.into()), &words(args));
        ExitCode::FAILURE
    };
    if args.no_save {
        return fail(
            "the workshop kiosk saves each participant's result; run it without --no-save"
                .to_string(),
        );
    }
    if let Some(Err(why)) = pin.as_deref().map(kiosk::check_pin) {
        return fail(why);
    }
    let content = match loaded(super::load_content(args), args) {
        Ok(content) => content,
        Err(code) => return code,
    };
    let results = match results.and_then(|path| start::check_results(&path).map(|()| path)) {
        Ok(path) => path,
        Err(why) => return fail(why),
    };
    let kiosk = Kiosk::new(session, results.clone(), ask_name, pin);
    let (code, recorded) = if wants_plain(args) {
        workshop_plain(&content, kiosk, words(args))
    } else {
        let mut app = App::new(content, Theme::from_env(args.no_color)).speaking(words(args));
        app.kiosk = Some(kiosk);
        let Ended { ending, kept, .. } = match tui::terminal::run(app, &Store::nowhere()) {
            Ok(ended) => ended,
            Err(e) => return fail(format!("{e:#}")),
        };
        let code = match ending {
            Ending::Signalled(signal) => {
                eprintln!("careerfit: the workshop was stopped by signal {signal}");
                ExitCode::from(128u8.saturating_add(signal as u8))
            }
            _ => ExitCode::SUCCESS,
        };
        (code, kept.participants)
    };
    let said_words = words(args);
    print_out(&format!(
        "{}\n",
        said_words.args(
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
        )
    ));
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
                    eprintln!("\ncareerfit: the workshop was stopped by signal {signal}");
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
            eprintln!("careerfit: the input ended, so the workshop is over");
            ExitCode::SUCCESS
        }
        Ok(KioskEnding::InputEnded { unfinished: true }) => {
            eprintln!(
                "careerfit: the input ended before a participant's result was recorded; their answers were not saved"
            );
            ExitCode::from(3)
        }
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => ExitCode::from(3),
        Err(e) => {
            report(
                &Failure::Message(format!("the plain kiosk stopped: {e}").into()),
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
            report(&Failure::Message(format!("{e:#}").into()), words);
            return ExitCode::FAILURE;
        }
    };
    let code = match ending {
        Ending::Left(_) => ExitCode::SUCCESS,
        Ending::Interrupted(_) => {
            eprintln!("careerfit: stopped (Ctrl-C)");
            ExitCode::from(130)
        }
        Ending::Signalled(signal) => {
            eprintln!("careerfit: stopped by signal {signal}");
            ExitCode::from(128u8.saturating_add(signal as u8))
        }
    };
    print_text(&goodbye);
    code
}
