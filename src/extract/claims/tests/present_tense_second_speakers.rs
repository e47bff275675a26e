//! A second clause with its own speaker and a verb of saying in the present ("…, and the
//! Environment Agency warns that …", "…, while AS reports that …") is a claim of its own.

use super::*;

#[test]
fn a_second_speaker_in_the_present_before_that_gets_its_own_claim_frx() {
    let text = "Police said the river peaked overnight, and the Environment Agency warns that more rain is due on Friday.";
    let claims = run(text);
    check_invariants(text, &claims);
    let c = claim_with(text, &claims, "peaked overnight");
    assert_eq!(c.sources[0].name, "Police");
    assert!(!c.text(text).contains("more rain"));
    let c = claim_with(text, &claims, "more rain");
    assert_eq!(c.sources[0].name, "Environment Agency");

    let text =
        "Marca claims the striker has agreed terms, while AS reports that talks have stalled.";
    let claims = run(text);
    check_invariants(text, &claims);
    let c = claim_with(text, &claims, "agreed terms");
    assert_eq!(c.sources[0].name, "Marca");
    let c = claim_with(text, &claims, "talks have stalled");
    assert_eq!(c.sources[0].name, "AS");

    let text =
        "Police said the river peaked overnight, and forecasters warn that more rain is due.";
    let claims = run(text);
    let c = claim_with(text, &claims, "more rain");
    assert_eq!(c.sources[0].name, "forecasters");
}

#[test]
fn nouns_in_the_present_form_before_that_open_no_clause_frx() {
    // "the claims that", "new claims that": a noun and what it holds, still the police's words
    let text = "Police said the river peaked overnight, and the new claims that more rain is due were denied.";
    let claims = run(text);
    let c = claim_with(text, &claims, "more rain");
    assert_eq!(c.sources[0].name, "Police");
    // "reports that were leaked": a relative "that"
    let text = "Police said the road is shut, and Pentagon reports that were leaked show delays.";
    let claims = run(text);
    let c = claim_with(text, &claims, "were leaked");
    assert_eq!(c.sources[0].name, "Police");
}
