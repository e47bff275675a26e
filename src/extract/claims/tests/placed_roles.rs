//! Roles placed by a place's name ("an aid worker based in Gaza", "a police spokesman in
//! Karachi"): the place is where the source is, never the source's name, and never what makes
//! a body's spokesperson anonymous.

use super::*;

#[test]
fn a_place_after_a_role_and_a_participle_leaves_the_source_unnamed() {
    for (text, who) in [
        (
            "An aid worker based in Gaza told the BBC that food was running out.",
            "an aid worker based in Gaza",
        ),
        (
            "A Ukrainian commander fighting near Pokrovsk told Reuters his unit was short of shells.",
            "a Ukrainian commander fighting near Pokrovsk",
        ),
        (
            "A doctor working in Khan Younis said the ward had no fuel.",
            "a doctor working in Khan Younis",
        ),
    ] {
        let claims = run(text);
        check_invariants(text, &claims);
        assert_eq!(claims[0].sources[0].name, who, "{text}");
        assert_eq!(claims[0].sources[0].kind, SourceKind::Anonymous, "{text}");
    }
}

#[test]
fn a_name_set_off_after_a_spokesperson_placed_by_a_town_is_the_source() {
    let text = "The police spokesperson in Ondo, Funmilayo Odunlami, told reporters that 17 people had been arrested.";
    let claims = run(text);
    check_invariants(text, &claims);
    let c = claim_with(text, &claims, "17 people");
    assert_eq!(c.sources[0].name, "Funmilayo Odunlami");
    assert_eq!(c.sources[0].kind, SourceKind::Person);
    assert_eq!(
        c.sources[0].role.as_deref(),
        Some("police spokesperson in Ondo")
    );
    // a spokesman for a body speaks for the body, as before
    let text = "A spokesman for the Interior Ministry said the road was closed.";
    let claims = run(text);
    assert_ne!(claims[0].sources[0].kind, SourceKind::Anonymous);
}

#[test]
fn a_description_set_off_after_a_doctor_s_name_is_the_role() {
    let text = "Dr. Amesh Adalja, a senior scholar at the Johns Hopkins Center for Health Security, said the claim was wrong.\nSen. Ann Lee said the vote was close.\nDr. Ruth Diaz said the test was flawed.";
    let claims = crate::extract::extract(text).claims;
    let role = |needle: &str| claim_with(text, &claims, needle).sources[0].role.clone();
    assert_eq!(
        role("the claim was wrong").as_deref(),
        Some("senior scholar at the Johns Hopkins Center for Health Security")
    );
    // with no description, the title stays the role
    assert_eq!(role("the test was flawed").as_deref(), Some("Dr."));
    assert_eq!(role("the vote was close").as_deref(), Some("Sen."));
}
