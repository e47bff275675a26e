//! A relative clause whose speaker stands inside it ("a man who police say fled the scene"),
//! its verb an irregular past without "-ed": the clause is still the speaker's. Sentences
//! written for these tests.

use super::*;

#[test]
fn a_relative_clause_with_an_irregular_past_is_its_speaker_s() {
    let text = "Officers are searching for a man who police say fled the scene in a grey van.\nDetectives traced a car that witnesses say drove off at speed.\nThe shop sacked a worker who managers said stole from the till.";
    let claims = crate::extract::extract(text).claims;
    check_invariants(text, &claims);
    assert_spoken_by(
        text,
        &claims,
        &[
            ("fled the scene", "police"),
            ("drove off at speed", "witnesses"),
            ("stole from the till", "managers"),
        ],
    );
    // the main clause stays the writer's
    assert_writer_s(
        text,
        &claims,
        &[
            "Officers are searching for",
            "Detectives traced",
            "The shop sacked",
        ],
    );
}

#[test]
fn the_same_clause_without_a_speaker_stays_the_writer_s() {
    let text = "Officers are searching for a man who fled the scene in a grey van.";
    let claims = crate::extract::extract(text).claims;
    check_invariants(text, &claims);
    assert!(claims.iter().all(|c| c.sources.is_empty()), "{claims:?}");
}
