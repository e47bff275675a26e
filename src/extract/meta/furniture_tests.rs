//! Unit tests of the page furniture around a story: kickers, figure-box headings, captions,
//! credits for a wire's copy, translators' and republication notes, correction notices.

use super::article_meta;
use super::tests::bp;

#[test]
fn kickers_list_headings_captions_and_wire_input_credits_are_boilerplate() {
    let text = "ANALYSIS\n\nThe plan will cost $2 billion, the minister said.\n\nKey figures:\n\
                - 137 deaths\n\nPhoto caption: The minister speaks on Monday.\n\n\
                -- With inputs from PTI";
    assert_eq!(
        bp(text),
        vec![
            "ANALYSIS",
            "Key figures:",
            "Photo caption: The minister speaks on Monday.",
            "-- With inputs from PTI"
        ]
    );
    let m = article_meta(text);
    assert_eq!(m.relayed_from.as_deref(), Some("Press Trust of India"));
    // a one-word headline in lower case, and a sentence that opens with the credit's words,
    // are text
    let text = "Analysis\n\nWith inputs from farmers, the ministry drafted the plan.";
    assert!(bp(text).is_empty(), "{:?}", bp(text));
    assert_eq!(article_meta(text).relayed_from, None);
}

#[test]
fn credits_after_a_dash_are_boilerplate_and_name_the_wire() {
    let text = "Rahal is expected to face questions on Thursday.\n\n\u{2014} With files from The \
                Canadian Press";
    assert_eq!(
        bp(text),
        vec!["\u{2014} With files from The Canadian Press"]
    );
    assert_eq!(
        article_meta(text).relayed_from.as_deref(),
        Some("Canadian Press")
    );
    let claims = crate::extract::extract(text).claims;
    assert_eq!(claims.len(), 1, "{claims:?}");
    assert!(claims[0].sources.is_empty(), "{claims:?}");
    let text = "Buyers can compare prices on our map.\n\n\u{2013} Additional reporting by Lena \
                Botha";
    assert_eq!(
        bp(text),
        vec!["\u{2013} Additional reporting by Lena Botha"]
    );
    assert!(crate::extract::extract(text).claims[0].sources.is_empty());
}

#[test]
fn translators_and_republication_notes_are_boilerplate() {
    let text =
        "The embassy has not commented.\n\nTranslated from Polish by the foreign desk. This \
                article was originally published by Gazeta Nowa and is republished with \
                permission.";
    let m = article_meta(text);
    assert_eq!(m.translated_from.as_deref(), Some("pl"));
    assert_eq!(m.relayed_from.as_deref(), Some("Gazeta Nowa"));
    assert_eq!(crate::extract::extract(text).claims.len(), 1);
    // a translation mentioned in the story names no language of the article, and is text
    let text = "Translated from the minutes, the note says the mayor knew.";
    let m = article_meta(text);
    assert_eq!(m.translated_from, None);
    assert!(m.boilerplate.is_empty());
}

#[test]
fn correction_notices_are_boilerplate() {
    let text = "The force said the total was correct.\n\nCorrection, 4 April: An earlier version \
                of this article said the force had paid \u{a3}26.2m. The correct figure is \
                \u{a3}22.6m.";
    assert_eq!(bp(text).len(), 1);
    let claims = crate::extract::extract(text).claims;
    assert_eq!(claims.len(), 1, "{claims:?}");
    // "Correction" that is no label stays text
    let text = "Correction officers at the jail said the wing was closed.";
    assert!(bp(text).is_empty(), "{:?}", bp(text));
}

#[test]
fn a_publisher_is_the_channel_only_in_a_note_on_the_story_itself() {
    for text in [
        "Originally published in Harbour Weekly.\n\nThe ferry will run again on Monday.",
        "The ferry will run again on Monday.\n\nThe story was first published by Harbour Weekly.",
    ] {
        let m = article_meta(text);
        assert_eq!(m.relayed_from.as_deref(), Some("Harbour Weekly"), "{text}");
    }
    // what the story says of some other item names no channel of its own
    for text in [
        "The post, first published on November 3, shows a screenshot of a press release.",
        "The post, first published on Facebook, was shared 40,000 times.",
        "The letter, originally published in Harbour Weekly, was signed by 300 doctors.",
    ] {
        let m = article_meta(text);
        assert_eq!(m.relayed_from, None, "{text}");
    }
}

#[test]
fn a_live_blogs_time_stamp_without_a_dash_is_boilerplate() {
    let text = "16:00 Welcome to our live coverage of the floods.\n\n17:30 Premier Rosa Tait \
                announced emergency payments.\n\n5.15pm A farmer near Dunmore told the ABC that \
                the river had burst its banks.\n\n2:30 is when the council meets.";
    assert_eq!(
        bp(text),
        vec![
            "16:00 Welcome to our live coverage of the floods.",
            "17:30",
            "5.15pm"
        ]
    );
    let claims = crate::extract::extract(text).claims;
    assert_eq!(claims.len(), 3, "{claims:?}");
    let c = &claims[0];
    assert_eq!(c.sources[0].name, "Rosa Tait");
    assert_eq!(c.sources[0].role.as_deref(), Some("Premier"));
    assert_eq!(
        claims[1].sources[0].mention.of(text),
        "A farmer near Dunmore"
    );
    assert_eq!(claims[2].span.of(text), "2:30 is when the council meets.");
}

#[test]
fn embargo_lines_journal_references_and_feed_notes_are_boilerplate() {
    let text = "EMBARGOED UNTIL 16:00 GMT WEDNESDAY\n\nPatients fared worse, the study found.\n\n\
                Journal reference: Lund K et al. The Lancet (2026). DOI: 10.1016/x\n\n\
                (Only the headline and picture of this report may have been reworked by the \
                staff; the rest of the content is auto-generated from a syndicated feed.)\n\n\
                Follow our live transfer blog for the latest.";
    assert_eq!(bp(text).len(), 4, "{:?}", bp(text));
    assert_eq!(crate::extract::extract(text).claims.len(), 1);
    // the words in running text are text
    let text = "The embargo until March hurt exporters, the minister said.";
    assert!(bp(text).is_empty(), "{:?}", bp(text));
}
