//! Attribution across sentences and paragraphs: transcript turns, colons that open the next
//! paragraph, credit lines after quotations.

use super::*;

#[test]
fn transcript_turns_carry_their_speaker() {
    let text = "HOST: Welcome back. Is the bridge safe?\nMINISTER: It is safe. Engineers checked every cable last month.";
    let claims = run(text);
    check_invariants(text, &claims);
    let c = claim_with(text, &claims, "Engineers checked");
    assert_eq!(c.sources[0].name, "MINISTER");
    let c = claim_with(text, &claims, "Welcome back");
    assert_eq!(c.sources[0].name, "HOST");
}

#[test]
fn a_colon_opens_the_next_paragraph() {
    let text = "The harbour master added:\n\n“Three ships ran aground in the fog.”\n\nTraffic resumed at noon.";
    let claims = run(text);
    check_invariants(text, &claims);
    let c = claim_with(text, &claims, "Three ships");
    assert_eq!(c.sources[0].mention.of(text), "The harbour master");
    let c = claim_with(text, &claims, "Traffic resumed");
    assert!(c.sources.is_empty());
}

#[test]
fn a_credit_line_names_the_quotation_before_it() {
    let text = "“The river took everything we had.”\n― Amara Diallo, 52, farmer\nThe river is still rising.";
    let claims = run(text);
    check_invariants(text, &claims);
    let c = claim_with(text, &claims, "The river took");
    assert_eq!(c.sources[0].name, "Amara Diallo");
    assert_eq!(c.kind, ClaimKind::Quote);
}

#[test]
fn a_transcript_turn_runs_over_paragraphs_spoken_in_person() {
    let text = "HOST: Do you expect the bill to pass?\n\n\
OKAFOR: I think it will pass in March.\n\n\
We have the votes, and my colleagues know it.\n\n\
The bill goes to the Senate floor next week.\n\n\
Roundup: Senators met on Monday.\n\n\
We will know more soon.";
    let claims = run(text);
    check_invariants(text, &claims);
    let c = claim_with(text, &claims, "We have the votes");
    assert_eq!(c.sources[0].mention.of(text), "OKAFOR");
    // the narrator's paragraph ends the turn
    assert!(claim_with(text, &claims, "goes to the Senate floor")
        .sources
        .is_empty());
    // a heading in ordinary capitals is not a transcript label that runs on
    assert!(claim_with(text, &claims, "We will know more soon")
        .sources
        .is_empty());
}

#[test]
fn a_clause_ending_in_a_colon_announces_the_next_paragraph() {
    let text = "Governor Ruiz issued the following statement:\n\n\
“Our thoughts are with the families. The bridge will be rebuilt.”\n\n\
The council also points out some other figures:\n\n\
Repairs cost $4 million last year.\n\n\
The vote is on Tuesday.";
    let claims = run(text);
    check_invariants(text, &claims);
    let q = claim_with(text, &claims, "The bridge will be rebuilt");
    assert_eq!(q.sources[0].mention.of(text), "Governor Ruiz");
    let f = claim_with(text, &claims, "Repairs cost $4 million");
    assert_eq!(f.sources[0].mention.of(text), "The council");
    // the announcing words are frame, not claims
    assert!(!claims
        .iter()
        .any(|c| c.span.of(text).contains("following statement")));
    assert!(!claims
        .iter()
        .any(|c| c.span.of(text).contains("other figures")));
    assert!(claim_with(text, &claims, "The vote is on Tuesday")
        .sources
        .is_empty());
}

#[test]
fn single_quotation_marks_carry_their_speaker() {
    let text = "The minister was defiant. 'We will not resign,' she told the BBC. 'The figures \
are clear.'";
    let claims = run(text);
    check_invariants(text, &claims);
    let q = claim_with(text, &claims, "We will not resign");
    assert_eq!(q.sources[0].mention.of(text), "she");
    assert_eq!(q.kind, ClaimKind::Quote);
    let next = claim_with(text, &claims, "The figures");
    assert_eq!(next.sources[0].mention.of(text), "she");
}

#[test]
fn a_headline_label_naming_the_dateline_place_is_no_speaker() {
    let text = "Lucknow: Three held for duping 400 investors\n\nLUCKNOW: The police arrested three people on Monday, police said.\n";
    let claims = crate::extract::extract(text).claims;
    check_invariants(text, &claims);
    let c = claim_with(text, &claims, "Three held");
    assert!(c.sources.is_empty(), "{:?}", c.sources);
    // a label that is no place stays a speaker
    let text = "Modi: India will grow fast\n\nLUCKNOW: The police arrested three people on Monday, police said.\n";
    let claims = crate::extract::extract(text).claims;
    let c = claim_with(text, &claims, "India will grow");
    assert_eq!(c.sources[0].name, "Modi");
}

#[test]
fn a_label_that_is_no_name_is_no_speaker() {
    let text = "Revealed: The senators the party has blacklisted\n\nQuestion: What do you call a senator who never votes?\n\nTrump: I will win Ohio\n";
    let claims = crate::extract::extract(text).claims;
    check_invariants(text, &claims);
    assert!(claim_with(text, &claims, "blacklisted").sources.is_empty());
    // the writer's question is no claim at all
    assert!(!claims.iter().any(|c| c.text(text).contains("never votes")));
    assert_eq!(
        claim_with(text, &claims, "I will win").sources[0].name,
        "Trump"
    );
}

#[test]
fn fact_check_labels_are_no_speakers_and_no_claim_text() {
    let text = "CLAIM: Tax receipts doubled last year.\n\nTHE FACTS: That is wrong. Receipts rose \
                4%, according to Treasury data.\n\nClaim: The bridge cost $2 billion.\n";
    let claims = crate::extract::extract(text).claims;
    check_invariants(text, &claims);
    assert!(claims.iter().all(|c| c
        .sources
        .iter()
        .all(|s| s.name != "CLAIM" && s.name != "Claim")));
    assert!(claim_with(text, &claims, "receipts doubled")
        .sources
        .is_empty());
    assert_eq!(
        claim_with(text, &claims, "That is wrong").text(text),
        "That is wrong."
    );
    assert!(claim_with(text, &claims, "bridge cost").sources.is_empty());
}

#[test]
fn a_quotation_after_a_live_blogs_timestamp_is_not_the_last_posts_speaker() {
    let text = "A council spokeswoman said: \"Safety has to come first.\"\n\n13:15 GMT\n\n'I've never seen anything like it'\n\nFisherman Kerry Penhale told the BBC the harbour wall had been overtopped.\n";
    let claims = crate::extract::extract(text).claims;
    check_invariants(text, &claims);
    let c = claim_with(text, &claims, "never seen");
    assert!(
        c.sources.iter().all(|s| s.name != "a council spokeswoman"),
        "{:?}",
        c.sources
    );
}
