//! An appositive after the content whose relative clause has a speaker of its own ("…, a move
//! critics say will …"): those words are the new speaker's, not the frame's before it.

use super::*;

#[test]
fn an_appositive_with_its_own_speaker_is_not_the_first_speakers() {
    let text = "The board will close three depots by June, the chairman announced on Friday, a step union leaders warn will cost 400 jobs.\nThe board will close three depots by June, the chairman announced on Friday, a step that will save money.";
    let claims = run(text);
    check_invariants(text, &claims);
    let c = claim_with(text, &claims, "cost 400 jobs");
    assert_eq!(c.sources.len(), 1);
    assert_eq!(c.sources[0].mention.of(text), "union leaders");
    assert_eq!(c.sources[0].kind, SourceKind::UnnamedGroup);
    assert!(!c.text(text).contains("warn"), "{:?}", c.text(text));
    let c = claim_with(text, &claims, "close three depots");
    assert_eq!(c.sources[0].mention.of(text), "the chairman");
    // with no speaker of its own, the appositive stays with the frame before it
    let c = claim_with(text, &claims, "save money");
    assert_eq!(c.sources[0].mention.of(text), "the chairman");
}
