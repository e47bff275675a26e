//! Claims of judgement told by their words: what someone is capable of, and what a record
//! "suggests", are assessments (so an unnamed source's view of them counts as opinion).

use super::*;
use crate::vocab::ClaimKind;

#[test]
fn capability_and_readings_of_a_record_are_assessments() {
    for (text, needle) in [
        (
            "Her supporters insist she is the only leader capable of uniting the party.",
            "the only leader",
        ),
        (
            "Critics contend that her record on housing suggests otherwise.",
            "her record",
        ),
    ] {
        let claims = crate::extract::extract(text).claims;
        check_invariants(text, &claims);
        let c = claim_with(text, &claims, needle);
        assert_eq!(c.kind, ClaimKind::Assessment, "{text}");
        assert_eq!(c.sources[0].kind, SourceKind::UnnamedGroup, "{text}");
    }
    // near miss: a plain deed under the same verb stays an event
    let text = "Her supporters insist she was at the meeting on Monday.";
    let claims = crate::extract::extract(text).claims;
    assert_eq!(claim_with(text, &claims, "she was").kind, ClaimKind::Event);
}

#[test]
fn never_judges_only_what_is_new_or_will_not_recur() {
    // a record of what did not happen is an event, with or without a source
    let text = "The council has never published the audit.\nHe has never been charged with a crime, police said.";
    let claims = crate::extract::extract(text).claims;
    for needle in ["never published", "never been charged"] {
        assert_eq!(
            claim_with(text, &claims, needle).kind,
            ClaimKind::Event,
            "{needle}"
        );
    }
    // "never … before" calls a thing new, "never … again" forecasts: judgements
    let text = "The payments, which have never been reported before, began in 2019.\nIt will never happen again, the mayor said.";
    let claims = crate::extract::extract(text).claims;
    for needle in ["never been reported before", "never happen again"] {
        let c = claim_with(text, &claims, needle);
        assert_eq!(c.kind, ClaimKind::Assessment, "{needle}");
    }
}

#[test]
fn a_relative_clause_that_praises_or_brands_is_its_subject_s_judgement() {
    let text = "The plant, which the council has touted as a jobs engine, opened in 2019.\nThe deal, which the minister hailed as historic, collapsed in May.\nThe scheme, which critics portray as a giveaway, costs 2 million pounds.";
    let claims = crate::extract::extract(text).claims;
    check_invariants(text, &claims);
    for (needle, source) in [
        ("touted as a jobs engine", "the council"),
        ("hailed as historic", "the minister"),
        ("portray as a giveaway", "critics"),
    ] {
        let c = claim_with(text, &claims, needle);
        assert_eq!(c.sources.len(), 1, "{needle}: {c:?}");
        assert_eq!(c.sources[0].name, source, "{needle}");
        assert_eq!(c.kind, ClaimKind::Assessment, "{needle}");
    }
    // the main clauses are the writer's
    assert_writer_s(text, &claims, &["opened in 2019", "collapsed in May"]);
}

#[test]
fn a_verdict_on_a_statement_is_an_assessment() {
    let text = "A viral post claims that hot water kills the virus. This is false.\nThe minister said the figures were misleading.\nThe officers provided false identities.";
    let claims = crate::extract::extract(text).claims;
    for needle in ["This is false", "the figures were misleading"] {
        let c = claim_with(text, &claims, needle);
        assert_eq!(c.kind, ClaimKind::Assessment, "{needle}");
    }
    // an adjective before its noun describes, it gives no verdict
    let c = claim_with(text, &claims, "false identities");
    assert_eq!(c.kind, ClaimKind::Event);
}
