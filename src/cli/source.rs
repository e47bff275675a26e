//! Arguments of `claimtrace source add|list|show|alias|merge`.

use clap::{Args, Subcommand};

use super::{vocab, OutputArgs, ShowOutputArgs};
use crate::vocab::SourceKind;

#[derive(Debug, Subcommand)]
pub enum SourceCommand {
    /// Add a source (named kinds are shared across articles)
    #[command(after_help = "Example:
  claimtrace source add \"Laurent Nunez\" --kind person --role \"Paris police chief\" --alias Nunez
  claimtrace source add \"an intelligence source\" --kind anonymous --article 1")]
    Add(SourceAddArgs),
    /// List sources with the claims and articles they carry
    #[command(
        after_help = "Example:\n  claimtrace source list\n  claimtrace source list --format csv"
    )]
    List(SourceListArgs),
    /// Show a source and its claims
    #[command(
        after_help = "Example:\n  claimtrace source show \"Laurent Nunez\"\n  claimtrace source show 4"
    )]
    Show(SourceShowArgs),
    /// Give a source another name it is found by
    #[command(
        after_help = "Example:\n  claimtrace source alias \"Laurent Nunez\" \"Paris police chief\""
    )]
    Alias(SourceAliasArgs),
    /// Merge one source into another: its attributions and aliases move, it is removed
    #[command(after_help = "Example:\n  claimtrace source merge \"L. Nunez\" \"Laurent Nunez\"")]
    Merge(SourceMergeArgs),
}

#[derive(Debug, Args)]
pub struct SourceAddArgs {
    /// The canonical name
    pub name: String,
    /// What kind of source it is
    #[arg(long, value_parser = vocab::<SourceKind>())]
    pub kind: SourceKind,
    /// Position or description, e.g. "Paris police chief"
    #[arg(long)]
    pub role: Option<String>,
    /// Organisation the source belongs to
    #[arg(long)]
    pub affiliation: Option<String>,
    /// Another name the source is found by (repeatable)
    #[arg(long = "alias", value_name = "ALIAS")]
    pub aliases: Vec<String>,
    /// The article an anonymous, unnamed_group or document source belongs to
    #[arg(long, value_name = "ID")]
    pub article: Option<i64>,
}

#[derive(Debug, Args)]
pub struct SourceListArgs {
    /// Only sources of this kind
    #[arg(long, value_parser = vocab::<SourceKind>())]
    pub kind: Option<SourceKind>,
    #[command(flatten)]
    pub output: OutputArgs,
}

#[derive(Debug, Args)]
pub struct SourceShowArgs {
    /// The source's id, name or alias
    pub source: String,
    #[command(flatten)]
    pub output: ShowOutputArgs,
}

#[derive(Debug, Args)]
pub struct SourceAliasArgs {
    /// The source's id, name or alias
    pub source: String,
    /// The new alias
    pub alias: String,
}

#[derive(Debug, Args)]
pub struct SourceMergeArgs {
    /// The source to merge away (id, name or alias)
    pub from: String,
    /// The source that stays (id, name or alias)
    pub into: String,
}
