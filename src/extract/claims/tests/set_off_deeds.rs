//! Deeds set beside a report: a relative clause on the speaker whose verb of saying has a plain
//! noun for object ("who proposed the plan"), and a threat closed by a participle of saying
//! ("has threatened to sue, arguing that …"), which keeps the threat.

use super::*;

#[test]
fn a_relative_clause_with_a_noun_object_is_no_report() {
    let text = "Councillor Dana Reyes, who proposed the plan, said the junction had seen 12 collisions since 2020.";
    let claims = run(text);
    check_invariants(text, &claims);
    assert!(claims.iter().all(|c| c.text(text) != "the plan"));
    let c = claim_with(text, &claims, "the plan");
    assert!(c.sources.is_empty());
    let c = claim_with(text, &claims, "12 collisions");
    assert_eq!(c.sources[0].cue.as_deref(), Some("said"));
}

#[test]
fn a_threat_closed_by_a_participle_of_saying_is_a_deed() {
    let text = "The Harbour Traders Guild has threatened to sue, arguing that the council skipped a required consultation.";
    let claims = run(text);
    check_invariants(text, &claims);
    // the threat stays a claim of its own (read with its verb, as "vowed to fight" is)
    let c = claim_with(text, &claims, "threatened to sue");
    assert!(c.text(text).contains("threatened to sue"));
    assert!(!c.text(text).contains("skipped"));
    let c = claim_with(text, &claims, "the council skipped");
    assert_eq!(c.sources[0].cue.as_deref(), Some("arguing"));
    assert_eq!(c.text(text), "the council skipped a required consultation.");
}
