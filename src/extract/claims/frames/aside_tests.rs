//! Tests of frame shapes met on unseen articles: asides with "as", clauses of time, names
//! before their descriptions, participles of saying after a clause, colons after a name.

use super::tests::{assert_no_frame, frame, marked};
use super::*;

#[test]
fn an_aside_with_as_frames_the_rest_of_the_sentence() {
    let (src, content, p) =
        frame("The deficit has doubled since 2019, as Ivan Petrov noted in a memo.");
    assert_eq!(src.as_deref(), Some("Ivan Petrov"));
    assert_eq!(content, vec!["The deficit has doubled since 2019"]);
    assert_eq!(p, Placement::After);
    let (src, content, _) =
        frame("The real problem, as Maria Lopez of the Ledger points out, is the unpaid bill.");
    assert_eq!(src.as_deref(), Some("Maria Lopez of the Ledger"));
    assert_eq!(content, vec!["The real problem", "is the unpaid bill."]);
    let (src, content, p) = frame("As one voter put it, the race is over.");
    assert_eq!(src.as_deref(), Some("one voter"));
    assert_eq!(content, vec!["the race is over."]);
    assert_eq!(p, Placement::Before);
    let (src, _, _) = frame("Such claims, as Lee has long argued, rest on weak data.");
    assert_eq!(src.as_deref(), Some("Lee"));
    let (src, _, _) = frame("The numbers changed, as Lee has sometimes acknowledged.");
    assert_eq!(src.as_deref(), Some("Lee"));
    let (src, content, _) = frame("As the Ledger reported just today, the mill will close.");
    assert_eq!(src.as_deref(), Some("the Ledger"));
    assert_eq!(content, vec!["the mill will close."]);
    // a time ("as Lee speaks"), a noun after a determiner, and a clause of its own after the
    // aside are not asides that frame the sentence
    for s in [
        "The screen shows a crowd, as Lee speaks.",
        "Most of the play is silent, as the actors mime their jokes.",
        "Lee met the mayor, as the Ledger reported, and he will run again.",
        "The Clean Air Act, as the bill is called, would cut soot.",
    ] {
        let toks = marked(s);
        let at = toks.iter().position(|t| t.is("as")).expect("an as");
        assert_eq!(as_aside::as_aside(&toks, 0, toks.len(), at), None, "{s}");
    }
}

#[test]
fn a_verb_of_saying_with_an_object_in_a_clause_of_time_frames_nothing() {
    for s in [
        "As he said goodbye, the crowd cheered.",
        "When the agents find the tunnels, they seal them.",
        "As soon as she said it, the room went quiet.",
    ] {
        let toks = marked(s);
        assert_eq!(find_frame(s, &toks, 0, toks.len()), None, "{s}");
    }
    // a clause that reports keeps its frame
    let s = "When Lee said the plan had failed, the board met.";
    let toks = marked(s);
    assert!(find_frame(s, &toks, 0, toks.len()).is_some_and(|f| f.cue == "said"));
}

#[test]
fn a_name_before_its_description_and_a_second_name_speaks() {
    let s =
        "Marco Reyes, the editor of the city's oldest paper, The Courier, said every mayor was \
             political.";
    let (src, content, _) = frame(s);
    assert_eq!(src.as_deref(), Some("Marco Reyes"));
    assert_eq!(content, vec!["every mayor was political."]);
    // a lead-in stays a lead-in
    let (src, _, _) =
        frame("Separately, the editor of the paper, The Courier, said it would close.");
    assert_eq!(src.as_deref(), Some("the editor of the paper"));
}

#[test]
fn add_to_is_to_increase() {
    let (src, content, _) = frame("He may add to his senior staff or change their roles, he said.");
    assert_eq!(src.as_deref(), Some("he"));
    assert_eq!(
        content,
        vec!["He may add to his senior staff or change their roles"]
    );
    // "add" with a number is to increase as well
    let (src, content, _) = frame("The plan would add 5,000 homes by 2030, the mayor said.");
    assert_eq!(src.as_deref(), Some("the mayor"));
    assert_eq!(content, vec!["The plan would add 5,000 homes by 2030"]);
    assert_no_frame("The council approved a plan that would add 5,000 homes.");
}

#[test]
fn saying_after_a_clause_whose_subject_is_a_person_by_trade() {
    let s = "The businessman began by talking about the crisis, saying that heroin is cheap.";
    let (src, content, _) = frame(s);
    assert_eq!(src.as_deref(), Some("The businessman"));
    assert_eq!(content, vec!["heroin is cheap."]);
}

#[test]
fn saying_after_a_clause_opened_by_a_quantifier_or_a_conjunction() {
    let (src, content, _) =
        frame("Both parents stiffened their criticism of the mayor, saying that he lacked tact.");
    assert_eq!(src.as_deref(), Some("Both parents"));
    assert_eq!(content, vec!["he lacked tact."]);
    let (src, content, _) = frame(
        "But other advisers have been urging him to default, saying that only a crisis works.",
    );
    assert_eq!(src.as_deref(), Some("other advisers"));
    assert_eq!(content, vec!["only a crisis works."]);
    let (src, _, _) = frame("And even Obama tried to help, noting that he would demur too.");
    assert_eq!(src.as_deref(), Some("Obama"));
}

#[test]
fn a_participle_set_in_before_the_verb_of_saying_is_an_aside() {
    let s = "Sen. Ann Lee (D-Ill.), noting the size of the list, said, “It is a heck of a list.”";
    let toks = marked(s);
    let f = find_frame(s, &toks, 0, toks.len()).expect("a frame");
    assert_eq!(f.cue, "said");
}

#[test]
fn what_a_criticism_is_of_ends_at_the_comma() {
    let s = "Voters heard his criticism of the mayor, and the crowd cheered.";
    let toks = marked(s);
    let f = openers::nominal_frame(&toks, 0, toks.len()).expect("a nominal frame");
    let content: Vec<&str> = f
        .content
        .iter()
        .filter_map(|&r| range_span(&toks, r))
        .map(|sp| sp.of(s))
        .collect();
    assert_eq!(content, vec!["the mayor"]);
}

#[test]
fn a_name_with_its_party_label_before_a_colon_and_a_quotation() {
    let (src, content, _) =
        frame("Rep. Ana Gomez (D-Texas): “I have not heard anyone cite that figure.”");
    assert_eq!(src.as_deref(), Some("Rep. Ana Gomez"));
    assert_eq!(content, vec!["“I have not heard anyone cite that figure.”"]);
}

#[test]
fn a_subordinate_frame_after_a_time_adjunct_ends_before_the_main_clause() {
    let s = "When in March she said the plan was a mistake, nobody listened.";
    let toks = marked(s);
    let f = find_frame(s, &toks, 0, toks.len()).expect("a frame");
    let text = |r: (usize, usize)| range_span(&toks, r).map(|sp| sp.of(s).to_string());
    assert_eq!(text(f.source.unwrap()).as_deref(), Some("she"));
    assert_eq!(
        text(f.content[0]).as_deref(),
        Some("the plan was a mistake")
    );
    assert_eq!(text(f.rest.unwrap()).as_deref(), Some("nobody listened."));
    assert!(f.subordinate);
}

#[test]
fn a_source_after_with_before_a_participle_of_saying() {
    let s =
        "The bank held the rate on Tuesday, with Governor Ana Ruiz saying inflation was too high.";
    let (src, content, _) = frame(s);
    assert_eq!(src.as_deref(), Some("Governor Ana Ruiz"));
    assert_eq!(content, vec!["inflation was too high."]);
    let s = "With 95 percent of precincts reporting, the race was too close to call.";
    let toks = marked(s);
    assert_eq!(find_frame(s, &toks, 0, toks.len()), None);
}

#[test]
fn a_day_after_the_subject_of_a_clause_before_saying_stays_out_of_the_source() {
    let s =
        "The Reserve Bank of India on Friday kept its key rate unchanged, saying risks remained.";
    let (src, content, _) = frame(s);
    assert_eq!(src.as_deref(), Some("The Reserve Bank of India"));
    assert_eq!(content, vec!["risks remained."]);
}

#[test]
fn a_body_whose_name_lists_its_fields_with_commas() {
    let s = "The Department for Environment, Food and Rural Affairs said the ban would stay.";
    let (src, content, _) = frame(s);
    assert_eq!(
        src.as_deref(),
        Some("The Department for Environment, Food and Rural Affairs")
    );
    assert_eq!(content, vec!["the ban would stay."]);
    // a list of people after a place stays a list of people
    let (src, _, _) = frame("In Ohio, Smith and Lee said the ban would stay.");
    assert_eq!(src.as_deref(), Some("Smith and Lee"));
}

#[test]
fn a_frame_set_in_with_an_adjunct_takes_over_from_the_cue_before_it() {
    let (src, content, _) =
        frame("The bank records show, she said in an interview, that the money went abroad.");
    assert_eq!(src.as_deref(), Some("she"));
    assert_eq!(
        content,
        vec!["The bank records show", "that the money went abroad."]
    );
    // a participle, an infinitive and a coordinated verb between commas are no frames set in
    let toks = marked("The auditor stated, while testifying before the panel last week, that the books were wrong.");
    let f = find_frame(
        "The auditor stated, while testifying before the panel last week, that the books were wrong.",
        &toks,
        0,
        toks.len(),
    )
    .unwrap();
    assert_eq!(f.cue, "stated");
    let (src, _, _) =
        frame("It is her job, the admiral said, to talk to allies in the region, she said.");
    assert_ne!(src.as_deref(), Some("allies"));
    let s = "“We will win,” he promises, and say to him, “Thank you.”";
    let toks = marked(s);
    let f = find_frame(s, &toks, 0, toks.len()).unwrap();
    assert_eq!(f.cue, "promises");
}

#[test]
fn a_reason_for_anonymity_as_a_relative_clause_without_commas_is_the_role() {
    let s = "A senior diplomat who asked not to be named because the talks are private said the truce would hold.";
    let toks = marked(s);
    let f = find_frame(s, &toks, 0, toks.len()).unwrap();
    let text = |r| range_span(&toks, r).map(|sp| sp.of(s).to_string());
    assert_eq!(f.cue, "said");
    assert_eq!(
        f.source.and_then(text).as_deref(),
        Some("A senior diplomat")
    );
    assert_eq!(
        f.role.and_then(text).as_deref(),
        Some("who asked not to be named because the talks are private")
    );
    let (src, content, _) =
        frame("An aide who was not authorized to speak publicly told reporters the vote was off.");
    assert_eq!(src.as_deref(), Some("An aide"));
    assert_eq!(content, vec!["the vote was off."]);
    // a wish not to be named, set off by commas
    let s2 = "One shop owner, who did not want to be named, said it was the second robbery.";
    let toks2 = marked(s2);
    let f = find_frame(s2, &toks2, 0, toks2.len()).unwrap();
    let text2 = |r| range_span(&toks2, r).map(|sp| sp.of(s2).to_string());
    assert_eq!(f.source.and_then(text2).as_deref(), Some("One shop owner"));
    assert_eq!(
        f.role.and_then(text2).as_deref(),
        Some("who did not want to be named")
    );
}

#[test]
fn what_a_court_heard_is_reported_in_evidence() {
    let (src, content, p) = frame("The former mayor took bribes for a decade, the court heard.");
    assert_eq!(src.as_deref(), Some("the court"));
    assert_eq!(content, vec!["The former mayor took bribes for a decade"]);
    assert_eq!(p, Placement::After);
    let (src, content, _) =
        frame("Bristol Crown Court heard that the van was stolen two days earlier.");
    assert_eq!(src.as_deref(), Some("Bristol Crown Court"));
    assert_eq!(content, vec!["the van was stolen two days earlier."]);
    // a day or a stretch of time may close the frame; magistrates need no article
    let (src, content, _) = frame("A water firm was fined £4m, a court heard on Tuesday.");
    assert_eq!(src.as_deref(), Some("a court"));
    assert_eq!(content, vec!["A water firm was fined £4m"]);
    let (src, _, _) = frame("The firm ignored alarms, magistrates heard last week.");
    assert_eq!(src.as_deref(), Some("magistrates"));
    // hearing a sound reports nothing
    for s in [
        "Residents heard shots after midnight.",
        "The jury heard the recording twice.",
        // nor does a verdict
        "The jury found him guilty of fraud.",
        "A court found the firm liable for the spill.",
        // nor where someone was found
        "Man charged after toddler found dead in Perth home",
        "A climber was found alive after three days.",
        // nor a toll not yet confirmed
        "Landslide buries village, dozens feared dead",
    ] {
        assert_no_frame(s);
    }
}

#[test]
fn pleas_deals_and_requests_report_nothing() {
    for s in [
        "The company pleaded guilty last year.",
        "He has pleaded not guilty to all charges.",
        "The firm agreed to pay a $4 million fine.",
        "Defense attorneys sought a sentence of five years.",
        "Prosecutors had asked for 15 years in prison.",
        // nor an intention ("said it plans to" has its own frame)
        "Apple reportedly plans to launch a foldable phone next year.",
    ] {
        assert_no_frame(s);
    }
    // a frame after the request reports; "agreed that" still reports
    let (src, content, _) =
        frame("Prosecutors asked for 15 years, arguing that he steered contracts to the firm.");
    assert_eq!(src.as_deref(), Some("Prosecutors"));
    assert_eq!(content, vec!["he steered contracts to the firm."]);
    let (src, _, _) = frame("The board agreed that the plan was too costly.");
    assert_eq!(src.as_deref(), Some("The board"));
}

#[test]
fn talks_for_negotiations_is_a_noun() {
    for s in [
        "Ceasefire talks stall as shelling resumes",
        "Trade talks collapse after the minister walks out.",
        "This is the kind of talk you hear in every newsroom.",
        // after a preposition or a determiner, with "to" or "about" after it
        "Tech giant in talks to buy startup",
        "There is a lot of talk about free health care.",
    ] {
        assert_no_frame(s);
    }
    // the verb talks about something, to or with someone
    let (src, _, _) = frame("The mayor talks openly about the deficit, aides said.");
    assert_eq!(src.as_deref(), Some("aides"));
}

#[test]
fn citing_a_reason_is_no_source() {
    for s in [
        "The airline cut its forecast, citing weak demand for flights to Asia.",
        "She cancelled the rally, citing the storm.",
    ] {
        let toks = marked(s);
        let f = find_frame(s, &toks, 0, toks.len());
        assert!(f.map_or(true, |f| f.cue != "citing"), "{s}");
    }
    let s = "The ministry raised its estimate, citing people familiar with the survey.";
    let toks = marked(s);
    let f = find_frame(s, &toks, 0, toks.len()).unwrap();
    assert_eq!(f.cue, "citing");
    // set in between a subject and its verb of saying, what is cited is the channel
    let s =
        "Ortega, citing data from the health ministry, said that 4 million people were vaccinated.";
    let toks = marked(s);
    let f = find_frame(s, &toks, 0, toks.len()).unwrap();
    let text = |r| range_span(&toks, r).map(|sp| sp.of(s).to_string());
    assert_eq!(f.cue, "said");
    assert_eq!(f.source.and_then(text).as_deref(), Some("Ortega"));
    assert_eq!(
        f.via.and_then(text).as_deref(),
        Some("data from the health ministry")
    );
    assert!(f.side.is_empty());
}

#[test]
fn an_age_after_an_inverted_speaker_belongs_to_the_description() {
    let s = "“Nobody knocked,” said retired postman Graham Hale, 71.";
    let toks = marked(s);
    let f = find_frame(s, &toks, 0, toks.len()).unwrap();
    let text = |r| range_span(&toks, r).map(|sp| sp.of(s).to_string());
    assert_eq!(f.role.and_then(text).as_deref(), Some("71"));
    assert_eq!(f.content.len(), 1);
    let s2 = "“It was awful,” said Jane Roe, 34, a nurse at the Ace diner, which opens at six.";
    let toks2 = marked(s2);
    let f = find_frame(s2, &toks2, 0, toks2.len()).unwrap();
    let text2 = |r| range_span(&toks2, r).map(|sp| sp.of(s2).to_string());
    assert_eq!(f.source.and_then(text2).as_deref(), Some("Jane Roe"));
    assert_eq!(
        f.role.and_then(text2).as_deref(),
        Some("34, a nurse at the Ace diner")
    );
    let content: Vec<_> = f.content.iter().filter_map(|&r| text2(r)).collect();
    assert_eq!(content, ["“It was awful,”"]);
    let side: Vec<_> = f.side.iter().filter_map(|&r| text2(r)).collect();
    assert_eq!(side, ["which opens at six."]);
}

#[test]
fn posting_on_a_platform_reports_words() {
    let (src, content, _) = frame("“Voters want change,” he posted on Facebook.");
    assert_eq!(src.as_deref(), Some("he"));
    assert_eq!(content, vec!["“Voters want change,”"]);
    let (src, content, _) =
        frame("The museum posted on its website that the gallery would reopen in May.");
    assert_eq!(src.as_deref(), Some("The museum"));
    assert_eq!(content, vec!["the gallery would reopen in May."]);
    // right after a quotation and its speaker, no platform is needed
    let (src, content, _) = frame("“Your money is safe,” the bank posted.");
    assert_eq!(src.as_deref(), Some("the bank"));
    assert_eq!(content, vec!["“Your money is safe,”"]);
    // results and notices are posted without reporting anything
    for s in [
        "The bank posted a record loss.",
        "A notice was posted on the door.",
    ] {
        assert_no_frame(s);
    }
}

#[test]
fn a_headline_speaker_without_an_article_after_says() {
    let (src, content, p) = frame("Inflation has peaked, says central bank chief");
    assert_eq!(src.as_deref(), Some("central bank chief"));
    assert_eq!(content, vec!["Inflation has peaked"]);
    assert_eq!(p, Placement::After);
    // a clinical trial reports findings as a study does
    let (src, content, _) = frame("New drug slows memory loss, trial finds");
    assert_eq!(src.as_deref(), Some("trial"));
    assert_eq!(content, vec!["New drug slows memory loss"]);
    // one bare plural after a verb of promising is no speaker
    let s = "She won a majority of regular, pledged delegates.";
    assert_no_frame(s);
}

#[test]
fn speaking_somewhere_or_for_a_while_reports_nothing() {
    for s in [
        "The senator spoke for nearly an hour.",
        "Ruiz spoke at a rally in Dayton on Friday.",
        "She will speak to the nation tonight.",
    ] {
        assert_no_frame(s);
    }
}

#[test]
fn a_wire_headline_credits_its_source_after_a_closing_dash() {
    let (src, content, p) = frame("Exclusive: Bank weighs sale of unit - sources");
    assert_eq!(src.as_deref(), Some("sources"));
    assert_eq!(content, vec!["Exclusive: Bank weighs sale of unit"]);
    assert_eq!(p, Placement::After);
    let (src, _, _) = frame("Fed to hold rates — report");
    assert_eq!(src.as_deref(), Some("report"));
    // a live page is no source
    assert_no_frame("Stocks fall - live");
}

#[test]
fn a_headline_opening_on_a_quotation_and_a_colon_gives_its_speaker() {
    let (src, content, _) = frame("“We were not ready”: Mayor admits flood failures");
    assert_eq!(src.as_deref(), Some("Mayor"));
    assert_eq!(content, vec!["“We were not ready”", "flood failures"]);
    // with no verb of saying after the colon the quotation is a title
    assert_no_frame("\"Goodbye\": a farewell tour begins");
}
