//! Bodies named by an owner ("his campaign", "their union", "a spokesman for Sporting
//! Alvor") and documents described by where they went ("documents shown to the jury"), on
//! sentences written for these tests.

use super::bodies::sources;
use super::*;

#[test]
fn a_body_owned_by_a_pronoun_no_one_takes_up_is_no_shared_name() {
    for mention in ["their union", "his campaign", "its board", "her office"] {
        assert_eq!(classify(mention).0, SourceKind::UnnamedGroup, "{mention}");
    }
}

#[test]
fn her_campaign_after_a_woman_named_in_the_text_is_her_campaign() {
    let text = "Mary Okafor won the county on Tuesday. Her campaign said turnout was high.";
    assert_eq!(resolve_last(text, &[], "Her campaign"), "Okafor campaign");
}

#[test]
fn a_spokesperson_for_a_name_with_no_given_name_speaks_for_a_body() {
    let text = "A spokesman for Harlow Orchards said the company's harvest was late.";
    assert_eq!(
        sources(text, &["A spokesman for Harlow Orchards"]),
        [(
            "Harlow Orchards spokesman".to_string(),
            SourceKind::Organization
        )]
    );
    // a person's spokesman stays an unnamed person, named in full or with an honorific
    let text = "Yuri Varga sold the mine. A spokesman for Mr. Varga said the sale was done.";
    assert_eq!(
        sources(text, &["A spokesman for Mr. Varga"])[0].1,
        SourceKind::Anonymous
    );
    let text = "A spokeswoman for Kenji Okafor said the senator was resting.";
    assert_eq!(
        sources(text, &["A spokeswoman for Kenji Okafor"])[0].1,
        SourceKind::Anonymous
    );
}

#[test]
fn documents_described_by_whom_they_were_shown_are_documents() {
    for mention in ["documents shown to the jury", "a letter sent to members"] {
        assert_eq!(classify(mention).0, SourceKind::Document, "{mention}");
    }
}

#[test]
fn papers_of_business_and_the_courts_are_documents() {
    for mention in [
        "the slides",
        "the transcripts",
        "the company's internal logs",
        "the contract",
        "the warrant",
    ] {
        assert_eq!(classify(mention).0, SourceKind::Document, "{mention}");
    }
    // a surname that is also a word stays a person's
    assert_eq!(classify("Jimmy Page").0, SourceKind::Person);
}
