//! Verb-like tokens: the finite verbs and "-ed" words that are no verbs, and the words that
//! may stand between a subject and its verb of saying.

use super::super::lexicon;
use super::super::tokens::{Tok, TokKind};

/// Irregular past forms and common finite verbs that carry no `-ed`.
pub(in crate::extract::claims) const FINITE: &[&str] = &[
    "is",
    "are",
    "was",
    "were",
    "has",
    "have",
    "had",
    "will",
    "would",
    "can",
    "could",
    "may",
    "might",
    "must",
    "should",
    "did",
    "does",
    "do",
    "made",
    "took",
    "went",
    "came",
    "gave",
    "got",
    "saw",
    "began",
    "became",
    "left",
    "kept",
    "held",
    "ran",
    "won",
    "lost",
    "met",
    "paid",
    "sent",
    "built",
    "brought",
    "bought",
    "fell",
    "fall",
    "falls",
    "rise",
    "rises",
    "grew",
    "led",
    "spent",
    "stood",
    "struck",
    "thought",
    "told",
    "said",
    "found",
    "knew",
    "wrote",
    "hit",
    "put",
    "set",
    "cut",
    "let",
    "shot",
    "sold",
    // irregular pasts that are never nouns or adjectives: "a man who police say fled the scene"
    "fled",
    "stole",
    "fought",
    "caught",
    "threw",
    "hid",
    "sought",
    "drove",
    "swore",
    "sank",
    "spoke",
    "chose",
    "forgot",
    "withdrew",
    "remains",
    "remain",
    "seems",
    "seem",
    "appears",
    "appear",
    "relies",
    "rely",
    "includes",
    "include",
    "represents",
    "represent",
    "comes",
    "come",
    "goes",
    "go",
    "says",
    "say",
    "wants",
    "want",
    "needs",
    "need",
    "makes",
    "make",
    "takes",
    "take",
    "gets",
    "get",
    "gives",
    "give",
    "shows",
    "show",
    "means",
    "mean",
    "faces",
    "face",
    "plans",
    "plan",
    "continues",
    "continue",
    "looks",
    "look",
    "knows",
    "know",
    "thinks",
    "think",
    "believes",
    "believe",
    "isn't",
    "aren't",
    "wasn't",
    "weren't",
    "hasn't",
    "haven't",
    "hadn't",
    "won't",
    "wouldn't",
    "can't",
    "couldn't",
    "didn't",
    "doesn't",
    "don't",
    "shouldn't",
    "sat",
    "rose",
    "drove",
    "flew",
    "spoke",
    "broke",
    "chose",
    "wore",
    "threw",
    "became",
    "understood",
    "fought",
    "caught",
    "taught",
    "sought",
    "meant",
    "felt",
    "heard",
    "lay",
    "led",
    "read",
    "stands",
    "lies",
    "runs",
    "works",
    "lives",
    "serves",
    "holds",
    "leads",
    "calls",
    "becomes",
    "began",
    "begins",
    "owns",
    "controls",
];

/// Whether the token looks like a finite verb or an auxiliary (cached on the token).
pub fn is_verbish(t: &Tok) -> bool {
    t.verbish
}

/// Works out [`is_verbish`] for a fresh token.
pub fn verbish_uncached(t: &Tok) -> bool {
    let finite = t.flags & lexicon::flag::FINITE != 0;
    if t.kind != TokKind::Word || t.cap && !finite {
        return false;
    }
    let w = t.low();
    if finite {
        return true;
    }
    (w.len() >= 5
        && w.ends_with("ed")
        && !w.ends_with("eed")
        && t.flags & lexicon::flag::NOT_VERB_ED == 0
        && !hyphenated_adjective(w))
        || t.cue.is_some_and(|c| c.past)
        || matches!(
            w,
            "says" | "tells" | "thinks" | "believes" | "wants" | "hopes"
        )
        // short past forms the length test above leaves out ("The company sued the city")
        || matches!(w, "sued" | "died" | "lied" | "owed" | "axed" | "vied")
}

/// "self-described", "long-awaited", "Iranian-backed": a compound in "-ed" is an adjective,
/// unless its first part is a verb prefix ("re-elected", "co-founded").
fn hyphenated_adjective(w: &str) -> bool {
    w.split_once('-').is_some_and(|(head, _)| {
        !matches!(
            head,
            "re" | "co" | "pre" | "un" | "de" | "over" | "out" | "under" | "mis" | "cross"
        )
    })
}

pub(in crate::extract::claims) const NOT_VERBS_ED: &[&str] = &[
    "hundred",
    "red",
    "bed",
    "united",
    "limited",
    "based",
    "related",
    "armed",
    "detailed",
    "advanced",
    "sacred",
    "naked",
    "wicked",
    "beloved",
    "alleged",
    "supposed",
    "so-called",
    "unprecedented",
    "unrelated",
    "unnamed",
    "unidentified",
    "undisclosed",
    "unexpected",
    "elected",
    "retired",
    "married",
    "skilled",
    "interested",
    "concerned",
    "experienced",
    "educated",
    "qualified",
    "talented",
    "dedicated",
    "coordinated",
    "isolated",
    "complicated",
    "sophisticated",
    "automated",
    "estimated",
    "expected",
    "continued",
    "renewed",
    "increased",
    "reduced",
    "surveyed",
    "polled",
    "interviewed",
    "registered",
    "proposed",
    "planned",
    "required",
    "needed",
    "wanted",
    "suspected",
];

/// A word that can stand between a subject and its reporting verb ("also", "may", "has"),
/// unless it is part of a name ("Theresa May said").
pub fn modifies_cue(t: &Tok) -> bool {
    t.flags & (lexicon::flag::NAME_PART | lexicon::flag::CUE_MODIFIER)
        == lexicon::flag::CUE_MODIFIER
}

/// A word in "-s" longer than three letters, not in "-ss": a plural noun ("voters") or a verb
/// in the present ("illustrates"), which the words around it must tell apart ("boss" is
/// neither).
pub fn ends_in_s(w: &str) -> bool {
    w.len() > 3 && w.ends_with('s') && !w.ends_with("ss")
}
