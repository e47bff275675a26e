//! How far a frame reaches: coordinated clauses, lead-ins, participles and asides around it.

use super::*;

#[test]
fn but_that_stays_inside_what_was_said() {
    let text = "The minister said the plant would stay open but that 200 jobs would go.\n\
Mayor Ruiz says the road is finished, but that the bridge needs another year.";
    let claims = run(text);
    check_invariants(text, &claims);
    let c = claim_with(text, &claims, "200 jobs would go");
    assert_eq!(c.sources[0].mention.of(text), "The minister");
    let c = claim_with(text, &claims, "the bridge needs another year");
    assert_eq!(c.sources[0].name, "Ruiz");
}

#[test]
fn a_coordinated_clause_with_its_own_speaker() {
    let text = "The council lost the vote, and its leader says there is no problem.\n\
Okoro left the chamber early — she told the Guardian that the count was fair.";
    let claims = run(text);
    check_invariants(text, &claims);
    let c = claim_with(text, &claims, "there is no problem");
    assert_eq!(c.sources[0].mention.of(text), "its leader");
    let c = claim_with(text, &claims, "the count was fair");
    assert_eq!(c.sources[0].mention.of(text), "she");
    assert!(claim_with(text, &claims, "left the chamber")
        .sources
        .is_empty());
}

#[test]
fn a_prepositional_lead_with_a_participle_is_not_content() {
    let text = "At a rally held in Ohio on Monday, Smith said the plant would reopen.\n\
During a briefing organised by the ministry, officials said the border would stay shut.\n\
In 2010 he resigned, Lee said.";
    let claims = run(text);
    check_invariants(text, &claims);
    let c = claim_with(text, &claims, "the plant would reopen");
    assert_eq!(c.sources[0].name, "Smith");
    assert!(!c.span.of(text).contains("rally"));
    let c = claim_with(text, &claims, "the border would stay shut");
    assert_eq!(c.sources[0].mention.of(text), "officials");
    let c = claim_with(text, &claims, "he resigned");
    assert_eq!(c.sources[0].name, "Lee");
}

#[test]
fn asides_between_dashes_and_adverbials_stay_in_the_frame() {
    let text = "Farmers — and some economists — say the subsidy came too late.\n\
Union leaders, however, said the deal was fair.\n\
Activists chanting outside the ministry say the vote was rigged.";
    let claims = run(text);
    check_invariants(text, &claims);
    let c = claim_with(text, &claims, "the subsidy came too late");
    assert_eq!(c.sources[0].mention.of(text), "Farmers");
    assert!(claims
        .iter()
        .all(|c| c.span.of(text) != "and some economists"));
    let c = claim_with(text, &claims, "the deal was fair");
    assert_eq!(c.sources[0].mention.of(text), "Union leaders");
    assert!(claims.iter().all(|c| c.span.of(text) != "however"));
    let c = claim_with(text, &claims, "the vote was rigged");
    assert_eq!(
        c.sources[0].mention.of(text),
        "Activists chanting outside the ministry"
    );
}

#[test]
fn a_participle_after_the_frame_is_the_writers() {
    let text = "“We will not back down,” Amara Adeyemi said, clutching the lectern.\n\
“It is over,” he said, referring to the strike.";
    let claims = run(text);
    check_invariants(text, &claims);
    let q = claim_with(text, &claims, "We will not back down");
    assert_eq!(q.sources[0].mention.of(text), "Amara Adeyemi");
    assert!(claim_with(text, &claims, "clutching the lectern")
        .sources
        .is_empty());
    // "referring to …" describes the speaking: part of the frame, no claim of its own
    assert!(!claims.iter().any(|c| c.span.of(text).contains("referring")));
}

#[test]
fn a_conjunct_without_a_subject_continues_what_was_said() {
    let text =
        "Delgado said the ferry had already been repaired, but strongly opposed the new fares.\n\
The union says its members were never consulted and later withdrew from the talks.\n\
According to the audit, the agency met its targets, but then missed the deadline.\n\
Okafor praised the design, but quickly left the meeting.\n\
Ibarra said the library would reopen, but hasn’t decided on a date.";
    let claims = run(text);
    check_invariants(text, &claims);
    let c = claim_with(text, &claims, "strongly opposed the new fares");
    assert_eq!(c.sources[0].name, "Delgado");
    // a typographic apostrophe spells the same auxiliary
    let c = claim_with(text, &claims, "decided on a date");
    assert_eq!(c.sources[0].name, "Ibarra");
    // "according to" scopes over its own clause only, and an object is no reported clause
    assert!(claim_with(text, &claims, "then missed the deadline")
        .sources
        .is_empty());
    assert!(claim_with(text, &claims, "quickly left the meeting")
        .sources
        .is_empty());
}

#[test]
fn a_conjunct_with_its_own_subject_is_the_writers() {
    let text = "Mwangi said she won a bursary, but her brother has no grant.";
    let claims = run(text);
    check_invariants(text, &claims);
    assert_eq!(
        claim_with(text, &claims, "she won a bursary").sources[0].name,
        "Mwangi"
    );
    assert!(claim_with(text, &claims, "her brother has no grant")
        .sources
        .is_empty());
}

#[test]
fn a_frame_after_coordinated_clauses_scopes_over_all_of_them() {
    let text = "In Ghent, the foundry is holding on, but it is losing orders to Asia, said Lotte Peeters, its chief executive.\n\
Turnout fell in the north, while the south voted in record numbers, according to the electoral commission.\n\
The east wing was sold for $4 million; the west wing went for $3 million; and the gardens fetched $900,000, land records show.\n\
The dam held. Crews worked overnight; the river fell by morning, the fire chief said.";
    let claims = run(text);
    check_invariants(text, &claims);
    let c = claim_with(text, &claims, "the foundry is holding on");
    assert_eq!(c.sources[0].name, "Lotte Peeters");
    let c = claim_with(text, &claims, "it is losing orders");
    assert_eq!(c.sources[0].name, "Lotte Peeters");
    let c = claim_with(text, &claims, "Turnout fell in the north");
    assert_eq!(c.sources[0].mention.of(text), "the electoral commission");
    let c = claim_with(text, &claims, "The east wing was sold");
    assert_eq!(c.sources[0].mention.of(text), "land records");
    let c = claim_with(text, &claims, "the west wing went");
    assert_eq!(c.sources[0].mention.of(text), "land records");
    // a semicolon without a conjunction ends the frame's reach
    assert!(claim_with(text, &claims, "Crews worked overnight")
        .sources
        .is_empty());
}

#[test]
fn a_lead_in_before_a_frame_set_in_commas_is_part_of_the_content() {
    let text = "After the tribunal struck down the levy in 2019, Moreau said, most regional taxes were seen as safe.\n\
When the polls finally opened, she told the BBC, there were no ballot papers.\n\
In the northern districts, the report says, half the clinics have closed.\n\
When the talks collapsed, officials said the border would stay shut.";
    let claims = run(text);
    check_invariants(text, &claims);
    let c = claim_with(text, &claims, "After the tribunal struck down");
    assert_eq!(c.sources[0].name, "Moreau");
    assert_eq!(c.pieces().len(), 2);
    assert!(c.pieces()[1].of(text).starts_with("most regional taxes"));
    let c = claim_with(text, &claims, "When the polls finally opened");
    assert_eq!(c.sources[0].mention.of(text), "she");
    assert!(c.pieces()[1].of(text).starts_with("there were no ballot"));
    let c = claim_with(text, &claims, "In the northern districts");
    assert_eq!(c.sources[0].mention.of(text), "the report");
    // without the comma after the frame, the lead-in may be the circumstance of the saying
    assert!(claim_with(text, &claims, "When the talks collapsed")
        .sources
        .is_empty());
}

#[test]
fn a_second_verb_of_saying_splits_one_speakers_contents() {
    let text = "Reeves said the figures were disappointing, but insisted the plan would work.\n\
Okafor said the bridge was safe and added that repairs would start in May.";
    let claims = run(text);
    check_invariants(text, &claims);
    for (needle, speaker, cue) in [
        ("the figures were disappointing", "Reeves", "said"),
        ("the plan would work", "Reeves", "insisted"),
        ("the bridge was safe", "Okafor", "said"),
        ("repairs would start", "Okafor", "added"),
    ] {
        let c = claim_with(text, &claims, needle);
        assert_eq!(c.sources[0].mention.of(text), speaker, "{needle}");
        assert_eq!(c.sources[0].cue.as_deref(), Some(cue), "{needle}");
        assert!(!c.span.of(text).contains("insisted") && !c.span.of(text).contains("added"));
    }
}

#[test]
fn a_speakers_second_act_after_their_content_is_a_claim_of_its_own() {
    let text = "Atkins said the figures were disappointing but blamed the strikes by doctors.\n\
Okafor said the bridge was safe and urged drivers to stay calm.\n\
Mensah said the grants were cut and criticized by parents.\n\
Lee said the vote was lost after she attacked the police and blamed the chief.";
    let claims = run(text);
    check_invariants(text, &claims);
    for (needle, speaker, cue) in [
        ("the figures were disappointing", "Atkins", "said"),
        ("the strikes by doctors", "Atkins", "blamed"),
        ("the bridge was safe", "Okafor", "said"),
        ("drivers to stay calm", "Okafor", "urged"),
    ] {
        let c = claim_with(text, &claims, needle);
        assert_eq!(c.sources[0].mention.of(text), speaker, "{needle}");
        assert_eq!(c.sources[0].cue.as_deref(), Some(cue), "{needle}");
        assert!(!c.span.of(text).contains("blamed") && !c.span.of(text).contains("urged"));
    }
    // a passive's second participle, and a verb of a clause under the content, stay in it
    let c = claim_with(text, &claims, "the grants were cut");
    assert!(c.text(text).contains("criticized by parents"));
    let c = claim_with(text, &claims, "the vote was lost");
    assert!(c.text(text).contains("blamed the chief"));
}

#[test]
fn a_frame_inside_a_set_off_relative_clause_reaches_its_comma() {
    let text = "The man, who police say is known to the boy's mother, is due in court on Monday.";
    let claims = run(text);
    check_invariants(text, &claims);
    let c = claim_with(text, &claims, "known to the boy's mother");
    assert_eq!(c.sources[0].name, "police");
    assert!(!c.text(text).contains("court"));
    // the subject and its verb are the writer's, one claim around the relative clause
    let c = claim_with(text, &claims, "is due in court");
    assert!(c.sources.is_empty());
    assert_eq!(c.text(text), "The man is due in court on Monday.");
}

#[test]
fn what_follows_a_postposed_frame_and_its_day() {
    let text = "“The levy will pass,” Okafor said Friday as she left the chamber.\n“The levy will pass,” Okafor said Friday, adding that she would vote for it.";
    let claims = run(text);
    check_invariants(text, &claims);
    // the writer describes the speaker; the day is the frame's
    let c = claim_with(text, &claims, "as she left");
    assert!(c.sources.is_empty());
    assert!(!c.text(text).contains("Friday"));
    // the speaker goes on; the participle of saying stays out of the claim
    let c = claim_with(text, &claims, "she would vote");
    assert_eq!(c.sources[0].name, "Okafor");
    assert_eq!(c.text(text), "she would vote for it.");
}

#[test]
fn a_quotation_closed_by_its_period_then_a_bare_frame() {
    let text = "Okafor spoke first.\n“We will not sell the port.” Mensah said.";
    let claims = run(text);
    check_invariants(text, &claims);
    let c = claim_with(text, &claims, "sell the port");
    assert_eq!(c.sources[0].name, "Mensah");
    assert!(!claims.iter().any(|c| c.text(text).contains("Mensah said")));
}

#[test]
fn what_was_said_opens_with_a_subordinate_clause() {
    let text =
        "The envoy said in a statement that although the vote was peaceful, it was far from fair.";
    let claims = run(text);
    check_invariants(text, &claims);
    let c = claim_with(text, &claims, "far from fair");
    assert_eq!(c.sources[0].mention.of(text), "The envoy");
    assert!(c.text(text).starts_with("although"));
}

#[test]
fn a_leading_concession_has_its_own_frame() {
    let text = "Although the mayor called the plan a mistake, at the hearing this week she said it would pass.";
    let claims = run(text);
    check_invariants(text, &claims);
    let c = claim_with(text, &claims, "it would pass");
    assert_eq!(c.sources[0].mention.of(text), "she");
    assert_eq!(c.text(text), "it would pass.");
    let c = claim_with(text, &claims, "a mistake");
    assert!(!c.text(text).contains("would pass"));
}

#[test]
fn words_after_a_postposed_frame_with_a_frame_of_their_own() {
    let text =
        "“I never said that,” Okafor said, after the host Ann Ruiz said the minister had resigned.";
    let claims = run(text);
    check_invariants(text, &claims);
    let c = claim_with(text, &claims, "the minister had resigned");
    assert_eq!(c.sources[0].name, "Ann Ruiz");
    assert!(!c.text(text).contains("said"));
    let c = claim_with(text, &claims, "I never said that");
    assert_eq!(c.sources[0].name, "Okafor");
}

#[test]
fn a_but_with_no_comma_after_a_verb_of_saying_stays_inside_what_was_said() {
    let text =
        "Fire Chief Rob Dunn said crews arrived within six minutes but the house was lost.\n\
Dunn said the crews were quick, but records show the call came late.\n\
The poll shows the plan is popular but the council is divided.";
    let claims = run(text);
    check_invariants(text, &claims);
    let c = claim_with(text, &claims, "the house was lost");
    assert_eq!(c.sources[0].name, "Rob Dunn");
    // after a comma, or after a verb that is no verb of saying, it is the writer's
    assert_ne!(
        claim_with(text, &claims, "the call came late")
            .sources
            .first()
            .map(|s| s.name.as_str()),
        Some("Rob Dunn")
    );
    assert!(claim_with(text, &claims, "the council is divided")
        .sources
        .is_empty());
}

#[test]
fn a_participle_of_saying_after_a_comma_opens_a_second_content() {
    let text = "Grant said the firm lied, adding that it had ignored 40 alarms.\n\
\"This was no accident,\" said prosecutor Amelia Ward, noting that the spills lasted years.\n\
\"We regret it,\" said Tom Hale, representing the company.";
    let claims = run(text);
    check_invariants(text, &claims);
    let first = claim_with(text, &claims, "the firm lied");
    assert_eq!(first.text(text), "the firm lied");
    let second = claim_with(text, &claims, "it had ignored");
    assert_eq!(second.text(text), "it had ignored 40 alarms.");
    assert_eq!(second.sources[0].name, first.sources[0].name);
    let c = claim_with(text, &claims, "the spills lasted years");
    assert_eq!(c.text(text), "the spills lasted years.");
    assert_eq!(c.sources[0].name, "Amelia Ward");
    // the writer's description of the speaker is no part of what he said
    let c = claim_with(text, &claims, "representing the company");
    assert!(c.sources.is_empty());
}

#[test]
fn a_postposed_frame_wins_over_one_in_a_relative_clause_of_its_content() {
    let text = "Scott's relatives, who asked police to show them the video, watched it on Thursday, attorneys for the family said.";
    let claims = run(text);
    check_invariants(text, &claims);
    let c = claim_with(text, &claims, "watched it on Thursday");
    assert_eq!(c.text(text), "Scott's relatives watched it on Thursday");
    assert_eq!(c.sources[0].mention.of(text), "attorneys for the family");
}

#[test]
fn a_speaker_closing_a_reported_clause_is_its_channel() {
    let text = "Ann Lee said the plan was dead, two aides said.\nCruz promises to shake things up in Washington, Stovall said.\nLee said that if the bill passed, he said, the state would sue.";
    let claims = run(text);
    check_invariants(text, &claims);
    let c = claim_with(text, &claims, "the plan was dead");
    assert_eq!(c.sources[0].name, "Ann Lee");
    assert_eq!(c.sources[0].via.as_deref(), Some("two aides"));
    assert_eq!(c.text(text), "the plan was dead");
    let c = claim_with(text, &claims, "to shake things up");
    assert_eq!(c.sources[0].via.as_deref(), Some("Stovall"));
    assert!(!c.text(text).contains("Stovall"));
    // a frame set in the content does not close it
    let c = claim_with(text, &claims, "the state would sue");
    assert_eq!(c.sources[0].via, None);
}

#[test]
fn a_comma_inside_closing_quotes_ends_a_clause_before_and() {
    let text = "Rosa Delgado said the changes would \"gut protections,\" and the caucus is planning a letter, according to an aide.\nLee called the plan \"reckless,\" and then tweeted that it was a disgrace.";
    let claims = run(text);
    check_invariants(text, &claims);
    let c = claim_with(text, &claims, "gut protections");
    assert_eq!(c.sources[0].name, "Rosa Delgado");
    assert_eq!(c.sources[0].via, None);
    let c = claim_with(text, &claims, "the caucus is planning");
    assert_eq!(c.sources[0].name, "an aide");
    assert_eq!(c.sources[0].kind, SourceKind::Anonymous);
    // a verb after "and then" shares the subject
    let c = claim_with(text, &claims, "it was a disgrace");
    assert_eq!(c.sources[0].cue.as_deref(), Some("tweeted"));
}

#[test]
fn a_relative_clause_that_looks_ahead_is_the_sources_a_gloss_is_the_writers() {
    let text = "The facility, which is expected to open in 2026, will create about 650 jobs, the company said.\nVarki spoke Tajik, a language spoken in Central Asia, he recalled.";
    let claims = run(text);
    check_invariants(text, &claims);
    let c = claim_with(text, &claims, "expected to open");
    assert_eq!(c.sources[0].name, "the company");
    let c = claim_with(text, &claims, "a language spoken");
    assert!(c.sources.is_empty());
}

#[test]
fn a_contrast_after_a_frame_set_in_is_reported_too() {
    let text = "Revenue rose 4%, the company said, while costs fell 2%.";
    let claims = run(text);
    check_invariants(text, &claims);
    let c = claim_with(text, &claims, "costs fell 2%");
    assert_eq!(c.sources[0].name, "the company");
    // the writer's scene and a participle stay the writer's
    for text in [
        "Revenue rose 4%, the company said, while reporters were waiting outside.",
        "Revenue rose 4%, Lee said, while clutching the report.",
    ] {
        let claims = run(text);
        let c = claim_with(text, &claims, "while");
        assert!(c.sources.is_empty(), "{text}");
    }
}

#[test]
fn a_clause_with_its_own_speaker_after_according_to_is_theirs() {
    let text =
        "Rents rose 5%, according to the agency, as tenants complained that repairs were ignored.";
    let claims = run(text);
    check_invariants(text, &claims);
    let c = claim_with(text, &claims, "Rents rose 5%");
    assert_eq!(c.sources[0].name, "the agency");
    let c = claim_with(text, &claims, "repairs were ignored");
    assert_eq!(c.sources[0].name, "tenants");
    assert_eq!(c.text(text), "repairs were ignored.");
}

#[test]
fn a_document_that_states_after_the_content_is_a_frame() {
    let text = "Rourke had been ejected from the bar, the complaint states.";
    let claims = run(text);
    check_invariants(text, &claims);
    assert_eq!(claims.len(), 1);
    assert_eq!(claims[0].sources[0].name, "the complaint");
    assert_eq!(claims[0].text(text), "Rourke had been ejected from the bar");
    // after a frame of its own, the document is the channel
    let text = "Witnesses told police that Rourke had left the bar, the complaint states.";
    let claims = run(text);
    let c = claim_with(text, &claims, "Rourke had left the bar");
    assert_eq!(c.sources[0].name, "Witnesses");
    assert_eq!(c.text(text), "Rourke had left the bar");
    // the noun stays a noun
    let text = "Voters in several states are angry.";
    assert!(run(text)[0].sources.is_empty());
}

#[test]
fn a_but_clause_in_the_same_backshifted_tense_goes_on_with_the_speaker() {
    let text = "A senior government source said cabinet had discussed the deal on Monday, but no decision had been made.\nThe coach said the squad had trained well, but the match was lost.";
    let claims = run(text);
    check_invariants(text, &claims);
    let c = claim_with(text, &claims, "no decision");
    assert_eq!(c.sources[0].name, "a senior government source");
    // the writer's plain past after the speaker's past perfect stays the writer's
    let c = claim_with(text, &claims, "the match was lost");
    assert!(c.sources.is_empty(), "{:?}", c.sources);
}
