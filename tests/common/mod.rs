//! Helpers shared by the integration tests. Each test file uses a part of
//! them, so the rest is unused there.
#![allow(dead_code)]

pub mod app;
pub mod batch;
pub mod cmd;
pub mod group;
pub mod keys;
pub mod plain;
pub mod pty;
pub mod remote;
pub mod saved;
pub mod screen;
pub mod served;
pub mod ssh;
pub mod ssh_client;
