//! Sources of new-style articles (live pages, readers' messages, status pages, firms named
//! once): who speaks and of what kind.

use super::*;

/// The first source of the claim holding `needle`: (name, kind, role).
fn source_of(text: &str, needle: &str) -> (String, SourceKind, Option<String>) {
    let claims = run(text);
    check_invariants(text, &claims);
    let s = &claim_with(text, &claims, needle).sources[0];
    (s.name.clone(), s.kind, s.role.clone())
}

#[test]
fn a_spokesperson_for_a_body_no_name_was_given_is_on_the_record() {
    for text in [
        "A spokesman for the company said the plant would reopen.",
        "A company spokesman said the plant would reopen.",
    ] {
        let (_, kind, _) = source_of(text, "reopen");
        assert_eq!(kind, SourceKind::Organization, "{text}");
    }
    let (_, kind, _) = source_of(
        "A spokesman for the ministry said the plant would reopen.",
        "reopen",
    );
    assert_eq!(kind, SourceKind::Official);
    // a person's spokesman stays unnamed
    let (_, kind, _) = source_of(
        "A spokeswoman for the mayor said the road would open.",
        "open",
    );
    assert_eq!(kind, SourceKind::Anonymous);
}

#[test]
fn a_town_after_a_spokesperson_leaves_the_kind_alone() {
    let text = "A Chinese foreign ministry spokeswoman in Beijing said China would continue to \
                share seasonal data.";
    assert_eq!(source_of(text, "seasonal").1, SourceKind::Official);
    let text = "A police spokesman in Karachi said the road was closed.";
    assert_eq!(source_of(text, "road").1, SourceKind::Official);
}

#[test]
fn a_status_page_is_a_document() {
    let text = "The problems began at 07:10 UTC, according to the status page.";
    assert_eq!(source_of(text, "problems").1, SourceKind::Document);
}

#[test]
fn people_inside_a_body_named_by_a_common_noun_are_unnamed() {
    for text in [
        "Staff at the hospital say the outbreak was caught late.",
        "Nurses at the hospital say the outbreak was caught late.",
    ] {
        let (_, kind, _) = source_of(text, "outbreak");
        assert_eq!(kind, SourceKind::UnnamedGroup, "{text}");
    }
}

#[test]
fn a_reader_signed_by_a_given_name_is_that_person() {
    let text = "Another reader, Mark, says his local supermarket has closed early.";
    let (name, kind, role) = source_of(text, "supermarket");
    assert_eq!((name.as_str(), kind), ("Mark", SourceKind::Person));
    assert!(role.is_some_and(|r| r.contains("reader")));
    let text = "Jo in Kendal writes: \"Our whole street is dark.\"";
    let (name, kind, role) = source_of(text, "street");
    assert_eq!((name.as_str(), kind), ("Jo", SourceKind::Person));
    assert_eq!(role.as_deref(), Some("in Kendal"));
}

#[test]
fn a_campaigning_body_after_of_is_the_role() {
    let text = "\"Data sharing is not protection,\" said Pianporn Deetes of International Rivers.";
    let (name, kind, role) = source_of(text, "Data sharing");
    assert_eq!(
        (name.as_str(), kind),
        ("Pianporn Deetes", SourceKind::Person)
    );
    assert_eq!(role.as_deref(), Some("International Rivers"));
}

#[test]
fn a_name_the_next_sentence_calls_the_company_is_a_firm() {
    let text = "Crestline said it was sorry. \"Safety is everything,\" the company said.";
    let claims = run(text);
    check_invariants(text, &claims);
    for c in &claims {
        assert_eq!(c.sources[0].name, "Crestline");
        assert_eq!(c.sources[0].kind, SourceKind::Organization);
    }
    let (_, kind, _) = source_of("Harbor Mutual denied wrongdoing.", "wrongdoing");
    assert_eq!(kind, SourceKind::Organization);
}

#[test]
fn the_forecaster_takes_up_the_met_office() {
    let text = "Gusts of 85mph were recorded at Shap, the Met Office said. The strongest winds \
                would ease after midnight, the forecaster said.";
    let (name, kind, _) = source_of(text, "strongest");
    assert_eq!((name.as_str(), kind), ("Met Office", SourceKind::Official));
}

#[test]
fn a_spokesperson_after_a_body_heard_from_speaks_for_it() {
    let text = "We have just heard from Network Rail. A spokeswoman said all services between \
                Preston and Carlisle had been suspended.";
    let (name, kind, _) = source_of(text, "services");
    assert_eq!(
        (name.as_str(), kind),
        ("Network Rail spokeswoman", SourceKind::Organization)
    );
}

#[test]
fn a_description_after_a_titled_name_is_its_role() {
    // (the whole engine: the naive splitter of these tests ends a sentence at "Dr.")
    let text = "The risk to the public remains low, according to Dr. Priya Raman, the county's \
                chief medical officer.";
    let claims = crate::extract::extract(text).claims;
    assert_eq!(claims.len(), 1);
    assert_eq!(claims[0].sources[0].name, "Priya Raman");
}

#[test]
fn the_parties_to_a_lawsuit_are_an_unnamed_group() {
    let text = "The plaintiffs claim that two children were hospitalized.";
    assert_eq!(source_of(text, "children").1, SourceKind::UnnamedGroup);
}
