//! Documents that report: a bare plural of documents closing the sentence ("…, records filed
//! with the court show."), a disclosure, and a preprint that found something.

use super::*;

#[test]
fn a_bare_plural_of_documents_closing_the_sentence_is_the_source() {
    let text = "The club cut its wage bill by a third, records filed with the league show.";
    let claims = run(text);
    check_invariants(text, &claims);
    assert_eq!(claims.len(), 1);
    let c = &claims[0];
    assert_eq!(c.text(text), "The club cut its wage bill by a third");
    assert_eq!(
        c.sources[0].mention.of(text),
        "records filed with the league"
    );
    assert_eq!(c.sources[0].kind, SourceKind::Document);
}

#[test]
fn a_disclosure_that_shows_is_a_document() {
    let text =
        "The mayor holds shares in the contractor, a disclosure in the annual accounts shows.";
    let claims = run(text);
    check_invariants(text, &claims);
    let c = claim_with(text, &claims, "The mayor");
    assert_eq!(c.text(text), "The mayor holds shares in the contractor");
    assert_eq!(c.sources[0].kind, SourceKind::Document);
}

#[test]
fn a_preprint_that_found_is_a_document() {
    let text = "An earlier preprint posted to bioRxiv last year found the same mutation in three patients.";
    let claims = run(text);
    check_invariants(text, &claims);
    let c = claim_with(text, &claims, "the same mutation");
    assert_eq!(c.text(text), "the same mutation in three patients.");
    assert_eq!(
        c.sources[0].mention.of(text),
        "An earlier preprint posted to bioRxiv"
    );
    assert_eq!(c.sources[0].kind, SourceKind::Document);
}

#[test]
fn a_plural_that_is_no_document_closing_the_sentence_stays_content() {
    // near miss: "…, voters say." is not a document; a lowercase plural that is no document's
    // head does not start a long subject after the content
    let text = "Turnout fell in the north, where the polls closed early, officials said.";
    let claims = run(text);
    check_invariants(text, &claims);
    let c = claim_with(text, &claims, "Turnout");
    assert_eq!(c.sources[0].mention.of(text), "officials");
}

#[test]
fn a_presentation_and_a_bodys_advice_that_show_are_documents_knx() {
    let text = "An investor presentation showed revenue fell by a fifth.\nTreasury advice showed the cost of the scheme would double.\nShe gave a presentation on Monday. Her advice was to wait.";
    let claims = run(text);
    check_invariants(text, &claims);
    let c = claim_with(text, &claims, "revenue fell");
    assert_eq!(c.text(text), "revenue fell by a fifth.");
    assert_eq!(c.sources[0].name, "an investor presentation");
    assert_eq!(c.sources[0].kind, SourceKind::Document);
    let c = claim_with(text, &claims, "would double");
    assert_eq!(c.sources[0].name, "Treasury advice");
    assert_eq!(c.sources[0].kind, SourceKind::Document);
    // near miss: advice and a presentation that report nothing are no sources
    for needle in ["gave a presentation", "Her advice was"] {
        assert!(claim_with(text, &claims, needle).sources.is_empty());
    }
}
