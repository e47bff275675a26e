//! The extraction engine: article text in, atomic claims with attributed, resolved and typed
//! sources out. Pure: no database, no files, no command-line parsing.

pub mod claims;
pub mod types;

pub use types::{ArticleMeta, ExtractedClaim, ExtractedSource, Span};
