//! Pleas to counted charges, deeds told with "reported" under a later "according to", a
//! source's other name, a judgement "assessed that", and hearsay with no source.

use super::*;

#[test]
fn a_plea_to_counted_charges_is_an_event_not_a_denial_voiced() {
    let text = "Morrow, 47, denies four counts of theft from an employer.\nThe driver admitted two charges of dangerous driving.\nThe senator denied the allegations.";
    let claims = run(text);
    check_invariants(text, &claims);
    let c = claim_with(text, &claims, "four counts");
    assert!(c.sources.is_empty());
    assert_eq!(
        c.text(text),
        "Morrow, 47, denies four counts of theft from an employer."
    );
    let c = claim_with(text, &claims, "two charges");
    assert!(c.sources.is_empty());
    assert!(c.text(text).starts_with("The driver admitted"));
    // a denial of allegations in general is still the senator's
    let c = claim_with(text, &claims, "the allegations");
    assert_eq!(c.sources.len(), 1);
}

#[test]
fn a_result_reported_before_according_to_is_covered_by_that_source() {
    let text = "Brightline Rail carried 9 million riders in 2023 and reported a net loss of 40 million dollars, according to its annual filing.";
    let claims = run(text);
    check_invariants(text, &claims);
    let c = claim_with(text, &claims, "a net loss");
    assert_eq!(c.sources.len(), 1);
    assert_eq!(c.sources[0].cue.as_deref(), Some("according to"));
    assert_eq!(c.sources[0].name, "its annual filing");
    assert!(c
        .text(text)
        .starts_with("Brightline Rail carried 9 million riders"));
    assert!(c.text(text).contains("reported a net loss"));
}

#[test]
fn a_sources_other_name_after_according_to_is_no_claim() {
    let text = "The bridge was closed overnight, according to the state transport agency, also known as Stata.\nAccording to the coastal authority, known as CoastWatch, the beach will reopen on Monday.";
    let claims = run(text);
    check_invariants(text, &claims);
    assert!(claims.iter().all(|c| !c.text(text).contains("known as")));
    let c = claim_with(text, &claims, "bridge was closed");
    assert_eq!(c.sources[0].name, "the state transport agency");
    assert_eq!(c.sources[0].role.as_deref(), Some("also known as Stata"));
    let c = claim_with(text, &claims, "the beach will reopen");
    assert_eq!(c.sources[0].name, "the coastal authority");
    assert_eq!(c.text(text), "the beach will reopen on Monday.");
}

#[test]
fn assessed_that_reports_a_judgement_but_assessed_a_thing_does_not() {
    let text = "The Marlow Policy Centre, a London-based research group, assessed that rents would keep rising.\nThe panel assessed the damage on Tuesday.";
    let claims = run(text);
    check_invariants(text, &claims);
    let c = claim_with(text, &claims, "rents would keep");
    assert_eq!(c.text(text), "rents would keep rising.");
    assert_eq!(c.sources[0].name, "Marlow Policy Centre");
    assert_eq!(c.sources[0].cue.as_deref(), Some("assessed"));
    let c = claim_with(text, &claims, "the damage");
    assert!(c.sources.is_empty());
    assert_eq!(c.text(text), "The panel assessed the damage on Tuesday.");
}

#[test]
fn hearsay_with_no_source_is_hedged() {
    let text = "Okoro moved to Porto in August for a reported 25 million euros.\nIt was reported in March that the charity had been fined.\nIt has been alleged that the firm hid its losses.\nOkoro moved to Porto in August for 25 million euros.\nThe firm has reported that its sales fell.";
    let claims = run(text);
    check_invariants(text, &claims);
    assert!(claim_with(text, &claims, "a reported 25").hedged);
    assert!(claim_with(text, &claims, "had been fined").hedged);
    assert!(claim_with(text, &claims, "hid its losses").hedged);
    assert!(!claim_with(text, &claims, "for 25 million").hedged);
    assert!(!claim_with(text, &claims, "its sales fell").hedged);
}
