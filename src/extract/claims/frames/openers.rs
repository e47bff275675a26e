//! Frames recognised by their shape rather than by a verb: a statement announced before a
//! colon, a document named in an opening phrase, a name before a quoted colon, and nominal
//! cues ("Trump's claim that …").

use super::*;

pub(super) fn simple_frame(
    src: (usize, usize),
    cue: &str,
    content: (usize, usize),
    p: Placement,
) -> Frame {
    Frame::new(Some(src), cue, p, vec![content])
}

/// "The senator issued the following statement:" — a statement announced at the end of a
/// clause, its words in the paragraphs that follow.
pub(super) fn statement_follows(toks: &[Tok], a: usize, b: usize) -> Option<Frame> {
    if b < a + 4 || !toks[b - 1].is_punct(":") || toks[a..b].iter().any(|t| t.in_quote) {
        return None;
    }
    let v = (a + 1..b - 2).find(|&k| {
        matches!(
            toks[k].low(),
            "issued" | "released" | "posted" | "published" | "shared" | "sent" | "put"
        )
    })?;
    let object = &toks[v + 1..b - 1];
    let names_statement = object
        .iter()
        .any(|t| lexicon::is_document_head(t.low()) || t.is("following"));
    if !names_statement || object.len() > 6 || object.iter().any(is_verbish) {
        return None;
    }
    let s = super::subject::subject_start(toks, a, v);
    if s >= v || !speech_subject(&toks[s..v]) {
        return None;
    }
    Some(Frame {
        opens_next: true,
        content: Vec::new(),
        ..simple_frame((s, v), toks[v].low(), (v, v), Placement::Before)
    })
}

/// Nouns that report what someone said or believes: "Trump's claim that …".
pub(super) fn is_report_noun(w: &str) -> bool {
    matches!(
        w,
        "claim"
            | "claims"
            | "statement"
            | "assertion"
            | "argument"
            | "view"
            | "belief"
            | "promise"
            | "pledge"
            | "warning"
            | "criticism"
            | "suggestion"
            | "allegation"
            | "allegations"
            | "accusation"
            | "accusations"
            | "insistence"
            | "comments"
            | "remarks"
            | "comment"
            | "remark"
            | "contention"
            | "prediction"
            | "vow"
            | "threat"
            | "proposal"
            | "plan"
            | "demand"
            | "call"
            | "charge"
            | "complaint"
            | "admission"
            | "denial"
            | "assessment"
            | "conclusion"
            | "finding"
            | "findings"
            | "estimate"
            | "position"
            | "suggestions"
            | "concerns"
            | "fear"
            | "fears"
            | "hope"
            | "hopes"
            | "concern"
            | "conviction"
            | "confidence"
            | "doubt"
            | "doubts"
            | "worry"
            | "opinion"
    )
}

/// "Trump's claim that …", "her promise to …": a possessor reported by a noun. Weak: a later
/// verb of saying wins.
pub(super) fn nominal_frame(toks: &[Tok], a: usize, b: usize) -> Option<Frame> {
    for n in a + 1..b.saturating_sub(2) {
        let p = &toks[n - 1];
        let maybe_possessor = p.lower.ends_with('s') || matches!(p.low(), "his" | "her" | "their");
        if !maybe_possessor || toks[n].in_quote || !is_report_noun(&toks[n].lower) {
            continue;
        }
        let p = &toks[n - 1];
        let apostrophe = p.lower.ends_with("'s") || p.lower.ends_with("’s");
        let possessive = (p.cap && apostrophe)
            || (apostrophe && n >= a + 2 && matches!(toks[n - 2].low(), "the" | "a" | "an"))
            || matches!(p.low(), "his" | "her" | "their" | "its");
        if !possessive || !matches!(toks[n + 1].low(), "that" | "to" | "of") {
            continue;
        }
        if toks[n + 1].is("of") && !toks[n].is("criticism") {
            continue;
        }
        // "The Met Office has upgraded its warning to amber": a level the noun is moved to, not
        // an aim ("her promise to resign")
        if toks[n + 1].is("to") && changes_a_level(toks, n) {
            continue;
        }
        // the possessor's name: a capitalised run ending at the possessive
        let mut s = n - 1;
        while s > a && toks[s - 1].cap && toks[s - 1].is_word() && p.cap {
            s -= 1;
        }
        if !p.cap && apostrophe {
            s = n - 2;
        }
        // "Woods shared her belief that …": the pronoun is the verb's subject, who speaks
        let mut source = (s, n);
        if let Some(subject) = subject_of_verb_before(toks, a, n - 1) {
            source = subject;
            s = subject.0;
        }
        let c = if matches!(toks[n + 1].low(), "that" | "of") {
            n + 2
        } else {
            n + 1
        };
        let e = next_comma(toks, c, b).max(b.min(c + 1));
        // "their criticism of the mayor, saying …": what is criticised ends at the comma
        let end = if e < b && (toks[e].is_punct(";") || toks[n + 1].is("of")) {
            e
        } else {
            b
        };
        let content = trim_range(toks, c, end);
        if content.1 <= content.0 + 1 {
            continue;
        }
        // "Regarding the speech, Woods shared …": an opening phrase with no verb is no claim
        let prefix = trim_range(toks, a, s);
        let clause = toks[prefix.0..prefix.1].iter().any(|t| t.verbish);
        let prefix = (prefix.0 < prefix.1 && (clause || source.1 == n)).then_some(prefix);
        return Some(Frame {
            prefix,
            ..Frame::new(
                Some(source),
                toks[n].low(),
                Placement::Before,
                vec![content],
            )
        });
    }
    None
}

/// Whether "to" after the report noun at `n` names where the noun was moved ("upgraded its
/// warning to amber", "raised its forecast to 3%", "extended the warning to Wales"): a verb of
/// change before the noun, or no verb after "to".
fn changes_a_level(toks: &[Tok], n: usize) -> bool {
    let after = toks.get(n + 2);
    let no_verb = after.map_or(true, |t| {
        t.cap
            || t.kind == TokKind::Number
            || lexicon::is_determiner(t.low())
            || matches!(
                t.low(),
                "amber" | "red" | "yellow" | "orange" | "green" | "level" | "parts"
            )
    });
    let verb = (n >= 2).then(|| toks[n - 2].low()).is_some_and(|w| {
        [
            "upgrad", "downgrad", "rais", "lower", "extend", "escalat", "chang", "lift", "cut",
            "revis", "expand", "widen", "reduc", "increas", "shift", "mov",
        ]
        .iter()
        .any(|stem| w.starts_with(stem))
    });
    no_verb || verb
}

/// The subject of the finite verb right before the possessive pronoun at `p` ("Woods shared
/// her belief", "The senator repeated his claim"): the words from the clause's start (after an
/// opening phrase set off by a comma) to the verb, when they make a source noun phrase.
fn subject_of_verb_before(toks: &[Tok], a: usize, p: usize) -> Option<(usize, usize)> {
    if !matches!(toks[p].low(), "his" | "her" | "their" | "its") || p < a + 2 {
        return None;
    }
    let verb = p - 1;
    if !toks[verb].verbish || toks[verb].in_quote {
        return None;
    }
    let start = (a..verb)
        .rev()
        .find(|&k| is_comma(&toks[k]))
        .map_or(a, |k| k + 1);
    let subject = trim_range(toks, start, verb);
    let words = &toks[subject.0..subject.1];
    let speaks = !words.is_empty()
        && words.len() <= 6
        && words.iter().all(|t| !t.in_quote && !t.verbish)
        && valid_source_np(words);
    speaks.then_some(subject)
}

/// "In a CNN poll released Monday, 50 percent …", "…, in the latest survey": a document that
/// states the clause's finding, named in a prepositional phrase set off by a comma.
pub(super) fn in_document(toks: &[Tok], a: usize, b: usize) -> Option<Frame> {
    let doc_phrase = |s: usize, e: usize| -> bool {
        e > s + 1
            && e - s <= 12
            && toks[s].is("in")
            && matches!(
                toks[s + 1].low(),
                "a" | "an" | "the" | "its" | "their" | "his" | "her"
            )
            && (s + 2..e.min(s + 8)).any(|j| {
                matches!(
                    toks[j].low(),
                    "poll" | "survey" | "study" | "report" | "analysis" | "audit" | "census"
                ) && (j + 1 == e
                    || matches!(
                        toks[j + 1].low(),
                        "released" | "published" | "conducted" | "by" | "of" | "from" | "for"
                    ))
            })
            && toks[s..e]
                .iter()
                .all(|t| !t.in_quote && np_word(t) || t.is("in"))
    };
    // before the content
    let c = next_comma(toks, a, b);
    if c < b && doc_phrase(a, c) {
        let content = trim_range(toks, c + 1, b);
        if content.1 > content.0 + 2 && clause_follows(toks, content.0, content.1) {
            return Some(simple_frame((a + 1, c), "in", content, Placement::Before));
        }
    }
    // after the content: "…, in a survey by the institute."
    let (last, e) = closing_phrase(toks, a, b)?;
    if doc_phrase(last + 1, e) && clause_follows(toks, a, last) {
        let content = trim_range(toks, a, last);
        if content.1 > content.0 + 2 {
            return Some(simple_frame((last + 2, e), "in", content, Placement::After));
        }
    }
    None
}

/// "More from Jones: “…”", "… doesn't surprise pollster Daron Shaw: “…”": a name right
/// before a colon that opens a quotation.
pub(super) fn name_colon_quote(toks: &[Tok], a: usize, b: usize) -> Option<Frame> {
    let c = (a + 1..b.saturating_sub(1)).find(|&k| {
        toks[k].is_punct(":") && !toks[k].in_quote && toks[k + 1].kind == TokKind::Quote
    })?;
    // "Rep. Ana Gomez (D-Texas): “…”": the party label stays out of the name
    let name_end = party_label_before(toks, a, c).unwrap_or(c);
    let mut s = name_end;
    while s > a && name_end - s < 4 && toks[s - 1].cap && toks[s - 1].is_word() {
        s -= 1;
    }
    // "Eric Goes posted on Instagram:", "Ortiz spoke to Reuters:": a name after a verb and its
    // preposition is where the words went, not their speaker ("from" and "by" name him)
    let verbs_place = s > a + 1
        && super::subject::is_prep(toks[s - 1].low())
        && !matches!(toks[s - 1].low(), "of" | "from" | "by")
        && toks[a..s - 1].iter().any(|t| t.verbish && !t.in_quote);
    if s == name_end || (s > a && toks[s - 1].cap) || verbs_place {
        return speaker_verb_colon_quote(toks, a, b, c);
    }
    if !super::labels::labels_a_speaker(&toks[s..name_end]) {
        return None;
    }
    // "One resident told the BBC: “…”": the name after a finite verb of saying, which has a
    // subject before it, is whom it was said to; the verb's own frame has the speaker
    // ("Estimates of … are problematic - Pew Research: “…”" opens on a noun)
    if toks[a..s]
        .iter()
        .skip(1)
        .any(|t| !t.in_quote && t.verbish && t.cue.is_some_and(|c| c.says()))
    {
        return None;
    }
    let content = trim_range(toks, c + 1, b);
    if content.0 >= content.1 {
        return None;
    }
    let mut f = simple_frame((s, name_end), ":", content, Placement::Before);
    let prefix = trim_range(toks, a, s);
    f.prefix = (prefix.0 < prefix.1 && toks[prefix.0..prefix.1].iter().any(|t| t.verbish))
        .then_some(prefix);
    Some(f)
}

/// "Then she added a caveat: “…”", "Lee went on: “…”": a pronoun, a name or "the" and a
/// noun, a short verb phrase and a colon that opens a quotation.
fn speaker_verb_colon_quote(toks: &[Tok], a: usize, b: usize, c: usize) -> Option<Frame> {
    // past a short lead-in word ("Then", "But", "Later")
    let s = if c > a + 2 && toks[a].cap && !toks[a + 1].cap && toks[a + 1].is_word() {
        let pronoun = |t: &Tok| matches!(t.low(), "he" | "she" | "they" | "i" | "we");
        if pronoun(&toks[a + 1]) {
            a + 1
        } else {
            a
        }
    } else {
        a
    };
    let pronoun = matches!(toks[s].low(), "he" | "she" | "they" | "i" | "we");
    // "The minister closed with a warning: “…”": "the" and one noun before a lexical verb
    // (not "The rule is simple: “…”")
    let the_noun = toks[s].is("the")
        && s + 2 < c
        && toks[s + 1].is_word()
        && !toks[s + 1].verbish
        && toks[s + 2].verbish
        && toks[s + 2].flags & lexicon::flag::FINITE == 0;
    let mut e = s + 1;
    if the_noun {
        e = s + 2;
    } else if !pronoun {
        while e < c && e < s + 3 && toks[e].cap && toks[e].is_word() {
            e += 1;
        }
        if !toks[s].cap || lexicon::is_determiner(toks[s].low()) {
            return None;
        }
    }
    let phrase = &toks[e..c];
    let verb = phrase.first()?;
    if phrase.len() > 6
        || !(verb.verbish || verb.cue.is_some() || matches!(verb.low(), "went" | "had" | "has"))
        || phrase
            .iter()
            .any(|t| t.in_quote || t.kind == TokKind::Quote || is_comma(t))
    {
        return None;
    }
    let content = trim_range(toks, c + 1, b);
    if content.0 >= content.1 {
        return None;
    }
    let mut f = simple_frame((s, e), verb.low(), content, Placement::Before);
    let prefix = trim_range(toks, a, s);
    f.prefix = (prefix.0 < prefix.1 && s > a + 1).then_some(prefix);
    Some(f)
}

/// Where a parenthesised party label ("(D-Texas)", "(R-S.C.)") closing right before `c` opens.
fn party_label_before(toks: &[Tok], a: usize, c: usize) -> Option<usize> {
    if c < a + 3 || !toks[c - 1].is_punct(")") {
        return None;
    }
    let open = (c.saturating_sub(8).max(a)..c - 1)
        .rev()
        .find(|&k| toks[k].is_punct("("))?;
    toks.get(open + 1)
        .is_some_and(is_party_label)
        .then_some(open)
}
