//! `careerfit --help` and each command's help in the reader's language,
//! through the real binary (with a home of its own, common/cmd.rs): a
//! Spanish speaker who types `--lang es`, or whose locale is Spanish
//! (LANG=es_US.UTF-8), reads the about, each option's help, the
//! placeholders and the headings in Spanish, with the options, commands and
//! values as they are typed; with neither it stays English, word for word.
//! clap's own words around a value ("[default: text]") and in its usage
//! errors stay English.

mod common;

use common::cmd::{Home, Run};

/// `careerfit ARGS` as a Spanish speaker runs it, each with a home of its
/// own: with `--lang es` (before the command, or after it), and with no
/// flag in a Spanish locale. Each must succeed quietly.
fn spanish(args: &[&str]) -> Vec<String> {
    let before: Vec<&str> = ["--lang", "es"].iter().chain(args).copied().collect();
    let after: Vec<&str> = args.iter().chain(&["--lang=es"]).copied().collect();
    let home = Home::new();
    vec![
        Home::new().run(&before).succeeded(&before),
        Home::new().run(&after).succeeded(&after),
        Run::of(home.command(args).env("LANG", "es_US.UTF-8")).succeeded(args),
    ]
}

/// `careerfit ARGS` with no flag and no locale: English.
fn english(args: &[&str]) -> String {
    Home::new().run(args).succeeded(args)
}

/// The line of `help` that names `option`.
fn line_of<'a>(help: &'a str, option: &str) -> &'a str {
    help.lines()
        .find(|l| l.trim_start().starts_with(option))
        .unwrap_or_else(|| panic!("no {option} line in:\n{help}"))
}

#[test]
fn careerfits_help_in_spanish() {
    for help in spanish(&["--help"]) {
        for words in [
            "Un cuestionario de carreras para la terminal",
            "Úselo sin ningún comando para hacer el cuestionario.",
            "Uso: careerfit [OPCIONES] [COMANDO]",
            "Comandos:",
            "Opciones:",
            "  score      Califica un archivo de respuestas",
            "  help       Muestra esta ayuda",
            "--quiz <ARCHIVO>",
            "--roles <CARPETA>",
            "--lang <IDIOMA>",
            "Use este archivo de cuestionario en lugar del cuestionario que viene incluido",
            "Hace el cuestionario como preguntas simples, una línea a la vez",
            "Muestra la ayuda (vea un resumen con '-h')",
            "Muestra la versión",
        ] {
            assert!(help.contains(words), "no {words:?} in:\n{help}");
        }
        for english in [
            "Usage:",
            "Commands:",
            "Options:",
            "Print help",
            "Print version",
            "<FILE>",
            "Use this quiz file",
        ] {
            assert!(!help.contains(english), "{english:?} in:\n{help}");
        }
        // Flags stay as they are typed.
        assert!(line_of(&help, "--plain").trim() == "--plain", "{help}");
        assert!(help.contains("-h, --help"), "{help}");
        assert!(help.contains("-V, --version"), "{help}");
    }
}

#[test]
fn careerfits_help_in_english_without_a_language() {
    let help = english(&["--help"]);
    for words in [
        "A career-fit quiz for the terminal. It asks about the work you enjoy",
        "Run it with no command to take the quiz.",
        "Usage: careerfit [OPTIONS] [COMMAND]",
        "Commands:",
        "Options:",
        "  score      Score an answers file, or a spreadsheet of many people's answers",
        "  help       Print this message or the help of the given subcommand(s)",
        "--quiz <FILE>",
        "--roles <DIR>",
        "Use this quiz file instead of the built-in quiz",
        "Ask the quiz as plain line-by-line prompts, for screen readers",
        "Print help (see a summary with '-h')",
        "Print version",
    ] {
        assert!(help.contains(words), "no {words:?} in:\n{help}");
    }
    assert!(!help.contains("Opciones"), "{help}");
    // -h is the summary, one line an option.
    let short = english(&["-h"]);
    assert!(short.starts_with("A career-fit quiz: which IT role fits you, and why\n"));
    assert!(
        short.contains("  -h, --help         Print help (see more with '--help')"),
        "{short}"
    );
}

#[test]
fn score_help_in_spanish() {
    for help in spanish(&["score", "--help"]) {
        for words in [
            "Califica un archivo de respuestas, o una hoja de cálculo",
            "Califica sin abrir el cuestionario en pantalla completa.",
            "Uso: careerfit score [OPCIONES] <--answers <ARCHIVO>|--answers-csv <ARCHIVO>>",
            "--answers <ARCHIVO>",
            "El archivo de respuestas (TOML)",
            "--answers-csv <ARCHIVO>",
            "--results <ARCHIVO>",
            "Con --answers-csv: agrega los resultados a este archivo de resultados del taller",
            "--format <FORMATO>",
            "El formato de la salida",
            "markdown: Un informe para llevar, en Markdown",
        ] {
            assert!(help.contains(words), "no {words:?} in:\n{help}");
        }
        assert!(!help.contains("The answers file"), "{help}");
        assert!(!help.contains("Options:"), "{help}");
    }
    // The same help from `careerfit help score`.
    let by_command = Home::new().run(&["--lang", "es", "help", "score"]);
    assert_eq!(by_command.code, Some(0), "{}", by_command.stderr);
    assert!(
        by_command
            .stdout
            .contains("El archivo de respuestas (TOML)"),
        "{}",
        by_command.stdout
    );
}

#[test]
fn score_help_in_english_without_a_language() {
    let help = english(&["score", "--help"]);
    for words in [
        "Score an answers file, or a spreadsheet of many people's answers",
        "Usage: careerfit score [OPTIONS] <--answers <FILE>|--answers-csv <FILE>>",
        "The answers file (TOML)",
        "markdown: A take-home report in Markdown",
        "Output format",
    ] {
        assert!(help.contains(words), "no {words:?} in:\n{help}");
    }
    assert_eq!(english(&["help", "score"]), help);
}

#[test]
fn each_commands_help_in_spanish_has_an_argument_heading_and_its_own_options() {
    for help in spanish(&["report", "--help"]) {
        for words in [
            "Uso: careerfit report [OPCIONES] <ARCHIVO>...",
            "Argumentos:",
            "Archivos de resultados del taller (JSON Lines)",
            "Muestra los resultados del grupo como texto en lugar de abrir el tablero en vivo",
        ] {
            assert!(help.contains(words), "no {words:?} in:\n{help}");
        }
        // Arguments come before options, as in English.
        assert!(help.find("Argumentos:") < help.find("Opciones:"), "{help}");
    }
    for help in spanish(&["serve", "-h"]) {
        assert!(help.contains("--bind <DIRECCIÓN>"), "{help}");
        assert!(help.contains("--max-per-address <N>"), "{help}");
        assert!(
            help.contains("Muestra la ayuda (vea más con '--help')"),
            "{help}"
        );
    }
}

#[test]
fn a_usage_mistake_still_fails_and_parsing_is_unchanged() {
    // The help's language does not change what is accepted.
    let run = Home::new().run(&["--lang", "es", "score", "--bogus"]);
    assert_eq!(run.code, Some(2), "{}", run.stderr);
    assert!(run.stderr.contains("--bogus"), "{}", run.stderr);
    let run = Home::new().run(&["--lang", "es", "--version"]);
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    assert!(run.stdout.starts_with("careerfit "), "{}", run.stdout);
    // An unknown --lang is still refused, help or not.
    let run = Home::new().run(&["--lang", "fr", "--help"]);
    assert_eq!(run.code, Some(2), "{}", run.stderr);
    assert!(run.stderr.contains("`fr`"), "{}", run.stderr);
}
