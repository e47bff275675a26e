//! How far a frame's source reaches beyond its own clause: over coordinated clauses before a
//! postposed frame, over a conjunct with no subject of its own, around a frame set in between a
//! lead-in and its main clause, and to a second verb of saying of the same speaker.

use super::frames::{self, Frame};
use super::split::{self, Joiner, Piece};
use super::tokens::{Tok, TokKind};
use super::{grammar, lexicon, RawClaim, RawSource};

/// The pieces of a content with its frame set in ("After the court ruled, Lee said, most laws
/// …"): the leading adverbial is no claim of its own but a fragment of the main clause's first
/// piece; its side pieces (relative clauses, appositives) stay apart.
pub(super) fn around_pieces(
    toks: &[Tok],
    lead: (usize, usize),
    main: (usize, usize),
) -> Vec<Piece> {
    let mut out = Vec::new();
    let mut lead_ranges = Vec::new();
    for p in split::atomic(toks, lead.0, lead.1) {
        if p.side {
            out.push(p);
        } else {
            lead_ranges.extend(p.ranges);
        }
    }
    for mut p in split::atomic(toks, main.0, main.1) {
        if !p.side && !lead_ranges.is_empty() {
            lead_ranges.append(&mut p.ranges);
            p.ranges = std::mem::take(&mut lead_ranges);
        }
        out.push(p);
    }
    if !lead_ranges.is_empty() {
        out.push(Piece {
            ranges: lead_ranges,
            side: false,
        });
    }
    out
}

/// Whether the frame of the clause at `ca` (joined to the clause before by `joiner`) stands
/// after its content and so scopes back over the coordinated clauses before it without a frame
/// of their own: "A, but B, said X" reports both A and B.
pub(super) fn scopes_back(toks: &[Tok], f: &Frame, ca: usize, joiner: Joiner) -> bool {
    let joined = match joiner {
        Joiner::And | Joiner::Contrast => true,
        // the last item of a series: "A; B; and C, X said"
        Joiner::Semicolon => matches!(toks[ca].low(), "and" | "but" | "or"),
        Joiner::First => false,
    };
    joined
        && f.placement == frames::Placement::After
        && f.prefix.is_none()
        && matches!((f.content.as_slice(), f.source), ([(c, e)], Some((s, _))) if *c <= ca + 1 && *e <= s)
}

/// Gives the source of a frame that scopes back to the claims of the clauses before it that
/// have none (not their side claims, nor records such as "declined to comment").
pub(super) fn claim_unframed(raws: &mut [RawClaim], src: &RawSource) {
    for r in raws {
        if r.source.is_none() && !r.side && r.record.is_none() {
            r.source = Some(src.clone());
        }
    }
}

/// Whether a coordinated clause has no subject of its own ("…, but strongly favored the
/// rule"): past its conjunction and any adverbs, a verb comes first, so the clause continues the
/// one before it and shares its scope.
pub(super) fn shares_subject(toks: &[Tok], a: usize, b: usize) -> bool {
    let mut k = a + 1;
    while k < b && is_adverb(&toks[k]) {
        k += 1;
    }
    k < b && !toks[k].in_quote && grammar::is_verbish(&toks[k])
}

/// An adverb that may stand between a conjunction and its verb ("but strongly", "and then").
pub(super) fn is_adverb(t: &Tok) -> bool {
    let w = t.low();
    !t.cap
        && !t.in_quote
        && ((w.len() > 4 && w.ends_with("ly") && !t.verbish)
            || matches!(
                w,
                "also"
                    | "still"
                    | "then"
                    | "later"
                    | "now"
                    | "already"
                    | "never"
                    | "just"
                    | "even"
                    | "instead"
                    | "often"
                    | "not"
                    | "once"
                    | "soon"
            ))
}

/// "…A and added that B", "…A, but insisted B", "…A, adding that B": a second verb of saying
/// of the same speaker inside a content `[a, b)`. Returns where the first content ends, the
/// verb, and where the second content starts.
pub(super) fn second_cue(toks: &[Tok], a: usize, b: usize) -> Option<(usize, usize, usize)> {
    let k = (a + 2..b.saturating_sub(2)).find(|&k| {
        !toks[k].in_quote && matches!(toks[k].low(), "and" | "but")
            || participle_of_saying(toks, k, b)
    })?;
    if toks[k].is_punct(",") {
        return Some((k, k + 1, k + 3));
    }
    // "…was “dangerous,” noting that …": the closing quotation mark stays with the first
    if toks[k].kind == TokKind::Quote {
        return Some((k + 1, k + 1, k + 3));
    }
    let mut v = k + 1;
    while v < b && grammar::modifies_cue(&toks[v]) {
        v += 1;
    }
    // "…, but in a later interview said …"
    if let Some(cue_at) = grammar::adjunct_before_cue(toks, v, b) {
        v = cue_at;
    }
    let cue = toks.get(v).and_then(|t| t.cue)?;
    let end_a = if toks[k - 1].is_punct(",") { k - 1 } else { k };
    // "…A but blamed the strikes", "…A and urged drivers to stay calm": a verb only a
    // speaker does, with its object, is the speaker's second act, whatever follows it
    // (not a passive's second participle: "were mocked and criticized")
    let be = |t: &Tok| matches!(t.low(), "is" | "are" | "was" | "were" | "be" | "been");
    let participle = |t: &Tok| t.verbish || t.low().ends_with("ed") || t.low().ends_with("en");
    let passive = participle(&toks[k - 1]) && be(&toks[k - 2]);
    // (nor the verb of a clause set under the content: "after she attacked … and blamed")
    let subordinate = toks[a..k].iter().any(|t| {
        !t.in_quote
            && matches!(
                t.low(),
                "after" | "before" | "when" | "because" | "since" | "while" | "if" | "although"
            )
    });
    // (nor a pluperfect, which carries on the reported clause: "…was assaulted and had called
    // him on Saturday night")
    let pluperfect = toks[k + 1..v].iter().any(|t| t.is("had"));
    if v + 2 < b
        && toks[k].is_word()
        && speakers_act(&toks[v])
        && !passive
        && !subordinate
        && !pluperfect
    {
        let c = if toks[v + 1].is("that") { v + 2 } else { v + 1 };
        return Some((end_a, v, c));
    }
    if v + 2 >= b || cue.class != lexicon::CueClass::Speech || cue.weak || !cue.past {
        return None;
    }
    let c = if toks[v + 1].is("that") { v + 2 } else { v + 1 };
    (c < b && grammar::clause_follows(toks, c, b)).then_some((end_a, v, c))
}

/// A finite verb of stance or demand that takes a speaker as its subject, never the thing a
/// reported clause is about: "urged", "blamed", "called", "accused" (and their present forms).
fn speakers_act(t: &Tok) -> bool {
    !t.in_quote
        && matches!(
            t.low(),
            "urged"
                | "urges"
                | "blamed"
                | "blames"
                | "accused"
                | "accuses"
                | "criticized"
                | "criticizes"
                | "criticised"
                | "criticises"
                | "condemned"
                | "condemns"
                | "praised"
                | "praises"
                | "thanked"
                | "thanks"
                | "vowed"
                | "vows"
                | "pledged"
                | "pledges"
                | "demanded"
                | "demands"
                | "apologized"
                | "apologised"
                | "apologizes"
                | "apologises"
                | "insisted"
                | "insists"
                | "called"
                | "calls"
        )
}

/// ", adding that …", ", noting that …": a comma, then a participle of saying and "that"
/// opening a clause; or a quotation closing on its comma (",” noting that …"), where `k` is
/// the closing mark.
fn participle_of_saying(toks: &[Tok], k: usize, b: usize) -> bool {
    let quote_closes = toks[k].kind == TokKind::Quote && k > 0 && toks[k - 1].is_punct(",");
    (toks[k].is_punct(",") && !toks[k].in_quote || quote_closes)
        && k + 3 < b
        && !toks[k + 1].in_quote
        && toks[k + 1]
            .cue
            .is_some_and(|c| c.ing && c.class == lexicon::CueClass::Speech && !c.weak)
        && toks[k + 2].is("that")
        && grammar::clause_follows(toks, k + 3, b)
}

/// Whether most words of a clause are quoted.
pub(super) fn clause_mostly_quote(toks: &[Tok]) -> bool {
    // (the words and the quoted ones counted in one pass)
    let (quoted, words) = toks
        .iter()
        .filter(|t| t.is_word())
        .fold((0usize, 0usize), |(q, w), t| {
            (q + usize::from(t.in_quote), w + 1)
        });
    quoted * 10 >= words.max(1) * 7
}

/// "while costs fell 2%", "whereas exports held steady": a clause of contrast with a subject of
/// its own, which a frame set in just before it ("Revenue rose 4%, the company said, while …")
/// reports too; not the writer's scene ("while her husband was watching") nor a participle
/// ("while clutching the lectern").
pub(super) fn contrast_reported(toks: &[Tok], a: usize, b: usize) -> bool {
    let progressive = toks[a + 1..b]
        .windows(2)
        .any(|w| matches!(w[0].low(), "was" | "were") && w[1].low().ends_with("ing"));
    matches!(toks[a].low(), "while" | "whereas")
        && a + 1 < b
        && !toks[a + 1].low().ends_with("ing")
        && grammar::clause_follows(toks, a + 1, b)
        && !progressive
}
