//! Whether a new clause (a subject followed by a verb) starts at a token, or a clause of
//! unattributed reports ("amid reports that").

use super::super::tokens::{Tok, TokKind};
use super::{adjunct_before_cue, is_verbish};

/// Whether a new clause (a subject followed by a verb) starts at `i`, looking no further than
/// `end`, a comma or a relative pronoun.
pub fn clause_follows(toks: &[Tok], i: usize, end: usize) -> bool {
    let Some(first) = toks.get(i) else {
        return false;
    };
    if i >= end || !first.is_word() {
        return false;
    }
    // "…, but declined to comment", "…, but in a later interview said": a shared subject,
    // not a new clause
    if is_verbish(first) || adjunct_before_cue(toks, i, end).is_some() {
        return false;
    }
    let stop = end.min(i + 14);
    for t in &toks[i + 1..stop] {
        if t.is_punct(",") || t.is_punct(";") || t.kind == TokKind::Quote {
            return false;
        }
        if matches!(t.low(), "who" | "which" | "that" | "whom" | "whose") {
            return false;
        }
        if is_verbish(t) {
            return true;
        }
    }
    false
}

/// Whether `k` opens "amid reports that", "after claims that", "despite speculation that"
/// (before `b`): unattributed reports a sentence sets its news against.
pub fn reports_opener(toks: &[Tok], k: usize, b: usize) -> bool {
    k + 3 < b
        && matches!(toks[k].low(), "amid" | "after" | "following" | "despite")
        && matches!(
            toks[k + 1].low(),
            "reports" | "claims" | "speculation" | "rumours" | "rumors" | "suggestions"
        )
        && toks[k + 2].is("that")
}
