//! The one definition of sourcing levels and thin-sourcing flags (DESIGN.md, "Sourcing levels
//! and thin-sourcing flags"): a pure function from what is known of a claim, its attributions and
//! its corroborations to a level and a set of flags.
//!
//! The extractor calls it for its output and the store calls it whenever a claim, an attribution
//! or a corroboration changes; nothing else re-implements these rules (SQL filters on the stored
//! result).

use std::collections::BTreeSet;

use serde::Serialize;

use crate::vocab::{ClaimKind, Flag, Level, SourceKind, Stance};

/// Identifies a source within one assessment: a database id, or an index in an extraction.
pub type SourceKey = i64;

/// What the rules need to know about the claim itself.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ClaimFacts {
    pub kind: ClaimKind,
    /// True for the article's first claim (by position), which the lede rule looks at.
    pub is_lede: bool,
}

/// One attribution of the claim: the source behind it, as seen from this claim.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SourceFacts {
    pub key: SourceKey,
    pub kind: SourceKind,
    /// The upstream this source relays ("X, citing Y" → Y), if any.
    pub via: Option<SourceKey>,
    /// The mention as written is plural ("sources said", "officials").
    pub plural_mention: bool,
    /// The mention counts two or more people ("two people familiar with the talks").
    pub counted_several: bool,
    /// The same source is referred to in the singular elsewhere ("the source said"), which shows
    /// that a plural mention stood for one person.
    pub singular_elsewhere: bool,
    /// The text gives the source's position or access ("an intelligence source", "people
    /// familiar with the matter"), not just "a source".
    pub described: bool,
}

/// One corroboration of the claim.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CorroborationFacts {
    pub stance: Stance,
    /// The fact-checker's judgement that it is independent of the claim's sources.
    pub independent: bool,
    /// The corroborating source, when the corroboration is by a source.
    pub source: Option<CorroboratingSource>,
}

/// A source that corroborates a claim, with what independence needs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CorroboratingSource {
    pub key: SourceKey,
    pub kind: SourceKind,
    pub via: Option<SourceKey>,
}

/// A claim's sourcing: a level (none for records) and the flags it raises, in a stable order.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize)]
pub struct Assessment {
    pub level: Option<Level>,
    pub flags: BTreeSet<Flag>,
}

impl Assessment {
    /// Thin: unsourced or anonymous-only, or any flag other than `CONTESTED`.
    pub fn is_thin(&self) -> bool {
        matches!(self.level, Some(Level::Unsourced | Level::AnonymousOnly))
            || self.flags.iter().any(|f| *f != Flag::Contested)
    }
}

/// The distinct keys, sorted: a claim has a handful of sources at most, for which a sorted
/// list is cheaper to build than a tree set.
fn key_set(keys: impl Iterator<Item = SourceKey>) -> Vec<SourceKey> {
    let mut set: Vec<SourceKey> = keys.collect();
    set.sort_unstable();
    set.dedup();
    set
}

/// The upstream a source shares with others: what it is `via`, else itself.
fn upstream(key: SourceKey, via: Option<SourceKey>) -> SourceKey {
    via.unwrap_or(key)
}

/// Which claim is the lede that `ANONYMOUS_LEDE` judges: the first that is no record and
/// starts at `body_start` or later (past a headline), else the first that is no record (a
/// claim added by hand has no start). `claims` gives each claim's kind and start, in article
/// order; the answer is a position in it.
pub fn lede_position(
    claims: impl Iterator<Item = (ClaimKind, Option<usize>)> + Clone,
    body_start: usize,
) -> Option<usize> {
    claims
        .clone()
        .position(|(kind, start)| !kind.is_record() && start.is_some_and(|s| s >= body_start))
        .or_else(|| claims.into_iter().position(|(kind, _)| !kind.is_record()))
}

/// Applies DESIGN.md's rules to one claim.
pub fn assess(
    claim: ClaimFacts,
    sources: &[SourceFacts],
    corroborations: &[CorroborationFacts],
) -> Assessment {
    if claim.kind.is_record() {
        return Assessment::default();
    }

    // The same source attributed twice (two cues) is still one source.
    let mut distinct: Vec<&SourceFacts> = Vec::new();
    for source in sources {
        if !distinct.iter().any(|s| s.key == source.key) {
            distinct.push(source);
        }
    }
    let named: Vec<&SourceFacts> = distinct
        .iter()
        .copied()
        .filter(|s| s.kind.is_named())
        .collect();
    let named_upstreams = key_set(named.iter().map(|s| upstream(s.key, s.via)));
    let all_upstreams = key_set(
        distinct
            .iter()
            .map(|s| upstream(s.key, s.via))
            .chain(distinct.iter().map(|s| s.key)),
    );

    let mut flags = BTreeSet::new();
    let mut independent_support = false;
    for c in corroborations {
        match c.stance {
            Stance::Contradicts => {
                flags.insert(Flag::Contested);
            }
            Stance::Supports => {
                let shares_upstream = c.source.is_some_and(|s| {
                    all_upstreams.contains(&upstream(s.key, s.via))
                        || all_upstreams.contains(&s.key)
                });
                let anonymous = c.source.is_some_and(|s| !s.kind.is_named());
                if !c.independent || shares_upstream {
                    flags.insert(Flag::NotIndependent);
                } else if !anonymous {
                    independent_support = true;
                }
            }
        }
    }
    if named.len() > named_upstreams.len() {
        flags.insert(Flag::NotIndependent);
    }

    let level = if distinct.is_empty() {
        Level::Unsourced
    } else if named.is_empty() {
        Level::AnonymousOnly
    } else if named_upstreams.len() >= 2 || independent_support {
        Level::Corroborated
    } else {
        Level::SingleSource
    };

    match level {
        Level::Unsourced => {
            flags.insert(Flag::Unsourced);
        }
        Level::AnonymousOnly => {
            flags.insert(Flag::AnonymousOnly);
            if claim.is_lede {
                flags.insert(Flag::AnonymousLede);
            }
        }
        _ => {}
    }
    // "two people familiar with the talks" are several sources by the text's own count
    // (bare "sources" may be one), unless the text shows they were one (PLURAL_FROM_ONE)
    let one_person = |s: &SourceFacts| !s.counted_several || s.singular_elsewhere;
    if distinct.len() == 1 && distinct[0].kind == SourceKind::Anonymous && one_person(distinct[0]) {
        flags.insert(Flag::SingleAnonymous);
    }
    for s in &distinct {
        // Only an unnamed mention can pass one person off as several: "Sanders" or "the
        // Teamsters" end in -s without being "sources".
        if !s.kind.is_named() && s.plural_mention && s.singular_elsewhere {
            flags.insert(Flag::PluralFromOne);
        }
        if s.kind == SourceKind::Anonymous && !s.described {
            flags.insert(Flag::BareAnonymous);
        }
        if !s.kind.is_named() && claim.kind == ClaimKind::Assessment {
            flags.insert(Flag::AnonymousOpinion);
        }
    }
    if claim.kind == ClaimKind::Statistic && level != Level::Corroborated {
        flags.insert(Flag::UncheckedStatistic);
    }

    Assessment {
        level: Some(level),
        flags,
    }
}

mod mentions;
#[cfg(test)]
mod tests;

pub use mentions::{
    counts_several, describes_position, is_plural_mention, mention_head, source_described,
};
