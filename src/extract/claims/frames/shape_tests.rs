//! Frames whose subject or speaker takes a less common shape: place names with a state's
//! abbreviation, stray commas, subjects with a relative or infinitive clause, inverted
//! speakers after a question, infinitives of saying. Sentences written for these tests.

use super::tests::marked;
use super::*;

/// The frame of `s`: its source's text, its cue and its content ranges' texts.
fn frame(s: &str) -> (Option<String>, String, Vec<String>) {
    let toks = marked(s);
    let f = find_frame(s, &toks, 0, toks.len()).expect("a frame");
    let text = |r| range_span(&toks, r).map(|sp| sp.of(s).to_string());
    let content = f.content.iter().filter_map(|&r| text(r)).collect();
    (f.source.and_then(text), f.cue, content)
}

#[test]
fn a_state_abbreviation_with_its_period_ends_the_subject() {
    let (src, _, content) = frame(
        "Nurses in Dover, Del., speaking on condition of anonymity, said the ward had closed.",
    );
    assert_eq!(src.as_deref(), Some("Nurses in Dover, Del."));
    assert_eq!(content, vec!["the ward had closed."]);
    let (src, _, _) = frame("Two farmers from Salem, Ore., said the harvest was late.");
    assert_eq!(src.as_deref(), Some("Two farmers from Salem, Ore."));
    // an appositive with a place name still names the person before it
    let (src, _, _) = frame("Dan Moss, a farmer from Salem, Ore., said the harvest was late.");
    assert_eq!(src.as_deref(), Some("Dan Moss"));
}

#[test]
fn a_stray_comma_after_a_party_label() {
    let (src, _, content) = frame("Rep. Ana Ortiz (D-Calif.), said the bill would pass.");
    assert_eq!(src.as_deref(), Some("Rep. Ana Ortiz (D-Calif.)"));
    assert_eq!(content, vec!["the bill would pass."]);
}

#[test]
fn subjects_with_a_contact_clause_or_an_infinitive() {
    let (src, cue, _) =
        frame("Several workers I spoke with at the clinic said the ward had closed.");
    assert_eq!(
        src.as_deref(),
        Some("Several workers I spoke with at the clinic")
    );
    assert_eq!(cue, "said");
    let (src, cue, content) =
        frame("The only mayor to finish the marathon says the course was too hilly.");
    assert_eq!(
        src.as_deref(),
        Some("The only mayor to finish the marathon")
    );
    assert_eq!(cue, "says");
    assert_eq!(content, vec!["the course was too hilly."]);
}

#[test]
fn a_relative_clause_and_a_comma_set_adjunct_inside_the_subject() {
    let (src, cue, content) = frame(
        "Some parents who opposed the plan, at meetings or online, said the school should stay open.",
    );
    assert_eq!(src.as_deref(), Some("Some parents who opposed the plan"));
    assert_eq!(cue, "said");
    assert_eq!(content, vec!["the school should stay open."]);
}

#[test]
fn a_question_then_asked_and_the_speaker() {
    let (src, cue, content) = frame("“Who pays for this?” asked Gov. Lena Park of Vermont.");
    assert_eq!(src.as_deref(), Some("Gov. Lena Park of Vermont"));
    assert_eq!(cue, "asked");
    assert_eq!(content, vec!["“Who pays for this?”"]);
    let (src, _, content) = frame("\"Is it over?\" asked Marks, now a county commissioner.");
    assert_eq!(src.as_deref(), Some("Marks"));
    assert_eq!(content, vec!["\"Is it over?\""]);
}

#[test]
fn an_inverted_description_then_the_name() {
    let (src, _, content) =
        frame("The plant will reopen in May, said the firm's chief operating officer, Rita Vance.");
    assert_eq!(src.as_deref(), Some("Rita Vance"));
    assert_eq!(content, vec!["The plant will reopen in May"]);
}

#[test]
fn a_manner_participle_after_an_inverted_speaker_stays_in_the_frame() {
    let (src, _, content) =
        frame("“We were ready,” said coach Dana Ruiz, speaking after the game.");
    assert_eq!(src.as_deref(), Some("coach Dana Ruiz"));
    assert_eq!(content, vec!["“We were ready,”"]);
}

#[test]
fn an_inverted_frame_between_a_subject_and_its_predicate() {
    let (src, _, content) =
        frame("The cost of the bridge, said two engineers, would double by 2030.");
    assert_eq!(src.as_deref(), Some("two engineers"));
    assert_eq!(
        content,
        vec!["The cost of the bridge", "would double by 2030."]
    );
}

#[test]
fn a_second_verb_of_finding_yields_to_a_frame_of_saying_after_it() {
    let (src, cue, content) =
        frame("Many readers saw the cartoon and found it crude, columnist Omar Haddad wrote.");
    assert_eq!(src.as_deref(), Some("columnist Omar Haddad"));
    assert_eq!(cue, "wrote");
    assert_eq!(
        content,
        vec!["Many readers saw the cartoon and found it crude"]
    );
}

#[test]
fn an_infinitive_of_saying_after_its_speaker() {
    let (src, cue, content) = frame("The verdict led several jurors to say they had been misled.");
    assert_eq!(src.as_deref(), Some("several jurors"));
    assert_eq!(cue, "say");
    assert_eq!(content, vec!["they had been misled."]);
    let (src, _, content) =
        frame("Last week, Ms. Ode took to the Senate floor to say the bill was flawed.");
    assert_eq!(src.as_deref(), Some("Ms. Ode"));
    assert_eq!(content, vec!["the bill was flawed."]);
}

#[test]
fn plural_people_after_the_content() {
    let (src, cue, content) =
        frame("The real question is whether she can win the north, people close to the mayor say.");
    assert_eq!(src.as_deref(), Some("people close to the mayor"));
    assert_eq!(cue, "say");
    assert_eq!(
        content,
        vec!["The real question is whether she can win the north"]
    );
}

#[test]
fn even_before_the_cue_or_inside_a_coordinated_subject() {
    let (src, cue, _) =
        frame("Union leaders and their members even insist that the plant will stay.");
    assert_eq!(src.as_deref(), Some("Union leaders and their members"));
    assert_eq!(cue, "insist");
    let (src, _, content) = frame("Farmers and even some bankers say the drought has ended.");
    assert_eq!(src.as_deref(), Some("Farmers and even some bankers"));
    assert_eq!(content, vec!["the drought has ended."]);
}

#[test]
fn a_long_run_of_titles_before_an_inverted_name() {
    let (src, _, content) = frame(
        "“He has done it before,” said former Ohio Gov. and Democratic Party Chairman Tom Ruiz.",
    );
    assert_eq!(
        src.as_deref(),
        Some("former Ohio Gov. and Democratic Party Chairman Tom Ruiz")
    );
    assert_eq!(content, vec!["“He has done it before,”"]);
}

#[test]
fn a_statement_then_a_day_then_saying() {
    let (src, cue, content) =
        frame("The governor's office released a statement Friday saying the bridge would reopen.");
    assert_eq!(src.as_deref(), Some("The governor's office"));
    assert_eq!(cue, "saying");
    assert_eq!(content, vec!["the bridge would reopen."]);
}

#[test]
fn a_coordinated_verb_of_saying_after_a_lead_in() {
    let (src, cue, content) = frame(
        "In an interview with the Herald, Mayor Ito stood by the budget and said taxes would not rise.",
    );
    assert_eq!(src.as_deref(), Some("Mayor Ito"));
    assert_eq!(cue, "said");
    assert_eq!(content, vec!["taxes would not rise."]);
}

#[test]
fn a_share_of_respondents_after_with() {
    let (src, cue, content) = frame(
        "Support for the levy has grown, with 58 percent of parents saying they would vote yes.",
    );
    assert_eq!(src.as_deref(), Some("58 percent of parents"));
    assert_eq!(cue, "saying");
    assert_eq!(content, vec!["they would vote yes."]);
}

#[test]
fn a_verb_of_saying_in_an_appositive_relative_yields_to_the_main_cue() {
    let (src, cue, content) = frame(
        "Ann Lee, a former judge who argued with the board at the hearing, said the rules had changed.",
    );
    assert_eq!(src.as_deref(), Some("Ann Lee"));
    assert_eq!(cue, "said");
    assert_eq!(content, vec!["the rules had changed."]);
}

#[test]
fn a_person_singled_out_by_a_relative_clause() {
    let (src, cue, content) =
        frame("A woman who has sued the county twice said on Monday that the jail was unsafe.");
    assert_eq!(
        src.as_deref(),
        Some("A woman who has sued the county twice")
    );
    assert_eq!(cue, "said");
    assert_eq!(content, vec!["the jail was unsafe."]);
}

#[test]
fn a_verb_phrase_then_a_coordinated_verb_of_saying() {
    let (src, _, content) =
        frame("The agency keeps its budget secret but says its staff has doubled.");
    assert_eq!(src.as_deref(), Some("The agency"));
    assert_eq!(content, ["its staff has doubled."]);
}

#[test]
fn a_phrasal_verb_then_a_participle_of_saying() {
    let (src, cue, content) =
        frame("Ruiz, a longtime critic, lashed out at the board on Friday, telling members that the vote was rigged.");
    assert_eq!(src.as_deref(), Some("Ruiz"));
    assert_eq!(cue, "telling");
    assert_eq!(content, ["the vote was rigged."]);
    let (src, cue, content) =
        frame("The mayor spoke out about the closure, arguing that the clinic must stay open.");
    assert_eq!(src.as_deref(), Some("The mayor"));
    assert_eq!(cue, "arguing");
    assert_eq!(content, ["the clinic must stay open."]);
}

#[test]
fn a_party_label_and_a_day_around_the_speaker() {
    let q = "“The veto will be overridden,”";
    let (src, _, content) = frame(&format!(
        "{q} Majority Leader Ann Lee, R-Ky., said Tuesday."
    ));
    assert_eq!(src.as_deref(), Some("Majority Leader Ann Lee"));
    assert_eq!(content, [q]);
    let (src, _, content) = frame(&format!("{q} said Sen. Ann Lee, R-Ky., in a statement."));
    assert_eq!(src.as_deref(), Some("Sen. Ann Lee"));
    assert_eq!(content, [q]);
}

#[test]
fn a_name_and_its_verb_then_a_participle_of_saying() {
    let (src, cue, content) =
        frame("Amina Okafor drew a contrast, saying that the cuts were not to be dismissed.");
    assert_eq!(src.as_deref(), Some("Amina Okafor"));
    assert_eq!(cue, "saying");
    assert_eq!(content, ["the cuts were not to be dismissed."]);
    let (src, _, _) = frame("Both said the levy was fair.");
    assert_eq!(src.as_deref(), Some("Both"));
}

#[test]
fn a_cue_with_an_object_then_a_participle_of_saying() {
    for (s, speaker) in [
        (
            "The ministry rejected the claim, saying most nurses were paid.",
            "The ministry",
        ),
        (
            "The ministry disputes that figure, saying most nurses were paid.",
            "The ministry",
        ),
        (
            "The mayor praised the council on Monday, adding that most nurses were paid.",
            "The mayor",
        ),
    ] {
        let (src, _, content) = frame(s);
        assert_eq!(src.as_deref(), Some(speaker), "{s}");
        assert_eq!(content, ["most nurses were paid."], "{s}");
    }
}

#[test]
fn idioms_of_the_writer_frame_nothing() {
    for s in [
        "It goes without saying that the levy is unpopular.",
        "It is worth noting that the levy is unpopular.",
    ] {
        let toks = marked(s);
        assert!(find_frame(s, &toks, 0, toks.len()).is_none(), "{s}");
    }
}

#[test]
fn a_participle_of_saying_in_a_clause_that_opens_in_lower_case() {
    // once panicked: an index before the clause's first token
    let s = "drew fire from critics, saying that the cuts hurt.";
    let toks = marked(s);
    let _ = find_frame(s, &toks, 0, toks.len());
}

#[test]
fn a_participle_of_saying_with_nothing_after_it_frames_nothing() {
    // once panicked further on: a frame with an empty content
    for s in [
        "WASHINGTON (Reuters) - drew fire, saying that '",
        "Mr. Although drew fire, saying that ? A",
    ] {
        let toks = marked(s);
        if let Some(f) = find_frame(s, &toks, 0, toks.len()) {
            assert!(f.content.iter().all(|&(c, e)| c < e), "{s}: {f:?}");
        }
    }
}

#[test]
fn a_speaker_known_by_a_name() {
    let q = "“There never was an order to wait,”";
    let (src, _, content) = frame(&format!(
        "{q} said the base chief known as Bob, speaking publicly for the first time."
    ));
    assert_eq!(src.as_deref(), Some("the base chief known as Bob"));
    assert_eq!(content, [q]);
}

#[test]
fn a_frame_set_off_by_dashes_in_mid_sentence() {
    let (src, cue, content) =
        frame("The new rules — the ministry said in a statement — will take effect in March.");
    assert_eq!(src.as_deref(), Some("the ministry"));
    assert_eq!(cue, "said");
    assert_eq!(content, ["The new rules", "will take effect in March."]);
    // spaced hyphens and doubled hyphens stand for dashes too
    let (src, _, content) =
        frame("The plan - a former aide told reporters on Monday - was never approved.");
    assert_eq!(src.as_deref(), Some("a former aide"));
    assert_eq!(content, ["The plan", "was never approved."]);
    let (src, _, content) =
        frame("The tax cut -- two senior officials said -- would cost $40 billion.");
    assert_eq!(src.as_deref(), Some("two senior officials"));
    assert_eq!(content, ["The tax cut", "would cost $40 billion."]);
    // with commas the frame already worked
    let (src, _, content) = frame("The budget, a former aide said, was never approved.");
    assert_eq!(src.as_deref(), Some("a former aide"));
    assert_eq!(content, ["The budget", "was never approved."]);
}

#[test]
fn an_aside_between_dashes_with_content_of_its_own_is_no_frame_around_it() {
    // "some say unrealistic": the aside holds its own content, the rest is the writer's
    let s = "The mayor made an ambitious - some say unrealistic - pledge to end traffic.";
    let toks = marked(s);
    let f = find_frame(s, &toks, 0, toks.len());
    assert!(f.as_ref().is_none_or(|f| f.content.len() == 1), "{f:?}");
    let s = "Her turn against the pact - a deal she once supported - makes sense.";
    let toks = marked(s);
    let f = find_frame(s, &toks, 0, toks.len());
    assert!(
        f.as_ref().is_none_or(|f| f.placement != Placement::After),
        "{f:?}"
    );
}

#[test]
fn saying_after_a_message_noun_or_a_subordinate_lead() {
    let (src, cue, content) =
        frame("Lee fired back a response saying he would not support the budget.");
    assert_eq!(src.as_deref(), Some("Lee"));
    assert_eq!(cue, "saying");
    assert_eq!(content, vec!["he would not support the budget."]);
    // a predicate in quotation marks, a subject with no verb-like word after it
    let (src, _, content) = frame(
        "Her office put out a statement saying the city \"does not have the staff to vet them.\"",
    );
    assert_eq!(src.as_deref(), Some("Her office"));
    assert_eq!(
        content,
        vec!["the city \"does not have the staff to vet them.\""]
    );
    let (src, _, content) =
        frame("The campaign sent out a press release saying Ortiz owes voters an answer.");
    assert_eq!(src.as_deref(), Some("The campaign"));
    assert_eq!(content, vec!["Ortiz owes voters an answer."]);
    // an adverb before a subordinate clause is no subject
    let (src, _, _) = frame(
        "Shortly after the call ended, the Lee campaign issued a statement saying Ortiz had lied.",
    );
    assert_eq!(src.as_deref(), Some("the Lee campaign"));
}

#[test]
fn a_long_subject_of_two_verbs_and_a_predicate_before_to_say() {
    let (src, cue, content) = frame(
        "Other former officers with no direct knowledge of the case chafed at the criticism and said waiting was right.",
    );
    assert_eq!(
        src.as_deref(),
        Some("Other former officers with no direct knowledge of the case")
    );
    assert_eq!(cue, "said");
    assert_eq!(content, vec!["waiting was right."]);
    // a poll's answers and a speaker moved to speak
    let (src, _, content) =
        frame("Older voters were slightly more likely than younger ones to say they trusted Lee.");
    assert_eq!(src.as_deref(), Some("Older voters"));
    assert_eq!(content, vec!["they trusted Lee."]);
    let (src, _, content) = frame("Ortiz was quick to add that the deal was not final.");
    assert_eq!(src.as_deref(), Some("Ortiz"));
    assert_eq!(content, vec!["the deal was not final."]);
    let (src, _, content) = frame("Mr. Ortiz was prompted to say, \"I cannot believe it.\"");
    assert_eq!(src.as_deref(), Some("Mr. Ortiz"));
    assert_eq!(content, vec!["\"I cannot believe it.\""]);
    // a forecast is no report; nothing after the cue is no frame (and no panic)
    let toks = marked("Lee is likely to say the deal is dead.");
    assert!(find_frame(
        "Lee is likely to say the deal is dead.",
        &toks,
        0,
        toks.len()
    )
    .is_none());
    let toks = marked("He was prompted to say");
    assert!(find_frame("He was prompted to say", &toks, 0, toks.len()).is_none());
}

#[test]
fn asides_in_hyphen_dashes_and_a_name_in_dashes() {
    for s in [
        "The judge -- who has clashed with the council for years -- said the order stands.",
        "The judge - who has clashed with the council for years - said the order stands.",
        "The judge — who has clashed with the council for years — said the order stands.",
    ] {
        let (src, cue, content) = frame(s);
        assert_eq!(src.as_deref(), Some("The judge"), "{s}");
        assert_eq!(cue, "said");
        assert_eq!(content, vec!["the order stands."], "{s}");
    }
    // the name set off in dashes speaks; the description before it is no source
    let (src, _, content) = frame(
        "A former candidate -- Tom Reyes, who lost the 2008 race -- said the plan had failed.",
    );
    assert_eq!(src.as_deref(), Some("Tom Reyes"));
    assert_eq!(content, vec!["the plan had failed."]);
}
