//! A quotation opened by a colon after a short verb phrase that is no verb of saying ("The
//! minister closed with a warning: “…”"): the subject is the speaker.

use super::*;

#[test]
fn the_and_a_noun_before_a_verb_phrase_and_a_colon_speak_the_quotation() {
    let text = "The coach ended with a promise: \"We will be back next season.\"";
    let claims = run(text);
    check_invariants(text, &claims);
    let c = claim_with(text, &claims, "We will be back");
    assert_eq!(c.sources.len(), 1);
    assert_eq!(c.sources[0].mention.of(text), "The coach");
    assert!(!c.text(text).contains("promise"), "{:?}", c.text(text));
}

#[test]
fn a_name_after_a_verb_and_its_preposition_is_where_the_words_went() {
    let text = "Marta Lind posted on Instagram on Friday: \"Every road has an end.\"\nOrtiz spoke to Reuters: \"We will not sign.\"\nA rebuke came from Dana Reyes: \"This is a disgrace.\"";
    let claims = run(text);
    check_invariants(text, &claims);
    for (needle, speaker) in [
        ("Every road", "Marta Lind"),
        ("will not sign", "Ortiz"),
        // "from" names the speaker
        ("disgrace", "Dana Reyes"),
    ] {
        let c = claim_with(text, &claims, needle);
        assert_eq!(c.sources.len(), 1, "{needle}: {:?}", c.sources);
        assert_eq!(c.sources[0].name, speaker);
        assert!(c.text(text).starts_with('"'), "{:?}", c.text(text));
    }
}
