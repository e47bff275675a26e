//! Bodies and roles placed by "in" and a place's name ("the Dutch Embassy in Lima", "a GP in
//! Bristol"): the place is a seat, never the source's name.

use super::bodies::sources;
use super::*;

#[test]
fn a_body_in_a_place_keeps_its_seat_in_its_name() {
    let (kind, name, role) = classify("The Dutch Embassy in Lima");
    assert_eq!(
        (kind, name.as_str(), role),
        (SourceKind::Official, "Dutch Embassy in Lima", None)
    );
    // a body named by common nouns, and one named with "of" inside
    for m in [
        "The Kenyan consulate in Lagos",
        "The ministry in Tbilisi",
        "The Office of Fair Trading in Cardiff",
        "the police in Lyon",
    ] {
        let (kind, name, _) = classify(m);
        assert_eq!(kind, SourceKind::Official, "{m}");
        assert!(name.contains(" in "), "{m}: {name}");
    }
}

#[test]
fn a_spokesperson_for_a_body_in_a_place_is_that_bodys_voice() {
    let text = "A spokeswoman for the Canadian High Commission in Accra said the office would \
                reopen.";
    let found = sources(
        text,
        &["A spokeswoman for the Canadian High Commission in Accra"],
    );
    assert_eq!(found[0].1, SourceKind::Official);
    assert!(
        found[0].0.contains("Canadian High Commission in Accra"),
        "{found:?}"
    );
}

#[test]
fn a_role_in_a_place_stays_unnamed() {
    for m in [
        "A GP in Bristol",
        "An MP in Bristol",
        "Our correspondent in Minsk",
    ] {
        let (kind, name, _) = classify(m);
        assert_eq!(kind, SourceKind::Anonymous, "{m}");
        assert!(
            name.ends_with(" in Bristol") || name.ends_with(" in Minsk"),
            "{m}: {name}"
        );
    }
    // a named person placed is that person
    let (kind, name, _) = classify("Ann Lee in Minsk");
    assert_eq!((kind, name.as_str()), (SourceKind::Person, "Ann Lee"));
}

#[test]
fn a_named_body_placed_goes_by_its_own_name() {
    let (kind, name, _) = classify("Halloran University in Dunmore");
    assert_eq!(
        (kind, name.as_str()),
        (SourceKind::Organization, "Halloran University")
    );
    // an embassy in a country written with "the" keeps it too
    let (kind, name, _) = classify("The Irish Embassy in the Netherlands");
    assert_eq!(kind, SourceKind::Official);
    assert_eq!(name, "Irish Embassy in the Netherlands");
}
