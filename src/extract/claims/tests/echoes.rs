//! Echoes: "The BSI said the same." and "A spokesman confirmed this." bear out the claim before
//! them instead of standing as claims of their own.

use super::*;

#[test]
fn a_second_source_saying_the_same_corroborates_the_claim_before() {
    let text = "Lufthansa said the outage began at 7 a.m. The BSI said the same.";
    let claims = run(text);
    check_invariants(text, &claims);
    assert_eq!(claims.len(), 1, "{claims:#?}");
    let names: Vec<&str> = claims[0].sources.iter().map(|s| s.name.as_str()).collect();
    assert_eq!(names, ["Lufthansa", "BSI"]);
}

#[test]
fn a_confirmation_gives_the_writers_claim_its_source() {
    let text = "The plant will close in March. A company spokesman confirmed the report.\nThe ministry confirmed the deal.";
    let claims = run(text);
    check_invariants(text, &claims);
    let c = claim_with(text, &claims, "The plant will close");
    assert_eq!(c.sources.len(), 1, "{claims:#?}");
    assert_eq!(c.sources[0].cue.as_deref(), Some("confirmed"));
    assert!(!claims
        .iter()
        .any(|c| c.text(text).contains("confirmed the report")));
    // what is confirmed is named, so the confirmation is a claim of its own
    let c = claim_with(text, &claims, "confirmed the deal");
    assert_eq!(c.text(text), "confirmed the deal.");
}

#[test]
fn an_echo_with_nothing_before_it_stays_a_claim() {
    let text = "The BSI said the same.";
    let claims = run(text);
    assert_eq!(claims.len(), 1);
    assert_eq!(claims[0].text(text), "the same.");
}

#[test]
fn a_share_of_a_crowd_saying_the_same_is_no_echo() {
    let text = "Ms. Lee has gained ground, with 30 percent of voters saying they like her. Last month, 26 percent said the same.";
    let claims = run(text);
    check_invariants(text, &claims);
    let c = claim_with(text, &claims, "Ms. Lee has gained");
    assert!(c.sources.is_empty(), "{claims:#?}");
    claim_with(text, &claims, "the same");
}

#[test]
fn a_view_echoed_by_a_second_source_corroborates_the_claim() {
    let text = "Lufthansa said the outage was caused by a faulty update, a view echoed by the BSI.\nThe mayor said the bridge was safe, a view not shared by residents.";
    let claims = run(text);
    check_invariants(text, &claims);
    let c = claim_with(text, &claims, "faulty update");
    assert_eq!(c.text(text), "the outage was caused by a faulty update");
    let names: Vec<&str> = c.sources.iter().map(|s| s.name.as_str()).collect();
    assert_eq!(names, ["Lufthansa", "BSI"], "{claims:#?}");
    assert!(!claims.iter().any(|c| c.text(text).contains("echoed")));
    // a view others do not share is no echo
    let c = claim_with(text, &claims, "the bridge was safe");
    assert_eq!(c.sources.len(), 1);
}
