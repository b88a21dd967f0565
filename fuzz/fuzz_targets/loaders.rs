//! Fuzzes the quiz, role and answers loaders: any text gives a value or
//! located problems, never a panic.
#![no_main]

use careerfit::content::{AnswerSheet, Content, Quiz, Role};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let _ = Quiz::from_toml("fuzz.toml", text);
    let content = Content::built_in().expect("the built-in content is valid");
    let _ = Role::from_toml("fuzz.toml", text, &content.quiz);
    let _ = AnswerSheet::from_toml("fuzz.toml", text, &content.quiz);
});
