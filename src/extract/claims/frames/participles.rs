//! A participle of saying that continues a frame: the clause subject's ("…, saying (that) …")
//! or a share of respondents' ("…, with 30 percent of voters saying they …").

use super::placement::words::opens_subordinate;
use super::subject::*;
use super::verb_shapes::CueSite;
use super::*;

/// The subject that opens a clause at `s` before a participle of saying at `i`, when no
/// source word shows it: a name of two or more capitalised words followed by its verb
/// ("Hillary Clinton drew a contrast, saying …"). Where it ends.
fn clause_subject(toks: &[Tok], s: usize, i: usize) -> Option<usize> {
    let name = (s..i)
        .take_while(|&j| toks[j].cap && toks[j].is_word() && !toks[j].in_quote)
        .count();
    if name < 2 {
        return None;
    }
    let after = toks.get(s + name)?;
    let first = toks[s].low();
    let last = toks[s + name - 1].low();
    let verb_after_name = s + name < i
        && !lexicon::is_determiner(first)
        && !is_prep(first)
        && !first.ends_with("ing")
        && !lexicon::is_clause_word(first)
        && !last.ends_with("'s")
        && !last.ends_with("’s")
        && after.is_word()
        && !after.cap
        && !is_prep(after.low())
        && !lexicon::is_determiner(after.low())
        && !matches!(after.low(), "and" | "or" | "who" | "which" | "that")
        && valid_source_np(&toks[s..s + name]);
    verb_after_name.then_some(s + name)
}

/// "…, each touting their plans and saying …": the participle at `i` closes a chain of
/// participles set off by a comma, with no finite verb in between; it continues the clause
/// subject's frame as "…, saying …" does.
pub(super) fn ends_participle_chain(toks: &[Tok], a: usize, i: usize) -> bool {
    if i < a + 3 || !toks[i - 1].is("and") {
        return false;
    }
    let Some(c) = (a..i - 1).rev().take(14).find(|&j| is_comma(&toks[j])) else {
        return false;
    };
    let mut p = c + 1;
    if p < i && matches!(toks[p].low(), "each" | "both" | "all" | "also" | "while") {
        p += 1;
    }
    let participle = |t: &Tok| t.low().len() > 4 && t.low().ends_with("ing") && !t.cap;
    p + 1 < i
        && participle(&toks[p])
        // "touting their plans": a form after a determiner is a noun
        && !(p..i).any(|j| {
            toks[j].in_quote || toks[j].verbish && !lexicon::is_determiner(toks[j - 1].low())
        })
}

/// The frame of the participle of saying at `i` that closes a chain ("The two candidates met,
/// each touting their plans and saying …"): the clause's subject speaks, when it opens the
/// clause and passes as a speaker.
pub(super) fn chain_saying_frame(toks: &[Tok], site: CueSite) -> Option<Frame> {
    let CueSite {
        a,
        b,
        i,
        cue,
        cue_text,
        ..
    } = site;
    let e = (a..i)
        .find(|&j| !np_word(&toks[j]) || is_verbish(&toks[j]) || modifies_cue(&toks[j]))
        .unwrap_or(i);
    if e == a || e >= i || !toks[e].verbish || !speech_subject(&toks[a..e]) {
        return None;
    }
    let c = skip_after_cue(toks, i, b, cue.takes_object);
    let content = trim_range(toks, c, b);
    // what is said is a clause ("saying (that) the economy is weak"), not an object
    // ("answering questions", "vowing to …")
    let saying = matches!(
        toks[i].low(),
        "saying"
            | "telling"
            | "adding"
            | "arguing"
            | "noting"
            | "insisting"
            | "claiming"
            | "warning"
            | "predicting"
            | "declaring"
            | "explaining"
            | "suggesting"
            | "stressing"
            | "asserting"
            | "acknowledging"
            | "admitting"
            | "writing"
            | "complaining"
    );
    let said = toks[i + 1].is("that")
        || toks[i + 1].kind == TokKind::Quote
        || content.0 < content.1
            && !toks[content.0].is("to")
            && clause_follows(toks, content.0, content.1);
    let said = saying && said;
    (said && content.0 < content.1).then(|| Frame {
        prefix: Some(trim_range(toks, a, i)),
        ..Frame::new(Some((a, e)), cue_text, Placement::Before, vec![content])
    })
}

/// "…, saying (that) …": the clause subject's frame continues.
pub(super) fn saying_frame(toks: &[Tok], site: CueSite) -> Option<Frame> {
    let CueSite {
        a,
        b,
        i,
        cue,
        cue_text,
        ..
    } = site;
    // "Meanwhile, it attacked Trump, saying …": past the lead-in
    let a0 = a;
    let mut a = match (a..i.min(a + 5)).find(|&j| is_comma(&toks[j])) {
        Some(c) if is_lead_in(toks, a, c) && c + 1 < i => c + 1,
        _ => a,
    };
    // "But other advisers have urged …, saying …": a conjunction opening the sentence
    if a + 1 < i && matches!(toks[a].low(), "but" | "and" | "yet" | "so") {
        a += 1;
        if a + 1 < i && toks[a].is("even") {
            a += 1;
        }
    }
    // "Durbin, noting the size of the list, said …": a participle set in before the verb of
    // saying is an aside; that verb frames the sentence
    let aside_closes = (i + 1..b).find(|&j| is_comma(&toks[j]) && !toks[j].in_quote);
    if aside_closes.is_some_and(|c| {
        toks.get(c + 1)
            .and_then(|t| t.cue)
            .is_some_and(|c| c.class == CueClass::Speech && !c.ing)
    }) {
        return None;
    }
    // "Both parents stiffened …": a quantifier that can modify a cue opens the subject here
    let quantifier = |j: usize| j + 1 < i && matches!(toks[j].low(), "both" | "all" | "each");
    // "The Court of Arbitration for Sport upheld a four-year ban": a lower-case word that is no
    // preposition, before a determiner, is a verb with its object even when not known as one
    // (only before a reported clause: "…, by rejecting a treaty" reports nothing)
    let reports_clause = toks.get(i + 1).is_some_and(|t| t.is("that"));
    let verb_before_object = |j: usize| {
        reports_clause
            && toks[j].is_word()
            && !toks[j].cap
            && !is_prep(toks[j].low())
            && !lexicon::is_determiner(toks[j].low())
            && !matches!(toks[j].low(), "and" | "or")
            && toks
                .get(j + 1)
                .is_some_and(|t| matches!(t.low(), "a" | "an" | "the"))
    };
    let subject_end = |s: usize| {
        (s..i)
            .find(|&j| {
                !np_word(&toks[j])
                    || is_verbish(&toks[j])
                    || j > s && verb_before_object(j)
                    || modifies_cue(&toks[j]) && !(j == s && quantifier(j))
            })
            .unwrap_or(i)
    };
    let mut subj_end = subject_end(a);
    // "Shortly after the call ended, …", "Soon before": an adverb before a subordinate clause
    // is no subject
    if subj_end < i && subordinator(&toks[subj_end]) {
        subj_end = a;
    }
    // "Davis, a longtime liberal, lashed out …, telling …": what looked like a lead-in was the
    // subject, with an appositive after it
    let e0 = subject_end(a0);
    let named_first =
        a > a0 + 1 && lexicon::is_determiner(toks[a].low()) && names_subject(&toks[a0..a - 1]);
    if (!(subj_end > a && valid_source_np(&toks[a..subj_end])) || named_first)
        && a != a0
        && e0 > a0
        && is_comma(&toks[e0])
        && valid_source_np(&toks[a0..e0])
    {
        a = a0;
        subj_end = e0;
    }
    if !(subj_end > a && valid_source_np(&toks[a..subj_end])) {
        // "At a campaign event in Ames, Iowa, on Sunday, Clinton expanded on it, saying …":
        // past a longer lead-in of phrases with no verb, to a subject and its verb
        // "Shortly after the call ended, the campaign sent …": a subordinate clause is a lead
        // too
        let subordinate = (a0..(a0 + 2).min(i)).any(|j| subordinator(&toks[j]));
        let verbless = |c: usize| {
            !toks[a0..c]
                .iter()
                .any(|t| t.verbish && !subordinate || t.in_quote)
        };
        if let Some((s, e)) = (a0 + 1..i)
            .filter(|&c| is_comma(&toks[c]) && !toks[c].in_quote)
            .take_while(|&c| verbless(c))
            .map(|c| (c + 1, subject_end(c + 1)))
            .find(|&(s, e)| e > s && e < i && toks[e].verbish && valid_source_np(&toks[s..e]))
        {
            a = s;
            subj_end = e;
        }
    }
    if !(subj_end > a && valid_source_np(&toks[a..subj_end])) {
        if let Some(e) = clause_subject(toks, a, i) {
            subj_end = e;
        }
    }
    // "The Reserve Bank on Friday kept …": the day is no part of the subject
    if let Some(t) = time_adjunct_start(toks, a, subj_end).filter(|&t| t > a + 1) {
        subj_end = t;
    }
    let subject_ok = subj_end > a
        && (valid_source_np(&toks[a..subj_end]) || clause_subject(toks, a, i) == Some(subj_end));
    if subject_ok {
        let prefix_end = if matches!(toks[i - 1].low(), "by" | "before" | "after") {
            i - 1
        } else {
            i
        };
        let c = skip_after_cue(toks, i, b, cue.takes_object);
        let content = trim_range(toks, c, b);
        // "…, saying that '": nothing said, no frame
        if content.0 < content.1 {
            return Some(Frame {
                // "… distanced himself by saying …": the preposition goes with the frame
                prefix: Some(trim_range(toks, a, prefix_end)),
                ..Frame::new(
                    Some((a, subj_end)),
                    cue_text,
                    Placement::Before,
                    vec![content],
                )
            });
        }
    }
    None
}

/// "Trump gained ground, with 30 percent of voters saying they …", "…, with Governor Ana Ruiz
/// saying …": a share of respondents or a source after "with", then a participle of saying;
/// it is the source, the words before "with" a clause of their own.
pub(super) fn share_saying(toks: &[Tok], site: CueSite) -> Option<Frame> {
    let CueSite {
        a,
        b,
        i,
        cue,
        cue_text,
        ..
    } = site;
    let w = (a..i)
        .rev()
        .take(10)
        .take_while(|&j| toks[j].is("with") || (np_word(&toks[j]) && !is_verbish(&toks[j])))
        .find(|&j| toks[j].is("with"))?;
    let share = &toks[w + 1..i];
    let counted = share.iter().any(|t| {
        t.kind == TokKind::Number
            || t.is_punct("%")
            || lexicon::is_number_word(t.low())
            || matches!(
                t.low(),
                "percent" | "majority" | "most" | "half" | "third" | "quarter"
            )
    });
    // "…, with Governor Ana Ruiz saying …": a named speaker or a source noun phrase too; but
    // "with all precincts reporting, …" reports nothing
    let says_nothing = toks.get(i + 1).map_or(true, |t| t.kind == TokKind::Punct);
    if share.is_empty() || !(counted || valid_source_np(share)) || says_nothing {
        return None;
    }
    let c = skip_after_cue(toks, i, b, cue.takes_object);
    let content = trim_range(toks, c, b);
    let prefix = trim_range(toks, a, w);
    (content.0 < content.1).then(|| Frame {
        prefix: (prefix.0 < prefix.1).then_some(prefix),
        ..Frame::new(Some((w + 1, i)), cue_text, Placement::Before, vec![content])
    })
}

/// A word that opens a subordinate clause of time, reason or concession ("even" and "whether"
/// also open leads, but "Lee even said" and "Lee, whether …" keep their subject).
fn subordinator(t: &Tok) -> bool {
    opens_subordinate(t.low()) && !matches!(t.low(), "even" | "whether")
}
