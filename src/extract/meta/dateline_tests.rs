//! Unit tests of the dateline's choice among a story's first lines.

use super::article_meta;

#[test]
fn a_headlines_colon_label_gives_way_to_the_dateline_below_it() {
    let text = "CDC: Flu cases rising faster than expected\n\nATLANTA (AP) \u{2014} Flu cases \
                rose again last week, health officials said.";
    let m = article_meta(text);
    assert_eq!(m.dateline.as_deref(), Some("ATLANTA"));
    assert_eq!(m.dateline_span.unwrap().of(text), "ATLANTA (AP) \u{2014} ");
    // the label is then the headline's source, and the dateline is in no claim
    let claims = crate::extract::extract(text).claims;
    assert_eq!(
        (
            claims[0].sources[0].name.as_str(),
            claims[0].sources[0].cue.as_deref()
        ),
        ("CDC", Some(":"))
    );
    assert!(
        claims.iter().all(|c| !c.span.of(text).contains("ATLANTA")),
        "{claims:?}"
    );
    let text =
        "FDA: Recall widened to three more brands\nDENVER \u{2014} The recall grew on Monday.";
    assert_eq!(article_meta(text).dateline.as_deref(), Some("DENVER"));
    // with no dateline below, and on a line that ends a sentence, the colon's place stays
    let text = "LAHORE: Markets rallied on Monday after the budget.\nKARACHI \u{2014} Shares rose.";
    assert_eq!(article_meta(text).dateline.as_deref(), Some("LAHORE"));
    let text = "LAHORE: Markets rally after budget\n\nShares rose on Monday, traders said.";
    assert_eq!(article_meta(text).dateline.as_deref(), Some("LAHORE"));
}

#[test]
fn a_dateline_on_its_own_line_is_the_dateline_and_no_claim() {
    let body = "Members of the town council on Monday voted to close the old bridge.";
    for (line, place) in [
        ("LUSAKA, Zambia \u{2014}", "LUSAKA"),
        ("LUSAKA", "LUSAKA"),
        ("LUSAKA (Reuters) -", "LUSAKA"),
        ("NEW DELHI:", "NEW DELHI"),
    ] {
        let text = format!("Council votes to shut old bridge\n\n{line}\n\n{body}");
        let m = article_meta(&text);
        assert_eq!(m.dateline.as_deref(), Some(place), "{line}");
        assert_eq!(m.dateline_span.unwrap().of(&text), line);
        let claims = crate::extract::extract(&text).claims;
        assert!(
            claims.iter().all(|c| !c.span.of(&text).contains(line)),
            "{line}: {claims:?}"
        );
        assert_eq!(claims.len(), 2, "{line}: {claims:?}");
    }
}

#[test]
fn a_lone_upper_case_line_that_is_no_place_stays_no_dateline() {
    let body = "Members of the town council on Monday voted to close the old bridge.";
    for text in [
        // a section label above the headline, or above the body
        format!("POLITICS\n\nCouncil votes to shut old bridge\n\n{body}"),
        format!("Council votes to shut old bridge\n\nPOLITICS\n\n{body}"),
        format!("Council votes to shut old bridge\n\nWORLD \u{2014}\n\n{body}"),
        // a lone word opening the text, with no headline above it
        format!("LUSAKA\n\n{body}"),
        // a label that ends a sentence, and a place above a headline
        format!("Council votes to shut old bridge\n\nFULL TEXT.\n\n{body}"),
        "LUSAKA, Zambia \u{2014}\n\nCouncil Votes To Shut Old Bridge Over River".to_string(),
        // a shouted headline of two words
        format!("BRIDGE CLOSED\n\n{body}"),
    ] {
        assert_eq!(article_meta(&text).dateline, None, "{text}");
    }
}

#[test]
fn lines_turned_away_by_their_opening_have_no_dateline() {
    use super::dateline::{dateline_at, may_open_dateline};
    use super::wire::wire_dateline;
    for line in [
        "WASHINGTON (Reuters) - The Senate voted.",
        "JAKARTA - Floods hit.",
        "NEW DELHI, Jan 5 (PTI) The court said.",
        "Mumbai, Jan 5 (IANS) The court said.",
        "O'HARE - Flights stopped.",
        "\u{a0} \tLONDON — It rained.",
        "ÉVREUX, France (AFP) — It rained.",
    ] {
        assert!(may_open_dateline(line), "{line}");
        assert!(
            dateline_at(line).is_some() || wire_dateline(line).is_some(),
            "{line}"
        );
    }
    for line in [
        "The Senate voted on Tuesday.",
        "“We will win,” she said.",
        "the LONDON - office",
        "Washington - It rained.",
        "1999 - It rained.",
        "Ok",
        "Mumbai, Jan 5 - The court said.",
    ] {
        if !may_open_dateline(line) {
            assert!(
                dateline_at(line).is_none() && wire_dateline(line).is_none(),
                "{line}"
            );
        }
    }
    assert!(!may_open_dateline("The Senate voted on Tuesday."));
    assert!(!may_open_dateline("the LONDON - office"));
}

#[test]
fn two_places_with_a_slash_make_one_dateline() {
    for (text, place, span) in [
        (
            "BRUSSELS/LONDON, May 12 (Reuters) - The bloc agreed new tariffs on steel, officials said.",
            "BRUSSELS/LONDON",
            "BRUSSELS/LONDON, May 12 (Reuters) - ",
        ),
        (
            "GENEVA/DAR ES SALAAM (AP) \u{2014} Health officials confirmed a new outbreak on Monday.",
            "GENEVA/DAR ES SALAAM",
            "GENEVA/DAR ES SALAAM (AP) \u{2014} ",
        ),
        (
            "GENEVA / DAR ES SALAAM (AP) \u{2014} Health officials confirmed a new outbreak on Monday.",
            "GENEVA / DAR ES SALAAM",
            "GENEVA / DAR ES SALAAM (AP) \u{2014} ",
        ),
    ] {
        let m = article_meta(text);
        assert_eq!(m.dateline.as_deref(), Some(place), "{text}");
        assert_eq!(m.dateline_span.unwrap().of(text), span);
        let claims = crate::extract::extract(text).claims;
        assert!(!claims[0].span.of(text).contains(place), "{claims:?}");
    }
}
