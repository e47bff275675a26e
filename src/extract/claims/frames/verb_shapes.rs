//! Frames of a reporting verb recognised by a shape of their own: a relative pronoun as the
//! speaker ("…, who said …"), a second verb of the subject ("…, and said …") and an infinitive
//! of saying ("led Republicans to say …"). Where a cue stands (`CueSite`) is shared with
//! `inverted` (the speaker after the cue) and `participles` ("…, saying …").

use super::subject::*;
use super::*;

/// Where a cue stands: the clause `[a, b)`, the cue at `i`, its modifiers from `k`.
#[derive(Debug, Clone, Copy)]
pub(super) struct CueSite<'c> {
    pub a: usize,
    pub b: usize,
    pub i: usize,
    pub k: usize,
    pub cue: lexicon::Cue,
    pub cue_text: &'c str,
}

/// "…, who said …": the relative pronoun is the source, its antecedent resolves it. `None`
/// when the cue stands in no such shape; `Some(None)` when it does but reports only an object
/// ("Weber, who advises Kasich, is …"), so the cue frames nothing.
pub(super) fn relative_speaker(text: &str, toks: &[Tok], site: CueSite) -> Option<Option<Frame>> {
    let CueSite {
        a,
        b,
        i,
        k,
        cue,
        cue_text,
    } = site;
    // "who in 2010 said": an adjunct may stand between the pronoun and the cue
    let w = if k > a && matches!(toks[k - 1].low(), "who" | "which") {
        Some(k - 1)
    } else {
        (k.saturating_sub(5).max(a)..k).rev().find(|&j| {
            toks[j].is("who")
                && j + 1 < k
                && is_prep(toks[j + 1].low())
                && !toks[j + 1..k].iter().any(|t| t.verbish || t.is_punct(","))
        })
    };
    // "…, many of whom say …": a share of the antecedent speaks
    let share = k >= a + 4
        && toks[k - 1].is("whom")
        && toks[k - 2].is("of")
        && matches!(
            toks[k - 3].low(),
            "many" | "most" | "some" | "all" | "several" | "few" | "half" | "both" | "none"
        );
    let (w, w_end) = if share {
        (k - 3, k)
    } else {
        let w = w.unwrap_or(usize::MAX);
        (w, w.saturating_add(1))
    };
    if w != usize::MAX
        && k > a
        && (share || matches!(toks[w].low(), "who" | "which"))
        && cue.class == CueClass::Speech
        && !cue.weak
        && !is_anonymity_note(text, toks, w, next_comma(toks, k, b))
    {
        let c = skip_after_cue(toks, i, b, cue.takes_object);
        // "Zeke Emanuel, an oncologist who advised Obama on the overhaul, said …": the relative
        // clause closed on its object and adjunct, and the main verb follows; it reported nothing
        if c < b && c > i + 1 && is_comma(&toks[c - 1]) && is_verbish(&toks[c]) {
            return Some(None);
        }
        // the relative clause ends at a comma followed by a verb: the main clause resumes
        let mut e = b;
        let mut j = c;
        while j < b {
            if !toks[j].in_quote && is_comma(&toks[j]) && toks.get(j + 1).is_some_and(is_verbish) {
                e = j;
                break;
            }
            j += 1;
        }
        let content = trim_range(toks, c, e);
        // "Weber, who advises Kasich, is …", "…, who confirmed the incident to our
        // correspondent, said": an object alone (no clause, quotation or figure) is no report
        let words = &toks[content.0..content.1];
        // "who proposed the plan": a word after a determiner is its noun, though it looks like
        // a verb ("plan", "cut", "changes")
        let noun = |j: usize| j > 0 && lexicon::is_determiner(words[j - 1].low());
        let verb_at = |j: usize| is_verbish(&words[j]) && !noun(j);
        let maybe_verb =
            |j: usize| verb_at(j) || !words[j].cap && ends_in_s(words[j].low()) && !noun(j);
        let nouns_only = !(0..words.len()).any(|j| is_verbish(&words[j]) && !noun(j));
        let object_only = content.0 < content.1
            && !(1..words.len()).any(maybe_verb)
            && !(0..words.len()).any(|j| {
                verb_at(j) || words[j].kind == TokKind::Quote || words[j].kind == TokKind::Number
            })
            && !matches!(words[0].low(), "he" | "she" | "they" | "it" | "we" | "i")
            && (nouns_only || !clause_follows(toks, content.0, content.1));
        if object_only {
            return Some(None);
        }
        if content.0 < content.1 {
            let prefix = trim_range(toks, a, w);
            let rest = trim_range(toks, e, b);
            return Some(Some(Frame {
                prefix: (prefix.0 < prefix.1).then_some(prefix),
                rest: (rest.0 < rest.1).then_some(rest),
                antecedent: (w >= a + 2 && is_comma(&toks[w - 1]))
                    .then(|| {
                        // "The plan angered farmers, many of whom": the object, not the verb
                        let st = subject_start(toks, a, w - 1);
                        let st = (st..w - 1)
                            .rev()
                            .find(|&j| toks[j].verbish)
                            .map_or(st, |v| v + 1);
                        (st, w - 1)
                    })
                    .filter(|r| r.0 < r.1)
                    .or_else(|| antecedent_before_clause(toks, a, w)),
                ..Frame::new(Some((w, w_end)), cue_text, Placement::Before, vec![content])
            }));
        }
    }
    None
}

/// "X supported Democrats, and said …", "She thanked the crowd, then said …": the clause's
/// subject speaks.
pub(super) fn coordinated_speaker(toks: &[Tok], site: CueSite) -> Option<Frame> {
    let CueSite {
        a,
        b,
        i,
        k,
        cue,
        cue_text,
    } = site;
    // (an adverb before the cue, "then" among them, stands after `k`)
    let joined = |j: usize| {
        matches!(toks[j].low(), "and" | "but") || is_comma(&toks[j]) && toks[j + 1].is("then")
    };
    if k > a + 2 && joined(k - 1) && !cue.weak {
        // "In an interview, Lee doubled down and said …": past a lead-in set off by a comma
        let a0 = a;
        let a = match (a + 1..k - 1)
            .rev()
            .find(|&j| is_comma(&toks[j]) && !toks[j].in_quote)
        {
            Some(c) if c + 2 < k && lead_in_before(toks, a, c) => c + 1,
            _ => a,
        };
        let mut se = a;
        while se < k - 1
            && np_word(&toks[se])
            && !is_verbish(&toks[se])
            && !modifies_cue(&toks[se])
            && !(se > a && present_tense_before_object(toks, se))
            && se < a + 14
        {
            se += 1;
        }
        // "It stops short of blaming the operator but says …": a subject pronoun alone
        // (not "it would be a shrewd and calculated move": adjectives joined after an article,
        // with no clause after the second; nor past a comma, where a list or a relative clause
        // may hold the verb)
        let clause_next = toks.get(i + 1).is_some_and(|t| {
            t.cap || t.is("that") || t.kind == TokKind::Quote || lexicon::is_determiner(t.low())
        });
        let pronoun = se == a
            && matches!(toks[a].low(), "it" | "he" | "she" | "they")
            && !(k >= a + 3 && matches!(toks[k - 3].low(), "a" | "an" | "the") && !clause_next)
            && !toks[a + 1..k - 1].iter().any(is_comma);
        if pronoun {
            se = a + 1;
        }
        if se > a && se < k - 1 && (pronoun || speech_subject(&toks[a..se])) {
            let c = skip_after_cue(toks, i, b, cue.takes_object);
            let content = trim_range(toks, c, b);
            if content.0 < content.1 {
                let prefix = trim_range(toks, a0, k - 1);
                return Some(Frame {
                    prefix: (prefix.0 < prefix.1).then_some(prefix),
                    ..Frame::new(Some((a, se)), cue_text, Placement::Before, vec![content])
                });
            }
        }
    }
    None
}

/// "Wealth-X keeps its finances secret but says …": a lower-case word in "-s" followed by a
/// determiner is a verb in the present tense, not a plural noun of the subject; so is any
/// lower-case word right after a name ("Mrs. Lee shook her head and said …").
fn present_tense_before_object(toks: &[Tok], j: usize) -> bool {
    let w = toks[j].low();
    let after_name = j > 0 && toks[j - 1].cap && toks[j].kind == TokKind::Word;
    !toks[j].cap
        && w.len() > 3
        && (w.ends_with('s') && !w.ends_with("ss") || after_name)
        && !w.ends_with("'s")
        && !w.ends_with("’s")
        && toks.get(j + 1).is_some_and(|t| {
            matches!(
                t.low(),
                "its" | "his" | "her" | "their" | "the" | "a" | "an" | "no" | "our"
            )
        })
}

/// "The debate led Republicans to say that …", "Lee took to Twitter to say he …": a verb of
/// saying in the infinitive whose speaker is the object of a verb that moves someone to speak,
/// or the subject of a verb that sets the scene for speaking. The cue at `i` follows "to".
pub(super) fn infinitive_speaker(
    toks: &[Tok],
    a: usize,
    b: usize,
    i: usize,
    cue: lexicon::Cue,
) -> Option<Frame> {
    // "prompting the Opposition to accuse the Premier of “losing control”": a charge, read
    // with its verb as "accused Kyiv of attacking …" is
    let charge = matches!(cue.base, "accuse" | "blame")
        && !cue.ing
        && !cue.past
        && (i + 2..b.min(i + 8)).any(|k| matches!(toks[k].low(), "of" | "for"));
    if (cue.class != CueClass::Speech || cue.weak || cue.ing || cue.past) && !charge {
        return None;
    }
    let c = skip_after_cue(toks, i, b, cue.takes_object);
    // "was prompted to say, “…”": a quotation is content too
    if c >= b {
        return None;
    }
    let quoted = toks[c].kind == TokKind::Quote && c + 1 < b;
    if !(toks[c - 1].is("that") || quoted || charge || clause_follows(toks, c, b)) {
        return None;
    }
    let source = moved_object(toks, a, i - 1)
        .or_else(|| scene_subject(toks, a, i - 1))
        .or_else(|| predicate_subject(toks, a, i - 1))?;
    let mut f = Frame::new(
        Some(source),
        toks[i].low(),
        Placement::Before,
        vec![trim_range(toks, if charge { i } else { c }, b)],
    );
    // "Waiting lists hit a record, prompting the Opposition to say …": the clause before the
    // participle is a claim of its own; before a finite mover, so is what a comma sets off
    // ("For someone who …, the shift seemed so stark that it prompted Cooper to accuse …")
    if let Some(m) = source.0.checked_sub(1).filter(|&m| m > a + 1) {
        let comma = if toks[m].low().ends_with("ing") {
            Some(m - 1).filter(|&k| is_comma(&toks[k]))
        } else {
            (a + 1..m)
                .rev()
                .find(|&k| is_comma(&toks[k]) && !toks[k].in_quote)
        };
        f.prefix = comma.map(|k| trim_range(toks, a, k));
    }
    Some(f)
}

/// "led Republicans to": the noun phrase between a verb that moves someone to act and the
/// "to" at `to`.
fn moved_object(toks: &[Tok], a: usize, to: usize) -> Option<(usize, usize)> {
    let o = (a..to)
        .rev()
        .take(7)
        .take_while(|&j| {
            (np_word(&toks[j]) && !is_verbish(&toks[j])) || lexicon::moves_to_speak(toks[j].low())
        })
        .find(|&j| lexicon::moves_to_speak(toks[j].low()))?;
    let obj = &toks[o + 1..to];
    (!obj.is_empty() && valid_source_np(obj)).then_some((o + 1, to))
}

/// "Lee stood at a rally to": the subject of a verb that sets the scene for speaking, with
/// only adjuncts between it and the "to" at `to`.
fn scene_subject(toks: &[Tok], a: usize, to: usize) -> Option<(usize, usize)> {
    let v = (a..to).find(|&j| is_verbish(&toks[j]) || modifies_cue(&toks[j]))?;
    if !lexicon::sets_scene(toks[v].low())
        || toks[v + 1..to]
            .iter()
            .any(|t| is_verbish(t) || t.in_quote || t.is_punct(","))
    {
        return None;
    }
    // "On Friday, Lee took to Twitter": past a short lead-in
    let start = match (a..v).rev().find(|&j| is_comma(&toks[j])) {
        Some(c) if is_lead_in(toks, a, c) => c + 1,
        _ => a,
    };
    let subj = trim_range(toks, start, v);
    (subj.0 < subj.1 && valid_source_np(&toks[subj.0..subj.1])).then_some(subj)
}

/// "Women were more likely than men to", "Lee was quick to", "Ortiz was prompted to": the
/// subject of a form of "be" whose predicate leads to the "to" at `to`.
fn predicate_subject(toks: &[Tok], a: usize, to: usize) -> Option<(usize, usize)> {
    let be = (a..to)
        .find(|&j| matches!(toks[j].low(), "is" | "are" | "was" | "were" | "been" | "be"))?;
    let predicate = &toks[be + 1..to];
    let p = predicate.iter().position(|t| {
        matches!(
            t.low(),
            "quick"
                | "careful"
                | "eager"
                | "willing"
                | "prompted"
                | "forced"
                | "moved"
                | "compelled"
                | "likely"
                | "unlikely"
                | "apt"
        )
    })?;
    // "is likely to say" forecasts; "more likely than men to say" reports a poll's answers
    let word = predicate[p].low();
    if matches!(word, "likely" | "unlikely" | "apt")
        && !(p > 0
            && matches!(
                predicate[p - 1].low(),
                "more" | "less" | "most" | "least" | "as"
            ))
    {
        return None;
    }
    // between "be" and the word: degree adverbs only; after it: a comparison ("than men")
    let degree = |t: &Tok| {
        matches!(
            t.low(),
            "more" | "less" | "most" | "least" | "as" | "also" | "not" | "very"
        ) || (t.low().ends_with("ly") && !t.cap)
    };
    let after_ok = predicate[p + 1..].is_empty()
        || predicate[p + 1..].len() <= 4
            && predicate[p + 1..]
                .first()
                .is_some_and(|t| matches!(t.low(), "than" | "as"))
            && !predicate[p + 1..]
                .iter()
                .any(|t| is_verbish(t) || t.in_quote);
    if !predicate[..p].iter().all(degree) || !after_ok {
        return None;
    }
    let start = match (a..be).rev().find(|&j| is_comma(&toks[j])) {
        Some(c) if lead_in_before(toks, a, c) => c + 1,
        _ => a,
    };
    let subj = trim_range(toks, start, be);
    (subj.0 < subj.1 && valid_source_np(&toks[subj.0..subj.1])).then_some(subj)
}

/// Whether `[a, c)`, before a comma, reads as a lead-in to the clause's subject: a short
/// phrase, or an adjunct opening with a preposition or a subordinator ("In an interview with
/// the paper", "When asked about it").
fn lead_in_before(toks: &[Tok], a: usize, c: usize) -> bool {
    is_lead_in(toks, a, c)
        // "Asked whether she would run, she laughed and said …": the question put to her
        || (a + 1 < c
            && toks[a].cap
            && lexicon::is_question_participle(toks[a].low())
            && !toks[a..c].iter().any(|t| t.kind == TokKind::Quote))
        || (c - a <= 12
            && !toks[a..c]
                .iter()
                .any(|t| t.in_quote || t.kind == TokKind::Quote)
            && (is_prep(toks[a].low())
                || matches!(toks[a].low(), "when" | "while" | "after" | "before" | "as")))
}

/// "…, a view echoed by the BSI, which said …", "…, according to the status page, which
/// reported …": when the clause opens on the relative pronoun, its antecedent is the noun phrase
/// right before the comma, back to a preposition or a verb.
fn antecedent_before_clause(toks: &[Tok], a: usize, w: usize) -> Option<(usize, usize)> {
    if w != a || w < 2 || !is_comma(&toks[w - 1]) || !toks[w].is("which") {
        return None;
    }
    let end = w - 1;
    let mut st = end;
    while st > 0 && end - st < 8 {
        let t = &toks[st - 1];
        if !t.is_word() || t.in_quote || t.verbish || is_prep(t.low()) && !t.is("of") {
            break;
        }
        if matches!(t.low(), "and" | "or" | "but" | "said" | "says")
            && !(t.is("and") && and_inside_body_name(toks, st - 1, end))
        {
            break;
        }
        st -= 1;
    }
    // ("of" cannot open the phrase)
    while st < end && (toks[st].is("of") || !np_word(&toks[st])) {
        st += 1;
    }
    let words = &toks[st..end];
    (st < end && words.iter().any(|t| !lexicon::is_determiner(t.low()))).then_some((st, end))
}

/// Whether the "and" at `n` is inside one body's name ending at `end`: capitalised words on
/// both sides and two or more words after it up to a body word ("the United Food and
/// Commercial Workers union, which …").
fn and_inside_body_name(toks: &[Tok], n: usize, end: usize) -> bool {
    n > 0
        && end >= n + 3
        && toks[n - 1].cap
        && toks[n + 1].cap
        && (lexicon::is_org_word(toks[end - 1].low())
            || lexicon::is_official_word(toks[end - 1].low()))
}
