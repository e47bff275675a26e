//! Atomic claims: a clause is split at coordinated independent clauses and at comma-set
//! subordinate clauses; comma-set relative clauses and appositives that state a fact of their
//! own are pulled out, leaving the outer claim in fragments around them.

use super::grammar::{clause_follows, is_verbish};
use super::tokens::{Tok, TokKind};

/// How a clause joins the one before it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Joiner {
    First,
    And,
    Contrast,
    Semicolon,
}

/// One atomic piece of a clause: one or more token ranges (fragments), and whether it is a
/// side claim (a relative clause or appositive the writer inserted) rather than the clause's own
/// assertion.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Piece {
    pub ranges: Vec<(usize, usize)>,
    pub side: bool,
}

fn outside(t: &Tok) -> bool {
    !t.in_quote
}

/// Splits `[a, b)` at coordinated independent clauses (";", ", while", ", although", ", but" or
/// ", and" followed by a new subject and verb).
pub fn clauses(toks: &[Tok], a: usize, b: usize) -> Vec<(usize, usize, Joiner)> {
    let mut out = Vec::new();
    let mut start = a;
    let mut joiner = Joiner::First;
    let mut k = a;
    while k < b {
        let t = &toks[k];
        // a sentence that ends inside a closing quotation mark: “… for him.” She says …
        if t.kind == TokKind::Quote
            && k > start + 2
            && k + 1 < b
            && toks[k - 1].is_punct(".")
            && toks[k - 1].in_quote
            && toks[k + 1].cap
            && !toks[k + 1].in_quote
            && toks[k + 1].cue.is_none()
            && !super::units::is_bare_frame(&toks[k + 1..b])
        {
            if k + 1 > start {
                out.push((start, k + 1, joiner));
            }
            start = k + 1;
            joiner = Joiner::Semicolon;
            k += 1;
            continue;
        }
        if !outside(t) {
            k += 1;
            continue;
        }
        let mut cut: Option<(usize, usize, Joiner)> = None; // (end of this, start of next, joiner)
        if t.is_punct(";")
            || (t.is_punct(":")
                && k >= start + 5
                && toks[k - 1].cue.is_none()
                && clause_follows(toks, k + 1, b))
        {
            cut = Some((k, k + 1, Joiner::Semicolon));
        } else if t.is_punct(",")
            && k + 1 < b
            && concessive_lead(toks, start, k)
            && clause_follows(toks, k + 1, b)
        {
            // "Although she called it a mistake, she said …": the concession is a claim of
            // its own and the main clause has its own frame
            cut = Some((k, k + 1, Joiner::Semicolon));
        } else if t.is_punct(",") && k + 1 < b {
            let w = toks[k + 1].low();
            match w {
                "while" | "whereas" | "although" | "though" if clause_follows(toks, k + 2, b) => {
                    cut = Some((k, k + 1, Joiner::Contrast))
                }
                "but" | "yet" if clause_follows(toks, k + 2, b) => {
                    cut = Some((k, k + 1, Joiner::Contrast))
                }
                "and" if clause_follows(toks, k + 2, b) && !in_open_relative(toks, start, k) => {
                    cut = Some((k, k + 1, Joiner::And))
                }
                _ => {}
            }
        } else if (matches!(t.low(), "although" | "whereas")
            && k > start + 2
            // "said that although …, …": the clause opens what was said
            && !toks[k - 1].is("that")
            && clause_follows(toks, k + 1, b))
            || (t.lower == "but" && k > start + 3 && clause_follows(toks, k + 1, b))
            || (matches!(t.low(), "and" | "but")
                && k > start + 3
                // "Polls in Ohio and Iowa have shown": a clause before, not a noun phrase
                && toks[start..k].iter().any(|t| t.verbish && !t.in_quote)
                && new_speaker_follows(toks, k + 1, b)
                && !(t.lower == "and" && joins_postposed_subject(toks, start, k)))
        {
            cut = Some((k, k, Joiner::Contrast));
        }
        if let Some((end, next, j)) = cut {
            if end > start {
                out.push((start, end, joiner));
            }
            start = next;
            joiner = j;
            k = next;
            continue;
        }
        k += 1;
    }
    if b > start {
        out.push((start, b, joiner));
    }
    out
}

/// Whether `[start, k)` is a leading concessive clause ("Although the deal collapsed") with
/// its own subject and verb, ended by the comma at `k`.
fn concessive_lead(toks: &[Tok], start: usize, k: usize) -> bool {
    let opener = match toks[start].low() {
        "although" | "though" | "whereas" => start + 1,
        "even" if toks.get(start + 1).is_some_and(|t| t.is("though")) => start + 2,
        _ => return false,
    };
    k > opener + 1
        && !toks[opener..k]
            .iter()
            .any(|t| t.in_quote || t.is_punct(","))
        && { toks[opener..k].iter().any(|t| t.verbish) }
}

/// "… and Democrats accused …": a short subject and a verb of saying start a new attribution.
fn new_speaker_follows(toks: &[Tok], i: usize, b: usize) -> bool {
    let Some(first) = toks.get(i) else {
        return false;
    };
    let opens_np = first.cap
        || matches!(
            first.low(),
            "the"
                | "his"
                | "her"
                | "their"
                | "some"
                | "many"
                | "other"
                | "others"
                | "he"
                | "she"
                | "they"
                | "critics"
                | "officials"
                | "experts"
                | "analysts"
        );
    if !opens_np {
        return false;
    }
    (i + 1..b.min(i + 6)).any(|j| {
        toks[j].cue.is_some_and(|c| !c.weak || c.past)
            && toks[j].verbish
            && toks[i..j].iter().all(|t| {
                t.is_word()
                    && !t.in_quote
                    && (!t.verbish || matches!(t.low(), "has" | "have" | "had" | "also"))
            })
    })
}

/// "…, he and Mr. Allen said.": the "and" at `k` joins two speakers after the content, set off
/// from it by a comma or a closing quotation mark; not a new clause.
fn joins_postposed_subject(toks: &[Tok], start: usize, k: usize) -> bool {
    let Some(c) = (start..k)
        .rev()
        .take(6)
        .find(|&j| toks[j].is_punct(",") || (toks[j].kind == TokKind::Quote && j > start))
    else {
        return false;
    };
    let first = &toks[c + 1..k];
    !first.is_empty()
        && first.len() <= 4
        && first
            .iter()
            .all(|t| t.is_word() && !t.verbish && !t.in_quote)
        && (first[0].cap || matches!(first[0].low(), "he" | "she" | "they" | "we" | "i"))
}

/// Whether `k` lies inside a comma-set relative clause that has no verb yet ("…, where France,
/// the United States, and Ukraine will play").
fn in_open_relative(toks: &[Tok], start: usize, k: usize) -> bool {
    let Some(r) = (start + 1..k).rev().find(|&j| {
        outside(&toks[j])
            && matches!(toks[j].low(), "which" | "who" | "where" | "whose")
            && toks[j - 1].is_punct(",")
    }) else {
        return false;
    };
    !toks[r + 1..k].iter().any(is_verbish)
}

/// The end of a comma-set relative clause opened at `r`: the next comma followed by a verb (the
/// main clause resuming: "Tajikistan, which was hit by war, is …"), else `b`.
fn relative_end(toks: &[Tok], r: usize, b: usize) -> usize {
    let mut k = r + 1;
    while k < b {
        // a verb after the comma: "…, is the poorest"; or a present-tense verb before its
        // object: "…, illustrates the importance of …"
        let verb_next = toks.get(k + 1).is_some_and(is_verbish)
            || (k + 2 < b && {
                let w = toks[k + 1].low();
                !toks[k + 1].cap
                    && w.len() > 3
                    && w.ends_with('s')
                    && !w.ends_with("ss")
                    && matches!(
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
                    )
            });
        if outside(&toks[k]) && toks[k].is_punct(",") && verb_next && k + 1 < b {
            return k;
        }
        k += 1;
    }
    b
}

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

fn next_comma(toks: &[Tok], i: usize, b: usize) -> usize {
    (i..b)
        .find(|&k| outside(&toks[k]) && toks[k].is_punct(","))
        .unwrap_or(b)
}

fn trim(toks: &[Tok], mut a: usize, mut b: usize) -> (usize, usize) {
    while a < b && toks[a].kind == TokKind::Punct && !toks[a].is_punct("(") {
        a += 1;
    }
    while b > a
        && toks[b - 1].kind == TokKind::Punct
        && matches!(toks[b - 1].low(), "," | ";" | ":" | "-" | "—" | "–")
    {
        b -= 1;
    }
    (a, b)
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
    let mut out = Vec::new();
    if a >= b {
        return out;
    }
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
    let mut segs = Vec::new();
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
                    relative_end(toks, k + 1, sb)
                } else {
                    next_comma(toks, k + 1, sb)
                };
                let relative = relative && e - (k + 1) >= 3;
                let appositive = matches!(w, "a" | "an")
                    && k > sa
                    && toks[k - 1].cap
                    && e - (k + 1) >= 3
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

#[cfg(test)]
mod tests {
    use super::super::tokens::tokenize;
    use super::*;

    fn texts(s: &str) -> Vec<(String, bool)> {
        let toks = tokenize(s, 0, s.len());
        atomic(&toks, 0, toks.len())
            .into_iter()
            .map(|p| {
                let t = p
                    .ranges
                    .iter()
                    .map(|&(a, b)| &s[toks[a].start..toks[b - 1].end])
                    .collect::<Vec<_>>()
                    .join(" ");
                (t, p.side)
            })
            .collect()
    }

    #[test]
    fn splits_coordinated_clauses() {
        let s = "Prices rose 4% in May, while wages fell for a third month; the bank is worried.";
        let toks = tokenize(s, 0, s.len());
        let c = clauses(&toks, 0, toks.len());
        assert_eq!(c.len(), 3);
        assert_eq!(c[1].2, Joiner::Contrast);
        assert_eq!(c[2].2, Joiner::Semicolon);
    }

    #[test]
    fn keeps_lists_and_shared_subjects_together() {
        let s = "The mayor visited Lyon, Nice and Paris, but declined to comment.";
        let toks = tokenize(s, 0, s.len());
        assert_eq!(clauses(&toks, 0, toks.len()).len(), 1);
    }

    #[test]
    fn pulls_out_a_non_restrictive_relative_clause() {
        let got = texts("Moldova, which joined the talks in 2022, is the smallest member.");
        assert_eq!(
            got,
            vec![
                ("Moldova is the smallest member.".to_string(), false),
                ("which joined the talks in 2022".to_string(), true)
            ]
        );
    }

    #[test]
    fn leaves_restrictive_relatives_inside() {
        let got = texts("Three nurses who treated the patient declined to comment.");
        assert_eq!(got.len(), 1);
    }

    #[test]
    fn pulls_out_an_appositive_and_a_subordinate_clause() {
        let got = texts(
            "Rescuers reached Tumaco, a port town near the border, hours after the quake struck.",
        );
        assert_eq!(got.len(), 3);
        assert_eq!(got[1], ("a port town near the border".to_string(), true));
        assert_eq!(got[2].0, "hours after the quake struck.");
    }

    #[test]
    fn a_lead_in_with_a_relative_clause_joins_the_main_clause() {
        let got = texts("In Lagos, where the port reopened in May, rents rose by a fifth.");
        assert_eq!(
            got,
            vec![
                ("where the port reopened in May".to_string(), true),
                ("In Lagos rents rose by a fifth.".to_string(), false)
            ]
        );
        let got = texts("After the vote, which the opposition boycotted, the mayor resigned.");
        assert_eq!(
            got[1],
            ("After the vote the mayor resigned.".to_string(), false)
        );
    }
}
