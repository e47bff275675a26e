//! Unit tests of the Indian wires' dateline and sign-off.

use super::*;

#[test]
fn indian_wire_datelines_without_a_dash() {
    let text = "Rampur (Uttar Pradesh), Nov 27 (PTI) At least nine people were hurt on Thursday.";
    let m = article_meta(text);
    assert_eq!(m.dateline.as_deref(), Some("Rampur (Uttar Pradesh)"));
    assert_eq!(
        m.dateline_span.unwrap().of(text),
        "Rampur (Uttar Pradesh), Nov 27 (PTI) "
    );
    assert_eq!(m.relayed_from.as_deref(), Some("Press Trust of India"));
    let text = "New Delhi, Nov 27 (IANS) The ministry on Thursday cleared the plan.";
    let m = article_meta(text);
    assert_eq!(m.dateline.as_deref(), Some("New Delhi"));
    assert_eq!(m.relayed_from.as_deref(), Some("Indo-Asian News Service"));
    let text = "Jaipur [India], November 27 (ANI): The state cabinet met on Thursday.";
    let m = article_meta(text);
    assert_eq!(m.dateline.as_deref(), Some("Jaipur [India]"));
    assert_eq!(
        m.dateline_span.unwrap().of(text),
        "Jaipur [India], November 27 (ANI): "
    );
    // a date and a name in parentheses that is no wire is text
    let text = "Smith, Nov 27 (Tuesday) Something happened at the mill.";
    assert_eq!(article_meta(text).dateline, None);
}

#[test]
fn a_line_of_only_a_wire_credit_is_boilerplate() {
    let text = "Rates rose on Thursday, traders said.\n\n--IANS\nab/cd";
    assert_eq!(super::tests::bp(text), vec!["--IANS", "ab/cd"]);
    let text = "Rates rose, traders said.\n\u{2014} AFP\nThe AP's survey found it.";
    assert_eq!(super::tests::bp(text), vec!["\u{2014} AFP"]);
}

#[test]
fn united_news_of_india_is_a_wire() {
    let text = "Pune, Nov 27 (UNI) The state on Thursday cleared the metro line.";
    let m = article_meta(text);
    assert_eq!(m.dateline.as_deref(), Some("Pune"));
    assert_eq!(m.relayed_from.as_deref(), Some("United News of India"));
}

#[test]
fn agency_spellings_are_not_empty_nor_longer_than_the_longest() {
    // `canonical_agency` rules out empty and longer names before lower-casing them
    let spellings = super::lexicon::AGENCIES.iter().flat_map(|(_, s)| s.iter());
    assert!(spellings.clone().all(|s| !s.is_empty()));
    let longest = spellings.map(|s| s.chars().count()).max();
    assert_eq!(longest, Some(super::lexicon::LONGEST_SPELLING));
    assert_eq!(
        super::canonical_agency(" United Press International. "),
        Some("United Press International")
    );
}

#[test]
fn a_wire_credit_and_dash_with_no_place_is_furniture() {
    let text = "Grainway beats profit forecasts\n\n(Reuters) - Grainway Ltd on Tuesday posted a \
                rise in quarterly profit.\n\nShares rose 3%, traders said.";
    let m = article_meta(text);
    assert_eq!(m.dateline, None);
    assert_eq!(m.dateline_span.unwrap().of(text), "(Reuters) - ");
    assert_eq!(m.relayed_from.as_deref(), Some("Reuters"));
    assert_eq!(m.relay_span.unwrap().of(text), "(Reuters)");
    let claims = crate::extract::extract(text).claims;
    assert!(
        claims.iter().all(|c| !c.span.of(text).contains("Reuters")),
        "{claims:?}"
    );
    let text = "(AP) \u{2014} Lawmakers on Monday passed the bill.";
    assert_eq!(
        article_meta(text).dateline_span.unwrap().of(text),
        "(AP) \u{2014} "
    );
    // a bracket that names no wire, or no dash after it, opens text
    for text in [
        "(Updated) - Lawmakers on Monday passed the bill.",
        "(Reuters) Lawmakers on Monday passed the bill.",
    ] {
        assert_eq!(article_meta(text).dateline_span, None, "{text}");
    }
}

#[test]
fn xinhua_enditem_is_boilerplate() {
    let text = "ABUJA, Nigeria (Xinhua) -- The governor was declared the winner, the electoral \
                commission said. Enditem";
    assert_eq!(super::tests::bp(text), ["Enditem"]);
    let text = "ABUJA, Nov. 17 (Xinhua) -- Turnout was low.\nEnditem\n";
    assert_eq!(super::tests::bp(text), ["Enditem"]);
    // the word inside a sentence is text
    let text = "The file was tagged enditem by mistake.";
    assert!(super::tests::bp(text).is_empty());
}

#[test]
fn an_indian_wire_dateline_may_have_no_date() {
    let text = "MUMBAI (PTI) The company is in talks with three banks.";
    let m = article_meta(text);
    assert_eq!(m.dateline.as_deref(), Some("MUMBAI"));
    assert_eq!(m.dateline_span.unwrap().of(text), "MUMBAI (PTI) ");
    assert_eq!(m.relayed_from.as_deref(), Some("Press Trust of India"));
    let claims = crate::extract::extract(text).claims;
    assert_eq!(
        claims[0].span.of(text),
        "The company is in talks with three banks."
    );
    // a place in mixed case needs its date: with none, it is a sentence's subject
    let text = "Mumbai (PTI) Stocks fell on Monday.";
    assert_eq!(article_meta(text).dateline, None);
}

#[test]
fn radio_new_zealands_sign_off_is_a_relay() {
    let text = "Ruling out the tax was the right call, the minister said.\n\n- RNZ";
    let m = article_meta(text);
    assert_eq!(m.relayed_from.as_deref(), Some("RNZ"));
    assert_eq!(crate::extract::extract(text).claims.len(), 1);
}
