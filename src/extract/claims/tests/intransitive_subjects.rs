//! A verb that takes no object after a noun ("The council apologised on Monday after …") is
//! the clause's verb, never a participle in a long subject: a verb of saying in a clause of
//! time after it has its own subject. Sentences written for these tests.

use super::*;

#[test]
fn an_intransitive_verb_ends_the_subject_before_a_clause_of_time() {
    let text = "The council apologised on Monday after residents complained that the bins were not emptied.\nThe club relented last week after fans complained that prices were too high.";
    let claims = crate::extract::extract(text).claims;
    check_invariants(text, &claims);
    for (needle, source) in [
        ("the bins were not emptied", "residents"),
        ("prices were too high", "fans"),
    ] {
        let c = claim_with(text, &claims, needle);
        assert_eq!(c.sources.len(), 1, "{needle}: {c:?}");
        assert_eq!(c.sources[0].mention.of(text), source, "{needle}");
    }
}

#[test]
fn a_participle_with_an_agent_keeps_its_long_subject() {
    // "released" takes an object: "A report released on Monday" is one noun phrase
    let text = "A report released on Monday by the council said the bins were not emptied.";
    let claims = crate::extract::extract(text).claims;
    check_invariants(text, &claims);
    let c = claim_with(text, &claims, "the bins were not emptied");
    assert_eq!(c.sources.len(), 1, "{c:?}");
    assert!(
        c.sources[0].mention.of(text).starts_with("A report"),
        "{c:?}"
    );
}
