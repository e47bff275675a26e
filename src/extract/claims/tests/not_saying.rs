//! Verbs of saying in senses that report nothing: a goal added, lives claimed, a condition,
//! a headline's hearsay, who argued in an unattributed "it is understood that", help assured,
//! a race called, an approval granted, "Senate estimates heard", a launch called off, a body
//! found, a word defined, a tally's "confirmed cases".

use super::*;

#[test]
fn a_goal_added_and_lives_claimed_are_events_without_a_source() {
    let text = "Okafor equalised before the break and added a second from the penalty spot.\nHe added another in the second half.\nThe fire claimed three lives, officials said.\nThe crash claimed the lives of six people.\nShe added that the club would appeal.";
    let claims = run(text);
    check_invariants(text, &claims);
    let c = claim_with(text, &claims, "a second from the penalty");
    assert!(c.sources.is_empty());
    assert_eq!(
        c.text(text),
        "Okafor equalised before the break and added a second from the penalty spot."
    );
    assert!(claim_with(text, &claims, "another in the")
        .sources
        .is_empty());
    let c = claim_with(text, &claims, "three lives");
    assert_eq!(c.sources[0].name, "officials");
    assert_eq!(c.text(text), "The fire claimed three lives");
    assert!(claim_with(text, &claims, "the lives of six")
        .sources
        .is_empty());
    // a clause after "added" is still reported
    let c = claim_with(text, &claims, "the club would appeal");
    assert_eq!(c.text(text), "the club would appeal.");
}

#[test]
fn a_cue_in_a_condition_reports_nothing_but_an_aside_inside_it_does() {
    let text = "The firm has until Friday to bid, if Norcastle confirms it has been approached.\nThe deal will close unless regulators say otherwise.\nIf, as officials say, the plan fails, taxes will rise.";
    let claims = run(text);
    check_invariants(text, &claims);
    let c = claim_with(text, &claims, "it has been approached");
    assert!(c.sources.is_empty());
    assert!(c.text(text).starts_with("The firm has until Friday"));
    assert!(claim_with(text, &claims, "say otherwise")
        .sources
        .is_empty());
    let c = claim_with(text, &claims, "the plan fails");
    assert_eq!(c.sources[0].name, "officials");
}

#[test]
fn a_headlines_said_to_without_is_makes_no_speaker_of_its_subject() {
    let text = "Veltrix Said to Weigh $14 Billion Bid for Norcastle\nAcme said to plan job cuts\nHe said to reporters that the plan was dead.";
    let claims = run(text);
    check_invariants(text, &claims);
    let c = claim_with(text, &claims, "Veltrix Said");
    assert!(c.sources.is_empty());
    assert!(c.text(text).starts_with("Veltrix Said to Weigh"));
    assert!(claim_with(text, &claims, "Acme said").sources.is_empty());
    let c = claim_with(text, &claims, "the plan was dead");
    assert_eq!(c.text(text), "the plan was dead.");
    assert_eq!(c.sources[0].cue.as_deref(), Some("said"));
}

#[test]
fn who_argued_in_an_unattributed_it_is_understood_clause_is_no_source() {
    let text = "It is understood that Farouk argued the freeze would hit nurses hardest.\nOfficials said that Smith argued the deal was dead.";
    let claims = run(text);
    check_invariants(text, &claims);
    let c = claim_with(text, &claims, "the freeze would hit");
    assert!(c.sources.is_empty());
    assert!(c.hedged);
    assert!(c
        .text(text)
        .starts_with("It is understood that Farouk argued"));
    assert_eq!(
        claim_with(text, &claims, "the deal was dead").sources[0].name,
        "Officials"
    );
}

#[test]
fn help_assured_and_grief_expressed_report_nothing() {
    let text = "The minister spoke to the mayor and assured him of all possible help, an official release said.\nThe governor expressed grief over the loss of lives.\nShe assured a crowd of supporters that they had won.";
    let claims = run(text);
    check_invariants(text, &claims);
    let c = claim_with(text, &claims, "all possible help");
    assert_eq!(c.sources[0].name, "an official release");
    assert!(c.text(text).starts_with("The minister spoke to the mayor"));
    assert!(claim_with(text, &claims, "grief over").sources.is_empty());
    let c = claim_with(text, &claims, "they had won");
    assert_eq!(c.text(text), "they had won.");
}

#[test]
fn a_race_called_or_a_winner_declared_is_an_event_of_the_caller() {
    let text = "The AP called the race for Delgado on Tuesday.\nNetworks called Florida for Trump.\nThe Associated Press declared Delgado the winner.";
    let claims = run(text);
    check_invariants(text, &claims);
    for needle in [
        "The AP called",
        "Networks called",
        "The Associated Press declared",
    ] {
        let c = claim_with(text, &claims, needle);
        assert!(c.sources.is_empty(), "{needle}");
        assert!(c.text(text).starts_with(needle));
    }
}

#[test]
fn an_approval_granted_a_charge_laid_and_exhibits_shown_are_deeds() {
    let text = "The agency granted the approval under its accelerated pathway.\nProsecutors charged Frank Corliss with fraud in March.\nHolm showed jurors pages from the ledger.\nThe poll showed him ahead.";
    let claims = run(text);
    check_invariants(text, &claims);
    for needle in ["The agency granted", "Prosecutors charged", "Holm showed"] {
        let c = claim_with(text, &claims, needle);
        assert!(c.sources.is_empty(), "{needle}");
        assert!(c.text(text).starts_with(needle));
    }
    assert!(!claim_with(text, &claims, "him ahead").sources.is_empty());
}

#[test]
fn estimates_before_a_verb_of_its_own_is_a_noun() {
    let text = "Senate estimates heard the department had overspent.\nThe Tax Foundation estimates the plan would cost $170 billion.";
    let claims = run(text);
    check_invariants(text, &claims);
    assert!(claim_with(text, &claims, "the department had")
        .sources
        .is_empty());
    assert_eq!(
        claim_with(text, &claims, "the plan would").sources[0].name,
        "Tax Foundation"
    );
}

#[test]
fn a_launch_called_off_a_phone_call_and_a_body_found_are_deeds() {
    let text = "NASA called off the launch on Wednesday after engineers found a leak.\nHe said his daughter was assaulted and had called him on Saturday night.\nPolice broke open the door and found the woman's body in the bedroom.\nDivers found the remains of a soldier near the bridge.\nThe review found two weapons had been misplaced.\nShe called him a liar.";
    let claims = run(text);
    check_invariants(text, &claims);
    for deed in ["NASA called off", "Police broke open", "Divers found"] {
        let c = claim_with(text, &claims, deed);
        assert!(c.sources.is_empty(), "{deed}");
        assert!(
            c.text(text).ends_with('.'),
            "{deed} split: {}",
            c.text(text)
        );
    }
    // a pluperfect after "and" carries on what he said
    let c = claim_with(text, &claims, "had called him");
    assert_eq!(c.sources[0].cue.as_deref(), Some("said"));
    assert!(c.text(text).contains("was assaulted"));
    // a finding of a clause, and a name called, still report
    let c = claim_with(text, &claims, "two weapons had been");
    assert_eq!(c.sources[0].mention.of(text), "The review");
    let c = claim_with(text, &claims, "a liar");
    assert_eq!(c.sources[0].mention.of(text), "She");
}

#[test]
fn a_word_defined_is_no_speaker_and_british_spellings_report() {
    let text = "The term refers to a loan that is resold to investors.\nThe admiral refers to the islands as military bases.\nGovernor Ann Ruiz signalled that the bank may hold off.\nLeclerc labelled the budget a betrayal.";
    let claims = run(text);
    check_invariants(text, &claims);
    let c = claim_with(text, &claims, "a loan that");
    assert!(c.sources.is_empty());
    assert!(c.text(text).starts_with("The term refers to"));
    // with an adverb before "to" (probe T #7)
    let text2 = "The 30 per cent figure refers only to robbery.";
    let c = claim_with(text2, &run(text2), "robbery").clone();
    assert!(c.sources.is_empty());
    assert_eq!(c.text(text2), text2);
    let c = claim_with(text, &claims, "military bases");
    assert_eq!(c.sources[0].cue.as_deref(), Some("refers"));
    let c = claim_with(text, &claims, "may hold off");
    assert_eq!(c.sources[0].name, "Ann Ruiz");
    let c = claim_with(text, &claims, "a betrayal");
    assert_eq!(c.sources[0].cue.as_deref(), Some("labelled"));
}

#[test]
fn a_measure_before_to_is_no_point_made() {
    let text = "The bank lowered its key rate by a quarter of a percentage point to 2.5 per cent.\nThe fund raised its forecast by 0.1 percentage points to 4.2 percent.\nThe evidence points to a faulty valve.";
    let claims = run(text);
    check_invariants(text, &claims);
    for whole in ["The bank lowered", "The fund raised"] {
        let c = claim_with(text, &claims, whole);
        assert!(c.sources.is_empty(), "{whole}");
        assert!(c.text(text).ends_with("cent.") || c.text(text).ends_with("percent."));
    }
    let c = claim_with(text, &claims, "a faulty valve");
    assert_eq!(c.sources[0].mention.of(text), "The evidence");
}

#[test]
fn a_cues_word_used_as_a_noun_is_no_cue() {
    // after a preposition's determiner or possessive, "plans" is a noun inside the subject
    let text = "A person familiar with the company's plans said the launch had been delayed.\nPeople with knowledge of the plans said the deal was off.";
    let claims = run(text);
    check_invariants(text, &claims);
    let c = claim_with(text, &claims, "had been delayed");
    assert_eq!(c.text(text), "the launch had been delayed.");
    assert_eq!(
        c.sources[0].mention.of(text),
        "A person familiar with the company's plans"
    );
    let c = claim_with(text, &claims, "the deal was off");
    assert_eq!(c.sources[0].cue.as_deref(), Some("said"));
    // after "a" and one word, a base form is a noun: no "a nationwide" recalls anything
    let text = "Staff were warned before a nationwide recall that the pumps could fail, according to emails reviewed by the Ledger.";
    let claims = run(text);
    check_invariants(text, &claims);
    let c = claim_with(text, &claims, "could fail");
    assert!(c.text(text).starts_with("Staff were warned"), "{c:?}");
    assert!(c.sources[0].name.starts_with("emails"), "{c:?}");
}

#[test]
fn a_deal_agreed_after_a_time_is_no_view_shared() {
    let text = "The leaders agreed on Monday to build a stockpile and to coordinate export controls, according to a joint statement.\nThe union agreed last year to a two-tier wage system.";
    let claims = run(text);
    check_invariants(text, &claims);
    let c = claim_with(text, &claims, "build a stockpile");
    assert!(c.text(text).starts_with("The leaders agreed"), "{c:?}");
    assert_eq!(c.sources[0].name, "a joint statement");
    let c = claim_with(text, &claims, "two-tier");
    assert!(c.sources.is_empty(), "{c:?}");
}

#[test]
fn adding_an_amount_or_a_burden_to_something_says_nothing() {
    let text = "The heatwave in Europe added pressure on the grid.\n\
The collapse of sea ice since 2016 has added about 0.06C to global warming, according to a study published on Wednesday.\n\
\"We will win,\" she added during a rally on Friday.";
    let claims = run(text);
    check_invariants(text, &claims);
    assert!(claim_with(text, &claims, "added pressure on the grid")
        .sources
        .is_empty());
    // the study is the source of the whole clause, not the year "2016"
    let c = claim_with(text, &claims, "0.06C");
    assert!(c.text(text).starts_with("The collapse of sea ice"), "{c:?}");
    assert_eq!(c.sources[0].kind, SourceKind::Document);
    // words added at an event are still words
    let c = claim_with(text, &claims, "We will win");
    assert_eq!(c.sources[0].name, "she");
}

#[test]
fn the_writers_own_questions_are_not_claims() {
    let text = "Can the ferry service survive another winter?\nThe operator lost $3 million last year, but who will cover the next loss?\nFans cheered as the band played “Where Do We Go From Here?”\n“Why was the report kept from us?” the councillor asked.";
    let claims = run(text);
    check_invariants(text, &claims);
    let texts: Vec<String> = claims.iter().map(|c| c.text(text)).collect();
    assert!(
        !texts
            .iter()
            .any(|t| t.contains("survive") || t.contains("who will")),
        "{texts:?}"
    );
    let c = claim_with(text, &claims, "lost $3 million");
    assert!(c
        .text(text)
        .starts_with("The operator lost $3 million last year"));
    // a question closing inside quotation marks is the asker's: the sentence asserts the asking
    claim_with(text, &claims, "Fans cheered");
    let c = claim_with(text, &claims, "kept from us");
    assert_eq!(c.sources[0].name, "the councillor");
}

#[test]
fn preferred_before_its_noun_is_an_adjective() {
    let text = "Labor trails the LNP 46-54 on a two-party preferred basis.\nThe Premier slipped to 38 per cent as preferred premier.\nVoters preferred the Greens on climate, the survey found.";
    let claims = run(text);
    check_invariants(text, &claims);
    for needle in ["two-party", "as preferred premier"] {
        let c = claim_with(text, &claims, needle);
        assert!(c.sources.is_empty(), "{needle}: {:?}", c.sources);
    }
    let c = claim_with(text, &claims, "46-54");
    assert!(c.text(text).starts_with("Labor trails"));
    let c = claim_with(text, &claims, "Voters preferred");
    assert_eq!(c.sources[0].name, "the survey");
}

#[test]
fn a_bid_rejected_is_a_deed_and_a_claim_rejected_is_reported() {
    let text = "Rovers have rejected two offers for the striker.\nThe ministry rejected the report as baseless.";
    let claims = run(text);
    check_invariants(text, &claims);
    let c = claim_with(text, &claims, "two offers");
    assert_eq!(
        c.text(text),
        "Rovers have rejected two offers for the striker."
    );
    assert!(c.sources.is_empty());
    let c = claim_with(text, &claims, "as baseless");
    assert_eq!(c.sources[0].name, "the ministry");
}

#[test]
fn a_participle_between_a_number_and_its_noun_is_an_adjective() {
    let text = "Three confirmed cases have been reported in the county, the health department said.\nTwelve reported deaths were under review.";
    let claims = run(text);
    check_invariants(text, &claims);
    let c = claim_with(text, &claims, "cases have been reported");
    assert!(c.text(text).starts_with("Three confirmed"), "{c:?}");
    assert_eq!(c.sources.len(), 1, "{c:?}");
    assert_eq!(c.sources[0].mention.of(text), "the health department");
    let c = claim_with(text, &claims, "deaths were under review");
    assert!(c.sources.is_empty(), "{c:?}");
}
