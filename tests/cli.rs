//! Integration tests: the built binary driven in a scratch directory, one module per area.

mod testenv;

#[path = "cli/help.rs"]
mod help;
#[path = "cli/usage.rs"]
mod usage;
