//! Arguments of `claimtrace extract`.

use std::path::PathBuf;

use clap::Args;

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
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum ExtractFormat {
    /// The extraction contract as one JSON document.
    Json,
    /// One claim per line, article fields omitted.
    Jsonl,
    /// A table for people.
    Table,
}
