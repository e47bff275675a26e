//! Integration tests: the built binary driven in a scratch directory, one module per area.

mod testenv;

#[path = "cli/article.rs"]
mod article;
#[path = "cli/attribution.rs"]
mod attribution;
#[path = "cli/claim.rs"]
mod claim;
#[path = "cli/database.rs"]
mod database;
#[path = "cli/export.rs"]
mod export;
#[path = "cli/help.rs"]
mod help;
#[path = "cli/history.rs"]
mod history;
#[path = "cli/import.rs"]
mod import;
#[path = "cli/ingest.rs"]
mod ingest;
#[path = "cli/regression.rs"]
mod regression;
#[path = "cli/source.rs"]
mod source;
#[path = "cli/usage.rs"]
mod usage;
#[path = "cli/walkthrough.rs"]
mod walkthrough;
