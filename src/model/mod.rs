//! The records the store reads and writes: articles, sources, claims, attributions,
//! corroborations, notes and audit events, plus the inputs and filters of the store's methods.
//! Everything serialises with serde so the CLI can print it as JSON.
//!
//! Offsets (`start`/`end`) are Unicode code-point indices into the article text, end exclusive.

mod dump;
mod inputs;
mod records;
mod views;

pub use dump::*;
pub use inputs::*;
pub use records::*;
pub use views::*;
