//! Where a verb frame stands relative to its content, once its subject is known: inside the
//! claim ("attacks that authorities say were …"), before it ("X said …", after a lead-in
//! "At a rally, X said …"), after it ("…, X said") or after a clause of its own ("…, and
//! officials said …").

use super::subject::*;
use super::verb_shapes::CueSite;
use super::*;

/// The frame of the cue at `site` whose subject is `src` (with appositives `side`), the words
/// before the subject ending at `lead_end`.
pub(super) fn place_frame(
    toks: &[Tok],
    site: CueSite,
    src: (usize, usize),
    side: Vec<(usize, usize)>,
    lead_end: usize,
) -> Option<Frame> {
    let CueSite {
        a,
        b,
        i,
        cue,
        cue_text,
        ..
    } = site;
    // What comes before the subject decides where the frame stands.
    let before_lead = lead_end;
    // "Still, even Mr. Lee says": a focus adverb after the lead-in belongs to the subject
    let before_lead = if before_lead >= a + 2
        && matches!(toks[before_lead - 1].low(), "even" | "also" | "only")
        && is_comma(&toks[before_lead - 2])
    {
        before_lead - 1
    } else {
        before_lead
    };
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
            )
            || lexicon::is_time_adverb(toks[a].low()))
        || (before_lead > a && leading_adjunct_end(toks, a, site.k) == Some(before_lead));
    let preceded_by_break = before_lead > a
        && (is_comma(&toks[before_lead - 1])
            || is_closing_quote(toks, before_lead - 1)
            || (toks[before_lead - 1].kind == TokKind::Quote));

    // "attacks that authorities say were carried out by …"; "what analysts said was a sign
    // of …" (a free relative needs its verb right after the cue)
    let relative = before_lead > a
        && match toks[before_lead - 1].low() {
            "that" | "which" | "who" | "where" | "when" => {
                // "which state media claimed now allows …": past an adverb, a verb in "-s"
                let present = |t: &Tok| {
                    let w = t.low();
                    !t.cap && w.len() > 3 && w.ends_with('s') && !w.ends_with("ss")
                };
                let adverb_then_verb = i + 2 < b
                    && matches!(toks[i + 1].low(), "now" | "also" | "still" | "already")
                    && (is_verbish(&toks[i + 2]) || present(&toks[i + 2]));
                i + 1 < b
                    && (is_verbish(&toks[i + 1])
                        || adverb_then_verb
                        || clause_follows(toks, i + 1, b)
                        || matches!(toks[i + 1].low(), "to" | "not" | "has" | "have" | "had"))
            }
            "what" => {
                i + 1 < b
                    && matches!(
                        toks[i + 1].low(),
                        "is" | "was" | "are" | "were" | "would" | "will" | "could"
                    )
            }
            _ => false,
        };
    if relative && matches!(cue.class, CueClass::Speech | CueClass::Belief) && src.1 - src.0 <= 8 {
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
            side,
            prefix: (prefix.0 < prefix.1).then_some(prefix),
            ..Frame::new(Some(src), cue_text, Placement::Embedded, content)
        });
    }

    if lead_is_short {
        // "X said (that) …"
        let c = skip_after_cue(toks, i, b, cue.takes_object);
        let content_range = trim_range(toks, c, b);
        // "She added this:", "The group points out some other figures:": a short object and a
        // colon announce content that follows
        let announces = content_range.0 < content_range.1
            && toks[b - 1].is_punct(":")
            && content_range.1 - content_range.0 <= 6
            && !toks[content_range.0..content_range.1]
                .iter()
                .any(|t| t.verbish || t.in_quote);
        if content_range.0 >= content_range.1 || announces {
            // "She added:" — the content is what follows
            if b > i + 1 && toks[b - 1].is_punct(":") && cue.class == CueClass::Speech {
                return Some(Frame {
                    side,
                    opens_next: true,
                    ..Frame::new(Some(src), cue_text, Placement::Before, Vec::new())
                });
            }
            if !preceded_by_break || before_lead == a {
                return None;
            }
        }
        // "People like Scott, he said.": nothing after the cue, so fall through to the
        // frame after its content below
        if content_range.0 < content_range.1 {
            // "He added a note of caution": an object, not reported content; but "The firm
            // confirmed a breach" asserts the breach
            if !cue.weak
                && !cue.takes_object
                && matches!(toks[content_range.0].low(), "a" | "an")
                && !clause_follows(toks, content_range.0, b)
                && toks[i].low() != "said"
                && !asserts_its_object(toks[i].low())
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
                    side,
                    ..Frame::new(
                        Some(src),
                        cue_text,
                        Placement::After,
                        vec![trim_range(toks, a, before_lead - 1), content_range],
                    )
                });
            }
            if before_lead > a && is_comma(&toks[before_lead - 1]) {
                let c = skip_after_cue(toks, i, b, cue.takes_object);
                if let Some(lead) = set_in_lead(toks, a, before_lead - 1, i, c) {
                    return Some(around_frame(src, cue_text, side, lead, content_range));
                }
            }
            // a frame right after a quote: "“…” Varki recalled the officers asking, …"
            return Some(Frame {
                side,
                ..Frame::new(Some(src), cue_text, Placement::Before, vec![content_range])
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
        let subordinate = opens_subordinate(first);
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
                if let Some(lead) = set_in_lead(toks, a, le, i, c) {
                    return Some(around_frame(src, cue_text, side, lead, content_range));
                }
                let prefix = trim_range(toks, a, le);
                return Some(Frame {
                    side,
                    prefix: (subordinate && prefix.0 < prefix.1).then_some(prefix),
                    ..Frame::new(Some(src), cue_text, Placement::Before, vec![content_range])
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
        let mut tail = trim_range(toks, tail_start, b);
        // "…,” Lee said Friday as he left": a day belongs to the frame
        let past_day = day_adjunct_end(toks, tail.0, tail.1);
        if past_day > tail.0 && past_day < tail.1 && opens_subordinate(toks[past_day].low()) {
            tail.0 = past_day;
        }
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
            ) || writer_participle(&toks[tail.0])
            {
                // "…, she said, clutching the lectern": the writer describing the speaker
                rest = Some(tail);
            } else if matches!(
                opener,
                "according" | "via" | "citing" | "in" | "on" | "during"
            ) || speech_participle(opener)
                && !toks[tail.0..tail.1]
                    .iter()
                    .any(|t| t.verbish && !t.in_quote)
            {
                // "…, she said, according to a transcript." / "via email.": still the frame
            } else if let Some(c) = saying_participle_content(toks, tail) {
                // "…,” Lee said, adding that he would appeal": the same speaker goes on
                content.push(c);
            } else {
                content.push(tail);
            }
        }
        if content.is_empty() {
            return None;
        }
        return Some(Frame {
            side,
            rest,
            ..Frame::new(Some(src), cue_text, Placement::After, content)
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
        // "She added this:", "The group points out some other figures:": a short object and a
        // colon announce content that follows
        let announces = content_range.0 < content_range.1
            && toks[b - 1].is_punct(":")
            && content_range.1 - content_range.0 <= 6
            && !toks[content_range.0..content_range.1]
                .iter()
                .any(|t| t.verbish || t.in_quote);
        if content_range.0 >= content_range.1 || announces {
            return None;
        }
        let prefix = trim_range(toks, a, before_lead - 1);
        return Some(Frame {
            side,
            prefix: (prefix.0 < prefix.1).then_some(prefix),
            subordinate: !matches!(toks[before_lead - 1].low(), "and" | "but" | "—" | "–"),
            ..Frame::new(Some(src), cue_text, Placement::Before, vec![content_range])
        });
    }
    None
}

/// "confirmed a breach", "acknowledged a rift", "announced a recall": a verb whose object is a
/// state of affairs the speaker asserts.
fn asserts_its_object(verb: &str) -> bool {
    [
        "acknowledg",
        "confirm",
        "announc",
        "admit",
        "disclos",
        "reveal",
        "predict",
        "estimat",
        "alleg",
        "conced",
        "reported",
    ]
    .iter()
    .any(|stem| verb.starts_with(stem))
}

/// "adding that he would appeal", "noting the delay": a participle of saying that opens
/// `tail` after a postposed frame; what it introduces, without the participle and "that".
fn saying_participle_content(toks: &[Tok], tail: (usize, usize)) -> Option<(usize, usize)> {
    let cue = toks[tail.0].cue?;
    if !cue.ing || cue.weak || cue.class != CueClass::Speech || toks[tail.0].in_quote {
        return None;
    }
    let mut c = tail.0 + 1;
    if c < tail.1 && toks[c].is("that") {
        c += 1;
    }
    let content = trim_range(toks, c, tail.1);
    (content.0 < content.1 && (c > tail.0 + 1 || clause_follows(toks, c, tail.1)))
        .then_some(content)
}

/// Where a run of day words that opens at `c` ends: "Friday", "on Friday", "late Monday",
/// "this week"; `c` itself when none opens there.
fn day_adjunct_end(toks: &[Tok], c: usize, b: usize) -> usize {
    let mut d = c;
    while d < b
        && matches!(
            toks[d].low(),
            "on" | "last" | "this" | "late" | "early" | "earlier"
        )
    {
        d += 1;
    }
    let days = d;
    while d < b
        && (lexicon::is_day_word(toks[d].low())
            || d > days && matches!(toks[d].low(), "morning" | "afternoon" | "evening" | "night"))
    {
        d += 1;
    }
    if d == days {
        c
    } else {
        d
    }
}

/// "…, she said, referring to the mayor": a participle that describes the speaking itself
/// belongs to the frame.
fn speech_participle(word: &str) -> bool {
    matches!(
        word,
        "referring" | "speaking" | "quoting" | "referencing" | "alluding" | "paraphrasing"
    )
}

/// "…, she said, clutching the lectern": a participle (not a reporting verb, not a preposition
/// such as "according" or "during") that describes the speaker is the writer's.
fn writer_participle(t: &Tok) -> bool {
    let w = t.low();
    w.len() > 5
        && w.ends_with("ing")
        && t.cue.is_none()
        && !t.cap
        && !speech_participle(w)
        && !matches!(
            w,
            "according" | "during" | "including" | "regarding" | "concerning"
        )
}

/// Whether a lead-in opens with a subordinating conjunction ("When the deal collapsed, …").
fn opens_subordinate(w: &str) -> bool {
    matches!(
        w,
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
    )
}

/// The lead-in `[a, le)` when it belongs to the content: with the frame set off by commas
/// inside its content ("After the court ruled, Lee said, most laws …"; `c` is where the
/// content resumes after the cue at `i`), a lead-in opening with a preposition or a
/// subordinating conjunction is the content's own adverbial, not the circumstance of the
/// saying.
fn set_in_lead(toks: &[Tok], a: usize, le: usize, i: usize, c: usize) -> Option<(usize, usize)> {
    let set_in = toks[i + 1..c].iter().any(is_comma);
    let first = toks.get(a).map_or("", |t| t.low());
    let lead = trim_range(toks, a, le);
    (set_in && (opens_subordinate(first) || is_prep(first)) && lead.0 < lead.1).then_some(lead)
}

/// A frame set in between its content's lead-in and main clause.
fn around_frame(
    src: (usize, usize),
    cue_text: &str,
    side: Vec<(usize, usize)>,
    lead: (usize, usize),
    main: (usize, usize),
) -> Frame {
    Frame {
        source: Some(src),
        cue: cue_text.to_string(),
        placement: Placement::Around,
        content: vec![lead, main],
        via: None,
        side,
        role: None,
        prefix: None,
        opens_next: false,
        rest: None,
        antecedent: None,
        subordinate: false,
    }
}
