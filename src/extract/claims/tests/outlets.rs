//! News outlets as speakers: names that look like other words ("Florida Today").

use super::*;

#[test]
fn an_outlet_named_today_keeps_its_whole_name() {
    let text = "The mill cut 120 jobs in March, according to Ohio Today.\n\
Ohio Today reported that the mill had reopened.\n\
The mayor today said the mill would stay open.";
    let claims = run(text);
    check_invariants(text, &claims);
    for needle in ["cut 120 jobs", "the mill had reopened"] {
        let s = &claim_with(text, &claims, needle).sources[0];
        assert_eq!(s.name, "Ohio Today");
        assert_eq!(s.kind, SourceKind::Media);
    }
    let s = &claim_with(text, &claims, "would stay open").sources[0];
    assert_eq!(s.mention.of(text), "The mayor");
}
