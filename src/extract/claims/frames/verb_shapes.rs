//! Frames of a reporting verb recognised by a shape of their own: the speaker after the cue
//! ("…, said X"), a participle continuing the subject's frame ("…, saying …"), a relative
//! pronoun as the speaker ("…, who said …") and a second verb of the subject ("…, and said …").

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

/// "…,” said X, a …" / "…, says X.": the speaker after the cue.
pub(super) fn inverted_frame(toks: &[Tok], site: CueSite) -> Option<Frame> {
    let CueSite {
        a,
        b,
        i,
        k,
        cue,
        cue_text,
    } = site;
    if k == i
        && i > a
        && (is_comma(&toks[i - 1]) || is_closing_quote(toks, i - 1))
        && cue.class == CueClass::Speech
        && !cue.ing
        // "“Why now?” asked Sen. Ann Lee": right after a quotation, a verb that takes a hearer
        // ("asked", "told") inverts with its speaker too
        && (!cue.takes_object || is_closing_quote(toks, i - 1))
        && !cue.weak
        && i + 1 < b
    {
        let e = next_comma(toks, i + 1, b);
        let mut e = e;
        while e > i + 1 && toks[e - 1].kind == TokKind::Punct && !toks[e - 1].is_punct(")") {
            e -= 1;
        }
        let frame_end = e;
        // "said Sen. Ann Lee who represents the city", "said Mayor Bo Diaz in an interview":
        // a restrictive relative or an adjunct after the speaker stays in the frame
        let cut = speaker_tail(&toks[i + 1..e]).unwrap_or(e - i - 1);
        let np = strip_parenthetical(&toks[i + 1..i + 1 + cut]);
        let e = i + 1 + np.len();
        // the words before must be content: a clause or a quotation, not a subject; or a
        // subject whose predicate follows the frame ("The cost, said Lee, will rise")
        // "The cost, said Lee, a former mayor, will rise": past the speaker's description
        let described = frame_end + 1 < b
            && is_comma(&toks[frame_end])
            && (lexicon::is_determiner(&toks[frame_end + 1].lower)
                || lexicon::is_title(&toks[frame_end + 1].lower));
        let pred_comma = if described {
            next_comma(toks, frame_end + 1, b)
        } else {
            frame_end
        };
        let predicate_after = pred_comma + 1 < b
            && is_comma(&toks[pred_comma])
            && is_verbish(&toks[pred_comma + 1])
            && toks[pred_comma + 1].cue.is_none()
            && !toks[a..i - 1].iter().any(|t| t.verbish || t.in_quote);
        let content_before = predicate_after
            || toks[a..i]
                .iter()
                .any(|t| is_verbish(t) || t.kind == TokKind::Quote);
        // "…, said Tuesday.": a day, not a speaker
        let is_np = !np.is_empty()
            && !lexicon::is_day_word(np[0].low())
            && content_before
            // "said former Gov. and party Chairman Ed Rendell": titles before a name
            && (np.len() <= 8 || (np.len() <= 14 && ends_in_name(np)))
            && (np[0].cap
                || np[0].kind == TokKind::Number
                || lexicon::is_determiner(&np[0].lower)
                || lexicon::is_title(&np[0].lower)
                || matches!(
                    np[0].low(),
                    "former"
                        | "then"
                        | "retired"
                        | "longtime"
                        | "veteran"
                        | "acting"
                        | "incoming"
                        | "outgoing"
                        | "senior"
                        | "top"
                        | "chief"
                        | "fellow"
                        | "local"
                        | "state"
                        | "federal"
                        | "democratic"
                        | "republican"
                )
                || ends_in_name(np))
            && speech_subject(np)
            && !np.iter().any(|t| t.is("that"));
        if is_np {
            let mut role = None;
            let mut source = (i + 1, e);
            let mut end_frame = frame_end.max(e);
            if frame_end == e && e + 1 < b && is_comma(&toks[e]) {
                // ", a spokeswoman for the agency.", ", now a radio host."
                let re = next_comma(toks, e + 1, b);
                let d = if toks[e + 1].is("now") { e + 2 } else { e + 1 };
                if d < re
                    && (lexicon::is_determiner(&toks[d].lower) || lexicon::is_title(&toks[d].lower))
                {
                    role = Some((e + 1, re));
                    end_frame = re;
                } else if is_party_label(&toks[e + 1]) {
                    // ", R-Ky.": the legislator's party and state, part of the frame
                    end_frame = re;
                } else if lexicon::is_manner_participle(toks[e + 1].low()) {
                    // ", speaking to reporters.": how the speaker spoke, part of the frame
                    end_frame = re;
                } else if let Some(n) = closing_name(toks, e + 1, re, b) {
                    // "said the company's chief executive, Ann Lee.": the description, then
                    // the name
                    role = Some(source);
                    source = (e + 1, n);
                    end_frame = re;
                }
            }
            // "…, R-Ky., in a statement.": an adjunct closing the clause after the speaker's
            // description is the frame's too
            if end_frame > e && end_frame < b {
                let mut r = end_frame;
                while r < b && is_comma(&toks[r]) {
                    r += 1;
                }
                let rest = &toks[r..b];
                let adjunct = rest.first().is_some_and(|t| {
                    matches!(t.low(), "in" | "on" | "at" | "during")
                        || lexicon::is_day_word(t.low())
                }) && !rest.iter().any(|t| t.verbish || t.in_quote);
                if adjunct {
                    end_frame = b;
                }
            }
            // ", who runs the hospital.": the writer's description, a claim of its own
            let mut side = Vec::new();
            if role.is_none()
                && frame_end == e
                && e + 1 < b
                && is_comma(&toks[e])
                && matches!(toks[e + 1].low(), "who" | "whose")
            {
                let re = next_comma(toks, e + 1, b);
                side.push((e + 1, re));
                end_frame = re;
            }
            let mut content = Vec::new();
            push_range(&mut content, toks, a, i);
            push_range(&mut content, toks, end_frame, b);
            if !content.is_empty() {
                return Some(Frame {
                    side,
                    role,
                    ..Frame::new(Some(source), cue_text, Placement::After, content)
                });
            }
        }
    }
    None
}

/// "…, said the firm's chief executive, Ann Lee.": the end of a name of capitalised words
/// that fills `[s, re)` up to the end of the clause `b`, after a description of the speaker.
fn closing_name(toks: &[Tok], s: usize, re: usize, b: usize) -> Option<usize> {
    let mut n = re;
    while n > s && toks[n - 1].kind == TokKind::Punct {
        n -= 1;
    }
    let all_name = n > s
        && n - s <= 4
        && toks[s..n]
            .iter()
            .all(|t| t.cap && t.is_word() && t.cue.is_none() && !is_party_label(t));
    let ends_clause = toks[n..b].iter().all(|t| t.kind != TokKind::Word);
    (all_name && ends_clause && !toks[s].in_quote).then_some(n)
}

/// Where the words after an inverted speaker stop naming them: a restrictive relative clause
/// ("who represents the city"), a time or place adjunct after a name ("in an interview",
/// "at the time", "when asked") or an affiliation. `None` when the phrase is all speaker.
fn speaker_tail(np: &[Tok]) -> Option<usize> {
    // "said Thursday at a rally": a day, not a speaker
    let day = np.first().is_some_and(|t| lexicon::is_day_word(t.low()));
    if day {
        return None;
    }
    // "Sen. Ann Lee (D-Ore.) in an interview": the parenthetical closes the name
    let after_name = |p: usize| np[p - 1].cap || np[p - 1].is_punct(")");
    // "Ann Lee of the University of Texas School of Law": an affiliation, when the phrase
    // is too long to be all speaker and a name of two words or more precedes it
    let affiliation =
        |p: usize| np.len() > 8 && p >= 2 && np[p - 2].cap && np[p - 1].cap && np[p - 2].is_word();
    (1..np.len()).find(|&p| {
        let cut = match np[p].low() {
            "who" | "whose" => true,
            "when" | "while" | "as" | "in" | "during" | "at" | "after" => after_name(p),
            "of" => affiliation(p),
            _ => false,
        };
        cut && !np[..p].iter().any(|t| t.verbish)
    })
}

/// "lobbyist and strategist Ann Lee": a speaker phrase that ends in a name of two or more
/// capitalised words, whatever description comes first.
fn ends_in_name(np: &[Tok]) -> bool {
    np.len() >= 3
        && np[np.len() - 2..].iter().all(|t| t.cap && t.is_word())
        && np.iter().all(|t| t.is_word() && !t.verbish && !t.in_quote)
}

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
    let a = match (a..i.min(a + 5)).find(|&j| is_comma(&toks[j])) {
        Some(c) if is_lead_in(toks, a, c) && c + 1 < i => c + 1,
        _ => a,
    };
    let subject_end = |s: usize| {
        (s..i)
            .find(|&j| !np_word(&toks[j]) || is_verbish(&toks[j]) || modifies_cue(&toks[j]))
            .unwrap_or(i)
    };
    let mut subj_end = subject_end(a);
    let mut a = a;
    // "Davis, a longtime liberal, lashed out …, telling …": what looked like a lead-in was the
    // subject, with an appositive after it
    let e0 = subject_end(a0);
    if !(subj_end > a && valid_source_np(&toks[a..subj_end]))
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
        let verbless = |c: usize| !toks[a0..c].iter().any(|t| t.verbish || t.in_quote);
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
    let subject_ok = subj_end > a
        && (valid_source_np(&toks[a..subj_end]) || clause_subject(toks, a, i) == Some(subj_end));
    if subject_ok {
        let prefix_end = if matches!(toks[i - 1].low(), "by" | "before" | "after") {
            i - 1
        } else {
            i
        };
        let c = skip_after_cue(toks, i, b, cue.takes_object);
        if c < b {
            return Some(Frame {
                source: Some((a, subj_end)),
                cue: cue_text.to_string(),
                placement: Placement::Before,
                content: vec![trim_range(toks, c, b)],
                via: None,
                side: Vec::new(),
                role: None,
                // "… distanced himself by saying …": the preposition goes with the frame
                prefix: Some(trim_range(toks, a, prefix_end)),
                opens_next: false,
                rest: None,
                antecedent: None,
                subordinate: false,
            });
        }
    }
    None
}

/// "…, who said …": the relative pronoun is the source, its antecedent resolves it.
pub(super) fn relative_speaker(text: &str, toks: &[Tok], site: CueSite) -> Option<Frame> {
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
        if content.0 < content.1 {
            let prefix = trim_range(toks, a, w);
            let rest = trim_range(toks, e, b);
            return Some(Frame {
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
                    .filter(|r| r.0 < r.1),
                ..Frame::new(Some((w, w_end)), cue_text, Placement::Before, vec![content])
            });
        }
    }
    None
}

/// "X supported Democrats, and said …": the clause's subject speaks.
pub(super) fn coordinated_speaker(toks: &[Tok], site: CueSite) -> Option<Frame> {
    let CueSite {
        a,
        b,
        i,
        k,
        cue,
        cue_text,
    } = site;
    if k > a + 2 && matches!(toks[k - 1].low(), "and" | "but") && !cue.weak {
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
            && se < a + 8
        {
            se += 1;
        }
        if se > a && se < k - 1 && speech_subject(&toks[a..se]) {
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
/// determiner is a verb in the present tense, not a plural noun of the subject.
fn present_tense_before_object(toks: &[Tok], j: usize) -> bool {
    let w = toks[j].low();
    !toks[j].cap
        && w.len() > 3
        && w.ends_with('s')
        && !w.ends_with("ss")
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
    if cue.class != CueClass::Speech || cue.weak || cue.ing || cue.past {
        return None;
    }
    let c = skip_after_cue(toks, i, b, cue.takes_object);
    if c >= b || !(toks[c - 1].is("that") || clause_follows(toks, c, b)) {
        return None;
    }
    let source = moved_object(toks, a, i - 1).or_else(|| scene_subject(toks, a, i - 1))?;
    Some(Frame::new(
        Some(source),
        toks[i].low(),
        Placement::Before,
        vec![trim_range(toks, c, b)],
    ))
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

/// Whether `[a, c)`, before a comma, reads as a lead-in to the clause's subject: a short
/// phrase, or an adjunct opening with a preposition or a subordinator ("In an interview with
/// the paper", "When asked about it").
fn lead_in_before(toks: &[Tok], a: usize, c: usize) -> bool {
    is_lead_in(toks, a, c)
        || (c - a <= 12
            && !toks[a..c]
                .iter()
                .any(|t| t.in_quote || t.kind == TokKind::Quote)
            && (is_prep(toks[a].low())
                || matches!(toks[a].low(), "when" | "while" | "after" | "before" | "as")))
}

/// "Trump gained ground, with 30 percent of voters saying they …": a share of respondents
/// after "with", then a participle of saying; the share is the source, the words before "with"
/// a clause of their own.
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
    if share.is_empty() || !counted {
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
