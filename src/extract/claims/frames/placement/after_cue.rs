//! What follows a cue before its content: a short object that announces what follows, an object
//! then a participle of saying, or a clause with a subject of its own.

use super::*;

/// "She added this:", "The group points out some other figures:": a short object and a colon
/// closing the clause `[.., b)` announce content that follows.
pub(super) fn announces_what_follows(toks: &[Tok], content: (usize, usize), b: usize) -> bool {
    content.0 < content.1
        && toks[b - 1].is_punct(":")
        && content.1 - content.0 <= 6
        && !toks[content.0..content.1]
            .iter()
            .any(|t| t.verbish || t.in_quote)
}

/// "rejected [the claim], saying …", "disputes that figure, adding that …": a short noun phrase
/// opening `content`, a comma, and a participle of saying; what the participle introduces.
pub(super) fn object_then_saying(toks: &[Tok], content: (usize, usize)) -> Option<(usize, usize)> {
    let (s, e) = content;
    let comma = (s..e.min(s + 7)).find(|&k| is_comma(&toks[k]))?;
    let object = &toks[s..comma];
    // a cue word after a determiner is a noun: "the claim", "that report"
    let noun_phrase = !object.is_empty()
        && object.iter().enumerate().all(|(k, t)| {
            let noun_cue = k > 0 && lexicon::is_determiner(object[k - 1].low());
            t.is_word() && !t.in_quote && (noun_cue || !t.verbish && t.cue.is_none())
        });
    if !noun_phrase || comma + 1 >= e {
        return None;
    }
    saying_participle_content(toks, (comma + 1, e))
}

/// Whether the cue at `i` reports a clause with a subject of its own: "that" or a full clause
/// after the cue and its hearer.
pub(super) fn reports_own_clause(toks: &[Tok], i: usize, b: usize, takes_object: bool) -> bool {
    let c = skip_after_cue(toks, i, b, takes_object);
    c < b && (toks[c - 1].is("that") || clause_follows(toks, c, b))
}
