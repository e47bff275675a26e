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

    /// With --batch, how many articles to extract at once, one per thread (default: one per
    /// core). Output lines keep the input's order whatever the number.
    #[arg(long, value_name = "N", requires = "batch", value_parser = clap::value_parser!(u16).range(1..))]
    pub jobs: Option<u16>,
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
