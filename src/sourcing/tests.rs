//! Every level and flag, and their edges.

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
        counted_several: false,
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
fn anonymous_people_the_text_counts_are_no_single_anonymous_source() {
    // "two people familiar with the negotiations": several people by the text's own count,
    // unless it shows elsewhere that they were one ("the source said": PLURAL_FROM_ONE)
    let mut s = source(1, SourceKind::Anonymous);
    s.plural_mention = true;
    s.counted_several = true;
    let a = assess(claim(ClaimKind::Event), &[s.clone()], &[]);
    assert_eq!(a.level, Some(Level::AnonymousOnly));
    assert!(a.flags.contains(&Flag::AnonymousOnly));
    assert!(!a.flags.contains(&Flag::SingleAnonymous));
    s.singular_elsewhere = true;
    let b = assess(claim(ClaimKind::Event), &[s], &[]);
    assert!(b.flags.contains(&Flag::SingleAnonymous));
    assert!(b.flags.contains(&Flag::PluralFromOne));
}

#[test]
fn a_plural_mention_counts_its_people_only_before_its_head() {
    assert!(counts_several("two people familiar with the negotiations"));
    assert!(counts_several("more than a dozen people who know this"));
    assert!(counts_several("3 officials"));
    assert!(counts_several("twenty-three officials who attended"));
    assert!(!counts_several("sources"));
    assert!(!counts_several("people familiar with the two companies"));
    assert!(!counts_several("a source close to the two sides"));
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
    // a participle of being asked, "including", "across": post-modifiers too
    assert_eq!(
        mention_head("veterans interviewed at rallies in Ohio this week"),
        "veterans"
    );
    assert_eq!(mention_head("farmers across the state"), "farmers");
    assert_eq!(mention_head("outside experts"), "experts");
}

#[test]
fn the_lede_is_the_bodys_first_claim_past_records_and_a_headline() {
    use ClaimKind::{Event, NoComment};
    let claims = [
        (Event, Some(0)),
        (NoComment, Some(40)),
        (Event, Some(60)),
        (Event, None),
    ];
    assert_eq!(lede_position(claims.iter().copied(), 0), Some(0));
    assert_eq!(lede_position(claims.iter().copied(), 38), Some(2));
    // nothing in the body: the first claim that is no record
    assert_eq!(lede_position(claims.iter().copied(), 500), Some(0));
    assert_eq!(lede_position([(NoComment, None)].into_iter(), 0), None);
}
