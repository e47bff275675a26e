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

#[test]
fn a_short_sentence_after_a_framed_quotation_is_its_own() {
    // the quotation has its frame before it: "He urged calm." is a claim of its own, not the
    // quotation's closing frame
    let text = "The mayor said: \"We will rebuild.\" He urged calm.\nDet Supt Mark Burns said: \"Our thoughts are with the family.\" The council agreed.";
    let claims = crate::extract::extract(text).claims;
    check_invariants(text, &claims);
    for (needle, ends) in [
        ("We will rebuild", "rebuild.\""),
        ("Our thoughts", "family.\""),
    ] {
        let c = claim_with(text, &claims, needle);
        assert!(c.text(text).ends_with(ends), "{:?}", c.text(text));
    }
    // a quotation with no frame still takes the bare one after it
    let text = "\"Everything is missing.\" Trump said.";
    let claims = crate::extract::extract(text).claims;
    let c = claim_with(text, &claims, "Everything is missing");
    assert_eq!(c.sources.len(), 1, "{c:?}");
    assert_eq!(c.sources[0].mention.of(text), "Trump");
}
