//! A sum pledged is the subject's deed: "The EU has pledged €5 million …, the bloc's
//! humanitarian office said" is the office's claim, whether the sum opens on a currency sign or
//! on a number.

use super::*;

#[test]
fn a_pledged_sum_is_a_deed_credited_to_the_speaker_after_it() {
    for text in [
        "The Nordic Council has pledged €3 million in flood relief, the council's aid office said.",
        "The Nordic Council has pledged 3 million euros in flood relief, the council's aid office \
         said.",
    ] {
        let claims = crate::extract::extract(text).claims;
        check_invariants(text, &claims);
        assert_eq!(claims.len(), 1, "{claims:?}");
        assert!(claims[0]
            .text(text)
            .starts_with("The Nordic Council has pledged"));
        let s = &claims[0].sources[0];
        assert_eq!(s.name, "the council's aid office", "{text}");
        assert!(s.via.is_none(), "{text}");
    }
    // near miss: a pledge of an act still reports what is pledged
    let text = "The council pledged that it would rebuild the bridge.";
    let claims = crate::extract::extract(text).claims;
    assert_eq!(claims[0].sources[0].name, "the council");
}
