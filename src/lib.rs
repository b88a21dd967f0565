//! careerfit: a career-fit quiz for the terminal.
//!
//! Data flows one way: files -> [`content`] -> [`scoring`] -> a shell
//! ([`cli`]) shows it. The content and scoring layers are pure and shared by
//! every front end.

pub mod cli;
pub mod content;
pub mod scoring;
pub mod summary;
