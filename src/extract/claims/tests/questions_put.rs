//! A question put to a speaker before the frame: "Asked whether …, she laughed and said …".
//! The participle of asking is no name, and the speaker is the clause's subject.

use super::*;

#[test]
fn a_question_put_before_a_coordinated_frame_is_no_speaker() {
    let text = "Asked whether the club would sell its striker, the manager grinned and said only: \"Make me an offer.\"";
    let claims = run(text);
    check_invariants(text, &claims);
    let c = claim_with(text, &claims, "Make me");
    assert_eq!(c.sources[0].mention.of(text), "the manager");
    assert_eq!(c.text(text), "\"Make me an offer.\"");
}

#[test]
fn a_name_then_a_verb_and_its_object_is_no_longer_subject() {
    let text = "Pressed on the timing of the vote, Grace Okafor shook her head and said it was not up to her.";
    let claims = run(text);
    check_invariants(text, &claims);
    let c = claim_with(text, &claims, "not up to her");
    assert_eq!(c.sources[0].mention.of(text), "Grace Okafor");
}

#[test]
fn a_short_question_put_still_leads_in() {
    // near miss: already a lead-in by its shortness
    let text = "Asked about the fare rise, the mayor smiled and said he understood the anger.";
    let claims = run(text);
    check_invariants(text, &claims);
    let c = claim_with(text, &claims, "he understood");
    assert_eq!(c.sources[0].mention.of(text), "the mayor");
}
