//! Frames around a reporting verb: the subject before it (with its appositives), where the frame
//! stands (before, after or inside its content), the hearer and adjuncts after it.

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

    // Inverted: "…,” said X, a …" / "…, says X."
    if k == i
        && i > a
        && (is_comma(&toks[i - 1]) || is_closing_quote(toks, i - 1))
        && cue.class == CueClass::Speech
        && !cue.ing
        && !cue.takes_object
        && !cue.weak
        && i + 1 < b
    {
        let e = next_comma(toks, i + 1, b);
        let mut e = e;
        while e > i + 1 && toks[e - 1].kind == TokKind::Punct && !toks[e - 1].is_punct(")") {
            e -= 1;
        }
        let np = strip_parenthetical(&toks[i + 1..e]);
        let e = i + 1 + np.len();
        // the words before must be content: a clause or a quotation, not a subject
        let content_before = toks[a..i]
            .iter()
            .any(|t| is_verbish(t) || t.kind == TokKind::Quote);
        let is_np = !np.is_empty()
            && content_before
            && np.len() <= 8
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
                ))
            && speech_subject(np)
            && !np.iter().any(|t| t.is("that"));
        if is_np {
            let mut role = None;
            let mut end_frame = e;
            if e < b && is_comma(&toks[e]) {
                // ", a spokeswoman for the agency."
                let re = next_comma(toks, e + 1, b);
                if e + 1 < re
                    && (lexicon::is_determiner(&toks[e + 1].lower)
                        || lexicon::is_title(&toks[e + 1].lower))
                {
                    role = Some((e + 1, re));
                    end_frame = re;
                }
            }
            // ", who runs the hospital.": the writer's description, a claim of its own
            let mut side = Vec::new();
            if role.is_none()
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
                    source: Some((i + 1, e)),
                    cue: cue_text,
                    placement: Placement::After,
                    content,
                    via: None,
                    side,
                    role,
                    prefix: None,
                    opens_next: false,
                    rest: None,
                    antecedent: None,
                    subordinate: false,
                });
            }
        }
    }

    // "…, saying (that) …" continues the clause subject's frame
    // "Trump unleashed tweets early Friday saying that …"
    let ing_report = i + 1 < b
        && (toks[i + 1].is("that") || toks[i + 1].kind == TokKind::Quote)
        && i > a + 2
        && !cue.weak;
    if cue.ing && i > a && (is_comma(&toks[i - 1]) || ing_report) && cue.class == CueClass::Speech {
        // "Meanwhile, it attacked Trump, saying …": past the lead-in
        let a = match (a..i.min(a + 5)).find(|&j| is_comma(&toks[j])) {
            Some(c) if is_lead_in(toks, a, c) && c + 1 < i => c + 1,
            _ => a,
        };
        let subj_end = (a..i)
            .find(|&j| {
                !np_word(&toks[j])
                    || is_verbish(&toks[j])
                    || lexicon::is_cue_modifier(&toks[j].lower)
            })
            .unwrap_or(i);
        if subj_end > a && valid_source_np(&toks[a..subj_end]) {
            let c = skip_after_cue(toks, i, b, cue.takes_object);
            if c < b {
                return Some(Frame {
                    source: Some((a, subj_end)),
                    cue: cue_text,
                    placement: Placement::Before,
                    content: vec![trim_range(toks, c, b)],
                    via: None,
                    side: Vec::new(),
                    role: None,
                    prefix: Some(trim_range(toks, a, i)),
                    opens_next: false,
                    rest: None,
                    antecedent: None,
                    subordinate: false,
                });
            }
        }
        return None;
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
    let w = w.unwrap_or(usize::MAX);
    if w != usize::MAX
        && k > a
        && matches!(toks[w].low(), "who" | "which")
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
                source: Some((w, w + 1)),
                cue: cue_text,
                placement: Placement::Before,
                content: vec![content],
                via: None,
                side: Vec::new(),
                role: None,
                prefix: (prefix.0 < prefix.1).then_some(prefix),
                opens_next: false,
                rest: (rest.0 < rest.1).then_some(rest),
                antecedent: (w >= a + 2 && is_comma(&toks[w - 1]))
                    .then(|| (subject_start(toks, a, w - 1), w - 1))
                    .filter(|r| r.0 < r.1),
                subordinate: false,
            });
        }
    }
    // "X supported Democrats, and said …": the clause's subject speaks
    if k > a + 2 && matches!(toks[k - 1].low(), "and" | "but") && !cue.weak {
        let mut se = a;
        while se < k - 1
            && np_word(&toks[se])
            && !is_verbish(&toks[se])
            && !lexicon::is_cue_modifier(&toks[se].lower)
            && se < a + 8
        {
            se += 1;
        }
        if se > a && se < k - 1 && speech_subject(&toks[a..se]) {
            let c = skip_after_cue(toks, i, b, cue.takes_object);
            let content = trim_range(toks, c, b);
            if content.0 < content.1 {
                let prefix = trim_range(toks, a, k - 1);
                return Some(Frame {
                    source: Some((a, se)),
                    cue: cue_text,
                    placement: Placement::Before,
                    content: vec![content],
                    via: None,
                    side: Vec::new(),
                    role: None,
                    prefix: (prefix.0 < prefix.1).then_some(prefix),
                    opens_next: false,
                    rest: None,
                    antecedent: None,
                    subordinate: false,
                });
            }
        }
    }
    // The subject before the cue (and its modifiers).
    let mut s = subject_start(toks, a, k);
    let mut long = false;
    // "A 2014 study that appeared in the journal found", "A poll released Monday shows":
    // a clause-initial subject with its own modifier clause
    if s > a && (s == k || !toks[a..s].iter().any(|t| t.is_punct(","))) {
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
        if k == a || !is_comma(&toks[k - 1]) {
            return None;
        }
        let c2 = k - 1;
        // walk back over appositives: "Ann Lee, 59, of Lyon, who saw it, said"
        let commas: Vec<usize> = (a..c2)
            .rev()
            .filter(|&j| is_comma(&toks[j]) && !toks[j].in_quote)
            .take(5)
            .collect();
        let mut best: Option<(usize, usize, bool)> = None; // (ns, c1, strong start)
        for &c1 in &commas {
            if c2 - c1 > 45 {
                break;
            }
            let ns = subject_start(toks, a, c1);
            if ns == c1 || !speech_subject(&toks[ns..c1]) {
                continue;
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
        if !is_anonymity_note(text, toks, c1 + 1, c2) {
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

/// A clause-initial subject that runs past a relative clause or a participle up to the cue at
/// `k`: its head must be a source noun within its first words. Returns its start (`a`).
fn long_subject(toks: &[Tok], a: usize, k: usize) -> Option<usize> {
    if k - a > 22 || k - a < 3 {
        return None;
    }
    let first = &toks[a];
    if !(first.cap || lexicon::is_determiner(first.low()) || is_source_noun(first.low())) {
        return None;
    }
    if toks[a..k]
        .iter()
        .any(|t| t.is_punct(",") || t.kind == TokKind::Quote || t.is_punct(";"))
    {
        return None;
    }
    let head = (a..(a + 7).min(k - 1)).find(|&h| {
        let source_noun = is_source_noun(toks[h].low());
        let next = toks[h + 1].low();
        source_noun
            && (matches!(
                next,
                "that"
                    | "which"
                    | "whose"
                    | "who"
                    | "released"
                    | "published"
                    | "conducted"
                    | "issued"
                    | "commissioned"
                    | "by"
                    | "from"
                    | "of"
                    | "in"
                    | "on"
                    | "at"
                    | "for"
            ) || toks[h + 1].verbish && next.ends_with("ed"))
    })?;
    let _ = head;
    Some(a)
}

/// A head noun that can name a source: a document, a group, an organisation, an office.
fn is_source_noun(w: &str) -> bool {
    let w = w.trim_end_matches("'s").trim_end_matches("’s");
    lexicon::is_document_head(w)
        || lexicon::is_anonymous_head(w)
        || lexicon::is_group_head(w)
        || lexicon::is_org_word(w)
        || lexicon::is_official_word(w)
}

/// Whether the first source noun of a long subject is plural: "people who …", "aides to …".
fn plural_head(toks: &[Tok]) -> bool {
    toks.iter()
        .take(7)
        .find(|t| is_source_noun(t.low()))
        .is_some_and(|t| {
            let w = t.low();
            matches!(w, "people" | "police" | "staff" | "public")
                || (w.ends_with('s') && !w.ends_with("ss") && !w.ends_with("'s"))
        })
}

/// "Executives for the company", "residents of the town": the head before a prepositional
/// modifier is plural.
fn plural_before_modifier(toks: &[Tok]) -> bool {
    let Some(p) = toks.iter().position(|t| is_prep(t.low())) else {
        return false;
    };
    p > 0 && {
        let h = toks[p - 1].low();
        h.len() > 3 && h.ends_with('s') && !h.ends_with("ss") && !h.ends_with("'s")
    }
}

/// Words that show a finite clause: a subject pronoun or an auxiliary.
fn is_finite_marker(w: &str) -> bool {
    matches!(
        w,
        "he" | "she"
            | "they"
            | "we"
            | "i"
            | "it"
            | "is"
            | "are"
            | "was"
            | "were"
            | "has"
            | "have"
            | "had"
            | "will"
            | "would"
            | "did"
            | "does"
    )
}

/// A lead that opens with a capitalised participle ("Asked about …", "Speaking …").
fn t_cap_ing(lead: &[Tok]) -> bool {
    lead.first().is_some_and(|t| {
        t.cap
            && (t.lower.ends_with("ed") || t.lower.ends_with("ing"))
            && !matches!(t.low(), "during" | "following" | "notwithstanding")
    })
}

fn is_prep(w: &str) -> bool {
    matches!(
        w,
        "after"
            | "before"
            | "of"
            | "by"
            | "for"
            | "in"
            | "on"
            | "to"
            | "with"
            | "about"
            | "from"
            | "against"
            | "over"
            | "into"
            | "than"
            | "since"
            | "during"
            | "among"
            | "at"
            | "as"
            | "following"
            | "amid"
            | "despite"
            | "like"
    )
}

/// The first content token after the cue at `i`: past the hearer ("told police"), particles
/// ("points to", "pointed out"), adjuncts ("in a statement") and "that".
fn skip_after_cue(toks: &[Tok], i: usize, b: usize, takes_object: bool) -> usize {
    let mut c = i + 1;
    if c < b && matches!(toks[c].low(), "to" | "out" | "up" | "back") && !takes_object {
        // "points to", "pointed out"; "wants to …" keeps its "to"
        if matches!(toks[i].low(), "points" | "pointed" | "point" | "pointing") {
            c += 1;
        }
    }
    if takes_object && c < b {
        // "told members of the council that …": the hearer runs up to "that"
        if let Some(t) = (c + 1..b.min(c + 12)).find(|&t| toks[t].is("that")) {
            if !toks[c..t]
                .iter()
                .any(|x| x.verbish || x.in_quote || x.kind == TokKind::Punct && !x.is_punct("-"))
            {
                return t + 1;
            }
        }
        let o = object_np_end(toks, c, b);
        // only when something follows the hearer
        if o < b && o > c {
            c = o;
        }
    }
    skip_adjuncts(toks, c, b)
}

/// Skips adjuncts that belong to the frame after a cue: "in a statement", "on Friday",
/// "last week", "in an interview with CNN", "that", ":".
fn skip_adjuncts(toks: &[Tok], mut c: usize, end: usize) -> usize {
    loop {
        if c >= end {
            return c;
        }
        let w = toks[c].low();
        if matches!(w, "that" | ":" | "," | "—" | "–" | "-") {
            c += 1;
            continue;
        }
        let starts_adjunct = matches!(
            w,
            "in" | "on"
                | "at"
                | "during"
                | "last"
                | "this"
                | "earlier"
                | "late"
                | "yesterday"
                | "today"
                | "tonight"
                | "monday"
                | "tuesday"
                | "wednesday"
                | "thursday"
                | "friday"
                | "saturday"
                | "sunday"
                | "recently"
                | "privately"
                | "publicly"
                | "repeatedly"
                | "again"
                | "later"
                | "previously"
                | "before"
                | "after"
        );
        if !starts_adjunct {
            return c;
        }
        // the adjunct must end (within 8 tokens) before "that", ":" or a comma
        let lim = end.min(c + 9);
        match (c + 1..lim).find(|&k| matches!(toks[k].low(), "that" | ":" | ",")) {
            Some(k) if !toks[c..k].iter().any(is_verbish) => c = k,
            _ => {
                // "said on Friday." at the end of the clause
                if lim == end && !toks[c..end].iter().any(|t| is_verbish(t) || t.in_quote) {
                    return end;
                }
                return c;
            }
        }
    }
}

/// Where the subject noun phrase that ends at `k` (exclusive) starts, scanning back over words
/// that can stand in a noun phrase, not past `a`.
pub(super) fn subject_start(toks: &[Tok], a: usize, k: usize) -> usize {
    let mut s = k;
    // a closing parenthetical right before the cue: "Rep. Ann Lee (D-Ore.) said"
    if s > a && toks[s - 1].is_punct(")") {
        if let Some(o) = (a..s - 1).rev().take(8).find(|&j| toks[j].is_punct("(")) {
            s = o;
        }
    }
    // "it said"
    if s == k && s > a && toks[s - 1].lower == "it" {
        return s - 1;
    }
    while s > a {
        let t = &toks[s - 1];
        // "advisers to Mr. Obama", "those close to him", "the head of the delegation to the
        // talks"
        let inner = (t.lower == "to"
            && s < k
            && (toks[s].cap || (s + 1 < k && matches!(toks[s].low(), "the" | "this"))))
            || (matches!(t.low(), "him" | "her" | "them")
                && s >= a + 2
                && matches!(toks[s - 2].low(), "to" | "with" | "of" | "for"));
        if inner {
            s -= 1;
            continue;
        }
        if t.in_quote || !np_word(t) || matches!(t.low(), "who" | "that" | "which") {
            break;
        }
        if t.cue.is_some() && !t.cap && is_verbish(t) {
            break;
        }
        if k - s >= 16 {
            break;
        }
        s -= 1;
    }
    // "…, and he says": a coordinator opens the clause, not the subject
    while s < k && s == a && matches!(toks[s].low(), "and" | "but" | "or" | "yet" | "so") {
        s += 1;
    }
    s
}
