//! What follows a reporting cue before its content: the hearer ("told police"), particles
//! ("points to"), adjuncts of time, place and channel ("in a statement", "on Friday"), a vote's
//! tally and "that".

use super::*;

/// A vote's tally as one token: "6-3", "5–4".
fn is_tally(t: &Tok) -> bool {
    let mut parts = t.low().split(['-', '–']);
    let digits = |p: Option<&str>| {
        p.is_some_and(|p| !p.is_empty() && p.len() <= 3 && p.bytes().all(|c| c.is_ascii_digit()))
    };
    digits(parts.next()) && digits(parts.next()) && parts.next().is_none()
}

/// The first content token after the cue at `i`: past the hearer ("told police"), particles
/// ("points to", "pointed out"), adjuncts ("in a statement") and "that".
pub(in crate::extract::claims) fn skip_after_cue(
    toks: &[Tok],
    i: usize,
    b: usize,
    takes_object: bool,
) -> usize {
    let mut c = i + 1;
    // "ruled 6-3 that …", "voted 5-4 to …": the court's tally is the ruling's, not the holding's
    if c + 1 < b && is_tally(&toks[c]) && matches!(toks[c + 1].low(), "that" | "to") {
        c += 1;
    }
    if c < b && matches!(toks[c].low(), "to" | "out" | "up" | "back") && !takes_object {
        // "points to", "pointed out"; "wants to …" keeps its "to"
        if matches!(toks[i].low(), "points" | "pointed" | "point" | "pointing") {
            c += 1;
        }
    }
    // "warned that a storm …": no hearer, the content opens with "that"
    if takes_object && c < b && !toks[c].is("that") {
        // "told members of the council that …": the hearer runs up to "that"
        if let Some(t) = (c + 1..b.min(c + 12)).find(|&t| toks[t].is("that")) {
            if !toks[c..t]
                .iter()
                .any(|x| x.verbish || x.in_quote || x.kind == TokKind::Punct && !x.is_punct("-"))
            {
                return t + 1;
            }
        }
        let o = object_np_end(toks, c, b);
        // only when something follows the hearer
        if o < b && o > c {
            c = o;
        }
    }
    skip_adjuncts(toks, c, b)
}

/// Skips adjuncts that belong to the frame after a cue: "in a statement", "on Friday",
/// "last week", "in an interview with CNN", "that", ":".
pub(super) fn skip_adjuncts(toks: &[Tok], mut c: usize, end: usize) -> usize {
    loop {
        if c >= end {
            return c;
        }
        let w = toks[c].low();
        // "says that figure is wrong": a demonstrative opens the content
        if w == "that" && demonstrative_that(toks, c, end) {
            return c;
        }
        if matches!(w, "that" | ":" | "," | "—" | "–" | "-") {
            c += 1;
            continue;
        }
        // "said only: “…”", "replied simply, “No.”": an adverb of manner before the quotation
        if w.ends_with("ly")
            && !toks[c].cap
            && toks.get(c + 1).is_some_and(|t| {
                t.is_punct(":")
                    || t.kind == TokKind::Quote
                    || t.is_punct(",") && toks.get(c + 2).is_some_and(|q| q.kind == TokKind::Quote)
            })
        {
            c += 1;
            continue;
        }
        // "told reporters, speaking on condition of anonymity, that …": why the source went
        // unnamed, set in before the content
        if w == "speaking" {
            let lim = end.min(c + 16);
            if let Some(k) = (c + 1..lim).find(|&k| matches!(toks[k].low(), "that" | ",")) {
                if toks[c + 1..k].iter().any(|t| t.is("anonymity")) {
                    c = k;
                    continue;
                }
            }
        }
        // "said, however, that …": a connective set off by commas belongs to the frame
        let set_off_connective = matches!(
            w,
            "however"
                | "though"
                | "nonetheless"
                | "nevertheless"
                | "moreover"
                | "meanwhile"
                | "instead"
                | "too"
                | "also"
                | "furthermore"
        ) && c > 1
            && toks[c - 1].is_punct(",")
            && toks[c - 2].cue.is_some()
            && toks.get(c + 1).is_some_and(|t| t.is_punct(","));
        if set_off_connective {
            c += 1;
            continue;
        }
        // "disagreed, saying the bill could pass", "responded, adding that …": a cue with no
        // content of its own, then a participle of saying that brings it
        let participle_brings_content = matches!(
            w,
            "saying" | "adding" | "arguing" | "noting" | "insisting" | "explaining" | "stressing"
        ) && c > 1
            && toks[c - 1].is_punct(",")
            && toks[c - 2].cue.is_some();
        if participle_brings_content {
            c += 1;
            continue;
        }
        let starts_adjunct = lexicon::is_day_word(w)
            || matches!(
                w,
                "in" | "on"
                    | "at"
                    | "during"
                    | "outside"
                    | "inside"
                    | "near"
                    | "last"
                    | "this"
                    | "earlier"
                    | "late"
                    | "recently"
                    | "privately"
                    | "publicly"
                    | "repeatedly"
                    | "again"
                    | "later"
                    | "previously"
                    | "before"
                    | "after"
            );
        // "confirmed to AFP that …", "said to reporters that …": a hearer, up to "that"
        if w == "to" && toks.get(c + 1).is_some_and(|t| hearer_opens(t)) {
            let lim = end.min(c + 8);
            if let Some(k) = (c + 2..lim).find(|&k| toks[k].is("that")) {
                // (not a noun's clause: "responded to Trump's interjection that …")
                let noun_clause = {
                    let n = toks[k - 1].low();
                    toks[k - 1].cue.is_some() || n.ends_with("ion") || n.ends_with("ment")
                };
                if !noun_clause && !toks[c + 1..k].iter().any(|t| is_verbish(t) || !t.is_word()) {
                    c = k;
                    continue;
                }
            }
        }
        if !starts_adjunct {
            return c;
        }
        // the adjunct must end (within 8 tokens) before "that", ":" or a comma; the means of
        // saying may run longer before "that" ("in a reply to the South China Morning Post
        // that", "in an interview with …")
        // ("in remarks carried by …": a plural means needs no determiner)
        let means = w == "in" && {
            let det = toks
                .get(c + 1)
                .is_some_and(|t| lexicon::is_determiner(t.low()));
            toks.get(c + 1 + usize::from(det))
                .is_some_and(|t| lexicon::is_means_of_saying(t.low()))
        };
        let lim = if means {
            (c + 9..end.min(c + 13))
                .find(|&k| toks[k].is("that"))
                .map_or(end.min(c + 9), |k| k + 1)
        } else {
            end.min(c + 9)
        };
        match (c + 1..lim).find(|&k| matches!(toks[k].low(), "that" | ":" | ",")) {
            Some(k) if !(c..k).any(|j| is_verbish(&toks[j]) && !adjectival(toks, c, j)) => c = k,
            _ => {
                // "said on Friday." at the end of the clause
                if lim == end && !toks[c..end].iter().any(|t| is_verbish(t) || t.in_quote) {
                    return end;
                }
                // "said in February it expected …", "said in an interview the plan would
                // fail": a short adjunct, then the reported clause's subject
                match adjunct_before_clause(toks, c, end) {
                    Some(k) => c = k,
                    None => return c,
                }
            }
        }
    }
}

/// A word that opens a hearer after "to": a name or a determiner ("to AFP", "to the
/// paper"), or a word for reporters.
fn hearer_opens(t: &Tok) -> bool {
    (t.cap && !t.in_quote)
        || matches!(
            t.low(),
            "the" | "a" | "an" | "his" | "her" | "their" | "its" | "reporters" | "journalists"
        )
}

/// Whether the verb-like word at `j`, inside the adjunct opened at `c`, describes a document
/// there: "in an emailed statement", "in a statement emailed to reporters".
fn adjectival(toks: &[Tok], c: usize, j: usize) -> bool {
    j > c && toks[c].is("in") && {
        let prev = toks[j - 1].low();
        matches!(prev, "a" | "an" | "the" | "his" | "her" | "its" | "their")
            || lexicon::is_means_of_saying(prev)
    }
}

/// Where the reported clause starts after a short adjunct of time or place opened at `c`
/// with no "that" or comma before the clause: at a subject pronoun before a verb, or at a
/// determiner opening a clause.
fn adjunct_before_clause(toks: &[Tok], c: usize, end: usize) -> Option<usize> {
    // of time ("in February", "on Monday", "last week") or of the means ("in an interview");
    // not of the topic ("said in politics it takes time")
    let next = toks.get(c + 1).map_or("", |t| t.low());
    let after = toks.get(c + 2).map_or("", |t| t.low());
    let timed = match toks[c].low() {
        "in" => {
            // (a year is more often the time of what was said: "says in 2012 it paid …")
            lexicon::is_month(next)
                || matches!(next, "a" | "an" | "the" | "his" | "her" | "their" | "its")
                    && lexicon::is_means_of_saying(after)
        }
        "on" => lexicon::is_day_word(next),
        w => lexicon::is_day_word(w) || matches!(w, "last" | "earlier" | "later"),
    };
    if !timed {
        return None;
    }
    // ("said Tuesday the plan …": a day alone, and the clause right after it)
    let k = (c + 1..end.min(c + 6)).find(|&k| {
        let t = &toks[k];
        let pronoun = matches!(t.low(), "it" | "he" | "she" | "they" | "we" | "i")
            && toks.get(k + 1).is_some_and(is_verbish);
        let determiner = matches!(t.low(), "the" | "its" | "his" | "her" | "their")
            && clause_follows(toks, k, end);
        pronoun || determiner
    })?;
    // (not an object clause: "assails in scoffing prose what he calls …")
    let plain = toks[c + 1..k].iter().all(|t| {
        t.is_word()
            && !is_verbish(t)
            && !t.in_quote
            && !matches!(
                t.low(),
                "what"
                    | "who"
                    | "which"
                    | "how"
                    | "why"
                    | "where"
                    | "whether"
                    | "if"
                    | "some"
                    | "to"
            )
    });
    plain.then_some(k)
}

/// "The association says that figure is wrong.", "disputed that account.": "that" before a
/// singular noun for something said or counted, then a finite verb or the clause's end, points
/// back to it; it is no complementiser.
fn demonstrative_that(toks: &[Tok], c: usize, end: usize) -> bool {
    let Some(n) = toks.get(c + 1).filter(|_| c + 1 < end) else {
        return false;
    };
    let anaphoric = lexicon::is_said_thing(n.low());
    if !anaphoric || n.in_quote {
        return false;
    }
    match toks.get(c + 2).filter(|_| c + 2 < end) {
        None => true,
        Some(t) => {
            t.kind == TokKind::Punct && !t.is_punct("-")
                || t.flags & lexicon::flag::FINITE != 0
                || matches!(t.low(), "remains" | "seems" | "appears")
        }
    }
}
