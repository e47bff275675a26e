//! Subjects of news-style frames that take a shape of their own: a plural head with a list of
//! examples ("critics like Ann Lee say"). Sentences written for these tests.

use super::tests::marked;
use super::*;

/// The frame of `s`: its source's text, its cue and its content ranges' texts.
pub(super) fn frame(s: &str) -> Option<(Option<String>, String, Vec<String>)> {
    let toks = marked(s);
    let f = find_frame(s, &toks, 0, toks.len())?;
    let text = |r| range_span(&toks, r).map(|sp| sp.of(s).to_string());
    let content = f.content.iter().filter_map(|&r| text(r)).collect();
    Some((f.source.and_then(text), f.cue, content))
}

#[test]
fn a_plural_head_with_a_list_of_examples_before_the_cue() {
    let (src, cue, content) =
        frame("Critics like Ann Lee say the bill would gut protections for renters.").unwrap();
    assert_eq!(src.as_deref(), Some("Critics like Ann Lee"));
    assert_eq!(cue, "say");
    assert_eq!(content, ["the bill would gut protections for renters."]);
    let (src, _, content) =
        frame("Experts such as the IMF warn that the recovery could stall next year.").unwrap();
    assert_eq!(src.as_deref(), Some("Experts such as the IMF"));
    assert_eq!(content, ["the recovery could stall next year."]);
    let (src, _, _) =
        frame("Democrats like Senator John Ruiz said the measure was doomed.").unwrap();
    assert_eq!(src.as_deref(), Some("Democrats like Senator John Ruiz"));
    let (src, _, _) =
        frame("Groups such as the Sierra Club and Greenpeace argue the pipeline is unsafe.")
            .unwrap();
    assert_eq!(
        src.as_deref(),
        Some("Groups such as the Sierra Club and Greenpeace")
    );
    // after a lead-in
    let (src, _, content) = frame("In Ohio, rivals like Ed Moss say it was rigged.").unwrap();
    assert_eq!(src.as_deref(), Some("rivals like Ed Moss"));
    assert_eq!(content, ["it was rigged."]);
}

#[test]
fn like_after_a_verb_or_in_an_object_opens_no_subject() {
    // "deals such as NAFTA and called": the list ends an object, not a subject
    let s = "Lee has criticized trade deals such as the pact with Peru and called for tariffs.";
    if let Some((src, _, _)) = frame(s) {
        assert_ne!(
            src.as_deref(),
            Some("trade deals such as the pact with Peru and")
        );
    }
    let s = "It looks like the mayor said the vote was rigged.";
    if let Some((src, _, _)) = frame(s) {
        assert!(!src.unwrap_or_default().contains("like"));
    }
}

#[test]
fn a_verb_that_takes_a_hearer_with_that_right_after_it() {
    let (src, _, content) = frame("Officials warned that a storm could hit the coast.").unwrap();
    assert_eq!(src.as_deref(), Some("Officials"));
    assert_eq!(content, ["a storm could hit the coast."]);
    let (_, _, content) = frame("The mayor told reporters that the bridge was safe.").unwrap();
    assert_eq!(content, ["the bridge was safe."]);
}

#[test]
fn a_pronoun_with_its_auxiliary_in_one_token() {
    let (src, cue, content) = frame("He's said the deal is dead.").unwrap();
    assert_eq!(src.as_deref(), Some("He's"));
    assert_eq!(cue, "said");
    assert_eq!(content, ["the deal is dead."]);
    let (src, _, content) =
        frame("She’s told reporters that the plant will close in May.").unwrap();
    assert_eq!(src.as_deref(), Some("She’s"));
    assert_eq!(content, ["the plant will close in May."]);
    let (src, _, _) = frame("They've said the bridge will reopen in June.").unwrap();
    assert_eq!(src.as_deref(), Some("They've"));
    let (src, _, _) = frame("They're saying the vote was rigged.").unwrap();
    assert_eq!(src.as_deref(), Some("They're"));
}

#[test]
fn a_clitic_passive_or_a_clause_inside_another_has_no_clitic_speaker() {
    for s in [
        "He's said to be ill.",
        "It's been reported that the mayor will resign.",
        "Voters doubt that what he's proposing is realistic.",
        "She's Challenging A Donor To A Debate.",
    ] {
        if let Some((src, _, _)) = frame(s) {
            let src = src.unwrap_or_default();
            assert!(!src.contains('\''), "{s}: {src}");
        }
    }
}

#[test]
fn a_relative_clause_without_its_pronoun_around_the_cue() {
    let toks_frame = |s: &str| {
        let toks = marked(s);
        let f = find_frame(s, &toks, 0, toks.len()).expect("a frame");
        let text = |r| range_span(&toks, r).map(|sp| sp.of(s).to_string());
        (
            f.source.and_then(text),
            f.content
                .iter()
                .filter_map(|&r| text(r))
                .collect::<Vec<_>>(),
            f.prefix.and_then(text),
            f.placement,
        )
    };
    // a head of time: the clause after the cue is the speaker's, the words before the writer's
    let (src, content, prefix, p) =
        toks_frame("It was the third time the agency said it had lost the files.");
    assert_eq!(src.as_deref(), Some("the agency"));
    assert_eq!(content, ["it had lost the files."]);
    assert_eq!(prefix.as_deref(), Some("It was the third time"));
    assert_eq!(p, Placement::Before);
    // any other head belongs to what is said: "it costs $20 million"
    let (src, content, _, p) =
        toks_frame("The repairs will run to $20 million experts say it costs to fix.");
    assert_eq!(src.as_deref(), Some("experts"));
    assert_eq!(content, ["$20 million experts say it costs to fix."]);
    assert_eq!(p, Placement::Embedded);
}

#[test]
fn nouns_that_look_like_cues_open_no_relative_clause() {
    for s in [
        "Nevada is staking its claim for influence in the race.",
        "She will lead a group charged with cleaning the river.",
        "The last man to mount a major race says he will not run.",
        "None of the videos showed the scene she described, aides said.",
    ] {
        let toks = marked(s);
        if let Some(f) = find_frame(s, &toks, 0, toks.len()) {
            let src = f
                .source
                .and_then(|r| range_span(&toks, r))
                .map(|sp| sp.of(s));
            assert!(
                !matches!(src, Some("its" | "a group" | "a major race" | "she")),
                "{s}: {src:?}"
            );
        }
    }
}

#[test]
fn the_last_participle_of_a_chain_is_the_subjects_saying() {
    let (src, cue, content) = frame(
        "The two candidates met in Denver, each touting their plans and saying the economy is weak.",
    )
    .unwrap();
    assert_eq!(src.as_deref(), Some("The two candidates"));
    assert_eq!(cue, "saying");
    assert_eq!(content, ["the economy is weak."]);
}

#[test]
fn a_chain_of_participles_without_a_clause_of_saying_frames_nothing_new() {
    // "answering questions", "vowing to …": an object or an infinitive, not something said
    for s in [
        "Lee made a stop at a school, greeting voters and answering questions about the race.",
        "Lee entered the race, calling them liars and vowing to build a wall.",
    ] {
        let toks = marked(s);
        if let Some(f) = find_frame(s, &toks, 0, toks.len()) {
            assert!(
                !matches!(f.cue.as_str(), "answering" | "vowing"),
                "{s}: {f:?}"
            );
        }
    }
    // "touting their plans": a cue form after a possessive is a noun
    let s = "Ann Lee spoke, touting their plans for the city.";
    let toks = marked(s);
    if let Some(f) = find_frame(s, &toks, 0, toks.len()) {
        assert_ne!(f.cue, "plans");
    }
}

#[test]
fn long_subjects_after_a_lead_a_dash_or_with_a_long_parenthesis() {
    let case = |s: &str| frame(s).map(|(src, _, content)| (src.unwrap_or_default(), content));
    // the plural head is the noun before the relative clause, not a modifier before it
    let (src, content) =
        case("The state officials whose laws were struck down say the courts have changed.")
            .unwrap();
    assert_eq!(src, "The state officials whose laws were struck down");
    assert_eq!(content, ["the courts have changed."]);
    // a subordinate clause with a discourse word before it is a lead, not content
    let (src, content) = case(
        "Still, while the industry cannot block it all, people who have fought spam say it could do more.",
    )
    .unwrap();
    assert_eq!(src, "people who have fought spam");
    assert_eq!(content, ["it could do more."]);
    let (src, _) = case(
        "Sen. Ann Murphy (a Democrat so young she has been taken for a junior aide) says she was adrift.",
    )
    .unwrap();
    assert_eq!(
        src,
        "Sen. Ann Murphy (a Democrat so young she has been taken for a junior aide)"
    );
    let (src, content) = case(
        "It was no accident — Brendan Buck, a spokesman for Ryan, told reporters that the speaker knew.",
    )
    .unwrap();
    assert_eq!(src, "Brendan Buck");
    assert_eq!(content, ["the speaker knew."]);
}

#[test]
fn a_long_subject_after_the_content_with_the_cue_closing_the_clause() {
    let (src, cue, content) = frame(
        "Walking daily lowers the risk of a stroke by nearly a fifth, a study published in The BMJ found.",
    )
    .unwrap();
    assert_eq!(src.as_deref(), Some("a study published in The BMJ"));
    assert_eq!(cue, "found");
    assert_eq!(
        content,
        ["Walking daily lowers the risk of a stroke by nearly a fifth"]
    );
    // the subject of a relative clause inside the content is not a trailing long subject
    let f = frame("Voters met in the hall, many worried about the things that the governor said.");
    assert!(f.map_or(true, |(src, _, _)| src.as_deref()
        != Some("many worried about the things")));
}

#[test]
fn a_person_singled_out_by_a_relative_clause_with_a_verb_of_its_own() {
    let (src, cue, content) =
        frame("A neighbour who lives across the road said the fire started at midnight.").unwrap();
    assert_eq!(
        src.as_deref(),
        Some("A neighbour who lives across the road")
    );
    assert_eq!(cue, "said");
    assert_eq!(content, ["the fire started at midnight."]);
    // with the person's name set off after it
    let (src, _, content) =
        frame("A neighbour who gave only her first name, Karen, said she heard shots.").unwrap();
    assert_eq!(
        src.as_deref(),
        Some("A neighbour who gave only her first name")
    );
    assert_eq!(content, ["she heard shots."]);
    // the relative clause's own verb, or a noun after an article, is no cue of the clause
    for s in [
        "Ann Cole is a local teacher who spoke before the mayor arrived at the hall.",
        "She is a farmer who hosts a radio show and runs the local market.",
    ] {
        if let Some((src, _, _)) = frame(s) {
            assert!(!src.unwrap_or_default().contains("who"), "{s}");
        }
    }
}

#[test]
fn a_named_speaker_with_a_description_after_the_content() {
    // a clause with a verb and its object is no long subject ("The council (that was)
    // approved …"), so the speaker after it is found
    for (s, speaker) in [
        (
            "The council approved the budget, Ann Reyes, a spokeswoman, said.",
            "Ann Reyes",
        ),
        (
            "The council approved the budget, a spokeswoman, Ann Reyes, said.",
            "Ann Reyes",
        ),
    ] {
        let (src, _, content) = frame(s).unwrap();
        assert_eq!(src.as_deref(), Some(speaker), "{s}");
        assert_eq!(content, ["The council approved the budget"], "{s}");
    }
    // people by trade in the plural, singled out by "who"
    let (src, _, _) = frame(
        "The judges who ruled that the state could not enforce the law, for instance, said the problem was cost.",
    )
    .unwrap();
    assert_eq!(
        src.as_deref(),
        Some("The judges who ruled that the state could not enforce the law")
    );
}

#[test]
fn a_clause_whose_object_is_a_source_noun_is_no_subject() {
    // "an audit" is a document's head, but "approved an audit" is a verb and its object
    let (src, _, content) =
        frame("The parish council approved an audit, Tom Reed, a council spokesman, said.")
            .unwrap();
    assert_eq!(src.as_deref(), Some("Tom Reed"));
    assert_eq!(content, ["The parish council approved an audit"]);
}

#[test]
fn a_name_told_before_a_colon_is_the_listener_not_the_speaker() {
    let (src, cue, content) = frame("One resident told the BBC: \"It was terrifying.\"").unwrap();
    assert_eq!(src.as_deref(), Some("One resident"));
    assert_eq!(cue, "told");
    assert_eq!(content, ["\"It was terrifying.\""]);
    let (src, _, _) = frame("Ann Lee wrote on Facebook: \"We will not give up.\"").unwrap();
    assert_eq!(src.as_deref(), Some("Ann Lee"));
    let (src, _, _) = frame("Mr Lee told the Guardian on Monday: \"It is over.\"").unwrap();
    assert_eq!(src.as_deref(), Some("Mr Lee"));
    // a noun opening the sentence is no verb: the name before the colon speaks
    let (src, cue, _) =
        frame("Estimates of turnout are too high - Pew Research: \"Samples skew old.\"").unwrap();
    assert_eq!(src.as_deref(), Some("Pew Research"));
    assert_eq!(cue, ":");
}

#[test]
fn according_to_a_source_with_an_apposition_leaves_it_out_of_the_content() {
    let (src, cue, content) =
        frame("According to the mayor, Ann Lee, the road will reopen on Friday.").unwrap();
    assert_eq!(src.as_deref(), Some("Ann Lee"));
    assert_eq!(cue, "according to");
    assert_eq!(content, ["the road will reopen on Friday."]);
    let (src, _, content) =
        frame("According to Ann Lee, the mayor, the road will reopen on Friday.").unwrap();
    assert_eq!(src.as_deref(), Some("Ann Lee"));
    assert_eq!(content, ["the road will reopen on Friday."]);
    let (src, _, content) =
        frame("The road will reopen on Friday, according to the mayor, Ann Lee.").unwrap();
    assert_eq!(src.as_deref(), Some("Ann Lee"));
    assert_eq!(content, ["The road will reopen on Friday"]);
    let (src, _, content) =
        frame("According to the panel's chair, Dr. Helen Okoro, the inquiry ends in June.")
            .unwrap();
    assert_eq!(src.as_deref(), Some("Dr. Helen Okoro"));
    assert_eq!(content, ["the inquiry ends in June."]);
    // a name after a source that is no description of a person is the content's subject
    let (src, _, content) =
        frame("According to a police report, Ann Lee, a driver, ran the light.").unwrap();
    assert_eq!(src.as_deref(), Some("a police report"));
    assert_eq!(content, ["Ann Lee, a driver, ran the light."]);
    // nor is a party label a description
    let (src, _, _) = frame("Romney will skip it, according to Scott Brown, R-Mass.").unwrap();
    assert_eq!(src.as_deref(), Some("Scott Brown"));
}

#[test]
fn a_belief_owned_by_a_pronoun_is_the_verbs_subjects() {
    let (src, cue, content) =
        frame("Regarding the speech, Woods shared her belief that none of it was wrong.").unwrap();
    assert_eq!(src.as_deref(), Some("Woods"));
    assert_eq!(cue, "belief");
    assert_eq!(content, ["none of it was wrong."]);
    // after a verb of saying, what is asserted follows "that"
    let (src, _, content) =
        frame("The senator expressed his concern that the bill would raise taxes.").unwrap();
    assert_eq!(src.as_deref(), Some("The senator"));
    assert_eq!(content, ["the bill would raise taxes."]);
}

#[test]
fn a_described_subjects_name_with_its_role_is_no_claim() {
    for s in [
        "Her husband, Navy SEAL Ty Woods, said the mission was dangerous.",
        "His wife, Navy veteran Jane Doe, said the plan was sound.",
        // a home after the name: a place, or a party and state
        "The panel's top Democrat, Sen. Ann Lowry of Vermont, asked whether it would pass.",
        "The panel's top Democrat, Sen. Ann Lowry (D-Vt.), asked whether it would pass.",
    ] {
        let toks = marked(s);
        let f = find_frame(s, &toks, 0, toks.len()).unwrap();
        assert!(f.side.is_empty(), "{s}");
    }
    // a description that holds a place stays a claim of its own
    let s = "Her husband, a native of Salt Lake City, said the mission was dangerous.";
    let toks = marked(s);
    let f = find_frame(s, &toks, 0, toks.len()).unwrap();
    assert_eq!(f.side.len(), 1);
}

#[test]
fn a_subject_with_a_relative_clause_is_no_inverted_content() {
    // "rejected the claim" after a relative clause: the association is the subject
    let s = "The British Medical Association, which represents doctors, rejected the claim.";
    let (src, cue, _) = frame(s).expect("a frame");
    assert_eq!(src.as_deref(), Some("The British Medical Association"));
    assert_eq!(cue, "rejected");
    let (src, _, _) =
        frame("The plan, which costs $4 billion, will fail, said the mayor.").expect("a frame");
    assert_eq!(src.as_deref(), Some("the mayor"));
}

#[test]
fn a_hearer_after_to_and_a_long_means_stay_in_the_frame() {
    let (_, _, content) =
        frame("An official confirmed to AFP that a lower limit had been discussed.").unwrap();
    assert_eq!(content, ["a lower limit had been discussed."]);
    let text = "The bureau said in a reply to the South China Morning Post that it had no plans.";
    let (_, _, content) = frame(text).unwrap();
    assert_eq!(content, ["it had no plans."]);
    // a noun's clause is no content of the cue
    let text = "Biden responded to Trump's interjection that paying no tax was smart.";
    let (_, _, content) = frame(text).unwrap();
    assert!(content[0].starts_with("to Trump"), "{content:?}");
}
