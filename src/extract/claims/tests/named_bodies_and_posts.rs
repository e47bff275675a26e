//! Bodies and posts named the way regional and trade copy names them: a linking word inside a
//! body's name, the kind of body before its name, titles of West African copy, a post after an
//! owner, a document handed on, and an owner after an unnamed source's head.

use super::*;

#[test]
fn a_bodys_name_may_hold_a_linking_word() {
    let text = "Transport for Wales said trains would run slowly.\nThe Committee to Protect Journalists said it had counted 11 cases.\nLawyers for Okafor said the case would be appealed.\nThe Department for Education said schools would open.\nDana Whitlock for Morning Ledger wrote that turnout fell.";
    let claims = run(text);
    check_invariants(text, &claims);
    let c = claim_with(text, &claims, "trains would run");
    assert_eq!(c.sources[0].name, "Transport for Wales");
    assert_eq!(c.sources[0].kind, SourceKind::Organization);
    let c = claim_with(text, &claims, "counted 11 cases");
    assert_eq!(c.sources[0].name, "Committee to Protect Journalists");
    // a client's lawyers, a department and a byline are no such name
    let c = claim_with(text, &claims, "appealed");
    assert_ne!(c.sources[0].kind, SourceKind::Organization);
    let c = claim_with(text, &claims, "schools would open");
    assert_eq!(c.sources[0].kind, SourceKind::Official);
    let c = claim_with(text, &claims, "turnout fell");
    assert_ne!(c.sources[0].name, "Dana Whitlock for Morning Ledger");
}

#[test]
fn the_kind_of_body_before_its_name_is_its_role() {
    let text = "Consumer group Fairmark welcomed the ruling but said fines alone would not help.\nThe drivers' union Railwork said the report vindicated its member.";
    let claims = run(text);
    check_invariants(text, &claims);
    let c = claim_with(text, &claims, "fines alone");
    assert_eq!(c.sources[0].name, "Fairmark");
    assert_eq!(c.sources[0].kind, SourceKind::Organization);
    assert_eq!(c.sources[0].role.as_deref(), Some("Consumer group"));
    let c = claim_with(text, &claims, "vindicated");
    assert_eq!(c.sources[0].name, "Railwork");
    assert_eq!(c.sources[0].kind, SourceKind::Organization);
}

#[test]
fn west_african_titles_end_no_sentence() {
    let text = "Its president, Pharm. Ade Bello, told journalists that 90 per cent of insulin is imported. The commissioner, Engr. Musa Danjuma, said 40 per cent of roads are unpaved.";
    let claims = crate::extract::extract(text).claims;
    assert_eq!(claims.len(), 2, "{claims:?}");
    assert_eq!(claims[0].sources[0].name, "Ade Bello");
    assert_eq!(
        claims[0].span.of(text),
        "90 per cent of insulin is imported."
    );
    assert_eq!(claims[1].sources[0].name, "Musa Danjuma");
}

#[test]
fn a_post_after_an_owner_stands_beside_the_name() {
    let text = "Its editor-in-chief, Bartosz Nowak, said the paper would sue.\nIts CEO, Rhys Dyer, said the figures were good.";
    let claims = run(text);
    check_invariants(text, &claims);
    let c = claim_with(text, &claims, "would sue");
    assert_eq!(c.sources[0].name, "Bartosz Nowak");
    assert_eq!(c.sources[0].kind, SourceKind::Person);
    let c = claim_with(text, &claims, "figures were good");
    assert_eq!(c.sources[0].name, "Rhys Dyer");
    assert_eq!(c.sources[0].role.as_deref(), Some("CEO"));
}

#[test]
fn a_document_handed_on_to_people_is_a_document() {
    let text = "Claims above the cap would wait in a queue, according to a briefing document distributed to journalists.\nThe plan would cost $4 million, according to a memo circulated among officials.";
    let claims = run(text);
    check_invariants(text, &claims);
    let c = claim_with(text, &claims, "in a queue");
    assert_eq!(c.sources[0].kind, SourceKind::Document);
    let c = claim_with(text, &claims, "$4 million");
    assert_eq!(c.sources[0].kind, SourceKind::Document);
}

#[test]
fn an_owner_after_an_unnamed_sources_head_names_no_one() {
    let text = "A coach at one of the town's training camps, who spoke on condition of anonymity because he feared reprisals, said doping was common.";
    let claims = run(text);
    check_invariants(text, &claims);
    let c = claim_with(text, &claims, "doping was common");
    assert_eq!(c.sources[0].kind, SourceKind::Anonymous);
}

#[test]
fn a_post_without_an_article_after_an_inverted_speaker_is_the_role() {
    let text =
        "\"People are dying quietly,\" said Chidi Eze, coordinator of the Diabetes Association.";
    let claims = run(text);
    check_invariants(text, &claims);
    assert_eq!(claims.len(), 1, "{claims:?}");
    assert_eq!(
        claims[0].sources[0].role.as_deref(),
        Some("coordinator of the Diabetes Association")
    );
}

#[test]
fn it_takes_up_the_body_the_sentence_before_opens_on() {
    let text = "The Polish embassy said in a statement that Wrona had been held for 26 hours.\nHungary's embassy in Warsaw hit back within hours.\nWrona had entered a restricted military area, it said.";
    let claims = run(text);
    check_invariants(text, &claims);
    let c = claim_with(text, &claims, "restricted military area");
    assert_eq!(c.sources[0].name, "Hungary's embassy in Warsaw");
    // a document the body sent, named after it, is what "it" reads, not the body
    let text = "The agency said the port was closed.\nThe city sent a warning letter on Thursday.\nIt says the campaign broke the law.";
    let claims = run(text);
    let c = claim_with(text, &claims, "broke the law");
    assert_ne!(c.sources[0].kind, SourceKind::Official, "{c:?}");
}
