//! "The EU has pledged €5 million in emergency funding": a sum of money pledged, promised or
//! offered is the subject's deed, not words reported, whether the sum opens on a currency sign
//! or a number; a later "…, the office said" is then the claim's source.

use super::*;

/// Whether the cue at `i` pledges, promises or offers a sum: the word right after it is a
/// currency sign or a number.
pub(super) fn pledges_a_sum(toks: &[Tok], i: usize, b: usize) -> bool {
    let aim = toks[i]
        .cue
        .is_some_and(|c| !c.ing && matches!(c.base, "pledge" | "promise" | "offer" | "vow"));
    aim && toks.get(i + 1).is_some_and(|t| {
        i + 1 < b && (t.kind == TokKind::Number || matches!(t.low(), "$" | "£" | "€" | "¥" | "₹"))
    })
}
