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

/// The upstream a source shares with others: what it is `via`, else itself.
fn upstream(key: SourceKey, via: Option<SourceKey>) -> SourceKey {
    via.unwrap_or(key)
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
    let named_upstreams: BTreeSet<SourceKey> =
        named.iter().map(|s| upstream(s.key, s.via)).collect();
    let all_upstreams: BTreeSet<SourceKey> = distinct
        .iter()
        .map(|s| upstream(s.key, s.via))
        .chain(distinct.iter().map(|s| s.key))
        .collect();

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
    if distinct.len() == 1 && distinct[0].kind == SourceKind::Anonymous {
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

/// Words that name a source without saying who or what it is: "a source", "sources", "people".
const BARE_SOURCE_WORDS: &[&str] = &[
    "source",
    "sources",
    "person",
    "people",
    "someone",
    "somebody",
    "insider",
    "insiders",
    "individual",
    "individuals",
    "contact",
    "contacts",
];

/// Determiners and quantifiers that add nothing about a source's position.
const EMPTY_WORDS: &[&str] = &[
    "a", "an", "the", "one", "two", "three", "several", "some", "many", "multiple", "other",
    "another", "these", "those", "this", "that", "such", "more", "than", "dozen", "few", "few",
    "said", "who", "which",
];

/// Whether an anonymous mention (or the role recorded for it) tells the reader the source's
/// position or access: "an intelligence source" does, "a source" and "sources" do not.
pub fn describes_position(mention: &str, role: Option<&str>) -> bool {
    if role.is_some_and(|r| !r.trim().is_empty()) {
        return true;
    }
    mention
        .split(|c: char| !c.is_alphanumeric() && c != '\'')
        .filter(|w| !w.is_empty())
        .map(|w| w.to_lowercase())
        .any(|w| {
            !BARE_SOURCE_WORDS.contains(&w.as_str())
                && !EMPTY_WORDS.contains(&w.as_str())
                && !w.chars().all(|c| c.is_ascii_digit())
        })
}

/// Whether the text describes an anonymous source's position anywhere: in the mention here
/// ("the source" says nothing), in the source's name after coreference ("an intelligence
/// source", which that mention refers back to), or in its recorded role.
pub fn source_described(name: &str, mention: &str, role: Option<&str>) -> bool {
    describes_position(name, role) || describes_position(mention, None)
}

/// Words that end a source mention's head noun phrase: what follows them describes the source
/// ("officials *familiar with* the talks", "a report *released* Monday").
const HEAD_ENDERS: &[&str] = &[
    "who",
    "with",
    "familiar",
    "close",
    "of",
    "in",
    "at",
    "from",
    "for",
    "on",
    "by",
    "that",
    "knowledgeable",
    "briefed",
    "involved",
    "speaking",
    "whose",
    "which",
    "released",
    "published",
    "commissioned",
    "conducted",
    "issued",
    "obtained",
    "filed",
    "prepared",
];

/// The head noun of a source mention, lower-cased: its last word before a post-modifier
/// ("officials" in "senior officials familiar with the matter"), without a possessive 's.
pub fn mention_head(mention: &str) -> String {
    let lower = mention.to_lowercase();
    let mut head = "";
    for word in lower
        .split_whitespace()
        .map(|w| w.trim_matches(|c: char| matches!(c, ',' | ';' | ':' | '“' | '”' | '"')))
        .filter(|w| !w.is_empty())
    {
        if HEAD_ENDERS.contains(&word) {
            break;
        }
        head = word;
    }
    head.trim_end_matches("'s")
        .trim_end_matches('’')
        .to_string()
}

/// Whether a source mention is grammatically plural ("sources", "officials", "people familiar
/// with the matter"), judged from the head noun of the part before any comma.
pub fn is_plural_mention(mention: &str) -> bool {
    let before_comma = mention.split(',').next().unwrap_or("");
    let head = mention_head(before_comma);
    let head = head.trim_matches(|c: char| !c.is_alphanumeric());
    if matches!(
        head,
        "people" | "police" | "they" | "them" | "authorities" | "staff" | "personnel"
    ) {
        return true;
    }
    head.len() > 3
        && head.ends_with('s')
        && !head.ends_with("ss")
        && !head.ends_with("us")
        && !head.ends_with("is")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn claim(kind: ClaimKind) -> ClaimFacts {
        ClaimFacts {
            kind,
            is_lede: false,
        }
    }

    fn source(key: SourceKey, kind: SourceKind) -> SourceFacts {
        SourceFacts {
            key,
            kind,
            via: None,
            plural_mention: false,
            singular_elsewhere: false,
            described: true,
        }
    }

    fn support(independent: bool, by: Option<CorroboratingSource>) -> CorroborationFacts {
        CorroborationFacts {
            stance: Stance::Supports,
            independent,
            source: by,
        }
    }

    fn flags(a: &Assessment) -> Vec<Flag> {
        a.flags.iter().copied().collect()
    }

    #[test]
    fn no_sources_is_unsourced() {
        let a = assess(claim(ClaimKind::Event), &[], &[]);
        assert_eq!(a.level, Some(Level::Unsourced));
        assert_eq!(flags(&a), vec![Flag::Unsourced]);
        assert!(a.is_thin());
    }

    #[test]
    fn only_anonymous_or_unnamed_sources_is_anonymous_only() {
        let a = assess(
            claim(ClaimKind::Event),
            &[
                source(1, SourceKind::Anonymous),
                source(2, SourceKind::UnnamedGroup),
            ],
            &[],
        );
        assert_eq!(a.level, Some(Level::AnonymousOnly));
        assert_eq!(flags(&a), vec![Flag::AnonymousOnly]);
    }

    #[test]
    fn one_named_source_is_single_source_and_not_thin() {
        let a = assess(
            claim(ClaimKind::Event),
            &[source(1, SourceKind::Person)],
            &[],
        );
        assert_eq!(a.level, Some(Level::SingleSource));
        assert!(a.flags.is_empty());
        assert!(!a.is_thin());
    }

    #[test]
    fn unknown_and_document_sources_count_as_named() {
        let a = assess(
            claim(ClaimKind::Event),
            &[
                source(1, SourceKind::Unknown),
                source(2, SourceKind::Document),
            ],
            &[],
        );
        assert_eq!(a.level, Some(Level::Corroborated));
    }

    #[test]
    fn two_independent_named_sources_corroborate() {
        let a = assess(
            claim(ClaimKind::Event),
            &[source(1, SourceKind::Person), source(2, SourceKind::Media)],
            &[],
        );
        assert_eq!(a.level, Some(Level::Corroborated));
        assert!(a.flags.is_empty());
    }

    #[test]
    fn two_named_sources_sharing_an_upstream_count_once() {
        let mut relay = source(2, SourceKind::Media);
        relay.via = Some(1);
        let a = assess(
            claim(ClaimKind::Event),
            &[source(1, SourceKind::Media), relay],
            &[],
        );
        assert_eq!(a.level, Some(Level::SingleSource));
        assert_eq!(flags(&a), vec![Flag::NotIndependent]);
    }

    #[test]
    fn two_sources_via_the_same_third_count_once() {
        let mut a1 = source(1, SourceKind::Media);
        a1.via = Some(9);
        let mut a2 = source(2, SourceKind::Media);
        a2.via = Some(9);
        let a = assess(claim(ClaimKind::Event), &[a1, a2], &[]);
        assert_eq!(a.level, Some(Level::SingleSource));
        assert!(a.flags.contains(&Flag::NotIndependent));
    }

    #[test]
    fn the_same_source_attributed_twice_is_one_source() {
        let a = assess(
            claim(ClaimKind::Event),
            &[source(1, SourceKind::Person), source(1, SourceKind::Person)],
            &[],
        );
        assert_eq!(a.level, Some(Level::SingleSource));
        assert!(a.flags.is_empty());
    }

    #[test]
    fn independent_supporting_corroboration_lifts_a_single_source() {
        let a = assess(
            claim(ClaimKind::Event),
            &[source(1, SourceKind::Person)],
            &[support(true, None)],
        );
        assert_eq!(a.level, Some(Level::Corroborated));
    }

    #[test]
    fn corroboration_marked_not_independent_does_not_lift_and_is_flagged() {
        let a = assess(
            claim(ClaimKind::Event),
            &[source(1, SourceKind::Person)],
            &[support(false, None)],
        );
        assert_eq!(a.level, Some(Level::SingleSource));
        assert_eq!(flags(&a), vec![Flag::NotIndependent]);
    }

    #[test]
    fn corroborating_source_sharing_an_upstream_is_not_independent() {
        let mut s = source(1, SourceKind::Media);
        s.via = Some(7);
        let by = CorroboratingSource {
            key: 8,
            kind: SourceKind::Media,
            via: Some(7),
        };
        let a = assess(claim(ClaimKind::Event), &[s], &[support(true, Some(by))]);
        assert_eq!(a.level, Some(Level::SingleSource));
        assert!(a.flags.contains(&Flag::NotIndependent));
    }

    #[test]
    fn corroboration_does_not_lift_an_anonymous_only_claim() {
        let a = assess(
            claim(ClaimKind::Event),
            &[source(1, SourceKind::Anonymous)],
            &[support(true, None)],
        );
        assert_eq!(a.level, Some(Level::AnonymousOnly));
    }

    #[test]
    fn contradicting_corroboration_is_contested_but_not_thin() {
        let a = assess(
            claim(ClaimKind::Event),
            &[source(1, SourceKind::Person), source(2, SourceKind::Person)],
            &[CorroborationFacts {
                stance: Stance::Contradicts,
                independent: true,
                source: None,
            }],
        );
        assert_eq!(flags(&a), vec![Flag::Contested]);
        assert!(!a.is_thin());
    }

    #[test]
    fn exactly_one_anonymous_source_is_single_anonymous() {
        let a = assess(
            claim(ClaimKind::Event),
            &[source(1, SourceKind::Anonymous)],
            &[],
        );
        assert!(a.flags.contains(&Flag::SingleAnonymous));
        let group = assess(
            claim(ClaimKind::Event),
            &[source(1, SourceKind::UnnamedGroup)],
            &[],
        );
        assert!(!group.flags.contains(&Flag::SingleAnonymous));
    }

    #[test]
    fn plural_mention_of_one_source_is_flagged() {
        let mut s = source(1, SourceKind::Anonymous);
        s.plural_mention = true;
        s.singular_elsewhere = true;
        let a = assess(claim(ClaimKind::Event), &[s.clone()], &[]);
        assert!(a.flags.contains(&Flag::PluralFromOne));
        s.singular_elsewhere = false;
        let b = assess(claim(ClaimKind::Event), &[s], &[]);
        assert!(!b.flags.contains(&Flag::PluralFromOne));
    }

    #[test]
    fn a_named_source_is_never_plural_from_one() {
        let mut s = source(1, SourceKind::Person);
        s.plural_mention = true;
        s.singular_elsewhere = true;
        let a = assess(claim(ClaimKind::Event), &[s], &[]);
        assert!(!a.flags.contains(&Flag::PluralFromOne));
    }

    #[test]
    fn anonymous_assessment_is_anonymous_opinion() {
        let a = assess(
            claim(ClaimKind::Assessment),
            &[source(1, SourceKind::UnnamedGroup)],
            &[],
        );
        assert!(a.flags.contains(&Flag::AnonymousOpinion));
        let named = assess(
            claim(ClaimKind::Assessment),
            &[source(1, SourceKind::Person)],
            &[],
        );
        assert!(!named.flags.contains(&Flag::AnonymousOpinion));
    }

    #[test]
    fn undescribed_anonymous_source_is_bare() {
        let mut s = source(1, SourceKind::Anonymous);
        s.described = false;
        let a = assess(claim(ClaimKind::Event), &[s], &[]);
        assert!(a.flags.contains(&Flag::BareAnonymous));
    }

    #[test]
    fn anonymous_first_claim_is_anonymous_lede() {
        let facts = ClaimFacts {
            kind: ClaimKind::Event,
            is_lede: true,
        };
        let a = assess(facts, &[source(1, SourceKind::Anonymous)], &[]);
        assert!(a.flags.contains(&Flag::AnonymousLede));
        let named = assess(facts, &[source(1, SourceKind::Official)], &[]);
        assert!(!named.flags.contains(&Flag::AnonymousLede));
    }

    #[test]
    fn statistic_short_of_corroborated_is_unchecked() {
        for sources in [vec![], vec![source(1, SourceKind::Person)]] {
            let a = assess(claim(ClaimKind::Statistic), &sources, &[]);
            assert!(a.flags.contains(&Flag::UncheckedStatistic));
        }
        let a = assess(
            claim(ClaimKind::Statistic),
            &[
                source(1, SourceKind::Person),
                source(2, SourceKind::Document),
            ],
            &[],
        );
        assert!(!a.flags.contains(&Flag::UncheckedStatistic));
    }

    #[test]
    fn records_have_no_level_and_no_flags() {
        for kind in [ClaimKind::NoComment, ClaimKind::SourceDescription] {
            let a = assess(claim(kind), &[], &[]);
            assert_eq!(a, Assessment::default());
            assert!(!a.is_thin());
        }
    }

    #[test]
    fn position_is_described_beyond_bare_words() {
        assert!(!describes_position("a source", None));
        assert!(!describes_position("sources", None));
        assert!(!describes_position("two people", None));
        assert!(describes_position("an intelligence source", None));
        assert!(describes_position("people familiar with the matter", None));
        assert!(describes_position("a source", Some("diplomat")));
    }

    #[test]
    fn a_bare_mention_of_a_described_source_is_described() {
        assert!(source_described(
            "an intelligence source",
            "the source",
            None
        ));
        assert!(!source_described("a source", "the source", None));
    }

    #[test]
    fn plural_mentions_are_recognised() {
        assert!(is_plural_mention("Intelligence sources"));
        assert!(is_plural_mention("people familiar with the matter"));
        assert!(is_plural_mention(
            "officials who spoke on condition of anonymity"
        ));
        assert!(!is_plural_mention("an intelligence source"));
        assert!(!is_plural_mention("the source"));
        assert!(!is_plural_mention("the Interior Ministry"));
        assert!(!is_plural_mention("Laurent Nunez"));
        assert!(!is_plural_mention("Nunez's"));
        assert!(is_plural_mention("officials involved in the talks"));
    }

    #[test]
    fn the_head_is_the_last_word_before_a_post_modifier() {
        assert_eq!(
            mention_head("senior officials familiar with the matter"),
            "officials"
        );
        assert_eq!(mention_head("a report released Monday"), "report");
        assert_eq!(mention_head("the ministry's"), "ministry");
    }
}
