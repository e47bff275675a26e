//! Relative clauses and the frames around them: whose words a comma-set clause is.

use super::*;

#[test]
fn a_victims_condition_after_the_place_is_the_sources() {
    let text = "He was taken to Valley Hospital, where he remains in critical condition, according to a police spokesperson.\nThe woman was flown to County General, where she was pronounced dead, police said.\nThe mayor spoke in Tulsa, where he has a home, his aide said.";
    let claims = run(text);
    check_invariants(text, &claims);
    let c = claim_with(text, &claims, "he remains in critical");
    assert_eq!(c.text(text), "where he remains in critical condition");
    assert_eq!(c.sources[0].name, "police spokesperson");
    let c = claim_with(text, &claims, "she was pronounced dead");
    assert_eq!(c.sources[0].name, "police");
    // a gloss of the place stays the writer's
    let c = claim_with(text, &claims, "he has a home");
    assert!(c.sources.is_empty(), "{:?}", c.sources);
}

#[test]
fn according_to_inside_a_relative_clause_sources_only_that_clause() {
    let text = "Nimbus, which controls about 22% of the cloud market according to research firm Synergy Research Group, suffered a similar outage in March 2025.";
    let claims = run(text);
    check_invariants(text, &claims);
    let c = claim_with(text, &claims, "controls about 22%");
    assert_eq!(c.text(text), "which controls about 22% of the cloud market");
    assert!(c.sources[0].name.ends_with("Synergy Research Group"));
    let c = claim_with(text, &claims, "suffered a similar outage");
    assert_eq!(
        c.text(text),
        "Nimbus suffered a similar outage in March 2025."
    );
    assert!(c.sources.is_empty(), "{:?}", c.sources);
}

#[test]
fn the_time_the_writer_sets_words_in_is_the_writers() {
    let text = "Prime Minister Shahid Khattak on Thursday said the government would complete its term, a day after opposition parties announced a protest movement.\nThe mayor defended the plan, hours after the council voted it down.";
    let claims = run(text);
    check_invariants(text, &claims);
    let c = claim_with(text, &claims, "complete its term");
    assert_eq!(c.text(text), "the government would complete its term");
    let c = claim_with(text, &claims, "a day after");
    assert_eq!(
        c.text(text),
        "a day after opposition parties announced a protest movement."
    );
    assert!(c.sources.is_empty(), "{:?}", c.sources);
    let c = claim_with(text, &claims, "hours after the council");
    assert!(c.sources.is_empty(), "{:?}", c.sources);
}

#[test]
fn a_deed_in_the_writers_words_after_a_frame_is_no_frame_of_its_own() {
    let text =
        "\"We will not back down,\" Lee said, as she cut off a reporter who asked about finances.";
    let claims = run(text);
    check_invariants(text, &claims);
    let c = claim_with(text, &claims, "about finances");
    assert_eq!(
        c.text(text),
        "as she cut off a reporter who asked about finances."
    );
    assert!(c.sources.is_empty(), "{:?}", c.sources);
}

#[test]
fn a_note_of_how_others_took_the_words_is_theirs_or_the_writers() {
    let text = "The company said 110 employees had returned, a figure the union rejected as grossly exaggerated.\nSen. Hartwell said the radar plan was years behind schedule, a characterization Whitcombe did not dispute.\nMr Baloch claimed that two million people would take part, a figure that could not be independently verified.";
    let claims = crate::extract::extract(text).claims;
    let c = claim_with(text, &claims, "110 employees");
    assert_eq!(c.text(text), "110 employees had returned");
    let c = claim_with(text, &claims, "the union rejected");
    assert_eq!(c.sources[0].name, "the union");
    let c = claim_with(text, &claims, "years behind schedule");
    assert_eq!(c.sources[0].via, None);
    let c = claim_with(text, &claims, "Whitcombe did not dispute");
    assert!(c.sources.is_empty(), "{:?}", c.sources);
    // the newsroom's note that it could not verify is boilerplate (meta/verification.rs): in
    // no claim, and not the speaker's
    assert!(!claims
        .iter()
        .any(|c| c.text(text).contains("independently verified")));
    let c = claim_with(text, &claims, "two million");
    assert!(!c.text(text).contains("figure"));
    // a rebuttal set off after the words is never the speaker's own, nor their channel
    let text = "The agency said the river was safe, a claim residents dispute.
Another insider claimed the show was cancelled over poor sales, an account her team denies.
The panel said warming would slow, a conclusion the authors say is now out of date.";
    let claims = run(text);
    check_invariants(text, &claims);
    let c = claim_with(text, &claims, "the river was safe");
    assert_eq!(c.text(text), "the river was safe");
    let c = claim_with(text, &claims, "residents dispute");
    assert_eq!(c.sources[0].name, "residents");
    let c = claim_with(text, &claims, "poor sales");
    assert_eq!(c.sources[0].via, None);
    let c = claim_with(text, &claims, "her team denies");
    assert_eq!(c.sources[0].name, "her team");
    let c = claim_with(text, &claims, "warming would slow");
    assert_eq!(c.text(text), "warming would slow");
}

#[test]
fn a_relative_pronoun_named_by_its_own_speaker_is_that_speakers() {
    // the pronoun is the object of "called" or "described as"; the clause is the speaker's
    let text = "Meteorologist Dana Cho said humidity could drop below 8%, which she called \"about as bad as it gets.\"\nThe tax, which Mayor Ann Lee described as \"a relief,\" passed on Monday.";
    let claims = run(text);
    check_invariants(text, &claims);
    let c = claim_with(text, &claims, "about as bad");
    assert_eq!(c.sources[0].name, "Dana Cho");
    let c = claim_with(text, &claims, "a relief");
    assert_eq!(
        c.text(text),
        "which Mayor Ann Lee described as \"a relief,\""
    );
    assert_eq!(c.sources[0].name, "Ann Lee");
    let c = claim_with(text, &claims, "passed on Monday");
    assert!(c.sources.is_empty(), "{c:?}");
    // a clause before the main clause's own frame is no frame of the sentence's
    let text = "Asked whether the job, which friends described as miserable, hurt him, Lee said: \"I hope not.\"";
    let claims = run(text);
    check_invariants(text, &claims);
    let c = claim_with(text, &claims, "I hope not");
    assert_eq!(c.sources[0].name, "Lee");
}

#[test]
fn a_relative_clause_may_close_with_a_quotation() {
    // American style sets the comma inside the closing mark; the main verb resumes after it
    let text = "Ann Lee, who hosts the weekly show \"Last Word,\" appeared to lose her temper.\nTim Roe, whose book \"Trump Nation,\" prompted a lawsuit, called his publisher.";
    let claims = run(text);
    check_invariants(text, &claims);
    let c = claim_with(text, &claims, "lose her temper");
    assert_eq!(c.text(text), "Ann Lee appeared to lose her temper.");
    assert_eq!(c.fragments.len(), 2, "{c:?}");
    // no verb in the clause before the quotation: it goes on past it
    let c = claim_with(text, &claims, "prompted a lawsuit");
    assert!(c.text(text).starts_with("whose book"), "{}", c.text(text));
}

#[test]
fn a_currency_sign_stays_with_its_amount_before_a_relative_frame() {
    let text = "The city bought a $2 million building that officials say is unsafe.";
    let claims = run(text);
    check_invariants(text, &claims);
    let c = claim_with(text, &claims, "is unsafe");
    assert_eq!(
        c.text(text),
        "a $2 million building that officials say is unsafe."
    );
    assert_eq!(c.sources[0].name, "officials");
}

#[test]
fn a_restrictive_relative_with_a_cue_is_its_speakers_and_the_main_clause_the_writers() {
    let text = "Police arrested a man who police say fired the shots.\n\
The army bombed buildings that authorities say were used by militants.\n\
Officers detained two men who they say attacked a guard.\n\
Roffman signed a letter of apology that he said was drafted by the firm.";
    let claims = run(text);
    check_invariants(text, &claims);
    // the finite verb before the object ends the search for a long subject
    let c = claim_with(text, &claims, "fired the shots");
    assert_eq!(c.text(text), "a man who police say fired the shots.");
    assert_eq!(c.sources[0].mention.of(text), "police");
    assert!(claim_with(text, &claims, "Police arrested")
        .sources
        .is_empty());
    // "bombed buildings": a verb with its object, not "a poll conducted by …"
    let c = claim_with(text, &claims, "were used by militants");
    assert_eq!(c.sources[0].mention.of(text), "authorities");
    // "they" in the relative clause stands for the subject it hangs on
    let c = claim_with(text, &claims, "attacked a guard");
    assert_eq!(c.sources[0].name, "Officers");
    // the noun phrase runs back over one "of"
    let c = claim_with(text, &claims, "was drafted by the firm");
    assert_eq!(
        c.text(text),
        "a letter of apology that he said was drafted by the firm."
    );
}
