//! Asides set in a clause that are no frame of their own: a reason for a source's anonymity
//! ("who asked not to be named because …"), "citing X" between a subject and its verb, and a
//! frame set in after a noun ("Repair reports, she noted, were late").

use super::*;

/// "A source, who asked not to be named because the talks are confidential, said …": the
/// aside describing a source's anonymity or access, set off by commas; its words ("talks")
/// are never the cue of the clause.
pub(super) fn anonymity_aside(
    text: &str,
    toks: &[Tok],
    a: usize,
    b: usize,
) -> Option<(usize, usize)> {
    let mut c1 = next_comma(toks, a, b);
    while c1 + 1 < b {
        let c2 = next_comma(toks, c1 + 1, b);
        let opens_aside = matches!(toks[c1 + 1].low(), "who" | "speaking" | "on" | "because");
        if opens_aside && c2 < b && is_anonymity_note(text, toks, c1 + 1, c2) {
            return Some((c1 + 1, c2));
        }
        c1 = c2;
    }
    who_anonymity_note(text, toks, a, b)
}

/// "A diplomat who asked not to be named because the talks are private said …": the same
/// note as a relative clause with no commas, from "who" up to the verb of saying of the main
/// clause.
pub(super) fn who_anonymity_note(
    text: &str,
    toks: &[Tok],
    a: usize,
    b: usize,
) -> Option<(usize, usize)> {
    let w = (a + 1..b.saturating_sub(4)).find(|&w| toks[w].is("who"))?;
    let says = |t: &Tok| {
        !t.in_quote
            && t.cue.is_some_and(|c| c.says())
            && !matches!(t.low(), "asked" | "requested" | "spoke" | "speaking")
    };
    // not the infinitive of the note ("not authorized to speak")
    let v = (w + 2..b.min(w + 25)).find(|&j| says(&toks[j]) && !toks[j - 1].is("to"))?;
    // every reason for anonymity holds one of these words: read the phrase only then
    let key = |t: &Tok| {
        matches!(
            t.low(),
            "named"
                | "identified"
                | "anonymity"
                | "authorized"
                | "authorised"
                | "permitted"
                | "allowed"
                | "name"
                | "background"
        )
    };
    let plain =
        toks[w + 1..v].iter().all(|t| t.is_word() && !t.in_quote) && toks[w + 1..v].iter().any(key);
    (plain && lexicon::has_withheld_name(&text[toks[w].start..toks[v - 1].end].to_lowercase()))
        .then_some((w, v))
}

/// Whether the "citing" at `i` opens an aside between a subject and its verb of saying: "Ortega,
/// citing data from the ministry, said …".
pub(super) fn citing_aside(toks: &[Tok], i: usize, b: usize) -> bool {
    let c = next_comma(toks, i + 1, b);
    c + 1 < b && toks[c + 1].cue.is_some_and(|c| c.says())
}

/// "Ortega, citing data from the ministry, said", "Sky Sports, citing sources close to the
/// player, reported": the aside names the channel (`via`), whether it was read as an aside of
/// the clause or as the source's description; "citing …" is never a role.
pub(super) fn citing_aside_as_via(toks: &[Tok], f: &mut Frame) {
    if f.via.is_some() {
        return;
    }
    let citing = |&(s0, s1): &(usize, usize)| s1 > s0 + 1 && toks[s0].is("citing");
    if let Some(j) = f.side.iter().position(citing) {
        let (s0, s1) = f.side.remove(j);
        f.via = Some(trim_range(toks, s0 + 1, s1));
        if f.role.is_some_and(|r| citing(&r)) {
            f.role = None;
        }
    } else if let Some((r0, r1)) = f.role.filter(citing) {
        f.via = Some(trim_range(toks, r0 + 1, r1));
        f.role = None;
    } else if let Some(first) = f.content.first_mut().filter(|r| citing(r)) {
        // "The Journal reported last week, citing unnamed sources, that …": the aside after
        // the verb, before its content
        let c = next_comma(toks, first.0 + 1, first.1);
        if c + 1 < first.1 {
            if let Some(via) = cited_source(toks, first.0, c) {
                f.via = Some(via);
                first.0 = c + 1 + usize::from(toks[c + 1].is("that") && c + 2 < first.1);
            }
        }
    }
}

/// Whether `[c, b)` opens with a frame set off by commas: ", he added," / ", officials said,".
pub(super) fn parenthetical_frame_follows(toks: &[Tok], c: usize, b: usize) -> bool {
    if c >= b || !is_comma(&toks[c]) {
        return false;
    }
    let Some(v) = (c + 2..b.min(c + 6)).find(|&k| toks[k].cue.is_some()) else {
        return false;
    };
    let subject_words = toks[c + 1..v]
        .iter()
        .all(|t| t.is_word() && !t.in_quote && t.cue.is_none());
    // "…, he said in an interview, …": a short adjunct of the frame before the closing comma,
    // after a noun phrase and a finite verb of saying (not "…, while testifying before …,")
    let mut e = v + 1;
    let np_subject = toks[c + 1..v]
        .iter()
        .all(|t| np_word(t) && !matches!(t.low(), "and" | "or" | "but" | "nor"));
    let finite_speech = toks[v]
        .cue
        .is_some_and(|q| q.class == CueClass::Speech && !q.ing);
    if e < b && np_subject && finite_speech && opens_adjunct(toks[e].low()) {
        let stop = b.min(e + 6);
        e = (e + 1..stop)
            .find(|&j| is_comma(&toks[j]))
            .filter(|&c| toks[e..c].iter().all(|t| t.is_word() && !t.verbish))
            .unwrap_or(e);
    }
    subject_words && e + 1 < b && is_comma(&toks[e])
}

/// Moves a reason for anonymity that follows the frame (as a relative clause, the rest of the
/// sentence, or a participle's content after the first) into the frame's role: it describes
/// the source and is no claim.
pub(super) fn trailing_note_as_role(text: &str, toks: &[Tok], f: &mut Frame) {
    let opens_note = |a: usize| {
        matches!(
            toks[a].low(),
            "who" | "asking" | "requesting" | "speaking" | "declining" | "because" | "on"
        )
    };
    let note = |a: usize, b: usize| a < b && opens_note(a) && is_anonymity_note(text, toks, a, b);
    // the role without the sentence's full stop
    let role = |a: usize, b: usize| {
        let b = if b > a + 1 && toks[b - 1].is_punct(".") {
            b - 1
        } else {
            b
        };
        Some((a, b))
    };
    if let Some((a, b)) = f.rest.filter(|&(a, b)| note(a, b)) {
        f.rest = None;
        f.role = role(a, b);
    } else if let Some(k) = f.side.iter().position(|&(a, b)| note(a, b)) {
        let (a, b) = f.side.remove(k);
        f.role = role(a, b);
    } else if let Some(k) = (1..f.content.len()).find(|&k| {
        let (a, b) = f.content[k];
        a > 0 && note(a - 1, b)
    }) {
        let (a, b) = f.content.remove(k);
        f.role = role(a - 1, b);
    }
}
