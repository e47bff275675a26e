//! Firms and bodies named without a word for a body ("Thames Water", "Ofwat, the regulator,"),
//! told from people's names, on sentences written for these tests.

use super::*;

#[test]
fn a_trade_noun_ending_a_name_makes_a_firm() {
    for name in [
        "Thames Water",
        "British Gas",
        "Northern Rail",
        "Qantas Airways",
        "Tata Motors",
        "Murray Goulburn Foods",
        "Bharti Telecom",
        "Hollis Logistics",
        // a company's legal form, at home or abroad
        "Nordwind AG",
        "Halden ASA",
        "Corvane SE",
        "Brightwell Plc",
        // a campaigning body's name
        "Amnesty International",
        "Human Rights Watch",
        "Doctors Without Borders",
    ] {
        assert_eq!(classify(name).0, SourceKind::Organization, "{name}");
        assert_eq!(classify(name).1, name);
    }
    // a person of such a body keeps her name, the body out of it
    let (kind, name, _) = classify("Meenakshi Ganguly of Human Rights Watch");
    assert_eq!(
        (kind, name.as_str()),
        (SourceKind::Person, "Meenakshi Ganguly")
    );
    // surnames that are common nouns stay people's names
    for name in [
        "Ann Baker",
        "Tom Price",
        "Ruth Banks",
        "Ed Young",
        "Lia Steel",
        "Sam Power",
    ] {
        assert_eq!(classify(name).0, SourceKind::Person, "{name}");
    }
}

/// The source `mention` resolves to when `after` follows it, as (name, kind, role).
fn resolved_before(mention: &str, after: &str) -> (String, SourceKind, Option<String>) {
    let mut r = Resolver::default();
    let e = r.resolve_in(mention, 0, "", after).entity;
    let e = &r.entities[e];
    (e.name.clone(), e.kind, e.role.clone())
}

#[test]
fn an_appositive_tells_a_body_from_a_person() {
    let kind = |mention: &str, after: &str| resolved_before(mention, after).1;
    assert_eq!(
        kind("Ofwat", ", the regulator, said the firm had failed."),
        SourceKind::Official
    );
    assert_eq!(
        kind("Ofcom", ", the media watchdog, said the code was breached."),
        SourceKind::Official
    );
    assert_eq!(
        kind("Acme", ", the carmaker, said sales rose."),
        SourceKind::Organization
    );
    assert_eq!(
        kind(
            "Wesfarmers",
            ", Australia's biggest retailer, said profit fell."
        ),
        SourceKind::Organization
    );
    // a person's appositive keeps the person, and gives the role
    assert_eq!(
        resolved_before(
            "Karla Reyes",
            ", a spokeswoman for the mayor, said the road would open."
        ),
        (
            "Karla Reyes".to_string(),
            SourceKind::Person,
            Some("spokeswoman for the mayor".to_string())
        )
    );
    assert_eq!(
        kind("Minyon Moore", ", a senior adviser to the campaign, said."),
        SourceKind::Person
    );
    // a person's post in a body, whatever its last words
    assert_eq!(
        kind(
            "Tiv Verdery",
            ", a senior security official during the Bush administration."
        ),
        SourceKind::Person
    );
    // an age before the appositive; a job whose last word may end an official name
    assert_eq!(
        resolved_before("Priya Nair", ", 34, a teacher from Kochi, said."),
        (
            "Priya Nair".to_string(),
            SourceKind::Person,
            Some("teacher from Kochi".to_string())
        )
    );
    assert_eq!(
        kind("Marv Teske", ", 53, a security guard at a casino, said."),
        SourceKind::Person
    );
    assert_eq!(
        kind(
            "Infosys",
            ", India's second-largest software exporter, said."
        ),
        SourceKind::Organization
    );
    // the appositive of the body inside the mention, not of the person
    assert_eq!(
        kind(
            "Holm Schmied of Berenberg",
            ", Germany's largest private bank, warned."
        ),
        SourceKind::Person
    );
    // a name known for a person's keeps the person
    assert_eq!(
        kind("Ann Lee", ", the carmaker, said sales rose."),
        SourceKind::Person
    );
    // no appositive: a frame set in ("Ofwat, the company said, …") or a new clause
    assert_eq!(
        kind("Ofwat", ", the company said, had failed."),
        SourceKind::Person
    );
    // a role owned by a pronoun or a common noun keeps its post only: the owner means
    // nothing out of its sentence
    assert_eq!(
        resolved_before("Bo Fallon", ", the campaign's press secretary, said.")
            .2
            .as_deref(),
        Some("press secretary")
    );
}

#[test]
fn a_lone_name_taken_up_by_it_is_a_body() {
    let kind = |mention: &str, after: &str| resolved_before(mention, after).1;
    let body = [
        ("Qantas", " said it would cut 2,000 jobs by next year."),
        ("Wesfarmers", " said its profit fell in the half."),
        (
            "Infosys",
            " said on Tuesday that it had hired 5,000 graduates.",
        ),
        (
            "Centrelink",
            " said payments would be late. It blamed a computer fault.",
        ),
        ("Coles", " said it was reviewing its prices."),
        (
            "Kestrel",
            " said prices would rise. The company sells 40,000 boilers a year.",
        ),
        // past a short adjunct opening the next sentence
        (
            "Harrow Keel",
            " denied any wrongdoing. In a statement, the firm said its work was safe.",
        ),
        // "which" takes up no person
        ("Lumen", ", which makes robots, welcomed the fine."),
    ];
    for (mention, after) in body {
        assert_eq!(kind(mention, after), SourceKind::Organization, "{mention}");
    }
    let person = [
        // an "it" that stands for nothing
        ("Okafor", " said it was too early to tell."),
        ("Okafor", " said it would be unfair to guess."),
        ("Okafor", " said it seemed unlikely."),
        ("Okafor", " said it was getting harder to cope."),
        // an "it" inside a quotation, or in the next sentence after a noun spelled as a cue
        (
            "Okafor",
            " said the union rejected the claim. \u{201c}It will fail,\u{201d} Okafor told reporters.",
        ),
        ("Okafor", " rejected the claim. Its timing was odd."),
        // "he" or "she" takes the name up, as "who" does
        ("Okafor", " said it would appeal. She did not say when."),
        ("Okafor", ", who founded the firm, said sales rose."),
        // a person named in full further on
        (
            "Okafor",
            " said it would appeal. Grace Okafor has led the union since 2019.",
        ),
        // "its" further in the sentence, for another body
        (
            "Okafor",
            " said the ministry had failed in its duty to residents.",
        ),
        // "the group" may be the person's own
        (
            "Okafor",
            " said the vote was rigged. The group has filed a complaint.",
        ),
        // a name with an owner is a person at a body
        ("Variety's Gus Cox", " said it would open in Chicago."),
    ];
    for (mention, after) in person {
        assert_eq!(kind(mention, after), SourceKind::Person, "{mention}{after}");
    }
}

#[test]
fn a_capital_or_seat_of_government_speaks_for_it() {
    for name in [
        "Beijing",
        "Moscow",
        "New Delhi",
        "Scotland Yard",
        "South Block",
    ] {
        assert_eq!(classify(name).0, SourceKind::Official, "{name}");
    }
    // a capital as a surname, and capitals that are common names, stay people's
    assert_eq!(classify("Irving Berlin").0, SourceKind::Person);
    assert_eq!(classify("Washington").0, SourceKind::Person);
}

#[test]
fn initials_and_a_capitalised_the_name_bodies() {
    for (mention, name) in [
        ("The RSF", "RSF"),
        ("PTI", "PTI"),
        ("The BJP", "BJP"),
        ("BFMTV", "BFMTV"),
        ("The United Nations", "United Nations"),
        ("The American Legion", "American Legion"),
    ] {
        let (kind, got, _) = classify(mention);
        assert_eq!(kind, SourceKind::Organization, "{mention}");
        assert_eq!(got, name);
    }
    // a transcript's speaker in capitals, and a reporter of a paper's, are people
    for mention in ["RAMOS", "TRUMP", "The Post's Dana Milbank"] {
        assert_eq!(classify(mention).0, SourceKind::Person, "{mention}");
    }
}

#[test]
fn a_noun_for_a_firm_takes_up_a_bank_or_an_agency_of_government() {
    // "the bank" is a firm's noun, as "the lender" is
    let text = "Acme Capital said the figure was wrong. The bank expects growth of 2%.";
    assert_eq!(
        resolve_last(text, &["Acme Capital"], "The bank"),
        "Acme Capital"
    );
    // a name that "its" follows in its clause is a body's, though no source yet
    let text = "Goldman Sachs cut its forecast on Monday. The bank now expects growth of 2%.";
    assert_eq!(resolve_last(text, &[], "The bank"), "Goldman Sachs");
    // "the agency" may be a government's
    let text = "The EPA said the rule would take effect in May. The agency expects challenges.";
    assert_eq!(resolve_last(text, &["The EPA"], "The agency"), "EPA");
    // a preposition opening the sentence is no firm's name
    let text = "In the Wells Fargo case, fees were charged. The bank said it fired staff.";
    assert_ne!(resolve_last(text, &[], "The bank"), "In");
}

#[test]
fn a_research_team_at_a_named_body_is_that_body_on_the_record() {
    for (mention, name, kind) in [
        (
            "Analysts at Morland Securities",
            "Morland Securities",
            SourceKind::Organization,
        ),
        (
            "economists at Jefferies",
            "Jefferies",
            SourceKind::Organization,
        ),
        (
            "strategists at the Treasury Department",
            "Treasury Department",
            SourceKind::Official,
        ),
    ] {
        let (got, got_name, role) = classify(mention);
        assert_eq!((got, got_name.as_str()), (kind, name), "{mention}");
        assert!(role.is_some(), "{mention}");
    }
    // people of no research trade stay unnamed
    assert_eq!(
        classify("Teachers at Lincoln High").0,
        SourceKind::UnnamedGroup
    );
}

#[test]
fn a_household_firms_name_alone_is_an_organization() {
    for name in [
        "Goldman Sachs",
        "Morgan Stanley",
        "Deloitte",
        "Barclays",
        "Pfizer",
        "JPMorgan Chase",
    ] {
        assert_eq!(
            classify(name),
            (SourceKind::Organization, name.into(), None)
        );
        let after = " said its profits rose.";
        assert_eq!(resolved_before(name, after).1, SourceKind::Organization);
    }
    // a description before the name is its role
    assert_eq!(
        classify("US drugmaker Pfizer"),
        (
            SourceKind::Organization,
            "Pfizer".into(),
            Some("US drugmaker".into())
        )
    );
    // a name that only ends on a firm's is no firm's
    assert_eq!(classify("Nadia Shell").0, SourceKind::Person);
}

#[test]
fn a_firms_name_that_is_a_surname_is_a_firm_only_alone() {
    let after = " said the plant would close.";
    for name in ["Ford", "Dell", "Disney"] {
        assert_eq!(resolved_before(name, after).1, SourceKind::Organization);
    }
    // a given name or a title before it makes a person of it
    for name in ["Harrison Ford", "Mr. Ford", "Michael Dell", "Ms. Disney"] {
        assert_eq!(resolved_before(name, after).1, SourceKind::Person, "{name}");
    }
    // as does a person named in full before, or called "Mr. Dell" after
    let text = "Michael Dell spoke at the dinner. Dell said sales fell.";
    assert_eq!(resolve_last(text, &[], "Dell"), "Michael Dell");
    let (_, kind, _) = resolved_before("Dell", " said sales fell. Mr. Dell smiled.");
    assert_eq!(kind, SourceKind::Person);
}

#[test]
fn a_word_for_a_body_inside_a_short_name_makes_a_body() {
    for (mention, name) in [
        ("Major League Baseball", "Major League Baseball"),
        ("Team Sky", "Team Sky"),
        ("Team Ortiz's", "Team Ortiz"),
        ("Super League Europe", "Super League Europe"),
    ] {
        let (kind, got, _) = classify(mention);
        assert_eq!((kind, got.as_str()), (SourceKind::Organization, name));
    }
    // a given name, a title, a body's person or a person's office stays a person's
    for mention in [
        "Ann Team Lee",
        "Coach Team Lee",
        "Harbor PAC's Lund",
        "the treasurer of the Team Quill",
    ] {
        assert_ne!(classify(mention).0, SourceKind::Organization, "{mention}");
    }
}

#[test]
fn they_takes_up_people_named_after_a_firm() {
    let text = "Nordwind AG said the talks went well. Drivers objected to the new rota. \
They also said that the depot was unsafe.";
    assert_eq!(resolve_last(text, &["Nordwind AG"], "They"), "Drivers");
    // with no people named since, the firm keeps "they"
    let text = "Nordwind AG said the talks went well. They also said that the depot was safe.";
    assert_eq!(resolve_last(text, &["Nordwind AG"], "They"), "Nordwind AG");
}

#[test]
fn a_word_for_a_firm_before_a_name_gives_the_firm() {
    for (m, name, role) in [
        ("the research firm Brellix", "Brellix", "research firm"),
        ("its parent company Quorra", "Quorra", "parent company"),
    ] {
        let (kind, n, r) = classify(m);
        assert_eq!(
            (kind, n.as_str(), r.as_deref()),
            (SourceKind::Organization, name, Some(role))
        );
    }
    // a person of the firm is the person
    assert_eq!(classify("company chairman Ann Lee").0, SourceKind::Person);
}
