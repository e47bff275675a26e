//! A comma-set appositive whose relative clause has a speaker of its own: in "…, the minister
//! announced, a move refugee advocates warn will leave thousands in limbo" the last words are
//! the advocates', not the minister's; the advocates' clause opens at their subject.

use super::super::grammar::ends_in_s;
use super::super::tokens::Tok;

/// Where the speaker opens when `[i, b)` is "a NOUN [that] SUBJECT CUE VERB …": an appositive
/// of "a"/"an" and one noun, with a relative clause whose subject (up to three words ending on
/// a name or a plural) has a verb of saying or stance, and a verb after it that opens what is
/// said ("a plan critics say will cost jobs"). `None` otherwise.
pub(super) fn appositive_speaker(toks: &[Tok], i: usize, b: usize) -> Option<usize> {
    if !toks.get(i).is_some_and(|t| matches!(t.low(), "a" | "an")) {
        return None;
    }
    let plain = |t: &Tok| t.is_word() && !t.verbish && !t.in_quote && t.cue.is_none();
    if !toks.get(i + 1).is_some_and(plain) {
        return None;
    }
    let s = i + 2 + usize::from(toks.get(i + 2).is_some_and(|t| t.is("that")));
    let v = (s..b.min(s + 4)).find(|&j| !plain(&toks[j]))?;
    let last = &toks[v - 1];
    let said = toks[v].cue.is_some_and(|c| !c.ing) && !toks[v].in_quote;
    (v > s
        && said
        && (last.cap || ends_in_s(last.low()))
        && toks.get(v + 1).is_some_and(|t| t.verbish && !t.in_quote))
    .then_some(s)
}
