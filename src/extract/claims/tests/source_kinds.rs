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
