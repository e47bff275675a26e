//! What follows a postposed frame: a participle of saying that opens more content ("adding
//! that …"), a day adjunct ("on Friday").

use super::*;

/// "adding that he would appeal", "noting the delay": a participle of saying that opens
/// `tail` after a postposed frame; what it introduces, without the participle, its hearer,
/// its channel and "that".
pub(in crate::extract::claims::frames) fn saying_participle_content(
    toks: &[Tok],
    tail: (usize, usize),
) -> Option<(usize, usize)> {
    let cue = toks[tail.0].cue?;
    // ("…, ruling that the claim was filed too late": a court's ruling reports its finding)
    let ruling = cue.base == "rule" && toks.get(tail.0 + 1).is_some_and(|t| t.is("that"));
    if !cue.ing || cue.weak && !ruling || cue.class != CueClass::Speech || toks[tail.0].in_quote {
        return None;
    }
    // past a hearer and a channel: "telling the Daily Nation that …", "saying in a statement
    // that …"
    let c = skip_after_cue(toks, tail.0, tail.1, cue.takes_object);
    let content = trim_range(toks, c, tail.1);
    // a clause, "that" or a quotation opens what was said; "pointing to one of his ears" does not
    let opens = c < tail.1
        && (toks[c - 1].is("that")
            || toks[c].kind == TokKind::Quote
            || clause_follows(toks, c, tail.1));
    (content.0 < content.1 && opens).then_some(content)
}

/// Where a run of day words that opens at `c` ends: "Friday", "on Friday", "late Monday",
/// "this week"; `c` itself when none opens there.
pub(super) fn day_adjunct_end(toks: &[Tok], c: usize, b: usize) -> usize {
    let mut d = c;
    while d < b
        && matches!(
            toks[d].low(),
            "on" | "last" | "this" | "late" | "early" | "earlier"
        )
    {
        d += 1;
    }
    let days = d;
    while d < b
        && (lexicon::is_day_word(toks[d].low())
            || d > days && matches!(toks[d].low(), "morning" | "afternoon" | "evening" | "night"))
    {
        d += 1;
    }
    if d == days {
        c
    } else {
        d
    }
}
