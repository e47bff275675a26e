//! A cue whose object is a plain noun phrase ("denied the allegations", "conceded defeat"):
//! the claim keeps the verb, since the noun phrase alone asserts nothing.

use super::*;

#[test]
fn a_cue_with_a_noun_phrase_object_keeps_its_verb_in_the_claim() {
    let text = "Premier Craig Hollis conceded defeat shortly after 10pm.\nThe senator denied the allegations on Tuesday.\nExperts urged caution.\nThe mayor said the bridge would reopen.\nThe union urged members to strike.\nLee says the law unfairly targets renters.";
    let claims = run(text);
    check_invariants(text, &claims);
    for (needle, whole) in [
        ("defeat", "conceded defeat shortly after 10pm."),
        ("allegations", "denied the allegations on Tuesday."),
        ("caution", "urged caution."),
    ] {
        let c = claim_with(text, &claims, needle);
        assert_eq!(c.text(text), whole);
        assert_eq!(c.sources.len(), 1, "{whole}");
    }
    // a clause or a verb of saying keeps the cue out; a request keeps it (below)
    let c = claim_with(text, &claims, "bridge would");
    assert_eq!(c.text(text), "the bridge would reopen.");
    let c = claim_with(text, &claims, "to strike");
    assert_eq!(c.text(text), "urged members to strike.");
    let c = claim_with(text, &claims, "unfairly targets");
    assert_eq!(c.text(text), "the law unfairly targets renters.");
}

#[test]
fn a_cue_with_the_subjects_own_aim_keeps_its_verb() {
    let text = "The commission expects to declare the final results on Friday.\nThe mayor vowed to fight the ruling.\nThe union urged members to strike.";
    let claims = run(text);
    check_invariants(text, &claims);
    let c = claim_with(text, &claims, "declare");
    assert_eq!(
        c.text(text),
        "expects to declare the final results on Friday."
    );
    let c = claim_with(text, &claims, "fight the ruling");
    assert_eq!(c.text(text), "vowed to fight the ruling.");
    // a request for others to act keeps its verb and the one asked: "to strike." alone
    // asserts nothing (see a_request_keeps_its_verb_and_the_one_asked)
    let c = claim_with(text, &claims, "to strike");
    assert_eq!(c.text(text), "urged members to strike.");
}

#[test]
fn a_wish_keeps_its_verb() {
    let text = "Fenwick Rovers want to sell the striker before the window shuts.
The regulator intends to publish its findings in March.";
    let claims = run(text);
    check_invariants(text, &claims);
    let c = claim_with(text, &claims, "sell the striker");
    assert_eq!(
        c.text(text),
        "want to sell the striker before the window shuts."
    );
    let c = claim_with(text, &claims, "publish its findings");
    assert_eq!(c.text(text), "intends to publish its findings in March.");
}

#[test]
fn a_second_verb_of_saying_under_the_same_subject_reports_its_own_claim() {
    let text = "Ukraine has denied targeting civilian infrastructure and says its strikes are aimed at military sites.\nThe senator praised the bill and said it would pass.";
    let claims = run(text);
    check_invariants(text, &claims);
    let c = claim_with(text, &claims, "targeting civilian");
    assert_eq!(c.text(text), "denied targeting civilian infrastructure");
    assert_eq!(c.sources[0].name, "Ukraine");
    let c = claim_with(text, &claims, "aimed at military");
    assert_eq!(c.text(text), "its strikes are aimed at military sites.");
    assert_eq!(c.sources[0].name, "Ukraine");
    let c = claim_with(text, &claims, "it would pass");
    assert_eq!(c.text(text), "it would pass.");
    // after a reported clause, "and" may join that clause's own verbs
    let text = "McConnell said he spoke to Trump and asked him to condemn violence.";
    let claims = run(text);
    let c = claim_with(text, &claims, "condemn violence");
    assert!(c.text(text).starts_with("he spoke to Trump"), "{c:?}");
}

#[test]
fn a_refusal_of_a_deed_keeps_its_verb_and_a_refusal_to_speak_is_a_record() {
    let text = "Downing Street has refused to rule out tax rises in the Budget.\n\
The minister declined to rule out further strikes.\n\
The company declined to say whether it would appeal.";
    let claims = run(text);
    check_invariants(text, &claims);
    // "to rule out tax rises" alone would say the opposite
    let c = claim_with(text, &claims, "tax rises");
    assert_eq!(c.text(text), "refused to rule out tax rises in the Budget.");
    assert_eq!(c.sources[0].name, "Downing Street");
    let c = claim_with(text, &claims, "further strikes");
    assert_eq!(c.text(text), "declined to rule out further strikes.");
    let c = claim_with(text, &claims, "it would appeal");
    assert_eq!(c.kind, ClaimKind::NoComment);
}

#[test]
fn a_deed_with_its_object_before_a_closing_frame_is_that_frames_claim() {
    let text = "Goldman Sachs is advising Halvorsen, people familiar with the matter said.\n\
Lazard is advising the board on the bid, the company said.";
    let claims = run(text);
    check_invariants(text, &claims);
    let c = claim_with(text, &claims, "advising Halvorsen");
    assert_eq!(c.text(text), "Goldman Sachs is advising Halvorsen");
    assert_eq!(c.sources[0].name, "people familiar with the matter");
    assert_eq!(c.sources[0].kind, SourceKind::Anonymous);
    let c = claim_with(text, &claims, "advising the board");
    assert_eq!(c.sources[0].name, "the company");
}

#[test]
fn a_charge_keeps_its_verb() {
    let text = "The Kremlin accused Kyiv of attacking energy facilities.\n\
Russia blamed Ukraine for the attack.";
    let claims = run(text);
    check_invariants(text, &claims);
    let c = claim_with(text, &claims, "energy facilities");
    assert_eq!(c.text(text), "accused Kyiv of attacking energy facilities.");
    assert_eq!(c.sources[0].name, "Kremlin");
    let c = claim_with(text, &claims, "for the attack");
    assert_eq!(c.text(text), "blamed Ukraine for the attack.");
}

#[test]
fn a_request_keeps_its_verb_and_the_one_asked() {
    let text = "The suit asks the court to order an audit.\n\
The mayor urged residents not to travel.";
    let claims = run(text);
    check_invariants(text, &claims);
    let c = claim_with(text, &claims, "order an audit");
    assert_eq!(c.text(text), "asks the court to order an audit.");
    let c = claim_with(text, &claims, "not to travel");
    assert_eq!(c.text(text), "urged residents not to travel.");
    assert_eq!(c.sources[0].name, "the mayor");
}

#[test]
fn a_second_verb_after_a_comma_and_then_reports_its_own_claim() {
    let text = "She thanked the crowd, then said the talks had failed.\n\
The mayor paused, then added that the budget was tight.";
    let claims = run(text);
    check_invariants(text, &claims);
    let c = claim_with(text, &claims, "the talks had failed");
    assert_eq!(c.text(text), "the talks had failed.");
    assert_eq!(c.sources[0].name, "She");
    assert!(!claim_with(text, &claims, "thanked the crowd")
        .text(text)
        .contains("said"));
    let c = claim_with(text, &claims, "budget was tight");
    assert_eq!(c.sources[0].name, "the mayor");
}

#[test]
fn a_speaker_moved_to_accuse_keeps_the_charge_and_the_clause_before() {
    let text = "Waiting lists hit a record 68,400, prompting the Opposition to accuse the Premier of \"losing control\" of hospitals.\nFor a council that had run deficits for years, the row was so sharp that it prompted Councillor Ann Reyes to accuse the mayor of hiding the budget.";
    let claims = run(text);
    check_invariants(text, &claims);
    let c = claim_with(text, &claims, "Waiting lists");
    assert_eq!(c.text(text), "Waiting lists hit a record 68,400");
    assert!(c.sources.is_empty());
    let c = claim_with(text, &claims, "the Premier of");
    assert!(c.text(text).starts_with("accuse the Premier of"));
    assert_eq!(c.sources[0].name, "Opposition");
    // the lead-in before a finite mover is still a claim
    claim_with(text, &claims, "run deficits");
    let c = claim_with(text, &claims, "hiding the budget");
    assert_eq!(c.sources[0].name, "Ann Reyes");
}
