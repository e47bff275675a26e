//! Base forms more often nouns ("report", "note", "question") read as the verb after a plural
//! subject and before "that" or "whether": an unnamed group is the source.

use super::*;

#[test]
fn a_plural_subject_before_note_that_or_question_whether_speaks() {
    let text = "Critics note that the last audit found no fraud.\nSome economists question whether the rebates worked.\nLetting agents in the city report that rents are falling.\nThe report that the line was unsafe was leaked.";
    let claims = run(text);
    check_invariants(text, &claims);
    for (needle, source) in [
        ("the last audit", "Critics"),
        ("the rebates worked", "Some economists"),
        ("rents are falling", "Letting agents in the city"),
    ] {
        let c = claim_with(text, &claims, needle);
        assert_eq!(c.sources.len(), 1, "{needle}");
        assert_eq!(c.sources[0].mention.of(text), source);
        assert!(!c.text(text).starts_with(source), "{:?}", c.text(text));
    }
    // the noun after an article is no verb
    let c = claim_with(text, &claims, "was leaked");
    assert!(c.sources.is_empty());
}
