//! The JSON export: the whole record, for a byte-identical round trip through `import`.

use serde::{Deserialize, Serialize};

use super::{Article, Claim, CorroborationBy, Source};
use crate::vocab::{Relation, Stance};

/// The full record of some articles, for JSON export and import. Ids and timestamps are kept.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Dump {
    pub articles: Vec<Article>,
    pub sources: Vec<Source>,
    pub claims: Vec<DumpClaim>,
}

/// A claim in a dump, with what hangs off it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DumpClaim {
    #[serde(flatten)]
    pub claim: Claim,
    pub attributions: Vec<DumpAttribution>,
    pub corroborations: Vec<DumpCorroboration>,
    pub notes: Vec<DumpNote>,
}

/// An attribution in a dump (sources by id).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DumpAttribution {
    pub id: i64,
    pub source_id: i64,
    pub cue: Option<String>,
    pub mention: Option<String>,
    pub mention_start: Option<usize>,
    pub mention_end: Option<usize>,
    pub relation: Option<Relation>,
    pub via_source_id: Option<i64>,
}

/// A corroboration in a dump.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DumpCorroboration {
    pub id: i64,
    pub stance: Stance,
    pub by: CorroborationBy,
    pub independent: bool,
    pub note: Option<String>,
    pub at: String,
    pub actor: String,
}

/// A note in a dump.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DumpNote {
    pub id: i64,
    pub body: String,
    pub author: String,
    pub at: String,
}
