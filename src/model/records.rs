//! The stored records: articles, sources, claims, attributions, corroborations, notes and audit
//! events, as the store reads them.

use serde::{Deserialize, Serialize};

use crate::vocab::{
    ClaimKind, Confidence, Flag, Level, Origin, Relation, SourceKind, Stance, Verdict,
};

use super::{CorroborationBy, SourceRef};

/// A piece of a discontinuous claim, in code points.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Fragment {
    pub start: usize,
    pub end: usize,
}

/// A stored article.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Article {
    pub id: i64,
    pub title: Option<String>,
    pub url: Option<String>,
    pub outlet: Option<String>,
    pub published_at: Option<String>,
    pub language: Option<String>,
    pub translated_from: Option<String>,
    pub relayed_from: Option<String>,
    pub dateline: Option<String>,
    pub sha256: String,
    pub ingested_at: String,
    /// The text; `articles()` leaves it out (None) to keep listings small.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub text: Option<String>,
}

/// A stored source.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Source {
    pub id: i64,
    pub name: String,
    pub kind: SourceKind,
    pub role: Option<String>,
    pub affiliation: Option<String>,
    /// Set for article-scoped kinds (anonymous, unnamed_group, document).
    pub article_id: Option<i64>,
    pub aliases: Vec<String>,
}

/// A stored claim.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Claim {
    pub id: i64,
    pub article_id: i64,
    pub text: String,
    pub start: Option<usize>,
    pub end: Option<usize>,
    pub fragments: Option<Vec<Fragment>>,
    pub sentence: Option<i64>,
    pub kind: ClaimKind,
    pub hedged: bool,
    pub check_worthy: bool,
    pub confidence: Confidence,
    pub verdict: Option<Verdict>,
    pub origin: Origin,
    pub level: Option<Level>,
    pub flags: Vec<Flag>,
    pub thin: bool,
    pub created_at: String,
    pub created_by: String,
    pub updated_at: String,
    pub updated_by: String,
}

/// A stored attribution, with its source's name and kind.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Attribution {
    pub id: i64,
    pub claim_id: i64,
    pub source_id: i64,
    pub source_name: String,
    pub source_kind: SourceKind,
    pub cue: Option<String>,
    pub mention: Option<String>,
    pub mention_start: Option<usize>,
    pub mention_end: Option<usize>,
    pub relation: Option<Relation>,
    pub via_source_id: Option<i64>,
    pub via_name: Option<String>,
}

/// How a write names what corroborates.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CorroboratedBy {
    Source(SourceRef),
    Url(String),
    Claim(i64),
}

/// A stored corroboration.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Corroboration {
    pub id: i64,
    pub claim_id: i64,
    pub stance: Stance,
    pub by: CorroborationBy,
    /// A readable label of `by`: the source's name, the URL, or "claim N".
    pub by_label: String,
    pub independent: bool,
    pub note: Option<String>,
    pub at: String,
    pub actor: String,
}

/// A stored note.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Note {
    pub id: i64,
    pub claim_id: i64,
    pub body: String,
    pub author: String,
    pub at: String,
}

/// One row of the audit log.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Event {
    pub id: i64,
    pub at: String,
    pub actor: String,
    pub table: String,
    pub row_id: i64,
    pub action: String,
    pub article_id: Option<i64>,
    pub claim_id: Option<i64>,
    pub source_id: Option<i64>,
    pub before: Option<serde_json::Value>,
    pub after: Option<serde_json::Value>,
}
