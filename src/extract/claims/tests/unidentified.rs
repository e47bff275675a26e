//! Speakers the text never identifies: a "he" or "she" that takes up no one.

use super::*;

#[test]
fn a_pronoun_that_takes_up_no_one_is_an_anonymous_source() {
    // never a named person "he", shared with other articles and counted as on the record
    for (text, anchor, name) in [
        ("\"We have the votes,\" he said.", "We have the votes", "he"),
        ("\"It was close,\" she said.", "It was close", "she"),
    ] {
        let claims = run(text);
        check_invariants(text, &claims);
        let c = claim_with(text, &claims, anchor);
        assert_eq!(c.sources[0].name, name, "{text}");
        assert_eq!(c.sources[0].kind, SourceKind::Anonymous, "{text}");
    }
    // a "he" that takes up a person named before is that person
    let text = "Ivo Marsh spoke first. \"We have the votes,\" he said.";
    let claims = run(text);
    let c = claim_with(text, &claims, "We have the votes");
    assert_eq!(c.sources[0].name, "Ivo Marsh");
    assert_eq!(c.sources[0].kind, SourceKind::Person);
}
