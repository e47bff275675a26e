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
