//! Short adjuncts of time or occasion around a subject and its verb of saying ("on Tuesday",
//! "last week", "In March the company said").

use super::super::lexicon;
use super::super::tokens::{Tok, TokKind};
use super::np_word;

/// "in a later interview", "on Tuesday", "last week": a short adjunct of time or occasion that
/// opens at `c` and stands right before a verb of saying; returns where that verb is.
pub fn adjunct_before_cue(toks: &[Tok], c: usize, b: usize) -> Option<usize> {
    let w = toks.get(c)?.low();
    let opens = lexicon::is_day_word(w)
        || matches!(
            w,
            "in" | "on" | "at" | "during" | "last" | "this" | "after" | "before" | "when"
        );
    if !opens || toks[c].in_quote {
        return None;
    }
    let v = (c + 1..b.min(c + 7)).find(|&j| toks[j].cue.is_some() && !toks[j].cap)?;
    // one noun phrase with no subject in it: "in March the company said" opens a clause
    let adjunct = &toks[c + 1..v];
    let one_phrase = adjunct.iter().enumerate().all(|(j, t)| {
        let subject_word = (j > 0 && lexicon::is_determiner(t.low()))
            || matches!(t.low(), "he" | "she" | "they" | "it" | "we" | "i")
            || (t.cap && !lexicon::is_day_word(t.low()) && !lexicon::is_month(t.low()));
        (np_word(t) || t.is_punct(",")) && !t.verbish && !t.in_quote && !subject_word
    });
    one_phrase.then_some(v)
}

/// "In March the company said", "On Tuesday Lee said", "In an interview Lee said": where the
/// subject starts after a leading adjunct of time or occasion that opens the clause at `a`
/// with no comma, looking no further than `k`.
pub fn leading_adjunct_end(toks: &[Tok], a: usize, k: usize) -> Option<usize> {
    // "…, but in March the company said": past a coordinator
    let a = if toks
        .get(a)
        .is_some_and(|t| matches!(t.low(), "and" | "but" | "yet" | "so"))
    {
        a + 1
    } else {
        a
    };
    let opens = matches!(
        toks.get(a)?.low(),
        "in" | "on" | "at" | "during" | "after" | "before" | "since" | "last" | "this" | "earlier"
    );
    if !opens || k < a + 3 {
        return None;
    }
    let time_word = |t: &Tok| {
        t.kind == TokKind::Number || lexicon::is_day_word(t.low()) || lexicon::is_month(t.low())
    };
    // "this week", "last month": a time phrase, not a subject
    let time_phrase = |j: usize| {
        matches!(toks[j].low(), "this" | "last" | "next" | "that")
            && toks
                .get(j + 1)
                .is_some_and(|t| lexicon::is_time_period(t.low()) || lexicon::is_day_word(t.low()))
    };
    let j = (a + 2..k).find(|&j| {
        let t = &toks[j];
        let prev = &toks[j - 1];
        lexicon::is_determiner(t.low()) && !lexicon::is_determiner(prev.low()) && !time_phrase(j)
            || matches!(t.low(), "he" | "she" | "they" | "we" | "i")
            || (t.cap && (!prev.cap || time_word(prev)) && !time_word(t))
    })?;
    let adjunct_ok = toks[a + 1..j]
        .iter()
        .all(|t| np_word(t) && !t.verbish && !t.in_quote && t.kind != TokKind::Punct);
    adjunct_ok.then_some(j)
}

/// "on Tuesday", "last week", "earlier this year", "in March": a time adjunct that ends at `k`
/// and stands between a subject and its verb ("The ministry last week said"); where it starts.
pub fn time_adjunct_start(toks: &[Tok], a: usize, k: usize) -> Option<usize> {
    let at = |j: usize| toks[j].low();
    if k < a + 2 || toks[k - 1].in_quote {
        return None;
    }
    let last = at(k - 1);
    // "USA Today", "Florida Today": a capitalised "Today" after a name closes an outlet's name,
    // not a time adjunct ("the minister today said" is lower case)
    if last == "today" && toks[k - 1].cap && toks[k - 2].cap {
        return None;
    }
    let period = lexicon::is_time_period(last);
    let mut s = if lexicon::is_day_word(last) {
        k - 1
    } else if period && matches!(at(k - 2), "this" | "last" | "next" | "that")
        || (lexicon::is_month(last) || toks[k - 1].kind == TokKind::Number && last.len() == 4)
            && at(k - 2) == "in"
    {
        k - 2
    } else {
        return None;
    };
    if s > a
        && matches!(
            at(s - 1),
            "on" | "late" | "early" | "earlier" | "later" | "last"
        )
    {
        s -= 1;
    }
    (s > a).then_some(s)
}
