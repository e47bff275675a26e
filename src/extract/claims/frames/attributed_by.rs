//! A cause put down to something by a named agent in the passive: "The outage was attributed by
//! officials to a faulty sensor" is the officials' explanation, the agent its source.

use super::*;

/// The frame of "attributed by" or "credited by" at `i` in a finite passive ("was attributed by
/// officials to a faulty sensor"): the agent before "to" is the source, and the clause without
/// the agent ("The outage was attributed … to a faulty sensor") the claim, in two pieces.
pub(super) fn attributed_by_agent(toks: &[Tok], a: usize, b: usize, i: usize) -> Option<Frame> {
    let passive = i > a && matches!(toks[i - 1].low(), "is" | "are" | "was" | "were" | "been");
    if !passive || i + 3 >= b || !toks[i + 1].is("by") {
        return None;
    }
    let s = i + 2;
    let to = (s + 1..b.min(s + 7)).find(|&k| toks[k].is("to"))?;
    if !toks[s..to].iter().all(|t| t.is_word() && !t.in_quote) {
        return None;
    }
    let head = trim_range(toks, a, i + 1);
    let cause = trim_range(toks, to, b);
    (head.0 < head.1 && cause.0 < cause.1).then(|| {
        let cue = format!("{} by", toks[i].low());
        Frame::new(Some((s, to)), cue, Placement::Around, vec![head, cause])
    })
}
