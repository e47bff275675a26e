//! Documents, polls and shares of a group as speakers: "a 2019 audit found", "about three in
//! 10 said", "at least 40 percent said".

use super::*;

#[test]
fn documents_polls_and_quantified_speakers() {
    let text = "A 2019 audit commissioned by the treasury found that 40 clinics had closed.\nTwo-thirds of voters said the tax was unfair.";
    let claims = run(text);
    check_invariants(text, &claims);
    let c = claim_with(text, &claims, "40 clinics had closed");
    assert_eq!(c.sources[0].kind, SourceKind::Document);
    assert_eq!(c.kind, ClaimKind::Statistic);
    let c = claim_with(text, &claims, "the tax was unfair");
    assert!(!c.sources.is_empty());
}

#[test]
fn a_scaled_share_of_respondents_speaks() {
    let text = "About three in 10 said they would vote early.\n\
Nearly half say the economy is getting worse, the survey found.";
    let claims = run(text);
    check_invariants(text, &claims);
    let c = claim_with(text, &claims, "they would vote early");
    assert_eq!(c.sources[0].mention.of(text), "About three in 10");
    let c = claim_with(text, &claims, "the economy is getting worse");
    assert!(!c.sources.is_empty());
}

#[test]
fn a_poll_named_in_a_prepositional_phrase() {
    let text = "In a Gallup survey released Tuesday, 61 percent of adults were in debt.\n\
Support fell among retirees, in a study by the Grattan Institute.\n\
In the morning, the minister left for Brussels.";
    let claims = run(text);
    check_invariants(text, &claims);
    let c = claim_with(text, &claims, "61 percent of adults");
    assert_eq!(c.sources[0].kind, SourceKind::Document);
    assert!(!c.span.of(text).contains("Gallup"));
    let c = claim_with(text, &claims, "Support fell");
    assert_eq!(
        c.sources[0].mention.of(text),
        "a study by the Grattan Institute"
    );
    assert!(claim_with(text, &claims, "left for Brussels")
        .sources
        .is_empty());
}

#[test]
fn a_share_of_the_antecedent_speaks() {
    let text = "The levy angered dairy farmers, many of whom say the subsidy came too late.\n\
The board met 40 residents, most of whom said the road was unsafe.";
    let claims = run(text);
    check_invariants(text, &claims);
    let c = claim_with(text, &claims, "the subsidy came too late");
    assert_eq!(c.sources[0].mention.of(text), "many of whom");
    assert_eq!(c.sources[0].name, "dairy farmers");
    assert!(claim_with(text, &claims, "The levy angered")
        .sources
        .is_empty());
    let c = claim_with(text, &claims, "the road was unsafe");
    assert_eq!(c.sources[0].mention.of(text), "most of whom");
}

#[test]
fn at_least_scales_a_speaking_share() {
    let text = "At least 40 percent said they would stay home.\n\
The count is close, but at least a dozen deputies told Le Monde the bill would pass.";
    let claims = run(text);
    check_invariants(text, &claims);
    let c = claim_with(text, &claims, "they would stay home");
    assert_eq!(c.sources[0].mention.of(text), "At least 40 percent");
    let c = claim_with(text, &claims, "the bill would pass");
    assert_eq!(c.sources[0].mention.of(text), "at least a dozen deputies");
}

#[test]
fn the_group_a_share_is_taken_from_is_no_claim() {
    let text = "Among people who voted Labour in 2024, one in five said they would switch.\nOf those who backed the plan, a third said it went too far.";
    let claims = run(text);
    check_invariants(text, &claims);
    assert_eq!(claims.len(), 2, "{claims:?}");
    let c = claim_with(text, &claims, "would switch");
    assert_eq!(c.text(text), "they would switch.");
    assert_eq!(c.sources[0].mention.of(text), "one in five");
    let c = claim_with(text, &claims, "too far");
    assert_eq!(c.sources[0].mention.of(text), "a third");
}

#[test]
fn a_poll_putting_a_party_on_a_share_is_its_estimate() {
    let text = "The survey puts Labour on 27 per cent.\n\
The tariff puts pressure on 27 per cent of exporters.";
    let claims = run(text);
    check_invariants(text, &claims);
    let c = claim_with(text, &claims, "Labour on 27 per cent");
    assert_eq!(c.sources[0].mention.of(text), "The survey");
    assert_eq!(c.sources[0].kind, SourceKind::Document);
    assert!(claim_with(text, &claims, "The tariff puts pressure")
        .sources
        .is_empty());
}

#[test]
fn polling_is_a_document_however_it_is_described() {
    let text = "Polling by YouGov published on Sunday found that the plan was unpopular.\n\
Recent polling shows the senator has a narrow lead.";
    let claims = run(text);
    check_invariants(text, &claims);
    let c = claim_with(text, &claims, "the plan was unpopular");
    assert_eq!(c.sources[0].kind, SourceKind::Document);
    let c = claim_with(text, &claims, "narrow lead");
    assert_eq!(c.text(text), "the senator has a narrow lead.");
    assert_eq!(c.sources[0].kind, SourceKind::Document);
}
