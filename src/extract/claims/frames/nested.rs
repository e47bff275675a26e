//! Reports inside reports: "Smith said Jones told him …", where the inner speaker is the
//! source and the outer one the channel it came through.

use super::*;

/// "Smith said Jones told him the glass was not tempered.": content that opens on a frame of
/// saying of its own reports that speaker's words, relayed by the outer one; the inner speaker
/// is the source and the outer the channel (`via`).
pub(super) fn nested_report(text: &str, toks: &[Tok], f: Frame) -> Frame {
    if f.placement == Placement::After {
        return nested_after(toks, f);
    }
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

/// "The glass was not tempered, Smith said Jones told him.": a frame after its content whose
/// last words are a name and a past "told" or "said" (to a pronoun) reports that speaker's
/// words, relayed by the outer one.
fn nested_after(toks: &[Tok], f: Frame) -> Frame {
    let (Some(outer), None, [before, (t0, t1)]) = (f.source, f.via, f.content.as_slice()) else {
        return f;
    };
    let (t0, mut t1) = (*t0, *t1);
    if before.1 > outer.0 || t0 < outer.1 {
        return f;
    }
    while t1 > t0 && toks[t1 - 1].kind == TokKind::Punct {
        t1 -= 1;
    }
    let Some(v) = (t0 + 1..t1).find(|&j| toks[j].cue.is_some()) else {
        return f;
    };
    let told = toks[v]
        .cue
        .is_some_and(|q| q.past && matches!(q.base, "say" | "tell"));
    let name = toks[t0..v].iter().all(|t| t.cap && t.is_word());
    let hearer = toks[v + 1..t1]
        .iter()
        .all(|t| lexicon::is_object_pronoun(t.low()));
    if !told || !name || !hearer || t1 > v + 2 {
        return f;
    }
    Frame {
        source: Some((t0, v)),
        via: Some(outer),
        content: vec![*before],
        ..f
    }
}
