//! Unnamed speakers a verb other than "said" credits: one who "put the figure closer to" an
//! amount while speaking on condition of anonymity, some who "worry that", and the "one" of a
//! group who said something before a plural noun ("One said trucks had …"), named as one of
//! that group.

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

#[test]
fn one_before_said_and_a_plural_noun_is_the_speaker() {
    let text = "Two drivers said the depot had closed. One said lorries had waited for hours.";
    let claims = claims_of(text);
    let second = claims
        .iter()
        .find(|(t, _)| t.contains("lorries"))
        .expect("claim");
    assert_eq!(second.0, "lorries had waited for hours.");
    // one of the drivers just quoted, not a bare "one"
    assert_eq!(
        second.1,
        [("one of the drivers".to_string(), SourceKind::Anonymous)]
    );
    // near miss: "Three reported deaths were …" is still a count, not a speaker
    let text = "Three reported deaths were linked to the storm.";
    assert!(claims_of(text).iter().all(|(_, s)| s.is_empty()));
}

#[test]
fn one_and_another_after_a_group_are_its_members() {
    let text = "Aid workers said the convoy had been stopped. One said the drivers were \
                turned back. Another said the road was mined.";
    let claims = claims_of(text);
    let names: Vec<&str> = claims
        .iter()
        .flat_map(|(_, s)| s.iter().map(|(n, _)| n.as_str()))
        .collect();
    assert_eq!(
        names,
        [
            "Aid workers",
            "one of the aid workers",
            "another of the aid workers"
        ]
    );
    // near miss: after a named person, "one" has no group to be one of
    let text = "Ann Lee said the convoy had been stopped. One said the drivers were turned back.";
    let claims = claims_of(text);
    assert!(claims
        .iter()
        .all(|(_, s)| s.iter().all(|(n, _)| !n.starts_with("one of"))));
}
