//! A wire headline closed by a colon and its source ("Minister set to resign: sources") rests
//! on that source, as one closed by a dash does.

use super::*;

#[test]
fn a_headline_ending_colon_sources_is_anonymous_only_frx() {
    let text = "Minister set to resign: sources\nThe minister told colleagues on Monday that she would step down.";
    let claims = run(text);
    check_invariants(text, &claims);
    let c = claim_with(text, &claims, "set to resign");
    assert_eq!(c.sources[0].name, "sources");
    assert_eq!(c.sources[0].kind, SourceKind::Anonymous);
    assert!(!c.text(text).contains("sources"));
    let text = "Bank weighs sale of its Asian unit: sources";
    let claims = run(text);
    let c = claim_with(text, &claims, "Asian unit");
    assert_eq!(c.sources[0].kind, SourceKind::Anonymous);
}

#[test]
fn a_colon_before_a_list_in_a_sentence_is_no_credit_frx() {
    let text = "The money came from two places: officials.";
    let claims = run(text);
    let c = claim_with(text, &claims, "two places");
    assert!(c.sources.is_empty());
    let text = "The money came from two places: officials and donors";
    let claims = run(text);
    let c = claim_with(text, &claims, "two places");
    assert!(c.sources.is_empty());
}
