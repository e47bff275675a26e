//! "alleged" and "suspected" before a noun: "Police arrested a suspected gang leader", "14
//! confirmed and 6 suspected cases", "the alleged victim was taken to hospital". The word
//! qualifies the label given to a person or thing, while the claim still asserts the arrest,
//! the count or the trip to hospital: it hedges nothing. The hedges are "allegedly", "is
//! alleged to have", "is suspected of" and the verb ("he alleged fraud" is what he says).

use super::super::tokens::{Tok, TokKind};

/// Words after which "alleged" or "suspected" opens a noun phrase: determiners, possessives
/// and the joining words of a list ("confirmed and suspected cases").
const BEFORE: &[&str] = &[
    "a", "an", "the", "his", "her", "their", "its", "our", "your", "my", "two", "three", "four",
    "five", "six", "seven", "eight", "nine", "ten", "several", "some", "many", "more", "other",
    "all", "any", "no", "and", "or", "one", "of", "this", "that", "these", "those", "another",
];

/// Words that make "alleged" or "suspected" a verb or a predicate, not a noun's modifier:
/// "suspected of", "alleged to", "alleged that", "suspected by police".
const AFTER_VERB: &[&str] = &[
    "of", "to", "that", "by", "in", "on", "at", "as", "it", "him",
];

/// Whether `toks[i]` ("alleged" or "suspected") modifies the noun after it (see the module).
pub fn is_attributive(toks: &[Tok], i: usize) -> bool {
    if !(toks[i].is("alleged") || toks[i].is("suspected")) {
        return false;
    }
    let Some(next) = toks.get(i + 1) else {
        return false;
    };
    // "suspected immediately that …": an adverb after a verb
    if next.kind != TokKind::Word || AFTER_VERB.contains(&next.low()) || next.low().ends_with("ly")
    {
        return false;
    }
    match i.checked_sub(1).map(|p| &toks[p]) {
        // "Suspected militants attacked a post": the sentence's first word
        None => true,
        Some(prev) => prev.kind == TokKind::Number || BEFORE.contains(&prev.low()),
    }
}

#[cfg(test)]
mod tests {
    use super::super::tests::hedged;

    #[test]
    fn a_suspect_named_as_such_hedges_nothing() {
        for s in [
            "Police arrested a suspected gang leader on Monday",
            "Tanzania has recorded 14 confirmed and 6 suspected cases",
            "The alleged victim was taken to hospital",
            "Suspected militants attacked an army post near the border",
            "Officers seized his alleged accomplice's car",
        ] {
            assert!(!hedged(s), "{s}");
        }
        for s in [
            "The man is suspected of setting the fire",
            "The minister allegedly took bribes",
            "He is alleged to have taken bribes",
            "The suspect was reportedly armed",
            "Police suspected that the fire was started deliberately",
            "The company alleged fraud by its former partner",
            "He heard gunfire and suspected immediately that the compound was under attack",
        ] {
            assert!(hedged(s), "{s}");
        }
    }
}
