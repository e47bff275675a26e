//! A research team at a named body, with a modifier of its field or a description of the body
//! before the name, is the body on the record.

use super::*;

#[test]
fn a_team_with_a_field_at_a_described_firm_is_the_firm() {
    let (kind, name, role) = classify("Security researchers at Cork-based firm Quillon");
    assert_eq!(kind, SourceKind::Organization);
    assert_eq!(name, "Quillon");
    assert_eq!(role.as_deref(), Some("researchers"));
    // the bare shape still works
    assert_eq!(classify("Analysts at Quillon").1, "Quillon");
}
