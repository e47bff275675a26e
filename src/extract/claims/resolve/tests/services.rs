//! State services named by a compound of common nouns ("the coast guard", "the highway
//! patrol"): official bodies, never a guard left unnamed.

use super::*;

#[test]
fn a_state_service_named_by_common_nouns_is_official() {
    for (m, want) in [
        ("The coast guard", "the coast guard"),
        ("Norway's coast guard", "Norway's coast guard"),
        ("the coastguard", "the coastguard"),
        ("the border guard", "the border guard"),
        ("the highway patrol", "the highway patrol"),
        (
            "the Vermont State Highway Patrol",
            "Vermont State Highway Patrol",
        ),
        ("the Nevada Highway Patrol", "Nevada Highway Patrol"),
    ] {
        let (kind, name, role) = classify(m);
        assert_eq!(
            (kind, name.as_str(), role),
            (SourceKind::Official, want, None),
            "{m}"
        );
    }
    // one of its members is a person left unnamed
    assert_eq!(classify("a border guard").0, SourceKind::Anonymous);
}

#[test]
fn a_name_a_government_bodys_initials_spell_is_that_official_body() {
    // the initials of the whole name, or of the name before its last "and"
    for m in [
        "the National Institutes of Health",
        "the Centers for Disease Control and Prevention",
    ] {
        let (kind, name, _) = classify(m);
        assert_eq!(kind, SourceKind::Official, "{m}");
        assert_eq!(name, m.trim_start_matches("the "));
    }
    // a capitalised body's word in the plural is no group of people
    let (kind, name, _) = classify("the Centers for Rural Renewal");
    assert_eq!(
        (kind, name.as_str()),
        (SourceKind::Organization, "Centers for Rural Renewal")
    );
}
