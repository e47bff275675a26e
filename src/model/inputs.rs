//! What the store's methods take: new records, references to sources, filters, edits and CSV
//! updates, and what ingesting an article reports.

use serde::{Deserialize, Serialize};

use super::{Article, Fragment};
use crate::vocab::{ClaimKind, Confidence, Flag, Level, Origin, Relation, SourceKind, Verdict};

/// What `add_article` needs; everything but the text is optional.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct NewArticle {
    pub text: String,
    pub title: Option<String>,
    pub url: Option<String>,
    pub outlet: Option<String>,
    pub published_at: Option<String>,
    pub language: Option<String>,
    pub translated_from: Option<String>,
    pub relayed_from: Option<String>,
    pub dateline: Option<String>,
}

/// What `add_source` needs.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct NewSource {
    pub name: String,
    pub kind: SourceKind,
    pub role: Option<String>,
    pub affiliation: Option<String>,
    pub aliases: Vec<String>,
    /// Required for article-scoped kinds, refused for named ones.
    pub article_id: Option<i64>,
}

/// What `edit_source` changes: each field that is `Some`. A role or affiliation of `Some("")`
/// clears it.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct SourceEdit {
    pub name: Option<String>,
    pub kind: Option<SourceKind>,
    pub role: Option<String>,
    pub affiliation: Option<String>,
    /// The article a source becomes scoped to when its new kind is article-scoped and its
    /// claims do not tell which article that is.
    pub article_id: Option<i64>,
}

/// How a write names a source.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum SourceRef {
    /// By id; it must exist.
    Id(i64),
    /// By id (a number) or name or alias, case-insensitively; it must exist. Inside an article,
    /// that article's own sources come first.
    Find(String),
    /// Found as `Find` does, else created with this kind (following the identity rule) and role.
    FindOrCreate {
        name: String,
        kind: SourceKind,
        role: Option<String>,
    },
    /// Found by name or alias only (a number is a name here), else created like
    /// `FindOrCreate`: for names read from an article or a spreadsheet, never typed as ids.
    Named {
        name: String,
        kind: SourceKind,
        role: Option<String>,
    },
}

/// What `add_claim` needs. `start`/`end` are code points; use `Store::locate` to find them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct NewClaim {
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
    pub attributions: Vec<NewAttribution>,
    pub note: Option<String>,
}

impl NewClaim {
    /// A hand-typed claim with the defaults of `claim add`: kind event, check-worthy, confidence
    /// unknown, origin manual, no span, no sources.
    pub fn manual(article_id: i64, text: impl Into<String>) -> NewClaim {
        NewClaim {
            article_id,
            text: text.into(),
            start: None,
            end: None,
            fragments: None,
            sentence: None,
            kind: ClaimKind::Event,
            hedged: false,
            check_worthy: true,
            confidence: Confidence::Unknown,
            verdict: None,
            origin: Origin::Manual,
            attributions: Vec::new(),
            note: None,
        }
    }
}

/// One source of a new claim.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct NewAttribution {
    pub source: SourceRef,
    pub cue: Option<String>,
    pub mention: Option<String>,
    pub mention_start: Option<usize>,
    pub mention_end: Option<usize>,
    pub relation: Option<Relation>,
    pub via: Option<SourceRef>,
}

impl NewAttribution {
    /// An attribution with only a source and a cue.
    pub fn to(source: SourceRef, cue: Option<String>) -> NewAttribution {
        NewAttribution {
            source,
            cue,
            mention: None,
            mention_start: None,
            mention_end: None,
            relation: None,
            via: None,
        }
    }
}

/// What corroborates (or contradicts) a claim.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum CorroborationBy {
    Source(i64),
    Url(String),
    Claim(i64),
}

/// Which claims `claims` returns; every field narrows, empty means all.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ClaimFilter {
    pub article_ids: Vec<i64>,
    /// A source id or name/alias (case-insensitive); matches every source so named.
    pub source: Option<String>,
    pub kind: Option<ClaimKind>,
    pub level: Option<Level>,
    pub unsourced: bool,
    pub thin: bool,
    pub flag: Option<Flag>,
    pub confidence: Option<Confidence>,
    pub verdict: Option<Verdict>,
    pub origin: Option<Origin>,
    /// An FTS5 query over claim text.
    pub search: Option<String>,
}

/// Changes to a claim; `None` leaves a field alone.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ClaimEdit {
    pub text: Option<String>,
    pub kind: Option<ClaimKind>,
    pub confidence: Option<Confidence>,
    /// `Some(None)` clears the verdict.
    pub verdict: Option<Option<Verdict>>,
    pub check_worthy: Option<bool>,
}

/// Which events `history` returns.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct HistoryFilter {
    pub claim: Option<i64>,
    /// Events on the article and on its sources, claims, attributions, corroborations, notes.
    pub article: Option<i64>,
    pub source: Option<i64>,
    /// RFC 3339 time or date; events at or after it.
    pub since: Option<String>,
    /// At most this many, newest kept (None: all).
    pub limit: Option<usize>,
}

/// A source named in a CSV row: `name (kind, cue)`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SourceSpec {
    pub name: String,
    /// Used only when the source must be created; default `unknown`.
    pub kind: Option<SourceKind>,
    pub cue: Option<String>,
}

impl SourceSpec {
    /// Parses one `name (kind, cue)` / `name (kind)` / `name` item. A trailing parenthesis
    /// that does not start with a source kind is part of the name ("Interior Ministry (France)").
    pub fn parse(item: &str) -> SourceSpec {
        let item = item.trim();
        let plain = SourceSpec {
            name: item.to_string(),
            kind: None,
            cue: None,
        };
        let Some(open) = item.rfind(" (").filter(|_| item.ends_with(')')) else {
            return plain;
        };
        let inner = &item[open + 2..item.len() - 1];
        let (kind, cue) = match inner.split_once(',') {
            Some((kind, cue)) => (kind.trim(), Some(cue.trim())),
            None => (inner.trim(), None),
        };
        match kind.parse::<SourceKind>() {
            Ok(kind) => SourceSpec {
                name: item[..open].trim().to_string(),
                kind: Some(kind),
                cue: cue.filter(|c| !c.is_empty()).map(str::to_string),
            },
            Err(_) => plain,
        }
    }

    /// Parses the CSV `sources` column: items joined with `;` (an empty cell is no source).
    pub fn parse_list(cell: &str) -> Vec<SourceSpec> {
        cell.split(';')
            .map(str::trim)
            .filter(|item| !item.is_empty())
            .map(SourceSpec::parse)
            .collect()
    }
}

/// One CSV row to apply. `None` fields were not in the file and are left alone.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ClaimUpdate {
    /// The row's line in the file, for error messages.
    pub line: usize,
    /// The claim to update; None adds a manual claim (then `article_id` and `text` are needed).
    pub id: Option<i64>,
    pub article_id: Option<i64>,
    pub text: Option<String>,
    pub kind: Option<ClaimKind>,
    pub confidence: Option<Confidence>,
    pub verdict: Option<Option<Verdict>>,
    pub sources: Option<Vec<SourceSpec>>,
}

/// What `apply_claim_updates` did.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct UpdateSummary {
    pub updated: Vec<i64>,
    pub added: Vec<i64>,
    pub unchanged: usize,
}

/// The result of storing an article with its claims in one go.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Ingested {
    pub article: Article,
    /// False when the same text was already stored (then nothing was written).
    pub created: bool,
    pub claim_ids: Vec<i64>,
}
