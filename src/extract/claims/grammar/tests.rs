//! Tests of the word-class guesses: source noun phrases and new clauses.

use super::super::tokens::{tokenize, Tok};
use super::{clause_follows, valid_source_np};

fn toks(s: &str) -> Vec<Tok<'_>> {
    tokenize(s, 0, s.len())
}

#[test]
fn recognises_source_noun_phrases() {
    for np in [
        "he",
        "an intelligence source",
        "Senator Jane Roe",
        "the ministry",
        "many security experts",
        "people familiar with the matter",
        "experts not involved in the study",
        "The report",
        "French authorities",
        // a person by what they do or are
        "The businessman",
        "the retired economist",
        "two nurses",
    ] {
        assert!(valid_source_np(&toks(np)), "{np}");
    }
    for np in [
        "the weather was",
        "it is expected",
        "a big table",
        "the business",
        // a relative clause, a degree word before a preposition
        "who currently hold a 54-seat majority in the Senate",
        "well below the 22 billion gallons Congress",
    ] {
        assert!(!valid_source_np(&toks(np)), "{np}");
    }
}

#[test]
fn finds_new_clauses() {
    let t = toks("and the river is rising");
    assert!(clause_follows(&t, 1, t.len()));
    let t = toks("and Asian migrants who have been contacted");
    assert!(!clause_follows(&t, 1, t.len()));
    let t = toks("but declined to comment");
    assert!(!clause_follows(&t, 1, t.len()));
}
