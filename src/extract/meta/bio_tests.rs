//! Tests of the reporter's note at the foot of a story: who the writer is and how to reach them.

use super::tests::bp;

#[test]
fn a_reporters_beat_and_address_at_the_foot_are_boilerplate() {
    let text = "The council approved a 4% increase in water rates.\n\nJoanna Pierce covers local government for the Riverton Gazette. Reach her at jpierce@rivertongazette.com.";
    assert_eq!(
        bp(text),
        vec!["Joanna Pierce covers local government for the Riverton Gazette. Reach her at jpierce@rivertongazette.com."]
    );
    let claims = crate::extract::extract(text).claims;
    assert_eq!(claims.len(), 1, "{claims:?}");
    // a beat with no address is a sentence of the story
    let text =
        "The council approved the rise.\n\nJoanna Pierce covers the council for the Gazette.";
    assert!(bp(text).is_empty(), "{:?}", bp(text));
}
