//! A person described by a calling no word list knows, at a named body ("Ann Lee, a
//! glaciologist at Uppsala University, said"): the description is her role, no claim.

use super::*;

#[test]
fn a_calling_at_a_named_body_after_a_name_is_the_role_not_a_claim() {
    let text = "Ingrid Sohlberg, a glaciologist at Uppsala University, said the ice had thinned.";
    let claims = run(text);
    check_invariants(text, &claims);
    assert_eq!(claims.len(), 1, "{claims:?}");
    let s = &claims[0].sources[0];
    assert_eq!(s.name, "Ingrid Sohlberg");
    assert_eq!(
        s.role.as_deref(),
        Some("glaciologist at Uppsala University")
    );
}
