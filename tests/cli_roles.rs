//! `careerfit roles` through the real binary: the list, one role in full,
//! JSON and Markdown, each occupation's own figures, and an unknown id.

mod common;

use common::cmd::{ok, refused};
use serde_json::Value;

const VALID: &str = "tests/fixtures/valid";

#[test]
fn roles_json_gives_each_occupation_its_own_figures_and_links() {
    let out = ok(&["roles", "support-specialist", "--format", "json"]);
    let json: Value = serde_json::from_str(&out).expect("JSON");
    let occupation = &json["occupations"][0];
    assert_eq!(occupation["onet"], "15-1232.00");
    assert_eq!(occupation["pay"]["p10"], 38780);
    assert_eq!(occupation["pay"]["median"], 60340);
    assert_eq!(occupation["pay"]["p90"], 98010);
    assert_eq!(occupation["pay"]["as_of"], "May 2024");
    assert_eq!(occupation["outlook"]["openings"], 40800);
    assert_eq!(
        occupation["mi_proximo_paso"],
        "https://www.miproximopaso.org/profile/summary/15-1232.00"
    );
    assert!(occupation["source"].as_str().unwrap().contains("May 2024"));
    assert_eq!(json["entry"]["years"], 0);
    assert!(
        json.get("salary").is_none() && json.get("onet_codes").is_none(),
        "{json}"
    );
}

#[test]
fn roles_markdown_shows_pay_outlook_and_entry_per_occupation() {
    let out = ok(&["roles", "specialist", "--format", "markdown"]);
    for line in [
        "- Network and computer systems administrators (15-1244): median (middle) $96,800 a year, May 2024",
        "- Information security analysts (15-1212): jobs grow 29% over 2024-2034",
        "## How people get in",
        "- Computer systems analysts (15-1211): jobs grow 9% over 2024-2034; about 34,200 openings a year",
    ] {
        assert!(out.lines().any(|l| l == line), "no line {line:?}:\n{out}");
    }
}

const ROLE_IDS: [&str; 4] = ["manager", "specialist", "support-specialist", "technician"];

#[test]
fn roles_lists_every_role() {
    let out = ok(&["roles"]);
    for (id, title) in ROLE_IDS.iter().zip([
        "IT Manager",
        "IT Specialist",
        "IT Support Specialist",
        "IT Technician",
    ]) {
        assert!(
            out.lines().any(|l| l.starts_with(id) && l.contains(title)),
            "no line for {id}:\n{out}"
        );
    }
}

#[test]
fn roles_lists_the_custom_roles_with_roles_dir() {
    let quiz = format!("{VALID}/quiz.toml");
    let roles = format!("{VALID}/roles");
    let out = ok(&["roles", "--quiz", &quiz, "--roles", &roles]);
    for id in ["boss", "fixer", "helper"] {
        assert!(out.lines().any(|l| l.starts_with(id)), "{out}");
    }
    assert!(!out.contains("technician"), "{out}");
}

#[test]
fn roles_technician_shows_the_role_in_full() {
    let out = ok(&["roles", "technician"]);
    assert!(out.starts_with("IT Technician"), "{out}");
    assert!(out.contains("CompTIA A+"), "{out}");
    assert!(!out.contains("IT Manager ("), "only the one role: {out}");
}

#[test]
fn roles_json_is_every_role() {
    let out = ok(&["roles", "--format", "json"]);
    let json: Value =
        serde_json::from_str(&out).unwrap_or_else(|e| panic!("not JSON ({e}):\n{out}"));
    let roles = json.as_array().expect("a list of roles");
    let mut ids: Vec<&str> = roles
        .iter()
        .map(|r| r["id"].as_str().expect("id"))
        .collect();
    ids.sort_unstable();
    assert_eq!(ids, ROLE_IDS);
    for role in roles {
        assert!(
            role["title"].is_string() && role["summary"].is_string(),
            "{role}"
        );
        assert_eq!(
            role["profile"].as_object().expect("profile").len(),
            4,
            "{role}"
        );
    }
}

#[test]
fn roles_technician_as_markdown() {
    let out = ok(&["roles", "technician", "--format", "markdown"]);
    assert!(out.starts_with("# IT Technician\n"), "{out}");
    assert!(out.contains("\n## "), "{out}");
    assert_eq!(out.matches("\n# ").count(), 0, "only one role: {out}");
}

#[test]
fn roles_unknown_id_names_the_known_ids() {
    let run = refused(&["roles", "nosuch"]);
    assert!(run.stderr.contains("nosuch"), "{}", run.stderr);
    for id in ROLE_IDS {
        assert!(run.stderr.contains(id), "{}", run.stderr);
    }
}
