//! Workshop mode for career counselors: one results file per session,
//! a record per participant, appended safely; participants' labels made
//! safe for terminals and spreadsheets.

pub mod batch;
pub mod group;
pub mod label;
pub mod record;
