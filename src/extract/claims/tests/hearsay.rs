//! Hearsay in the frame: "is believed to have told", "reportedly said". The source still said
//! it, but the writer does not vouch that they did, so the claim is hedged.

use super::*;

#[test]
fn a_hedging_passive_before_a_perfect_cue_keeps_the_teller_as_source() {
    let text = "Varga is believed to have told Rovers manager Colm Brannigan that he wants to leave.\nThe minister is understood to have warned colleagues the deal was dead.";
    let claims = run(text);
    check_invariants(text, &claims);
    let c = claim_with(text, &claims, "wants to leave");
    assert_eq!(c.text(text), "he wants to leave.");
    assert_eq!(c.sources[0].name, "Varga");
    assert!(c.hedged);
    let c = claim_with(text, &claims, "the deal was dead");
    assert_eq!(c.text(text), "the deal was dead.");
    assert_eq!(c.sources[0].name, "the minister");
    assert!(c.hedged);
}

#[test]
fn a_hearsay_adverb_in_the_frame_hedges_the_claim() {
    let text = "The merger is off, the chairman reportedly told aides.\nHalvorsen allegedly said the books were clean.\nHalvorsen told the board the books were clean.\nThe firm's founder, who allegedly hid losses, said the audit was late.";
    let claims = run(text);
    check_invariants(text, &claims);
    let c = claim_with(text, &claims, "The merger is off");
    assert_eq!(c.sources[0].name, "the chairman");
    assert!(c.hedged);
    let c = claim_with(text, &claims, "the books were clean.\nHalvorsen told");
    assert!(c.hedged);
    let at = text.rfind("the books were clean").unwrap();
    let c = claims
        .iter()
        .find(|c| c.span.start == at)
        .expect("the plain claim");
    assert!(!c.hedged);
    // the hedge of a clause set in the subject is that clause's, not the frame's
    let c = claim_with(text, &claims, "the audit was late");
    assert!(!c.hedged);
}
