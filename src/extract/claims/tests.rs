//! Claims of whole passages, written for these tests in several outlets' styles.

use super::*;
use crate::vocab::SourceKind;

/// A naive sentence splitter for these tests: ". ", "? ", "! " and newlines.
fn sentences(text: &str) -> Vec<Span> {
    let mut out = Vec::new();
    let mut start = 0;
    let b = text.as_bytes();
    let mut i = 0;
    while i < b.len() {
        let c = b[i];
        let end_here = c == b'\n'
            || (matches!(c, b'.' | b'?' | b'!')
                && (i + 1 == b.len() || b[i + 1] == b' ' || b[i + 1] == b'\n'));
        if end_here {
            let e = if c == b'\n' { i } else { i + 1 };
            if !text[start..e].trim().is_empty() {
                let lead = text[start..e].len() - text[start..e].trim_start().len();
                out.push(Span::new(
                    start + lead,
                    start + lead + text[start..e].trim().len(),
                ));
            }
            start = i + 1;
        }
        i += 1;
    }
    if !text[start..].trim().is_empty() {
        let lead = text[start..].len() - text[start..].trim_start().len();
        out.push(Span::new(
            start + lead,
            start + lead + text[start..].trim().len(),
        ));
    }
    out
}

fn run(text: &str) -> Vec<ExtractedClaim> {
    find_claims(text, &ArticleMeta::default(), &sentences(text))
}

fn claim_with<'a>(text: &str, claims: &'a [ExtractedClaim], needle: &str) -> &'a ExtractedClaim {
    let at = text.find(needle).expect("needle in text");
    claims
        .iter()
        .find(|c| c.pieces().iter().any(|p| p.start <= at && at < p.end))
        .unwrap_or_else(|| panic!("no claim holds {needle:?}"))
}

fn check_invariants(text: &str, claims: &[ExtractedClaim]) {
    let mut last_end = 0;
    let mut all: Vec<Span> = claims.iter().flat_map(|c| c.pieces().to_vec()).collect();
    for c in claims {
        assert!(c.span.end <= text.len());
        for s in &c.sources {
            assert!(s.mention.end <= text.len());
        }
    }
    all.sort();
    for p in all {
        assert!(p.start >= last_end, "overlap at {p:?}");
        assert!(text.is_char_boundary(p.start) && text.is_char_boundary(p.end));
        last_end = p.end;
    }
}

#[test]
fn wire_story_with_anonymous_and_named_sources() {
    let text = "Flood defences along the Sava river were breached overnight, a senior regional official told AFP, and hundreds of homes are under water.\n\
Croatian authorities say they have evacuated 2,300 people.\n\
According to the Zagreb Hydrological Institute, the river peaked at 9 metres.\n\
Mayor Ivana Horvat, a former engineer who designed part of the dyke, said the repairs would take weeks.\n\
\"We were not ready,\" she told reporters. \"Nobody was.\"\n\
The official said more rain was expected on Friday.\n\
The ministry did not respond to requests for comment.";
    let claims = run(text);
    check_invariants(text, &claims);
    let c = claim_with(text, &claims, "were breached overnight");
    assert_eq!(c.sources[0].kind, SourceKind::Anonymous);
    assert_eq!(c.sources[0].cue.as_deref(), Some("told"));
    let c2 = claim_with(text, &claims, "hundreds of homes");
    assert_eq!(c2.sources[0].name, c.sources[0].name);
    assert_ne!(c.span, c2.span);
    assert!(!c.span.of(text).contains("told AFP"));
    let c = claim_with(text, &claims, "they have evacuated");
    assert_eq!(c.sources[0].kind, SourceKind::UnnamedGroup);
    assert_eq!(c.kind, ClaimKind::Statistic);
    let c = claim_with(text, &claims, "the river peaked");
    assert_eq!(c.sources[0].name, "Zagreb Hydrological Institute");
    assert_eq!(c.sources[0].kind, SourceKind::Organization);
    let c = claim_with(text, &claims, "the repairs would take weeks");
    assert_eq!(c.sources[0].name, "Ivana Horvat");
    assert_eq!(c.sources[0].kind, SourceKind::Person);
    let side = claim_with(text, &claims, "a former engineer");
    assert!(side.sources.is_empty());
    let q = claim_with(text, &claims, "We were not ready");
    assert_eq!(q.kind, ClaimKind::Quote);
    assert_eq!(q.sources[0].name, "Ivana Horvat");
    let q2 = claim_with(text, &claims, "Nobody was");
    assert_eq!(
        q2.sources.first().map(|s| s.name.as_str()),
        Some("Ivana Horvat")
    );
    let o = claim_with(text, &claims, "more rain was expected");
    assert_eq!(o.sources[0].name, c2.sources[0].name);
    let nc = claim_with(text, &claims, "did not respond");
    assert_eq!(nc.kind, ClaimKind::NoComment);
}

#[test]
fn relative_clause_becomes_its_own_claim_with_fragments() {
    let text = "Moldova, which joined the scheme in 2021, is the smallest member of the group.";
    let claims = run(text);
    check_invariants(text, &claims);
    assert_eq!(claims.len(), 2);
    let outer = claim_with(text, &claims, "is the smallest");
    assert_eq!(outer.fragments.len(), 2);
    assert_eq!(
        outer.text(text),
        "Moldova is the smallest member of the group."
    );
    assert_eq!(outer.kind, ClaimKind::Statistic);
    assert!(outer.sources.is_empty());
}

#[test]
fn plural_sources_later_named_in_the_singular() {
    let text = "Security sources, who spoke on condition of anonymity, said the cell had six members.\nThe source said two were arrested in Lyon.";
    let claims = run(text);
    check_invariants(text, &claims);
    let a = claim_with(text, &claims, "the cell had six");
    let b = claim_with(text, &claims, "two were arrested");
    assert_eq!(a.sources[0].name, b.sources[0].name);
    assert!(a.sources[0].plural_mention);
    assert!(a.sources[0].singular_elsewhere);
    assert!(!text[a.span.start..a.span.end].contains("anonymity"));
}

#[test]
fn passives_and_unattributed_sentences_are_unsourced() {
    let text = "It was reported that the plant closed. The factory employed 400 people, while the mine employed 90.";
    let claims = run(text);
    check_invariants(text, &claims);
    assert!(claims.iter().all(|c| c.sources.is_empty()));
    assert!(claims.len() >= 3);
    let c = claim_with(text, &claims, "the mine employed");
    assert!(c.check_worthy);
}

#[test]
fn hedges_are_flagged() {
    let text = "The suspect allegedly fled to Spain, police said.";
    let claims = run(text);
    let c = claim_with(text, &claims, "fled to Spain");
    assert!(c.hedged);
    assert_eq!(c.sources[0].kind, SourceKind::Official);
}

#[test]
fn never_panics_on_odd_input() {
    for text in [
        "",
        "\"",
        "“”",
        ",,,",
        "said.",
        "According to",
        "He said: “",
        "a, who, which,",
    ] {
        let claims = run(text);
        check_invariants(text, &claims);
    }
}

#[test]
fn transcript_turns_carry_their_speaker() {
    let text = "HOST: Welcome back. Is the bridge safe?\nMINISTER: It is safe. Engineers checked every cable last month.";
    let claims = run(text);
    check_invariants(text, &claims);
    let c = claim_with(text, &claims, "Engineers checked");
    assert_eq!(c.sources[0].name, "MINISTER");
    let c = claim_with(text, &claims, "Welcome back");
    assert_eq!(c.sources[0].name, "HOST");
}

#[test]
fn a_colon_opens_the_next_paragraph() {
    let text = "The harbour master added:\n\n“Three ships ran aground in the fog.”\n\nTraffic resumed at noon.";
    let claims = run(text);
    check_invariants(text, &claims);
    let c = claim_with(text, &claims, "Three ships");
    assert_eq!(c.sources[0].mention.of(text), "The harbour master");
    let c = claim_with(text, &claims, "Traffic resumed");
    assert!(c.sources.is_empty());
}

#[test]
fn a_credit_line_names_the_quotation_before_it() {
    let text = "“The river took everything we had.”\n― Amara Diallo, 52, farmer\nThe river is still rising.";
    let claims = run(text);
    check_invariants(text, &claims);
    let c = claim_with(text, &claims, "The river took");
    assert_eq!(c.sources[0].name, "Amara Diallo");
    assert_eq!(c.kind, ClaimKind::Quote);
}

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
fn documents_polls_and_quantified_speakers() {
    let text = "A 2019 audit commissioned by the treasury found that 40 clinics had closed.\nTwo-thirds of voters said the tax was unfair.";
    let claims = run(text);
    check_invariants(text, &claims);
    let c = claim_with(text, &claims, "40 clinics had closed");
    assert_eq!(c.sources[0].kind, SourceKind::Document);
    assert_eq!(c.kind, ClaimKind::Statistic);
    let c = claim_with(text, &claims, "the tax was unfair");
    assert!(!c.sources.is_empty());
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
fn saying_beats_an_earlier_verb_of_stance() {
    let text = "The council praised the new budget, which cuts 300 jobs, a spokesman said.";
    let claims = run(text);
    check_invariants(text, &claims);
    let c = claim_with(text, &claims, "praised the new budget");
    assert_eq!(c.sources[0].cue.as_deref(), Some("said"));
}

#[test]
fn the_relay_is_not_a_source() {
    let text = "As reported by Reuters on Monday, the port will close for a week, officials said.";
    let meta = ArticleMeta {
        relayed_from: Some("Reuters".to_string()),
        ..ArticleMeta::default()
    };
    let claims = find_claims(text, &meta, &sentences(text));
    check_invariants(text, &claims);
    let c = claim_with(text, &claims, "the port will close");
    assert_eq!(c.sources.len(), 1);
    assert_eq!(c.sources[0].name, "officials");
    assert!(!c.span.of(text).contains("Reuters"));
}

#[test]
fn citing_names_the_upstream() {
    let text = "Exports fell 9% in March, according to the central bank, citing customs data.";
    let claims = run(text);
    check_invariants(text, &claims);
    let c = claim_with(text, &claims, "Exports fell");
    assert_eq!(c.sources[0].name, "central bank");
    assert_eq!(c.sources[0].via.as_deref(), Some("customs data"));
    assert_eq!(c.sources[0].relation, Relation::AccordingTo);
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
fn a_scaled_share_of_respondents_speaks() {
    let text = "About three in 10 said they would vote early.\n\
Nearly half say the economy is getting worse, the survey found.";
    let claims = run(text);
    check_invariants(text, &claims);
    let c = claim_with(text, &claims, "they would vote early");
    assert_eq!(c.sources[0].mention.of(text), "About three in 10");
    let c = claim_with(text, &claims, "the economy is getting worse");
    assert!(!c.sources.is_empty());
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
fn a_poll_named_in_a_prepositional_phrase() {
    let text = "In a Gallup survey released Tuesday, 61 percent of adults were in debt.\n\
Support fell among retirees, in a study by the Grattan Institute.\n\
In the morning, the minister left for Brussels.";
    let claims = run(text);
    check_invariants(text, &claims);
    let c = claim_with(text, &claims, "61 percent of adults");
    assert_eq!(c.sources[0].kind, SourceKind::Document);
    assert!(!c.span.of(text).contains("Gallup"));
    let c = claim_with(text, &claims, "Support fell");
    assert_eq!(
        c.sources[0].mention.of(text),
        "a study by the Grattan Institute"
    );
    assert!(claim_with(text, &claims, "left for Brussels")
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
fn a_share_of_the_antecedent_speaks() {
    let text = "The levy angered dairy farmers, many of whom say the subsidy came too late.\n\
The board met 40 residents, most of whom said the road was unsafe.";
    let claims = run(text);
    check_invariants(text, &claims);
    let c = claim_with(text, &claims, "the subsidy came too late");
    assert_eq!(c.sources[0].mention.of(text), "many of whom");
    assert_eq!(c.sources[0].name, "dairy farmers");
    assert!(claim_with(text, &claims, "The levy angered")
        .sources
        .is_empty());
    let c = claim_with(text, &claims, "the road was unsafe");
    assert_eq!(c.sources[0].mention.of(text), "most of whom");
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
fn at_least_scales_a_speaking_share() {
    let text = "At least 40 percent said they would stay home.\n\
The count is close, but at least a dozen deputies told Le Monde the bill would pass.";
    let claims = run(text);
    check_invariants(text, &claims);
    let c = claim_with(text, &claims, "they would stay home");
    assert_eq!(c.sources[0].mention.of(text), "At least 40 percent");
    let c = claim_with(text, &claims, "the bill would pass");
    assert_eq!(c.sources[0].mention.of(text), "at least a dozen deputies");
}

#[test]
fn a_transcript_turn_runs_over_paragraphs_spoken_in_person() {
    let text = "HOST: Do you expect the bill to pass?\n\n\
OKAFOR: I think it will pass in March.\n\n\
We have the votes, and my colleagues know it.\n\n\
The bill goes to the Senate floor next week.\n\n\
Roundup: Senators met on Monday.\n\n\
We will know more soon.";
    let claims = run(text);
    check_invariants(text, &claims);
    let c = claim_with(text, &claims, "We have the votes");
    assert_eq!(c.sources[0].mention.of(text), "OKAFOR");
    // the narrator's paragraph ends the turn
    assert!(claim_with(text, &claims, "goes to the Senate floor")
        .sources
        .is_empty());
    // a heading in ordinary capitals is not a transcript label that runs on
    assert!(claim_with(text, &claims, "We will know more soon")
        .sources
        .is_empty());
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
fn a_closing_according_to_is_the_channel_of_speech_and_the_source_of_anything_else() {
    let text = "The agency has found 600 faulty meters, according to the Tribune.\n\
“Is this a priority?” Dlamini said at a rally, according to the Daily Maverick.\n\
The mayor will propose a new tax, according to an aide.";
    let claims = run(text);
    check_invariants(text, &claims);
    let c = claim_with(text, &claims, "600 faulty meters");
    assert_eq!(c.sources[0].mention.of(text), "the Tribune");
    assert!(c.span.of(text).starts_with("The agency"));
    let q = claim_with(text, &claims, "Is this a priority");
    assert_eq!(q.sources[0].mention.of(text), "Dlamini");
    assert_eq!(q.sources[0].via.as_deref(), Some("Daily Maverick"));
    let p = claim_with(text, &claims, "a new tax");
    assert_eq!(p.sources[0].mention.of(text), "an aide");
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
fn a_clause_ending_in_a_colon_announces_the_next_paragraph() {
    let text = "Governor Ruiz issued the following statement:\n\n\
“Our thoughts are with the families. The bridge will be rebuilt.”\n\n\
The council also points out some other figures:\n\n\
Repairs cost $4 million last year.\n\n\
The vote is on Tuesday.";
    let claims = run(text);
    check_invariants(text, &claims);
    let q = claim_with(text, &claims, "The bridge will be rebuilt");
    assert_eq!(q.sources[0].mention.of(text), "Governor Ruiz");
    let f = claim_with(text, &claims, "Repairs cost $4 million");
    assert_eq!(f.sources[0].mention.of(text), "The council");
    // the announcing words are frame, not claims
    assert!(!claims
        .iter()
        .any(|c| c.span.of(text).contains("following statement")));
    assert!(!claims
        .iter()
        .any(|c| c.span.of(text).contains("other figures")));
    assert!(claim_with(text, &claims, "The vote is on Tuesday")
        .sources
        .is_empty());
}
