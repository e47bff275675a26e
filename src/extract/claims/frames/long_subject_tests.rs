//! Long subjects: a noun phrase that runs past a relative clause up to its verb of saying,
//! before the content or after it. Sentences written for these tests.

use super::subject_tests::frame;

#[test]
fn a_long_subject_after_the_content_may_hold_a_relative_clause() {
    for (s, speaker) in [
        (
            "The board overruled the directors, two people who attended the meeting said.",
            "two people who attended the meeting",
        ),
        (
            "The board overruled the directors, a neighbour who attended the meeting said.",
            "a neighbour who attended the meeting",
        ),
        (
            "The board overruled the directors, twelve people who attended the meeting said.",
            "twelve people who attended the meeting",
        ),
    ] {
        let (src, _, content) = frame(s).unwrap();
        assert_eq!(src.as_deref(), Some(speaker));
        assert_eq!(content, ["The board overruled the directors"]);
    }
}

#[test]
fn a_clause_initial_plural_body_or_sources_with_access_run_long() {
    for (s, speaker) in [
        (
            "But progressive organizations that have endorsed him say the rules should change.",
            "progressive organizations that have endorsed him",
        ),
        (
            "Several companies that trade with Iran said the sanctions had cost them dearly.",
            "Several companies that trade with Iran",
        ),
        (
            "Multiple sources privy to negotiations say the deal is off.",
            "Multiple sources privy to negotiations",
        ),
    ] {
        let (src, _, content) = frame(s).expect(s);
        // (a clause's opening "But" is trimmed from the mention when it is resolved)
        assert!(src.is_some_and(|m| m.ends_with(speaker)), "{s}");
        assert_eq!(content.len(), 1, "{content:?}");
        assert!(!content[0].contains(" say"), "{content:?}");
    }
}
