//! Whole passages in several outlets' styles: sources of every kind, relays, chains, hedges.

use super::*;

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
    // her post is her role; the relative clause after it is a claim of its own
    let side = claim_with(text, &claims, "who designed part of the dyke");
    assert!(side.sources.is_empty());
    assert!(!side.span.of(text).contains("engineer"));
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
fn a_relative_clause_with_a_frame_leaves_its_subject_and_verb_one_claim() {
    let text = "The mayor, who has complained that the rules are unfair, welcomed the ruling.";
    let claims = run(text);
    check_invariants(text, &claims);
    assert_eq!(claims.len(), 2);
    let outer = claim_with(text, &claims, "welcomed the ruling");
    assert_eq!(outer.text(text), "The mayor welcomed the ruling.");
    assert!(outer.sources.is_empty());
    let said = claim_with(text, &claims, "the rules are unfair");
    assert_eq!(said.sources[0].name, "the mayor");
}

#[test]
fn a_clause_split_off_after_and_does_not_open_with_the_coordinator() {
    let text = "Dementia affects about 944,000 people, according to the Alzheimer's Society, and the number is expected to pass one million by 2030. But the cost is falling.";
    let claims = run(text);
    check_invariants(text, &claims);
    let c = claim_with(text, &claims, "the number is expected");
    assert_eq!(
        c.text(text),
        "the number is expected to pass one million by 2030."
    );
    assert_eq!(c.sources[0].name, "Alzheimer's Society");
    // a sentence opening with "But" is the writer's and keeps it
    let c = claim_with(text, &claims, "the cost is falling");
    assert_eq!(c.text(text), "But the cost is falling.");
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
    // a common noun for a body keeps its determiner
    assert_eq!(c.sources[0].name, "the central bank");
    assert_eq!(c.sources[0].via.as_deref(), Some("customs data"));
    assert_eq!(c.sources[0].relation, Relation::AccordingTo);
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
fn a_firm_named_with_an_ampersand_and_an_airline_in_a_wire_story() {
    let text = "SkyJet grounded its jets on Sunday, the airline said.\n\
Engine maker Pratt & Whitney did not respond to a request for comment.\n\
Procter & Gamble said sales rose.";
    let claims = run(text);
    check_invariants(text, &claims);
    let c = claim_with(text, &claims, "grounded its jets");
    assert_eq!(c.sources[0].kind, SourceKind::Organization);
    let nc = claim_with(text, &claims, "did not respond");
    assert_eq!(nc.kind, ClaimKind::NoComment);
    assert_eq!(nc.sources[0].name, "Pratt & Whitney");
    assert_eq!(nc.sources[0].kind, SourceKind::Organization);
    let c = claim_with(text, &claims, "sales rose");
    assert_eq!(c.sources[0].name, "Procter & Gamble");
}

#[test]
fn a_role_set_off_after_a_name_loses_its_article() {
    let text = "Air is cleaner, said Mark Osei, an epidemiologist at the college.";
    let claims = run(text);
    check_invariants(text, &claims);
    let c = claim_with(text, &claims, "Air is cleaner");
    assert_eq!(c.sources[0].name, "Mark Osei");
    assert_eq!(
        c.sources[0].role.as_deref(),
        Some("epidemiologist at the college")
    );
}

#[test]
fn a_wire_reporting_citing_its_own_source_keeps_it_as_via() {
    let text = "Heavy rain loosened the hillside, the Xinhua news agency reported, citing local authorities.\nThe plan was dropped, the agency reported, citing two people familiar with the matter.\nChip sales rose 8%, the company said, citing strong demand for servers.";
    let claims = run(text);
    check_invariants(text, &claims);
    let c = claim_with(text, &claims, "loosened the hillside");
    assert_eq!(c.sources[0].via.as_deref(), Some("local authorities"));
    let c = claim_with(text, &claims, "The plan was dropped");
    assert_eq!(
        c.sources[0].via.as_deref(),
        Some("two people familiar with the matter")
    );
    // a reason given is no source
    let c = claim_with(text, &claims, "Chip sales");
    assert_eq!(c.sources[0].via, None);
    // the same after the content of a frame that opens the sentence
    let text = "The Information reported that a customer was cutting orders, citing people familiar with the matter.\nThe company said sales rose, citing strong demand for chips.";
    let claims = run(text);
    check_invariants(text, &claims);
    let c = claim_with(text, &claims, "cutting orders");
    assert_eq!(c.text(text), "a customer was cutting orders");
    assert_eq!(
        c.sources[0].via.as_deref(),
        Some("people familiar with the matter")
    );
    let c = claim_with(text, &claims, "sales rose");
    assert_eq!(c.sources[0].via, None);
}

#[test]
fn the_who_is_the_world_health_organization_not_a_relative_pronoun() {
    let text = "Cholera spreads in Sudan, WHO says\nCases rose by 20%, the WHO said.\nA senior WHO official, speaking on condition of anonymity, said the risk was low.\nWHO Director-General Tedros Adhanom Ghebreyesus said the outbreak was not yet under control.";
    let claims = run(text);
    check_invariants(text, &claims);
    for needle in ["Cholera spreads", "Cases rose"] {
        let c = claim_with(text, &claims, needle);
        assert_eq!(c.sources[0].name, "WHO", "{needle}");
        assert_eq!(c.sources[0].kind, SourceKind::Organization);
        assert!(!c.text(text).contains("said") && !c.text(text).contains("says"));
    }
    let c = claim_with(text, &claims, "the risk was low");
    assert_eq!(c.sources[0].kind, SourceKind::Anonymous);
    // a hyphenated title before the name is a role
    let c = claim_with(text, &claims, "not yet under control");
    assert_eq!(c.sources[0].name, "Tedros Adhanom Ghebreyesus");
    assert_eq!(c.sources[0].kind, SourceKind::Person);
}

#[test]
fn a_box_of_bullet_points_gives_one_claim_per_point_and_no_marker_speaks() {
    let text = "The council met on Monday.\n\nKey points:\n- Bus fares rose 12% in March\n- \
                The union says the mayor should resign\n\nWhat we know:\n• Officials say 30 \
                shops were shut\n";
    let claims = crate::extract::extract(text).claims;
    let texts: Vec<String> = claims.iter().map(|c| c.text(text)).collect();
    for want in [
        "Bus fares rose 12% in March",
        "the mayor should resign",
        "30 shops were shut",
    ] {
        assert!(texts.iter().any(|t| t == want), "{texts:?}");
    }
    assert!(!texts
        .iter()
        .any(|t| t.contains("Key points") || t.contains("What we know")));
    for c in &claims {
        for s in &c.sources {
            let cue = s.cue.as_deref().unwrap_or("");
            assert!(!cue.starts_with(['-', '•']) && !s.mention.of(text).starts_with(['-', '•']));
        }
    }
}
