//! "citing X" set between a verb of saying and its content: "The Herald reported on Friday,
//! citing two officials, that …" — X is the channel's upstream (`via`), not content.

use super::*;

#[test]
fn citing_between_the_verb_and_that_is_the_upstream() {
    let text = "The Herald reported on Friday, citing two senior officials, that the budget would be delayed.";
    let claims = run(text);
    check_invariants(text, &claims);
    assert_eq!(claims.len(), 1);
    let c = &claims[0];
    assert_eq!(c.text(text), "the budget would be delayed.");
    assert_eq!(c.sources[0].mention.of(text), "The Herald");
    assert_eq!(c.sources[0].via.as_deref(), Some("two senior officials"));
}
