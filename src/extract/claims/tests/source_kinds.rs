//! The kind of a source as the text describes it: a body an appositive calls a government
//! agency is official, and a firm noun ("a company spokesman") never takes it up.

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
fn a_body_called_a_government_agency_is_official_and_no_company() {
    let text = "The KVT, a government agency, said the heaters were unsafe. A company \
                spokesman confirmed the recall.";
    let found = sources_at(text, "the heaters were unsafe");
    assert_eq!(found[0], ("KVT".to_string(), SourceKind::Official));
    // the firm's voice is not the agency's
    assert!(found.iter().all(|(n, _)| n != "KVT spokesman"), "{found:?}");
    // near miss: an advertising agency is no government body
    let text = "The KVT, an advertising agency, said the campaign was over.";
    assert_eq!(
        sources_at(text, "the campaign was over")[0].1,
        SourceKind::Organization
    );
}

#[test]
fn records_reports_statistics_offices_and_fact_checkers_have_their_kinds() {
    let kind = |text: &str, needle: &str| sources_at(text, needle)[0].clone();
    // an official record known by its proper name is a document, no person
    let text = "The same pledge was made by a minister in 2019, according to Hansard.";
    assert_eq!(
        kind(text, "The same pledge"),
        ("Hansard".to_string(), SourceKind::Document)
    );
    // a report addressed to a committee is the report, not the committee
    let text = "A report to the licensing committee says the noise can be reduced.";
    assert_eq!(
        kind(text, "the noise can be reduced").1,
        SourceKind::Document
    );
    // a government statistics office known by its initials is official
    let text = "The ONS said that wages rose by 4 percent.";
    assert_eq!(
        kind(text, "wages rose"),
        ("ONS".to_string(), SourceKind::Official)
    );
    // a fact-checking charity is an organization, no person named "Full Fact"
    let text = "Full Fact said the chart was misleading.";
    assert_eq!(
        kind(text, "the chart was misleading"),
        ("Full Fact".to_string(), SourceKind::Organization)
    );
    // near miss: a committee's own report is still a document, a person still a person
    let text = "Aoife Brennan said the chart was misleading.";
    assert_eq!(kind(text, "the chart was misleading").1, SourceKind::Person);
}
