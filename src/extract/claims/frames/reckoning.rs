//! Frames that give a source's own reckoning in a phrase set off by a comma: "By his count,
//! 40 people were hurt", "…, by the agency's estimate", "In her view, …", "In the words of one
//! aide, …". The owner of the count or the view, or the one whose words they are, is the source.

use super::*;

/// Nouns for what a source reckons or holds, after "by" or "in" and an owner.
fn is_reckoning_noun(w: &str) -> bool {
    matches!(
        w,
        "count"
            | "estimate"
            | "estimates"
            | "reckoning"
            | "tally"
            | "calculation"
            | "calculations"
            | "estimation"
            | "account"
            | "view"
            | "opinion"
    )
}

/// The owner's span when `[s, e)` is "by/in" + an owner + a reckoning noun ("by his count",
/// "in the agency's estimate", "by Ann Lee's account"), or "in the words of" + a source.
fn reckoning_source(toks: &[Tok], s: usize, e: usize) -> Option<(usize, usize)> {
    if e < s + 3 || !matches!(toks[s].low(), "by" | "in") || toks[s..e].iter().any(|t| t.in_quote) {
        return None;
    }
    // "In the words of one aide"
    let words_of = ["in", "the", "words", "of"];
    if e > s + 4 && (0..4).all(|k| toks[s + k].is(words_of[k])) {
        let source = (s + 4, e);
        return toks[source.0..source.1]
            .iter()
            .all(np_word)
            .then_some(source);
    }
    if e - s > 6 || !is_reckoning_noun(toks[e - 1].low()) {
        return None;
    }
    let owner = &toks[e - 2];
    let pronoun = matches!(owner.low(), "his" | "her" | "their" | "its");
    let possessive = owner.low().ends_with("'s") || owner.low().ends_with("’s");
    // "by one estimate", "in the official count": no owner, no source
    if !(pronoun && e == s + 3 || possessive) || !toks[s + 1..e - 1].iter().all(np_word) {
        return None;
    }
    Some((s + 1, e - 1))
}

/// "By his count, 40 people were hurt" and "40 people were hurt, by his count": the owner of
/// the count is the source of the clause.
pub(super) fn reckoning(toks: &[Tok], a: usize, b: usize) -> Option<Frame> {
    // before the content
    let c = next_comma(toks, a, b);
    if c < b {
        if let Some(src) = reckoning_source(toks, a, c) {
            let content = trim_range(toks, c + 1, b);
            if content.1 > content.0 + 2 && clause_follows(toks, content.0, content.1) {
                return Some(simple_frame(src, toks[a].low(), content, Placement::Before));
            }
        }
    }
    // after the content: "…, by his count."
    let (last, e) = closing_phrase(toks, a, b)?;
    let src = reckoning_source(toks, last + 1, e)?;
    let content = trim_range(toks, a, last);
    (content.1 > content.0 + 2 && clause_follows(toks, a, last))
        .then(|| simple_frame(src, toks[last + 1].low(), content, Placement::After))
}
