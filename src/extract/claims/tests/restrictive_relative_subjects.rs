//! A plural subject with a restrictive relative clause before a verb of saying ("Lawyers who
//! bring such claims say …"): the whole noun phrase is the source, and a noun after "such" is
//! no cue.

use super::*;

#[test]
fn a_restrictive_relative_clause_stays_in_its_subject() {
    let text = "Engineers who inspect such claims say most leaks go unreported.";
    let claims = run(text);
    check_invariants(text, &claims);
    let c = claim_with(text, &claims, "most leaks");
    assert_eq!(c.text(text), "most leaks go unreported.");
    assert_eq!(c.sources.len(), 1);
    assert_eq!(
        c.sources[0].mention.of(text),
        "Engineers who inspect such claims"
    );
    assert_eq!(c.sources[0].kind, SourceKind::UnnamedGroup);
}
