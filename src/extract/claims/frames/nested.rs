//! Reports inside reports: "Smith said Jones told him …", where the inner speaker is the
//! source and the outer one the channel it came through.

use super::*;

/// "Smith said Jones told him the glass was not tempered.": content that opens on a frame of
/// saying of its own reports that speaker's words, relayed by the outer one; the inner speaker
/// is the source and the outer the channel (`via`).
pub(super) fn nested_report(text: &str, toks: &[Tok], f: Frame) -> Frame {
    let (Some(outer), Placement::Before, None, [(c0, c1)]) =
        (f.source, f.placement, f.via, f.content.as_slice())
    else {
        return f;
    };
    let (c0, c1) = (*c0, *c1);
    let says = |c: &str| lexicon::cue(c).is_some_and(|q| q.says());
    if !says(&f.cue) || c1 < c0 + 4 || toks[c0].in_quote || toks[c0].is("that") {
        return f;
    }
    // the inner subject: a short run of capitalised words or a description, then a finite
    // verb of saying within a few words
    let Some(v) = (c0 + 1..c1.min(c0 + 5)).find(|&j| {
        toks[j]
            .cue
            .is_some_and(|q| q.says() && q.past && matches!(q.base, "say" | "tell"))
            && !toks[j].in_quote
    }) else {
        return f;
    };
    if !toks[c0..v].iter().all(|t| t.cap && t.is_word()) {
        return f;
    }
    let Some(inner) = find_frame_raw(text, toks, c0, c1) else {
        return f;
    };
    let fits = inner.placement == Placement::Before
        && inner.source == Some((c0, v))
        && inner.via.is_none()
        && inner.prefix.is_none()
        && inner.content.len() == 1
        && inner.content[0].0 > v
        && !toks[inner.content[0].0].in_quote;
    if !fits {
        return f;
    }
    Frame {
        via: Some(outer),
        ..inner
    }
}
