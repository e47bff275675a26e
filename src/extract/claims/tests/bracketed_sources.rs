//! Sources credited in brackets after a figure, as key-figures boxes and data lines credit
//! them. Sentences written for these tests.

use super::*;

#[test]
fn a_bracketed_name_after_a_figure_is_its_source() {
    let text = "Key figures:\nAt least 310,000 people displaced (UN)\nAbout 2.4 million people in need (World Food Programme)\nJobless rate in May: 6.1% (ONS).";
    let claims = crate::extract::extract(text).claims;
    for (needle, source) in [
        ("310,000 people displaced", "UN"),
        ("2.4 million people in need", "World Food Programme"),
        ("Jobless rate in May: 6.1%", "ONS"),
    ] {
        let c = claim_with(text, &claims, needle);
        assert_eq!(c.sources.len(), 1, "{needle}: {c:?}");
        assert_eq!(c.sources[0].name, source);
        // the bracket is the credit, not part of what is claimed
        let claimed = c.text(text);
        assert!(!claimed.contains('('), "{claimed:?}");
    }
}

#[test]
fn a_short_form_a_gloss_or_a_party_label_is_no_source() {
    let text = "The Office for National Statistics (ONS) counted 1,200 cases.\nThe regulator fined Northgate Water Services (NWS) 4 million pounds.\nHe is promoting his 12th book, “Nuevo Sol” (New Sun).\nShe worked for eight years for Sen. Ruth Okafor (D-Ill.).\nTurnout was high across the region (see map).";
    let claims = crate::extract::extract(text).claims;
    for needle in [
        "1,200 cases",
        "4 million pounds",
        "12th book",
        "eight years",
        "Turnout",
    ] {
        let c = claim_with(text, &claims, needle);
        assert!(c.sources.is_empty(), "{needle}: {:?}", c.sources);
    }
}
