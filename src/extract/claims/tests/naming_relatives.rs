//! A restrictive relative clause whose verb names or judges its noun ("a decision that
//! residents criticised as reckless"), in the subject of a main clause: only the clause is its
//! speaker's; the main clause after it is the writer's. Sentences written for these tests.

use super::*;

#[test]
fn a_clause_naming_its_noun_ends_at_the_main_verb() {
    let text = "A decision that residents criticised as reckless was reversed on Monday.\nA scheme that parents condemned as unfair has been scrapped.";
    let claims = crate::extract::extract(text).claims;
    check_invariants(text, &claims);
    assert_spoken_by(
        text,
        &claims,
        &[
            ("criticised as reckless", "residents"),
            ("condemned as unfair", "parents"),
        ],
    );
    for needle in ["criticised as reckless", "condemned as unfair"] {
        let c = claim_with(text, &claims, needle);
        let said = &text[c.span.start..c.span.end];
        assert!(
            !said.contains("reversed") && !said.contains("scrapped"),
            "{said}"
        );
    }
    assert_writer_s(
        text,
        &claims,
        &["was reversed on Monday", "has been scrapped"],
    );
}

#[test]
fn a_naming_clause_that_ends_the_sentence_keeps_its_noun() {
    // no main verb follows: the clause runs to the end, as before
    let text = "The council reversed a decision that residents criticised as reckless.";
    let claims = crate::extract::extract(text).claims;
    check_invariants(text, &claims);
    let c = claim_with(text, &claims, "as reckless");
    assert_eq!(c.sources.len(), 1, "{c:?}");
    assert_eq!(c.sources[0].mention.of(text), "residents");
    assert!(claim_with(text, &claims, "The council reversed")
        .sources
        .is_empty());
}
