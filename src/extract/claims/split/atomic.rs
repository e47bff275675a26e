//! The atomic pieces of one clause: split at comma-set subordinate clauses, with relative
//! clauses and appositives pulled out as side pieces and the outer claim left in fragments.

use super::super::grammar::{clause_follows, is_verbish};
use super::super::tokens::{Tok, TokKind};
use super::side::relative_end;
use super::{next_comma, outside, side_pieces, trim, Piece};

fn is_time_word(w: &str) -> bool {
    matches!(
        w,
        "days"
            | "day"
            | "weeks"
            | "week"
            | "months"
            | "month"
            | "years"
            | "year"
            | "hours"
            | "hour"
            | "minutes"
            | "moments"
            | "shortly"
            | "soon"
            | "just"
            | "only"
            | "a"
            | "an"
            | "two"
            | "three"
            | "four"
            | "five"
            | "several"
            | "few"
            | "long"
            | "even"
            | "right"
    ) || w.chars().all(|c| c.is_ascii_digit())
}

fn is_lead_prep(w: &str) -> bool {
    matches!(
        w,
        "ahead"
            | "after"
            | "before"
            | "during"
            | "following"
            | "since"
            | "in"
            | "on"
            | "at"
            | "amid"
            | "despite"
            | "with"
            | "under"
            | "until"
            | "for"
    )
}

/// The atomic pieces of the clause `[a, b)`.
pub fn atomic(toks: &[Tok], a: usize, b: usize) -> Vec<Piece> {
    let (a, b) = trim(toks, a, b);
    if a >= b {
        return Vec::new();
    }
    // (room for the usual few pieces and segments up front: growing from empty costs more)
    let mut out = Vec::with_capacity(2);
    let mut start = a;
    // 1. a lead-in phrase holding a relative clause: "ahead of the Games, which began …, X …"
    if is_lead_prep(&toks[a].lower) && outside(&toks[a]) {
        let c = next_comma(toks, a, b.min(a + 22));
        if c < b
            && c < a + 22
            && (a..c).any(|k| {
                matches!(toks[k].low(), "which" | "who" | "where")
                    && toks.get(k + 1).is_some_and(is_verbish)
            })
            && clause_follows(toks, c + 1, b)
        {
            out.push(Piece {
                ranges: vec![trim(toks, a, c)],
                side: true,
            });
            start = c + 1;
        }
    }
    // "In Miami, where the mayor lives, prices rose": the lead-in joins the main clause and
    // the relative clause set in it is a side claim
    if start == a {
        if let Some(pieces) = lead_with_relative(toks, a, b) {
            out.extend(pieces);
            return out;
        }
    }
    // 2. comma-set subordinate clauses: ", days after …", ", when …"
    let mut segs = Vec::with_capacity(2);
    let mut s = start;
    let mut k = start;
    while k < b {
        if outside(&toks[k]) && toks[k].is_punct(",") {
            let mut j = k + 1;
            while j < b && j < k + 4 && is_time_word(&toks[j].lower) {
                j += 1;
            }
            if j < b
                && matches!(
                    toks[j].low(),
                    "after"
                        | "before"
                        | "when"
                        | "because"
                        | "since"
                        | "until"
                        | "once"
                        | "as"
                        | "whereas"
                )
                && clause_follows(toks, j + 1, b)
                && k > s + 2
            {
                segs.push((s, k));
                s = k + 1;
            }
        }
        k += 1;
    }
    segs.push((s, b));
    // 3. relative clauses and appositives inside each segment
    for (sa, sb) in segs {
        let (sa, sb) = trim(toks, sa, sb);
        if sa >= sb {
            continue;
        }
        let mut inners: Vec<(usize, usize)> = Vec::new();
        let mut k = sa;
        while k < sb {
            let t = &toks[k];
            if outside(t) && t.is_punct(",") && k + 1 < sb {
                let w = toks[k + 1].low();
                let relative = matches!(w, "which" | "who" | "whom" | "whose" | "where") && k > sa;
                let e = if relative {
                    relative_end(toks, sa, k + 1, sb)
                } else {
                    next_comma(toks, k + 1, sb)
                };
                let relative = relative && e - (k + 1) >= 3;
                // "Under the Constitution, an impeachment motion must …": the comma closes a
                // lead-in and a clause follows, no appositive
                let after_lead = is_lead_prep(toks[sa].low())
                    && !toks[sa..k].iter().any(|t| outside(t) && t.is_punct(","))
                    // a verb before the next comma, past the noun after "a" ("In Wisconsin, a
                    // hotbed of union activism, Sanders won" is an appositive)
                    // ("For Mr. Trump, a candidate whose appeal is …, the story …": the verb
                    // of a relative clause in an appositive)
                    && (k + 3..e)
                        .take_while(|&j| !matches!(toks[j].low(), "who" | "whose" | "which"))
                        .any(|j| toks[j].verbish);
                let appositive = matches!(w, "a" | "an")
                    && k > sa
                    && toks[k - 1].cap
                    && e - (k + 1) >= 3
                    && !after_lead
                    && !(k + 2..e).any(|j| toks[j].kind == TokKind::Quote);
                if relative || appositive {
                    inners.push((k + 1, e));
                    k = e;
                    continue;
                }
            }
            k += 1;
        }
        if inners.is_empty() {
            out.push(Piece {
                ranges: vec![(sa, sb)],
                side: false,
            });
            continue;
        }
        let mut outer = Vec::new();
        let mut p = sa;
        for &(ia, ib) in &inners {
            let r = trim(toks, p, ia);
            if r.0 < r.1 {
                outer.push(r);
            }
            p = ib;
        }
        let r = trim(toks, p, sb);
        if r.0 < r.1 {
            outer.push(r);
        }
        let mut pieces: Vec<Piece> = inners
            .iter()
            .flat_map(|&(ia, ib)| side_pieces(toks, ia, ib))
            .collect();
        if !outer.is_empty() {
            pieces.push(Piece {
                ranges: outer,
                side: false,
            });
        }
        pieces.sort_by_key(|p| p.ranges[0].0);
        out.extend(pieces);
    }
    out
}

/// A leading prepositional phrase with a comma-set relative clause after its noun, then the
/// main clause: "In Miami, where two lawmakers have left the party, the mood is grim." The
/// phrase is no claim of its own but a fragment of the main clause's first piece; the relative
/// clause is a side claim. `None` when the clause has another shape.
fn lead_with_relative(toks: &[Tok], a: usize, b: usize) -> Option<Vec<Piece>> {
    if !is_lead_prep(toks[a].low()) || !outside(&toks[a]) {
        return None;
    }
    let c1 = next_comma(toks, a, b.min(a + 12));
    if c1 + 2 >= b || !matches!(toks[c1 + 1].low(), "which" | "who" | "where" | "whose") {
        return None;
    }
    let c2 = next_comma(toks, c1 + 2, b);
    if c2 >= b || !clause_follows(toks, c2 + 1, b) {
        return None;
    }
    let mut out = side_pieces(toks, c1 + 1, c2);
    let mut lead = vec![trim(toks, a, c1)];
    for mut p in atomic(toks, c2 + 1, b) {
        if !p.side && !lead.is_empty() {
            lead.append(&mut p.ranges);
            p.ranges = std::mem::take(&mut lead);
        }
        out.push(p);
    }
    if !lead.is_empty() {
        out.push(Piece {
            ranges: lead,
            side: false,
        });
    }
    Some(out)
}
