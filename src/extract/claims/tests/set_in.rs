//! Frames set in between commas ("…, he said, …") and what stands on either side of them;
//! the words that join a second reported clause to the first.

use super::*;

#[test]
fn a_concession_before_a_set_in_frame_is_the_speakers() {
    let text = "Though that transition was smooth, he said, replacing her would be much harder.\nAlthough the deal collapsed, the minister said on Friday, talks would go on.";
    let claims = run(text);
    check_invariants(text, &claims);
    assert_eq!(claims.len(), 2, "{claims:?}");
    assert!(claims.iter().all(|c| c.sources.len() == 1));
    let c = claim_with(text, &claims, "that transition was smooth");
    assert!(c.text(text).contains("replacing her would be much harder"));
    assert!(!c.text(text).contains("he said"));
    let c = claim_with(text, &claims, "the deal collapsed");
    assert_eq!(c.sources[0].mention.of(text), "the minister");
}

#[test]
fn a_reason_after_a_set_in_frame_of_reported_speech_is_the_speakers() {
    let text = "Sales fell in May, the company said, because demand slowed.\nTurnout will be low, Graham said Friday, since most voters are away.\n\u{201c}I am not running,\u{201d} she said, because the race was lost.";
    let claims = run(text);
    check_invariants(text, &claims);
    let c = claim_with(text, &claims, "because demand slowed");
    assert_eq!(c.sources[0].mention.of(text), "the company");
    let c = claim_with(text, &claims, "since most voters are away");
    assert_eq!(c.sources[0].mention.of(text), "Graham");
    // after a quotation, the reason is the writer's account of the speaker
    let c = claim_with(text, &claims, "the race was lost");
    assert!(c.sources.is_empty(), "{c:?}");
}

#[test]
fn a_second_that_after_and_is_the_frames_not_the_claims() {
    let text = "The Times said the clubs had agreed a fee, and that Reis would travel to London.\nOfficials said 40 people had died, and that number was expected to rise.\nThe union said the farms should pay more and that the dairies pay nothing.";
    let claims = run(text);
    check_invariants(text, &claims);
    let c = claim_with(text, &claims, "Reis would travel");
    assert!(c.text(text).starts_with("Reis"), "{:?}", c.text(text));
    // a demonstrative "that" is the subject's
    let c = claim_with(text, &claims, "number was expected");
    assert!(
        c.text(text).starts_with("that number"),
        "{:?}",
        c.text(text)
    );
    // a verb the tagger does not know ("pay") after an article is still a clause
    let c = claim_with(text, &claims, "dairies pay");
    assert_eq!(c.text(text), "the dairies pay nothing.");
}

#[test]
fn a_frame_set_in_after_a_relative_pronoun_reports_the_appositive_only() {
    let text = "Elsa Varnholt, born in Hamburg in 1937, studied piano in Vienna before turning to conducting, a field that, she often said, had almost no room for women when she started.";
    let claims = run(text);
    check_invariants(text, &claims);
    let c = claim_with(text, &claims, "had almost no room for women");
    assert!(
        c.text(text).starts_with("a field that"),
        "{:?}",
        c.text(text)
    );
    assert!(!c.text(text).contains("she often said"));
    assert_eq!(c.sources[0].name, "Elsa Varnholt");
    // the writer's account of her career is no part of what she said
    let c = claim_with(text, &claims, "studied piano in Vienna");
    assert!(c.sources.is_empty(), "{c:?}");
}
