//! The results files behind the dashboard: read by the results format's
//! own module ([`crate::workshop::record::files`]), which every report
//! shares; named here for the dashboard's code.

pub use crate::workshop::record::files::*;
