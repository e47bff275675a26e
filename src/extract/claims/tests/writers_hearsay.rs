//! Hearsay the writer passes on with no one on record: a deed reported inside "It is
//! understood that …" and a threat or promise under "is believed to have …". The one who acted
//! is what the claim is about, not its source; the claim is unsourced and hedged.

use super::*;

#[test]
fn a_pledge_inside_an_impersonal_hearsay_clause_has_no_source() {
    let text = "It is understood that at least 12 councillors have quietly promised to back the budget.\nIt was reported that the mayor has threatened to resign.";
    let claims = run(text);
    check_invariants(text, &claims);
    for needle in ["12 councillors", "the mayor has"] {
        let c = claim_with(text, &claims, needle);
        assert!(c.sources.is_empty(), "{needle}: {:?}", c.sources);
        assert!(c.hedged);
        assert!(c.text(text).starts_with("It "));
    }
}

#[test]
fn a_threat_under_a_hedging_passive_has_no_source_but_words_told_keep_the_teller() {
    let text = "The coach is thought to have threatened to quit over the transfer budget.\nThe coach is thought to have told the board that the budget was too small.";
    let claims = run(text);
    check_invariants(text, &claims);
    let c = claim_with(text, &claims, "threatened to quit");
    assert!(c.sources.is_empty(), "{:?}", c.sources);
    assert!(c.hedged);
    assert!(c.text(text).starts_with("The coach is thought"));
    let c = claim_with(text, &claims, "the budget was too small");
    assert_eq!(c.text(text), "the budget was too small.");
    assert_eq!(c.sources[0].name, "the coach");
    assert!(c.hedged);
}
