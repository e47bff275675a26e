//! "It is estimated that …" hedges as "It is understood that …" does: a figure no one is named
//! for.

use super::*;

#[test]
fn an_impersonal_estimate_is_hedged() {
    let text = "It is estimated that the closures add 20 minutes to each journey.\nThe council has estimated that the closures add 25 minutes to each journey.";
    let claims = run(text);
    check_invariants(text, &claims);
    let c = claim_with(text, &claims, "20 minutes");
    assert!(c.sources.is_empty());
    assert!(c.hedged);
    // a body's own estimate is its claim, not hearsay
    let c = claim_with(text, &claims, "25 minutes");
    assert_eq!(c.sources.len(), 1);
    assert!(!c.hedged);
}
