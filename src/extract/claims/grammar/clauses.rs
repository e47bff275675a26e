//! Whether a new clause (a subject followed by a verb) starts at a token, or a clause of
//! unattributed reports ("amid reports that").

use super::super::lexicon;
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
    for (j, t) in toks.iter().enumerate().take(stop).skip(i + 1) {
        if t.is_punct(",") || t.is_punct(";") || t.kind == TokKind::Quote {
            return false;
        }
        if present_cue_before_that(toks, j) {
            return true;
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

/// Whether `j` is a verb of saying in the present before "that", after a word that can end a
/// source's noun phrase: "the Environment Agency warns that", "AS reports that", "forecasters
/// warn that" (the present forms are no finite verbs to [`is_verbish`], being nouns as often:
/// "the claims that", "new reports that").
fn present_cue_before_that(toks: &[Tok], j: usize) -> bool {
    let t = &toks[j];
    // ("reports" is no cue in the lexicon, being a noun as often; the frames read it as a verb
    // after a name and before "that", as here)
    let cue = t.cue.is_some_and(|c| !c.past && !c.ing) || t.is("reports");
    let present = cue && !t.cap && !t.in_quote;
    if !present || j == 0 || !toks.get(j + 1).is_some_and(|n| n.is("that")) {
        return false;
    }
    // "Pentagon reports that were leaked": a relative "that", its verb straight after
    if toks.get(j + 2).is_some_and(is_verbish) {
        return false;
    }
    let before = &toks[j - 1];
    let w = before.low();
    let noun = |w: &str| {
        lexicon::is_person_word(w)
            || lexicon::is_anonymous_head(w)
            || lexicon::is_group_head(w)
            || lexicon::is_org_word(w)
            || lexicon::is_official_word(w)
            || lexicon::is_media_word(w)
            || lexicon::is_document_head(w)
    };
    before.is_word()
        && !lexicon::is_determiner(w)
        && (before.cap
            || matches!(w, "he" | "she" | "it" | "they" | "we")
            || noun(w)
            || w.strip_suffix('s').is_some_and(noun))
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
