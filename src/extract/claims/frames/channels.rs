//! Frames that close a clause which has a frame of its own ("…, according to X.", "…, aides
//! said."): the later source is the channel the earlier one's words came through, or the
//! source of the whole clause; and the channel named after a speaker's role ("…, in a statement").

use super::*;

/// "…, according to X." closing a clause that has a frame of its own. After a verb of saying
/// ("O'Malley said …, according to the Sun") the speaker is the source and X the channel it
/// reached the writer through (`via`); after any other verb ("The ministry found …, according to
/// Politico"; "She will propose …, according to an aide") X is the source of the whole clause.
pub(super) fn trailing_according(text: &str, toks: &[Tok], a: usize, b: usize) -> Option<Frame> {
    let k = (a + 2..b.saturating_sub(2))
        .rev()
        .find(|&k| toks[k].is("according") && toks[k + 1].is("to") && !toks[k].in_quote)?;
    if !is_comma(&toks[k - 1]) {
        return None;
    }
    let outer = according_to(toks, a, b, k, 2)?;
    if outer.placement != Placement::After || outer.via.is_some() {
        return None;
    }
    // only a clause that ends with the frame: "…, according to X, who …" is left to the rules
    if outer.content.iter().any(|&(s, _)| s > k) {
        return None;
    }
    let Some(mut inner) = find_frame_raw(text, toks, a, k - 1) else {
        return Some(outer);
    };
    // "SkyNorth carried 14.2 million passengers and reported an operating profit of 310
    // million euros, according to its annual report": a verb of saying with a noun phrase for
    // object tells of a deed, as before "…, investigators said"; the later source covers it all
    if reports_speech(toks, a, k - 1, &inner) && !reports_an_object(toks, &inner, k - 1) {
        inner.via = outer.source;
        return Some(inner);
    }
    Some(outer)
}

/// "Two senators have told leadership they will vote no, aides said.": a frame of saying
/// before its content, and another closing the clause after a comma. As with "…, according
/// to X" the later speaker is the channel (`via`) the first one's words came through, and
/// stays out of the content. `f` comes back as it was when the clause closes on no such frame.
pub(super) fn trailing_speaker(
    text: &str,
    toks: &[Tok],
    a: usize,
    b: usize,
    mut f: Frame,
) -> Frame {
    if let Some(outer) = closing_frame_only(text, toks, a, b, &f) {
        return outer;
    }
    let Some(&(c0, c1)) = f.content.last() else {
        return f;
    };
    if f.placement != Placement::Before || f.via.is_some() || c1 != b && c1 + 1 != b {
        return f;
    }
    // the last comma of the content, with a short tail after it that a cue closes
    let Some(k) = (c0 + 1..c1.saturating_sub(2))
        .rev()
        .take(10)
        .find(|&k| is_comma(&toks[k]) && !toks[k].in_quote)
    else {
        return f;
    };
    // ", a characterization Whitcombe did not dispute": the writer's note, no channel
    if super::taken_as(toks, k, c1) {
        return f;
    }
    let says = |j: usize| {
        toks[j].cue.is_some_and(|c| c.says() && !c.ing)
            || toks[j].is("states") && verb::reports_as_verb(toks, a, b, j)
            // "Accountant told colleague …, jury hears"
            || verb::court_heard(toks, a, b, j)
    };
    let Some(j) = (k + 2..c1).find(|&j| says(j)) else {
        return f;
    };
    // "The pilots reported smoke in the cockpit, investigators said": the later speaker is
    // the source of the whole clause, a deed told with a verb of saying
    if !closes_with_adjuncts(toks, j, b) {
        return f;
    }
    // "Investigators found the unit had been replaced, the report said": after a verb that
    // is no report of words (a finding, a belief, a plan), the later speaker is the source of
    // the whole clause, as with "…, according to X"
    let deed = reports_an_object(toks, &f, k) || !reports_speech(toks, a, k, &f);
    let outer = verb::verb_frame(text, toks, a, b, j);
    if deed {
        return outer
            .filter(|g| g.placement == Placement::After && g.source.is_some_and(|(s0, _)| s0 > k))
            .unwrap_or(f);
    }
    let Some((s0, s1)) = outer
        .filter(|g| g.placement == Placement::After)
        .and_then(|g| g.source)
    else {
        return f;
    };
    if s0 <= k {
        return f;
    }
    f.via = Some((s0, s1));
    if let Some(last) = f.content.last_mut() {
        last.1 = k;
    }
    f
}

/// Whether the cue at `j` closes the clause ending at `b`, with nothing after it but adjuncts
/// of time, place or channel: "…, her lawyer said on Friday.", "…, officials said in a
/// statement."
fn closes_with_adjuncts(toks: &[Tok], j: usize, b: usize) -> bool {
    cue_closes_clause(toks, j, b) || {
        let c = super::after_cue::skip_adjuncts(toks, j + 1, b);
        c > j + 1 && toks[c..b].iter().all(|t| !t.is_word())
    }
}

/// "Goldman Sachs is advising Halvorsen, people familiar with the matter said.": a cue that
/// took its object or hearer ("advising Halvorsen") and found after the comma nothing but a
/// closing frame of saying. The closing frame is the clause's, the first verb a deed in it.
fn closing_frame_only(text: &str, toks: &[Tok], a: usize, b: usize, f: &Frame) -> Option<Frame> {
    let [(c0, c1)] = f.content[..] else {
        return None;
    };
    if f.placement != Placement::Before || c0 < a + 2 || !is_comma(&toks[c0 - 1]) {
        return None;
    }
    let j = (c0 + 1..c1).find(|&j| toks[j].cue.is_some_and(|c| c.says() && !c.ing))?;
    if !closes_with_adjuncts(toks, j, b) {
        return None;
    }
    verb::verb_frame(text, toks, a, b, j).filter(|g| {
        g.placement == Placement::After && g.source.is_some_and(|(s0, s1)| s0 == c0 && s1 == j)
    })
}

/// Whether a frame reports something said or written, as past or present fact: "said",
/// "told", "wrote" — not a belief, a finding, a plan or a modal ("will propose").
fn reports_speech(toks: &[Tok], a: usize, b: usize, f: &Frame) -> bool {
    if f.cue == ":" || f.placement == Placement::Embedded {
        return true;
    }
    let Some(cue) = lexicon::cue(&f.cue) else {
        return false;
    };
    if cue.class != CueClass::Speech || cue.weak || cue.ing {
        return false;
    }
    let Some(v) = (a..b).find(|&k| !toks[k].in_quote && toks[k].low() == f.cue) else {
        return false;
    };
    !(v > a
        && matches!(
            toks[v - 1].low(),
            "will" | "would" | "to" | "could" | "may" | "might" | "should" | "can"
        ))
}

/// Whether `[k, end)` is the channel of the saying: "in a statement", "in an interview with
/// CNN", "on Twitter".
pub(super) fn channel_follows(toks: &[Tok], k: usize, end: usize) -> bool {
    let means = |t: &Tok| lexicon::is_means_of_saying(t.low());
    k + 1 < end
        && match toks[k].low() {
            "in" => toks[k + 1..end.min(k + 4)].iter().any(means),
            "on" => toks[k + 1].cap || means(&toks[k + 1]),
            _ => false,
        }
}

/// "The pilots reported smoke in the cockpit, investigators said": a verb of saying whose
/// content is a noun phrase, not a reported clause, tells of a deed; a verb of saying after
/// it gives the whole clause's source.
/// `k` is the comma that closes the object.
fn reports_an_object(toks: &[Tok], f: &Frame, k: usize) -> bool {
    let [(c, e)] = f.content[..] else {
        return false;
    };
    let ing = lexicon::cue(&f.cue).map_or(true, |c| c.ing);
    // ("Officials said the man fled on foot, the newspaper reported": what follows "said" is
    // a reported clause, even when its verb is not known as one)
    if lexicon::cue(&f.cue).is_some_and(|c| c.base == "say") {
        return false;
    }
    // the object opens with a determiner, a number or a noun: not "that", "to", a pronoun, a
    // preposition, an adverb or a day
    let opens_np = |t: &Tok| {
        lexicon::is_determiner(t.low())
            || t.kind == TokKind::Number
            || t.kind == TokKind::Word
                && !t.verbish
                && !t.cap
                && !t.low().ends_with("ly")
                && !super::subject::is_prep(t.low())
                && !lexicon::is_clause_word(t.low())
                && !lexicon::is_day_word(t.low())
                && !matches!(t.low(), "to" | "that" | "last" | "next" | "this")
    };
    let o = k.min(e);
    f.placement == Placement::Before
        && !ing
        && c < o
        && opens_np(&toks[c])
        && !toks[c..o]
            .iter()
            .any(|t| t.in_quote || t.kind == TokKind::Quote || t.is("that") || t.cue.is_some())
        && !clause_follows(toks, c, o)
}

/// "Lavrov said in remarks carried by the state news agency RIA that talks had stalled": the
/// outlet that carried the words, named between the frame and its content, is the channel
/// they came through (`via`), as a wire relaying a report is.
pub(super) fn carried_by(toks: &[Tok], f: &mut Frame) {
    if f.via.is_some() || f.placement != Placement::Before {
        return;
    }
    let (Some((_, s1)), Some(&(c0, _))) = (f.source, f.content.first()) else {
        return;
    };
    let carried = |k: usize| {
        matches!(
            toks[k].low(),
            "carried" | "broadcast" | "aired" | "published" | "televised"
        ) && toks[k + 1].is("by")
    };
    let Some(k) = (s1..c0.saturating_sub(2)).find(|&k| carried(k)) else {
        return;
    };
    let mut e = c0;
    while e > k + 2 && matches!(toks[e - 1].low(), "that" | "," | ":") {
        e -= 1;
    }
    let agent = e > k + 2
        && e - k <= 10
        && toks[k + 2..e]
            .iter()
            .all(|t| t.kind == TokKind::Word && !t.verbish && !t.in_quote);
    if agent {
        f.via = Some((k + 2, e));
    }
}

#[cfg(test)]
mod tests {
    use super::super::tests::claims_with_channel as claims;

    #[test]
    fn the_outlet_carrying_a_speakers_remarks_is_their_channel() {
        let c = claims("Foreign Minister Sergei Lavrov said in remarks carried by the state news agency RIA that talks had stalled.");
        assert_eq!(c.len(), 1, "{c:?}");
        assert_eq!(c[0].0, "talks had stalled.");
        assert_eq!(c[0].1.as_deref(), Some("Sergei Lavrov"));
        assert_eq!(c[0].2.as_deref(), Some("RIA"));
        let c = claims(
            "The minister said in comments broadcast by state television that the West had lied.",
        );
        assert_eq!(c[0].0, "the West had lied.");
        assert!(c[0].2.is_some(), "{c:?}");
        // a statement published with no agent names no channel
        let c = claims("The ministry said in a statement published on Monday that 40 people died.");
        assert_eq!(c[0].0, "40 people died.");
        assert_eq!(c[0].2, None);
    }

    #[test]
    fn a_closing_frame_over_a_report_is_its_channel_and_over_a_finding_its_source() {
        // "said" reports a clause even when its verb ("fled") is not known as one
        let c = claims("Officials said the man fled on foot, the newspaper reported.");
        assert_eq!(c.len(), 1, "{c:?}");
        assert_eq!(c[0].0, "the man fled on foot");
        assert_eq!(c[0].1.as_deref(), Some("Officials"));
        assert_eq!(c[0].2.as_deref(), Some("newspaper"));
        // a finding reported by a document is the document's, frame and all
        let c = claims("Investigators found the fuel pump had been replaced 11 days before the crash, the report said.");
        assert_eq!(c.len(), 1, "{c:?}");
        assert_eq!(
            c[0].0,
            "Investigators found the fuel pump had been replaced 11 days before the crash"
        );
        assert_eq!(c[0].1.as_deref(), Some("the report"));
    }
}
