//! The small shared helpers, as a person sees their output: the one time
//! type's forms (stored, readable, file name, date, time of day), the one
//! Markdown escaper (the reports' and the group report's cells), and the
//! one wording of I/O errors.

#[cfg(unix)]
mod common;

use careerfit::report::markdown_escape;
use careerfit::store::clock::{self, Stamp};

#[test]
fn a_stored_timestamp_in_every_form_a_person_sees() {
    // Files keep the RFC 3339 UTC form, byte for byte as before.
    assert_eq!(clock::timestamp(1_795_615_803), "2026-11-25T14:10:03Z");
    let stamp = Stamp::parse("2026-11-25T14:10:03Z").expect("a timestamp");
    assert_eq!(stamp.stored(), "2026-11-25T14:10:03Z");
    assert_eq!(
        clock::readable("2026-11-25T14:10:03Z"),
        "2026-11-25 14:10 UTC"
    );
    assert_eq!(clock::compact("2026-11-25T14:10:03Z"), "20261125T141003Z");
    assert_eq!(stamp.date(), "2026-11-25");
    assert_eq!(
        clock::time_of_day("2026-11-25T14:10:03Z").unwrap(),
        "14:10:03"
    );
    assert_eq!(
        clock::minute("2026-11-25T14:10:03Z").unwrap(),
        "2026-11-25 14:10"
    );
}

#[test]
fn a_timestamp_with_an_offset_is_shown_in_utc_and_other_text_as_written() {
    // Cutting the text at byte 11 showed 16:10 here and called it UTC.
    assert_eq!(
        clock::readable("2026-11-25T16:10:03+02:00"),
        "2026-11-25 14:10 UTC"
    );
    assert_eq!(clock::readable("last Tuesday"), "last Tuesday");
    assert_eq!(clock::minute("2026-11-25"), None);
    // A multi-byte character where a cut would fall is no problem.
    assert_eq!(clock::time_of_day("2026-11-25Té14:10:03Z"), None);
}

#[test]
fn now_is_written_in_the_stored_form() {
    let now = clock::now();
    let parsed = Stamp::parse(&now).expect("now reads back");
    assert_eq!(parsed.stored(), now);
    assert!(now.ends_with('Z') && now.len() == 20, "{now}");
}

#[test]
fn one_markdown_escaper_for_reports_and_group_tables() {
    // The group report's rules, now the reports' too.
    assert_eq!(markdown_escape("a|b"), "a\\|b");
    assert_eq!(markdown_escape("Tom & Jerry!"), "Tom \\& Jerry\\!");
    assert_eq!(markdown_escape("> quoted"), "\\> quoted");
    assert_eq!(markdown_escape("- item"), "\\- item");
    assert_eq!(markdown_escape("1. item"), "1\\. item");
    assert_eq!(markdown_escape("see http://x.org"), "see http\\://x.org");
    assert_eq!(markdown_escape("www.x.org"), "www\\.x.org");
    assert_eq!(markdown_escape("a\nb   c"), "a b c");
    assert_eq!(markdown_escape("\u{1b}[2J"), "\\\\u{1b}\\[2J");
}

/// The real binary's stderr and exit code, with a home of its own.
fn careerfit(args: &[&str]) -> (Option<i32>, String) {
    let home = tempfile::tempdir().expect("a temporary home");
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_careerfit"))
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .env("HOME", home.path())
        .env("XDG_STATE_HOME", home.path().join("state"))
        .env("XDG_DATA_HOME", home.path().join("data"))
        .env("XDG_CONFIG_HOME", home.path().join("config"))
        .args(args)
        .output()
        .expect("the binary runs");
    (
        out.status.code(),
        String::from_utf8(out.stderr).expect("UTF-8"),
    )
}

#[test]
fn a_missing_spreadsheet_is_said_in_the_same_words_as_a_missing_quiz() {
    let (code, stderr) = careerfit(&["score", "--answers-csv", "no/such.csv"]);
    assert_eq!(code, Some(1));
    assert!(
        stderr.starts_with("error: could not read no/such.csv: no such file\n"),
        "{stderr}"
    );
    assert!(!stderr.contains("os error"), "{stderr}");
    let (code, stderr) = careerfit(&["check", "--quiz", "no/such.toml"]);
    assert_ne!(code, Some(0));
    assert!(stderr.contains("no such file; check the path"), "{stderr}");
}

#[test]
fn a_results_file_under_a_file_is_refused_without_an_os_error_code() {
    let dir = tempfile::tempdir().expect("a folder");
    let sheet = dir.path().join("lab.csv");
    std::fs::write(&sheet, "replace-laptop-drive\n4\n").expect("a sheet");
    std::fs::write(dir.path().join("blocker"), "a file").expect("a file");
    let out = dir.path().join("blocker").join("results.jsonl");
    let (code, stderr) = careerfit(&[
        "score",
        "--answers-csv",
        sheet.to_str().unwrap(),
        "--results",
        out.to_str().unwrap(),
    ]);
    assert_eq!(code, Some(1), "{stderr}");
    assert!(
        stderr.contains("could not write the results to ")
            && stderr.ends_with("; nothing was added\n"),
        "{stderr}"
    );
    assert!(!stderr.contains("os error"), "{stderr}");
}

const QUIZ_BODY: &str = r#"title = "T"
[[dimension]]
id = "a"
name = "A"
[[dimension]]
id = "b"
name = "B"
[[question]]
id = "q"
kind = "likert"
text = "Q"
weights = { a = 1.0, b = 1.0 }
"#;

#[test]
fn a_quiz_and_a_role_word_a_wrong_or_missing_id_alike() {
    use careerfit::content::{Quiz, Role};
    let problems =
        Quiz::from_toml("q.toml", &format!("id = \"It Career\"\n{QUIZ_BODY}")).unwrap_err();
    assert_eq!(
        problems[0].to_string(),
        "q.toml:1:6: quiz id `It Career` may only hold lowercase letters, digits and dashes, e.g. \"it-career\""
    );
    let problems = Quiz::from_toml("q.toml", QUIZ_BODY).unwrap_err();
    assert_eq!(
        problems[0].to_string(),
        "q.toml: the quiz has no `id`: add a line like id = \"it-career\" at the top"
    );
    let quiz = Quiz::from_toml("q.toml", &format!("id = \"t\"\n{QUIZ_BODY}")).unwrap();
    let role = "title = \"R\"\nsummary = \"S\"\nprofile = { a = 50, b = 50 }\n";
    let problems = Role::from_toml("r.toml", &format!("id = \"R_1\"\n{role}"), &quiz).unwrap_err();
    assert_eq!(
        problems[0].to_string(),
        "r.toml:1:6: role id `R_1` may only hold lowercase letters, digits and dashes, e.g. \"support-specialist\""
    );
    let problems = Role::from_toml("r.toml", role, &quiz).unwrap_err();
    assert_eq!(
        problems[0].to_string(),
        "r.toml: the role has no `id`: add a line like id = \"technician\" at the top"
    );
}

#[test]
fn weights_and_profile_targets_are_checked_by_one_rule_with_their_own_words() {
    use careerfit::content::{Quiz, Role};
    let quiz = format!("id = \"t\"\n{QUIZ_BODY}").replace("b = 1.0", "c = 1.0, b = 11");
    let problems = Quiz::from_toml("q.toml", &quiz).unwrap_err();
    let shown: Vec<String> = problems.iter().map(ToString::to_string).collect();
    assert_eq!(
        shown,
        [
            "q.toml:13:35: question `q` has weight 11 for `b`; a weight must be a number from -10 to 10",
            "q.toml:13:26: question `q` has a weight for `c`, which is not a declared dimension (declared: a, b)",
            "q.toml:7:6: dimension `b` is not measured by any question: give at least one question a weight for it, e.g. weights = { b = 2.0 }",
        ],
        "{shown:#?}"
    );
    let quiz = Quiz::from_toml("q.toml", &format!("id = \"t\"\n{QUIZ_BODY}")).unwrap();
    let role = "id = \"r\"\ntitle = \"R\"\nsummary = \"S\"\nprofile = { a = 101, z = 5 }\n";
    let problems = Role::from_toml("r.toml", role, &quiz).unwrap_err();
    let shown: Vec<String> = problems.iter().map(ToString::to_string).collect();
    assert_eq!(
        shown,
        [
            "r.toml:4:17: profile target for `a` is 101; it must be from 0 to 100",
            "r.toml:4:26: profile has a target for `z`, which quiz `t` does not measure (its dimensions: a, b)",
            "r.toml:4:11: profile has no target for dimension `b`: add b = <0 to 100>",
        ],
        "{shown:#?}"
    );
}

/// `careerfit workshop` with no `--session`: the session is today's date
/// (UTC), the results file is named for it, and its record's time is in
/// the stored form.
#[cfg(unix)]
#[test]
fn a_workshop_without_a_session_name_is_named_for_today() {
    use common::pty::Pty;
    let home = tempfile::tempdir().expect("a home");
    let before = clock::today();
    let mut pty = Pty::start_in(home.path(), &["workshop"]);
    let total = careerfit::content::Content::built_in()
        .unwrap()
        .quiz
        .questions
        .len();
    pty.wait_for_words("Press Enter to start");
    pty.send(b"\r");
    for n in 1..=total {
        pty.wait_for_words(&format!("{n} of {total}"));
        pty.send(b"1");
    }
    pty.wait_for_words("See my results");
    pty.send(b"\r");
    pty.wait_for_words("next person");
    pty.send(b"n");
    pty.wait_for_words("Press Enter to start");
    let after = clock::today();
    let folder = home.path().join("data").join("careerfit").join("workshops");
    let named: Vec<String> = std::fs::read_dir(&folder)
        .unwrap_or_else(|e| panic!("{}: {e}", folder.display()))
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert!(
        named == [format!("{before}.jsonl")] || named == [format!("{after}.jsonl")],
        "{named:?}"
    );
    let text = std::fs::read_to_string(folder.join(&named[0])).unwrap();
    // The participant's record (after the names line it points to).
    let line = text
        .lines()
        .find(|l| l.starts_with("{\"version\""))
        .unwrap();
    let record: serde_json::Value = serde_json::from_str(line).unwrap();
    let time = record["time"].as_str().unwrap();
    assert_eq!(Stamp::parse(time).unwrap().stored(), time);
    assert!(record["session"] == before || record["session"] == after);
}
