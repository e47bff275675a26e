//! Frames of court reports, obituaries and transfer gossip: hearsay in the frame ("is believed
//! to have told", "reportedly said": the source still said it, but the writer does not vouch
//! for it, so the claim is hedged), a clause after a passive's agent, a concession accepted.

use super::*;

#[test]
fn a_hedging_passive_before_a_perfect_cue_keeps_the_teller_as_source() {
    let text = "Varga is believed to have told Rovers manager Colm Brannigan that he wants to leave.\nThe minister is understood to have warned colleagues the deal was dead.";
    let claims = run(text);
    check_invariants(text, &claims);
    let c = claim_with(text, &claims, "wants to leave");
    assert_eq!(c.text(text), "he wants to leave.");
    assert_eq!(c.sources[0].name, "Varga");
    assert!(c.hedged);
    let c = claim_with(text, &claims, "the deal was dead");
    assert_eq!(c.text(text), "the deal was dead.");
    assert_eq!(c.sources[0].name, "the minister");
    assert!(c.hedged);
}

#[test]
fn a_hearsay_adverb_in_the_frame_hedges_the_claim() {
    let text = "The merger is off, the chairman reportedly told aides.\nHalvorsen allegedly said the books were clean.\nHalvorsen told the board the books were clean.\nThe firm's founder, who allegedly hid losses, said the audit was late.";
    let claims = run(text);
    check_invariants(text, &claims);
    let c = claim_with(text, &claims, "The merger is off");
    assert_eq!(c.sources[0].name, "the chairman");
    assert!(c.hedged);
    let c = claim_with(text, &claims, "the books were clean.\nHalvorsen told");
    assert!(c.hedged);
    let at = text.rfind("the books were clean").unwrap();
    let c = claims
        .iter()
        .find(|c| c.span.start == at)
        .expect("the plain claim");
    assert!(!c.hedged);
    // the hedge of a clause set in the subject is that clause's, not the frame's
    let c = claim_with(text, &claims, "the audit was late");
    assert!(!c.hedged);
}

#[test]
fn a_clause_set_after_the_agent_of_a_passive_cue_is_the_agents_claim() {
    let text = "Her death was confirmed by her daughter, Fiona Quinn, who said the cause was complications of pneumonia.\nThe arrest was announced by police, who said the man was 34.\nThe death was announced by the family in a statement.";
    let claims = run(text);
    check_invariants(text, &claims);
    let c = claim_with(text, &claims, "complications of pneumonia");
    assert_eq!(c.text(text), "the cause was complications of pneumonia.");
    assert_eq!(c.sources[0].name, "Fiona Quinn");
    let c = claim_with(text, &claims, "the man was 34");
    assert_eq!(c.sources[0].name, "police");
    // the channel after the agent stays in the frame
    assert!(!claims
        .iter()
        .any(|c| c.text(text).contains("in a statement")));
}

#[test]
fn a_concession_accepted_is_reported_and_an_award_accepted_is_not() {
    let text = "Under cross-examination, Mrs Hatch accepted that she had not heard the other side of the conversation.\nMrs Hatch accepted the award on behalf of her team.";
    let claims = run(text);
    check_invariants(text, &claims);
    let c = claim_with(text, &claims, "the other side");
    assert_eq!(
        c.text(text),
        "she had not heard the other side of the conversation."
    );
    assert_eq!(c.sources[0].name, "Mrs Hatch");
    let c = claim_with(text, &claims, "the award");
    assert!(c.sources.is_empty());
}

#[test]
fn a_headlines_closing_court_frame_is_the_channel_and_leaves_the_claim() {
    let text = "Driver fled on foot after crash, court hears\n\nAccountant told colleague he would \"make the books disappear\", jury hears\n\nThe judge hears the case on Monday.";
    let claims = run(text);
    check_invariants(text, &claims);
    let c = claim_with(text, &claims, "Driver fled");
    assert_eq!(c.text(text), "Driver fled on foot after crash");
    assert_eq!(c.sources[0].name, "court");
    let c = claim_with(text, &claims, "books disappear");
    assert!(!c.text(text).contains("jury hears"), "{}", c.text(text));
    assert_eq!(c.sources[0].via.as_deref(), Some("jury"));
    let c = claim_with(text, &claims, "The judge hears");
    assert!(c.sources.is_empty());
}
