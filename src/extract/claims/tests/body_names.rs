//! Names of government bodies and firms inside a postposed frame: an "and" that belongs to the
//! name ("the Food and Drug Administration said") joins no clauses.

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
