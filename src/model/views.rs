//! Joined views for listings and detail pages: summaries, a claim with everything about it, a
//! claim row for tables and CSV, and the "name (kind, cue)" label of a claim's source.

use serde::{Deserialize, Serialize};

use super::{Attribution, Claim, Corroboration, Event, Note, Source};
use crate::vocab::{ClaimKind, Confidence, Flag, Level, SourceKind, Verdict};

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

#[cfg(test)]
mod tests {
    use super::super::SourceSpec;
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
