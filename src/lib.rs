//! claimtrace: break news articles into atomic claims, tie each claim to its source, and find
//! where the sourcing is thin. The binary in `main.rs` is a thin layer over this library.

pub mod cli;
pub mod commands;
pub mod extract;
pub mod identity;
pub mod ingest;
pub mod model;
pub mod render;
pub mod report;
pub mod sourcing;
pub mod store;
pub mod vocab;
