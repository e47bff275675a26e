//! Claims resting on what was found, measured or refused, written for these tests in the
//! styles of science, disaster, court and business copy.

use super::*;

#[test]
fn a_measure_or_a_stance_held_is_no_frame_of_saying() {
    let text = "A tornado with winds estimated at 150 mph destroyed a mobile home park, Wayne Hollis said.\nA crowd estimated at 5,000 people marched to the square.\nDozens of residents spoke during public comment, nearly all of them opposed to the closures.";
    let claims = run(text);
    check_invariants(text, &claims);
    let c = claim_with(text, &claims, "A tornado");
    assert_eq!(c.sources[0].name, "Wayne Hollis");
    assert!(c.text(text).contains("estimated at 150 mph"));
    let c = claim_with(text, &claims, "marched");
    assert!(c.sources.is_empty());
    assert!(c.text(text).starts_with("A crowd"));
    let c = claim_with(text, &claims, "Dozens");
    assert!(c.sources.is_empty());
}

#[test]
fn a_study_team_and_a_document_report_what_they_found() {
    let text = "Bees from exposed colonies took 37% longer to learn, the team found.\nBees slept less, scientists found.\nA 2021 inspection report found a tear in the liner.\nA meta-analysis found that mixtures were more toxic.\nConsider this: SurveyMonkey data from Iowa showed a shift among voters.";
    let claims = run(text);
    check_invariants(text, &claims);
    let c = claim_with(text, &claims, "took 37% longer");
    assert_eq!(c.sources[0].mention.of(text), "the team");
    assert!(!c.text(text).contains("found"));
    let c = claim_with(text, &claims, "slept less");
    assert_eq!(c.sources[0].kind, SourceKind::UnnamedGroup);
    let c = claim_with(text, &claims, "a tear in the liner");
    assert_eq!(c.sources[0].kind, SourceKind::Document);
    let c = claim_with(text, &claims, "mixtures were");
    assert_eq!(c.sources[0].kind, SourceKind::Document);
    // a lead-in closed by a colon is no part of the source
    let c = claim_with(text, &claims, "a shift among voters");
    assert_eq!(c.sources[0].mention.of(text), "SurveyMonkey data from Iowa");
    assert_eq!(c.sources[0].kind, SourceKind::Document);
}

#[test]
fn documents_are_told_by_what_follows_their_head() {
    let text = "Closing the buildings would save $1.9 million a year, according to a consultant's report presented at the meeting.";
    let claims = run(text);
    let c = claim_with(text, &claims, "Closing");
    assert_eq!(c.sources[0].kind, SourceKind::Document);
}

#[test]
fn the_reason_for_a_refusal_stays_in_the_record() {
    let text = "The company declined to comment, citing pending litigation.";
    let claims = run(text);
    assert_eq!(claims.len(), 1);
    assert_eq!(claims[0].kind, ClaimKind::NoComment);
    assert!(claims[0].text(text).ends_with("litigation."));
}

#[test]
fn people_named_beside_what_they_are_or_do() {
    let text = "A complainant, Ramesh Yadav, alleged that he had invested Rs 3.5 lakh.\nAn investor, Anil Rao, said he had lost his savings.\nForecasters said more storms were likely.";
    let claims = run(text);
    check_invariants(text, &claims);
    assert_eq!(
        claim_with(text, &claims, "he had invested").sources[0].name,
        "Ramesh Yadav"
    );
    assert_eq!(
        claim_with(text, &claims, "he had lost").sources[0].name,
        "Anil Rao"
    );
    let c = claim_with(text, &claims, "more storms");
    assert_eq!(c.sources[0].kind, SourceKind::UnnamedGroup);
}

#[test]
fn a_relative_clause_beside_a_refusal_is_a_claim_of_its_own() {
    let text = "Benning, who left the department in 2023, did not respond to requests for comment.\nNorton, which declined to comment, returned the rights to the author.";
    let claims = run(text);
    check_invariants(text, &claims);
    let c = claim_with(text, &claims, "left the department");
    assert_eq!(c.kind, ClaimKind::Background);
    assert!(c.sources.is_empty());
    let c = claim_with(text, &claims, "did not respond");
    assert_eq!(c.kind, ClaimKind::NoComment);
    assert!(!c.text(text).contains("left the department"));
    // the refusal inside the relative clause, the main clause the writer's
    let c = claim_with(text, &claims, "which declined");
    assert_eq!(c.kind, ClaimKind::NoComment);
    assert_eq!(c.sources[0].name, "Norton");
    let c = claim_with(text, &claims, "returned the rights");
    assert_ne!(c.kind, ClaimKind::NoComment);
    assert!(c.sources.is_empty());
}

#[test]
fn the_hearer_of_told_ends_before_the_reported_clause() {
    let text = "Angela Pruitt told the board the district faces a $4.8 million shortfall.\nTwo senators have told leadership they will vote no.\nLee urged the rest of the party to unite.";
    let claims = run(text);
    check_invariants(text, &claims);
    let c = claim_with(text, &claims, "the district faces");
    assert_eq!(c.text(text), "the district faces a $4.8 million shortfall.");
    let c = claim_with(text, &claims, "they will vote no");
    assert_eq!(c.text(text), "they will vote no.");
    // a determiner after "of" is inside the hearer, and a request keeps its verb and the
    // one asked (noun_objects.rs)
    let c = claim_with(text, &claims, "to unite");
    assert_eq!(c.text(text), "urged the rest of the party to unite.");
}

#[test]
fn a_participle_with_its_agent_keeps_an_and_inside_the_source() {
    let text = "Internal documents reviewed by ProPublica and The Valley Ledger show that officials debated the plan.\nIn 2013, research conducted by the Center for Media and Public Affairs found that the site was biased.";
    let claims = run(text);
    check_invariants(text, &claims);
    let c = claim_with(text, &claims, "officials debated");
    assert_eq!(c.sources[0].kind, SourceKind::Document);
    assert!(c.sources[0].name.ends_with("The Valley Ledger"));
    let c = claim_with(text, &claims, "the site was biased");
    assert_eq!(c.sources[0].kind, SourceKind::Document);
}

#[test]
fn estimates_before_a_verb_are_its_subject_not_a_cue() {
    let text = "Official estimates put the damage at $2 billion.\nWestern estimates put the dead in the hundreds of thousands.";
    let claims = run(text);
    check_invariants(text, &claims);
    let c = claim_with(text, &claims, "the damage");
    assert_eq!(c.sources[0].name, "Official estimates");
    assert_eq!(c.sources[0].kind, SourceKind::Document);
    // no source called "Western"
    let c = claim_with(text, &claims, "the dead");
    assert!(c.sources.iter().all(|s| s.name != "Western"));
    assert!(c.text(text).starts_with("Western estimates"));
}

#[test]
fn a_product_recall_is_no_recollection() {
    let text = "A drugmaker is recalling 180,000 bottles of valsartan, the company said.\nBlood pressure drug recalled over possible contamination, FDA says\nShe recalled that the vote was close.";
    let claims = run(text);
    check_invariants(text, &claims);
    let c = claim_with(text, &claims, "180,000 bottles");
    assert_eq!(c.sources[0].name, "the company");
    assert!(c.text(text).starts_with("A drugmaker is recalling"));
    let c = claim_with(text, &claims, "Blood pressure drug");
    assert_eq!(c.sources[0].name, "FDA");
    let c = claim_with(text, &claims, "the vote was close");
    assert_eq!(c.sources[0].cue.as_deref(), Some("recalled"));
}

#[test]
fn a_newsroom_that_has_learned_is_the_source_of_its_scoop() {
    let text = "The RCMP has opened an investigation into the contractor, CBC News has learned.\nPOLITICO has learned that the campaign built a data team.\nShe learned how to fly in 1990.";
    let claims = run(text);
    check_invariants(text, &claims);
    let c = claim_with(text, &claims, "The RCMP has opened");
    assert_eq!(c.sources[0].name, "CBC News");
    assert!(!c.text(text).contains("learned"));
    let c = claim_with(text, &claims, "the campaign built");
    assert_eq!(c.sources[0].kind, SourceKind::Media);
    let c = claim_with(text, &claims, "how to fly");
    assert!(c.sources.is_empty());
}

#[test]
fn a_reading_of_the_evidence_is_hedged() {
    let text = "The proposal appears to be running into trouble.\nThe plan may be losing steam.\nThe plan is losing steam.";
    let claims = run(text);
    assert!(claim_with(text, &claims, "appears to").hedged);
    assert!(claim_with(text, &claims, "may be losing").hedged);
    assert!(!claim_with(text, &claims, "is losing").hedged);
}

#[test]
fn what_a_source_believes_or_describes_is_an_assessment() {
    let text = "Some observers believe the governor is more interested in the fight.\nColleagues described her as relentless and funny.\nThe mayor said the bridge closed on Monday.";
    let claims = run(text);
    for needle in ["the governor is more", "her as relentless"] {
        assert_eq!(
            claim_with(text, &claims, needle).kind,
            ClaimKind::Assessment,
            "{needle}"
        );
    }
    assert_eq!(
        claim_with(text, &claims, "the bridge closed").kind,
        ClaimKind::Event
    );
}

#[test]
fn saying_little_and_writing_for_the_majority_report_nothing() {
    let text = "Chief Justice Robert Hale said little during the argument.\nJustice Pratt wrote for the majority in that case.\nJustice Oduya wrote a dissent joined by two colleagues.";
    let claims = run(text);
    check_invariants(text, &claims);
    for needle in ["said little", "wrote for", "wrote a dissent"] {
        assert!(
            claim_with(text, &claims, needle).sources.is_empty(),
            "{needle}"
        );
    }
}

#[test]
fn per_attributes_like_according_to_but_not_as_a_rate() {
    let text = "Per the Florida Highway Patrol, Interstate 10 has reopened.\nThe toll rose to 12, per state officials.\nShares fell 3 per cent.";
    let claims = run(text);
    check_invariants(text, &claims);
    let c = claim_with(text, &claims, "Interstate 10 has reopened");
    assert_eq!(c.sources[0].name, "Florida Highway Patrol");
    assert_eq!(c.text(text), "Interstate 10 has reopened.");
    let c = claim_with(text, &claims, "The toll rose to 12");
    assert_eq!(c.sources[0].name, "state officials");
    assert_eq!(c.sources[0].cue.as_deref(), Some("per"));
    let c = claim_with(text, &claims, "per cent");
    assert!(c.sources.is_empty());
}

#[test]
fn an_appositive_of_change_with_a_figure_keeps_the_source() {
    let text = "The statistics office said 2,310 homes were completed in October, a fall of 9 per cent on September.";
    let claims = run(text);
    check_invariants(text, &claims);
    let c = claim_with(text, &claims, "a fall of 9 per cent");
    assert_eq!(c.sources[0].name, "the statistics office");
}

#[test]
fn a_reporter_closing_an_according_frame_is_its_channel() {
    let text = "Listings fell by 40 percent, according to the Institute for Economic Research (DIW), the dpa news agency reported.";
    let claims = run(text);
    check_invariants(text, &claims);
    assert_eq!(claims.len(), 1);
    let s = &claims[0].sources[0];
    assert_eq!(
        s.mention.of(text),
        "the Institute for Economic Research (DIW)"
    );
    assert_eq!(claims[0].text(text), "Listings fell by 40 percent");
    assert!(s.via.is_some());
}

#[test]
fn a_written_text_that_reads_gives_its_words() {
    let text = "The statement read in part, \"The governor has directed the police to act.\"\nThe letter read: \"We will not comply.\"\nHe read the report aloud.";
    let claims = run(text);
    check_invariants(text, &claims);
    let c = claim_with(text, &claims, "The governor has directed");
    assert_eq!(c.sources[0].name, "the statement");
    let c = claim_with(text, &claims, "We will not comply");
    assert_eq!(c.sources[0].cue.as_deref(), Some("read"));
    let c = claim_with(text, &claims, "He read the report");
    assert!(c.sources.is_empty());
}

#[test]
fn pointing_to_evidence_asserts_it() {
    let text = "Tierney pointed to a decline in homicides.";
    let claims = run(text);
    check_invariants(text, &claims);
    assert_eq!(claims[0].sources[0].name, "Tierney");
    assert_eq!(claims[0].text(text), "a decline in homicides.");
}

#[test]
fn election_returns_are_data() {
    let text = "Returns from 88% of precincts showed Delgado ahead by 17,000 votes.";
    let claims = run(text);
    check_invariants(text, &claims);
    let c = claim_with(text, &claims, "Delgado ahead");
    assert_eq!(c.sources[0].kind, SourceKind::Document);
}

#[test]
fn a_ruling_after_a_deed_is_the_courts_finding_and_the_deed_the_writers() {
    let text = "The court dismissed the case, ruling that the claim was filed too late.\n\
The Court of Arbitration upheld a four-year ban on the sprinter, ruling that she had failed to prove her innocence.";
    let claims = run(text);
    check_invariants(text, &claims);
    let c = claim_with(text, &claims, "filed too late");
    assert_eq!(c.text(text), "the claim was filed too late.");
    assert_eq!(c.sources[0].name, "the court");
    // the deed is not in the source's name
    let c = claim_with(text, &claims, "failed to prove");
    assert_eq!(c.sources[0].mention.of(text), "The Court of Arbitration");
    assert!(claim_with(text, &claims, "upheld a four-year ban")
        .sources
        .is_empty());
}

#[test]
fn unavailable_for_interview_is_a_refusal() {
    let text = "The mayor was not available for interview.\nThe owners were unavailable to comment on Friday.";
    let claims = run(text);
    check_invariants(text, &claims);
    let c = claim_with(text, &claims, "available for interview");
    assert_eq!(c.kind, ClaimKind::NoComment);
    assert_eq!(c.sources[0].name, "the mayor");
    let c = claim_with(text, &claims, "unavailable to comment");
    assert_eq!(c.kind, ClaimKind::NoComment);
}

#[test]
fn a_count_or_a_view_set_off_by_a_comma_gives_its_owner() {
    let text = "Ann Lee toured the site. By her count, 40 people were hurt.\nThe toll rose to 12, by the Associated Press's tally.\nIn the words of one aide, the plan was dead.\nBy one estimate, 300 homes were lost.";
    let claims = run(text);
    check_invariants(text, &claims);
    let c = claim_with(text, &claims, "40 people");
    assert_eq!(c.text(text), "40 people were hurt.");
    assert_eq!(c.sources[0].name, "Ann Lee");
    let c = claim_with(text, &claims, "toll rose");
    assert_eq!(c.text(text), "The toll rose to 12");
    assert_eq!(c.sources[0].name, "Associated Press");
    let c = claim_with(text, &claims, "the plan was dead");
    assert_eq!(c.text(text), "the plan was dead.");
    assert_eq!(c.sources[0].name, "one aide");
    // an estimate nobody owns is the writer's
    assert!(claim_with(text, &claims, "300 homes").sources.is_empty());
}

#[test]
fn the_companies_are_every_firm_quoted_just_before() {
    let text = "Acme Corp said sales fell. Borden Ltd said sales rose. The companies said the deal would close in May.";
    let claims = run(text);
    check_invariants(text, &claims);
    let c = claim_with(text, &claims, "the deal would close");
    let names: Vec<&str> = c.sources.iter().map(|s| s.name.as_str()).collect();
    assert_eq!(names, ["Acme Corp", "Borden Ltd"]);
    // a campaign body is no company
    let text = "Acme Corp said sales fell. Amnesty International said it was wrong. The companies said the deal would close.";
    let claims = run(text);
    let c = claim_with(text, &claims, "the deal would close");
    assert_eq!(c.sources.len(), 1);
}

#[test]
fn a_firms_trade_before_its_name_is_its_role() {
    let text = "Carmaker Ford said sales fell.\nProfits rose, said retailer Tesco.\nThe German carmaker Brandtwerk said demand held.\nLawmaker Ann Lee said the bill failed.";
    let claims = run(text);
    check_invariants(text, &claims);
    for (content, name) in [
        ("sales fell", "Ford"),
        ("Profits rose", "Tesco"),
        ("demand held", "Brandtwerk"),
    ] {
        let s = &claim_with(text, &claims, content).sources[0];
        assert_eq!(
            (s.name.as_str(), s.kind),
            (name, SourceKind::Organization),
            "{content}"
        );
    }
    // a maker of laws is a person
    let s = &claim_with(text, &claims, "the bill failed").sources[0];
    assert_eq!((s.name.as_str(), s.kind), ("Ann Lee", SourceKind::Person));
}

#[test]
fn given_names_of_international_news_show_a_person_and_a_gender() {
    let text = "Ngozi Okafor said it would appeal the ruling.\nChinedu Eze, her deputy, spoke next. Okafor said she would not resign.";
    let claims = run(text);
    check_invariants(text, &claims);
    let c = claim_with(text, &claims, "it would appeal");
    assert_eq!(c.sources[0].name, "Ngozi Okafor");
    assert_eq!(c.sources[0].kind, SourceKind::Person);
    let c = claim_with(text, &claims, "she would not resign");
    assert_eq!(c.sources[0].name, "Ngozi Okafor");
}

#[test]
fn a_source_described_as_unconfirmed_hedges_its_claim() {
    let text = "Unconfirmed reports said the minister had resigned.\nAccording to unconfirmed reports, the army had withdrawn.\nOfficials said the port had reopened.";
    let claims = run(text);
    check_invariants(text, &claims);
    assert!(claim_with(text, &claims, "the minister had resigned").hedged);
    assert!(claim_with(text, &claims, "the army had withdrawn").hedged);
    assert!(!claim_with(text, &claims, "the port had reopened").hedged);
}

#[test]
fn a_participle_of_manner_opening_the_sentence_sets_the_scene_for_the_speaker() {
    let text = "Giving evidence from behind a screen, Margaret Olsen, 58, said the payments were never spent.\nAddressing about 100 members at the spring meeting, the campaign chief, Paul Reyes, said the style was an act.";
    let claims = run(text);
    check_invariants(text, &claims);
    assert_eq!(claims.len(), 2, "{claims:?}");
    let c = claim_with(text, &claims, "the payments were never spent");
    assert_eq!(c.sources[0].name, "Margaret Olsen");
    let c = claim_with(text, &claims, "the style was an act");
    assert_eq!(c.sources[0].name, "Paul Reyes");
}

#[test]
fn a_clause_after_a_participle_with_a_noun_phrase_is_the_writers() {
    let text = "Corvane cut its revenue forecast on Tuesday, blaming weaker demand from China, and its shares fell 11% in extended trading.\nPolice said two men were arrested, and a third was sought.";
    let claims = run(text);
    check_invariants(text, &claims);
    let c = claim_with(text, &claims, "weaker demand from China");
    assert_eq!(c.sources[0].name, "Corvane");
    let c = claim_with(text, &claims, "its shares fell 11%");
    assert!(c.sources.is_empty(), "{c:?}");
    let c = claim_with(text, &claims, "a third was sought");
    assert_eq!(c.sources[0].name, "Police");
}
