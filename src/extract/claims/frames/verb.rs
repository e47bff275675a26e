//! Frames around a reporting verb: the subject before it (with its appositives), where the frame
//! stands (before, after or inside its content), the hearer and adjuncts after it.

use super::subject::*;
use super::verb_shapes::{
    coordinated_speaker, inverted_frame, relative_speaker, saying_frame, CueSite,
};
use super::*;

/// A frame around the cue verb at `i`.
pub(super) fn verb_frame(text: &str, toks: &[Tok], a: usize, b: usize, i: usize) -> Option<Frame> {
    let word = toks[i].low();
    let particle = word.starts_with("point");
    let cue = match toks[i].cue {
        Some(c) => c,
        // "points to", "pointed out"
        None if particle => lexicon::Cue {
            class: CueClass::Speech,
            takes_object: false,
            past: word == "pointed",
            ing: word == "pointing",
            weak: false,
        },
        None => return None,
    };
    // "percentage points", "talking points": the noun, not "points to" / "pointed out"
    if particle
        && !toks
            .get(i + 1)
            .is_some_and(|t| matches!(t.low(), "out" | "to"))
    {
        return None;
    }
    // "All told, …": an idiom, not a speaker
    if word == "told" && i > a && toks[i - 1].is("all") && toks.get(i + 1).is_some_and(is_comma) {
        return None;
    }
    // "the said …", "so-called"
    if i > a && matches!(toks[i - 1].low(), "the" | "a" | "an" | "to") {
        return None;
    }
    // passives: "was told", "is believed to", "it was reported that" → no frame
    let mut k = i;
    while k > a && lexicon::is_cue_modifier(&toks[k - 1].lower) {
        k -= 1;
    }
    if toks[k..i].iter().any(|t| {
        matches!(
            t.low(),
            "is" | "are" | "was" | "were" | "be" | "been" | "being"
        )
    }) && (cue.past || matches!(word, "expected" | "thought" | "known"))
        && !cue.ing
    {
        return None;
    }
    let cue_text = if particle && i + 1 < b {
        format!("{word} {}", toks[i + 1].lower)
    } else {
        word.to_string()
    };

    let site = CueSite {
        a,
        b,
        i,
        k,
        cue,
        cue_text: &cue_text,
    };
    // Inverted: "…,” said X, a …" / "…, says X."
    if let Some(f) = inverted_frame(toks, site) {
        return Some(f);
    }

    // "…, saying (that) …" continues the clause subject's frame
    // "Trump unleashed tweets early Friday saying that …"
    let ing_report = i + 1 < b
        && (toks[i + 1].is("that") || toks[i + 1].kind == TokKind::Quote)
        && i > a + 2
        && !cue.weak;
    if cue.ing && i > a && (is_comma(&toks[i - 1]) || ing_report) && cue.class == CueClass::Speech {
        return saying_frame(toks, site);
    }
    let progressive = cue.ing
        && i > a
        && matches!(
            toks[i - 1].low(),
            "is" | "are" | "was" | "were" | "been" | "'s" | "’s"
        );
    if cue.ing && !progressive {
        return None;
    }

    // "…, who said …": the relative pronoun is the source, its antecedent resolves it
    if let Some(f) = relative_speaker(text, toks, site) {
        return Some(f);
    }
    // "X supported Democrats, and said …": the clause's subject speaks
    if let Some(f) = coordinated_speaker(toks, site) {
        return Some(f);
    }
    // The subject before the cue (and its modifiers).
    let mut s = subject_start(toks, a, k);
    let mut long = false;
    // "A 2014 study that appeared in the journal found", "A poll released Monday shows":
    // a clause-initial subject with its own modifier clause
    if s >= a && (s == k || !toks[a..s].iter().any(|t| t.is_punct(","))) {
        if let Some(fs) = long_subject(toks, a, k) {
            s = fs;
            long = true;
        }
    } else if s > a && s < k {
        // "Still, people who have studied the trade say …": the same past a short lead-in
        if let Some(c) = (a..s).rev().find(|&j| is_comma(&toks[j])) {
            if is_lead_in(toks, a, c) {
                if let Some(fs) = long_subject(toks, c + 1, k) {
                    s = fs;
                    long = true;
                }
            }
        }
    }
    // "About three in 10 said", "nearly half say": a word that scales a number belongs to it
    if s > a
        && s < k
        && lexicon::is_number_scaler(toks[s - 1].low())
        && (toks[s].kind == TokKind::Number || lexicon::is_number_word(toks[s].low()))
    {
        s -= 1;
    }
    let mut side = Vec::new();
    let (src, lead_end) = if s == k {
        // "Varki, a refugee …, told" / "Sources, who asked not to be named, said"
        // "Democrats — and some Republicans — say": dashes set an aside off as commas do
        let dash = |t: &Tok| matches!(t.low(), "—" | "–") && !t.in_quote;
        let by_dash = k > a && dash(&toks[k - 1]);
        if k == a || !(is_comma(&toks[k - 1]) || by_dash) {
            return None;
        }
        let c2 = k - 1;
        // walk back over appositives: "Ann Lee, 59, of Lyon, who saw it, said"
        let commas: Vec<usize> = (a..c2)
            .rev()
            .filter(|&j| {
                !toks[j].in_quote
                    && if by_dash {
                        dash(&toks[j])
                    } else {
                        is_comma(&toks[j])
                    }
            })
            .take(5)
            .collect();
        let mut best: Option<(usize, usize, bool)> = None; // (ns, c1, strong start)
        for &c1 in &commas {
            if c2 - c1 > 45 {
                break;
            }
            let mut ns = subject_start(toks, a, c1);
            if ns == c1 || !speech_subject(&toks[ns..c1]) {
                // "The judges who ruled against the law, for instance, said"
                match long_subject(toks, a, c1) {
                    Some(l) => ns = l,
                    None => continue,
                }
            }
            let opener = ns == a + 1
                && matches!(
                    toks[a].low(),
                    "even" | "but" | "and" | "so" | "also" | "yet" | "still" | "meanwhile"
                );
            let whole =
                ns == a || opener || is_comma(&toks[ns - 1]) || toks[ns - 1].kind == TokKind::Quote;
            if !whole {
                continue;
            }
            let strong = ns == a
                || opener
                || is_closing_quote(toks, ns - 1)
                || (is_comma(&toks[ns - 1]) && is_lead_in(toks, a, ns - 1));
            if strong {
                best = Some((ns, c1, true));
                break;
            }
            if best.is_none() {
                best = Some((ns, c1, false));
            }
        }
        let (ns, c1, _) = best?;
        // "…, for instance, said": a discourse adverbial is no claim of its own
        // nor is a second subject: "Democrats — and some Republicans — say"
        let adverbial = (c2 - c1 <= 4 && !toks[c1 + 1..c2].iter().any(|t| t.verbish))
            || toks.get(c1 + 1).is_some_and(|t| {
                matches!(t.low(), "and" | "or" | "including" | "especially" | "plus")
            });
        if !adverbial && !is_anonymity_note(text, toks, c1 + 1, c2) {
            side.push((c1 + 1, c2));
        }
        ((ns, c1), ns)
    } else {
        ((s, k), s)
    };
    // ", respondents said,": a short noun phrase between commas before a verb of saying
    let set_off = s > a
        && (is_comma(&toks[s - 1]) || is_closing_quote(toks, s - 1))
        && src.1 - src.0 <= 4
        && src.1 > src.0
        && cue.class == CueClass::Speech
        && !cue.weak
        && toks.get(i + 1).is_some_and(is_comma)
        && toks[src.0..src.1]
            .iter()
            .all(|t| np_word(t) && !t.verbish && t.is_word());
    // "…, which engineers say was unsafe": the relative pronoun before a short subject and a
    // verb of saying is evidence enough
    let embedded_subject = s > a
        && matches!(
            toks[s - 1].low(),
            "that" | "which" | "who" | "where" | "when"
        )
        && src.1 - src.0 <= 4
        && src.1 > src.0
        && matches!(cue.class, CueClass::Speech | CueClass::Belief)
        && !cue.weak
        && toks[src.0..src.1]
            .iter()
            .all(|t| np_word(t) && !t.verbish && t.is_word());
    // "hacking specialists say", "protest organizers in Cleveland say": a plural of common
    // nouns before a verb of saying
    let plural_common = cue.class == CueClass::Speech
        && !cue.weak
        && src.1 > src.0
        && src.1 - src.0 <= 6
        && toks[src.0..src.1]
            .iter()
            .all(|t| t.is_word() && np_word(t) && !t.verbish)
        && {
            let head_end = toks[src.0..src.1]
                .iter()
                .position(|t| matches!(t.low(), "in" | "at" | "from" | "of" | "for" | "with"))
                .map_or(src.1, |p| src.0 + p);
            head_end > src.0 && {
                let h = toks[head_end - 1].low();
                h.len() > 3 && h.ends_with('s') && !h.ends_with("ss") && !h.ends_with("'s")
            }
        };
    let subject_ok = long
        || set_off
        || embedded_subject
        || plural_common
        || if cue.class == CueClass::Speech {
            speech_subject(&toks[src.0..src.1])
        } else {
            valid_source_np(&toks[src.0..src.1])
        };
    // a possessive is no subject: "Clinton's support has risen"
    let possessive_end = {
        let l = toks[src.1 - 1].low();
        l.ends_with("'s") || l.ends_with("’s") || l.ends_with("s'") || l.ends_with("s’")
    };
    if !subject_ok || possessive_end {
        return None;
    }
    if matches!(cue.class, CueClass::Finding)
        && !long
        && !toks[src.0..src.1]
            .iter()
            .any(|t| lexicon::is_document_head(t.low()) || t.cap)
    {
        return None;
    }
    // Base forms need a plural or pronoun subject: "they say", "critics argue".
    let base = !word.ends_with('s') && !cue.past;
    if base {
        let h = toks[src.1 - 1].low();
        let plural_ok = progressive
            || toks[src.0..src.1].iter().any(|t| {
                t.lower == "and"
                    || t.kind == TokKind::Number
                    || matches!(t.low(), "percent" | "most" | "majority" | "many" | "some")
            })
            || matches!(h, "i" | "we" | "they" | "you")
            || toks[src.0..src.1].iter().any(|t| {
                matches!(t.low(), "those" | "these" | "both" | "few" | "several")
                    || lexicon::is_number_word(t.low())
            })
            || plural_before_modifier(&toks[src.0..src.1])
            || (long && plural_head(&toks[src.0..src.1]))
            || (h.ends_with('s') && !h.ends_with("ss"))
            || lexicon::is_group_head(h)
            || toks[k..i].iter().any(|t| {
                matches!(
                    t.low(),
                    "will"
                        | "would"
                        | "could"
                        | "didn't"
                        | "doesn't"
                        | "don't"
                        | "won't"
                        | "wouldn't"
                        | "can't"
                        | "didn’t"
                        | "doesn’t"
                        | "don’t"
                        | "did"
                        | "does"
                        | "do"
                        | "may"
                        | "might"
                        | "can"
                        | "to"
                )
            });
        if !plural_ok {
            return None;
        }
    }

    // What comes before the subject decides where the frame stands.
    let before_lead = lead_end;
    let lead_is_short = before_lead == a
        || (matches!(
            toks[before_lead - 1].low(),
            "," | "but" | "and" | "so" | ":"
        ) && is_lead_in(toks, a, before_lead - 1))
        || (before_lead == a + 1
            && matches!(
                toks[a].low(),
                "although"
                    | "though"
                    | "while"
                    | "whereas"
                    | "yet"
                    | "but"
                    | "and"
                    | "so"
                    | "even"
                    | "also"
                    | "still"
                    | "meanwhile"
            ));
    let preceded_by_break = before_lead > a
        && (is_comma(&toks[before_lead - 1])
            || is_closing_quote(toks, before_lead - 1)
            || (toks[before_lead - 1].kind == TokKind::Quote));

    // "attacks that authorities say were carried out by …"
    if before_lead > a
        && matches!(
            toks[before_lead - 1].low(),
            "that" | "which" | "who" | "where" | "when"
        )
        && i + 1 < b
        && matches!(cue.class, CueClass::Speech | CueClass::Belief)
        && src.1 - src.0 <= 8
        && (is_verbish(&toks[i + 1])
            || clause_follows(toks, i + 1, b)
            || matches!(toks[i + 1].low(), "to" | "not" | "has" | "have" | "had"))
    {
        let rel = before_lead - 1;
        // the noun phrase the relative clause hangs on
        let mut h = rel;
        while h > a
            && np_word(&toks[h - 1])
            && !is_verbish(&toks[h - 1])
            && !is_prep(&toks[h - 1].lower)
            && rel - h < 8
        {
            h -= 1;
        }
        let mut content = Vec::new();
        push_range(&mut content, toks, h, b);
        let prefix = trim_range(toks, a, h);
        return Some(Frame {
            source: Some(src),
            cue: cue_text,
            placement: Placement::Embedded,
            content,
            via: None,
            side,
            role: None,
            prefix: (prefix.0 < prefix.1).then_some(prefix),
            opens_next: false,
            rest: None,
            antecedent: None,
            subordinate: false,
        });
    }

    if lead_is_short {
        // "X said (that) …"
        let c = skip_after_cue(toks, i, b, cue.takes_object);
        let content_range = trim_range(toks, c, b);
        if content_range.0 >= content_range.1 {
            // "She added:" — the content is what follows
            if b > i + 1 && toks[b - 1].is_punct(":") && cue.class == CueClass::Speech {
                return Some(Frame {
                    source: Some(src),
                    cue: cue_text,
                    placement: Placement::Before,
                    content: Vec::new(),
                    via: None,
                    side,
                    role: None,
                    prefix: None,
                    opens_next: true,
                    rest: None,
                    antecedent: None,
                    subordinate: false,
                });
            }
            if !preceded_by_break || before_lead == a {
                return None;
            }
        }
        // "People like Scott, he said.": nothing after the cue, so fall through to the
        // frame after its content below
        if content_range.0 < content_range.1 {
            // "He added a note of caution": an object, not reported content
            if !cue.weak
                && !cue.takes_object
                && matches!(toks[content_range.0].low(), "a" | "an")
                && !clause_follows(toks, content_range.0, b)
                && toks[i].low() != "said"
            {
                return None;
            }
            // "The plan, an inside source said, is to …": the subject before the frame
            if before_lead > a + 1
                && is_comma(&toks[before_lead - 1])
                && is_verbish(&toks[content_range.0])
                && (toks[a].cap || lexicon::is_determiner(&toks[a].lower))
                && !toks[a..before_lead - 1]
                    .iter()
                    .any(|t| is_verbish(t) || t.kind == TokKind::Quote)
            {
                return Some(Frame {
                    source: Some(src),
                    cue: cue_text,
                    placement: Placement::After,
                    content: vec![trim_range(toks, a, before_lead - 1), content_range],
                    via: None,
                    side,
                    role: None,
                    prefix: None,
                    opens_next: false,
                    rest: None,
                    antecedent: None,
                    subordinate: false,
                });
            }
            // a frame right after a quote: "“…” Varki recalled the officers asking, …"
            return Some(Frame {
                source: Some(src),
                cue: cue_text,
                placement: Placement::Before,
                content: vec![content_range],
                via: None,
                side,
                role: None,
                prefix: None,
                opens_next: false,
                rest: None,
                antecedent: None,
                subordinate: false,
            });
        }
    }
    // "At a breakfast the next morning, Cruz said …", "Asked about it, Lee said …",
    // "When the deal collapsed, officials said …": a lead-in, not content
    // the lead ends with a comma, or with a comma inside a closing quotation mark
    let lead_end = if before_lead > a && is_comma(&toks[before_lead - 1]) {
        Some(before_lead - 1)
    } else if before_lead > a + 1
        && is_closing_quote(toks, before_lead - 1)
        && is_comma(&toks[before_lead - 2])
    {
        Some(before_lead - 2)
    } else {
        None
    };
    if let (true, Some(le)) = (preceded_by_break, lead_end) {
        let lead = &toks[a..le];
        let first = lead.first().map(|t| t.low()).unwrap_or("");
        let subordinate = matches!(
            first,
            "when"
                | "as"
                | "after"
                | "before"
                | "if"
                | "while"
                | "although"
                | "though"
                | "because"
                | "since"
                | "once"
                | "until"
                | "whether"
                | "even"
        );
        let participle = lead.first().is_some_and(|t| {
            t.cap && (t.lower.ends_with("ed") || t.lower.ends_with("ing"))
                || matches!(
                    t.low(),
                    "in" | "at" | "on" | "during" | "after" | "before" | "with" | "for" | "asked"
                )
        }) && (matches!(
            lead.first().map(|t| t.low()).unwrap_or(""),
            "asked"
                | "pressed"
                | "questioned"
                | "speaking"
                | "writing"
                | "responding"
                | "based"
                | "reached"
                | "interviewed"
                | "reacting"
                | "commenting"
                | "referring"
        ) || !lead.iter().skip(1).any(|t| is_verbish(t))
            // "In a poll released Monday,", "At a rally held in Ohio,": a participle that
            // modifies the noun before it
            || (!t_cap_ing(lead)
                && lead.len() <= 12
                && !lead.iter().any(|t| is_finite_marker(t.low()))));
        if (participle || subordinate && !lead.iter().any(|t| t.kind == TokKind::Quote))
            && !lead.iter().any(|t| t.in_quote && is_verbish(t))
        {
            let c = skip_after_cue(toks, i, b, cue.takes_object);
            let content_range = trim_range(toks, c, b);
            if content_range.0 < content_range.1 {
                let prefix = trim_range(toks, a, le);
                return Some(Frame {
                    source: Some(src),
                    cue: cue_text,
                    placement: Placement::Before,
                    content: vec![content_range],
                    via: None,
                    side,
                    role: None,
                    prefix: (subordinate && prefix.0 < prefix.1).then_some(prefix),
                    opens_next: false,
                    rest: None,
                    antecedent: None,
                    subordinate: false,
                });
            }
        }
    }
    if preceded_by_break {
        // "…, X said (on Friday)(, and …)"
        let c = {
            let mut c = i + 1;
            if cue.takes_object {
                c = object_np_end(toks, c, b).max(c);
            }
            c
        };
        let e = next_comma(toks, c, b);
        // the rest of the frame must be short and clause-free
        let adjunct_only = !toks[c..e].iter().any(|t| t.verbish);
        // "…, officials said the border would stay shut.": a short clause is still content
        let short_clause = !adjunct_only && clause_follows(toks, c, e);
        let tail_start = if (e - c <= 6 && !toks[c..e].iter().any(|t| t.in_quote) && !short_clause)
            || (e - c <= 14 && adjunct_only)
        {
            e
        } else {
            c
        };
        let mut content = Vec::new();
        push_range(&mut content, toks, a, before_lead);
        // a tail opening a subordinate clause is the writer's, not the source's
        let mut rest = None;
        let tail = trim_range(toks, tail_start, b);
        if tail.0 < tail.1 {
            let opener = toks[tail.0].low();
            if matches!(
                opener,
                "as" | "while"
                    | "when"
                    | "because"
                    | "although"
                    | "though"
                    | "after"
                    | "before"
                    | "since"
                    | "whereas"
                    | "who"
                    | "which"
                    | "where"
            ) {
                rest = Some(tail);
            } else if matches!(
                opener,
                "according" | "via" | "citing" | "in" | "on" | "during"
            ) && !toks[tail.0..tail.1]
                .iter()
                .any(|t| t.verbish && !t.in_quote)
            {
                // "…, she said, according to a transcript." / "via email.": still the frame
            } else {
                content.push(tail);
            }
        }
        if content.is_empty() {
            return None;
        }
        return Some(Frame {
            source: Some(src),
            cue: cue_text,
            placement: Placement::After,
            content,
            via: None,
            side,
            role: None,
            prefix: None,
            opens_next: false,
            rest,
            antecedent: None,
            subordinate: false,
        });
    }
    // "…and officials said …": the words before are a clause of their own
    if before_lead > a
        && matches!(
            toks[before_lead - 1].low(),
            "and"
                | "—"
                | "–"
                | "but"
                | "while"
                | "as"
                | "because"
                | "after"
                | "before"
                | "when"
                | "since"
                | "until"
                | "once"
                | "if"
                | "although"
                | "though"
                | "whereas"
        )
        && (clause_follows(toks, before_lead, b)
            || (src.1 - src.0 <= 4 && (toks[i].verbish || !toks[i].low().ends_with('s'))))
    {
        let c = skip_after_cue(toks, i, b, cue.takes_object);
        let content_range = trim_range(toks, c, b);
        if content_range.0 >= content_range.1 {
            return None;
        }
        let prefix = trim_range(toks, a, before_lead - 1);
        return Some(Frame {
            source: Some(src),
            cue: cue_text,
            placement: Placement::Before,
            content: vec![content_range],
            via: None,
            side,
            role: None,
            prefix: (prefix.0 < prefix.1).then_some(prefix),
            opens_next: false,
            rest: None,
            antecedent: None,
            subordinate: !matches!(toks[before_lead - 1].low(), "and" | "but" | "—" | "–"),
        });
    }
    None
}
