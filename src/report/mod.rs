//! Reports built on the store's rows: where an article's sourcing is thin.
//!
//! A [`SourcingSummary`] counts one or more articles' claims by level and flag and ranks the
//! sources by the share of claims they carry. Thinness is decided by the sourcing rules
//! ([`Assessment::is_thin`]), never re-implemented here.

use std::collections::BTreeMap;

use serde::Serialize;

use crate::model::ClaimRow;
use crate::sourcing::Assessment;
use crate::vocab::{Flag, Level, SourceKind};

/// How the sourcing of a set of claims breaks down.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SourcingSummary {
    /// Claims with a level (records such as "declined to comment" are not claims).
    pub claims: usize,
    /// `no_comment` and `source_description` records.
    pub records: usize,
    /// Claims that are thin by DESIGN.md's definition.
    pub thin: usize,
    /// Claims per level, in the vocabulary's order; levels with no claims are left out.
    pub levels: Vec<LevelCount>,
    /// Claims raising each flag, in the vocabulary's order; flags never raised are left out.
    pub flags: Vec<FlagCount>,
    /// Sources by the number of claims they carry, most first.
    pub sources: Vec<SourceShare>,
}

/// The number of claims at one level.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct LevelCount {
    pub level: Level,
    pub claims: usize,
}

/// The number of claims raising one flag.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct FlagCount {
    pub flag: Flag,
    pub claims: usize,
}

/// How much of the story one source carries.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SourceShare {
    pub name: String,
    pub kind: SourceKind,
    /// Claims attributed to it.
    pub claims: usize,
    /// Those claims as a share of all claims (0 to 1).
    pub share: f64,
    /// Claims that rest on it alone.
    pub sole_source: usize,
}

/// Summarises the sourcing of `rows` (claims of one or more articles).
pub fn summarize(rows: &[ClaimRow]) -> SourcingSummary {
    let claims: Vec<&ClaimRow> = rows.iter().filter(|r| !r.kind.is_record()).collect();
    let mut levels: BTreeMap<Level, usize> = BTreeMap::new();
    let mut flags: BTreeMap<Flag, usize> = BTreeMap::new();
    let mut sources: BTreeMap<String, SourceShare> = BTreeMap::new();
    let mut thin = 0;
    for row in &claims {
        if let Some(level) = row.level {
            *levels.entry(level).or_default() += 1;
        }
        for flag in &row.flags {
            *flags.entry(*flag).or_default() += 1;
        }
        let assessment = Assessment {
            level: row.level,
            flags: row.flags.iter().copied().collect(),
        };
        if assessment.is_thin() {
            thin += 1;
        }
        let mut names: Vec<&str> = row.sources.iter().map(|s| s.name.as_str()).collect();
        names.sort_unstable_by_key(|n| n.to_lowercase());
        names.dedup_by_key(|n| n.to_lowercase());
        for source in &row.sources {
            let key = source.name.to_lowercase();
            if sources.contains_key(&key) {
                continue;
            }
            sources.insert(
                key,
                SourceShare {
                    name: source.name.clone(),
                    kind: source.kind,
                    claims: 0,
                    share: 0.0,
                    sole_source: 0,
                },
            );
        }
        for name in &names {
            let entry = sources
                .get_mut(&name.to_lowercase())
                .expect("inserted above");
            entry.claims += 1;
            if names.len() == 1 {
                entry.sole_source += 1;
            }
        }
    }
    let total = claims.len();
    let mut sources: Vec<SourceShare> = sources
        .into_values()
        .map(|mut s| {
            s.share = if total == 0 {
                0.0
            } else {
                s.claims as f64 / total as f64
            };
            s
        })
        .collect();
    sources.sort_by(|a, b| b.claims.cmp(&a.claims).then_with(|| a.name.cmp(&b.name)));
    SourcingSummary {
        claims: total,
        records: rows.len() - total,
        thin,
        levels: levels
            .into_iter()
            .map(|(level, claims)| LevelCount { level, claims })
            .collect(),
        flags: flags
            .into_iter()
            .map(|(flag, claims)| FlagCount { flag, claims })
            .collect(),
        sources,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::ClaimSource;
    use crate::vocab::{ClaimKind, Confidence};

    fn row(
        id: i64,
        kind: ClaimKind,
        level: Option<Level>,
        flags: &[Flag],
        sources: &[(&str, SourceKind)],
    ) -> ClaimRow {
        ClaimRow {
            id,
            article_id: 1,
            article_title: None,
            article_url: None,
            text: format!("claim {id}"),
            start: None,
            end: None,
            kind,
            confidence: Confidence::Unknown,
            verdict: None,
            level,
            flags: flags.to_vec(),
            sources: sources
                .iter()
                .map(|(name, kind)| ClaimSource {
                    name: name.to_string(),
                    kind: *kind,
                    cue: None,
                })
                .collect(),
            corroborations: 0,
            notes: 0,
        }
    }

    #[test]
    fn counts_levels_flags_and_thin_claims_but_not_records() {
        let rows = vec![
            row(
                1,
                ClaimKind::Event,
                Some(Level::Unsourced),
                &[Flag::Unsourced],
                &[],
            ),
            row(
                2,
                ClaimKind::Event,
                Some(Level::AnonymousOnly),
                &[Flag::AnonymousOnly, Flag::SingleAnonymous],
                &[("an intelligence source", SourceKind::Anonymous)],
            ),
            row(
                3,
                ClaimKind::Event,
                Some(Level::SingleSource),
                &[Flag::Contested],
                &[("Reuters", SourceKind::Media)],
            ),
            row(4, ClaimKind::NoComment, None, &[], &[]),
        ];
        let summary = summarize(&rows);
        assert_eq!(summary.claims, 3);
        assert_eq!(summary.records, 1);
        // A CONTESTED flag alone does not make a claim thin.
        assert_eq!(summary.thin, 2);
        assert_eq!(
            summary.levels,
            vec![
                LevelCount {
                    level: Level::Unsourced,
                    claims: 1
                },
                LevelCount {
                    level: Level::AnonymousOnly,
                    claims: 1
                },
                LevelCount {
                    level: Level::SingleSource,
                    claims: 1
                },
            ]
        );
        assert_eq!(summary.flags.len(), 4);
    }

    #[test]
    fn ranks_sources_by_the_claims_they_carry() {
        let anon = ("an intelligence source", SourceKind::Anonymous);
        let person = ("Laurent Nunez", SourceKind::Person);
        let rows = vec![
            row(
                1,
                ClaimKind::Event,
                Some(Level::AnonymousOnly),
                &[],
                &[anon],
            ),
            row(
                2,
                ClaimKind::Event,
                Some(Level::AnonymousOnly),
                &[],
                &[anon],
            ),
            row(
                3,
                ClaimKind::Event,
                Some(Level::SingleSource),
                &[],
                &[anon, person],
            ),
            row(4, ClaimKind::Event, Some(Level::Unsourced), &[], &[]),
        ];
        let summary = summarize(&rows);
        assert_eq!(summary.sources[0].name, "an intelligence source");
        assert_eq!(summary.sources[0].claims, 3);
        assert_eq!(summary.sources[0].sole_source, 2);
        assert!((summary.sources[0].share - 0.75).abs() < 1e-9);
        assert_eq!(summary.sources[1].name, "Laurent Nunez");
        assert_eq!(summary.sources[1].sole_source, 0);
    }
}
