//! Plural subjects of common nouns ("hacking specialists say"), with a list of examples after
//! their head: "critics like Ann Lee say", "experts such as the IMF warn".

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
        && (matches!(w, "people" | "police")
            || w.len() > 3 && w.ends_with('s') && !w.ends_with("ss") && !w.ends_with("'s"))
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
                h.len() > 3 && h.ends_with('s') && !h.ends_with("ss") && !h.ends_with("'s")
            }
        }
}
