//! The records the store reads and writes: articles, sources, claims, attributions,
//! corroborations, notes and audit events, plus the inputs and filters of the store's methods.
//! Everything serialises with serde so the CLI can print it as JSON.
//!
//! Offsets (`start`/`end`) are Unicode code-point indices into the article text, end exclusive.

use serde::{Deserialize, Serialize};

use crate::vocab::{
    ClaimKind, Confidence, Flag, Level, Origin, Relation, SourceKind, Stance, Verdict,
};

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

/// An article in a listing, with how many claims it has.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ArticleSummary {
    pub id: i64,
    pub title: Option<String>,
    pub url: Option<String>,
    pub outlet: Option<String>,
    pub published_at: Option<String>,
    pub ingested_at: String,
    pub claims: i64,
    pub thin: i64,
    pub unsourced: i64,
}

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

/// A source in a listing, with its load.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SourceSummary {
    pub id: i64,
    pub name: String,
    pub kind: SourceKind,
    pub article_id: Option<i64>,
    pub aliases: Vec<String>,
    /// Claims it is attributed to.
    pub claims: i64,
    /// Articles those claims are in.
    pub articles: i64,
    /// Its claims / all claims of the articles it appears in (0 to 1).
    pub share: f64,
}

/// A source with the claims it carries.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SourceDetail {
    pub source: Source,
    pub claims: Vec<ClaimRow>,
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

/// What corroborates (or contradicts) a claim.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum CorroborationBy {
    Source(i64),
    Url(String),
    Claim(i64),
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

/// Everything `claim show` prints.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ClaimDetail {
    pub claim: Claim,
    pub article_title: Option<String>,
    pub attributions: Vec<Attribution>,
    pub corroborations: Vec<Corroboration>,
    pub notes: Vec<Note>,
    /// The latest events on the claim and its attributions, corroborations and notes, newest
    /// first.
    pub events: Vec<Event>,
}

/// A source as listed on a claim row: `name (kind, cue)`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ClaimSource {
    pub name: String,
    pub kind: SourceKind,
    pub cue: Option<String>,
}

impl ClaimSource {
    /// The export's form: `name (kind, cue)`, or `name (kind)` without a cue.
    pub fn label(&self) -> String {
        match self.cue.as_deref().filter(|c| !c.is_empty()) {
            Some(cue) => format!("{} ({}, {cue})", self.name, self.kind),
            None => format!("{} ({})", self.name, self.kind),
        }
    }

    /// The labels of a claim's sources joined with `; `, as in the CSV `sources` column.
    pub fn join(sources: &[ClaimSource]) -> String {
        sources
            .iter()
            .map(ClaimSource::label)
            .collect::<Vec<_>>()
            .join("; ")
    }
}

/// A claim as listed and exported (the CSV columns).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ClaimRow {
    pub id: i64,
    pub article_id: i64,
    pub article_title: Option<String>,
    pub article_url: Option<String>,
    pub text: String,
    pub start: Option<usize>,
    pub end: Option<usize>,
    pub kind: ClaimKind,
    pub confidence: Confidence,
    pub verdict: Option<Verdict>,
    pub level: Option<Level>,
    pub flags: Vec<Flag>,
    pub sources: Vec<ClaimSource>,
    pub corroborations: i64,
    pub notes: i64,
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn source_labels_parse_back() {
        let sources = vec![
            ClaimSource {
                name: "Interior Ministry (France)".into(),
                kind: SourceKind::Official,
                cue: Some("said".into()),
            },
            ClaimSource {
                name: "an intelligence source".into(),
                kind: SourceKind::Anonymous,
                cue: None,
            },
        ];
        let cell = ClaimSource::join(&sources);
        assert_eq!(
            cell,
            "Interior Ministry (France) (official, said); an intelligence source (anonymous)"
        );
        let parsed = SourceSpec::parse_list(&cell);
        assert_eq!(parsed[0].name, "Interior Ministry (France)");
        assert_eq!(parsed[0].kind, Some(SourceKind::Official));
        assert_eq!(parsed[0].cue.as_deref(), Some("said"));
        assert_eq!(parsed[1].kind, Some(SourceKind::Anonymous));
        assert_eq!(parsed[1].cue, None);
        let bare = SourceSpec::parse("Laurent Nunez (France)");
        assert_eq!(
            (bare.name.as_str(), bare.kind),
            ("Laurent Nunez (France)", None)
        );
        assert!(SourceSpec::parse_list(" ").is_empty());
    }
}
