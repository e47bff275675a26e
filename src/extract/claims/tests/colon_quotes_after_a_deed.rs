//! A quotation opened by a colon after a short verb phrase that is no verb of saying ("The
//! minister closed with a warning: “…”"): the subject is the speaker.

use super::*;

#[test]
fn the_and_a_noun_before_a_verb_phrase_and_a_colon_speak_the_quotation() {
    let text = "The coach ended with a promise: \"We will be back next season.\"";
    let claims = run(text);
    check_invariants(text, &claims);
    let c = claim_with(text, &claims, "We will be back");
    assert_eq!(c.sources.len(), 1);
    assert_eq!(c.sources[0].mention.of(text), "The coach");
    assert!(!c.text(text).contains("promise"), "{:?}", c.text(text));
}
