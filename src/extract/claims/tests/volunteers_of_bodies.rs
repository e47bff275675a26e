//! "A Red Cross volunteer said": "volunteer" after a body's name is the speaker's noun, not a
//! verb of saying; the volunteer is an unnamed person, as "a Red Cross official" is.

use super::*;

#[test]
fn a_volunteer_of_a_named_body_is_the_speaker_frx() {
    for text in [
        "The road was closed for hours, a Red Cross volunteer said.",
        "A Red Cross volunteer said the road was closed for hours.",
        "The road was closed for hours, a Salvation Army volunteer told reporters.",
    ] {
        let claims = run(text);
        check_invariants(text, &claims);
        let c = claim_with(text, &claims, "closed for hours");
        assert_eq!(c.sources.len(), 1, "{text}");
        assert!(c.sources[0].name.ends_with("volunteer"), "{text}");
        assert_eq!(c.sources[0].kind, SourceKind::Anonymous, "{text}");
        assert!(!c.text(text).contains("said"), "{text}");
    }
}

#[test]
fn volunteered_is_still_a_verb_of_saying_frx() {
    let text = "Maria Lund, a nurse, volunteered that the ward was short of staff.";
    let claims = run(text);
    let c = claim_with(text, &claims, "short of staff");
    assert_eq!(c.sources[0].name, "Maria Lund");
    assert_eq!(c.sources[0].cue.as_deref(), Some("volunteered"));
}
