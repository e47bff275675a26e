//! A no-comment record followed by a comma-set relative clause: the clause is a claim of its
//! own, with its own frame, not part of the record.

use super::*;

#[test]
fn a_relative_clause_after_a_refusal_is_a_claim_of_its_own() {
    let text = "The water board did not respond to questions about the leaks, which rose to 4,100 last year according to its own annual review.\nThe water board did not respond to questions about the leaks.";
    let claims = run(text);
    check_invariants(text, &claims);
    let record = claim_with(text, &claims, "did not respond");
    assert_eq!(record.kind, ClaimKind::NoComment);
    assert!(
        !record.text(text).contains("4,100"),
        "{:?}",
        record.text(text)
    );
    let c = claim_with(text, &claims, "rose to 4,100");
    assert_ne!(c.kind, ClaimKind::NoComment);
    assert_eq!(c.sources.len(), 1);
    assert_eq!(c.sources[0].mention.of(text), "its own annual review");
    assert_eq!(c.sources[0].kind, SourceKind::Document);
}
