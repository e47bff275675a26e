//! A document's estimate with "put … at" whose object holds a participle ("put expected
//! turnout at 61%"), and a ruling that closes a sentence with "states".

use super::*;

#[test]
fn put_with_a_participle_in_its_object_gives_an_estimate() {
    let text = "A poll by Ipsos put expected turnout at 61%.";
    let claims = run(text);
    check_invariants(text, &claims);
    let c = claim_with(text, &claims, "turnout at 61%");
    assert_eq!(c.sources.len(), 1);
    assert_eq!(c.sources[0].mention.of(text), "A poll by Ipsos");
    assert!(
        c.text(text).contains("expected turnout"),
        "{:?}",
        c.text(text)
    );
}

#[test]
fn a_decision_that_closes_a_sentence_with_states_is_its_source() {
    let text = "The firm used a loophole to cut its tax bill, the tribunal's decision states.\nThe decision was taken on Monday.";
    let claims = run(text);
    check_invariants(text, &claims);
    let c = claim_with(text, &claims, "used a loophole");
    assert_eq!(c.sources.len(), 1);
    assert!(c.sources[0].mention.of(text).contains("decision"));
    assert!(!c.text(text).contains("states"), "{:?}", c.text(text));
    let c = claim_with(text, &claims, "was taken on Monday");
    assert!(c.sources.is_empty());
}
