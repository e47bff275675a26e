//! Unnamed speakers a verb other than "said" credits: one who "put the figure closer to" an
//! amount while speaking on condition of anonymity, and some who "worry that".

use super::*;

/// The text and (source name, kind) of each claim of `text`.
fn claims_of(text: &str) -> Vec<(String, Vec<(String, SourceKind)>)> {
    let claims = crate::extract::extract(text).claims;
    check_invariants(text, &claims);
    claims
        .iter()
        .map(|c| {
            let s = c.sources.iter().map(|s| (s.name.clone(), s.kind)).collect();
            (c.text(text), s)
        })
        .collect()
}

#[test]
fn an_anonymous_estimate_with_a_rough_bound_is_credited() {
    let text = "One senior trustee, speaking on condition of anonymity, put the deficit closer \
                to 40 million.";
    let claims = claims_of(text);
    assert_eq!(claims.len(), 1, "{claims:?}");
    assert_eq!(
        claims[0].1,
        [("one senior trustee".to_string(), SourceKind::Anonymous)]
    );
    // near miss: "put" with no amount after its object is no estimate
    let text = "One senior trustee put the plan closer to the front of the queue.";
    assert!(claims_of(text).iter().all(|(_, s)| s.is_empty()));
}

#[test]
fn worry_before_that_is_a_verb_of_belief_and_the_worry_is_a_noun() {
    let text = "Some in the union worry that the merger would cost jobs.";
    let claims = claims_of(text);
    assert_eq!(claims.len(), 1, "{claims:?}");
    assert_eq!(claims[0].0, "the merger would cost jobs.");
    assert_eq!(claims[0].1[0].1, SourceKind::UnnamedGroup);
    // near miss: "the worry that …" is a noun, no source
    let text = "The worry that the merger would cost jobs has faded.";
    assert!(claims_of(text).iter().all(|(_, s)| s.is_empty()));
}
