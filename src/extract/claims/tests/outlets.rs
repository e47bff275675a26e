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

#[test]
fn a_daily_named_with_a_particle_or_in_two_capitals_is_an_outlet() {
    let text = "Corriere dello Sport reported that the winger had signed.\n\
Portuguese newspaper AS reported that the keeper would stay.\n\
The fee was agreed, Spanish daily AS said.";
    let claims = run(text);
    check_invariants(text, &claims);
    for (needle, name) in [
        ("the winger had signed", "Corriere dello Sport"),
        ("the keeper would stay", "AS"),
        ("The fee was agreed", "AS"),
    ] {
        let s = &claim_with(text, &claims, needle).sources[0];
        assert_eq!(
            (s.name.as_str(), s.kind),
            (name, SourceKind::Media),
            "{needle}"
        );
    }
}
