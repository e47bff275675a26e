//! Place names in "City, ST," form, whose commas and periods belong to the name.

use super::super::lexicon;
use super::super::tokens::{Tok, TokKind};

/// Whether the comma at `j` is part of a place name, "City, ST," ("a driver from Ava, Mo., who
/// …"): the comma after the city, or the one closing the state. Such commas set off no
/// appositive.
pub fn in_place_name(toks: &[Tok], j: usize) -> bool {
    let is_state = |t: &Tok| t.cap && lexicon::is_us_state(t.low().trim_end_matches('.'));
    // the end of the state: past a period the tokenizer kept apart ("Mo" ".")
    let state_end = |c: usize| {
        let e = c + 2;
        if toks.get(e).is_some_and(|t| t.is_punct(".")) {
            e + 1
        } else {
            e
        }
    };
    let state_after = |c: usize| {
        c > 0
            && toks[c].is_punct(",")
            && toks[c - 1].cap
            && toks[c - 1].is_word()
            && toks.get(c + 1).is_some_and(is_state)
            && !toks
                .get(state_end(c))
                .is_some_and(|t| matches!(t.kind, TokKind::Word | TokKind::Number))
    };
    toks[j].is_punct(",")
        && (state_after(j)
            || (j >= 2 && state_after(j - 2) && state_end(j - 2) == j)
            || (j >= 3 && state_after(j - 3) && state_end(j - 3) == j))
}

/// Whether the comma at `j` stands between a city and its state ("Ava, Mo."), not the one
/// after the state.
pub fn is_city_comma(toks: &[Tok], j: usize) -> bool {
    in_place_name(toks, j)
        && toks
            .get(j + 1)
            .is_some_and(|t| t.cap && lexicon::is_us_state(t.low().trim_end_matches('.')))
}

/// Whether the token at `j` is the period the tokenizer kept apart after a state's
/// abbreviation in a place name ("Flint, Mich." → "Mich" "."): part of the name, not the end
/// of a sentence.
pub fn is_state_period(toks: &[Tok], j: usize) -> bool {
    j >= 3 && toks[j].is_punct(".") && is_city_comma(toks, j - 2)
}
