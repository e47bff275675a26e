//! Names read as people's by their words that the text writes as bodies' ("Nexora
//! Semiconductor …. Nexora said", "Manchester United have …. United said"), on sentences
//! written for these tests.

use super::*;

/// The sources that `mentions` resolve to, each found in `text` after the one before where
/// no capitalised word comes before it and a comma, a full stop or a lower-case word follows it, with the
/// text before and after it in view: (name, kind) for each.
pub(super) fn sources(text: &str, mentions: &[&str]) -> Vec<(String, SourceKind)> {
    let mut r = Resolver::default();
    let mut from = 0;
    mentions
        .iter()
        .map(|m| {
            let at = text[from..]
                .match_indices(m)
                .map(|(i, _)| from + i)
                .find(|&i| {
                    let rest = &text[i + m.len()..];
                    let prev = text[..i].trim_end().rsplit(' ').next().unwrap_or("");
                    (rest.starts_with([',', '.']) || rest.starts_with(' ') && !is_cap(&rest[1..]))
                        && (!is_cap(prev) || prev.ends_with('.'))
                })
                .expect("mention in the text");
            from = at + m.len();
            let e = r.resolve_in(m, at, &text[..at], &text[from..]).entity;
            (r.entities[e].name.clone(), r.entities[e].kind)
        })
        .collect()
}

pub(super) fn body(name: &str) -> (String, SourceKind) {
    (name.to_string(), SourceKind::Organization)
}

fn person(name: &str) -> (String, SourceKind) {
    (name.to_string(), SourceKind::Person)
}

#[test]
fn a_lone_name_opening_a_firms_name_written_before_is_that_firm() {
    // the fuller name only written in the text: a trade word or a word for a company ends it
    let text = "Nexora Semiconductor cut its sales forecast on Tuesday.\n\nNexora said \
                revenue fell 12 percent.";
    assert_eq!(sources(text, &["Nexora"]), [body("Nexora Semiconductor")]);
    let text = "Shares in Halvorsen Group fell on Monday. Halvorsen said the writedown would \
                not touch the dividend.";
    assert_eq!(sources(text, &["Halvorsen"]), [body("Halvorsen Group")]);
    // a company's legal form ends its fuller name too
    let text = "Shares in Nordwind AG fell 14%. Nordwind said steel costs had risen.";
    assert_eq!(sources(text, &["Nordwind"]), [body("Nordwind AG")]);
    // a startup's "Labs", "Robotics" or "Solutions" is a trade as "Motors" is
    let text = "Orbit is in talks to buy Lumen Labs. Lumen did not respond to an email.";
    assert_eq!(sources(text, &["Lumen"]), [body("Lumen Labs")]);
    // or the text takes the fuller name up as a body
    let text = "Kestrel Boilers cut its forecast. Kestrel said demand had slowed.";
    assert_eq!(sources(text, &["Kestrel"]), [body("Kestrel Boilers")]);
    // the fuller name was a source already: the same source
    let text = "Nexora Semiconductor said demand was weak. Nexora said revenue fell.";
    let got = sources(text, &["Nexora Semiconductor", "Nexora"]);
    assert_eq!(
        got,
        [body("Nexora Semiconductor"), body("Nexora Semiconductor")]
    );
    let text = "Nexora Semiconductor cut its forecast.\n\nNexora said revenue fell 12 percent.";
    assert_eq!(sources(text, &["Nexora"]), [body("Nexora Semiconductor")]);
}

#[test]
fn a_persons_full_name_or_a_body_named_after_a_person_keeps_the_person() {
    let text = "Maria Lindqvist, an analyst, said the cut was larger than expected. Lindqvist \
                said investors would sell.";
    let got = sources(text, &["Maria Lindqvist", "Lindqvist"]);
    assert_eq!(got, [person("Maria Lindqvist"), person("Maria Lindqvist")]);
    // a foundation or a campaign may bear its founder's name
    let text = "The Okonjo Foundation gave $2 million. Okonjo said the money would build \
                schools.";
    assert_eq!(sources(text, &["Okonjo"]), [person("Okonjo")]);
    // a name inside a longer name opens nothing
    let text = "Ratan Tata Trust gave $2 million. Tata said the money would build schools.";
    assert_eq!(sources(text, &["Tata"]), [person("Ratan Tata")]);
    // "Mr. Nexora" further on is a person
    let text = "Nexora Semiconductor cut its forecast. Nexora said he would stay on. Mr. Nexora \
                founded the firm.";
    assert_eq!(sources(text, &["Nexora"]), [person("Nexora")]);
}

#[test]
fn a_name_taking_a_plural_verb_is_a_body() {
    // the full name found for a lone word is a body's
    let text = "Manchester United have sacked their head coach after six defeats.\n\nUnited said \
                the board took the decision. The former coach said he was disappointed.";
    let got = sources(text, &["United", "The former coach"]);
    assert_eq!(got[0], body("Manchester United"));
    assert_ne!(got[1].0, "Manchester United");
    let text = "Blackburn Rovers sacked their manager on Sunday. Rovers said a new one would \
                start in May.";
    assert_eq!(sources(text, &["Rovers"]), [body("Blackburn Rovers")]);
    // the name mentioned as the subject of "have", "are" or "were" is a body
    let text = "Arsenal have said the fee was a club record.";
    assert_eq!(sources(text, &["Arsenal"]), [body("Arsenal")]);
    let text = "The vote was close.\n\nLabour have said they will publish the accounts.";
    assert_eq!(sources(text, &["Labour"]), [body("Labour")]);
    // the name written earlier as the subject of a plural verb
    let text = "Celtic have appointed a new manager, the champions said. Celtic said he would \
                start on Monday.";
    assert_eq!(
        sources(text, &["the champions", "Celtic"])[1],
        body("Celtic")
    );
    let text = "After the vote, Halden Athletic were quick to say the ground would stay open.";
    assert_eq!(
        sources(text, &["Halden Athletic"]),
        [body("Halden Athletic")]
    );
}

#[test]
fn a_plural_verb_after_names_joined_or_governed_shows_no_body() {
    // several people joined, a name after a title or a preposition, a condition
    let text = "Ann Smith and Bob Lee have denied the claims. Lee said the audit was fair.";
    assert_eq!(sources(text, &["Lee"]), [person("Bob Lee")]);
    let text = "Rebuttals from Dele Okafor are rarely heard. Okafor said the audit was fair.";
    assert_eq!(sources(text, &["Okafor"]), [person("Dele Okafor")]);
    let text = "Sen. Dele Okafor were to resign, aides said. Okafor said the audit was fair.";
    assert_eq!(sources(text, &["Okafor"]), [person("Dele Okafor")]);
    let text = "Okafor and Smith have said the audit was fair.";
    let mut r = Resolver::default();
    let at = text.find("Smith").unwrap_or(0);
    let e = r
        .resolve_in("Smith", at, &text[..at], &text[at + 5..])
        .entity;
    assert_eq!(r.entities[e].kind, SourceKind::Person);
    // a plural noun opening a sentence, a family
    let text = "The Okafors have said the audit was fair.";
    assert_eq!(sources(text, &["The Okafors"])[0].1, SourceKind::Person);
    // "their" after a known given name may be anyone's
    let text = "Maria Lindqvist praised their work. Lindqvist said the audit was fair.";
    assert_eq!(sources(text, &["Lindqvist"]), [person("Maria Lindqvist")]);
}

#[test]
fn the_arabic_article_opening_a_name_makes_a_body_and_al_gore_stays_a_person() {
    let text = "Al Qaeda claimed the bombing on Sunday. al-Qaida said two of its men died.";
    assert_eq!(
        sources(text, &["Al Qaeda", "al-Qaida"]),
        [body("Al Qaeda"), body("al-Qaida")]
    );
    let text = "Fighting resumed. Al-Shabaab, which controls the south, said it had won.";
    assert_eq!(sources(text, &["Al-Shabaab"]), [body("Al-Shabaab")]);
    let text = "Al Gore said the summit must act. Al Sharpton said the march would go on.";
    assert_eq!(
        sources(text, &["Al Gore", "Al Sharpton"]),
        [person("Al Gore"), person("Al Sharpton")]
    );
    // nor is it a man's full name for a surname or for "he"
    let text = "John Brandt led the surge when Al Qaeda in Iraq was at its height. But";
    assert_eq!(
        last_gendered_name(text, Gender::Male).as_deref(),
        Some("John Brandt")
    );
    assert_eq!(
        full_name_before("Al Qaeda claimed it. Qaeda", "Qaeda"),
        None
    );
    // a person named in full under the name
    let text = "Omar Al Nusra spoke first. Al Nusra said the talks had failed.";
    assert_eq!(sources(text, &["Al Nusra"])[0].1, SourceKind::Person);
}

#[test]
fn a_firm_named_in_the_possessive_owning_nothing_is_a_body() {
    let text = "Bread will cost less from Monday, according to Sainsbury's.";
    assert_eq!(sources(text, &["Sainsbury's"]), [body("Sainsbury's")]);
    let text = "\"We are cutting prices,\" said McDonald’s.";
    assert_eq!(sources(text, &["McDonald’s"]), [body("McDonald’s")]);
    let mut r = Resolver::default();
    let e = r
        .resolve_in("Sainsbury's", 0, "", " said it would cut prices.")
        .entity;
    assert_eq!(r.entities[e].kind, SourceKind::Organization);
    // the verb ending the sentence after the content ("…, Sainsbury's said.")
    let mut r = Resolver::default();
    let e = r
        .resolve_in("Sainsbury's", 15, "Sales fell 2%, ", " said.")
        .entity;
    assert_eq!(r.entities[e].name, "Sainsbury's");
    assert_eq!(r.entities[e].kind, SourceKind::Organization);
    // a possessor of what is said, a given name, a person the text knows
    let mut r = Resolver::default();
    let e = r.resolve_in("Okafor's", 0, "", " plan to cut taxes").entity;
    assert_eq!(r.entities[e].kind, SourceKind::Person);
    let text = "Taxes will fall, according to Hillary's.";
    assert_eq!(sources(text, &["Hillary's"])[0].1, SourceKind::Person);
    let text = "Dele Okafor spoke first. Taxes will fall, according to Okafor's.";
    assert_eq!(sources(text, &["Okafor's"])[0].1, SourceKind::Person);
}

#[test]
fn an_office_named_with_capitals_is_a_name_without_its_article() {
    let text = "Trains were late, according to the Office of Rail and Road.";
    assert_eq!(
        sources(text, &["the Office of Rail and Road"]),
        [("Office of Rail and Road".to_string(), SourceKind::Official)]
    );
    // an office described in lower case is no name
    let (kind, name, _) = classify("the office of the regional governor");
    assert_eq!(
        (kind, name.as_str()),
        (SourceKind::Official, "the office of the regional governor")
    );
}

#[test]
fn the_company_is_the_firm_its_sentence_opens_on() {
    let text = "The trial was funded by the drugmaker Novex. Novex plans to seek approval this \
                year, the company said.";
    let found = sources(text, &["the company"]);
    assert_eq!(found[0], ("Novex".to_string(), SourceKind::Organization));
    let text = "Acme Motors will cut 900 jobs, the company said.";
    assert_eq!(sources(text, &["the company"])[0].0, "Acme Motors");
    // a club, whose name may be a given name too when its verb is plural ("Chelsea have")
    let text = "Arsenal beat Chelsea on Sunday. Chelsea have sacked their manager, the club said.";
    assert_eq!(
        sources(text, &["the club"])[0],
        ("Chelsea".to_string(), SourceKind::Organization)
    );
    // or the sentence before
    let text = "Acme Technologies is not hurting. But the company says it fears a loss.";
    let mut r = Resolver::default();
    let at = text.find("the company").unwrap();
    let e = r.resolve("the company", at, &text[..at]).entity;
    assert_eq!(r.entities[e].name, "Acme Technologies");
    // an opening adjunct, a person's name, a capitalised common noun: no firm
    for (text, mention) in [
        ("On Tuesday, the company said", "the company"),
        ("Jane Ortiz will step down, the company said", "the company"),
        ("Shares rose 6% on Monday, the company said", "the company"),
        (
            "Tom Lee Assem joined in May. Assem had flown 900 hours, the airline said",
            "the airline",
        ),
    ] {
        let mut r = Resolver::default();
        let at = text.find(mention).unwrap();
        let e = r.resolve(mention, at, &text[..at]).entity;
        let name = &r.entities[e].name;
        assert!(
            !["On Tuesday", "Jane Ortiz", "Shares", "Assem"].contains(&name.as_str()),
            "{text}: {name}"
        );
    }
}

#[test]
fn the_company_is_no_agency_quoted_last() {
    let text = "Heart disease kills millions, the World Health Organization said. The drug will \
                cost less next year, the company said.";
    let found = sources(text, &["the World Health Organization", "the company"]);
    assert_ne!(found[1].0, "World Health Organization");
}

#[test]
fn the_company_takes_up_the_firm_past_a_union_quoted_since() {
    let text = "Tarvell Mills said its offer was fair. The union said the offer was low. A \
                spokeswoman for the company said talks would resume.";
    let found = sources(
        text,
        &[
            "Tarvell Mills",
            "The union",
            "A spokeswoman for the company",
        ],
    );
    assert_eq!(found[2], body("Tarvell Mills spokeswoman"));
    let text = "Tarvell Mills said its offer was fair. The union said the offer was low. The \
                company said talks would resume.";
    let found = sources(text, &["Tarvell Mills", "The union", "The company"]);
    assert_eq!(found[2], body("Tarvell Mills"));
}

#[test]
fn a_body_described_by_its_cause_is_the_one_just_named() {
    let text = "Justice Now International said 40 people died. The rights group said it had \
                spoken to 61 witnesses.";
    let found = sources(text, &["Justice Now International", "The rights group"]);
    assert_eq!(found[1], body("Justice Now International"));
    // a lone name the next sentence describes so is a body
    let text = "Caritasia said the camps were full. The aid group said it needed more funds.";
    let found = sources(text, &["Caritasia", "The aid group"]);
    assert_eq!(found[1], body("Caritasia"));
    // a firm is no rights group
    let text = "Acme Corp said its plant was safe. The rights group said workers were ill.";
    let found = sources(text, &["Acme Corp", "The rights group"]);
    assert_ne!(found[1].0, "Acme Corp");
}

#[test]
fn the_group_is_a_body_named_since_a_described_one() {
    let text = "The rights group said 40 people died. Freedom Monitor International said it \
                counted 36. The group said the unit was trained abroad.";
    let found = sources(
        text,
        &[
            "The rights group",
            "Freedom Monitor International",
            "The group",
        ],
    );
    assert_eq!(found[2], body("Freedom Monitor International"));
}

#[test]
fn people_of_a_calling_named_for_a_body_are_no_body() {
    // "Immigration" names a body, but lawyers who practise it are an unnamed group
    assert_eq!(classify("Immigration lawyers").0, SourceKind::UnnamedGroup);
    assert_eq!(classify("Immigration officials").0, SourceKind::Anonymous);
    assert_eq!(classify("the Immigration Service").0, SourceKind::Official);
}

#[test]
fn a_group_polled_by_an_outlet_is_the_group() {
    // the consensus of business copy: the analysts speak, the outlet only asked them
    assert_eq!(
        classify("Economists polled by Reuters").0,
        SourceKind::UnnamedGroup
    );
    assert_eq!(
        classify("Analysts polled by LSEG").0,
        SourceKind::UnnamedGroup
    );
}

#[test]
fn an_advocacy_groups_name_of_people_for_a_cause_is_an_organization() {
    assert_eq!(
        classify("Patients for Affordable Drugs").0,
        SourceKind::Organization
    );
    assert_eq!(
        classify("Families for Safe Streets").0,
        SourceKind::Organization
    );
    assert_eq!(classify("Patients for years").0, SourceKind::UnnamedGroup);
}

#[test]
fn military_staffs_and_commands_are_official_and_an_occupation_after_a_is_unnamed() {
    for m in [
        "Ukraine's General Staff",
        "The General Staff",
        "South Korea's Joint Chiefs of Staff",
        "The theatre command",
        "The Eastern Theatre Command",
    ] {
        assert_eq!(classify(m).0, SourceKind::Official, "{m}");
    }
    // the people of a staff are no body
    assert_eq!(classify("The staff").0, SourceKind::Anonymous);
    // "military" makes no blogger an office
    for m in ["A prominent Russian military blogger", "A military blogger"] {
        assert_eq!(classify(m).0, SourceKind::Anonymous, "{m}");
    }
    for m in [
        "an official handout",
        "the union's rulebook",
        "the Aviation Safety Network database",
        "the government gazette",
        "a ministry circular",
        "the party's manifesto",
    ] {
        assert_eq!(classify(m).0, SourceKind::Document, "{m}");
    }
    // a parliament's opposition is its party, no person named "The Opposition"
    assert_eq!(classify("The Opposition").0, SourceKind::Organization);
    assert_eq!(
        classify("Opposition supporters").0,
        SourceKind::UnnamedGroup
    );
}

#[test]
fn a_plural_for_a_name_is_an_advocacy_body_and_it_takes_it_up() {
    let text = "The FAA said it would respond. Airline industry group Airlines for America said \
                it opposed staffing floors. It said ";
    let mut r = Resolver::default();
    let faa = r.resolve("The FAA", 0, "").entity;
    let at = text.find("Airline industry").unwrap();
    let m = "Airline industry group Airlines for America";
    let a4a = r.resolve(m, at, &text[..at]).entity;
    assert_eq!(r.entities[a4a].name, "Airlines for America");
    assert_eq!(r.entities[a4a].kind, SourceKind::Organization);
    let at = text.rfind("It").unwrap();
    let it = r.resolve("It", at, &text[..at]).entity;
    assert_eq!(it, a4a);
    assert_ne!(it, faa);
    // people who act for someone are no body
    assert_ne!(
        classify("Attorneys for Clinton").0,
        SourceKind::Organization
    );
    assert_ne!(
        classify("Executives for Mondelez").0,
        SourceKind::Organization
    );
}

#[test]
fn a_headline_body_loses_its_noun_to_the_body_the_story_named_since() {
    let text = "Governing party claims win as rivals cry foul\n\nThe UDP rejected the count. In a \
                statement, the party said ";
    let mut r = Resolver::default();
    let at = text.find("The UDP").expect("UDP");
    let udp = r.resolve("The UDP", at, &text[..at]);
    let at = text.rfind("the party").expect("party");
    let party = r.resolve("the party", at, &text[..at]);
    assert_eq!(party.entity, udp.entity);
    // a first line that ends a sentence is the story's own, and keeps its owner
    let text = "The Lee campaign said the count was fair.\nThe UDP rejected the count. The \
                campaign said ";
    let mut r = Resolver::default();
    let at = text.find("The UDP").expect("UDP");
    let udp = r.resolve("The UDP", at, &text[..at]);
    let at = text.rfind("campaign").expect("campaign") - 4;
    let campaign = r.resolve("The campaign", at, &text[..at]);
    assert_ne!(campaign.entity, udp.entity);
}
