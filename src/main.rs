//! The `careerfit` binary: parses the command line and hands off to a shell:
//! the full-screen quiz when no command is given, else the command.

use std::io::IsTerminal;
use std::process::ExitCode;

use clap::Parser;

use careerfit::cli::{self, Cli, Failure};
use careerfit::summary::outcome_text;
use careerfit::tui::{self, Ending, theme::Theme};

fn main() -> ExitCode {
    let args = Cli::parse();
    match &args.command {
        Some(command) => cli::run(&args, command),
        None => take_quiz(&args),
    }
}

fn take_quiz(args: &Cli) -> ExitCode {
    let content = match cli::load_content(args) {
        Ok(content) => content,
        Err(e) => {
            cli::report(&Failure::Content(e));
            return ExitCode::FAILURE;
        }
    };
    if !std::io::stdin().is_terminal() || !std::io::stdout().is_terminal() {
        cli::report(&Failure::Message(
            "the quiz needs a terminal to draw in; to score answers without one, use \
             `careerfit score --answers FILE`"
                .to_string(),
        ));
        return ExitCode::FAILURE;
    }
    let quiz = content.quiz.clone();
    let best_role = |outcome: &careerfit::scoring::Outcome| outcome.ranking[0].role.clone();
    match tui::run(content, Theme::from_env(args.no_color)) {
        Ok(Ending::Left(Some(outcome))) => {
            cli::print_out(&format!(
                "{}\nRead more about a role with: careerfit roles {}\n",
                outcome_text(&quiz, &outcome),
                best_role(&outcome)
            ));
            ExitCode::SUCCESS
        }
        Ok(Ending::Left(None)) => {
            cli::print_out("You left before the results. Run careerfit again any time.\n");
            ExitCode::SUCCESS
        }
        Ok(Ending::Interrupted(outcome)) => {
            if let Some(outcome) = outcome {
                cli::print_out(&outcome_text(&quiz, &outcome));
            }
            eprintln!("careerfit: stopped (Ctrl-C)");
            ExitCode::from(130)
        }
        Ok(Ending::Signalled(signal)) => {
            eprintln!("careerfit: stopped by signal {signal}");
            ExitCode::from(128u8.saturating_add(signal as u8))
        }
        Err(e) => {
            cli::report(&Failure::Message(format!("{e:#}")));
            ExitCode::FAILURE
        }
    }
}
