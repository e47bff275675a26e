//! "According to" frames: "according to X, …", "…, according to X (, citing Y)", "as
//! reported by X", and "…, citing X" when X can speak.

use super::long_subject::is_source_noun;
use super::subject::is_prep;
use super::*;

/// "according to X, …" / "…, according to X (, citing Y)".
pub(super) fn according_to(
    toks: &[Tok],
    a: usize,
    b: usize,
    i: usize,
    len: usize,
) -> Option<Frame> {
    let s = i + len;
    let e = next_comma(toks, s, b);
    if e == s {
        return None;
    }
    let src_end = {
        let mut k = e;
        while k > s && toks[k - 1].kind == TokKind::Punct {
            k -= 1;
        }
        if k == s {
            return None;
        }
        // "according to NHS data published on Thursday": the day is when, not who, and a
        // participle left bare with it ("a poll taken Friday"), unless it has a subject of its
        // own ("figures her campaign released Friday")
        let participle = |t: &Tok| {
            t.verbish || matches!(t.low(), "taken" | "out" | "given" | "written" | "done")
        };
        match time_adjunct_start(toks, s, k) {
            Some(t)
                if t > s + 2
                    && participle(&toks[t - 1])
                    && !toks[s + 1..t - 1]
                        .iter()
                        .any(|x| lexicon::is_determiner(x.low())) =>
            {
                t - 1
            }
            Some(t) => t,
            None => k,
        }
    };
    // "…, citing strong demand for chips": a reason, not a source; a source names someone or
    // something that speaks before any post-modifier ("citing people familiar with …")
    if toks[i].is("citing") {
        let head_end = (s..src_end)
            .find(|&j| j > s && is_prep(toks[j].low()))
            .unwrap_or(src_end);
        let speaks = |t: &Tok| {
            t.cap || is_source_noun(t.low()) || matches!(t.low(), "him" | "her" | "them" | "it")
        };
        if !toks[s..head_end].iter().any(speaks) {
            return None;
        }
    }
    let mut via = None;
    let mut after = e;
    if e < b && is_comma(&toks[e]) && e + 1 < b && toks[e + 1].is("citing") {
        let ve = next_comma(toks, e + 2, b);
        let mut vend = ve;
        while vend > e + 2 && toks[vend - 1].kind == TokKind::Punct {
            vend -= 1;
        }
        if vend > e + 2 {
            via = Some((e + 2, vend));
            after = ve;
        }
    }
    let cue = toks[i..i + len]
        .iter()
        .map(|t| t.low())
        .collect::<Vec<_>>()
        .join(" ");
    let mut content = Vec::new();
    let before = trim_range(toks, a, i);
    if before.0 == before.1 || (is_lead_in(toks, a, i) && words_between(toks, a, i) <= 1) {
        // "According to X, content"
        // "according to X released Friday, …": the rest of the frame stays out
        push_range(&mut content, toks, after, b);
    } else {
        push_range(&mut content, toks, a, i);
        push_range(&mut content, toks, after, b);
    }
    if content.is_empty() {
        return None;
    }
    Some(Frame {
        via,
        ..Frame::new(
            Some((s, src_end)),
            cue,
            if before.0 == before.1 {
                Placement::Before
            } else {
                Placement::After
            },
            content,
        )
    })
}
