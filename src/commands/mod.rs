//! One module per subcommand: each turns validated arguments into library calls and output.

pub mod extract;

use crate::cli::{Cli, Command};

/// Runs the command the user asked for.
pub fn run(cli: Cli) -> anyhow::Result<()> {
    match cli.command {
        Command::Extract(args) => extract::run(&args),
    }
}
