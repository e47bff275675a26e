//! Claims of judgement told by their words: what someone is capable of, and what a record
//! "suggests", are assessments (so an unnamed source's view of them counts as opinion).

use super::*;
use crate::vocab::ClaimKind;

#[test]
fn capability_and_readings_of_a_record_are_assessments() {
    for (text, needle) in [
        (
            "Her supporters insist she is the only leader capable of uniting the party.",
            "the only leader",
        ),
        (
            "Critics contend that her record on housing suggests otherwise.",
            "her record",
        ),
    ] {
        let claims = crate::extract::extract(text).claims;
        check_invariants(text, &claims);
        let c = claim_with(text, &claims, needle);
        assert_eq!(c.kind, ClaimKind::Assessment, "{text}");
        assert_eq!(c.sources[0].kind, SourceKind::UnnamedGroup, "{text}");
    }
    // near miss: a plain deed under the same verb stays an event
    let text = "Her supporters insist she was at the meeting on Monday.";
    let claims = crate::extract::extract(text).claims;
    assert_eq!(claim_with(text, &claims, "she was").kind, ClaimKind::Event);
}
