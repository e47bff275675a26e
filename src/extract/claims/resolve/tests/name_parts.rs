//! Words around a name that are not the name: possessives, owners, capitalised pronouns, polls
//! and surnames that read like outlets.

use super::*;

fn read(mention: &str) -> (SourceKind, String, Option<String>) {
    classify(mention)
}

#[test]
fn the_owner_of_what_was_said_is_named_without_the_possessive() {
    // "Trump’s plan to …", "the Republican Party’s claim that …"
    let text = "Donald Trump spoke. Trump’s plan to cut taxes would cost $2 trillion.";
    assert_eq!(
        resolve_last(text, &["Donald Trump"], "Trump’s"),
        "Donald Trump"
    );
    let text = "Her plan, Hillary Clinton's promise to build, was criticised.";
    assert_eq!(
        resolve_last(text, &[], "Hillary Clinton's"),
        "Hillary Clinton"
    );
    let text = "The Republican Party’s claim that turnout rose was wrong.";
    assert_eq!(
        resolve_last(text, &[], "The Republican Party’s"),
        "Republican Party"
    );
    // a firm named in the possessive keeps it
    let text = "Prices will fall, according to Sainsbury's.";
    assert_eq!(resolve_last(text, &[], "Sainsbury's"), "Sainsbury's");
}

#[test]
fn the_outlet_or_place_owning_a_name_is_its_role() {
    assert_eq!(
        read("MSNBC’s Alex Seitz-Wald"),
        (
            SourceKind::Person,
            "Alex Seitz-Wald".into(),
            Some("MSNBC".into())
        )
    );
    assert_eq!(
        read("The Washington Post's Ed O'Keefe"),
        (
            SourceKind::Person,
            "Ed O'Keefe".into(),
            Some("Washington Post".into())
        )
    );
    assert_eq!(
        read("North Carolina’s Ada Fisher").2.as_deref(),
        Some("North Carolina")
    );
    // a body's own possessed noun is not a person
    assert_ne!(read("Trump’s campaign").0, SourceKind::Person);
}

#[test]
fn a_capitalised_pronoun_opening_a_sentence_names_no_one() {
    assert_eq!(
        read("Another"),
        (SourceKind::Anonymous, "another".into(), None)
    );
    assert_eq!(read("Others").0, SourceKind::UnnamedGroup);
    assert_eq!(read("Some").0, SourceKind::UnnamedGroup);
}

#[test]
fn a_poll_named_with_a_capital_is_a_document() {
    assert_eq!(read("a Gallup Poll").0, SourceKind::Document);
    assert_eq!(read("AP-GfK Poll").0, SourceKind::Document);
    assert_eq!(
        read("an ABC News/Washington Post Poll"),
        (
            SourceKind::Document,
            "an ABC News/Washington Post Poll".into(),
            None
        )
    );
}

#[test]
fn a_surname_that_reads_as_an_outlet_after_a_title_or_given_name_is_a_person() {
    assert_eq!(
        read("Atlantic City Mayor Don Guardian"),
        (
            SourceKind::Person,
            "Don Guardian".into(),
            Some("Atlantic City Mayor".into())
        )
    );
    assert_eq!(read("The Guardian").0, SourceKind::Media);
    assert_eq!(read("the Manchester Guardian").0, SourceKind::Media);
}

#[test]
fn a_lone_determiner_before_a_name_is_no_role() {
    assert_eq!(read("an Ann Lee").2, None);
}

#[test]
fn common_short_given_names_show_a_gender() {
    // "Joel", "Chuck", "Don": "she" passes over the man named last
    let text = "Ann Lee spoke first. Joel Bradshaw waved a flag. “We came,” she said";
    assert_eq!(
        resolve_last(text, &["Ann Lee", "Joel Bradshaw"], "she"),
        "Ann Lee"
    );
}

#[test]
fn a_capitalised_plural_of_people_is_an_unnamed_group() {
    assert_eq!(read("Reporters").0, SourceKind::UnnamedGroup);
    assert_eq!(read("Russians").0, SourceKind::UnnamedGroup);
    assert_eq!(
        read("a group of liberal Rabbis").0,
        SourceKind::UnnamedGroup
    );
    // insiders presented as knowing stay anonymous; a surname in the plural is a name
    assert_eq!(read("Aides").0, SourceKind::Anonymous);
    assert_eq!(read("Sanders").0, SourceKind::Person);
    assert_ne!(
        read("a spokesman for committee Democrats").0,
        SourceKind::UnnamedGroup
    );
}

#[test]
fn a_place_closing_a_name_goes_to_the_role() {
    assert_eq!(
        read("Representative Debbie Wasserman Schultz of Florida"),
        (
            SourceKind::Person,
            "Debbie Wasserman Schultz".into(),
            Some("Representative of Florida".into())
        )
    );
    assert_eq!(
        read("Mayor Frank G. Jackson of Cleveland").1,
        "Frank G. Jackson"
    );
    // a body's name keeps its "of"
    assert_eq!(
        read("the Bureau of Labor Statistics").1,
        "Bureau of Labor Statistics"
    );
}

#[test]
fn a_body_s_initials_open_the_name_of_its_branch() {
    assert_eq!(
        read("NHS England"),
        (SourceKind::Organization, "NHS England".into(), None)
    );
    assert_eq!(read("BBC Scotland").0, SourceKind::Media);
    // two capitals may be a person's initials
    assert_eq!(read("JD Vance").0, SourceKind::Person);
}

#[test]
fn a_law_is_no_person_to_take_up() {
    let context =
        "Sen. Kelly Ayotte spoke. On her website she vows to defend the Affordable Care Act";
    assert_eq!(last_person_name(context).as_deref(), Some("Kelly Ayotte"));
}

#[test]
fn a_name_ending_in_a_nation_is_a_public_body_or_the_place() {
    for (mention, kind) in [
        ("Sport England", SourceKind::Organization),
        ("Public Health England", SourceKind::Organization),
        ("Transport Scotland", SourceKind::Organization),
        ("Northern Ireland", SourceKind::Official),
    ] {
        assert_eq!(read(mention).0, kind, "{mention}");
        assert_eq!(read(mention).1, mention);
    }
    // a title or a given name before it makes it a person's surname
    assert_eq!(read("Sen. Ann Britain").0, SourceKind::Person);
    assert_eq!(read("Tom England").0, SourceKind::Person);
}

#[test]
fn documents_opening_a_sentence_before_their_qualifier_are_documents() {
    for mention in [
        "Documents seen by the BBC",
        "Emails obtained by The Washington Post",
    ] {
        assert_eq!(read(mention).0, SourceKind::Document, "{mention}");
    }
    // a capitalised head inside a name is no document
    assert_eq!(
        read("the Center for Coastal Studies").0,
        SourceKind::Organization
    );
}

#[test]
fn an_outlet_named_after_a_common_noun_for_one_is_media() {
    for (mention, name, role) in [
        ("state broadcaster CCTV", "CCTV", "state broadcaster"),
        ("The newspaper Le Monde", "Le Monde", "newspaper"),
        ("state news agency KCNA", "KCNA", "state news agency"),
        (
            "Portuguese newspaper Correio de Manha",
            "Correio de Manha",
            "Portuguese newspaper",
        ),
    ] {
        let (kind, got, got_role) = classify(mention);
        assert_eq!(kind, SourceKind::Media, "{mention}");
        assert_eq!(got, name);
        assert_eq!(got_role.as_deref(), Some(role));
    }
    assert_eq!(classify("Russian state television").0, SourceKind::Media);
    // a genre of television is no outlet
    assert_ne!(classify("the reality TV").0, SourceKind::Media);
}

#[test]
fn a_charity_named_with_a_possessive_inside_keeps_it() {
    use SourceKind::{Organization, Person};
    let body = |n: &str| (Organization, n.to_string(), None);
    assert_eq!(
        read("Alzheimer's Research UK"),
        body("Alzheimer's Research UK")
    );
    assert_eq!(read("Parkinson's UK"), body("Parkinson's UK"));
    assert_eq!(read("Women's Aid"), body("Women's Aid"));
    // a reporter of an outlet's, named with a given name, stays a person
    assert_eq!(
        read("CNN's Ann Care"),
        (Person, "Ann Care".into(), Some("CNN".into()))
    );
}

#[test]
fn a_person_of_a_firm_is_the_person() {
    for (mention, name) in [
        ("Jonah Whitfield of Carrow Capital", "Jonah Whitfield"),
        ("Ellis Brandt of Northgate Partners", "Ellis Brandt"),
        ("Odile Farrant of Kestrel Holdings", "Odile Farrant"),
    ] {
        let (kind, found, _) = classify(mention);
        assert_eq!(
            (kind, found.as_str()),
            (SourceKind::Person, name),
            "{mention}"
        );
    }
    // a body's own name holds "of" after one word or after a body word
    for mention in [
        "Bank of America",
        "Royal Bank of Scotland",
        "Massachusetts Institute of Technology",
    ] {
        assert_eq!(classify(mention).0, SourceKind::Organization, "{mention}");
    }
}

#[test]
fn an_honour_or_a_seat_after_a_name_is_no_part_of_it() {
    let text = "Helen Orme KC said the verdict was safe. Orme said she would not appeal.";
    assert_eq!(resolve_last(text, &["Helen Orme KC"], "Orme"), "Helen Orme");
    assert_eq!(read("David Pryce OBE").1, "David Pryce");
    assert_eq!(read("Sarah Quinn MP").1, "Sarah Quinn");
    // a seat after a party's name is the party's member, not a person named by the party
    assert_ne!(read("Fine Gael TD").1, "Fine Gael");
}
