//! Frames whose content stops short of the clause's end: set off by dashes in mid-sentence
//! ("The plan — a former aide said on Monday — was never approved": the words before the first
//! dash and after the second are the content), or in a concession before the main clause
//! ("While he has said he will fight on, Sanders must decide …").

use super::*;

/// The frame of the cue at `i` whose subject `src` follows a dash ending at `before_lead - 1`,
/// when a second dash closes the frame after the cue, with only the hearer or an adjunct in
/// between ("told reporters", "on Monday", "in a statement").
pub(super) fn dash_set_frame(
    toks: &[Tok],
    site: &CueSite,
    src: (usize, usize),
    before_lead: usize,
) -> Option<Frame> {
    let CueSite { a, b, i, cue, .. } = *site;
    // "a deal she once supported", "critics would call them …": a stance verb with its object
    // set off by dashes is the writer's aside, not a frame
    if before_lead <= a + 1 || cue.weak || cue.class == CueClass::Finding {
        return None;
    }
    let d1 = dash_ending_at(toks, before_lead - 1)?;
    let lim = b.min(i + 10);
    let d2 = (i + 1..lim).find(|&j| dash_starting_at(toks, j).is_some())?;
    let d2_end = dash_starting_at(toks, d2)?;
    // only the hearer and adjuncts between the cue and the closing dash ("told reporters on
    // Monday"): "- some say unrealistic -" holds content of its own
    let frame_words_only = toks[i + 1..d2].iter().all(|t| t.is_word() && !t.verbish)
        && skip_after_cue(toks, i, d2, cue.takes_object) >= d2;
    if !frame_words_only || toks[a..d1].iter().any(|t| t.in_quote) {
        return None;
    }
    let head = trim_range(toks, a, d1);
    let tail = trim_range(toks, d2_end, b);
    if head.0 >= head.1 || tail.0 >= tail.1 {
        return None;
    }
    Some(Frame::new(
        Some(src),
        site.cue_text,
        Placement::After,
        vec![head, tail],
    ))
}

/// The frame of a concession opening the clause ("While he's said he will fight on, Sanders
/// must decide …", "Although aides said the talks had stalled, the deal was signed"): what is
/// said ends at the comma before the main clause, which is the writer's unless it has a frame
/// of its own (`rest`, searched for one: "…, Ham also noted …").
pub(super) fn conceded_frame(
    toks: &[Tok],
    site: &CueSite,
    src: (usize, usize),
    before_lead: usize,
    content: (usize, usize),
) -> Option<Frame> {
    let a = site.a;
    if before_lead != a + 1 || !matches!(toks[a].low(), "while" | "although" | "though" | "whereas")
    {
        return None;
    }
    let c = (content.0 + 2..content.1).find(|&c| {
        is_comma(&toks[c]) && !toks[c].in_quote && clause_follows(toks, c + 1, content.1)
    })?;
    let said = trim_range(toks, content.0, c);
    let main = trim_range(toks, c + 1, content.1);
    if said.0 >= said.1 || main.0 >= main.1 {
        return None;
    }
    Some(Frame {
        rest: Some(main),
        ..Frame::new(Some(src), site.cue_text, Placement::Before, vec![said])
    })
}
