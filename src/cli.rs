//! The command line: every subcommand, flag and help text (the `///` comments are the help).
//!
//! Nothing here does work: `commands/` turns these parsed values into store and render calls.
//! Adding a subcommand is one variant of [`Command`] (its arguments in a file under `src/cli/`)
//! plus one arm in `main.rs` and one file under `src/commands/`.

mod article;
mod claim;
mod data;
mod evidence;
mod extract;
mod ingest;
mod source;
mod values;

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand};

pub use article::*;
pub use claim::*;
pub use data::*;
pub use evidence::*;
pub use extract::*;
pub use ingest::*;
pub use source::*;
pub use values::{vocab, VocabParser, Vocabulary};

use crate::render::Format;

/// Break news articles into atomic claims, tie each claim to its source, and find where the
/// sourcing is thin.
#[derive(Debug, Parser)]
#[command(name = "claimtrace", version, max_term_width = 100)]
#[command(after_help = "Example:
  claimtrace init
  claimtrace article add examples/000_d1e90925469a9c05.txt --title \"France watches Tajiks\"
  claimtrace claim add --article 1 \"Tajikistan is the poorest country\" --source Reuters
  claimtrace claim list --thin")]
pub struct Cli {
    #[command(flatten)]
    pub global: GlobalArgs,
    #[command(subcommand)]
    pub command: Command,
}

/// Flags every command accepts.
#[derive(Debug, Args)]
pub struct GlobalArgs {
    /// The database file [default: ./claimtrace.db]
    #[arg(
        long,
        global = true,
        help_heading = "Global options",
        env = "CLAIMTRACE_DB",
        hide_env_values = true,
        value_name = "PATH"
    )]
    pub db: Option<PathBuf>,
    /// Who is making the changes, recorded in the history [default: $USER]
    #[arg(
        long,
        global = true,
        help_heading = "Global options",
        env = "CLAIMTRACE_ACTOR",
        hide_env_values = true,
        value_name = "NAME"
    )]
    pub actor: Option<String>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Create the database and print where it is
    #[command(after_help = "Example:\n  claimtrace init\n  claimtrace --db desk.db init")]
    Init,
    /// Store articles and look at them
    #[command(
        subcommand,
        after_help = "Example:\n  claimtrace article add story.txt --title \"…\"\n  claimtrace article list"
    )]
    Article(ArticleCommand),
    /// Add, list, show, edit and remove claims
    #[command(
        subcommand,
        after_help = "Example:\n  claimtrace claim add --article 1 \"…\" --source Reuters\n  claimtrace claim list --unsourced"
    )]
    Claim(ClaimCommand),
    /// Add, list, show, alias and merge sources
    #[command(
        subcommand,
        after_help = "Example:\n  claimtrace source add \"Laurent Nunez\" --kind person\n  claimtrace source list"
    )]
    Source(SourceCommand),
    /// Tie a claim to a source
    #[command(after_help = "Example:
  claimtrace attribute 3 \"Laurent Nunez\" --cue said --relation direct-quote
  claimtrace attribute 4 \"Le Monde\" --via Reuters")]
    Attribute(AttributeArgs),
    /// Remove the tie between a claim and a source
    #[command(after_help = "Example:\n  claimtrace unattribute 3 \"Laurent Nunez\"")]
    Unattribute(UnattributeArgs),
    /// Record that a source, a URL or another claim supports or contradicts a claim
    #[command(after_help = "Example:
  claimtrace corroborate 3 --url https://example.org/report --note \"ministry figures\"
  claimtrace corroborate 3 --source \"Le Monde\" --stance contradicts
  claimtrace corroborate 3 --claim 17 --not-independent")]
    Corroborate(CorroborateArgs),
    /// Add a note to a claim
    #[command(
        after_help = "Example:\n  claimtrace note 3 \"Asked the ministry for the 2023 figures\""
    )]
    Note(NoteArgs),
    /// Show the audit log: who changed what, and when
    #[command(after_help = "Example:
  claimtrace history --claim 3
  claimtrace history --since 2026-11-01 --format json")]
    History(HistoryArgs),
    /// Write claims to CSV (for spreadsheets) or the whole record to JSON
    #[command(after_help = "Example:
  claimtrace export -o claims.csv
  claimtrace export --article 1 --thin --format csv
  claimtrace export --format json -o backup.json")]
    Export(ExportArgs),
    /// Read a JSON export into an empty database, or apply an edited CSV export
    #[command(after_help = "Example:
  claimtrace import claims.csv
  claimtrace --db copy.db import backup.json")]
    Import(ImportArgs),
    /// Extract claims, sources, levels and flags from an article (no database)
    #[command(after_help = "Example:
  claimtrace extract examples/000_d1e90925469a9c05.txt
  claimtrace extract story.txt --format table
  claimtrace extract --batch articles.jsonl > claims.jsonl")]
    Extract(ExtractArgs),
    /// Extract an article's claims and sources and store them; show where the sourcing is thin
    ///
    /// Each article is stored with its claims, sources and attributions in one transaction (the
    /// same text again changes nothing). Named sources are shared with other articles; anonymous
    /// ones belong to this article. The dateline, relay and translation notice found in the text
    /// are recorded unless the options say otherwise; with several files, the options apply to
    /// each.
    #[command(after_help = "Example:
  claimtrace ingest examples/000_d1e90925469a9c05.txt
  claimtrace ingest story.txt --title \"Minister resigns\" --url https://example.org/story
  claimtrace ingest *.txt --format csv > claims.csv")]
    Ingest(IngestArgs),
    /// Summarise where the sourcing is thin: claims by level and flag, sources by load
    #[command(after_help = "Example:
  claimtrace report
  claimtrace report --article 1 --format json")]
    Report(ReportArgs),
}

/// The output option every listing shares.
#[derive(Debug, Args, Clone, Copy)]
pub struct OutputArgs {
    /// Output format
    #[arg(long, default_value = "table", value_parser = vocab::<Format>())]
    pub format: Format,
}

/// How a single record is shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, clap::ValueEnum)]
pub enum ShowFormat {
    /// Labelled lines for a person
    #[default]
    Table,
    /// One JSON object
    Json,
    /// One JSON object on one line
    Jsonl,
}

/// The output option of the `show` commands.
#[derive(Debug, Args, Clone, Copy)]
pub struct ShowOutputArgs {
    /// Output format
    #[arg(long, value_enum, default_value = "table")]
    pub format: ShowFormat,
}
