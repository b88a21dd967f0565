//! Fuzzes reading saved progress and saved results: any bytes are read or
//! refused, never a panic.
#![no_main]

use careerfit::content::Content;
use careerfit::store::{history, progress};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let content = Content::built_in().expect("the built-in content is valid");
    let _ = progress::parse(data, &content.quiz);
    let _ = history::parse(data);
});
