//! A group with named examples ("Rights groups such as Amnesty International say …"): the
//! group and each named example are sources. Sentences written for these tests.

use super::*;

#[test]
fn a_group_and_its_named_examples_are_each_a_source() {
    for (text, needle, names) in [
        (
            "Rights groups such as Amnesty International and Human Rights Watch say the law is unjust.",
            "is unjust",
            &["Rights groups", "Amnesty International", "Human Rights Watch"][..],
        ),
        (
            "Critics like Ann Lee say the plan will fail.",
            "will fail",
            &["Critics", "Ann Lee"][..],
        ),
        (
            "Groups such as the Sierra Club say the rule is weak.",
            "is weak",
            &["Groups", "Sierra Club"][..],
        ),
    ] {
        let claims = crate::extract::extract(text).claims;
        check_invariants(text, &claims);
        let c = claim_with(text, &claims, needle);
        let got: Vec<&str> = c.sources.iter().map(|s| s.name.as_str()).collect();
        assert_eq!(got, names, "{text}");
        assert_eq!(c.sources[0].kind, SourceKind::UnnamedGroup, "{text}");
        assert!(c.sources.iter().all(|s| s.role.is_none()), "{text}: {c:?}");
    }
}

#[test]
fn no_group_before_the_examples_keeps_the_mention_whole() {
    // "Companies" alone reads as no group; "Places like Ohio" names no speaker
    let text = "Companies like Apple say the rule is costly.";
    let claims = crate::extract::extract(text).claims;
    let c = claim_with(text, &claims, "the rule is costly");
    assert_eq!(c.sources.len(), 1, "{c:?}");
    assert_eq!(c.sources[0].name, "Apple");
}
