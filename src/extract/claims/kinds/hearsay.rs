//! Hearsay the writer passes on without a source: "for a reported 60 million euros" and the
//! impersonal passive "It was reported last year that …", "It has been alleged that …". Both
//! tell what was said by no one named; the claim is hedged.

use super::super::tokens::{Tok, TokKind};

/// Participles of an impersonal passive of hearsay ("It was reported that").
const HEARSAY: &[&str] = &[
    "reported",
    "alleged",
    "claimed",
    "rumoured",
    "rumored",
    "understood",
    "believed",
    "said",
    // "It is estimated that …": a figure no one is named for, as "It is understood that …"
    "estimated",
];

/// Whether the tokens hold hearsay without a source (see the module).
pub(super) fn has_unsourced_hearsay(toks: &[Tok]) -> bool {
    (0..toks.len()).any(|i| reported_figure(toks, i) || impersonal_passive(toks, i))
}

/// "for a reported 60 million euros", "a reported fee of …", "the reported £40m": the
/// attributive participle of what was reported.
fn reported_figure(toks: &[Tok], i: usize) -> bool {
    if !toks[i].is("reported") || i == 0 {
        return false;
    }
    let next = toks.get(i + 1);
    match toks[i - 1].low() {
        "a" | "an" => next.is_some_and(|t| t.kind != TokKind::Punct || !t.is_punct(",")),
        // "the reported £40m", "the reported 2 billion": a figure, not "the reported crimes"
        "the" => next.is_some_and(|t| t.kind != TokKind::Word && !t.is_punct(",")),
        _ => false,
    }
}

/// "It was reported last year that …", "It has been alleged that …": "it", a form of "be",
/// a participle of hearsay, and "that" within a few words (a time may come between).
fn impersonal_passive(toks: &[Tok], i: usize) -> bool {
    if !HEARSAY.contains(&toks[i].low()) || i < 2 {
        return false;
    }
    let mut k = i;
    if toks[k - 1].is("been") {
        k -= 1;
    }
    // "it has reported that" is a firm's report, active; "it has been reported" is not
    let aux = if k == i {
        matches!(toks[k - 1].low(), "is" | "was")
    } else {
        matches!(toks[k - 1].low(), "has" | "had" | "have" | "be")
    };
    let be = k >= 2 && aux && toks[k - 2].is("it");
    be && toks[i + 1..toks.len().min(i + 6)]
        .iter()
        .take_while(|t| t.is_word() || t.kind == TokKind::Number)
        .any(|t| t.is("that"))
}
