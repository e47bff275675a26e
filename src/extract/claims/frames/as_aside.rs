//! A frame set in with "as": "…, as the mayor noted.", "The problem, as Lee points out, is …",
//! "As one voter put it, the race is over." The verb has no object clause of its own; the
//! content is the rest of the sentence, on either side of the aside.

use super::*;

/// Words that may stand between the subject and the verb of the aside ("as Lee has long
/// argued", "as the report rightly notes"): the words that modify any cue, and adverbs.
fn between_subject_and_verb(t: &Tok) -> bool {
    modifies_cue(t) || (!t.cap && t.low().len() > 4 && t.low().ends_with("ly"))
}

/// The aside's verb at `v`: a reporting verb (not an -ing form), "point(s/ed) out" or "put it".
/// Returns the cue as written and the first token after it.
fn aside_verb(toks: &[Tok], v: usize, b: usize) -> Option<(String, usize)> {
    let t = &toks[v];
    let next = toks.get(v + 1).filter(|_| v + 1 < b);
    match t.low() {
        "point" | "points" | "pointed" if next.is_some_and(|n| n.is("out")) => {
            return Some((format!("{} out", t.low()), v + 2));
        }
        "put" | "puts" if next.is_some_and(|n| n.is("it")) => {
            return Some((format!("{} it", t.low()), v + 2));
        }
        _ => {}
    }
    let cue = t.cue?;
    // "…, as Lee speaks": a time, not a source
    let event = [
        "speak", "spoke", "testif", "continu", "respond", "repl", "answer", "shout",
    ]
    .iter()
    .any(|stem| t.low().starts_with(stem));
    (!cue.ing && !event).then(|| (t.low().to_string(), v + 1))
}

/// Where the aside ends (exclusive), given the token after its verb: at a comma, or at the end
/// of the sentence, after at most a short phrase ("in a letter", "to Reuters", "last year").
/// None when the verb takes a clause or an object of its own ("as he said goodbye, …").
fn aside_end(toks: &[Tok], mut k: usize, b: usize) -> Option<usize> {
    let end = |k: usize| k >= b || (k + 1 == b && toks[k].kind == TokKind::Punct);
    let phrase_start = k;
    while k < b && !is_comma(&toks[k]) && !end(k) {
        if k - phrase_start >= 6 || toks[k].in_quote || is_verbish(&toks[k]) {
            return None;
        }
        if k == phrase_start && !toks[k].cap && !opens_adjunct(toks[k].low()) {
            return None;
        }
        k += 1;
    }
    Some(k)
}

/// "as X noted" set in a sentence `[a, b)` at token `i` (the "as"), with its content.
pub(super) fn as_aside(toks: &[Tok], a: usize, b: usize, i: usize) -> Option<Frame> {
    // the aside opens the sentence or follows a comma ("…, just as Lee predicted")
    let mut open = i;
    if open > a && toks[open - 1].is("just") {
        open -= 1;
    }
    let leading = open == a;
    if !leading && !is_comma(&toks[open - 1]) {
        return None;
    }
    let s = i + 1;
    let mut v = s;
    while v < b && v - s < 12 && !toks[v].in_quote && aside_verb(toks, v, b).is_none() {
        v += 1;
    }
    // "as the actors pantomime their jokes": a noun after a determiner is no verb
    if v >= b || v == s || lexicon::is_determiner(toks[v - 1].low()) {
        return None;
    }
    let (cue, after) = aside_verb(toks, v, b)?;
    let mut e = v;
    while e > s && between_subject_and_verb(&toks[e - 1]) {
        e -= 1;
    }
    // "as the bill is called": a passive names, it reports nothing
    if toks[e..v].iter().any(|t| {
        matches!(
            t.low(),
            "is" | "are" | "was" | "were" | "be" | "been" | "being"
        )
    }) {
        return None;
    }
    let subject = &toks[s..e];
    let pronoun = subject.len() == 1 && matches!(subject[0].low(), "he" | "she" | "they");
    if subject.is_empty() || !(pronoun || speech_subject(subject)) {
        return None;
    }
    let close = aside_end(toks, after, b)?;
    let mut content = Vec::new();
    if leading {
        // "As X noted, content"
        if close >= b || !is_comma(&toks[close]) {
            return None;
        }
        push_range(&mut content, toks, close + 1, b);
    } else {
        push_range(&mut content, toks, a, open);
        if close < b && is_comma(&toks[close]) {
            // "…, as the Times reported, and he will …": a clause of its own follows, and
            // whatever frames it has
            if toks
                .get(close + 1)
                .is_some_and(|t| matches!(t.low(), "and" | "but" | "or" | "while" | "so" | "yet"))
            {
                return None;
            }
            push_range(&mut content, toks, close + 1, b);
        }
    }
    if content.is_empty() {
        return None;
    }
    // set in the middle, the aside is a parenthetical frame ("The museum, Lee said, would …")
    let placement = if leading {
        Placement::Before
    } else {
        Placement::After
    };
    Some(Frame::new(Some((s, e)), cue, placement, content))
}
