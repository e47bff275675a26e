//! A refusal to comment, then "but said" with a quotation: the refusal is the record and the
//! quoted words a claim of the one who declined.

use super::*;

#[test]
fn a_quotation_said_after_declining_is_a_claim_of_its_own() {
    let text = "A spokesperson for the club declined to comment on the fine but said the board \"accepts the ruling in full.\"";
    let claims = run(text);
    check_invariants(text, &claims);
    let record = claim_with(text, &claims, "declined");
    assert_eq!(record.kind, ClaimKind::NoComment);
    assert!(!record.text(text).contains("accepts"));
    let c = claim_with(text, &claims, "accepts the ruling");
    assert_ne!(c.kind, ClaimKind::NoComment);
    assert!(!c.sources.is_empty());
}
