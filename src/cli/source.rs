//! Arguments of `claimtrace source add|list|show|edit|alias|merge`.

use clap::{Args, Subcommand};

use super::{vocab, OutputArgs, ShowOutputArgs};
use crate::vocab::SourceKind;

#[derive(Debug, Subcommand)]
pub enum SourceCommand {
    /// Add a source (named sources are shared across articles)
    #[command(after_help = "Example:
  claimtrace source add \"Laurent Nunez\" --kind person --role \"Paris police chief\" --alias Nunez
  claimtrace source add \"an intelligence source\" --kind anonymous --article 1
  claimtrace source add \"the company\" --kind organization --article 1

A source with a name (\"Reuters\", \"Laurent Nunez\") is one source across every article.
Anonymous, unnamed_group and document sources belong to one article (--article). So may a
source of another kind written as a description, with no capitalised word (\"the company\",
\"the former secretary of state\"): the company of one article is not that of the next.")]
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
    /// Correct a source's name, kind, role or affiliation; the levels of its claims follow
    #[command(after_help = "Example:
  claimtrace source edit \"Trump And\" --name \"Donald Trump\"
  claimtrace source edit 7 --kind official --role \"\"

A new name must not belong to another source (use `source merge` to join two sources). The old
name is not kept; `source alias` keeps a name findable. An empty --role or --affiliation clears
it. A kind that is article-scoped (anonymous, unnamed_group, document) ties the source to the one
article its claims are in, or to --article. A source kept to its article because its name is a
description (\"the company\") is shared once it is renamed to a name (\"Novex\").")]
    Edit(SourceEditArgs),
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
    /// The article an anonymous, unnamed_group or document source (or a description such as
    /// "the company") belongs to
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

#[derive(Debug, Args)]
pub struct SourceEditArgs {
    /// The source's id, name or alias
    pub source: String,
    /// The new canonical name
    #[arg(long)]
    pub name: Option<String>,
    /// The new kind
    #[arg(long, value_parser = vocab::<SourceKind>())]
    pub kind: Option<SourceKind>,
    /// The new position or description ("" clears it)
    #[arg(long)]
    pub role: Option<String>,
    /// The new organisation ("" clears it)
    #[arg(long)]
    pub affiliation: Option<String>,
    /// The article the source belongs to when its new kind is article-scoped and its claims
    /// do not say which
    #[arg(long, value_name = "ID")]
    pub article: Option<i64>,
}
