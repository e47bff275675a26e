//! Where an "and" after a comma joins no two clauses: it joins two names that share a plural
//! head, two speakers after the content, two subjects of a reported clause, or words inside a
//! body's name.

use super::super::grammar::ends_in_s;
use super::super::lexicon;
use super::super::tokens::{Tok, TokKind};

/// "ballots counted in Maricopa and Pinal counties showed …": the "and" at `k` joins two names
/// that share the plural head after the second, not two clauses.
pub(super) fn shares_plural_head(toks: &[Tok], k: usize, b: usize) -> bool {
    if !(k > 0 && toks[k - 1].cap && toks.get(k + 1).is_some_and(|t| t.cap)) {
        return false;
    }
    let head = (k + 1..b).find(|&j| !toks[j].cap).unwrap_or(b);
    toks.get(head).is_some_and(|t| {
        head < b && t.kind == TokKind::Word && ends_in_s(t.low()) && !t.verbish && t.cue.is_none()
    })
}

/// "…, he and Mr. Allen said.": the "and" at `k` joins two speakers after the content, set off
/// from it by a comma or a closing quotation mark; not a new clause.
pub(super) fn joins_postposed_subject(toks: &[Tok], start: usize, k: usize) -> bool {
    let Some(c) = (start..k)
        .rev()
        .take(6)
        .find(|&j| toks[j].is_punct(",") || (toks[j].kind == TokKind::Quote && j > start))
    else {
        return false;
    };
    let first = &toks[c + 1..k];
    let plain = |t: &Tok| t.is_word() && !t.verbish && !t.in_quote;
    (!first.is_empty()
        && first.len() <= 4
        && first.iter().all(plain)
        && (first[0].cap || matches!(first[0].low(), "he" | "she" | "they" | "we" | "i")))
        || body_name_before_and(first, toks.get(k + 1))
}

/// "The White House said Biden and Xi discussed Taiwan": the "and" at `k` joins two subjects
/// of the clause a verb of saying reports, right after the verb (and any "that"), not a new
/// speaker's clause.
pub(super) fn joins_reported_subjects(toks: &[Tok], start: usize, k: usize) -> bool {
    let Some(v) = (start..k)
        .rev()
        .find(|&j| toks[j].verbish && !toks[j].in_quote)
    else {
        return false;
    };
    let says = toks[v]
        .cue
        .is_some_and(|c| c.class == lexicon::CueClass::Speech && !c.weak && !c.takes_object);
    let first = v + 1 + usize::from(toks.get(v + 1).is_some_and(|t| t.is("that")));
    // (a noun phrase: "reported in May and some lawmakers …" has a time after its verb)
    let opens_np = |t: &Tok| {
        t.cap
            || lexicon::is_determiner(t.low())
            || matches!(t.low(), "he" | "she" | "they" | "we" | "i" | "both")
    };
    says && first < k
        && opens_np(&toks[first])
        && k - first <= 4
        && toks[first..k]
            .iter()
            .all(|t| t.is_word() && !t.verbish && !t.in_quote && t.cue.is_none())
}

/// "…, the Food and Drug Administration said.", "…, the Department of Health and Human
/// Services said.": the "and" after `first` falls inside the name of a body, "the" and
/// capitalised words joined by "of" or "for", with a capitalised word after it.
fn body_name_before_and(first: &[Tok], after: Option<&Tok>) -> bool {
    first.len() >= 2
        && first.len() <= 6
        && first[0].is("the")
        && first[1].cap
        && first[1..].iter().all(|t| {
            t.is_word() && !t.verbish && !t.in_quote && (t.cap || matches!(t.low(), "of" | "for"))
        })
        && after.is_some_and(|t| t.cap && t.is_word())
}
