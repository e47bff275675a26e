//! Classification of mentions: the kind, canonical name and role [`classify`] gives.

use super::*;

#[test]
fn classifies_kinds() {
    let cases = [
        ("an intelligence source", SourceKind::Anonymous),
        (
            "a senior official who asked not to be named",
            SourceKind::Anonymous,
        ),
        ("people familiar with the matter", SourceKind::Anonymous),
        (
            "more than a dozen people who know this",
            SourceKind::Anonymous,
        ),
        ("authorities", SourceKind::UnnamedGroup),
        ("French authorities", SourceKind::UnnamedGroup),
        ("many security experts", SourceKind::UnnamedGroup),
        ("Republicans", SourceKind::UnnamedGroup),
        ("the French Interior Ministry", SourceKind::Official),
        ("Paris police", SourceKind::Official),
        (
            "the Kenya Tea Growers Association",
            SourceKind::Organization,
        ),
        ("Reuters", SourceKind::Media),
        ("state media", SourceKind::UnnamedGroup),
        ("Xinhua news agency", SourceKind::Media),
        ("the Sun-Times", SourceKind::Media),
        ("a villager", SourceKind::Anonymous),
        ("The Baltimore Sun", SourceKind::Media),
        ("a report by the auditor", SourceKind::Document),
        ("Mayor Ines Duarte", SourceKind::Person),
        ("Rep. Gwen Adler (D-Wis.)", SourceKind::Person),
        ("Mr. King", SourceKind::Person),
        ("Charlie King", SourceKind::Person),
        ("the Indiana governor", SourceKind::Person),
        ("a New York judge", SourceKind::Anonymous),
        ("Lee's campaign manager", SourceKind::Person),
        ("Ann Lee's campaign chief", SourceKind::Person),
        ("a Labour Party organizer", SourceKind::Anonymous),
        ("aid groups", SourceKind::UnnamedGroup),
        ("engineers", SourceKind::UnnamedGroup),
    ];
    for (m, k) in cases {
        assert_eq!(classify(m).0, k, "{m}");
    }
}

#[test]
fn cleans_mentions() {
    assert_eq!(classify("Although Scott Perry").1, "Scott Perry");
    assert_eq!(classify("Sen. Ann Lee (D-Ore.)").1, "Ann Lee");
    assert_eq!(classify("and the report").0, SourceKind::Document);
}

#[test]
fn countries_speak_as_governments() {
    assert_eq!(classify("China").0, SourceKind::Official);
    assert_eq!(
        classify("the United States"),
        (SourceKind::Official, "United States".into(), None)
    );
    assert_eq!(classify("South Korea").0, SourceKind::Official);
    // a person named after a place is still a person
    assert_eq!(classify("Ann France").0, SourceKind::Person);
}

#[test]
fn a_document_with_its_maker() {
    let (kind, name, _) = classify("an Ipsos poll released Monday");
    assert_eq!(kind, SourceKind::Document);
    assert_eq!(name, "an Ipsos poll released Monday");
    assert_eq!(
        classify("a study by the Grattan Institute").0,
        SourceKind::Document
    );
    assert_eq!(
        classify("the Grattan Institute").0,
        SourceKind::Organization
    );
}

#[test]
fn splits_role_from_name() {
    let (kind, name, role) = classify("Lisbon fire chief Marta Reis");
    assert_eq!(kind, SourceKind::Person);
    assert_eq!(name, "Marta Reis");
    assert_eq!(role.as_deref(), Some("Lisbon fire chief"));
}

#[test]
fn a_role_tied_to_a_place_or_body_is_not_a_name() {
    let (kind, name, _) = classify("a bus driver from Lodi, Calif.");
    assert_eq!(kind, SourceKind::Anonymous);
    assert_eq!(name, "a bus driver from Lodi, Calif.");
    assert_eq!(
        classify("a longtime adviser to both Smiths").0,
        SourceKind::Anonymous
    );
    assert_eq!(
        classify("chairman of the Harbor Rowing Club").0,
        SourceKind::Unknown
    );
    // (members of a named body are a group of it, not anonymous people who know)
    assert_eq!(
        classify("three Democratic members of Congress from Ohio").0,
        SourceKind::UnnamedGroup
    );
    // a name closing the mention is still the source's own
    let (kind, name, _) = classify("former secretary of state Ann Lee");
    assert_eq!((kind, name.as_str()), (SourceKind::Person, "Ann Lee"));
    // a document with its makers stays a document
    assert_ne!(
        classify("a study last year by economists at Tulane University").0,
        SourceKind::UnnamedGroup
    );
}

#[test]
fn bodies_named_with_a_preposition_or_the_are_not_people() {
    let cases = [
        (
            "the Department of Agriculture",
            SourceKind::Official,
            "Department of Agriculture",
        ),
        (
            "the Bank of Portugal",
            SourceKind::Organization,
            "Bank of Portugal",
        ),
        (
            "the Center for Coastal Studies",
            SourceKind::Organization,
            "Center for Coastal Studies",
        ),
        (
            "The Commission on Rural Roads",
            SourceKind::Official,
            "Commission on Rural Roads",
        ),
        ("the Evening Caller", SourceKind::Media, "Evening Caller"),
        ("Gallup", SourceKind::Organization, "Gallup"),
        (
            "Norway and Denmark",
            SourceKind::Official,
            "Norway and Denmark",
        ),
    ];
    for (m, kind, name) in cases {
        assert_eq!(classify(m).0, kind, "{m}");
        assert_eq!(classify(m).1, name, "{m}");
    }
    // a person from a place keeps being a person
    assert_eq!(classify("Rep. Dana Fox of Oregon").0, SourceKind::Person);
    assert_eq!(classify("Ruth Vega for Harbor Polling").1, "Ruth Vega");
    assert_eq!(classify("Senate Majority Whip Ann Lee").1, "Ann Lee");
}

#[test]
fn unnamed_people_and_shares_of_a_poll() {
    let cases = [
        ("a neighbor", SourceKind::Anonymous),
        ("the woman", SourceKind::Anonymous),
        ("a 2012 campaign veteran", SourceKind::Anonymous),
        ("only 12 percent", SourceKind::UnnamedGroup),
        ("four in 10", SourceKind::UnnamedGroup),
        ("those polled", SourceKind::UnnamedGroup),
        ("Some candidates", SourceKind::UnnamedGroup),
        ("rival Labour candidates", SourceKind::UnnamedGroup),
    ];
    for (m, kind) in cases {
        assert_eq!(classify(m).0, kind, "{m}");
    }
}

#[test]
fn a_title_before_of_runs_on_to_the_name() {
    let (kind, name, role) = classify("Acme Chief of Staff Dana Hale");
    assert_eq!((kind, name.as_str()), (SourceKind::Person, "Dana Hale"));
    assert_eq!(role.as_deref(), Some("Acme Chief of Staff"));
    assert_eq!(
        classify("Secretary of Homeland Security Ann B. Lee").1,
        "Ann B. Lee"
    );
}

#[test]
fn a_document_is_named_without_its_relative_clause() {
    let (kind, name, _) = classify("a new survey that finds most renters want rent control");
    assert_eq!(
        (kind, name.as_str()),
        (SourceKind::Document, "a new survey")
    );
    assert_eq!(classify("Surveys").0, SourceKind::Document);
}

#[test]
fn a_document_seen_or_filed_by_someone_is_the_document() {
    for mention in [
        "planning documents seen by the Herald",
        "a report seen by AFP",
        "internal emails obtained by the Gazette",
        "a lawsuit filed in Ohio by Ann Lee",
    ] {
        assert_eq!(classify(mention).0, SourceKind::Document, "{mention}");
    }
    // a capitalised name ending in a document word stays a name
    assert_ne!(classify("Ann Lee").0, SourceKind::Document);
}

#[test]
fn unnamed_people_presented_as_knowing_are_anonymous() {
    let kind = |m: &str| classify(m).0;
    assert_eq!(
        kind("two engineers who worked on the design"),
        SourceKind::Anonymous
    );
    assert_eq!(
        kind("several nurses who were present"),
        SourceKind::Anonymous
    );
    // a category voicing a view stays a group
    assert_eq!(kind("two engineers"), SourceKind::UnnamedGroup);
    assert_eq!(kind("many economists"), SourceKind::UnnamedGroup);
}

#[test]
fn an_aside_withholding_names_makes_a_group_anonymous() {
    let kind_of = |text: &str, mention: &str| {
        let mut r = Resolver::default();
        let at = text.find(mention).expect("mention");
        let end = at + mention.len();
        let a = r.resolve_in(&text[at..end], at, &text[..at], &text[end..]);
        r.entities[a.entity].kind
    };
    let text = "Two engineers, speaking on condition of anonymity, said the cost doubled.";
    assert_eq!(kind_of(text, "Two engineers"), SourceKind::Anonymous);
    // an aside of proximity is no reason for anonymity
    let text = "Farm lawmakers, who are close to the growers, said the rule would fail.";
    assert_eq!(kind_of(text, "Farm lawmakers"), SourceKind::UnnamedGroup);
}

#[test]
fn a_seat_of_government_speaks_for_it() {
    for (mention, name) in [
        ("Downing Street", "Downing Street"),
        ("the Elysee", "Elysee"),
        ("City Hall", "City Hall"),
        ("Number 10", "Number 10"),
    ] {
        assert_eq!(
            classify(mention),
            (SourceKind::Official, name.to_string(), None),
            "{mention}"
        );
    }
    // a street or a hall that is no seat of government is not official
    assert_ne!(classify("Carnegie Hall").0, SourceKind::Official);
}

#[test]
fn a_document_word_after_the_head_does_not_make_a_document() {
    assert_eq!(
        classify("a source close to the investigation").0,
        SourceKind::Anonymous
    );
    assert_eq!(
        classify("officials familiar with the report").0,
        SourceKind::Anonymous
    );
    assert_eq!(
        classify("data from the Culture Ministry").0,
        SourceKind::Document
    );
}

#[test]
fn unnamed_people_placed_by_a_name_are_no_person() {
    let cases = [
        ("Officials in Beijing", SourceKind::Anonymous),
        ("Executives for the carmaker Velta", SourceKind::Anonymous),
        (
            "Democrats in Iowa who watched the debate",
            SourceKind::UnnamedGroup,
        ),
        ("Republicans in Congress", SourceKind::UnnamedGroup),
        (
            "Protesters outside the White House",
            SourceKind::UnnamedGroup,
        ),
        ("Teachers at Lincoln High", SourceKind::UnnamedGroup),
    ];
    for (mention, kind) in cases {
        let (got, name, _) = classify(mention);
        assert_eq!(got, kind, "{mention}");
        assert_eq!(name, mention, "{mention}");
    }
    // a name inside a body's name, a named example, a post before a name: unchanged
    let kept = [
        (
            "the Communications Workers of America",
            SourceKind::Organization,
        ),
        ("Secretary of State Ann Lee", SourceKind::Person),
        ("critics like Ann Lee", SourceKind::Person),
    ];
    for (mention, kind) in kept {
        assert_eq!(classify(mention).0, kind, "{mention}");
    }
}

#[test]
fn an_occupation_opening_a_sentence_before_a_name_is_a_role() {
    for (mention, name, role) in [
        ("Comedian Tessa Vey", "Tessa Vey", "Comedian"),
        ("Novelist Ari Benn", "Ari Benn", "Novelist"),
        ("Rapper Kai Dune", "Kai Dune", "Rapper"),
        ("Businessman Ole Lund", "Ole Lund", "Businessman"),
    ] {
        let (kind, got, got_role) = classify(mention);
        assert_eq!(kind, SourceKind::Person, "{mention}");
        assert_eq!(got, name, "{mention}");
        assert_eq!(got_role.as_deref(), Some(role), "{mention}");
    }
    // a given name that is also a trade stays the name
    assert_eq!(classify("Hunter Lowe").1, "Hunter Lowe");
}

#[test]
fn a_capitalised_plural_of_people_opening_a_sentence_is_a_group() {
    for mention in [
        "Caucus-goers",
        "Moviegoers",
        "Retirees",
        "Comedians",
        "Rally-goers",
    ] {
        assert_eq!(classify(mention).0, SourceKind::UnnamedGroup, "{mention}");
    }
    // a surname ending in "s" stays a name
    assert_eq!(classify("Sanders").0, SourceKind::Person);
    assert_eq!(classify("Ann Rogers").0, SourceKind::Person);
}

#[test]
fn a_persons_workplace_after_of_or_from_is_no_part_of_the_name() {
    let (kind, name, role) = classify("Analyst Jane Roe of Firm X");
    assert_eq!(kind, SourceKind::Person);
    assert_eq!(name, "Jane Roe");
    assert_eq!(role.as_deref(), Some("Analyst"));
    assert_eq!(
        classify("Economist Raj Mehta of Capital Economics").1,
        "Raj Mehta"
    );
    assert_eq!(classify("Rep. Gwen Adler of Wisconsin").1, "Gwen Adler");
    assert_eq!(classify("Mary Quist from Dunmore Partners").1, "Mary Quist");
    // a body's or a title's own "of" stays
    assert_eq!(classify("The Bank of America").1, "Bank of America");
    assert_eq!(classify("Secretary of State John Kerry").1, "John Kerry");
}

#[test]
fn and_inside_the_name_a_bodys_of_governs_stays_in_the_name() {
    assert_eq!(
        classify("the Australian Institute of Health and Welfare"),
        (
            SourceKind::Organization,
            "Australian Institute of Health and Welfare".into(),
            None
        )
    );
    assert_eq!(
        classify("the Ministry of Youth and Sports").0,
        SourceKind::Official
    );
    // "for" governs the list as "of" does, commas and all
    let (kind, name, _) = classify("The Department for Environment, Food and Rural Affairs");
    assert_eq!(kind, SourceKind::Official);
    assert!(name.starts_with("Department for Environment"), "{name}");
}

#[test]
fn a_common_word_capitalised_to_open_a_sentence_keeps_its_kind() {
    // "Police said …" is the police, as "…, police said" is
    assert_eq!(classify("Police").0, SourceKind::Official);
    assert_eq!(classify("police").0, SourceKind::Official);
    // "Several said …": some of the people just mentioned, no person named "Several"
    assert_eq!(classify("Several").0, SourceKind::UnnamedGroup);
    assert_eq!(classify("several").0, SourceKind::UnnamedGroup);
}

#[test]
fn a_party_is_an_organization_and_a_local_council_an_official_body() {
    assert_eq!(classify("The Congress party").0, SourceKind::Organization);
    assert_eq!(classify("the Labour Party").0, SourceKind::Organization);
    assert_eq!(classify("the city council").0, SourceKind::Official);
    assert_eq!(classify("The school board").0, SourceKind::Official);
    assert_eq!(classify("the county council").0, SourceKind::Official);
    // a board or council of no government stays an organization
    assert_eq!(classify("the company's board").0, SourceKind::Organization);
    assert_eq!(classify("the council").0, SourceKind::Organization);
}

#[test]
fn a_document_placed_in_a_journal_is_a_document() {
    for (mention, name) in [
        ("A study in The Lancet", "a study in The Lancet"),
        (
            "a new poll in the Des Moines Register",
            "a new poll in the Des Moines Register",
        ),
        ("a survey in March", "a survey in March"),
    ] {
        let (kind, got, _) = classify(mention);
        assert_eq!(kind, SourceKind::Document, "{mention}");
        assert_eq!(got, name);
    }
    // its author, named last, is who "who" takes up
    let (kind, name, _) = classify("an article in Harper's magazine by Ann Lee");
    assert_eq!((kind, name.as_str()), (SourceKind::Person, "Ann Lee"));
}

#[test]
fn the_campaign_of_a_holder_is_a_body_never_the_place_ending_the_phrase() {
    let (kind, name, _) = classify("the campaign of the former senator from Ohio");
    assert_eq!(kind, SourceKind::Organization);
    assert_eq!(name, "the campaign of the former senator from Ohio");
    let (kind, name, _) = classify("The campaign of Ann Lee");
    assert_eq!(
        (kind, name.as_str()),
        (SourceKind::Organization, "Lee campaign")
    );
    let (kind, name, _) = classify("the office of Gov. Ann Lee");
    assert_eq!(
        (kind, name.as_str()),
        (SourceKind::Official, "Ann Lee's office")
    );
}

#[test]
fn members_of_parliament_in_the_plural_are_a_group() {
    for m in ["Some ODM MPs", "Labour MPs", "several backbenchers"] {
        assert_eq!(classify(m).0, SourceKind::UnnamedGroup, "{m}");
    }
}
