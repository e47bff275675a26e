//! Frames set in between their content's lead-in and main clause ("After the court ruled, Lee
//! said, most laws …").

use super::*;

/// The lead-in `[a, le)` when it belongs to the content: with the frame set off by commas
/// inside its content ("After the court ruled, Lee said, most laws …"; `c` is where the
/// content resumes after the cue at `i`), a lead-in opening with a preposition or a
/// subordinating conjunction is the content's own adverbial, not the circumstance of the
/// saying.
pub(super) fn set_in_lead(
    toks: &[Tok],
    a: usize,
    le: usize,
    i: usize,
    c: usize,
) -> Option<(usize, usize)> {
    let set_in = toks[i + 1..c].iter().any(is_comma);
    let first = toks.get(a).map_or("", |t| t.low());
    let lead = trim_range(toks, a, le);
    (set_in && (opens_subordinate(first) || is_prep(first)) && lead.0 < lead.1).then_some(lead)
}

/// A frame set in between its content's lead-in and main clause.
pub(super) fn around_frame(
    src: (usize, usize),
    cue_text: &str,
    side: Vec<(usize, usize)>,
    lead: (usize, usize),
    main: (usize, usize),
) -> Frame {
    Frame {
        side,
        ..Frame::new(Some(src), cue_text, Placement::Around, vec![lead, main])
    }
}
