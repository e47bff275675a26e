//! Bodies named by a common noun or by a name that ends on no word for a body: "the employer",
//! "St Anne's Hospice", "Red Cross" are organizations, never people or unnamed sources, and two
//! bodies joined by "and" are two sources; reports placed only in a country name no outlet.

use super::*;

/// Each source of the claim of `text` holding `needle`, as (name, kind).
fn sources_at(text: &str, needle: &str) -> Vec<(String, SourceKind)> {
    let claims = crate::extract::extract(text).claims;
    check_invariants(text, &claims);
    claim_with(text, &claims, needle)
        .sources
        .iter()
        .map(|s| (s.name.clone(), s.kind))
        .collect()
}

#[test]
fn a_union_and_an_employer_are_two_organizations_knx() {
    let org = SourceKind::Organization;
    let text = "The union and the employer said talks would resume on Monday.";
    assert_eq!(
        sources_at(text, "talks would resume"),
        vec![
            ("the union".to_string(), org),
            ("the employer".to_string(), org)
        ]
    );
    let text = "The nurses walked out in March. The employer said the offer was final.";
    assert_eq!(sources_at(text, "the offer was final")[0].1, org);
    // near miss: a body with "and" in its name stays one source
    let text = "The Immigration and Refugee Board said the appeal was rejected.";
    let found = sources_at(text, "the appeal was rejected");
    assert_eq!(found.len(), 1, "{found:?}");
    // employers in general are a group voicing a view, no one body
    let text = "Employers said the new levy would cost jobs.";
    assert_eq!(
        sources_at(text, "the new levy")[0].1,
        SourceKind::UnnamedGroup
    );
}

#[test]
fn a_hospice_and_the_red_cross_are_organizations_knx() {
    let org = SourceKind::Organization;
    let text = "St Anne's Hospice said the ward would close in May.";
    assert_eq!(sources_at(text, "the ward would close")[0].1, org);
    let text = "An audit commissioned by the hospice found staff shortages on every ward. \
                The hospice said it accepted the findings.";
    assert_eq!(
        sources_at(text, "it accepted the findings")[0],
        ("the hospice".to_string(), org)
    );
    let text = "Red Cross said the convoy was hit near the border.";
    assert_eq!(
        sources_at(text, "the convoy was hit")[0],
        ("Red Cross".to_string(), org)
    );
    // near miss: a person surnamed Cross stays a person
    let text = "Richard Cross said the shelter was full. Cross said it was cold.";
    assert_eq!(
        sources_at(text, "it was cold")[0],
        ("Richard Cross".to_string(), SourceKind::Person)
    );
}

#[test]
fn a_capitalised_post_alone_is_its_holder_not_a_body_knx() {
    for (text, name) in [
        (
            "The Prime Minister said the talks would resume.",
            "Prime Minister",
        ),
        (
            "The Health Secretary told MPs the talks would resume.",
            "Health Secretary",
        ),
        (
            "Talks would resume, the Finance Minister said.",
            "Finance Minister",
        ),
    ] {
        assert_eq!(
            sources_at(text, "would resume")[0],
            (name.to_string(), SourceKind::Person),
            "{text}"
        );
    }
    // near miss: a body named by its capitalised words stays a body
    for (text, name) in [
        (
            "The Home Office said the talks would resume.",
            "Home Office",
        ),
        (
            "The Prime Minister's office said the talks would resume.",
            "Prime Minister's office",
        ),
    ] {
        assert_eq!(
            sources_at(text, "would resume")[0],
            (name.to_string(), SourceKind::Official),
            "{text}"
        );
    }
}

#[test]
fn reports_placed_in_a_country_name_no_outlet_and_are_anonymous_knx() {
    for text in [
        "Reports in Spain suggest the deal is close.",
        "Reports in the Spanish press suggest the deal is close.",
    ] {
        let found = sources_at(text, "the deal is close");
        assert_eq!(found[0].1, SourceKind::Anonymous, "{text}");
    }
    // near miss: reports from a named body stay its document
    let text = "Reports from the ministry suggest the deal is close.";
    assert_eq!(
        sources_at(text, "the deal is close")[0].1,
        SourceKind::Document
    );
}

#[test]
fn a_body_named_after_a_saint_or_a_king_is_no_person_knx() {
    for (text, name) in [
        (
            "King's College London said the study was sound.",
            "King's College London",
        ),
        ("Guy's Hospital said the study was sound.", "Guy's Hospital"),
    ] {
        assert_eq!(
            sources_at(text, "the study was sound")[0],
            (name.to_string(), SourceKind::Organization),
            "{text}"
        );
    }
    // near miss: an outlet's reporter is a person of the outlet's
    let text = "CNN's Ann Care said the study was sound.";
    assert_eq!(
        sources_at(text, "the study was sound")[0],
        ("Ann Care".to_string(), SourceKind::Person)
    );
}

#[test]
fn a_body_whose_name_holds_a_possessive_is_no_owner_of_a_later_noun_knx() {
    let text = "An audit commissioned by St Anne's Hospice found staff shortages on every ward. \
                The hospice said it accepted the findings.";
    let found = sources_at(text, "it accepted the findings");
    assert_ne!(found[0].0, "Anne hospice");
    assert_eq!(found[0].1, SourceKind::Organization);
    // near miss: a body owned by a person named before is still the person's
    let text = "Ann Lee's campaign raised money. The campaign said it was pleased.";
    assert_eq!(sources_at(text, "it was pleased")[0].0, "Lee campaign");
}
