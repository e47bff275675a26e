//! The command line (clap derive): commands and their flags. The `///` comments are the help.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};

/// Break news articles into atomic claims, tie each to its source, and find where the sourcing
/// is thin.
#[derive(Debug, Parser)]
#[command(name = "claimtrace", version)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Extract claims, sources, levels and flags from an article (no database).
    Extract(ExtractArgs),
}

/// Arguments of `claimtrace extract`.
#[derive(Debug, Args)]
pub struct ExtractArgs {
    /// The article, a UTF-8 text file, or - for standard input. With --batch, a JSONL file of
    /// {"id", "text"} objects (or -).
    pub input: PathBuf,

    /// Output format for one article.
    #[arg(long, value_enum, default_value_t = ExtractFormat::Json, conflicts_with = "batch")]
    pub format: ExtractFormat,

    /// Read one JSON object per line ({"text": …, "id": …}) and print one result per line.
    #[arg(long)]
    pub batch: bool,
}

/// How `extract` prints one article.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ExtractFormat {
    /// The extraction contract as one JSON document.
    Json,
    /// One claim per line, article fields omitted.
    Jsonl,
    /// A table for people.
    Table,
}
