//! A speaker in a clause of time or cause after a verb of stance ("The minister defended the
//! scheme after farmers complained that …") is the source of what that clause reports.

use super::*;

#[test]
fn a_complaint_after_a_stance_is_the_complainers_claim_frx() {
    let text = "The minister defended the scheme on Tuesday after farmers complained that the payments arrived late.";
    let claims = run(text);
    check_invariants(text, &claims);
    let c = claim_with(text, &claims, "arrived late");
    assert_eq!(c.sources[0].name, "farmers");
    assert_eq!(c.sources[0].kind, SourceKind::UnnamedGroup);
    assert!(!c.text(text).contains("defended"));

    let text =
        "The mayor criticised the plan after residents complained that the pool would close.";
    let claims = run(text);
    let c = claim_with(text, &claims, "pool would close");
    assert_eq!(c.sources[0].name, "residents");
}

#[test]
fn a_pronoun_or_a_report_inside_what_was_said_keeps_the_first_speaker_frx() {
    // "he" after the minister is most likely the minister: his frame stands
    let text = "The minister defended the scheme after he said the payments were on time.";
    let claims = run(text);
    let c = claim_with(text, &claims, "on time");
    assert_eq!(c.sources[0].name, "the minister");
    // a verb of saying (not of stance) reports the whole sentence, the neighbours' report in it
    let text = "Police said the man was arrested after neighbours reported that they heard shots.";
    let claims = run(text);
    let c = claim_with(text, &claims, "heard shots");
    assert_eq!(c.sources[0].name, "Police");
}
