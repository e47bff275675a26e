//! The command line: every subcommand, flag and help text (the `///` comments are the help).
//!
//! Nothing here does work: `commands/` turns these parsed values into store and render calls.
//! Adding a subcommand is one variant of [`Command`] plus one file under `src/commands/`.

use std::ffi::OsStr;
use std::marker::PhantomData;
use std::path::PathBuf;

use clap::builder::{PossibleValue, TypedValueParser};
use clap::{Args, Parser, Subcommand};

use crate::render::Format;
use crate::vocab::{
    ClaimKind, Confidence, Flag, Level, Origin, Relation, SourceKind, Stance, Verdict,
};

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
        env = "CLAIMTRACE_DB",
        hide_env_values = true,
        value_name = "PATH"
    )]
    pub db: Option<PathBuf>,
    /// Who is making the changes, recorded in the history [default: $USER]
    #[arg(
        long,
        global = true,
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
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum ExtractFormat {
    /// The extraction contract as one JSON document.
    Json,
    /// One claim per line, article fields omitted.
    Jsonl,
    /// A table for people.
    Table,
}

// ---------------------------------------------------------------------------------------------
// article

#[derive(Debug, Subcommand)]
pub enum ArticleCommand {
    /// Store an article's text verbatim (the same text again returns the existing article)
    #[command(after_help = "Example:
  claimtrace article add examples/000_d1e90925469a9c05.txt \\
      --title \"France keeps watch on Tajiks\" --outlet \"Example Daily\" \\
      --published 2024-04-05 --language en --relayed-from Reuters
  curl -s https://example.org/story.txt | claimtrace article add -")]
    Add(ArticleAddArgs),
    /// List the stored articles
    #[command(
        after_help = "Example:\n  claimtrace article list\n  claimtrace article list --format json"
    )]
    List(OutputArgs),
    /// Show one article's metadata (and its text with --text)
    #[command(after_help = "Example:\n  claimtrace article show 1 --text")]
    Show(ArticleShowArgs),
}

#[derive(Debug, Args)]
pub struct ArticleAddArgs {
    /// The article's text file, or - for standard input
    pub file: PathBuf,
    /// Headline
    #[arg(long)]
    pub title: Option<String>,
    /// Where it was published
    #[arg(long)]
    pub url: Option<String>,
    /// The publication
    #[arg(long)]
    pub outlet: Option<String>,
    /// Publication date: YYYY-MM-DD or RFC 3339 (2024-04-05T09:30:00Z)
    #[arg(long, value_name = "DATE")]
    pub published: Option<String>,
    /// Language of the text, e.g. en
    #[arg(long, value_name = "LANG")]
    pub language: Option<String>,
    /// Language of the original when this is a translation, e.g. id
    #[arg(long, value_name = "LANG")]
    pub translated_from: Option<String>,
    /// The wire service or outlet the story is relayed from, e.g. Reuters
    #[arg(long, value_name = "NAME")]
    pub relayed_from: Option<String>,
}

#[derive(Debug, Args)]
pub struct ArticleShowArgs {
    /// The article's id
    pub id: i64,
    /// Print the full text too
    #[arg(long)]
    pub text: bool,
    #[command(flatten)]
    pub output: ShowOutputArgs,
}

// ---------------------------------------------------------------------------------------------
// claim

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
    /// Full-text search over claim text (SQLite FTS5 syntax)
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
    #[arg(long, value_parser = vocab::<ClaimKind>())]
    pub kind: Option<ClaimKind>,
    #[arg(long, value_parser = vocab::<Confidence>())]
    pub confidence: Option<Confidence>,
    /// A verdict, or "none" to clear it
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

// ---------------------------------------------------------------------------------------------
// source

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

// ---------------------------------------------------------------------------------------------
// attribution, corroboration, notes

#[derive(Debug, Args)]
pub struct AttributeArgs {
    /// The claim's id
    pub claim: i64,
    /// The source's id, name or alias (created as kind unknown if new)
    pub source: String,
    /// The cue, e.g. said, told, according to
    #[arg(long)]
    pub cue: Option<String>,
    /// How the claim is tied to the source
    #[arg(long, value_parser = vocab::<Relation>())]
    pub relation: Option<Relation>,
    /// The upstream the source relays (X according to Y)
    #[arg(long, value_name = "SOURCE")]
    pub via: Option<String>,
    /// Kind of the source if it has to be created [default: unknown]
    #[arg(long, value_name = "KIND", value_parser = vocab::<SourceKind>())]
    pub source_kind: Option<SourceKind>,
}

#[derive(Debug, Args)]
pub struct UnattributeArgs {
    /// The claim's id
    pub claim: i64,
    /// The source's id, name or alias
    pub source: String,
}

#[derive(Debug, Args)]
#[command(group(clap::ArgGroup::new("by").required(true).args(["source", "url", "claim_id"])))]
pub struct CorroborateArgs {
    /// The claim's id
    pub claim: i64,
    /// Corroborated by this source (id, name or alias)
    #[arg(long, value_name = "SOURCE")]
    pub source: Option<String>,
    /// Corroborated by this URL
    #[arg(long)]
    pub url: Option<String>,
    /// Corroborated by another claim
    #[arg(long = "claim", value_name = "ID")]
    pub claim_id: Option<i64>,
    /// Whether it supports or contradicts the claim
    #[arg(long, default_value = "supports", value_parser = vocab::<Stance>())]
    pub stance: Stance,
    /// It shares an upstream with the claim's sources
    #[arg(long)]
    pub not_independent: bool,
    /// A note on the corroboration
    #[arg(long)]
    pub note: Option<String>,
}

#[derive(Debug, Args)]
pub struct NoteArgs {
    /// The claim's id
    pub claim: i64,
    /// The note
    #[arg(allow_hyphen_values = true)]
    pub text: String,
}

// ---------------------------------------------------------------------------------------------
// history, export, import

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

// ---------------------------------------------------------------------------------------------
// value parsing for the vocabularies

/// A vocabulary: its values and their text form; lets clap list them in `--help`.
pub trait Vocabulary: std::str::FromStr + Clone + Send + Sync + 'static {
    fn values() -> Vec<&'static str>;
}

macro_rules! vocabulary_values {
    ($($t:ty),+) => {$(
        impl Vocabulary for $t {
            fn values() -> Vec<&'static str> {
                <$t>::ALL.iter().map(|v| v.as_str()).collect()
            }
        }
    )+};
}
vocabulary_values!(
    ClaimKind, Confidence, Flag, Level, Origin, Relation, SourceKind, Stance, Verdict
);

impl Vocabulary for Format {
    fn values() -> Vec<&'static str> {
        Format::ALL.iter().map(|v| v.as_str()).collect()
    }
}

/// Parses a vocabulary value with its own `FromStr` (case-insensitive, `_` = `-`), so an unknown
/// value is a usage error whose message lists the allowed values.
#[derive(Clone)]
pub struct VocabParser<T>(PhantomData<T>);

pub fn vocab<T: Vocabulary>() -> VocabParser<T> {
    VocabParser(PhantomData)
}

impl<T> TypedValueParser for VocabParser<T>
where
    T: Vocabulary,
    T::Err: std::fmt::Display,
{
    type Value = T;

    fn parse_ref(
        &self,
        cmd: &clap::Command,
        arg: Option<&clap::Arg>,
        value: &OsStr,
    ) -> Result<T, clap::Error> {
        let text = value.to_string_lossy();
        text.parse::<T>().map_err(|e| {
            let name = arg
                .map(|a| a.to_string())
                .unwrap_or_else(|| "value".to_string());
            clap::Error::raw(
                clap::error::ErrorKind::InvalidValue,
                format!("invalid value for {name}: {e}\n"),
            )
            .with_cmd(cmd)
        })
    }

    fn possible_values(&self) -> Option<Box<dyn Iterator<Item = PossibleValue> + '_>> {
        Some(Box::new(T::values().into_iter().map(PossibleValue::new)))
    }
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
