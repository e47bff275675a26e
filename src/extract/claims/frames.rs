//! Attribution frames inside one clause: who says it ("X said", "…, X told Reuters", "according
//! to X", "…, said X, a …", "attacks that authorities say were …"), with which cue, and which
//! tokens are the content. Word lists and token patterns; no parser.

use super::grammar::{
    clause_follows, is_verbish, np_word, object_np_end, strip_parenthetical, valid_source_np,
};
use super::lexicon::{self, CueClass};
use super::tokens::{Tok, TokKind};
use crate::extract::types::Span;

/// Where the frame stands relative to its content.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Placement {
    /// "X said (that) …", "According to X, …".
    Before,
    /// "…, X said." / "…, according to X."
    After,
    /// "attacks that authorities say were …": the frame stays inside the claim.
    Embedded,
}

/// One attribution found in a clause. Ranges are token index ranges `[start, end)`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Frame {
    /// The source mention, or `None` for a relay ("As reported by Reuters").
    pub source: Option<(usize, usize)>,
    pub cue: String,
    pub placement: Placement,
    pub content: Vec<(usize, usize)>,
    /// "X, citing Y": Y.
    pub via: Option<(usize, usize)>,
    /// Appositives and relative clauses set in the subject ("Varki, a refugee who …, told"):
    /// unsourced claims of their own.
    pub side: Vec<(usize, usize)>,
    /// A description of the source given by the frame ("…, said Ann Lee, a spokeswoman").
    pub role: Option<(usize, usize)>,
    /// Text before the subject that is a clause of its own ("A, and officials said B").
    pub prefix: Option<(usize, usize)>,
    /// "She added:" with nothing after: the content follows in the next sentences.
    pub opens_next: bool,
    /// What a relative pronoun source ("who") stands for: the noun phrase before it.
    pub antecedent: Option<(usize, usize)>,
    /// The source stands in a subordinate clause ("when Patriot signaled that …, Barrett
    /// said …"): a later frame of the main clause wins.
    pub subordinate: bool,
    /// The main clause resuming after a relative clause that held the frame ("Lee, who said
    /// …, lost"): a claim of its own.
    pub rest: Option<(usize, usize)>,
}

fn span_of(toks: &[Tok], r: (usize, usize)) -> Span {
    Span::new(toks[r.0].start, toks[r.1 - 1].end)
}

/// The byte span of a token range.
pub fn range_span(toks: &[Tok], r: (usize, usize)) -> Option<Span> {
    (r.0 < r.1).then(|| span_of(toks, r))
}

fn is_comma(t: &Tok) -> bool {
    t.is_punct(",")
}

fn is_closing_quote(toks: &[Tok], i: usize) -> bool {
    toks[i].kind == TokKind::Quote
        && i > 0
        && (toks[i - 1].in_quote || matches!(toks[i - 1].low(), "," | "." | "?" | "!"))
}

/// A subject for a speech cue: any short noun phrase opening with a name or a determiner, or a
/// noun phrase with a source head.
fn speech_subject(toks: &[Tok]) -> bool {
    let toks = strip_parenthetical(toks);
    valid_source_np(toks)
        || (!toks.is_empty()
            && toks.len() <= 8
            && toks.iter().all(|t| np_word(t) || t.lower == "to")
            && !toks.iter().any(is_verbish)
            && (toks[0].cap || lexicon::is_determiner(&toks[0].lower))
            && toks.last().is_some_and(|t| t.kind == TokKind::Word))
}

/// The next comma or semicolon outside quotes in `[i, end)`, else `end`.
fn next_comma(toks: &[Tok], i: usize, end: usize) -> usize {
    (i..end)
        .find(|&k| !toks[k].in_quote && (is_comma(&toks[k]) || toks[k].is_punct(";")))
        .unwrap_or(end)
}

fn trim_range(toks: &[Tok], mut a: usize, mut b: usize) -> (usize, usize) {
    while a < b && toks[a].kind == TokKind::Punct && !toks[a].is_punct("(") {
        a += 1;
    }
    while b > a
        && toks[b - 1].kind == TokKind::Punct
        && matches!(toks[b - 1].low(), "," | ";" | ":" | "-" | "—" | "–")
    {
        b -= 1;
    }
    (a, b)
}

fn push_range(v: &mut Vec<(usize, usize)>, toks: &[Tok], a: usize, b: usize) {
    let (a, b) = trim_range(toks, a, b);
    if a < b {
        v.push((a, b));
    }
}

fn words_between(toks: &[Tok], a: usize, b: usize) -> usize {
    toks[a..b].iter().filter(|t| t.is_word()).count()
}

/// A short lead-in before a subject ("Last month,", "As evidence,", "But", "On Friday,").
fn is_lead_in(toks: &[Tok], a: usize, b: usize) -> bool {
    let n = words_between(toks, a, b);
    n == 0
        || (n <= 5
            && !toks[a..b].iter().any(|t| is_verbish(t) || t.in_quote)
            && !toks[a..b].iter().any(|t| t.kind == TokKind::Quote))
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
fn subject_start(toks: &[Tok], a: usize, k: usize) -> usize {
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
        // "advisers to Mr. Obama", "those close to him"
        let inner = (t.lower == "to" && s < k && toks[s].cap)
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
    s
}

/// Whether the words in `[a, b)` (after a comma) describe a source's anonymity or access.
pub fn is_anonymity_note(text: &str, toks: &[Tok], a: usize, b: usize) -> bool {
    if a >= b {
        return false;
    }
    let s = &text[toks[a].start..toks[b - 1].end].to_lowercase();
    lexicon::has_anonymity_note(s)
}

/// Finds the attribution frame of the clause `[a, b)`, if it has one.
pub fn find_frame(text: &str, toks: &[Tok], a: usize, b: usize) -> Option<Frame> {
    if let Some(f) = speaker_label(toks, a, b) {
        return Some(f);
    }
    if let Some(f) = dash_credit(toks, a, b) {
        return Some(f);
    }
    // "Said Ellis: “…”"
    if b > a + 3 && toks[a].cap && matches!(toks[a].low(), "said" | "says" | "added" | "adds") {
        if let Some(c) =
            (a + 2..b.min(a + 10)).find(|&k| toks[k].is_punct(":") || is_comma(&toks[k]))
        {
            if speech_subject(&toks[a + 1..c]) && c + 1 < b {
                let content = trim_range(toks, c + 1, b);
                if content.0 < content.1 {
                    return Some(simple_frame(
                        (a + 1, c),
                        toks[a].low(),
                        content,
                        Placement::Before,
                    ));
                }
            }
        }
    }
    let mut first: Option<Frame> = None;
    let mut i = a;
    while i < b {
        let t = &toks[i];
        if t.in_quote || !t.is_word() {
            i += 1;
            continue;
        }
        let f = match t.low() {
            "according" if i + 1 < b && toks[i + 1].is("to") => according_to(toks, a, b, i, 2),
            "as" if i + 2 < b
                && matches!(toks[i + 1].low(), "reported" | "quoted" | "cited")
                && toks[i + 2].is("by") =>
            {
                according_to(toks, a, b, i, 3)
            }
            "citing" if i > a && is_comma(&toks[i - 1]) => according_to(toks, a, b, i, 1),
            "point" | "points" | "pointed" | "pointing"
                if i + 1 < b && matches!(toks[i + 1].low(), "out" | "to") =>
            {
                verb_frame(text, toks, a, b, i)
            }
            _ => match t.cue {
                Some(_) => verb_frame(text, toks, a, b, i),
                None => None,
            },
        };
        if let Some(f) = f {
            // a frame of saying after the content beats an earlier verb of stance or belief
            let weak = lexicon::cue(&f.cue).is_some_and(|c| c.weak) || f.subordinate;
            match &first {
                None if !weak => return Some(f),
                None => first = Some(f),
                Some(p) if p.subordinate && !weak => return Some(f),
                Some(_) if !weak && f.placement == Placement::After => return Some(f),
                Some(_) => {}
            }
        }
        i += 1;
    }
    first.or_else(|| nominal_frame(toks, a, b))
}

fn simple_frame(src: (usize, usize), cue: &str, content: (usize, usize), p: Placement) -> Frame {
    Frame {
        source: Some(src),
        cue: cue.to_string(),
        placement: p,
        content: vec![content],
        via: None,
        side: Vec::new(),
        role: None,
        prefix: None,
        opens_next: false,
        rest: None,
        antecedent: None,
        subordinate: false,
    }
}

/// A transcript or headline label: "WALLACE: …", "Senator Ruiz: …".
fn speaker_label(toks: &[Tok], a: usize, b: usize) -> Option<Frame> {
    // a transcript turn may open with the quotation mark of the whole passage
    let a = if toks.get(a).is_some_and(|t| t.kind == TokKind::Quote) {
        a + 1
    } else {
        a
    };
    if a >= b {
        return None;
    }
    let c = (a + 1..b.min(a + 7)).find(|&k| toks[k].is_punct(":"))?;
    let np = &toks[a..c];
    if np.len() > 4
        || lexicon::is_determiner(np[0].low())
        || np.iter().any(|t| !t.cap || !t.is_word() || t.verbish)
    {
        return None;
    }
    if np.len() == 1
        && matches!(
            np[0].low(),
            "update"
                | "note"
                | "editor's"
                | "warning"
                | "correction"
                | "related"
                | "watch"
                | "read"
                | "listen"
                | "photos"
                | "video"
                | "breaking"
                | "source"
                | "sources"
                | "q"
                | "a"
                | "subscribe"
                | "advertisement"
                | "exclusive"
                | "analysis"
                | "opinion"
                | "poll"
                | "live"
                | "updated"
                | "clarification"
                | "also"
        )
    {
        return None;
    }
    let content = trim_range(toks, c + 1, b);
    if content.1 <= content.0 + 1 {
        return None;
    }
    Some(simple_frame((a, c), ":", content, Placement::Before))
}

/// A credit after a quotation: "“…” ― Ana Ruiz, 34, teacher".
fn dash_credit(toks: &[Tok], a: usize, b: usize) -> Option<Frame> {
    let d = (a + 1..b)
        .find(|&k| matches!(toks[k].low(), "―" | "—" | "–") && is_closing_quote(toks, k - 1))?;
    let e = next_comma(toks, d + 1, b);
    let mut e2 = e;
    while e2 > d + 1 && toks[e2 - 1].kind == TokKind::Punct {
        e2 -= 1;
    }
    let np = &toks[d + 1..e2];
    if np.is_empty() || np.len() > 8 || !np[0].cap || np.iter().any(|t| t.in_quote) {
        return None;
    }
    let content = trim_range(toks, a, d);
    if content.0 >= content.1 {
        return None;
    }
    let mut f = simple_frame((d + 1, e2), &toks[d].lower, content, Placement::After);
    if e < b {
        f.role = Some(trim_range(toks, e + 1, b));
    }
    Some(f)
}

/// Nouns that report what someone said or believes: "Trump's claim that …".
fn is_report_noun(w: &str) -> bool {
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
    )
}

/// "Trump's claim that …", "her promise to …": a possessor reported by a noun. Weak: a later
/// verb of saying wins.
fn nominal_frame(toks: &[Tok], a: usize, b: usize) -> Option<Frame> {
    for n in a + 1..b.saturating_sub(2) {
        if toks[n].in_quote || !is_report_noun(&toks[n].lower) {
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
        // the possessor's name: a capitalised run ending at the possessive
        let mut s = n - 1;
        while s > a && toks[s - 1].cap && toks[s - 1].is_word() && p.cap {
            s -= 1;
        }
        if !p.cap && apostrophe {
            s = n - 2;
        }
        let c = if toks[n + 1].is("that") { n + 2 } else { n + 1 };
        let e = next_comma(toks, c, b).max(b.min(c + 1));
        let content = trim_range(toks, c, if e < b && toks[e].is_punct(";") { e } else { b });
        if content.1 <= content.0 + 1 {
            continue;
        }
        let prefix = trim_range(toks, a, s);
        return Some(Frame {
            source: Some((s, n)),
            cue: toks[n].lower.to_string(),
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
    None
}

/// "according to X, …" / "…, according to X (, citing Y)".
fn according_to(toks: &[Tok], a: usize, b: usize, i: usize, len: usize) -> Option<Frame> {
    let s = i + len;
    let e = next_comma(toks, s, b);
    if e == s {
        return None;
    }
    let src_end = {
        let mut k = e;
        while k > s && toks[k - 1].kind == TokKind::Punct {
            k -= 1;
        }
        if k == s {
            return None;
        }
        k
    };
    let mut via = None;
    let mut after = e;
    if e < b && is_comma(&toks[e]) && e + 1 < b && toks[e + 1].is("citing") {
        let ve = next_comma(toks, e + 2, b);
        if ve > e + 2 {
            via = Some((e + 2, ve));
            after = ve;
        }
    }
    let cue = toks[i..i + len]
        .iter()
        .map(|t| t.low())
        .collect::<Vec<_>>()
        .join(" ");
    let mut content = Vec::new();
    let before = trim_range(toks, a, i);
    if before.0 == before.1 || (is_lead_in(toks, a, i) && words_between(toks, a, i) <= 1) {
        // "According to X, content"
        push_range(&mut content, toks, after, b);
        if src_end < e {
            // "according to X released Friday, …": the rest of the frame stays out
        }
    } else {
        push_range(&mut content, toks, a, i);
        push_range(&mut content, toks, after, b);
    }
    if content.is_empty() {
        return None;
    }
    Some(Frame {
        source: Some((s, src_end)),
        cue,
        placement: if before.0 == before.1 {
            Placement::Before
        } else {
            Placement::After
        },
        content,
        via,
        side: Vec::new(),
        role: None,
        prefix: None,
        opens_next: false,
        rest: None,
        antecedent: None,
        subordinate: false,
    })
}

/// A frame around the cue verb at `i`.
fn verb_frame(text: &str, toks: &[Tok], a: usize, b: usize, i: usize) -> Option<Frame> {
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
    let subject_ok = long
        || set_off
        || embedded_subject
        || if cue.class == CueClass::Speech {
            speech_subject(&toks[src.0..src.1])
        } else {
            valid_source_np(&toks[src.0..src.1])
        };
    if !subject_ok {
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
        ) || !lead.iter().skip(1).any(|t| is_verbish(t)));
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
        let tail_start = if (e - c <= 6 && !toks[c..e].iter().any(|t| t.in_quote))
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
            subordinate: !matches!(toks[before_lead - 1].low(), "and" | "but"),
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
    if !(first.cap || lexicon::is_determiner(first.low())) {
        return None;
    }
    if toks[a..k]
        .iter()
        .any(|t| t.is_punct(",") || t.kind == TokKind::Quote || t.is_punct(";"))
    {
        return None;
    }
    let head = (a..(a + 7).min(k - 1)).find(|&h| {
        let w = toks[h].low().trim_end_matches("'s").trim_end_matches("’s");
        let source_noun = lexicon::is_document_head(w)
            || lexicon::is_anonymous_head(w)
            || lexicon::is_group_head(w)
            || lexicon::is_org_word(w)
            || lexicon::is_official_word(w);
        let next = toks[h + 1].low();
        source_noun
            && (matches!(
                next,
                "that"
                    | "which"
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
        let o = object_np_end(toks, c, b);
        // only when something follows the hearer
        if o < b && o > c {
            c = o;
        }
    }
    skip_adjuncts(toks, c, b)
}

#[cfg(test)]
mod tests {
    use super::super::tokens::tokenize;
    use super::*;

    fn marked(s: &str) -> Vec<Tok<'_>> {
        let mut toks = tokenize(s, 0, s.len());
        let q: Vec<Span> = super::super::quotes::find_quotes(s)
            .iter()
            .map(|q| q.span)
            .collect();
        super::super::mark_quotes(&mut toks, &q);
        toks
    }

    fn frame(s: &str) -> (Option<String>, Vec<String>, Placement) {
        let toks = marked(s);
        let f = find_frame(s, &toks, 0, toks.len()).expect("a frame");
        let src = f
            .source
            .and_then(|r| range_span(&toks, r))
            .map(|sp| sp.of(s).to_string());
        let content = f
            .content
            .iter()
            .filter_map(|&r| range_span(&toks, r))
            .map(|sp| sp.of(s).to_string())
            .collect();
        (src, content, f.placement)
    }

    #[test]
    fn cue_before_content() {
        let (src, content, p) =
            frame("The prime minister's office said on Monday that talks would resume.");
        assert_eq!(src.as_deref(), Some("The prime minister's office"));
        assert_eq!(content, vec!["talks would resume."]);
        assert_eq!(p, Placement::Before);
    }

    #[test]
    fn cue_after_content() {
        let (src, content, p) =
            frame("The dam will be finished by 2027, a senior engineer told the BBC.");
        assert_eq!(src.as_deref(), Some("a senior engineer"));
        assert_eq!(content, vec!["The dam will be finished by 2027"]);
        assert_eq!(p, Placement::After);
    }

    #[test]
    fn scope_runs_over_a_coordinated_clause() {
        let (_, content, _) = frame(
            "Rents have doubled, a housing official told AFP, and many tenants are leaving the city.",
        );
        assert_eq!(
            content,
            vec![
                "Rents have doubled",
                "and many tenants are leaving the city."
            ]
        );
    }

    #[test]
    fn according_to_either_side() {
        let (src, content, _) =
            frame("According to the Mali Farmers Union, yields fell by a third.");
        assert_eq!(src.as_deref(), Some("the Mali Farmers Union"));
        assert_eq!(content, vec!["yields fell by a third."]);
        let (src, content, _) = frame("Yields fell by a third, according to the union.");
        assert_eq!(src.as_deref(), Some("the union"));
        assert_eq!(content, vec!["Yields fell by a third"]);
    }

    #[test]
    fn inverted_speaker_with_role() {
        let (src, content, _) =
            frame("“We are ready,” said Ana Costa, a spokeswoman for the port.");
        assert_eq!(src.as_deref(), Some("Ana Costa"));
        assert_eq!(content, vec!["“We are ready,”"]);
    }

    #[test]
    fn told_skips_the_hearer() {
        let (src, content, _) = frame("Okafor told investigators he had never met the broker.");
        assert_eq!(src.as_deref(), Some("Okafor"));
        assert_eq!(content, vec!["he had never met the broker."]);
    }

    #[test]
    fn embedded_say_keeps_the_clause_whole() {
        let (src, content, p) =
            frame("The strike followed two raids that officials say were ordered by the cartel.");
        assert_eq!(src.as_deref(), Some("officials"));
        assert_eq!(
            content,
            vec!["two raids that officials say were ordered by the cartel."]
        );
        assert_eq!(p, Placement::Embedded);
    }

    #[test]
    fn subject_with_appositive() {
        let s = "Mendes, a nurse who has worked in Lisbon for 20 years, told reporters the ward was full.";
        let toks = tokenize(s, 0, s.len());
        let f = find_frame(s, &toks, 0, toks.len()).unwrap();
        assert_eq!(
            range_span(&toks, f.source.unwrap()).unwrap().of(s),
            "Mendes"
        );
        assert_eq!(f.side.len(), 1);
        assert_eq!(
            range_span(&toks, f.content[0]).unwrap().of(s),
            "the ward was full."
        );
    }

    #[test]
    fn passives_have_no_frame() {
        let s = "The vault is believed to hold 40 tonnes of gold.";
        let toks = tokenize(s, 0, s.len());
        assert!(find_frame(s, &toks, 0, toks.len()).is_none());
    }
}
