//! No-comment records and what the one who declined said after them; what a participle of
//! saying opens after a reaction ("welcomed the decision, saying in a statement that …").

use super::*;

#[test]
fn what_follows_a_participle_after_a_refusal_skips_the_hearer_and_the_channel() {
    let text = "Ryder declined to say more, telling reporters the department was assessing the results.\nThe ministry declined to comment, saying in a statement that the probe continues.";
    let claims = run(text);
    check_invariants(text, &claims);
    let c = claim_with(text, &claims, "the department was assessing");
    assert_eq!(c.sources[0].name, "Ryder");
    assert_eq!(c.text(text), "the department was assessing the results.");
    let c = claim_with(text, &claims, "the probe continues");
    assert_eq!(c.text(text), "the probe continues.");
}

#[test]
fn a_failed_attempt_to_reach_a_source_is_a_record() {
    let text = "Efforts to reach the company were unsuccessful.\nEfforts to reach a ceasefire failed on Monday.";
    let claims = run(text);
    check_invariants(text, &claims);
    let c = claim_with(text, &claims, "Efforts to reach the company");
    assert_eq!(c.kind, ClaimKind::NoComment);
    assert_eq!(c.sources[0].name, "the company");
    let c = claim_with(text, &claims, "a ceasefire");
    assert_ne!(c.kind, ClaimKind::NoComment);
}

#[test]
fn a_response_none_of_them_gave_is_a_record_of_no_one_source() {
    let text = "Neither company responded to requests for comment.\nNone of the firms returned calls on Friday.\nThe mayor responded to the criticism with a letter.";
    let claims = run(text);
    check_invariants(text, &claims);
    for needle in ["Neither company", "None of the firms"] {
        let c = claim_with(text, &claims, needle);
        assert_eq!(c.kind, ClaimKind::NoComment, "{needle}");
        assert!(c.sources.is_empty(), "{:?}", c.sources);
    }
    let c = claim_with(text, &claims, "the criticism");
    assert_ne!(c.kind, ClaimKind::NoComment);
}

#[test]
fn the_one_who_declined_after_a_joining_word_is_the_records_source() {
    let text = "A circuit breaker had tripped, the report said, but the agency did not say whether the breaker failed.";
    let claims = run(text);
    check_invariants(text, &claims);
    let c = claim_with(text, &claims, "did not say whether");
    assert_eq!(c.kind, ClaimKind::NoComment);
    assert_eq!(c.sources[0].name, "the agency");
}

#[test]
fn a_withheld_name_describes_the_source_and_is_no_claim() {
    let text = "A nurse at Kelem Referral Hospital, whose name was withheld, said the hospital ran out of blood.";
    let claims = run(text);
    check_invariants(text, &claims);
    assert_eq!(claims.len(), 1, "{claims:?}");
    assert_eq!(claims[0].text(text), "the hospital ran out of blood.");
}

#[test]
fn declining_to_commit_or_to_be_drawn_is_a_record() {
    let text = "Macklem declined to commit to a path for further cuts.\nAsked about the bid, Glasner refused to be drawn on the speculation.\nThe minister would not be drawn on whether taxes would rise.";
    let claims = run(text);
    check_invariants(text, &claims);
    for (words, who) in [
        ("declined to commit", "Macklem"),
        ("refused to be drawn", "Glasner"),
        ("would not be drawn", "the minister"),
    ] {
        let c = claim_with(text, &claims, words);
        assert_eq!(c.kind, ClaimKind::NoComment, "{words}");
        assert_eq!(c.sources[0].name, who);
    }
}

#[test]
fn a_participle_after_a_reaction_skips_its_hearer_and_channel() {
    let text = "Anne Leclerc welcomed the decision, saying in a statement that lower costs would help families.\nHussein Mohamed rejected the claim, telling the Daily Nation that the president had no interest.\n\"I knew him well,\" Nefzi said, adding, \"He was not very religious.\"\nClinton sought to brush aside the loss, pointing to a victory in Mississippi.";
    let claims = run(text);
    check_invariants(text, &claims);
    let c = claim_with(text, &claims, "lower costs would");
    assert_eq!(c.text(text), "lower costs would help families.");
    assert_eq!(c.sources[0].name, "Anne Leclerc");
    let c = claim_with(text, &claims, "no interest");
    assert_eq!(c.text(text), "the president had no interest.");
    let c = claim_with(text, &claims, "not very religious");
    assert_eq!(c.text(text), "\"He was not very religious.\"");
    // a thing pointed to is no content opened by the participle
    assert!(claim_with(text, &claims, "a victory in Mississippi")
        .text(text)
        .contains("pointing to"));
}

#[test]
fn a_name_given_only_in_part_is_a_reason_for_anonymity() {
    let text = "A Ukrainian commander, who asked to be identified only by his call sign for security reasons, told Reuters the line was holding.";
    let claims = run(text);
    check_invariants(text, &claims);
    assert_eq!(claims.len(), 1, "{claims:?}");
    let c = claim_with(text, &claims, "the line was holding");
    let role = c.sources[0].role.as_deref().unwrap_or_default();
    assert!(role.contains("call sign"), "{c:?}");
}

#[test]
fn a_refusal_then_a_report_named_before_that_is_a_record_and_a_claim() {
    let text = "The General Staff did not comment on the claim, but said in its evening report that 143 clashes had taken place.";
    let claims = run(text);
    check_invariants(text, &claims);
    let c = claim_with(text, &claims, "143 clashes");
    assert_eq!(c.text(text), "143 clashes had taken place.");
    assert_eq!(c.sources[0].name, "General Staff");
    assert!(claims
        .iter()
        .any(|c| c.kind == ClaimKind::NoComment && c.text(text).ends_with("on the claim")));
}

#[test]
fn a_source_who_declined_to_be_named_is_anonymous_not_a_refusal() {
    let text = "A military official, who declined to be named, said the sailor had lost a thumb.\nA police officer, who declined to give his name, said the road was closed.\nThe official declined to be named.";
    let claims = run(text);
    check_invariants(text, &claims);
    let c = claim_with(text, &claims, "the sailor had lost a thumb");
    assert_eq!(c.sources[0].kind, SourceKind::Anonymous);
    assert_eq!(c.sources[0].mention.of(text), "A military official");
    assert!(!c.text(text).contains("said"));
    let c = claim_with(text, &claims, "the road was closed");
    assert_eq!(c.sources[0].kind, SourceKind::Anonymous);
    // the reasons describe the source and are no claims
    assert!(claims
        .iter()
        .all(|c| !c.text(text).starts_with("who declined")));
    // on its own, the refusal is the record
    let c = claim_with(text, &claims, "The official declined");
    assert_eq!(c.kind, ClaimKind::NoComment);
}

#[test]
fn a_policy_of_not_commenting_and_a_request_not_yet_answered_are_records() {
    let text = "The regulator said it could not comment on individual cases.\nA Treasury spokesman said the department does not comment on specific firms.\nThe Conservatives have been approached for comment.\nThe mayor said the budget was balanced.";
    let claims = run(text);
    check_invariants(text, &claims);
    for opening in ["The regulator", "A Treasury spokesman", "The Conservatives"] {
        let c = claim_with(text, &claims, opening);
        assert_eq!(c.kind, ClaimKind::NoComment, "{opening}");
    }
    let c = claim_with(text, &claims, "the budget was balanced");
    assert_ne!(c.kind, ClaimKind::NoComment);
}

#[test]
fn declining_an_interview_is_a_record_and_declining_a_motion_is_not() {
    let text = "Tsai declined an interview request.\nThe hospital declined repeated requests for comment.\nThe court declined a request to delay the trial.";
    let claims = run(text);
    check_invariants(text, &claims);
    for (words, who) in [("Tsai", "Tsai"), ("hospital", "the hospital")] {
        let c = claim_with(text, &claims, words);
        assert_eq!(c.kind, ClaimKind::NoComment, "{words}");
        assert_eq!(c.sources[0].name, who);
    }
    let c = claim_with(text, &claims, "delay the trial");
    assert_ne!(c.kind, ClaimKind::NoComment);
}
