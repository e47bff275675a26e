//! Arguments of `claimtrace claim add|list|show|edit|rm`.

use clap::builder::TypedValueParser;
use clap::{Args, Subcommand};

use super::{vocab, OutputArgs, ShowOutputArgs};
use crate::vocab::{ClaimKind, Confidence, Flag, Level, Origin, SourceKind, Verdict};

#[derive(Debug, Subcommand)]
pub enum ClaimCommand {
    /// Add a claim by hand; it gets the span of the text where it occurs in the article
    #[command(after_help = "Example:
  claimtrace claim add --article 1 \\
      \"more than 300 Tajiks are under surveillance\" \\
      --source \"an intelligence source\" --source-kind anonymous --cue told --kind statistic")]
    Add(ClaimAddArgs),
    /// List claims, ordered by article and position
    #[command(after_help = "Example:
  claimtrace claim list --article 1
  claimtrace claim list --unsourced
  claimtrace claim list --thin --format csv
  claimtrace claim list --flag ANONYMOUS_OPINION --search surveillance")]
    List(ClaimListArgs),
    /// Show a claim with its context, sources, flags, corroborations, notes and changes
    #[command(after_help = "Example:\n  claimtrace claim show 3")]
    Show(ClaimShowArgs),
    /// Change a claim's text, kind, confidence, verdict or check-worthiness
    #[command(after_help = "Example:
  claimtrace claim edit 3 --confidence high --verdict mostly-true
  claimtrace claim edit 3 --kind statistic --check-worthy true")]
    Edit(ClaimEditArgs),
    /// Remove a claim (with its attributions, corroborations and notes)
    #[command(after_help = "Example:\n  claimtrace claim rm 3")]
    Rm(ClaimRmArgs),
}

#[derive(Debug, Args)]
pub struct ClaimAddArgs {
    /// The article the claim comes from
    #[arg(long, value_name = "ID")]
    pub article: i64,
    /// What the article asserts (`--` before it if it starts with a dash)
    #[arg(allow_hyphen_values = true)]
    pub text: String,
    /// A source of the claim, by name or alias (repeat for several); new ones are created
    #[arg(long = "source", value_name = "NAME")]
    pub sources: Vec<String>,
    /// Kind of every --source created by this command [default: unknown]
    #[arg(long, value_name = "KIND", value_parser = vocab::<SourceKind>())]
    pub source_kind: Option<SourceKind>,
    /// The attribution cue for every --source, e.g. said, told, according to
    #[arg(long, value_name = "CUE")]
    pub cue: Option<String>,
    /// What kind of claim it is
    #[arg(long, default_value = "event", value_parser = vocab::<ClaimKind>())]
    pub kind: ClaimKind,
    /// How much you trust it
    #[arg(long, value_parser = vocab::<Confidence>())]
    pub confidence: Option<Confidence>,
    /// Your ruling
    #[arg(long, value_parser = vocab::<Verdict>())]
    pub verdict: Option<Verdict>,
    /// A note to attach
    #[arg(long, value_name = "TEXT")]
    pub note: Option<String>,
    /// Use the occurrence of TEXT that starts at this character offset
    #[arg(long, value_name = "OFFSET")]
    pub at: Option<usize>,
}

#[derive(Debug, Args)]
pub struct ClaimListArgs {
    /// Only claims of this article (repeatable)
    #[arg(long, value_name = "ID")]
    pub article: Vec<i64>,
    /// Only claims attributed to this source (name, alias or id)
    #[arg(long, value_name = "SOURCE")]
    pub source: Option<String>,
    /// Only claims of this kind
    #[arg(long, value_parser = vocab::<ClaimKind>())]
    pub kind: Option<ClaimKind>,
    /// Only claims at this sourcing level
    #[arg(long, value_parser = vocab::<Level>())]
    pub level: Option<Level>,
    /// Only claims with no source at all
    #[arg(long, conflicts_with = "thin")]
    pub unsourced: bool,
    /// Only thinly sourced claims (unsourced, anonymous-only, or flagged)
    #[arg(long)]
    pub thin: bool,
    /// Only claims raising this flag
    #[arg(long, value_parser = vocab::<Flag>())]
    pub flag: Option<Flag>,
    /// Only claims with this confidence
    #[arg(long, value_parser = vocab::<Confidence>())]
    pub confidence: Option<Confidence>,
    /// Only claims with this verdict
    #[arg(long, value_parser = vocab::<Verdict>())]
    pub verdict: Option<Verdict>,
    /// Only claims added by the extractor (auto) or by hand (manual)
    #[arg(long, value_parser = vocab::<Origin>())]
    pub origin: Option<Origin>,
    /// Full-text search over claim text: words (all must match), or SQLite FTS5 syntax
    /// ("a phrase", prefix*, OR, NOT)
    #[arg(long, value_name = "QUERY")]
    pub search: Option<String>,
    #[command(flatten)]
    pub output: OutputArgs,
}

#[derive(Debug, Args)]
pub struct ClaimShowArgs {
    /// The claim's id
    pub id: i64,
    #[command(flatten)]
    pub output: ShowOutputArgs,
}

#[derive(Debug, Args)]
pub struct ClaimEditArgs {
    /// The claim's id
    pub id: i64,
    /// New text (its span is looked up again in the article)
    #[arg(long)]
    pub text: Option<String>,
    /// New kind
    #[arg(long, value_parser = vocab::<ClaimKind>())]
    pub kind: Option<ClaimKind>,
    /// New confidence
    #[arg(long, value_parser = vocab::<Confidence>())]
    pub confidence: Option<Confidence>,
    /// New verdict (true, mostly-true, mixed, mostly-false, false, unproven), or none to clear it
    #[arg(long, value_name = "VERDICT", value_parser = verdict_or_none())]
    pub verdict: Option<VerdictChange>,
    /// Whether the claim is worth checking
    #[arg(long, value_name = "BOOL", action = clap::ArgAction::Set)]
    pub check_worthy: Option<bool>,
}

#[derive(Debug, Args)]
pub struct ClaimRmArgs {
    /// The claim's id
    pub id: i64,
}

/// A new verdict for `claim edit`: `None` clears it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct VerdictChange(pub Option<Verdict>);

/// `--verdict` on `claim edit`: a verdict, or `none` to clear it.
fn verdict_or_none() -> impl TypedValueParser<Value = VerdictChange> {
    clap::builder::StringValueParser::new().try_map(|s| {
        if s.eq_ignore_ascii_case("none") {
            Ok(VerdictChange(None))
        } else {
            s.parse::<Verdict>()
                .map(|v| VerdictChange(Some(v)))
                .map_err(|e| format!("{e} (or none to clear it)"))
        }
    })
}
