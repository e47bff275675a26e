//! Plural subjects, which take a verb's base form ("they say"): plurals of common nouns
//! ("hacking specialists say"), with a list of examples after their head ("critics like Ann
//! Lee say", "experts such as the IMF warn").

use super::subject::{plural_before_modifier, plural_head};
use super::*;

/// "like" or "such as" opening a list of examples: "critics like Ann Lee", "experts such as
/// the IMF". `j` is "like", "such" or "as".
pub(super) fn example_marker(toks: &[Tok], j: usize) -> bool {
    match toks[j].low() {
        "like" => true,
        "such" => toks.get(j + 1).is_some_and(|t| t.is("as")),
        "as" => j > 0 && toks[j - 1].is("such"),
        _ => false,
    }
}

/// A plural common noun that can head a source: "critics", "experts", "groups", "people".
pub(super) fn plural_noun(t: &Tok) -> bool {
    let w = t.low();
    t.kind == TokKind::Word
        && np_word(t)
        && !t.verbish
        && t.cue.is_none()
        && (matches!(w, "people" | "police") || ends_in_s(w) && !w.ends_with("'s"))
}

/// The plural head before a list of examples in a subject ("critics like Ann Lee").
pub(super) fn example_list_head(toks: &[Tok]) -> Option<usize> {
    (1..toks.len().saturating_sub(1)).find(|&j| {
        example_marker(toks, j) && !toks[j].is("such") && {
            let h = if toks[j].is("as") { j - 1 } else { j };
            h > 0 && plural_noun(&toks[h - 1])
        }
    })
}

/// A short plural of common nouns ("hacking specialists", "protest organizers in Cleveland"),
/// or a plural head before a list of examples ("critics like Ann Lee").
pub(super) fn plural_common(toks: &[Tok], src: (usize, usize)) -> bool {
    let example_head = example_list_head(&toks[src.0..src.1]).map(|j| src.0 + j);
    src.1 > src.0
        && (example_head.is_some()
            || src.1 - src.0 <= 6
                && toks[src.0..src.1]
                    .iter()
                    .all(|t| t.is_word() && np_word(t) && !t.verbish))
        && {
            let head_end = match example_head {
                Some(j) if toks[j].is("as") => j - 1,
                Some(j) => j,
                None => toks[src.0..src.1]
                    .iter()
                    .position(|t| matches!(t.low(), "in" | "at" | "from" | "of" | "for" | "with"))
                    .map_or(src.1, |p| src.0 + p),
            };
            head_end > src.0 && {
                let h = toks[head_end - 1].low();
                ends_in_s(h) && !h.ends_with("'s")
            }
        }
}

/// A subject that takes a verb's base form ("they say", "critics argue", "most voters say").
pub(super) fn plural_subject(toks: &[Tok], src: (usize, usize), long: bool) -> bool {
    let h = toks[src.1 - 1].low();
    toks[src.0..src.1].iter().any(|t| {
        t.lower == "and"
            || t.kind == TokKind::Number
            || matches!(t.low(), "percent" | "most" | "majority" | "many" | "some")
    }) || matches!(h, "i" | "we" | "they" | "you" | "data")
        || toks[src.0..src.1].iter().any(|t| {
            matches!(t.low(), "those" | "these" | "both" | "few" | "several")
                || lexicon::is_number_word(t.low())
        })
        || plural_before_modifier(&toks[src.0..src.1])
        || (long && plural_head(&toks[src.0..src.1]))
        || (h.ends_with('s') && !h.ends_with("ss"))
        || lexicon::is_group_head(h)
}

/// An auxiliary or "to" before a cue, after which the cue takes its base form with any subject.
pub(super) fn takes_base_form(w: &str) -> bool {
    matches!(
        w,
        "will"
            | "would"
            | "could"
            | "didn't"
            | "doesn't"
            | "don't"
            | "won't"
            | "wouldn't"
            | "can't"
            | "didn’t"
            | "doesn’t"
            | "don’t"
            | "did"
            | "does"
            | "do"
            | "may"
            | "might"
            | "can"
            | "to"
    )
}
