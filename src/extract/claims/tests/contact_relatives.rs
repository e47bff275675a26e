//! A relative clause without its pronoun whose subject is a bare plural ("a decision residents
//! said was reckless"): the plural is the speaker, never the words before it. Sentences written
//! for these tests.

use super::*;

#[test]
fn a_bare_plural_after_a_verb_s_object_opens_the_clause() {
    let text = "The council reversed a decision residents said was reckless.\nThe city opened a plant workers say is unsafe.";
    let claims = crate::extract::extract(text).claims;
    check_invariants(text, &claims);
    assert_spoken_by(
        text,
        &claims,
        &[("was reckless", "residents"), ("is unsafe", "workers")],
    );
    // the verb and its subject are the writer's
    assert_writer_s(text, &claims, &["The council reversed", "The city opened"]);
}

#[test]
fn a_compound_or_a_quantity_before_the_plural_stays_one_noun_phrase() {
    // "the health officials" is one noun phrase ("the" may open a plural), and so is "a few
    // residents"
    for (text, source) in [
        (
            "After the health officials said the water was safe, the mayor drank it.",
            "the health officials",
        ),
        (
            "After a few residents said the water was unsafe, the mayor tested it.",
            "a few residents",
        ),
    ] {
        let claims = crate::extract::extract(text).claims;
        check_invariants(text, &claims);
        let c = claim_with(text, &claims, "the water was");
        assert_eq!(c.sources.len(), 1, "{text}: {c:?}");
        assert_eq!(c.sources[0].mention.of(text), source, "{text}");
    }
}
