//! Words of saying read by their form in the sentence: "decline" as a noun and "confirmed"
//! between a number and its noun are no cues; "states" after a document and an adverb still is;
//! a person who "showed" a thing did something, while data that "showed" it reports.

use super::*;

#[test]
fn a_decline_as_a_noun_is_no_refusal_and_has_no_source() {
    let text = "Members who walked daily had, on average, 9 percent less decline in grip strength than others.\nThe board declined to comment.";
    let claims = run(text);
    check_invariants(text, &claims);
    let c = claim_with(text, &claims, "less decline");
    assert!(c.sources.is_empty(), "{:?}", c.sources);
    assert!(c.text(text).starts_with("Members who walked daily"));
    assert!(c
        .text(text)
        .contains("9 percent less decline in grip strength"));
}

#[test]
fn a_participle_between_a_number_and_its_noun_is_an_adjective() {
    let text = "Flood toll:\n- 58 confirmed deaths (Red Cross)\n- 12 confirmed measles cases\nFive said police had closed the bridge.";
    let claims = run(text);
    check_invariants(text, &claims);
    for needle in ["58 confirmed deaths", "12 confirmed measles"] {
        let c = claim_with(text, &claims, needle);
        assert!(c.text(text).starts_with(needle));
        // the participle is no cue; the bracketed credit after a figure is the source the
        // article gives it (DESIGN.md: a claim is tied to the source the article attributes
        // it to), as key-figures boxes do (tests/bracketed_sources.rs)
        let cues: Vec<_> = c.sources.iter().map(|s| s.cue.as_deref()).collect();
        let expected: &[Option<&str>] = if needle.starts_with("58") {
            &[Some("(")]
        } else {
            &[]
        };
        assert_eq!(cues, expected, "{needle}: {:?}", c.sources);
    }
    let c = claim_with(text, &claims, "police had closed");
    assert_eq!(c.text(text), "police had closed the bridge.");
}

#[test]
fn a_document_that_also_states_a_finding_is_its_source() {
    let text = "The trust commissioned an audit in June. The audit also states that the ward lacks two nurses.";
    let claims = run(text);
    check_invariants(text, &claims);
    let c = claim_with(text, &claims, "the ward lacks");
    assert_eq!(c.text(text), "the ward lacks two nurses.");
    assert_eq!(c.sources[0].name, "the audit");
}

#[test]
fn a_person_showing_a_thing_is_a_deed_and_data_showing_it_is_a_finding() {
    let text = "Marlowe showed no remorse as the jury returned.\nThe audit showed a gap of 40,000 pounds.\nMarlowe showed the jury that the ledger was forged.";
    let claims = run(text);
    check_invariants(text, &claims);
    let c = claim_with(text, &claims, "no remorse");
    assert!(c.sources.is_empty(), "{:?}", c.sources);
    assert_eq!(
        c.text(text),
        "Marlowe showed no remorse as the jury returned."
    );
    let c = claim_with(text, &claims, "a gap of");
    assert_eq!(c.sources[0].name, "the audit");
    let c = claim_with(text, &claims, "was forged");
    assert_eq!(c.sources[0].name, "Marlowe");
}
