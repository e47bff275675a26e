//! The writer's notes set off after reported words, which are no frame of their own: how the
//! words were taken (", a figure the union rejected") and when they came (", a day after …").

use super::super::grammar::clause_follows;
use super::super::tokens::{Tok, TokKind};
use super::ranges::is_comma;

/// Whether the comma at `k` opens the writer's note of how the words before were taken:
/// ", a figure the union rejected as exaggerated", ", a claim the company denies", ", a
/// characterization Whitcombe did not dispute", ", a figure that could not be verified".
pub(super) fn taken_as(toks: &[Tok], k: usize, b: usize) -> bool {
    k + 4 < b
        && is_comma(&toks[k])
        && !toks[k].in_quote
        && matches!(toks[k + 1].low(), "a" | "an")
        && is_figure_noun(toks[k + 2].low())
        && (toks[k + 3].is("that")
            || clause_follows(toks, k + 3, b)
            // ", a claim residents dispute", ", an account her team denies"
            || taken_up_by(toks, k + 1, b).is_some())
}

/// A noun that sums up words just reported: "a figure", "a claim", "a characterization".
fn is_figure_noun(w: &str) -> bool {
    matches!(
        w,
        "figure"
            | "number"
            | "claim"
            | "characterization"
            | "characterisation"
            | "assertion"
            | "account"
            | "estimate"
            | "tally"
            | "count"
            | "description"
            | "allegation"
            | "charge"
            | "version"
            | "conclusion"
            | "finding"
            | "assessment"
            | "interpretation"
            | "portrayal"
    )
}

/// The one who took up the words in a writer's note ", a figure the union rejected as
/// exaggerated" (`[a, b)` without the comma): the noun phrase before its verb of saying,
/// when that verb is not negated ("a characterization Whitcombe did not dispute" has none).
pub fn taken_up_by(toks: &[Tok], a: usize, b: usize) -> Option<(usize, usize, usize)> {
    if a + 3 >= b || !matches!(toks[a].low(), "a" | "an") || !is_figure_noun(toks[a + 1].low()) {
        return None;
    }
    let s = if toks[a + 2].is("that") { a + 3 } else { a + 2 };
    let v = (s + 1..b.min(s + 7)).find(|&j| toks[j].cue.is_some() || toks[j].verbish)?;
    let plain = |t: &Tok| t.kind == TokKind::Word && !t.verbish && !t.in_quote;
    // "the office strongly disputes": the adverb is the verb's
    let mut e = v;
    while e > s + 1 && toks[e - 1].low().ends_with("ly") {
        e -= 1;
    }
    (toks[v].cue.is_some() && toks[s..v].iter().all(plain)).then_some((s, e, v + 1))
}

/// Whether the comma at `k` opens a distance in time from an event, then the event as a clause:
/// ", a day after opposition parties announced …", ", hours before the vote was held".
pub(super) fn time_anchor(toks: &[Tok], k: usize, b: usize) -> bool {
    if !is_comma(&toks[k]) || toks[k].in_quote {
        return false;
    }
    let mut j = k + 1;
    if j < b
        && matches!(
            toks[j].low(),
            "just" | "only" | "barely" | "nearly" | "some"
        )
    {
        j += 1;
    }
    if j < b
        && (matches!(
            toks[j].low(),
            "a" | "one"
                | "two"
                | "three"
                | "four"
                | "five"
                | "six"
                | "several"
                | "days"
                | "hours"
                | "weeks"
                | "months"
                | "minutes"
        ) || toks[j].kind == TokKind::Number)
    {
        j += 1;
    }
    if j < b
        && matches!(
            toks[j].low(),
            "day" | "days" | "hour" | "hours" | "week" | "weeks" | "month" | "months" | "minutes"
        )
    {
        j += 1;
    }
    j > k + 1
        && j + 2 < b
        && matches!(toks[j].low(), "after" | "before")
        && clause_follows(toks, j + 1, b)
}
