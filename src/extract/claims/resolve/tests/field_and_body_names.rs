//! A body named by a field "and" another word stays one speaker; two bodies or two people
//! joined by "and" stay two.

use super::*;

fn speakers(mention: &str) -> Vec<String> {
    Resolver::default()
        .speaker_conjuncts(mention, "")
        .iter()
        .map(|c| mention[c.mention.0..c.mention.1].to_string())
        .collect()
}

#[test]
fn a_field_and_a_body_word_make_one_name() {
    for m in [
        "The Immigration and Refugee Board",
        "the Customs and Excise Service",
        "The Police and Crime Panel",
    ] {
        assert_eq!(speakers(m), vec![m.to_string()], "{m}");
    }
}

#[test]
fn bodies_and_people_joined_by_and_stay_two() {
    let cases: &[(&str, &[&str])] = &[
        (
            "The Pentagon and State Department",
            &["The Pentagon", "State Department"],
        ),
        (
            "The FBI and Justice Department",
            &["The FBI", "Justice Department"],
        ),
        ("Britain and France", &["Britain", "France"]),
    ];
    for (m, want) in cases {
        assert_eq!(speakers(m), want.to_vec(), "{m}");
    }
}
