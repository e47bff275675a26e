//! Kinds a mention's shape or the words beside it settle: outlets named by "The" and one word,
//! outlets an appositive describes, families, members of named bodies, documents known by a
//! title or by how far they spread.

use super::bodies::{body, sources};
use super::*;

#[test]
fn the_and_one_word_before_a_newsrooms_verb_is_an_outlet() {
    let text = "The Ringer has learned that the club will sell its striker.";
    assert_eq!(
        sources(text, &["The Ringer"]),
        [("Ringer".to_string(), SourceKind::Media)]
    );
    let text = "The Athletic understands that the deal is close.";
    assert_eq!(
        sources(text, &["The Athletic"]),
        [("Athletic".to_string(), SourceKind::Media)]
    );
    // a body reports too
    let text = "The Vatican reported that the pope was resting.";
    assert_ne!(sources(text, &["The Vatican"])[0].1, SourceKind::Media);
}

#[test]
fn an_outlet_set_off_after_a_name_makes_it_an_outlet() {
    let text = "Marca, the Spanish daily, reported that the coach would leave.";
    assert_eq!(
        sources(text, &["Marca"]),
        [("Marca".to_string(), SourceKind::Media)]
    );
    // initials, and the appositive closed by the text's end
    let text = "The coach will leave, according to AS, the Spanish daily.";
    assert_eq!(
        sources(text, &["AS"]),
        [("AS".to_string(), SourceKind::Media)]
    );
}

#[test]
fn a_family_is_a_group_whatever_its_shape() {
    for m in [
        "Ann Lee's family",
        "the Lee family",
        "her family",
        "the family of Ann Lee",
    ] {
        assert_eq!(classify(m).0, SourceKind::UnnamedGroup, "{m}");
    }
    assert_eq!(classify("Ann Lee's family").1, "Ann Lee's family");
    assert_eq!(classify("a member of the family").0, SourceKind::Anonymous);
}

#[test]
fn members_of_a_named_body_are_a_group() {
    assert_eq!(
        classify("Members of the National Assembly").0,
        SourceKind::UnnamedGroup
    );
    assert_eq!(
        classify("two members of Congress").0,
        SourceKind::UnnamedGroup
    );
    assert_eq!(classify("members of the public").0, SourceKind::Anonymous);
    assert_eq!(
        classify("members of the Senate familiar with the talks").0,
        SourceKind::Anonymous
    );
}

#[test]
fn documents_by_title_and_by_spread() {
    assert_eq!(
        classify("the World Economic Outlook"),
        (
            SourceKind::Document,
            "World Economic Outlook".to_string(),
            None
        )
    );
    assert_eq!(
        classify("A Facebook post shared 4,000 times"),
        (SourceKind::Document, "a Facebook post".to_string(), None)
    );
    assert_eq!(
        classify("a video viewed more than a million times").0,
        SourceKind::Document
    );
}

/// The name and role the mention `m` opening `text` resolves to.
fn opening(text: &str, m: &str) -> (String, Option<String>) {
    let mut r = Resolver::default();
    let e = r.resolve_in(m, 0, "", &text[m.len()..]).entity;
    (r.entities[e].name.clone(), r.entities[e].role.clone())
}

#[test]
fn a_post_set_off_before_a_name_and_its_place_is_that_persons_role() {
    let text = "The chairman, Thomas Bledsoe of Kansas, said the bill was dead.";
    assert_eq!(
        opening(text, "The chairman"),
        ("Thomas Bledsoe".to_string(), Some("chairman".to_string()))
    );
    // the post says more than a courtesy title
    let text = "The committee's ranking Republican, Sen. Thomas Bledsoe of Kansas, said so.";
    assert_eq!(
        opening(text, "The committee's ranking Republican"),
        (
            "Thomas Bledsoe".to_string(),
            Some("ranking Republican".to_string())
        )
    );
}

#[test]
fn the_researchers_of_a_study_just_spoken_of_speak_through_the_study() {
    let text = "The study appeared in a medical journal. The researchers found that walking \
                helped.";
    assert_eq!(
        sources(text, &["The researchers"]),
        [("the study".to_string(), SourceKind::Document)]
    );
    // with no study before, the researchers are an unnamed group
    let text = "Walking is popular. The researchers found that walking helped.";
    assert_eq!(
        sources(text, &["The researchers"])[0].1,
        SourceKind::UnnamedGroup
    );
}

#[test]
fn a_written_instrument_is_a_document_not_unnamed_people() {
    for m in [
        "the constitution",
        "the electoral act",
        "the charge sheet",
        "the agenda",
        "the meeting minutes",
        "the rules",
        "an invoice",
        "a readout from the presidential office",
        "the FIR",
        "the Constitution",
        "the Electoral Act",
    ] {
        assert_eq!(classify(m).0, SourceKind::Document, "{m}");
    }
    // a count of minutes is time
    assert_ne!(classify("a few minutes").0, SourceKind::Document);
}

#[test]
fn an_institution_described_as_a_body_or_watchdog_is_official() {
    for m in [
        "the country's electoral body",
        "The global football governing body",
        "the media watchdog",
    ] {
        assert_eq!(classify(m).0, SourceKind::Official, "{m}");
    }
    // a document by a watchdog stays the document
    let m = "a memo released Friday by the agency's watchdog";
    assert_eq!(classify(m).0, SourceKind::Document);
}

#[test]
fn outlets_named_only_as_a_collective_are_an_unnamed_group() {
    for m in [
        "local media",
        "Israeli media",
        "state media",
        "several news outlets",
    ] {
        assert_eq!(classify(m).0, SourceKind::UnnamedGroup, "{m}");
    }
    // one outlet described stays an outlet, and a lawyer for outlets is a person
    assert_eq!(classify("the state broadcaster").0, SourceKind::Media);
    assert_ne!(
        classify("a lawyer for the news outlets").0,
        SourceKind::UnnamedGroup
    );
}

#[test]
fn westminster_party_members_unnamed_are_anonymous_or_a_group() {
    // "a senior Tory" is an unnamed politician, as "a senior Democrat" is
    for m in [
        "a senior Tory",
        "A Labour backbencher",
        "a Conservative frontbencher",
    ] {
        assert_eq!(classify(m).0, SourceKind::Anonymous, "{m}");
    }
    for m in ["the Tories", "Tory backbenchers", "senior Tories"] {
        assert_eq!(classify(m).0, SourceKind::UnnamedGroup, "{m}");
    }
}

#[test]
fn an_adjudicating_panel_is_official_as_a_tribunal_is() {
    for m in [
        "the panel",
        "The panel",
        "the advisory panel",
        "a three-member panel",
    ] {
        assert_eq!(classify(m).0, SourceKind::Official, "{m}");
    }
}

#[test]
fn initials_spelled_like_a_word_make_a_body_only_in_capitals() {
    for name in ["Kim Jong Un", "North Korean leader Kim Jong Un"] {
        assert_eq!(classify(name).0, SourceKind::Person, "{name}");
    }
    assert_eq!(classify("the UN").0, SourceKind::Organization);
    assert_eq!(classify("UN").0, SourceKind::Organization);
}

#[test]
fn a_firm_described_by_its_seat_or_age_is_the_firm_named_before() {
    let text = "Acme Corp said sales fell. The Seattle-based company said demand would recover.";
    assert_eq!(
        sources(text, &["Acme Corp", "The Seattle-based company"])[1],
        body("Acme Corp")
    );
    let text = "Acme Corp said sales fell. Demand will recover, the 40-year-old firm said.";
    assert_eq!(
        sources(text, &["Acme Corp", "the 40-year-old firm"])[1],
        body("Acme Corp")
    );
    // with no firm before it, the seat is no name to share across articles
    assert_eq!(
        classify("The Seattle-based company").1,
        "the Seattle-based company"
    );
}

#[test]
fn a_post_in_a_household_firm_not_yet_quoted_is_its_holder() {
    let text = "Pfizer's chief executive said the drug worked.";
    assert_eq!(
        sources(text, &["Pfizer's chief executive"]),
        [("Pfizer's chief executive".to_string(), SourceKind::Person)]
    );
    // a firm that is also a surname may be a person's: left unnamed
    let text = "Ford's chief executive said sales fell.";
    assert_eq!(
        sources(text, &["Ford's chief executive"])[0].1,
        SourceKind::Anonymous
    );
}

#[test]
fn reports_no_one_is_named_for_are_anonymous() {
    for m in [
        "Unconfirmed reports",
        "Local news reports",
        "reports",
        "unverified rumours",
    ] {
        assert_eq!(classify(m).0, SourceKind::Anonymous, "{m}");
    }
    // a report with its maker, or one the text took up, is a document
    assert_eq!(classify("a report by the auditor").0, SourceKind::Document);
    assert_eq!(classify("the reports").0, SourceKind::Document);
}

#[test]
fn the_authors_of_a_paper_in_the_paragraph_before_speak_through_the_paper() {
    let text = "Researchers counted 312 stumps, according to the paper in a journal.\n\nThe \
                oldest trees grew about 5,800 years ago, the authors wrote.";
    assert_eq!(
        sources(text, &["the authors"]),
        [("the paper".to_string(), SourceKind::Document)]
    );
}

#[test]
fn un_agencies_known_by_their_initials_are_organizations() {
    let text = "A third of the displaced are children, UNICEF said. The WFP said food was short.";
    assert_eq!(
        sources(text, &["UNICEF", "The WFP"]),
        [
            ("UNICEF".to_string(), SourceKind::Organization),
            ("WFP".to_string(), SourceKind::Organization)
        ]
    );
}
