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
    ] {
        assert_eq!(classify(name).0, SourceKind::Organization, "{name}");
        assert_eq!(classify(name).1, name);
    }
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
