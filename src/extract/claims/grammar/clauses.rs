//! Whether a new clause (a subject followed by a verb) starts at a token, or a clause of
//! unattributed reports ("amid reports that").

use super::super::tokens::{Tok, TokKind};
use super::{adjunct_before_cue, is_verbish, valid_source_np};

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

/// Whether a subject with an appositive set off by commas, then a verb of saying, starts at
/// `i`: "the foreign minister, Penny Wong, said", "Ann Lee, the mayor, told" (a few words each,
/// no verb), looking no further than `end`.
pub fn speaker_with_appositive(toks: &[Tok], i: usize, end: usize) -> bool {
    // (no participle or relative pronoun: "uttering charges that Ann Lee, for one, called")
    let plain = |t: &Tok| {
        t.is_word()
            && !t.in_quote
            && !is_verbish(t)
            && (t.cap || !t.low().ends_with("ing"))
            && !matches!(t.low(), "that" | "who" | "which")
    };
    let Some(c) = (i + 1..end.min(i + 7)).find(|&c| toks[c].is_punct(",")) else {
        return false;
    };
    if !toks[i..c].iter().all(plain) || !valid_source_np(&toks[i..c]) {
        return false;
    }
    let Some(k) = (c + 2..end.min(c + 9)).find(|&k| toks[k].is_punct(",")) else {
        return false;
    };
    toks[c + 1..k].iter().all(plain)
        && toks
            .get(k + 1)
            .is_some_and(|v| v.cue.is_some() && v.verbish && !v.in_quote)
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
