//! A frame that closes the sentence after a comma ("…, police said.") and how far back it
//! reaches.

use super::*;

#[test]
fn a_closing_frame_reports_the_reports_the_sentence_mentions() {
    let text = "Officers were called to the shop after reports that a man had smashed a window, police said.\nThe minister kept her deputy amid reports that colleagues objected to the appointment.";
    let claims = run(text);
    check_invariants(text, &claims);
    let c = claim_with(text, &claims, "Officers were called");
    assert!(
        c.text(text).contains("smashed a window"),
        "{:?}",
        c.text(text)
    );
    assert_eq!(c.sources[0].mention.of(text), "police");
    // with no frame of its own, the sentence keeps the reports apart from the news
    let c = claim_with(text, &claims, "kept her deputy");
    assert!(!c.text(text).contains("colleagues objected"));
}
