//! Names of government bodies and firms around a cue: an "and" that belongs to the name ("the
//! Food and Drug Administration said") joins no clauses, and a firm's verb in a headline makes
//! the noun after it no cue ("Halvorsen Foods beats profit estimates").

use super::*;

#[test]
fn an_and_inside_a_bodys_name_after_the_content_is_no_new_clause() {
    let text = "The drug was approved in March, the Food and Drug Administration said.\nThe grants were cut, the Department of Health and Human Services said on Friday.\nThe plant closed, the union said, and the Bureau of Labor Statistics counted the losses.";
    let claims = run(text);
    check_invariants(text, &claims);
    let c = claim_with(text, &claims, "approved in March");
    assert_eq!(c.text(text), "The drug was approved in March");
    assert_eq!(
        c.sources[0].mention.of(text),
        "the Food and Drug Administration"
    );
    let c = claim_with(text, &claims, "grants were cut");
    assert_eq!(c.text(text), "The grants were cut");
    assert_eq!(
        c.sources[0].mention.of(text),
        "the Department of Health and Human Services"
    );
    // ", and" before a new clause still splits
    let c = claim_with(text, &claims, "counted the losses");
    assert!(c.text(text).starts_with("the Bureau of Labor"));
}

#[test]
fn a_firms_verb_in_a_headline_makes_the_next_plural_no_cue() {
    let text = "Halvorsen Foods beats profit estimates, cuts full-year sales outlook\nNorthgate Bank analysts estimate the deal at $3 billion.";
    let claims = run(text);
    check_invariants(text, &claims);
    let c = claim_with(text, &claims, "beats profit");
    assert!(c.sources.is_empty(), "{:?}", c.sources);
    // a plural head right after the name is still the speaker
    let c = claim_with(text, &claims, "the deal at");
    assert_eq!(c.sources[0].mention.of(text), "Northgate Bank analysts");
}
