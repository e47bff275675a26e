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
