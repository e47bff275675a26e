//! Sources the text leaves unnamed: the names and kinds [`classify`] gives them, whatever is
//! written around their head.

use super::*;

#[test]
fn examples_after_a_head_are_no_name() {
    for mention in [
        "Retailers including Walmart and Kroger",
        "retailers such as Walmart and Kroger",
    ] {
        let (kind, name, role) = classify(mention);
        assert_eq!(kind, SourceKind::UnnamedGroup, "{mention}");
        assert_eq!(name, lower_first(mention), "{mention}");
        assert_eq!(role, None, "{mention}");
    }
}

#[test]
fn how_an_unnamed_source_spoke_is_no_part_of_its_name() {
    for (mention, name) in [
        ("A diplomat speaking", "a diplomat"),
        ("a diplomat speaking anonymously", "a diplomat"),
        (
            "An official speaking on condition of anonymity",
            "an official",
        ),
        ("a source speaking to Reuters", "a source"),
    ] {
        assert_eq!(
            classify(mention),
            (SourceKind::Anonymous, name.to_string(), None),
            "{mention}"
        );
    }
}

#[test]
fn what_is_said_on_social_media_is_no_outlet() {
    for (mention, name) in [
        (
            "Unverified accounts on social media",
            "Unverified accounts on social media",
        ),
        ("posts on social media", "posts on social media"),
        ("social media", "social media"),
    ] {
        assert_eq!(
            classify(mention),
            (SourceKind::Anonymous, name.to_string(), None),
            "{mention}"
        );
    }
    // unnamed outlets together stay a group of outlets, as before
    assert_eq!(classify("state media").0, SourceKind::UnnamedGroup);
}
