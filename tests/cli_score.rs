//! `careerfit score` through the real binary: the JSON result matches the
//! contract's scoring rule worked out by hand, flags and ties follow it,
//! and the text says the result in plain words.

mod common;

use common::cmd::ok;
use common::saved::OUTCOME_FIELDS;
use serde_json::Value;

const VALID: &str = "tests/fixtures/valid";

fn score_json(extra: &[&str], answers: &str) -> Value {
    let mut args = vec!["score", "--answers", answers, "--format", "json"];
    args.extend_from_slice(extra);
    let out = ok(&args);
    serde_json::from_str(&out).unwrap_or_else(|e| panic!("not JSON ({e}):\n{out}"))
}

fn custom() -> [String; 4] {
    [
        "--quiz".into(),
        format!("{VALID}/quiz.toml"),
        "--roles".into(),
        format!("{VALID}/roles"),
    ]
}

fn keys(value: &Value) -> Vec<&str> {
    let mut keys: Vec<&str> = value
        .as_object()
        .expect("an object")
        .keys()
        .map(String::as_str)
        .collect();
    keys.sort_unstable();
    keys
}

fn close(actual: &Value, expected: f64) {
    let actual = actual
        .as_f64()
        .unwrap_or_else(|| panic!("{actual} is not a number"));
    assert!((actual - expected).abs() < 1e-9, "{actual} != {expected}");
}

/// tests/fixtures/valid/answers.toml against tests/fixtures/valid/quiz.toml,
/// worked out by hand from the contract's scoring rule.
///
/// Answers: fix-printer = 5, help-caller = 2, lunch-break = "gossip";
/// plan-budget and run-meeting skipped.
///
/// tinker:
///   fix-printer  (likert, w = 2):  (5-3)*2  =  4, range [-4, 4]
///   help-caller  (likert, w = -1): (2-3)*-1 =  1, range [-2, 2]
///   lunch-break  (choice: solder 3, gossip -1, none 0): gossip = -1, range [-1, 3]
///   raw = 4, lo = -7, hi = 9  ->  s = 100 * (4+7)/16 = 68.75
/// chat:
///   fix-printer  (no chat weight): 0, range [0, 0]
///   help-caller  (likert, w = 2):  (2-3)*2 = -2, range [-4, 4]
///   lunch-break  (solder 0, gossip 1, none 0): gossip = 1, range [0, 1]
///   raw = -1, lo = -4, hi = 5  ->  s = 100 * 3/9 = 33.333...
/// plan: no answered question weighs it: lo = hi = 0 -> unmeasured (null).
///
/// fits over M = {tinker, chat}:
///   fixer  (80, 20): 100 - sqrt(((68.75-80)^2 + (33.33-20)^2)/2)
///                  = 100 - sqrt((126.5625 + 177.7778)/2) = 100 - 12.3357 = 87.6643
///   boss   (40, 50): 100 - sqrt((826.5625 + 277.7778)/2)  = 100 - 23.4983 = 76.5017
///   helper (30, 90): 100 - sqrt((1501.5625 + 3211.1111)/2) = 100 - 48.5421 = 51.4579
/// close_call: 87.66 - 76.50 = 11.16 >= 3 -> false
/// flat:       68.75 - 33.33 = 35.42 >= 15 -> false
/// incomplete: 3/5 = 0.6 >= 0.5 -> false
/// low_interest: max 68.75 >= 40 -> false
/// (Contract v2 changes nothing here: the one choice, gossip, weighs both
/// tinker and chat, so it counts for both, as in v1.)
///
/// reasons for fixer (tinker 80: lean +30; chat 20: lean -30; plan 50: none):
///   fix-printer: tinker 4 - mid 0 = +4, toward +30: supports (4*30 = 120)
///   help-caller: tinker 1 - 0 = +1 (30) and chat -2 - 0 = -2, toward -30 (60): supports (90)
///   lunch-break: tinker -1 - mid 1 = -2 (away), chat 1 - mid 0.5 = +0.5 (away): does not
///   -> fix-printer ("Love it", the quiz's own label for 5), then help-caller ("Dislike")
fn assert_hand_computed(json: &Value) {
    let fit = |s_tinker: f64, s_chat: f64, p: (f64, f64)| {
        100.0 - (((s_tinker - p.0).powi(2) + (s_chat - p.1).powi(2)) / 2.0).sqrt()
    };
    let (tinker, chat) = (68.75, 100.0 / 3.0);

    assert_eq!(keys(json), OUTCOME_FIELDS, "{json:#}");
    assert_eq!(json["quiz"], "mini");
    assert_eq!(json["answered"], 3);
    assert_eq!(json["total"], 5);

    let dimensions = json["dimensions"].as_array().expect("dimensions is a list");
    assert_eq!(dimensions.len(), 3);
    for (dimension, (id, name)) in dimensions.iter().zip([
        ("tinker", "Tinkering"),
        ("chat", "Chatting"),
        ("plan", "Planning"),
    ]) {
        assert_eq!(keys(dimension), ["id", "name", "score"], "{dimension}");
        assert_eq!(dimension["id"], id);
        assert_eq!(dimension["name"], name);
    }
    close(&dimensions[0]["score"], 68.75);
    close(&dimensions[1]["score"], 33.333_333_333_333_336);
    assert!(
        dimensions[2]["score"].is_null(),
        "plan is unmeasured: {}",
        dimensions[2]
    );

    let ranking = json["ranking"].as_array().expect("ranking is a list");
    let expected = [
        ("fixer", "Fixer", fit(tinker, chat, (80.0, 20.0))),
        ("boss", "Boss", fit(tinker, chat, (40.0, 50.0))),
        ("helper", "Helper", fit(tinker, chat, (30.0, 90.0))),
    ];
    assert_eq!(
        ranking.len(),
        expected.len(),
        "every role is ranked: {json:#}"
    );
    for (entry, (role, title, fit)) in ranking.iter().zip(expected) {
        assert_eq!(keys(entry), ["fit", "role", "title"], "{entry}");
        assert_eq!(entry["role"], role);
        assert_eq!(entry["title"], title);
        close(&entry["fit"], fit);
    }
    close(&ranking[0]["fit"], 87.664_273_880_760_45);
    close(&ranking[1]["fit"], 76.501_699_234_010_8);
    close(&ranking[2]["fit"], 51.457_886_268_153_14);

    assert_eq!(json["close_call"], false);
    assert_eq!(json["flat"], false);
    assert_eq!(json["incomplete"], false);
    assert_eq!(json["low_interest"], false);

    let reasons = json["reasons"].as_array().expect("reasons is a list");
    let expected = [
        ("fix-printer", "Fix a jammed printer", "Love it"),
        ("help-caller", "Help a caller reset a password", "Dislike"),
    ];
    assert_eq!(reasons.len(), expected.len(), "{json:#}");
    for (reason, (question, text, answer)) in reasons.iter().zip(expected) {
        assert_eq!(keys(reason), ["answer", "question", "text"], "{reason}");
        assert_eq!(reason["question"], question);
        assert_eq!(reason["text"], text);
        assert_eq!(reason["answer"], answer);
    }
}

#[test]
fn score_json_matches_the_hand_computed_result() {
    let custom = custom();
    let custom: Vec<&str> = custom.iter().map(String::as_str).collect();
    let json = score_json(&custom, &format!("{VALID}/answers.toml"));
    assert_hand_computed(&json);
}

#[test]
fn a_choice_by_position_scores_like_the_option_id() {
    let custom = custom();
    let custom: Vec<&str> = custom.iter().map(String::as_str).collect();
    let by_id = score_json(&custom, &format!("{VALID}/answers.toml"));
    let by_position = score_json(&custom, &format!("{VALID}/answers-by-position.toml"));
    assert_eq!(by_id, by_position);
}

/// answers-flags.toml: only plan-budget = 4.
///   plan: (4-3)*2 = 2, range [-4, 4] -> s = 100 * 6/8 = 75; nothing else measured.
///   fits over M = {plan}: boss 100 - |75-100| = 75, fixer 100 - |75-50| = 75,
///   helper 100 - |75-40| = 65. boss and fixer tie exactly: the smaller id,
///   boss, goes first. close_call (0 < 3), flat (spread 0 < 15) and
///   incomplete (1/5 < 0.5) are all raised.
#[test]
fn score_json_raises_every_flag_and_breaks_ties_by_role_id() {
    let custom = custom();
    let custom: Vec<&str> = custom.iter().map(String::as_str).collect();
    let json = score_json(&custom, &format!("{VALID}/answers-flags.toml"));
    assert_eq!(json["answered"], 1);
    assert!(json["dimensions"][0]["score"].is_null());
    assert!(json["dimensions"][1]["score"].is_null());
    close(&json["dimensions"][2]["score"], 75.0);
    let ranking: Vec<(&str, f64)> = json["ranking"]
        .as_array()
        .expect("ranking is a list")
        .iter()
        .map(|r| {
            (
                r["role"].as_str().expect("role is text"),
                r["fit"].as_f64().expect("fit is a number"),
            )
        })
        .collect();
    assert_eq!(ranking, [("boss", 75.0), ("fixer", 75.0), ("helper", 65.0)]);
    assert_eq!(json["close_call"], true);
    assert_eq!(json["flat"], true);
    assert_eq!(json["incomplete"], true);
    assert_eq!(json["reasons"][0]["question"], "plan-budget");
    assert_eq!(json["reasons"][0]["answer"], "Like");
}

#[test]
fn score_text_of_a_flagged_result_is_not_a_confident_answer() {
    let custom = custom();
    let answers = format!("{VALID}/answers-flags.toml");
    let mut args: Vec<&str> = vec!["score", "--answers", &answers, "--format", "text"];
    args.extend(custom.iter().map(String::as_str));
    let out = ok(&args);
    assert!(out.to_lowercase().contains("no clear lean"), "{out}");
    assert!(out.contains("1 of 5"), "{out}");
}

#[test]
fn score_text_shows_the_result_in_plain_words() {
    let custom = custom();
    let answers = format!("{VALID}/answers.toml");
    let mut args: Vec<&str> = vec!["score", "--answers", &answers, "--format", "text"];
    args.extend(custom.iter().map(String::as_str));
    let out = ok(&args);
    assert!(out.starts_with("Mini career quiz\n"), "{out}");
    assert!(out.contains("3 of 5"), "{out}");
    // Best first, every role.
    let (fixer, boss, helper) = (out.find("Fixer"), out.find("Boss"), out.find("Helper"));
    assert!(
        fixer.is_some() && boss.is_some() && helper.is_some(),
        "{out}"
    );
    assert!(
        fixer < boss && boss < helper,
        "ranking not best first:\n{out}"
    );
    // The reasons quote the person's own answers, with the quiz's own labels.
    assert!(
        out.contains("Love it") && out.contains("Fix a jammed printer"),
        "{out}"
    );
    assert!(
        out.contains("Dislike") && out.contains("Help a caller reset a password"),
        "{out}"
    );
    // No screen codes in plain text output.
    assert!(
        !out.contains('\x1b'),
        "escape codes in text output:\n{out:?}"
    );
    // The default format is text.
    let mut default_args: Vec<&str> = vec!["score", "--answers", &answers];
    default_args.extend(custom.iter().map(String::as_str));
    assert_eq!(ok(&default_args), out);
}

#[test]
fn score_the_built_in_quiz_with_every_question_answered() {
    let json = score_json(&[], &format!("{VALID}/it-career-answers.toml"));
    assert_eq!(json["quiz"], "it-career");
    let total = json["total"].as_u64().expect("total");
    assert_eq!(
        json["answered"].as_u64(),
        Some(total),
        "every question is answered: {json:#}"
    );
    let ids: Vec<&str> = json["dimensions"]
        .as_array()
        .expect("dimensions")
        .iter()
        .map(|d| d["id"].as_str().expect("id"))
        .collect();
    assert_eq!(
        ids,
        ["hands_on", "people", "systems", "leadership"],
        "quiz order"
    );
    assert!(
        json["dimensions"]
            .as_array()
            .unwrap()
            .iter()
            .all(|d| d["score"].is_number())
    );
    let ranking = json["ranking"].as_array().expect("ranking");
    let mut roles: Vec<&str> = ranking
        .iter()
        .map(|r| r["role"].as_str().expect("role"))
        .collect();
    assert_eq!(roles[0], "technician", "{json:#}");
    let fits: Vec<f64> = ranking
        .iter()
        .map(|r| r["fit"].as_f64().expect("fit"))
        .collect();
    assert!(
        fits.windows(2).all(|w| w[0] >= w[1]),
        "best first: {fits:?}"
    );
    roles.sort_unstable();
    assert_eq!(
        roles,
        ["manager", "specialist", "support-specialist", "technician"]
    );
    assert_eq!(json["incomplete"], false);
    assert_eq!(json["flat"], false);
    assert_eq!(json["close_call"], false);
    let reasons = json["reasons"].as_array().expect("reasons");
    assert!((3..=5).contains(&reasons.len()), "{json:#}");
}
