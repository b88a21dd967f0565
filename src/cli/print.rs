//! Printing for every command: prose for people made safe and wrapped,
//! exact formats written as they are, failures on stderr, and a closed
//! pipe said nowhere (exit status 141).

use std::io::Write;

use crate::content::ContentError;
use crate::lang::{Said, Words};

/// What a command failed on, already worded for the user.
#[derive(Debug)]
pub enum Failure {
    /// Problems in content or answers files: each printed on its own line.
    Content(ContentError),
    /// Anything else, in one message.
    Message(Said),
    /// The reader of the output went away (a closed pipe): nothing to say.
    ClosedOutput,
}

impl From<ContentError> for Failure {
    fn from(e: ContentError) -> Self {
        Failure::Content(e)
    }
}

/// The most problems printed; the rest are counted. A file with 50,000
/// unknown keys needs its first few fixed, not a screenful of thousands.
pub const SHOWN_PROBLEMS: usize = 100;

/// The exit status when the reader of the output went away (a closed pipe,
/// as in `careerfit roles | head -1`): quiet, like a program stopped by
/// SIGPIPE (128 + 13), so a script with `set -o pipefail` sees the output
/// was cut short, but no error is printed.
pub const CLOSED_PIPE: u8 = 141;

/// Prints a failure to stderr in `words`' language, made safe: a file's
/// name, an id or a value quoted from a file cannot send escape sequences
/// to the terminal.
pub fn report(failure: &Failure, words: &Words) {
    let mut err = std::io::stderr().lock();
    let error = |message: &str| words.args("cli-error", &[("message", message.into())]);
    // One problem a line, never wrapped: scripts and editors read them as
    // `file:line:column: message`.
    match failure {
        Failure::Content(e) => {
            for problem in e.problems.iter().take(SHOWN_PROBLEMS) {
                let said = problem.say(words);
                let _ = writeln!(err, "{}", error(&crate::text::one_line(&said)));
            }
            let n = e.problems.len();
            if n > SHOWN_PROBLEMS {
                let more = n - SHOWN_PROBLEMS;
                let _ = writeln!(
                    err,
                    "{}",
                    words.args("cli-more-problems", &[("n", more.into())])
                );
            }
            let _ = writeln!(
                err,
                "{}",
                words.args("cli-found-problems", &[("n", n.into())])
            );
        }
        Failure::Message(message) => {
            let _ = writeln!(
                err,
                "{}",
                error(&crate::text::printable(&message.say(words)))
            );
        }
        Failure::ClosedOutput => {}
    }
}

/// A failure that came up from deeper code as an `anyhow` error (the
/// terminal, the server): careerfit's own message when it is one, said in
/// the reader's language; else the reason as it came (the operating
/// system's words).
pub fn failure_of(e: &anyhow::Error) -> Failure {
    Failure::Message(match e.downcast_ref::<Said>() {
        Some(said) => said.clone(),
        None => Said::new("cli-reason").text("why", format!("{e:#}")),
    })
}

/// Prose for people, printed to stdout: every character a file could use
/// to control the terminal shown escaped (`text::printable`), and lines
/// wrapped at word boundaries to the terminal's width, keeping indents and
/// long web addresses whole (`text::reflow`). Use this for every printed
/// text a person reads (`roles`, `score --format text`, the exit summary);
/// never for JSON, CSV, Markdown or HTML.
///
/// A write that fails is an error on stderr in `words`' language (the
/// person at this command line's) and exit status 1; a closed pipe exits
/// quietly with [`CLOSED_PIPE`].
pub fn print_text(text: &str, words: &Words) {
    if let Err(failure) = write_text(text) {
        exit_on(failure, words);
    }
}

/// Writes to stdout exactly as given (JSON, CSV, Markdown, HTML). A write
/// that fails is an error on stderr in `words`' language and exit status
/// 1; a closed pipe exits quietly with [`CLOSED_PIPE`].
pub fn print_out(text: &str, words: &Words) {
    if let Err(failure) = write_out(text) {
        exit_on(failure, words);
    }
}

fn exit_on(failure: Failure, words: &Words) -> ! {
    match failure {
        Failure::ClosedOutput => std::process::exit(i32::from(CLOSED_PIPE)),
        failure => {
            report(&failure, words);
            std::process::exit(1)
        }
    }
}

/// [`print_text`]'s work, returning the failure instead of exiting.
pub(super) fn write_text(text: &str) -> Result<(), Failure> {
    write_out(&crate::text::prose(text, crate::text::output_width()))
}

/// Writes all of `text` to stdout and flushes it. A closed pipe is
/// [`Failure::ClosedOutput`] (said nowhere); anything else, such as a
/// full disk, is "could not write the output: ...".
pub(super) fn write_out(text: &str) -> Result<(), Failure> {
    let mut out = std::io::stdout().lock();
    out.write_all(text.as_bytes())
        .and_then(|()| out.flush())
        .map_err(output_failure)
}

/// JSON that could not be made (careerfit's own values always can be).
pub(super) fn json_failure(e: serde_json::Error) -> Failure {
    Failure::Message(Said::new("cli-json-failed").text("why", e))
}

/// Why writing to stdout failed: a closed pipe, or the error in words.
pub(crate) fn output_failure(e: std::io::Error) -> Failure {
    match e.kind() {
        std::io::ErrorKind::BrokenPipe => Failure::ClosedOutput,
        _ => {
            Failure::Message(Said::new("cli-write-failed").text("why", crate::files::os_words(&e)))
        }
    }
}
