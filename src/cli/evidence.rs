//! Arguments of `attribute`, `unattribute`, `corroborate` and `note`: what ties a claim to its
//! sources and evidence.

use clap::Args;

use super::vocab;
use crate::vocab::{Relation, SourceKind, Stance};

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
