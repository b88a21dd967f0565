//! The `careerfit` binary: parses the command line and hands off to a shell.

use std::process::ExitCode;

use clap::Parser;

use careerfit::cli::{self, Cli};

fn main() -> ExitCode {
    let args = Cli::parse();
    match &args.command {
        Some(command) => cli::run(&args, command),
        None => {
            cli::print_out(
                "careerfit: the interactive quiz is coming soon.\n\
                 For now: `careerfit roles` lists the roles, `careerfit score --answers FILE` scores an answers file,\n\
                 and `careerfit check` checks a quiz. See `careerfit --help`.\n",
            );
            ExitCode::SUCCESS
        }
    }
}
