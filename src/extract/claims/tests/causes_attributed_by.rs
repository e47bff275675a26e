//! "The outage was attributed by officials to a faulty sensor": the agent of "attributed by" or
//! "credited by" is the source of the explanation; without an agent nobody is.

use super::*;

#[test]
fn the_agent_of_attributed_by_is_the_source_of_the_cause_frx() {
    let text = "The outage was attributed by officials to a faulty sensor.";
    let claims = run(text);
    check_invariants(text, &claims);
    assert_eq!(claims.len(), 1);
    let c = claim_with(text, &claims, "faulty sensor");
    assert_eq!(c.sources[0].name, "officials");
    assert_eq!(c.sources[0].cue.as_deref(), Some("attributed by"));
    assert!(!c.text(text).contains("by officials"));
    assert!(c.text(text).starts_with("The outage was attributed"));

    let text = "The rise in prices was credited by Reuters to higher fuel costs.";
    let claims = run(text);
    let c = claim_with(text, &claims, "fuel costs");
    assert_eq!(c.sources[0].name, "Reuters");
}

#[test]
fn attributed_to_without_an_agent_stays_unsourced_frx() {
    // "attributed to the coach" names who said it, in the passive with no agent: unsourced
    let text = "The remark was attributed to the coach.";
    let claims = run(text);
    let c = claim_with(text, &claims, "the coach");
    assert!(c.sources.is_empty());
}
