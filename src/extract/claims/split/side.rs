//! Side pieces: where a comma-set relative clause ends, and a side claim split once more at
//! "who".

use super::super::grammar::{ends_in_s, is_verbish};
use super::super::lexicon;
use super::super::tokens::{Tok, TokKind};
use super::{outside, trim, Piece};

/// The end of a comma-set relative clause opened at `r` in a segment from `a`: the next comma
/// followed by a verb (the main clause resuming: "Tajikistan, which was hit by war, is …"), the
/// dash that closes a dash pair the clause opened inside, else `b`.
pub(super) fn relative_end(toks: &[Tok], a: usize, r: usize, b: usize) -> usize {
    // "The officer — Brentley Vinson, who was placed on leave — was not wearing …"
    let in_dashes = toks[a..r].iter().filter(|t| is_dash(t)).count() % 2 == 1;
    let mut k = r + 1;
    while k < b {
        if in_dashes && is_dash(&toks[k]) {
            return k;
        }
        // a verb after the comma: "…, is the poorest"; or a present-tense verb before its
        // object: "…, illustrates the importance of …"
        let verb_next = toks.get(k + 1).is_some_and(is_verbish)
            || (k + 2 < b && {
                let w = toks[k + 1].low();
                !toks[k + 1].cap
                    && ends_in_s(w)
                    && (matches!(
                        toks[k + 2].low(),
                        "the"
                            | "a"
                            | "an"
                            | "that"
                            | "to"
                            | "how"
                            | "why"
                            | "what"
                            | "its"
                            | "their"
                            | "more"
                            | "about"
                            | "nearly"
                            | "roughly"
                            | "some"
                            | "$"
                            | "£"
                            | "€"
                    ) || toks[k + 2].kind == TokKind::Number)
            });
        // "…, allegedly ran a red light": an adverb before the verb
        let adverb_then_verb = k + 2 < b && {
            let w = toks[k + 1].low();
            !toks[k + 1].cap && w.len() > 4 && w.ends_with("ly") && is_verbish(&toks[k + 2])
        };
        let verb_next = verb_next || adverb_then_verb || plural_verb_next(toks, r, k, b);
        if outside(&toks[k]) && toks[k].is_punct(",") && verb_next && k + 1 < b {
            return k;
        }
        // "The tax, which he called “a disaster,” passed on Monday": American style closes the
        // quotation after the comma; the clause ends with the mark
        // (the clause has its verb already: "whose book “Trumpnation,” prompted a suit" not)
        if toks[k].in_quote
            && toks[k].is_punct(",")
            && k + 2 < b
            && toks[k + 1].kind == TokKind::Quote
            && is_verbish(&toks[k + 2])
            && (r + 1..k).any(|j| !toks[j].in_quote && is_verbish(&toks[j]))
        {
            return k + 2;
        }
        k += 1;
    }
    b
}

/// A dash outside quotation marks, spaced hyphens included.
fn is_dash(t: &Tok) -> bool {
    outside(t) && matches!(t.low(), "—" | "–" | "―" | "-")
}

/// "The plans, which have not been made public, call for …": after a plural antecedent, a bare
/// present-tense verb with no "-s" resumes the main clause when a preposition, determiner or
/// "that" follows it. `r` is the relative word, `k` the comma.
fn plural_verb_next(toks: &[Tok], r: usize, k: usize, b: usize) -> bool {
    let plural_antecedent = r >= 2 && {
        let head = &toks[r - 2];
        let w = head.low();
        head.kind == TokKind::Word && w.len() > 3 && w.ends_with('s') && !w.ends_with("ss")
    };
    // "Harlow, who sit fourth in …, return to …": a bare verb right after "who" tells a plural
    // antecedent (a team, a band) whatever its name; not a form that any subject takes ("had",
    // "would", "told", "met") nor an adverb before the verb
    let plural_relative = toks[r].is("who") && r + 1 < k && {
        let v = &toks[r + 1];
        let w = v.low();
        let any_number = v.flags & lexicon::flag::FINITE != 0
            && !matches!(w, "are" | "were" | "have" | "do")
            || lexicon::is_irregular_past(w)
            || v.cue.is_some();
        v.kind == TokKind::Word
            && !v.cap
            && w.len() > 2
            && !w.ends_with('s')
            && !w.ends_with("ed")
            && !w.ends_with("ing")
            && !w.ends_with("ly")
            && !any_number
            && !matches!(
                w,
                "also" | "then" | "now" | "still" | "never" | "once" | "not"
            )
    };
    let plural_antecedent = plural_antecedent || plural_relative;
    let (Some(verb), Some(next)) = (toks.get(k + 1), toks.get(k + 2)) else {
        return false;
    };
    let w = verb.low();
    plural_antecedent
        && k + 2 < b
        && verb.kind == TokKind::Word
        && !verb.cap
        && w.len() > 2
        && !w.ends_with('s')
        && !w.ends_with("ing")
        && !w.ends_with("ly")
        && verb.flags & lexicon::flag::CLAUSE_WORD == 0
        && !matches!(
            w,
            "and"
                | "for"
                | "from"
                | "with"
                | "by"
                | "at"
                | "in"
                | "of"
                | "on"
                | "per"
                | "via"
                | "plus"
                | "all"
                | "both"
                | "the"
                | "its"
                | "their"
                | "his"
                | "her"
                | "our"
        )
        && matches!(
            next.low(),
            "for" | "the" | "a" | "an" | "that" | "to" | "on" | "its" | "their" | "more" | "new"
        )
}

/// A side claim, split once more at "who" ("a refugee in France who has worked for the BBC").
pub fn side_pieces(toks: &[Tok], a: usize, b: usize) -> Vec<Piece> {
    let (a, b) = trim(toks, a, b);
    if a >= b {
        return Vec::new();
    }
    if let Some(w) = (a + 2..b).find(|&k| {
        outside(&toks[k])
            && matches!(toks[k].low(), "who" | "which")
            && toks.get(k + 1).is_some_and(is_verbish)
    }) {
        let mut v = Vec::new();
        let r1 = trim(toks, a, w);
        let r2 = trim(toks, w, b);
        for r in [r1, r2] {
            if r.0 < r.1 {
                v.push(Piece {
                    ranges: vec![r],
                    side: true,
                });
            }
        }
        return v;
    }
    vec![Piece {
        ranges: vec![(a, b)],
        side: true,
    }]
}
