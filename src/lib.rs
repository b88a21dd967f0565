//! careerfit: a career-fit quiz for the terminal.
//!
//! Data flows one way: files -> [`content`] -> [`session`] -> [`scoring`]
//! -> a shell ([`tui`] or [`cli`]) shows it. Content, session and scoring
//! are pure and shared by every front end.

// No unsafe code in careerfit itself (tests may call libc; see Cargo.toml [lints]).
#![forbid(unsafe_code)]

pub mod cli;
pub mod content;
pub mod dashboard;
pub mod digest;
pub mod embedded;
pub mod files;
pub mod lang;
pub mod plain;
pub mod report;
pub mod saving;
pub mod scoring;
pub mod serve;
pub mod session;
pub mod start;
pub mod store;
pub mod summary;
pub mod text;
pub mod tui;
pub mod workshop;
