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

#[test]
fn the_paper_takes_up_the_outlet_named_before_it() {
    let text = "Diario Sur reported that the coach had doubts.\n\
The Malaga-based paper said the talks were held in private.\n\
Kicker reported that the striker would leave.\n\
The paper said the fee was agreed.";
    let claims = run(text);
    check_invariants(text, &claims);
    for (needle, name) in [
        ("the coach had doubts", "Diario Sur"),
        ("held in private", "Diario Sur"),
        ("the striker would leave", "Kicker"),
        ("the fee was agreed", "Kicker"),
    ] {
        let s = &claim_with(text, &claims, needle).sources[0];
        assert_eq!(
            (s.name.as_str(), s.kind),
            (name, SourceKind::Media),
            "{needle}"
        );
    }
}
