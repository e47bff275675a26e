//! Verbs of saying and words that only look like cues: "saying" after a frame, saying over a
//! verb of stance, nouns and idioms that frame nothing.

use super::*;

#[test]
fn saying_beats_an_earlier_verb_of_stance() {
    let text = "The council praised the new budget, which cuts 300 jobs, a spokesman said.";
    let claims = run(text);
    check_invariants(text, &claims);
    let c = claim_with(text, &claims, "praised the new budget");
    assert_eq!(c.sources[0].cue.as_deref(), Some("said"));
}

#[test]
fn nouns_and_idioms_that_look_like_cues() {
    let text = "All told, the campaign spent $4 million on advertising.\n\
The mayor trails her rival by 6 percentage points, the poll found.";
    let claims = run(text);
    check_invariants(text, &claims);
    let c = claim_with(text, &claims, "the campaign spent");
    assert!(c.sources.is_empty());
    let c = claim_with(text, &claims, "trails her rival");
    assert_eq!(c.sources[0].mention.of(text), "the poll");
}

#[test]
fn a_plan_with_a_plain_object_and_a_think_tank_frame_nothing() {
    let text = "Hospital waits hit record as nurses plan strike\n\
The waits will grow, analysts at the Ridgeway think tank warned.\n\
The union plans to strike in May, its leader said.\n\
It cited Ridgeway, a think tank known for its polls.";
    let claims = run(text);
    check_invariants(text, &claims);
    let c = claim_with(text, &claims, "nurses plan strike");
    assert!(c.sources.is_empty());
    let c = claim_with(text, &claims, "The waits will grow");
    assert_eq!(
        c.sources[0].mention.of(text),
        "analysts at the Ridgeway think tank"
    );
    assert_eq!(c.sources[0].cue.as_deref(), Some("warned"));
    assert!(claims
        .iter()
        .all(|c| c.sources.iter().all(|s| s.cue.as_deref() != Some("known"))));
}

#[test]
fn a_criminal_charge_is_no_saying() {
    let text = "Man charged after crash that killed cyclist, police say\n\
A man was charged with reckless homicide, the sheriff said.";
    let claims = run(text);
    check_invariants(text, &claims);
    let c = claim_with(text, &claims, "Man charged after crash");
    assert_eq!(c.sources[0].mention.of(text), "police");
    let c = claim_with(text, &claims, "charged with reckless homicide");
    assert_eq!(c.sources[0].mention.of(text), "the sheriff");
    let text = "Ministers accused of ignoring flood warnings\n\
Labour accused ministers of ignoring the warnings.";
    let claims = run(text);
    check_invariants(text, &claims);
    assert!(claim_with(text, &claims, "ignoring flood warnings")
        .sources
        .is_empty());
    let c = claim_with(text, &claims, "ignoring the warnings");
    assert_eq!(c.sources[0].mention.of(text), "Labour");
}

#[test]
fn a_time_or_means_after_the_cue_stays_in_the_frame_without_that() {
    let text = "Orbital said in February it expected earnings to fall.\n\
The minister said in an interview the plan would fail.\n\
Novex said on Monday the plant would close.\n\
Lee revealed this last fall when he spoke.\n\
The firm says in 2012 it paid no tax.";
    let claims = run(text);
    check_invariants(text, &claims);
    for (needle, content) in [
        ("expected earnings", "it expected earnings to fall."),
        ("the plan would fail", "the plan would fail."),
        ("the plant would close", "the plant would close."),
    ] {
        assert_eq!(claim_with(text, &claims, needle).span.of(text), content);
    }
    // the object of the verb and the time of what was said stay in the content
    assert!(!claims
        .iter()
        .any(|c| c.span.of(text).starts_with("he spoke")));
    assert!(claim_with(text, &claims, "it paid no tax")
        .span
        .of(text)
        .starts_with("in 2012"));
}

#[test]
fn saying_after_a_long_lead_in() {
    let text = "At a town hall in Leeds, Yorkshire, on Friday, Priya Patel toured a hospital, saying that hospitals would get more money.";
    let claims = run(text);
    check_invariants(text, &claims);
    let c = claim_with(text, &claims, "hospitals would get more money");
    assert_eq!(c.sources[0].mention.of(text), "Priya Patel");
    assert!(claim_with(text, &claims, "toured a hospital")
        .sources
        .is_empty());
}

#[test]
fn saying_carries_the_subjects_frame_in_more_shapes() {
    let text = "Governor Okafor mounted a defense of “rural values,” saying the towns are the heart of the state.\n\
The union issued a statement saying it would strike on Monday.\n\
Senator Baptiste distanced herself from the plan by saying she had never read it.\n\
A spokeswoman for the utility declined to comment, saying that the audit is confidential.\n\
Okafor smiled while saying goodbye to the crowd.";
    let claims = run(text);
    check_invariants(text, &claims);
    for (needle, speaker) in [
        ("the towns are the heart", "Governor Okafor"),
        ("it would strike on Monday", "The union"),
        ("she had never read it", "Senator Baptiste"),
        ("the audit is confidential", "A spokeswoman for the utility"),
    ] {
        let c = claim_with(text, &claims, needle);
        assert_eq!(c.sources[0].mention.of(text), speaker, "{needle}");
    }
    let before = claim_with(text, &claims, "distanced herself from the plan");
    assert!(before.sources.is_empty());
    assert!(!before.span.of(text).ends_with("by"));
    assert!(claim_with(text, &claims, "saying goodbye")
        .sources
        .is_empty());
    let record = claim_with(text, &claims, "declined to comment");
    assert_eq!(record.kind, ClaimKind::NoComment);
}

#[test]
fn a_second_verb_of_saying_after_an_adjunct_keeps_the_speaker() {
    let text =
        "The clerk first said he had lost the ledger, but in a later interview said he burned it.";
    let claims = run(text);
    check_invariants(text, &claims);
    let c = claim_with(text, &claims, "he burned it");
    assert_eq!(c.sources[0].mention.of(text), "The clerk");
    assert!(!c.text(text).contains("interview"));
    let text = "The union said talks had failed, but in March the company said a deal was near.";
    let claims = run(text);
    let c = claim_with(text, &claims, "a deal was near");
    assert_eq!(c.sources[0].mention.of(text), "the company");
}

#[test]
fn words_that_look_like_cues_but_frame_nothing() {
    let text = "Officials have effectively ruled that out.\nAfter a swiftly called meeting, the council adjourned.\nRecent polls in Ohio and Iowa have shown the race tightening.";
    let claims = run(text);
    check_invariants(text, &claims);
    let c = claim_with(text, &claims, "ruled that out");
    assert!(c.sources.is_empty());
    let c = claim_with(text, &claims, "the council adjourned");
    assert!(c.sources.is_empty());
    let c = claim_with(text, &claims, "the race tightening");
    assert!(c.sources.iter().all(|s| s.mention.of(text) != "Iowa"));
}

#[test]
fn verbs_that_assert_their_object_and_as_stated_in() {
    let text = "The company confirmed a data breach affecting two million customers.\nAs stated in the audit, the fund lost a third of its value.";
    let claims = run(text);
    check_invariants(text, &claims);
    let c = claim_with(text, &claims, "a data breach");
    assert_eq!(c.sources[0].mention.of(text), "The company");
    assert_eq!(c.sources[0].cue.as_deref(), Some("confirmed"));
    let c = claim_with(text, &claims, "the fund lost");
    assert_eq!(c.sources[0].kind, SourceKind::Document);
    // "added" keeps its object: no claim of the speaker
    let text = "The chair added a note of caution.";
    let claims = run(text);
    assert!(claims[0].sources.is_empty());
}

#[test]
fn a_place_and_a_month_after_the_cue_are_no_claim() {
    let text =
        "“We think AI will be in every product,” Dana Whitfield said at a conference in May.";
    let claims = run(text);
    check_invariants(text, &claims);
    assert_eq!(claims.len(), 1, "{claims:?}");
    assert_eq!(claims[0].sources[0].name, "Dana Whitfield");
}

#[test]
fn a_degree_word_and_a_preposition_open_no_speaker() {
    // "Congress sought" is a relative clause of the gallons, not a frame
    let text = "The agency proposed a mandate of 17 billion gallons, well below the 22 billion \
                gallons Congress sought.";
    let claims = run(text);
    check_invariants(text, &claims);
    assert!(claims.iter().all(|c| c.sources.is_empty()), "{claims:?}");
}

#[test]
fn a_participle_of_saying_after_a_short_past_verb_is_the_subjects() {
    // "sued" is a verb though shorter than the "-ed" test's length: the subject ends before it
    let text = "The company sued the city, saying the rules were unfair.";
    let claims = run(text);
    check_invariants(text, &claims);
    let c = claim_with(text, &claims, "the rules were unfair");
    assert_eq!(c.sources[0].mention.of(text), "The company");
    let text = "The Federal Trade Commission sued to block the deal, arguing it would stifle \
                competition.";
    let claims = run(text);
    let c = claim_with(text, &claims, "it would stifle competition");
    assert_eq!(
        c.sources[0].mention.of(text),
        "The Federal Trade Commission"
    );
}

#[test]
fn state_media_after_the_content_is_a_source() {
    let text = "The quake killed at least 36 people, state media reported.";
    let claims = run(text);
    check_invariants(text, &claims);
    let c = claim_with(text, &claims, "killed at least 36 people");
    assert_eq!(c.sources[0].mention.of(text), "state media");
}

#[test]
fn an_estimate_put_at_an_amount_has_its_source() {
    let text = "Disaster officials put the death toll at 12, but said it could rise.";
    let claims = run(text);
    check_invariants(text, &claims);
    let c = claim_with(text, &claims, "the death toll at 12");
    assert_eq!(c.sources[0].mention.of(text), "Disaster officials");
    assert_eq!(c.kind, ClaimKind::Statistic);
}

#[test]
fn writing_a_book_or_a_letter_reports_nothing_of_its_own() {
    let text = "Lee wrote a book about the war in 2010.\n\
Baker wrote the letter on Feb. 2 to the legal adviser.\n\
He wrote in a memo that the plan would fail.";
    let claims = run(text);
    check_invariants(text, &claims);
    for held in ["a book about the war", "the letter on Feb. 2"] {
        assert!(claim_with(text, &claims, held).sources.is_empty(), "{held}");
    }
    let c = claim_with(text, &claims, "the plan would fail");
    assert_eq!(c.sources[0].cue.as_deref(), Some("wrote"));
}

#[test]
fn a_relative_clause_on_an_according_to_source_is_the_writers() {
    let text =
        "The cuts will fall on sales staff, according to the memo, which was seen by the AP.\n\
According to Ann Lee, who runs the clinic, waits have doubled.";
    let claims = run(text);
    check_invariants(text, &claims);
    let c = claim_with(text, &claims, "The cuts will fall");
    assert_eq!(c.text(text), "The cuts will fall on sales staff");
    assert!(claim_with(text, &claims, "which was seen by the AP")
        .sources
        .is_empty());
    assert!(claim_with(text, &claims, "who runs the clinic")
        .sources
        .is_empty());
    let c = claim_with(text, &claims, "waits have doubled");
    assert_eq!(c.sources[0].name, "Ann Lee");
}

#[test]
fn the_company_takes_up_the_firm_its_sentence_opens_on_past_a_dateline() {
    for opening in ["SAN FRANCISCO (AP) — ", "On Tuesday, ", ""] {
        let text = format!("{opening}Northwind Systems will cut 4,000 jobs, the company said.");
        let claims = run(&text);
        check_invariants(&text, &claims);
        let c = claim_with(&text, &claims, "will cut 4,000 jobs");
        assert_eq!(c.sources[0].name, "Northwind Systems", "{opening}");
    }
}

#[test]
fn continuing_goes_on_rather_than_speaks_on() {
    let text = "Those discussions are continuing, he said.\n\
Prices continued to rise in May.\n\
\"We will win,\" she continued.";
    let claims = run(text);
    check_invariants(text, &claims);
    let c = claim_with(text, &claims, "Those discussions are continuing");
    assert_eq!(c.sources[0].cue.as_deref(), Some("said"));
    assert!(claim_with(text, &claims, "Prices continued to rise")
        .sources
        .is_empty());
    let c = claim_with(text, &claims, "We will win");
    assert_eq!(c.sources[0].cue.as_deref(), Some("continued"));
}

#[test]
fn a_bare_plural_hearer_stays_in_the_frame() {
    let text = "Witnesses told officers the attacker fled on foot.\n\
The chief executive told investors the company would return to profit.\n\
He told donors who gave $500 that they would get tickets.";
    let claims = run(text);
    check_invariants(text, &claims);
    let c = claim_with(text, &claims, "the attacker fled");
    assert_eq!(c.text(text), "the attacker fled on foot.");
    let c = claim_with(text, &claims, "the company would return");
    assert_eq!(c.text(text), "the company would return to profit.");
    // a relative clause on the hearer is not cut in two
    let c = claim_with(text, &claims, "they would get tickets");
    assert!(!c.text(text).starts_with("who"), "{}", c.text(text));
}

#[test]
fn a_claim_and_a_refusal_joined_by_but_are_told_apart() {
    let text = "A police spokeswoman confirmed officers had attended the house but would not comment further.\n\
The ministry declined to comment but said last week that a statement would follow.";
    let claims = run(text);
    check_invariants(text, &claims);
    for (needle, speaker, cue) in [
        (
            "officers had attended the house",
            "A police spokeswoman",
            "confirmed",
        ),
        ("a statement would follow", "The ministry", "said"),
    ] {
        let c = claim_with(text, &claims, needle);
        assert_ne!(c.kind, ClaimKind::NoComment, "{needle}");
        assert_eq!(c.sources[0].mention.of(text), speaker, "{needle}");
        assert_eq!(c.sources[0].cue.as_deref(), Some(cue), "{needle}");
        assert!(!c.text(text).contains("comment"), "{needle}");
    }
    for (needle, speaker) in [
        ("would not comment further", "A police spokeswoman"),
        ("declined to comment", "The ministry"),
    ] {
        let c = claim_with(text, &claims, needle);
        assert_eq!(c.kind, ClaimKind::NoComment, "{needle}");
        assert_eq!(c.sources[0].mention.of(text), speaker, "{needle}");
        assert!(!c.text(text).contains("statement"), "{needle}");
    }
}

#[test]
fn outsiders_not_involved_in_a_study_are_its_commentators() {
    let text = "However, experts not involved in the research warned that the study was small.";
    let claims = run(text);
    check_invariants(text, &claims);
    let c = claim_with(text, &claims, "the study was small");
    assert_eq!(
        c.sources[0].mention.of(text),
        "experts not involved in the research"
    );
}

#[test]
fn a_hearer_the_outlet_a_day_or_a_platform_stay_out_of_the_claim() {
    let text = "The minister told the Guardian the plan was unaffordable.\n“It is broken,” said developer Ivo Marsh on Tuesday.\n“It is still broken,” wrote Ivo Marsh on Mastodon.";
    let claims = run(text);
    check_invariants(text, &claims);
    let c = claim_with(text, &claims, "was unaffordable");
    assert_eq!(c.text(text), "the plan was unaffordable.");
    for needle in ["It is broken", "still broken"] {
        let c = claim_with(text, &claims, needle);
        assert_eq!(c.sources[0].name, "Ivo Marsh", "{needle}");
    }
}

#[test]
fn a_body_whose_name_holds_and_after_a_plural_head_is_one_name() {
    let text = "The Centers for Disease Control and Prevention said it was sending a team.";
    let claims = run(text);
    let c = claim_with(text, &claims, "sending a team");
    assert_eq!(
        c.sources[0].name,
        "Centers for Disease Control and Prevention"
    );
    assert_ne!(c.sources[0].kind, SourceKind::Person);
}

#[test]
fn a_negated_cue_never_reports_its_content_as_said() {
    let text = "Police do not believe the two fires are connected.\nThe mayor did not say the plan was dead.\nIntelligence sources, who asked not to be named, said the threat was new.";
    let claims = run(text);
    check_invariants(text, &claims);
    // a view held in the negative: the holder's claim, negation and all
    let c = claim_with(text, &claims, "fires are connected");
    assert_eq!(
        c.text(text),
        "Police do not believe the two fires are connected."
    );
    assert_eq!(c.sources[0].name, "Police");
    // not saying something is the writer's report
    let c = claim_with(text, &claims, "the plan was dead");
    assert!(c.sources.is_empty());
    assert!(c.text(text).starts_with("The mayor did not say"));
    // a negation inside a clause on the subject negates nothing
    let c = claim_with(text, &claims, "the threat was new");
    assert_eq!(c.text(text), "the threat was new.");
}

#[test]
fn a_relative_adverb_opens_a_frame_that_tells_a_hearer() {
    // the telling happened there: the adverb is the frame's lead-in, not part of the claim
    let text = "The furor reached the Capitol, where Reid told reporters that he had spoken to Jeh Johnson.";
    let claims = run(text);
    check_invariants(text, &claims);
    let c = claim_with(text, &claims, "he had spoken to Jeh Johnson");
    assert_eq!(c.sources[0].name, "Reid");
    assert_eq!(c.text(text), "he had spoken to Jeh Johnson.");
    // "where officials say the plant was built" may have its gap in the reported clause
    let text = "They met in Ohio, where officials say the plant was built.";
    let claims = run(text);
    let c = claim_with(text, &claims, "the plant was built");
    assert_eq!(c.sources[0].name, "officials");
    assert!(c.text(text).starts_with("where officials say"));
}

#[test]
fn a_lead_in_stays_out_of_content_that_opens_with_a_participle() {
    // "unplanned" looks like a verb, but the cue has no comma after it: no subject before it
    let text = "In a statement, Eskom said unplanned outages had climbed to 17,400MW.";
    let claims = run(text);
    check_invariants(text, &claims);
    let c = claim_with(text, &claims, "outages had climbed");
    assert_eq!(c.text(text), "unplanned outages had climbed to 17,400MW.");
    // set off by commas, the frame sits between the subject and its verb
    let text = "The plan, an inside source said, is to expand.";
    let claims = run(text);
    let c = claim_with(text, &claims, "is to expand");
    assert_eq!(c.text(text), "The plan is to expand.");
}

#[test]
fn says_before_an_indefinite_subject_with_an_apposition_reports_it() {
    for text in [
        "A lawsuit says a former employee, Jane Ortiz, was fired.",
        "Police say a man, 29, fired several shots.",
    ] {
        let claims = run(text);
        check_invariants(text, &claims);
        assert_eq!(claims.len(), 1, "{text}");
        assert!(!claims[0].sources.is_empty(), "{text}");
        assert!(claims[0].text(text).starts_with("a "), "{text}");
    }
}
