//! The quiz's two hashes: its scoring identity (what decides a score) and
//! a hash of its words, and what a saved file's hashes say about the quiz
//! loaded now.

use super::{QuestionKind, Quiz};

impl Quiz {
    /// The quiz's scoring identity: a stable hash of what decides a score
    /// (the quiz id, the flag thresholds, the dimension ids, each question's
    /// id and kind, its options' ids and every weight), written out as an
    /// explicit canonical form, so renaming a Rust field changes nothing.
    /// Words are left out ([`Quiz::text_hash`] covers them): a reworded or
    /// translated quiz is the same quiz. Saved progress, results and
    /// workshop records carry it as `quiz_hash`. Looks like `s1-` and 32 hex
    /// digits; older saves hold 16 hex digits (see [`Quiz::compare_saved`]).
    pub fn fingerprint(&self) -> String {
        let mut canon: Vec<String> = vec!["careerfit scoring identity 1".into(), self.id.clone()];
        let s = &self.settings;
        for (name, value) in [
            ("close_call", s.close_call),
            ("flat", s.flat),
            ("low_interest", s.low_interest),
            ("min_answered", s.min_answered),
        ] {
            canon.push(format!("{name}={}", number(value)));
        }
        for d in &self.dimensions {
            canon.push(format!("dimension {}", d.id));
        }
        let weights = |canon: &mut Vec<String>, weights: &[f64]| {
            for (d, w) in self.dimensions.iter().zip(weights) {
                // A weight of 0 is the same as none.
                if *w != 0.0 {
                    canon.push(format!("weight {} {}", d.id, number(*w)));
                }
            }
        };
        for q in &self.questions {
            match &q.kind {
                QuestionKind::Likert { weights: w } => {
                    canon.push(format!("likert {}", q.id));
                    weights(&mut canon, w);
                }
                QuestionKind::Choice { options } => {
                    canon.push(format!("choice {}", q.id));
                    for o in options {
                        canon.push(format!("option {}", o.id));
                        weights(&mut canon, &o.weights);
                    }
                }
            }
        }
        format!("{IDENTITY}{}", hash(&canon))
    }

    /// A stable hash of the quiz's words: title, intro, scale labels,
    /// dimension names and descriptions, question texts, hints and option
    /// labels. It tells "reworded" from "the same" when the scoring
    /// identity matches. Looks like `t1-` and 32 hex digits. A quiz in
    /// translation has its base file's hash: resuming in another language
    /// is the same quiz, not a reworded one.
    pub fn text_hash(&self) -> String {
        if let Some(translation) = &self.translation {
            return translation.base_text_hash.clone();
        }
        let text = |t: &Option<String>| t.clone().unwrap_or_default();
        let mut canon: Vec<String> = vec![
            "careerfit quiz text 1".into(),
            self.title.clone(),
            text(&self.intro),
        ];
        canon.extend(self.scale.iter().cloned());
        for d in &self.dimensions {
            canon.extend([d.name.clone(), text(&d.description)]);
        }
        for q in &self.questions {
            canon.extend([q.text.clone(), text(&q.hint)]);
            if let QuestionKind::Choice { options } = &q.kind {
                canon.extend(options.iter().map(|o| o.label.clone()));
            }
        }
        format!("t1-{}", hash(&canon))
    }

    /// What a saved file's `quiz_hash` (and text hash, when it has one)
    /// says about this quiz.
    pub fn compare_saved(&self, quiz_hash: &str, text_hash: Option<&str>) -> Sameness {
        if !quiz_hash.starts_with(IDENTITY) {
            Sameness::Unknown
        } else if quiz_hash != self.fingerprint() {
            Sameness::Changed
        } else if text_hash.is_some_and(|t| t != self.text_hash()) {
            Sameness::Reworded
        } else {
            Sameness::Same
        }
    }
}

/// How a scoring identity starts; hashes saved before it (16 hex digits
/// of a hash of Rust's debug output) do not.
const IDENTITY: &str = "s1-";

/// A saved quiz hash against the quiz loaded now.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Sameness {
    /// The same scoring and, as far as is known, the same words.
    Same,
    /// The same scoring, other words (reworded or translated): the same quiz.
    Reworded,
    /// Ids, kinds, weights or thresholds differ.
    Changed,
    /// Saved by an older careerfit, whose hash cannot be compared: answers
    /// are matched by id, as always.
    Unknown,
}

/// A number in the canonical form: shortest digits that read back the
/// same, and no negative zero.
fn number(x: f64) -> String {
    if x == 0.0 { "0".into() } else { format!("{x}") }
}

fn hash(canon: &[String]) -> String {
    let parts: Vec<&[u8]> = canon.iter().map(|p| p.as_bytes()).collect();
    crate::digest::digest(&parts)
}
