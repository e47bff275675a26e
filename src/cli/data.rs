//! Arguments of `history`, `export` and `import`: the audit log and data in and out.

use std::path::PathBuf;

use clap::Args;

use super::OutputArgs;

#[derive(Debug, Args)]
#[command(group(clap::ArgGroup::new("about").args(["claim", "article", "source"])))]
pub struct HistoryArgs {
    /// Only changes to this claim (and its attributions, corroborations and notes)
    #[arg(long, value_name = "ID")]
    pub claim: Option<i64>,
    /// Only changes to this article and its claims
    #[arg(long, value_name = "ID")]
    pub article: Option<i64>,
    /// Only changes to this source (id, name or alias)
    #[arg(long, value_name = "SOURCE")]
    pub source: Option<String>,
    /// Only changes at or after this date (YYYY-MM-DD or RFC 3339)
    #[arg(long, value_name = "DATE")]
    pub since: Option<String>,
    #[command(flatten)]
    pub output: OutputArgs,
}

/// The formats `export` writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum ExportFormat {
    Csv,
    Json,
    Jsonl,
}

/// The formats `import` reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum ImportFormat {
    Csv,
    Json,
}

#[derive(Debug, Args)]
#[command(group(clap::ArgGroup::new("which").args(["unsourced", "thin"])))]
pub struct ExportArgs {
    /// csv: one row per claim; json: the full record; jsonl: one claim per line
    #[arg(long, value_enum, default_value = "csv")]
    pub format: ExportFormat,
    /// Only this article (repeatable)
    #[arg(long, value_name = "ID")]
    pub article: Vec<i64>,
    /// Only claims with no source
    #[arg(long)]
    pub unsourced: bool,
    /// Only thinly sourced claims
    #[arg(long)]
    pub thin: bool,
    /// CSV: one row per claim–source pair instead of per claim
    #[arg(long)]
    pub per_attribution: bool,
    /// CSV: do not protect cells that a spreadsheet would read as a formula
    #[arg(long)]
    pub raw: bool,
    /// Write to this file instead of standard output
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,
}

#[derive(Debug, Args)]
pub struct ImportArgs {
    /// A file written by `claimtrace export`
    pub file: PathBuf,
    /// Read it as this format [default: from the file's extension]
    #[arg(long, value_enum)]
    pub format: Option<ImportFormat>,
}
