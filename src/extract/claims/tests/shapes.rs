//! Claims of sentences whose frame takes a shape of news writing: a pronoun with its
//! auxiliary in one token, a frame set off by dashes, a list of examples in the subject, the
//! reports a sentence is set against.

use super::*;

#[test]
fn a_pronoun_with_its_auxiliary_is_the_speaker_without_the_auxiliary() {
    let text = "The mayor faces a recall. He's said the vote is a stunt.\nIt's been reported that the council will meet on Monday.";
    let claims = run(text);
    check_invariants(text, &claims);
    let c = claim_with(text, &claims, "the vote is a stunt");
    assert_eq!(c.sources[0].mention.of(text), "He");
    assert!(!c.text(text).contains("said"));
    // a passive with no source: the claim stays unsourced
    let c = claim_with(text, &claims, "the council will meet");
    assert!(c.sources.is_empty());
}

#[test]
fn a_concession_ends_what_is_said_before_the_main_clause() {
    let text = "While he has said he will fight on, the senator must decide what to demand.\nAlthough aides said the talks had stalled, Ruiz noted that a deal was near.";
    let claims = run(text);
    check_invariants(text, &claims);
    let c = claim_with(text, &claims, "he will fight on");
    assert_eq!(c.sources[0].mention.of(text), "he");
    assert!(!c.text(text).contains("must decide"));
    let c = claim_with(text, &claims, "must decide");
    assert!(c.sources.is_empty());
    // a main clause with a frame of its own keeps it
    let c = claim_with(text, &claims, "the talks had stalled");
    assert_eq!(c.sources[0].mention.of(text), "aides");
    let c = claim_with(text, &claims, "a deal was near");
    assert_eq!(c.sources[0].mention.of(text), "Ruiz");
}

#[test]
fn a_frame_set_in_after_a_short_subject_leaves_one_claim_around_it() {
    // "plan" and "cut" look like verbs; after a determiner they are the subject's nouns
    let text = "The plan, a former aide said, was never approved.\nThe tax cut — two officials said on Tuesday — would cost $40 billion.";
    let claims = run(text);
    check_invariants(text, &claims);
    let c = claim_with(text, &claims, "was never approved");
    assert_eq!(c.text(text), "The plan was never approved.");
    assert_eq!(c.sources[0].mention.of(text), "a former aide");
    let c = claim_with(text, &claims, "would cost");
    assert_eq!(c.text(text), "The tax cut would cost $40 billion.");
    assert_eq!(c.sources[0].mention.of(text), "two officials");
}

#[test]
fn an_adverb_before_a_subordinator_opens_a_lead_in_not_content() {
    let text = "Ever since Ann Lee announced her bid last year, she's said the same thing at every stop.\nShortly before the council met, the mayor told reporters that the count was fair.";
    let claims = run(text);
    check_invariants(text, &claims);
    let c = claim_with(text, &claims, "announced her bid");
    assert!(c.sources.is_empty());
    let c = claim_with(text, &claims, "the same thing");
    assert_eq!(c.sources[0].mention.of(text), "she");
    let c = claim_with(text, &claims, "the council met");
    assert!(c.sources.is_empty());
    let c = claim_with(text, &claims, "the count was fair");
    assert_eq!(c.sources[0].mention.of(text), "the mayor");
}

#[test]
fn headline_labels_and_speakers_in_headline_style() {
    // a storm's or a country's name before a colon is a topic, not a speaker
    let text = "Storm Ciarán: 'Danger to life' warning issued for south coast\n\nUkraine: Russia shells Kharkiv overnight";
    let claims = run(text);
    check_invariants(text, &claims);
    assert!(claims.iter().all(|c| c.sources.is_empty()), "{claims:?}");
    // a speaker's name before a colon still speaks
    let text = "Graham: Trump's rhetoric is destroying the party";
    let claims = run(text);
    let c = claim_with(text, &claims, "destroying the party");
    assert_eq!(c.sources[0].name, "Graham");
    // a title-cased topic holds a preposition no name holds; "On" sets the topic off the speaker
    let text = "Stealth Over Health: Clinton Was Headed to ER\n\nObama On Syria: 'We Will Not Send Troops'";
    let claims = run(text);
    check_invariants(text, &claims);
    let c = claim_with(text, &claims, "Headed to ER");
    assert!(c.sources.is_empty(), "{c:?}");
    let c = claim_with(text, &claims, "Send Troops");
    assert_eq!(c.sources[0].name, "Obama");
    // a speaker with no article, then a clause of time
    let text = "'We will not back down,' says union leader as strike begins";
    let claims = run(text);
    check_invariants(text, &claims);
    let c = claim_with(text, &claims, "back down");
    assert_eq!(c.sources[0].mention.of(text), "union leader");
}

#[test]
fn a_statement_described_after_the_cue_stays_in_the_frame() {
    let text = "BASF said in an emailed statement that the product was safe.\nThe firm said in a written statement that the plant was closed.\nAcme said in a statement emailed to reporters that the tests were done.";
    let claims = run(text);
    check_invariants(text, &claims);
    for needle in [
        "the product was safe.",
        "the plant was closed.",
        "the tests were done.",
    ] {
        assert_eq!(claim_with(text, &claims, needle).text(text), needle);
    }
}

#[test]
fn a_short_relative_clause_on_the_speaker_is_a_claim_whatever_its_verb() {
    let text = "BASF, which manufactures boscalid, said the product was safe.";
    let claims = run(text);
    check_invariants(text, &claims);
    let c = claim_with(text, &claims, "manufactures");
    assert!(c.sources.is_empty());
    assert_eq!(c.text(text), "which manufactures boscalid");
}

#[test]
fn why_a_source_went_unnamed_describes_it_and_asserts_nothing() {
    let text = "The plan would raise the bar, two people briefed on the talks said. They were granted anonymity to describe private negotiations.\nA senior official told reporters, speaking on condition of anonymity under rules set by the White House, that the sides had made progress.\nThe officials spoke on the condition of anonymity and said the deal was close.";
    let claims = run(text);
    check_invariants(text, &claims);
    let c = claim_with(text, &claims, "granted anonymity");
    assert_eq!(c.kind, ClaimKind::SourceDescription);
    let c = claim_with(text, &claims, "the sides had made progress");
    assert_eq!(c.text(text), "the sides had made progress.");
    // a sentence that reports as well is no description
    let c = claim_with(text, &claims, "the deal was close");
    assert_eq!(c.sources[0].kind, SourceKind::Anonymous);
}

#[test]
fn the_occasion_of_the_saying_set_off_after_the_speaker_is_the_frames() {
    let text = "Harish Awasthi, while addressing a gathering in Gomti Nagar on Monday, said the government would act.\nAnn Lee, speaking at a rally in Ohio, said taxes would fall.";
    let claims = run(text);
    check_invariants(text, &claims);
    assert_eq!(claims.len(), 2, "{claims:?}");
    assert_eq!(
        claim_with(text, &claims, "taxes would fall").sources[0].name,
        "Ann Lee"
    );
}

#[test]
fn a_bare_day_or_a_place_after_the_cue_stays_in_the_frame() {
    let text = "The mayor said Tuesday the plan was good.\nKevin Burnside said outside the courthouse that he was confident.";
    let claims = run(text);
    check_invariants(text, &claims);
    assert_eq!(
        claim_with(text, &claims, "the plan was good").text(text),
        "the plan was good."
    );
    assert_eq!(
        claim_with(text, &claims, "he was confident").text(text),
        "he was confident."
    );
}

#[test]
fn a_main_verb_in_s_before_a_figure_resumes_after_a_relative_clause() {
    // the company line of business copy: "employs" is no verb the lexicon knows
    let text = "Acme, which is based in Ohio, employs 500 people.";
    let claims = run(text);
    check_invariants(text, &claims);
    let c = claim_with(text, &claims, "employs 500 people");
    assert_eq!(c.text(text), "Acme employs 500 people.");
    let c = claim_with(text, &claims, "which is based in Ohio");
    assert_eq!(c.text(text), "which is based in Ohio");
}

#[test]
fn a_noun_after_a_verb_in_s_or_a_noun_is_no_cue_in_a_headline() {
    // "tops" is the verb and "estimates" its object; "attack" is a noun
    let text = "Northgate Foods profit tops estimates as price increases offset weaker volumes\n\nGunmen kill 11, abduct 30 in Zamfara village attack";
    let claims = crate::extract::extract(text).claims;
    assert_eq!(claims.len(), 2);
    assert!(claims.iter().all(|c| c.sources.is_empty()));
    // a singular head before its post-modifier agrees with "shows"
    let text = "An average of recent polls shows Clinton leading by two points.";
    let claims = run(text);
    assert_eq!(claims[0].sources[0].name, "an average of recent polls");
}

#[test]
fn a_participle_of_saying_after_a_quotation_closing_on_its_comma_is_a_second_claim() {
    let text = "Lee said the measure was \"well-meaning but dangerous,\" noting that the country imported 4.7 million tons last year.";
    let claims = run(text);
    check_invariants(text, &claims);
    assert_eq!(claims.len(), 2);
    assert_eq!(
        claims[0].text(text),
        "the measure was \"well-meaning but dangerous,\""
    );
    let c = claim_with(text, &claims, "the country imported");
    assert_eq!(c.sources[0].cue.as_deref(), Some("noting"));
}

#[test]
fn a_figure_after_the_cue_keeps_its_currency_sign() {
    let text =
        "Analysts had expected $1.29 per share.\nThe casinos reported £2.17 billion in revenue.";
    let claims = run(text);
    check_invariants(text, &claims);
    assert_eq!(claims[0].text(text), "$1.29 per share.");
    assert!(claims[1].text(text).starts_with("£2.17 billion"));
}

#[test]
fn a_forecast_asserts_its_object() {
    let text = "Economists polled by Reuters had forecast a rise of 0.3%.";
    let claims = run(text);
    check_invariants(text, &claims);
    assert_eq!(claims[0].text(text), "a rise of 0.3%.");
    assert_eq!(claims[0].sources[0].kind, SourceKind::UnnamedGroup);
}

#[test]
fn a_relative_clause_that_reports_only_an_object_frames_nothing() {
    let text = "Zeke Emanuel, an oncologist who advised Obama on the overhaul, said the law was a success.\nWeber, who advises Kasich, is no fan of Trump.";
    let claims = run(text);
    check_invariants(text, &claims);
    let c = claim_with(text, &claims, "the law was a success");
    assert_eq!(c.sources[0].name, "Zeke Emanuel");
    assert_eq!(c.text(text), "the law was a success.");
    let c = claim_with(text, &claims, "who advises Kasich");
    assert!(c.sources.is_empty());
    // a clause reported after "who said" keeps its frame
    let text = "The fund is run by Ana Ruiz, who said she typically votes early.";
    let claims = run(text);
    let c = claim_with(text, &claims, "she typically votes early");
    assert_eq!(c.sources[0].name, "Ana Ruiz");
}

#[test]
fn a_finding_that_may_be_made_and_an_ologist_before_a_name() {
    let text = "Residents can find locations on the website.\nCriminologist Rachel Olufemi said the data were thin.";
    let claims = run(text);
    check_invariants(text, &claims);
    assert!(claims[0].sources.is_empty());
    let c = claim_with(text, &claims, "the data were thin");
    assert_eq!(c.sources[0].name, "Rachel Olufemi");
}

#[test]
fn reports_a_sentence_is_set_against_are_a_hedged_claim_of_their_own() {
    let text = "Downing Street insisted the prime minister retains full confidence in the chancellor amid reports that four ministers objected to her plan.\nAmid speculation that the talks had stalled, the minister said the deal was close.";
    let claims = run(text);
    check_invariants(text, &claims);
    let c = claim_with(text, &claims, "retains full confidence");
    assert_eq!(c.sources[0].name, "Downing Street");
    assert_eq!(
        c.text(text),
        "the prime minister retains full confidence in the chancellor"
    );
    let c = claim_with(text, &claims, "four ministers objected");
    assert!(c.sources.is_empty());
    assert!(c.hedged);
    let c = claim_with(text, &claims, "the talks had stalled");
    assert!(c.sources.is_empty());
    assert_eq!(c.text(text), "Amid speculation that the talks had stalled");
    assert_eq!(
        claim_with(text, &claims, "the deal was close").sources[0].name,
        "the minister"
    );
}

#[test]
fn a_connective_set_off_after_the_cue_stays_in_the_frame() {
    let text = "A Treasury source said, however, that no final decisions had been taken.\nThe minister added, though, the plan would go ahead.";
    let claims = run(text);
    check_invariants(text, &claims);
    let c = claim_with(text, &claims, "no final decisions");
    assert_eq!(c.text(text), "no final decisions had been taken.");
    let c = claim_with(text, &claims, "the plan would go ahead");
    assert_eq!(c.text(text), "the plan would go ahead.");
}

#[test]
fn a_long_description_of_an_according_to_source_is_no_part_of_the_claim() {
    let text = "According to AP VoteCast, an extensive survey of more than 4,000 voters in Arizona, roughly 4 in 10 said the economy mattered most.";
    let claims = run(text);
    check_invariants(text, &claims);
    let c = claim_with(text, &claims, "roughly 4 in 10");
    assert_eq!(
        c.text(text),
        "roughly 4 in 10 said the economy mattered most."
    );
    assert_eq!(c.sources[0].name, "AP VoteCast");
}

#[test]
fn a_participle_after_the_frames_adjunct_is_still_read() {
    let text = "Security forces killed at least 43 people in September, Amnesty International said in a report published on Thursday, accusing authorities of a deliberate policy of lethal force.\nThe dam failed, officials said in a statement released Monday, as residents fled.";
    let claims = run(text);
    check_invariants(text, &claims);
    let c = claim_with(text, &claims, "accusing authorities");
    assert_eq!(
        c.text(text),
        "accusing authorities of a deliberate policy of lethal force."
    );
    assert_eq!(c.sources[0].name, "Amnesty International");
    let c = claim_with(text, &claims, "residents fled");
    assert!(c.sources.is_empty(), "{:?}", c.sources);
}

#[test]
fn a_deed_told_with_a_verb_of_saying_takes_the_later_speaker() {
    let text = "The pilots reported smoke in the cockpit less than four minutes after takeoff, federal investigators said.\nOfficials announced a ceasefire, state media said.\nTwo senators have told leadership they will vote no, aides said.";
    let claims = run(text);
    check_invariants(text, &claims);
    let c = claim_with(text, &claims, "smoke in the cockpit");
    assert_eq!(
        c.text(text),
        "The pilots reported smoke in the cockpit less than four minutes after takeoff"
    );
    assert_eq!(c.sources[0].name, "federal investigators");
    let c = claim_with(text, &claims, "a ceasefire");
    assert_eq!(c.text(text), "Officials announced a ceasefire");
    assert_eq!(c.sources[0].name, "state media");
    // a reported clause keeps its speaker, the later one its channel
    let c = claim_with(text, &claims, "they will vote no");
    assert_eq!(c.sources[0].name, "two senators");
}

#[test]
fn a_coordinator_left_between_split_clauses_is_no_claim() {
    let text = "But as Lee noted, those voters will give her a second look.\nThe vote mattered not as a local quarrel, but because the stakes were national.";
    let claims = run(text);
    check_invariants(text, &claims);
    for c in &claims {
        let own = c.text(text);
        let words = own.trim_matches(|ch: char| !ch.is_alphanumeric());
        assert!(
            !["But", "but", "and", "And"].contains(&words),
            "a lone coordinator became a claim: {words:?}"
        );
    }
    let c = claim_with(text, &claims, "those voters will give her");
    assert_eq!(c.sources[0].mention.of(text), "Lee");
}

#[test]
fn a_long_phrase_of_occasion_before_the_speaker_is_no_claim_but_a_deed_in_one_is() {
    let text = "Ahead of its earnings report on Wednesday, the company said on Friday that it had cut 500 jobs.\nAfter the final vote in the Senate on Tuesday, Ruiz said the bill would pass.\nAfter savaging party donors as corrupt insiders for months, Lee said he would take their money.";
    let claims = run(text);
    check_invariants(text, &claims);
    let c = claim_with(text, &claims, "it had cut 500 jobs");
    assert_eq!(c.sources[0].mention.of(text), "the company");
    assert!(!c.text(text).contains("earnings"));
    assert!(claims.iter().all(|c| !c.text(text).contains("Ahead")));
    assert!(claims.iter().all(|c| !c.text(text).contains("final vote")));
    let c = claim_with(text, &claims, "the bill would pass");
    assert_eq!(c.sources[0].mention.of(text), "Ruiz");
    // a deed told in the lead stays a claim
    assert!(claims
        .iter()
        .any(|c| c.text(text).contains("savaging party donors")));
}

#[test]
fn a_participle_of_saying_after_a_bare_cue_brings_its_content() {
    let text = "Rosa Diaz disagreed, saying the bill could still pass.\nThe union responded, adding that strikes would go ahead.";
    let claims = run(text);
    check_invariants(text, &claims);
    let c = claim_with(text, &claims, "the bill could still pass");
    assert_eq!(c.sources[0].mention.of(text), "Rosa Diaz");
    assert!(!c.text(text).contains("saying"));
    let c = claim_with(text, &claims, "strikes would go ahead");
    assert_eq!(c.sources[0].mention.of(text), "The union");
    assert!(!c.text(text).contains("adding"));
}

#[test]
fn a_second_speaker_with_an_appositive_opens_a_clause_of_their_own() {
    let text = "The ministry said it was concerned, while the foreign minister, Penny Wong, said the incident was dangerous.\nThe agency said supplies were safe, and its director, Ann Lee, told reporters that prices would fall.";
    let claims = run(text);
    check_invariants(text, &claims);
    let c = claim_with(text, &claims, "it was concerned");
    assert_eq!(c.sources[0].mention.of(text), "The ministry");
    assert!(!c.text(text).contains("Wong"));
    let c = claim_with(text, &claims, "the incident was dangerous");
    assert_eq!(c.sources[0].name, "Penny Wong");
    assert!(!c.text(text).contains("while"));
    let c = claim_with(text, &claims, "prices would fall");
    assert_eq!(c.sources[0].name, "Ann Lee");
    let c = claim_with(text, &claims, "supplies were safe");
    assert!(!c.text(text).contains("Ann Lee"));
}

#[test]
fn an_aside_telling_the_question_put_or_who_saw_the_document_is_no_claim() {
    let text = "The memo, a copy of which was seen by Reuters, said the plant would close.\nA ministry spokesperson, asked about the inspection record, said the agency had acted.";
    let claims = run(text);
    check_invariants(text, &claims);
    let c = claim_with(text, &claims, "the plant would close");
    assert_eq!(c.sources[0].mention.of(text), "The memo");
    let c = claim_with(text, &claims, "the agency had acted");
    assert_eq!(c.sources[0].mention.of(text), "A ministry spokesperson");
    assert_eq!(claims.len(), 2, "no aside is a claim");
}

#[test]
fn a_closing_frame_with_a_day_or_a_channel_after_its_cue_still_closes_the_clause() {
    let text = "Lee denied any wrongdoing, her lawyer said on Friday.\nDahal promised compensation, his office said in a statement.";
    let claims = run(text);
    check_invariants(text, &claims);
    let c = claim_with(text, &claims, "Lee denied any wrongdoing");
    assert_eq!(c.sources[0].mention.of(text), "her lawyer");
    assert!(!c.text(text).contains("said"));
    let c = claim_with(text, &claims, "Dahal promised compensation");
    assert_eq!(c.sources[0].mention.of(text), "his office");
    assert!(!c.text(text).contains("statement"));
}

#[test]
fn the_rooms_reaction_after_a_frame_is_the_frames() {
    let text = "\u{201c}I say that with love,\u{201d} he added, to more laughter.\n\u{201c}We will win,\u{201d} said Ann Lee, to applause.";
    let claims = run(text);
    check_invariants(text, &claims);
    assert_eq!(claims.len(), 2, "{claims:?}");
    assert!(claims.iter().all(|c| !c.text(text).contains("laughter")));
    assert!(claims.iter().all(|c| !c.text(text).contains("applause")));
}
