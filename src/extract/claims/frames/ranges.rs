//! Token ranges and punctuation the frame rules share: byte spans, commas and closing quotes,
//! trimming a range, short lead-ins and notes on a source's anonymity.

use super::super::grammar::{is_verbish, modifies_cue};
use super::super::lexicon;
use super::super::tokens::{Tok, TokKind};
use crate::extract::types::Span;

fn span_of(toks: &[Tok], r: (usize, usize)) -> Span {
    Span::new(toks[r.0].start, toks[r.1 - 1].end)
}

/// The byte span of a token range.
pub fn range_span(toks: &[Tok], r: (usize, usize)) -> Option<Span> {
    (r.0 < r.1).then(|| span_of(toks, r))
}

pub(super) fn is_comma(t: &Tok) -> bool {
    t.is_punct(",")
}

pub(super) fn is_closing_quote(toks: &[Tok], i: usize) -> bool {
    toks[i].kind == TokKind::Quote
        && i > 0
        && (toks[i - 1].in_quote || matches!(toks[i - 1].low(), "," | "." | "?" | "!"))
}

/// The next comma or semicolon outside quotes in `[i, end)`, else `end`.
pub(super) fn next_comma(toks: &[Tok], i: usize, end: usize) -> usize {
    (i..end)
        .find(|&k| !toks[k].in_quote && (is_comma(&toks[k]) || toks[k].is_punct(";")))
        .unwrap_or(end)
}

/// The phrase after the last comma outside quotes in `(a, b)`, without its closing marks:
/// `(comma, end)`, the phrase being `[comma + 1, end)` ("…, in a survey by the institute.").
pub(super) fn closing_phrase(toks: &[Tok], a: usize, b: usize) -> Option<(usize, usize)> {
    let last = (a + 1..b)
        .rev()
        .find(|&k| is_comma(&toks[k]) && !toks[k].in_quote)?;
    let mut e = b;
    while e > last + 1 && toks[e - 1].kind == TokKind::Punct {
        e -= 1;
    }
    Some((last, e))
}

/// `[a, b)` without the punctuation that opens or closes it (an opening parenthesis stays).
pub(in crate::extract::claims) fn trim_range(
    toks: &[Tok],
    mut a: usize,
    mut b: usize,
) -> (usize, usize) {
    // ("$1.29 per share": a currency sign opens the figure, it is no stray mark)
    while a < b
        && toks[a].kind == TokKind::Punct
        && !matches!(toks[a].low(), "(" | "$" | "£" | "€" | "¥" | "₹")
    {
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

pub(super) fn push_range(v: &mut Vec<(usize, usize)>, toks: &[Tok], a: usize, b: usize) {
    let (a, b) = trim_range(toks, a, b);
    if a < b {
        v.push((a, b));
    }
}

/// The first token of a dash that ends at token `j`, outside quotes: an em or en dash, a
/// hyphen with spaces on both sides ("close - 60 percent"), or a doubled hyphen ("cut -- two").
pub(super) fn dash_ending_at(toks: &[Tok], j: usize) -> Option<usize> {
    let t = &toks[j];
    if t.kind != TokKind::Punct || t.in_quote {
        return None;
    }
    match t.low() {
        "—" | "–" => Some(j),
        "-" => {
            let s = if j > 0 && toks[j - 1].is_punct("-") && toks[j - 1].end == t.start {
                j - 1
            } else {
                j
            };
            let spaced_before = s > 0 && toks[s - 1].end < toks[s].start;
            let spaced_after = toks.get(j + 1).is_some_and(|n| n.start > t.end);
            (spaced_before && spaced_after).then_some(s)
        }
        _ => None,
    }
}

/// The end (exclusive) of a dash that starts at token `j` (see `dash_ending_at`).
pub(super) fn dash_starting_at(toks: &[Tok], j: usize) -> Option<usize> {
    let e = if toks[j].is_punct("-") && toks.get(j + 1).is_some_and(|n| n.is_punct("-")) {
        j + 1
    } else {
        j
    };
    (dash_ending_at(toks, e) == Some(j)).then_some(e + 1)
}

pub(super) fn words_between(toks: &[Tok], a: usize, b: usize) -> usize {
    toks[a..b].iter().filter(|t| t.is_word()).count()
}

/// A short lead-in before a subject ("Last month,", "As evidence,", "But", "On Friday,").
pub(super) fn is_lead_in(toks: &[Tok], a: usize, b: usize) -> bool {
    let n = words_between(toks, a, b);
    let quoted = toks[a..b]
        .iter()
        .any(|t| t.in_quote || t.kind == TokKind::Quote);
    // "Among people who voted Labour in 2024, one in five said": the group a share is taken
    // from, its verbs inside a relative clause
    let partitive = a < b
        && matches!(toks[a].low(), "among" | "of")
        && n <= 10
        && toks[a..b].iter().enumerate().all(|(j, t)| {
            !is_verbish(t) || toks[a..a + j].iter().any(|r| r.is("who") || r.is("that"))
        });
    // "Ahead of its earnings report on Wednesday,", "After the final vote in the Senate,": a
    // phrase of time or occasion, however long, as long as it holds no verb; "After savaging
    // party funders as corrupt insiders," tells of a deed, a claim of its own
    let verbless = !toks[a..b].iter().any(is_verbish);
    let deed = toks[a + 1.min(b - a)..b]
        .iter()
        .any(|t| t.low().ends_with("ing"));
    let occasion = n <= 12 && a < b && opens_occasion(toks, a) && !deed;
    n == 0 || !quoted && verbless && (n <= 5 || occasion) || !quoted && partitive
}

/// Whether a preposition of time or occasion opens the phrase at `a` ("after", "before",
/// "during", "ahead of", "prior to", "following", "amid"). Not "despite": a concession
/// belongs to what is said ("Despite the feuding, experts say it had successes").
fn opens_occasion(toks: &[Tok], a: usize) -> bool {
    let next = |w: &str| toks.get(a + 1).is_some_and(|t| t.is(w));
    match toks[a].low() {
        "after" | "before" | "during" | "following" | "amid" | "since" => true,
        "ahead" => next("of"),
        "prior" => next("to"),
        _ => false,
    }
}

/// Whether the words in `[a, b)` (after a comma) describe a source's anonymity or access.
pub fn is_anonymity_note(text: &str, toks: &[Tok], a: usize, b: usize) -> bool {
    if a >= b {
        return false;
    }
    let s = &text[toks[a].start..toks[b - 1].end].to_lowercase();
    lexicon::has_anonymity_note(s)
}

/// Whether the words before a comma are a name that opens the sentence ("Marco Reyes,") rather
/// than a lead-in ("Meanwhile,", "Separately,", "On Friday,"): capitalised words only, and a
/// lone word no adverb.
pub(super) fn names_subject(lead: &[Tok]) -> bool {
    let adverb = |t: &Tok| {
        let w = t.low();
        w.ends_with("ly")
            || lexicon::is_cue_modifier(w)
            || lexicon::is_clause_word(w)
            || lexicon::is_month(w)
            || matches!(
                w,
                "meanwhile" | "however" | "instead" | "overall" | "today" | "yesterday"
            )
    };
    let lone_adverb = lead.len() == 1 && adverb(&lead[0]);
    match lead.first() {
        Some(first) => {
            lead.iter().all(|t| t.is_word() && t.cap)
                && !lone_adverb
                && !lexicon::is_determiner(first.low())
        }
        None => false,
    }
}

/// Words that open a short phrase of time or occasion after a verb of saying ("in a memo",
/// "last year", "just today", "to Reuters"): what follows them is no object of the verb.
pub(super) fn opens_adjunct(w: &str) -> bool {
    matches!(
        w,
        "in" | "on"
            | "at"
            | "to"
            | "during"
            | "last"
            | "this"
            | "earlier"
            | "recently"
            | "before"
            | "after"
            | "yesterday"
            | "today"
            | "then"
            | "again"
            | "once"
            | "just"
    )
}

/// Whether nothing but punctuation and the cue's modifiers follows the cue at `i` in the clause
/// `[.., b)`: the frame closes the clause ("…, the court heard.", "…, a study found last year.").
pub(super) fn cue_closes_clause(toks: &[Tok], i: usize, b: usize) -> bool {
    (i + 1..b).all(|j| !toks[j].is_word() || modifies_cue(&toks[j]))
}

/// Whether the verb-like word at `j` takes an object right after it, before `end` ("approved
/// an audit"), which makes a clause of the words around it; after a determiner it is an
/// adjective ("the embattled mayor").
pub(super) fn verb_with_object(toks: &[Tok], j: usize, end: usize) -> bool {
    j > 0
        && j + 1 < end
        && toks[j].verbish
        && !lexicon::is_determiner(toks[j - 1].low())
        && lexicon::is_determiner(toks[j + 1].low())
}
