//! Verbs of saying coordinated under one subject ("Ukraine has denied … and says …"), and a
//! later frame whose subject runs on from an earlier one's ("Some voters who backed him said").

use super::*;

/// "Ukraine has denied targeting civilian sites and says its strikes …": a verb of saying after
/// "and" within the content of the frame `f` of the cue at `i`, sharing its subject, reports a
/// claim of its own; its frame has the earlier verb's clause as prefix.
pub(super) fn coordinated_saying(
    text: &str,
    toks: &[Tok],
    (a, b): (usize, usize),
    f: &Frame,
    i: usize,
) -> Option<Frame> {
    if f.placement != Placement::Before || f.source.is_none() {
        return None;
    }
    let (c0, end) = *f.content.last()?;
    // (after a reported clause, "and" may join a second verb of that clause's subject: "said
    // he spoke to Trump and asked him to …"; a gerund may open the object: "denied targeting")
    if f.content.len() != 1 || toks[c0].is("that") || toks[c0].kind == TokKind::Quote {
        return None;
    }
    let no_verb_between = |j: usize| !toks[c0 + 1..j].iter().any(|t| t.verbish && !t.in_quote);
    // "National Grid says engineers have restored power … but warns that …": a second verb of
    // saying in the first one's form, opening a "that" clause, past the verbs of the first
    // clause
    let same_form = |j: usize| {
        let (w1, w2) = (toks[i].low(), toks[j + 1].low());
        toks[j].is("but")
            && toks.get(j + 2).is_some_and(|t| t.is("that"))
            && (w1.ends_with('s') && w2.ends_with('s')
                || toks[i].cue.is_some_and(|c| c.past) && toks[j + 1].cue.is_some_and(|c| c.past))
    };
    // ("…, then said …": a comma and "then" join the second verb too)
    ((c0 + 1).max(i + 2)..end.min(b).saturating_sub(1))
        .filter(|&j| {
            (matches!(toks[j].low(), "and" | "but") || toks[j].is("then") && is_comma(&toks[j - 1]))
                && !toks[j].in_quote
                && (toks[j + 1].verbish || same_form(j))
                && toks[j + 1]
                    .cue
                    .is_some_and(|c| c.class == CueClass::Speech && !c.weak)
                && finite(&toks[j + 1])
        })
        .take_while(|&j| no_verb_between(j) || same_form(j))
        .find_map(|j| verb_frame(text, toks, a, b, j + 1))
        .filter(|g| shares_subject(f, g))
}

/// Whether a cue's word is a finite verb of its own, past or in "-s" ("the platform's embrace
/// of abortion and vow to expand …" has a noun).
pub(super) fn finite(t: &Tok) -> bool {
    t.cue.is_some_and(|c| c.past) || t.low().ends_with('s')
}

/// Whether the later frame's subject is the earlier one's, the words between them its prefix:
/// two verbs coordinated under one subject.
pub(super) fn shares_subject(earlier: &Frame, later: &Frame) -> bool {
    later.prefix.is_some() && earlier.source.is_some() && earlier.source == later.source
}

/// "Some voters who backed him, …, said", "The last man to mount a challenge says": the
/// earlier frame's subject is left open (it ends in a relative pronoun or holds an infinitive)
/// and the later frame's subject runs on from it, so the earlier cue stands inside the later
/// subject.
pub(super) fn extends_relative_subject(toks: &[Tok], earlier: &Frame, later: &Frame) -> bool {
    match (earlier.source, later.source) {
        (Some(e), Some(l)) => {
            let open = matches!(toks[e.1 - 1].low(), "who" | "that" | "which")
                || toks[e.0..e.1].iter().any(|t| t.is("to"));
            open && l.0 == e.0 && l.1 > e.1
        }
        _ => false,
    }
}

/// "The minister defended the scheme after farmers complained that …": a verb of saying whose
/// subject opens a clause of time or cause ("after", "when", "because" …) inside the content of
/// an earlier verb of stance (`earlier`) reports that subject's words, not the earlier one's.
pub(super) fn speaker_in_subordinate_clause(toks: &[Tok], earlier: &Frame, later: &Frame) -> bool {
    let (Some((s0, _)), Some(&(c0, c1)), Some(&(l0, _))) =
        (later.source, earlier.content.first(), later.content.first())
    else {
        return false;
    };
    // (not "was talking about … when he told": the same speaker, a pronoun; nor "after the crisis
    // highlighted differences": a verb with an object, no report of words)
    let stance = lexicon::cue(&earlier.cue).is_some_and(|c| c.weak && !c.ing);
    let says = lexicon::cue(&later.cue).is_some_and(|c| {
        c.says() && (matches!(c.base, "say" | "tell") || l0 > 0 && toks[l0 - 1].is("that"))
    });
    let pronoun = matches!(toks[s0].low(), "he" | "she" | "they" | "it" | "we" | "i");
    // (nor "after the billionaire mogul claimed": a description taking up someone named before,
    // who may well be the earlier subject)
    let s1 = later.source.map_or(s0, |s| s.1);
    let described = toks[s0].is("the") && !toks[s0..s1].iter().any(|t| t.cap);
    let opens = s0 > 0
        && matches!(
            toks[s0 - 1].low(),
            "after" | "before" | "when" | "since" | "until" | "because" | "once"
        );
    stance
        && says
        && !pronoun
        && !described
        && opens
        && later.subordinate
        && [earlier.placement, later.placement] == [Placement::Before; 2]
        && c0 < s0
        && s0 < l0
        && l0 < c1
}
