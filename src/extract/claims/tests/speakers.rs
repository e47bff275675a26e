//! Who the speaker is: subjects of every shape, relative clauses, inverted and nominal frames,
//! adjuncts of time around a subject, coordinated speakers, names that hold other words.

use super::*;

#[test]
fn frames_inside_relative_clauses_and_after_who() {
    let text = "Police found two phones, which investigators say were wiped on Monday.\nThe contract went to Sela Ltd, whose founder, Ivo Mark, said the bid was fair.";
    let claims = run(text);
    check_invariants(text, &claims);
    let c = claim_with(text, &claims, "were wiped");
    assert_eq!(c.sources[0].name, "investigators");
    assert_eq!(c.sources[0].kind, SourceKind::Anonymous);
    let text = "The fund is run by Ana Ruiz, who said the losses were temporary.";
    let claims = run(text);
    let c = claim_with(text, &claims, "the losses were temporary");
    assert_eq!(c.sources[0].name, "Ana Ruiz");
    assert_eq!(c.sources[0].mention.of(text), "who");
}

#[test]
fn a_relative_clause_with_its_own_cue_before_the_main_frame() {
    let text = "Ruth Abe, who told the tribunal she had lost her job, said the ruling was unfair.";
    let claims = run(text);
    check_invariants(text, &claims);
    let c = claim_with(text, &claims, "the ruling was unfair");
    assert_eq!(c.sources[0].name, "Ruth Abe");
    assert!(!c.text(text).contains("said"));
    let c = claim_with(text, &claims, "she had lost her job");
    assert_eq!(c.sources[0].name, "Ruth Abe");
}

#[test]
fn nominal_and_inverted_openers() {
    let text = "Critics seized on the governor's claim that the dam was finished.\nSaid Okafor: “Nobody asked the villagers.”";
    let claims = run(text);
    check_invariants(text, &claims);
    let c = claim_with(text, &claims, "the dam was finished");
    assert_eq!(c.sources[0].cue.as_deref(), Some("claim"));
    let c = claim_with(text, &claims, "Nobody asked");
    assert_eq!(c.sources[0].name, "Okafor");
}

#[test]
fn plural_possessive_opens_a_subject() {
    let text = "Rivers' spokeswoman Dana Holt said the count would resume on Monday.\n\
The Joneses' lawyer says the family will appeal.";
    let claims = run(text);
    check_invariants(text, &claims);
    let c = claim_with(text, &claims, "the count would resume");
    assert_eq!(
        c.sources[0].mention.of(text),
        "Rivers' spokeswoman Dana Holt"
    );
    assert!(!c.span.of(text).contains("said"));
    let c = claim_with(text, &claims, "the family will appeal");
    assert_eq!(c.sources[0].mention.of(text), "The Joneses' lawyer");
}

#[test]
fn a_subject_with_a_relative_clause_after_a_lead_in() {
    let text = "Still, people who have studied the trade say the ban will not hold.\n\
On Tuesday, officials who toured the site said the bridge was safe.";
    let claims = run(text);
    check_invariants(text, &claims);
    let c = claim_with(text, &claims, "the ban will not hold");
    assert_eq!(
        c.sources[0].mention.of(text),
        "people who have studied the trade"
    );
    let c = claim_with(text, &claims, "the bridge was safe");
    assert_eq!(
        c.sources[0].mention.of(text),
        "officials who toured the site"
    );
}

#[test]
fn plural_subjects_of_a_base_form() {
    let text = "By wide margins, those surveyed say taxes are too high.\n\
One in five say the service has improved.\n\
Executives for Acme say the plant will close in May.\n\
The head of the delegation to the summit said the talks had stalled.";
    let claims = run(text);
    check_invariants(text, &claims);
    let c = claim_with(text, &claims, "taxes are too high");
    assert_eq!(c.sources[0].mention.of(text), "those surveyed");
    let c = claim_with(text, &claims, "the service has improved");
    assert_eq!(c.sources[0].mention.of(text), "One in five");
    let c = claim_with(text, &claims, "the plant will close");
    assert_eq!(c.sources[0].mention.of(text), "Executives for Acme");
    let c = claim_with(text, &claims, "the talks had stalled");
    assert_eq!(
        c.sources[0].mention.of(text),
        "The head of the delegation to the summit"
    );
}

#[test]
fn a_speaker_and_a_verb_before_a_colon_and_a_quotation() {
    let text = "Then she added a caveat: \u{201c}We will not sign anything this week.\u{201d}\n\
Okafor went on: \u{201c}The port is the city's lifeline.\u{201d}\n\
The rule is simple: \u{201c}No phones in the chamber.\u{201d}";
    let claims = run(text);
    check_invariants(text, &claims);
    let c = claim_with(text, &claims, "We will not sign");
    assert_eq!(c.sources[0].mention.of(text), "she");
    assert!(!c.span.of(text).contains("caveat"));
    let c = claim_with(text, &claims, "the city's lifeline");
    assert_eq!(c.sources[0].name, "Okafor");
    let c = claim_with(text, &claims, "No phones");
    assert!(c.sources.is_empty());
}

#[test]
fn a_name_holding_a_month_a_modal_or_a_cue_word_stays_whole() {
    let text = "Prime Minister Theresa May said the talks were over.\n\
Stevie Wonder said he would perform in May.";
    let claims = run(text);
    check_invariants(text, &claims);
    let c = claim_with(text, &claims, "the talks were over");
    assert_eq!(c.sources[0].name, "Theresa May");
    assert_eq!(c.sources[0].role.as_deref(), Some("Prime Minister"));
    let c = claim_with(text, &claims, "he would perform");
    assert_eq!(c.sources[0].name, "Stevie Wonder");
}

#[test]
fn an_anonymity_aside_is_never_the_frame() {
    let text = "A council source, who asked not to be named because the contract talks are \
confidential, said the builder wanted more money.";
    let claims = run(text);
    check_invariants(text, &claims);
    let c = claim_with(text, &claims, "the builder wanted more money");
    assert_eq!(c.sources[0].mention.of(text), "A council source");
    assert_eq!(c.sources[0].kind, SourceKind::Anonymous);
    assert!(c.sources[0]
        .role
        .as_deref()
        .unwrap()
        .contains("talks are confidential"));
}

#[test]
fn an_inverted_frame_ending_on_a_comma_at_the_end_of_the_text() {
    // found on a 3.8 MB article: the comma after the speaker was the clause's last token
    let text = "“We won,” said the mayor,";
    let claims = run(text);
    check_invariants(text, &claims);
    let q = claim_with(text, &claims, "We won");
    assert_eq!(q.sources[0].mention.of(text), "the mayor");
}

#[test]
fn an_object_pronoun_inside_a_postposed_source() {
    let text = "The minister will resign next week, a source close to him said.";
    let claims = run(text);
    check_invariants(text, &claims);
    let c = claim_with(text, &claims, "will resign");
    assert_eq!(c.sources[0].name, "a source close to him");
    assert_eq!(c.sources[0].kind, SourceKind::Anonymous);
    assert!(!c.text(text).contains("close to him"));
}

#[test]
fn an_adverb_of_time_before_the_subject_is_not_part_of_it() {
    let text =
        "Now Okafor says she will run for the seat.\nToday the mayor says the bridge is safe.";
    let claims = run(text);
    check_invariants(text, &claims);
    let c = claim_with(text, &claims, "she will run");
    assert_eq!(c.sources[0].mention.of(text), "Okafor");
    let c = claim_with(text, &claims, "the bridge is safe");
    assert_eq!(c.sources[0].mention.of(text), "the mayor");
}

#[test]
fn a_leading_adjunct_of_time_without_a_comma() {
    let text = "In March the ministry said the dam was finished.\nOn Tuesday Okafor said the port would reopen.\nIn an interview the mayor said the bridge was safe.";
    let claims = run(text);
    check_invariants(text, &claims);
    for (needle, source) in [
        ("the dam was finished", "the ministry"),
        ("the port would reopen", "Okafor"),
        ("the bridge was safe", "the mayor"),
    ] {
        let c = claim_with(text, &claims, needle);
        assert_eq!(c.sources[0].mention.of(text), source, "{needle}");
        assert!(!c.text(text).contains(" said"), "{needle}");
    }
}

#[test]
fn two_speakers_after_the_content_and_a_described_inverted_speaker() {
    let text = "Readers will pay for depth, she and Kofi Osei said.\nThe puzzle of the budget, says Ana Ruiz, a historian at the archive, is that it grew.";
    let claims = run(text);
    check_invariants(text, &claims);
    let c = claim_with(text, &claims, "Readers will pay");
    // the frame's source is both speakers, one source each
    let mentions: Vec<&str> = c.sources.iter().map(|s| s.mention.of(text)).collect();
    assert_eq!(mentions, ["she", "Kofi Osei"]);
    assert_eq!(c.sources[1].name, "Kofi Osei");
    let c = claim_with(text, &claims, "is that it grew");
    assert_eq!(c.sources[0].name, "Ana Ruiz");
    assert_eq!(c.text(text), "The puzzle of the budget is that it grew.");
}

#[test]
fn a_time_adjunct_between_the_subject_and_its_verb() {
    let text = "The utility last week said the dam was safe.\nThe bank just this month announced it would close ten branches.\nOkafor on Tuesday said the port would reopen.";
    let claims = run(text);
    check_invariants(text, &claims);
    for (needle, source) in [
        ("the dam was safe", "The utility"),
        ("close ten branches", "The bank"),
        ("the port would reopen", "Okafor"),
    ] {
        let c = claim_with(text, &claims, needle);
        assert_eq!(c.sources[0].mention.of(text), source, "{needle}");
    }
}

#[test]
fn a_relative_clause_whose_verb_of_saying_has_an_adverb_after_it() {
    let text = "The council met about the test, which state media claimed now allows the army to build warheads.";
    let claims = run(text);
    check_invariants(text, &claims);
    let c = claim_with(text, &claims, "build warheads");
    assert_eq!(c.sources[0].mention.of(text), "state media");
}

#[test]
fn coordinated_speakers_are_sources_of_their_own() {
    let text = "Tom Orr, a farmer, spoke on Monday.\nThe plan is dead, he and Senator Park said.\nBritain and France say the talks failed.\nProcter and Gamble said sales rose.\nRepublican and Democratic leaders said the vote was close.";
    let claims = run(text);
    check_invariants(text, &claims);
    let c = claim_with(text, &claims, "The plan is dead");
    let got: Vec<(&str, &str)> = c
        .sources
        .iter()
        .map(|s| (s.mention.of(text), s.name.as_str()))
        .collect();
    assert_eq!(got, [("he", "Tom Orr"), ("Senator Park", "Park")]);
    assert!(c.sources.iter().all(|s| s.cue.as_deref() == Some("said")));
    assert!(c
        .sources
        .iter()
        .all(|s| s.role.as_deref() != Some("he and")));
    let c = claim_with(text, &claims, "the talks failed");
    let names: Vec<&str> = c.sources.iter().map(|s| s.name.as_str()).collect();
    assert_eq!(names, ["Britain", "France"]);
    for (needle, whole) in [
        ("sales rose", "Procter and Gamble"),
        ("the vote was close", "Republican and Democratic leaders"),
    ] {
        let c = claim_with(text, &claims, needle);
        assert_eq!(c.sources.len(), 1, "{needle}");
        assert_eq!(c.sources[0].mention.of(text), whole);
    }
}

#[test]
fn country_initials_a_given_name_will_and_a_city_inside_a_role() {
    let text = "“The count is done,” US Senator Ann Lee said as she left.\n“Costs keep rising,” said Will Doyle, a professor of economics at a college in Nashville, Tennessee.\nRuiz, who calls the plan a “fraud,” said he would vote against it.";
    let claims = run(text);
    check_invariants(text, &claims);
    let c = claim_with(text, &claims, "The count is done");
    assert_eq!(c.sources[0].mention.of(text), "US Senator Ann Lee");
    let c = claim_with(text, &claims, "Costs keep rising");
    assert_eq!(c.sources[0].name, "Will Doyle");
    let role = c.sources[0].role.as_deref().unwrap_or("");
    assert!(role.ends_with("Nashville, Tennessee"), "{role}");
    assert!(!claims.iter().any(|c| c.text(text).contains("Tennessee")));
    let c = claim_with(text, &claims, "he would vote against it");
    assert_eq!(c.sources[0].name, "Ruiz");
}

#[test]
fn a_spaced_hyphen_used_as_a_dash_ends_the_clause_before_a_speaker() {
    let text = "The race is close - 60 percent of voters said the mayor would win.";
    let claims = run(text);
    check_invariants(text, &claims);
    let c = claim_with(text, &claims, "the mayor would win");
    assert_eq!(c.sources[0].mention.of(text), "60 percent of voters");
    let c = claim_with(text, &claims, "The race is close");
    assert!(c.sources.is_empty());
}

#[test]
fn a_byline_writer_is_nobody_antecedent() {
    let text = "Flood hits village\n\nBy Sarah Jones, Environment correspondent\n\nThe river burst its banks on Friday. \"It was terrifying,\" she said.";
    let meta = crate::extract::meta::article_meta(text);
    assert_eq!(meta.boilerplate.len(), 1);
    let claims = find_claims(text, &meta, &sentences(text));
    check_invariants(text, &claims);
    let c = claim_with(text, &claims, "It was terrifying");
    assert_ne!(c.sources[0].name, "Sarah Jones");
}

#[test]
fn a_relative_clause_after_an_inverted_speaker_is_the_writers() {
    let text = "\"We felt the ground roll,\" said Maricel Ramos, 34, a teacher in Tulunan, who fled with her two children.\n\
She has a book called \"Women Who Work\" coming out in March.";
    let claims = run(text);
    check_invariants(text, &claims);
    let q = claim_with(text, &claims, "We felt the ground roll");
    assert_eq!(q.sources[0].name, "Maricel Ramos");
    assert_eq!(
        q.sources[0].role.as_deref(),
        Some("34, a teacher in Tulunan")
    );
    let side = claim_with(text, &claims, "who fled with her two children");
    assert!(side.sources.is_empty());
    // a book called "…" names a book; nobody calls anything
    let c = claim_with(text, &claims, "Women Who Work");
    assert!(c.sources.is_empty());
}

#[test]
fn a_legislators_party_and_state_after_an_inverted_speaker() {
    let text = "“It would be a gift to Tehran,” said Senator Lia Brandt, Republican of Ohio.\n“The troops have no mission,” said Omar Hale, Democrat from Maine.";
    let claims = run(text);
    check_invariants(text, &claims);
    assert_eq!(
        claims.len(),
        2,
        "the party and state are no claim: {claims:?}"
    );
    let c = claim_with(text, &claims, "a gift to Tehran");
    assert_eq!(c.sources[0].name, "Lia Brandt");
    assert_eq!(c.sources[0].role.as_deref(), Some("Senator"));
    let c = claim_with(text, &claims, "no mission");
    assert_eq!(c.sources[0].role.as_deref(), Some("Democrat from Maine"));
}

#[test]
fn a_restrictive_who_after_an_occupation_takes_up_that_person() {
    let text = "Ray Dunn was convicted in March.\nJurors heard from a former lobbyist who said he delivered cash to Dunn.";
    let claims = run(text);
    check_invariants(text, &claims);
    let c = claim_with(text, &claims, "he delivered cash");
    assert_eq!(c.sources[0].name, "a former lobbyist");
    assert_eq!(c.sources[0].kind, SourceKind::Anonymous);
}

#[test]
fn a_description_owned_by_someone_else_still_gives_the_post_as_role() {
    let text = "Ann Lee was sentenced on Monday.\nHer attorney, Michael Brandt, said she would appeal.\nThe company’s lawyer, Tom Ruiz, said the fine was fair.";
    let claims = run(text);
    check_invariants(text, &claims);
    let c = claim_with(text, &claims, "she would appeal");
    assert_eq!(c.sources[0].name, "Michael Brandt");
    assert_eq!(c.sources[0].role.as_deref(), Some("attorney"));
    let c = claim_with(text, &claims, "the fine was fair");
    assert_eq!(c.sources[0].role.as_deref(), Some("lawyer"));
}

#[test]
fn he_after_an_unnamed_villager_takes_the_villager_up() {
    let text = "President Tomas Hale ordered a search, the agency said.\nA villager told the Daily Post that he had heard a sound like thunder. “My neighbour’s house was just gone,” he said.";
    let claims = run(text);
    check_invariants(text, &claims);
    let c = claim_with(text, &claims, "just gone");
    assert_eq!(c.sources[0].name, "a villager");
    assert_eq!(c.sources[0].kind, SourceKind::Anonymous);
}

#[test]
fn an_honorific_and_surname_take_up_the_full_name_written_before() {
    let text = "Donald J. Trump spoke in Ohio. Pastor Joseph Brown of Marion Avenue Baptist Church plans to recruit captains.\n“We have a network,” Mr. Brown said.\n“It is rigged,” Mr. Trump said.\nIvanka Trump spoke too. “It was fine,” Mr. Trump said.";
    // the article's own sentences: the tests' splitter would end one at "J."
    let claims = crate::extract::extract(text).claims;
    check_invariants(text, &claims);
    let c = claim_with(text, &claims, "We have a network");
    assert_eq!(c.sources[0].name, "Joseph Brown");
    // a middle initial stays inside the full name
    let c = claim_with(text, &claims, "It is rigged");
    assert_eq!(c.sources[0].name, "Donald J. Trump");
    // "Mr." is not the woman named last
    let c = claim_with(text, &claims, "It was fine");
    assert_ne!(c.sources[0].name, "Ivanka Trump");
}

#[test]
fn he_takes_up_a_person_introduced_with_a_description_since_the_last_source() {
    let text = "Mikel Arteta said it was too early to say. Villa boss Unai Emery was less happy. He claimed the referee should have awarded a penalty.";
    let claims = run(text);
    check_invariants(text, &claims);
    let c = claim_with(text, &claims, "awarded a penalty");
    assert_eq!(c.sources[0].name, "Unai Emery");
    // a middle initial stays in the name taken up (the article's own sentences: the tests'
    // splitter would end one at "J.")
    let text = "Ann Lee said rents rose. The economist Robert J. Shapiro measured income growth. He found that incomes rose.";
    let claims = crate::extract::extract(text).claims;
    let c = claim_with(text, &claims, "incomes rose");
    assert_eq!(c.sources[0].name, "Robert J. Shapiro");
}

#[test]
fn the_bank_takes_up_a_bank_named_as_a_source_before() {
    let text = "Morgan Stanley said the figure was wrong. The bank expects growth of 2%.";
    let claims = crate::extract::extract(text).claims;
    check_invariants(text, &claims);
    let c = claim_with(text, &claims, "growth of 2%");
    assert_eq!(c.sources[0].name, "Morgan Stanley");
}

#[test]
fn a_description_after_the_speaker_is_a_role_past_a_party_label_or_after_according_to() {
    let text = "\"This is a clean bill,\" said Rep. Tom Garrity (R-Ohio), the chairman of the committee.\nOutput grew 0.1 per cent, according to Eurostat, the EU's statistics agency.\nThe bill is clean, according to Ann Lee, the chairman of the committee.";
    // the article's own sentences: the tests' splitter would end one at "Rep."
    let claims = crate::extract::extract(text).claims;
    check_invariants(text, &claims);
    assert_eq!(claims.len(), 3, "{claims:?}");
    let c = claim_with(text, &claims, "This is a clean bill");
    assert_eq!(c.sources[0].name, "Tom Garrity");
    assert_eq!(
        c.sources[0].role.as_deref(),
        Some("chairman of the committee")
    );
    let c = claim_with(text, &claims, "Output grew");
    assert_eq!(c.sources[0].name, "Eurostat");
    assert_eq!(c.sources[0].kind, SourceKind::Organization);
    let c = claim_with(text, &claims, "The bill is clean");
    assert_eq!(c.sources[0].name, "Ann Lee");
}

#[test]
fn spokespeople_owned_by_a_pronoun_are_named_after_the_person_it_takes_up() {
    let text = "Mike Johnson said the vote would be soon. His aides said it would be Monday.";
    let claims = run(text);
    check_invariants(text, &claims);
    let c = claim_with(text, &claims, "it would be Monday");
    assert_eq!(c.sources[0].name, "Mike Johnson's aides");
    assert_eq!(c.sources[0].kind, SourceKind::Anonymous);
}

#[test]
fn a_capitalised_title_before_a_name_set_off_by_commas_is_the_role() {
    let text =
        "But the Opposition Leader, Brett Kaczmarek, said the state had cut burning by a third.";
    let claims = run(text);
    check_invariants(text, &claims);
    let c = claim_with(text, &claims, "the state had cut");
    assert_eq!(c.sources[0].name, "Brett Kaczmarek");
    assert_eq!(c.sources[0].role.as_deref(), Some("Opposition Leader"));
}
