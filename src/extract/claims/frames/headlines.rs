//! Frames of headline shapes: a wire headline's source after a closing dash ("Bank weighs
//! sale of unit - sources") and a quotation before a colon and its speaker ("“We were not
//! ready”: Mayor admits flood failures").

use super::openers::simple_frame;
use super::*;

/// "Exclusive: Bank weighs sale of unit - sources", "Fed to hold rates — report", "Minister set
/// to resign: sources": a wire headline's source, a word or three for one after a dash (or a
/// word or two after a colon) that closes it.
pub(super) fn trailing_dash_source(toks: &[Tok], a: usize, b: usize) -> Option<Frame> {
    let mut end = b;
    while end > a && toks[end - 1].kind == TokKind::Punct {
        end -= 1;
    }
    // ("Minister set to resign: sources": a colon closes it as a dash does, before a word or two
    // and no full stop, as headlines are written)
    let after_colon =
        |k: usize| (toks[k].is_punct(":") && end - k <= 3 && end == b).then_some(k + 1);
    let d = (a + 2..end).rev().take(4).find(|&k| {
        dash_starting_at(toks, k)
            .or_else(|| after_colon(k))
            .is_some()
    })?;
    let s = dash_starting_at(toks, d).or_else(|| after_colon(d))?;
    let np = &toks[s..end];
    let sourced = !np.is_empty()
        && np.len() <= 3
        && !np.iter().any(|t| t.is("and"))
        && np.iter().all(|t| t.is_word() && !t.in_quote)
        && matches!(
            np[np.len() - 1].low(),
            "sources"
                | "source"
                | "report"
                | "reports"
                | "officials"
                | "official"
                | "poll"
                | "survey"
                | "document"
                | "documents"
                | "data"
                | "filing"
        );
    let content = trim_range(toks, a, d);
    (sourced && content.0 < content.1)
        .then(|| simple_frame((s, end), &toks[d].lower, content, Placement::After))
}

/// "“We were not ready”: Mayor admits flood failures": a headline opening on a quotation and
/// a colon, then its speaker and a verb of saying; what the verb takes is the speaker's too.
pub(super) fn quote_colon_speaker(toks: &[Tok], a: usize, b: usize) -> Option<Frame> {
    if toks[a].kind != TokKind::Quote {
        return None;
    }
    let q = (a + 2..b).find(|&k| is_closing_quote(toks, k))?;
    let colon = q + 1;
    if colon + 2 >= b || !toks[colon].is_punct(":") {
        return None;
    }
    let s = colon + 1;
    let v = (s + 1..b.min(s + 5))
        .find(|&k| toks[k].cue.is_some_and(|c| c.class == CueClass::Speech))?;
    if !toks[s..v].iter().all(|t| t.cap && t.is_word()) {
        return None;
    }
    let mut f = simple_frame((s, v), &toks[v].lower, (a, q + 1), Placement::Before);
    push_range(&mut f.content, toks, v + 1, b);
    Some(f)
}
