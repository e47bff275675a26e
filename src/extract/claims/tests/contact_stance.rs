//! A relative clause without its pronoun whose verb of stance names its noun with "as" ("a
//! decision residents criticised as reckless"): the bare plural is the speaker, the verb and
//! object before it the writer's. Sentences written for these tests.

use super::*;

#[test]
fn a_stance_verb_naming_its_noun_opens_a_contact_clause() {
    let text = "The council reversed a decision residents criticised as reckless.\nThe school dropped a scheme parents condemned as unfair.";
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
    assert_writer_s(
        text,
        &claims,
        &["The council reversed", "The school dropped"],
    );
}

#[test]
fn a_compound_subject_of_a_stance_verb_stays_whole() {
    let text = "The health officials criticised the plan as reckless.";
    let claims = crate::extract::extract(text).claims;
    check_invariants(text, &claims);
    let c = claim_with(text, &claims, "as reckless");
    assert_eq!(c.sources.len(), 1, "{c:?}");
    assert_eq!(
        c.sources[0].mention.of(text).to_lowercase(),
        "the health officials"
    );
}
