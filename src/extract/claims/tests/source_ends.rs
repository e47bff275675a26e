//! Where a source mention ends: at a dash after "according to X", and before a verb whose
//! object is a quantity ("Shares of Acme Corp jumped 12% after Reuters reported …").

use super::*;

#[test]
fn a_dash_ends_the_source_after_according_to() {
    let text = "Bus journeys have risen since the fare cap, according to council figures — though only by about 4%.";
    let claims = run(text);
    check_invariants(text, &claims);
    let c = claim_with(text, &claims, "Bus journeys");
    assert_eq!(c.sources[0].mention.of(text), "council figures");
    assert_eq!(c.sources[0].kind, SourceKind::Document);
    assert!(claims.iter().any(|c| c.text(text).contains("by about 4%")));
}

#[test]
fn a_verb_with_a_quantity_after_a_firm_is_a_clause_of_its_own() {
    let text = "Shares of Orbis Motors Inc fell 12% on Monday after Reuters reported that the carmaker would cut jobs.";
    let claims = run(text);
    check_invariants(text, &claims);
    let c = claim_with(text, &claims, "would cut jobs");
    assert_eq!(c.sources[0].mention.of(text), "Reuters");
    let c = claim_with(text, &claims, "fell 12%");
    assert!(c.sources.is_empty());
    assert!(c
        .text(text)
        .starts_with("Shares of Orbis Motors Inc fell 12%"));
}

#[test]
fn a_participle_after_a_document_still_runs_the_subject_long() {
    // near miss: "A poll conducted by …" is a participle, not a verb with an object
    let text = "A poll conducted by the university in March found that 61% backed the plan.";
    let claims = run(text);
    check_invariants(text, &claims);
    let c = claim_with(text, &claims, "61% backed");
    assert_eq!(
        c.sources[0].mention.of(text),
        "A poll conducted by the university"
    );
}
