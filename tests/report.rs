//! The take-home reports (`careerfit::report`): golden snapshots of the
//! Markdown and HTML for a clear and a flat result; the HTML is one
//! self-contained page (no script, no external reference, two SVG charts);
//! retired certifications are marked retired and never recommended; text
//! from counselors' files is escaped; and `score --format html|markdown`
//! prints the report through the real binary.

mod common;

use std::path::Path;

use careerfit::content::{Answer, AnswerSheet, Content, QuestionKind, Quiz, Role};
use careerfit::report;
use careerfit::scoring::{Outcome, score};
use common::cmd::{ok, run};

const TAKEN: Option<&str> = Some("2026-11-25 14:10 UTC");

fn built_in() -> Content {
    Content::built_in().expect("the shipped content is valid")
}

/// A full answer sheet from someone drawn to one interest area: every
/// question that measures it is answered toward it, the rest "Not sure"
/// (or, for a choice, the option that leans on it most).
fn drawn_to(quiz: &Quiz, dimension: &str) -> AnswerSheet {
    let d = quiz
        .dimensions
        .iter()
        .position(|x| x.id == dimension)
        .expect("a dimension of the quiz");
    let answers = quiz
        .questions
        .iter()
        .map(|q| {
            Some(match &q.kind {
                QuestionKind::Likert { weights } => match weights[d] {
                    w if w > 0.0 => Answer::Likert(5),
                    w if w < 0.0 => Answer::Likert(1),
                    _ => Answer::Likert(3),
                },
                QuestionKind::Choice { options } => Answer::Choice(
                    (0..options.len())
                        .max_by(|&a, &b| {
                            options[a].weights[d]
                                .total_cmp(&options[b].weights[d])
                                .then(b.cmp(&a))
                        })
                        .expect("a choice has options"),
                ),
            })
        })
        .collect();
    AnswerSheet::from_answers(answers)
}

/// Every scale question "Not sure" and every choice skipped: all interests
/// score 50, so the result is flat.
fn undecided(quiz: &Quiz) -> AnswerSheet {
    AnswerSheet::from_answers(
        quiz.questions
            .iter()
            .map(|q| match q.kind {
                QuestionKind::Likert { .. } => Some(Answer::Likert(3)),
                QuestionKind::Choice { .. } => None,
            })
            .collect(),
    )
}

fn outcome(content: &Content, sheet: &AnswerSheet) -> Outcome {
    score(&content.quiz, &content.roles, sheet).expect("the sheet measures something")
}

fn hands_on() -> (Content, Outcome) {
    let content = built_in();
    let outcome = outcome(&content, &drawn_to(&content.quiz, "hands_on"));
    assert_eq!(outcome.ranking[0].role, "technician");
    assert!(!outcome.flat && !outcome.close_call && !outcome.incomplete);
    (content, outcome)
}

fn flat() -> (Content, Outcome) {
    let content = built_in();
    let outcome = outcome(&content, &undecided(&content.quiz));
    assert!(outcome.flat);
    assert!(!outcome.incomplete);
    (content, outcome)
}

/// Every web address the page would load or link to: what follows `src=`,
/// `href=` or `url(`.
fn referenced(html: &str) -> Vec<String> {
    let lower = html.to_lowercase();
    let mut found = Vec::new();
    for opener in ["src=", "href=", "url("] {
        let mut rest = lower.as_str();
        while let Some(at) = rest.find(opener) {
            rest = &rest[at + opener.len()..];
            let value: String = rest
                .trim_start_matches(['"', '\'', ' '])
                .chars()
                .take_while(|c| !matches!(c, '"' | '\'' | ')' | ' ' | '>'))
                .collect();
            found.push(value);
        }
    }
    found
}

fn assert_self_contained(html: &str) {
    let lower = html.to_lowercase();
    assert!(!lower.contains("<script"), "the page holds a script");
    for reference in referenced(html) {
        assert!(
            !reference.starts_with("http://")
                && !reference.starts_with("https://")
                && !reference.starts_with("//"),
            "the page refers to {reference}"
        );
    }
    assert!(!lower.contains("<link"), "the page links a file");
    assert!(!lower.contains("@import"), "the style imports a file");
    assert!(!lower.contains("<img"), "the page loads an image");
    assert!(!lower.contains("<iframe"), "the page embeds a page");
    assert!(lower.starts_with("<!doctype html>\n<html lang=\"en\">"));
    assert!(lower.contains("<meta charset=\"utf-8\">"));
    assert!(lower.contains("<title>"));
    assert!(lower.trim_end().ends_with("</html>"));
    assert_eq!(lower.matches("<svg").count(), 2, "two charts");
    assert_eq!(lower.matches("</svg>").count(), 2);
    assert_eq!(lower.matches("role=\"img\"").count(), 2);
    assert_eq!(lower.matches("aria-label=").count(), 2);
}

#[test]
fn clear_hands_on_result_snapshots() {
    let (content, outcome) = hands_on();
    insta::assert_snapshot!(
        "hands_on_markdown",
        report::markdown(&content, &outcome, TAKEN)
    );
    insta::assert_snapshot!("hands_on_html", report::html(&content, &outcome, TAKEN));
}

#[test]
fn flat_result_snapshots() {
    let (content, outcome) = flat();
    insta::assert_snapshot!("flat_markdown", report::markdown(&content, &outcome, TAKEN));
    insta::assert_snapshot!("flat_html", report::html(&content, &outcome, TAKEN));
}

#[test]
fn the_html_is_one_self_contained_page() {
    for (content, outcome) in [hands_on(), flat()] {
        assert_self_contained(&report::html(&content, &outcome, TAKEN));
        assert_self_contained(&report::html(&content, &outcome, None));
    }
}

#[test]
fn the_report_holds_every_role_and_the_first_active_certification() {
    let (content, outcome) = hands_on();
    let html = report::html(&content, &outcome, TAKEN);
    let markdown = report::markdown(&content, &outcome, TAKEN);
    for role in &content.roles {
        assert!(html.contains(&role.title), "{} missing", role.title);
        assert!(markdown.contains(&role.title), "{} missing", role.title);
    }
    for text in [&html, &markdown] {
        assert!(text.contains("A certification to work toward:"));
        assert!(text.contains("CompTIA A+, from CompTIA."));
        assert!(text.contains("Your best fit: IT Technician"));
        assert!(text.contains("2026-11-25 14:10 UTC"));
        assert!(text.contains("You answered 32 of 32 questions."));
        assert!(text.contains("It is not a test or a hiring tool."));
        assert!(text.contains("Made with careerfit"));
    }
    // Fits to one decimal, as text.
    let best = format!("{:.1}", outcome.ranking[0].fit);
    assert!(markdown.contains(&format!("| 1 | IT Technician | {best} |")));
    assert!(html.contains(&format!(">{best}</text>")));
}

#[test]
fn without_a_time_the_report_says_nothing_of_when() {
    let (content, outcome) = hands_on();
    assert!(!report::markdown(&content, &outcome, None).contains("Taken"));
    assert!(!report::html(&content, &outcome, None).contains("Taken"));
}

#[test]
fn a_flat_result_is_not_a_confident_pick() {
    let (content, outcome) = flat();
    let closest = &outcome.ranking[0].title;
    for text in [
        report::markdown(&content, &outcome, TAKEN),
        report::html(&content, &outcome, TAKEN),
    ] {
        assert!(text.contains("No clear lean: your answers did not favour any one area."));
        assert!(text.contains("only a loose guide"));
        assert!(text.contains(&format!("Closest fit: {closest}")));
        assert!(!text.contains("Your best fit"));
        assert!(!text.contains("Why "), "no confident \"why\" heading");
    }
}

/// A close call on the built-in content: start drawn to hands-on work and
/// take on, one question at a time, the answers of someone drawn to helping
/// people, until the technician and the support specialist are close.
fn close_call() -> (Content, Outcome) {
    let content = built_in();
    let hands = drawn_to(&content.quiz, "hands_on");
    let people = drawn_to(&content.quiz, "people");
    let mut sheet = hands.clone();
    for q in 0..content.quiz.questions.len() {
        sheet.set(q, people.get(q));
        let outcome = outcome(&content, &sheet);
        if outcome.close_call && !outcome.flat {
            return (content, outcome);
        }
    }
    panic!("no close call on the way from hands-on to people");
}

#[test]
fn a_close_call_describes_both_roles() {
    let (content, outcome) = close_call();
    let (first, second) = (&outcome.ranking[0].title, &outcome.ranking[1].title);
    for text in [
        report::markdown(&content, &outcome, TAKEN),
        report::html(&content, &outcome, TAKEN),
    ] {
        assert!(text.contains(&format!(
            "Close call: {first} and {second} fit you about equally well."
        )));
        assert!(text.contains("Read about both before you choose."));
        assert!(text.contains(&format!("Closest fit: {first}")));
        assert!(text.contains(&format!("Also close: {second}")));
        assert!(!text.contains("Your best fit"));
    }
}

#[test]
fn an_incomplete_result_says_so_and_shows_what_was_not_measured() {
    let content = built_in();
    let quiz = &content.quiz;
    // Only the two hands-on and two helping-people scale questions.
    let mut sheet = AnswerSheet::new(quiz);
    for (id, answer) in [
        ("replace-laptop-drive", 5),
        ("set-up-network-printer", 5),
        ("walk-through-password-reset", 1),
        ("teach-new-app", 2),
    ] {
        let q = quiz.questions.iter().position(|q| q.id == id).expect(id);
        sheet.set(q, Some(Answer::Likert(answer)));
    }
    let outcome = outcome(&content, &sheet);
    assert!(outcome.incomplete && !outcome.flat);
    assert!(outcome.dimensions.iter().any(|d| d.score.is_none()));
    for text in [
        report::markdown(&content, &outcome, TAKEN),
        report::html(&content, &outcome, TAKEN),
    ] {
        assert!(text.contains("too few questions were answered for a firm result"));
        assert!(text.contains("You answered 4 of 32 questions, so this result is rough."));
        assert!(text.contains("Closest fit: IT Technician"));
        assert!(text.contains("not measured"));
    }
    let html = report::html(&content, &outcome, TAKEN);
    assert!(
        html.contains("Technical systems not measured"),
        "said in the chart's label"
    );
}

#[test]
fn a_retired_certification_is_labelled_retired_and_never_recommended() {
    let content = built_in();
    let outcome = outcome(&content, &drawn_to(&content.quiz, "systems"));
    assert_eq!(outcome.ranking[0].role, "specialist");
    let html = report::html(&content, &outcome, TAKEN);
    let markdown = report::markdown(&content, &outcome, TAKEN);
    let mcse =
        "Microsoft Certified Solutions Expert (MCSE), by Microsoft (RETIRED: no longer offered)";
    for text in [&html, &markdown] {
        let retired_list = text
            .find("Retired: no longer offered, so do not plan to earn these")
            .expect("a list of retired certifications");
        let at = text.find(mcse).expect("MCSE is shown as retired");
        assert!(at > retired_list, "MCSE is listed under the retired ones");
        assert_eq!(text.matches(mcse).count(), 1, "MCSE is listed once");
        // Named only there: every mention (its entry and the source under
        // it) lies in the retired list, before the next heading.
        let list_end = ["\n#", "<h3"]
            .iter()
            .filter_map(|h| text[retired_list..].find(h))
            .min()
            .map_or(text.len(), |n| retired_list + n);
        assert!(
            text.match_indices("MCSE")
                .all(|(i, _)| i > retired_list && i < list_end),
            "MCSE is named only in the retired list"
        );
        // The first active one is recommended, not the retired ones.
        assert!(text.contains("A certification to work toward:"));
        assert!(text.contains("CompTIA Security+, from CompTIA."));
        assert!(!text.contains("CCNA Security, from"));
    }
    assert_self_contained(&html);
}

const HOSTILE_QUIZ: &str = r#"
id = "hostile"
title = "<script>alert(1)</script> Tom & Jerry's \"quiz\""

[[dimension]]
id = "a"
name = "Fixing <b>things</b> & stuff"

[[dimension]]
id = "b"
name = "Talking"

[[question]]
id = "q1"
kind = "likert"
text = "Fix a <script>alert(1)</script> & more"
weights = { a = 2.0 }

[[question]]
id = "q2"
kind = "likert"
text = "Talk"
weights = { b = 2.0 }
"#;

const HOSTILE_ROLE: &str = r#"
id = "evil"
title = "<script>alert(1)</script> & Co"
summary = "Breaks <i>out</i> & about"
profile = { a = 90, b = 10 }
duties = ["<img src=\"https://example.com/x.png\"> & run"]
education = "</p><script>alert(1)</script>"

[[certifications]]
name = "<script>alert(1)</script>"
issuer = "A & B"
status = "active"

[[sources]]
title = "Evil & source"
url = "javascript:alert(1)"

[[sources]]
title = "Real"
url = "https://example.com/\"><script>alert(1)</script>"
"#;

const PLAIN_ROLE: &str = r#"
id = "plain"
title = "Plain role"
summary = "s"
profile = { a = 10, b = 90 }
"#;

#[test]
fn text_from_files_is_escaped() {
    let quiz = Quiz::from_toml("hostile.toml", HOSTILE_QUIZ).expect("a valid quiz");
    let roles = vec![
        Role::from_toml("evil.toml", HOSTILE_ROLE, &quiz).expect("a valid role"),
        Role::from_toml("plain.toml", PLAIN_ROLE, &quiz).expect("a valid role"),
    ];
    let content = Content { quiz, roles };
    let sheet = AnswerSheet::from_answers(vec![Some(Answer::Likert(5)), Some(Answer::Likert(1))]);
    let outcome = outcome(&content, &sheet);
    assert_eq!(outcome.ranking[0].role, "evil");

    let html = report::html(&content, &outcome, TAKEN);
    assert!(!html.to_lowercase().contains("<script"));
    assert!(!html.contains("<img"));
    assert!(!html.contains("<b>") && !html.contains("<i>"));
    assert!(html.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; Co"));
    assert!(html.contains("Tom &amp; Jerry&#39;s &quot;quiz&quot;"));
    assert!(html.contains("Fixing &lt;b&gt;things&lt;/b&gt; &amp; stuff"));
    assert!(html.contains("A &amp; B"));
    assert!(!html.contains("javascript:alert(1)\""));
    assert_self_contained(&html);

    let markdown = report::markdown(&content, &outcome, TAKEN);
    // Every `<` is escaped, except one opening an autolink to a web page.
    for (at, _) in markdown.match_indices('<') {
        assert!(
            markdown[..at].ends_with('\\') || markdown[at..].starts_with("<https://"),
            "raw markup in the Markdown: {}",
            &markdown[at..]
        );
    }
    assert!(
        !markdown.contains("<javascript:"),
        "no autolink to a script"
    );
    assert!(markdown.contains("\\<script\\>alert(1)\\</script\\> \\& Co"));
}

/// The report `careerfit score` prints in `format` for the example
/// answers, through the real binary.
fn run_score(format: &str) -> String {
    ok(&[
        "score",
        "--answers",
        "tests/fixtures/valid/it-career-answers.toml",
        "--format",
        format,
    ])
}

#[test]
fn score_prints_the_html_report() {
    let html = run_score("html");
    assert_self_contained(&html);
    assert!(html.contains("Your best fit: IT Technician"));
    assert!(html.contains("CompTIA A+, from CompTIA."));
    assert!(html.contains("Made with careerfit"));
}

#[test]
fn score_prints_the_markdown_report() {
    let markdown = run_score("markdown");
    assert!(markdown.starts_with("# Which IT role fits you?\n"));
    assert!(markdown.contains("| 1 | IT Technician |"));
    assert!(markdown.contains("## Next steps"));
    assert!(markdown.contains("Made with careerfit"));
}

/// The Markdown of `careerfit roles ID --format markdown`, through the real
/// binary, with a home of its own.
fn roles_markdown(roles_dir: &Path, quiz: &Path, id: &str) -> String {
    let args = [
        "roles",
        id,
        "--format",
        "markdown",
        "--quiz",
        quiz.to_str().expect("a UTF-8 path"),
        "--roles",
        roles_dir.to_str().expect("a UTF-8 path"),
    ];
    let run = run(&args);
    assert_eq!(run.code, Some(0), "{run:?}");
    run.stdout
}

#[test]
fn roles_as_markdown_are_escaped_like_the_report() {
    let folder = tempfile::tempdir().expect("a folder");
    let quiz = folder.path().join("hostile.toml");
    std::fs::write(&quiz, HOSTILE_QUIZ).expect("the quiz");
    let roles = folder.path().join("roles");
    std::fs::create_dir(&roles).expect("the roles folder");
    let link_role = HOSTILE_ROLE.replace(
        "summary = \"Breaks <i>out</i> & about\"",
        "summary = \"[click me](javascript:alert(1)) and ![x](https://example.com/t.png)\"",
    );
    std::fs::write(roles.join("evil.toml"), &link_role).expect("a role");
    std::fs::write(roles.join("plain.toml"), PLAIN_ROLE).expect("a role");

    let markdown = roles_markdown(&roles, &quiz, "evil");
    assert!(
        markdown.starts_with("# \\<script\\>alert(1)\\</script\\> \\& Co\n"),
        "{markdown}"
    );
    for (at, _) in markdown.match_indices('<') {
        assert!(
            markdown[..at].ends_with('\\') || markdown[at..].starts_with("<https://"),
            "raw markup in the Markdown: {}",
            &markdown[at..]
        );
    }
    assert!(!markdown.contains("<javascript:"), "{markdown}");
    for (at, _) in markdown.match_indices("](") {
        assert!(
            markdown[..at].ends_with('\\'),
            "a live link: {}",
            &markdown[at..]
        );
    }
    assert!(
        markdown.contains("\\[click me\\](javascript:alert(1))"),
        "{markdown}"
    );
    assert!(!markdown.contains("![x]"), "an image: {markdown}");
    // The role's sections and its safe link are still there.
    assert!(markdown.contains("\n## Sources\n"), "{markdown}");
    assert!(
        markdown.contains("- Evil \\& source: javascript:alert(1)"),
        "{markdown}"
    );
}

#[test]
fn a_manager_result_offers_no_first_certification_that_needs_years_of_work() {
    let content = built_in();
    let outcome = outcome(&content, &drawn_to(&content.quiz, "leadership"));
    assert_eq!(outcome.ranking[0].role, "manager");
    let html = report::html(&content, &outcome, TAKEN);
    let markdown = report::markdown(&content, &outcome, TAKEN);
    for text in [&html, &markdown] {
        assert!(
            !text.to_lowercase().contains("first certification"),
            "a role that needs 5+ years of work has no first certification"
        );
        let step = text
            .lines()
            .find(|l| l.contains("A certification to work toward"))
            .expect("a certification step");
        assert!(step.contains("ITIL 4 Foundation"), "{step}");
        assert!(!step.contains("PMP"), "{step}");
    }
}

/// The headings of one role's sections as an output shows them: the
/// lines from `start` on that `heading` reads as a section heading, up to
/// the first line `end` says closes the role.
fn headings_in(
    text: &str,
    start: &str,
    heading: impl Fn(&str) -> Option<String>,
    end: impl Fn(&str) -> bool,
) -> Vec<String> {
    text.lines()
        .skip_while(|l| !l.starts_with(start))
        .skip(1)
        .take_while(|l| !end(l))
        .filter_map(heading)
        .collect()
}

#[test]
fn every_output_shows_a_role_under_the_same_headings_in_the_same_order() {
    use careerfit::report::role::{Part, RoleDoc};
    let content = built_in();
    for role in &content.roles {
        let doc = RoleDoc::new(role);
        let full: Vec<String> = doc.sections.iter().map(|s| s.heading().into()).collect();
        assert!(full.len() >= 8, "{}: {full:?}", role.id);

        // `careerfit roles ID`: a heading is a line of its own, not indented.
        let text = careerfit::cli::role_text(role);
        let shown = headings_in(
            &text,
            &role.title,
            |l| (!l.is_empty() && !l.starts_with(' ') && l != role.summary).then(|| l.to_string()),
            |_| false,
        );
        assert_eq!(shown, full, "roles text of {}:\n{text}", role.id);

        // `careerfit roles ID --format markdown`.
        let markdown = careerfit::cli::role_markdown(role);
        let shown = headings_in(
            &markdown,
            "# ",
            |l| l.strip_prefix("## ").map(str::to_string),
            |_| false,
        );
        assert_eq!(shown, full, "roles Markdown of {}:\n{markdown}", role.id);
    }

    // The reports: the best fit, less what the next steps say (education
    // and the career path), in the same order.
    for dimension in ["hands_on", "people", "systems", "leadership"] {
        let outcome = outcome(&content, &drawn_to(&content.quiz, dimension));
        let best = content.role(&outcome.ranking[0].role).unwrap();
        let wanted: Vec<String> = RoleDoc::new(best)
            .without(&[Part::Education, Part::CareerPath])
            .sections
            .iter()
            .map(|s| s.heading().into())
            .collect();
        let markdown = report::markdown(&content, &outcome, TAKEN);
        let shown = headings_in(
            &markdown,
            "## Your best fit",
            |l| l.strip_prefix("### ").map(str::to_string),
            |l| l.starts_with("## "),
        );
        assert_eq!(shown, wanted, "report Markdown:\n{markdown}");
        let html = report::html(&content, &outcome, TAKEN);
        let shown = headings_in(
            &html,
            "<h2>Your best fit",
            |l| {
                l.strip_prefix("<h3>")
                    .and_then(|l| l.strip_suffix("</h3>"))
                    .map(str::to_string)
            },
            |l| l.starts_with("<h2>"),
        );
        assert_eq!(shown, wanted, "report HTML:\n{html}");
    }
}

#[test]
fn certifications_show_their_sources_in_every_output() {
    let content = built_in();
    let specialist = content.role("specialist").unwrap();
    let source = "Microsoft Learn, retirement of MCSA, MCSD and MCSE (31 January 2021)";
    assert!(careerfit::cli::role_text(specialist).contains(source));
    assert!(careerfit::cli::role_markdown(specialist).contains(source));
    let outcome = outcome(&content, &drawn_to(&content.quiz, "systems"));
    assert_eq!(outcome.ranking[0].role, "specialist");
    assert!(report::markdown(&content, &outcome, TAKEN).contains(source));
    assert!(report::html(&content, &outcome, TAKEN).contains(source));
}
