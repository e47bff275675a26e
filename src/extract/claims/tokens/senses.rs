//! Senses of a word its neighbours decide: "think" in "think tank" and "fall" in "last fall"
//! are nouns, not verbs; "put" in "Police put the crowd at 5,000" gives an estimate with its
//! source, as a reporting verb would.

use super::super::lexicon;
use super::{Tok, TokKind};

/// "a think tank", "think tanks": the verb of belief inside a compound noun is no verb; nor is
/// "fall" or "rise" where it names a change ("last fall", "a sharp rise in prices").
pub(super) fn unmark_compound_nouns(toks: &mut [Tok]) {
    for k in 1..toks.len() {
        // only "tank…", "fall(s)" and "rise(s)" make one: the first byte rules out most words
        if !matches!(toks[k].lower.as_bytes().first(), Some(b't' | b'f' | b'r')) {
            continue;
        }
        let noun = (toks[k].lower.starts_with("tank") && toks[k - 1].is("think"))
            || is_change_noun(&toks[k - 1], &toks[k], toks.get(k + 1));
        if noun {
            let t = if toks[k].lower.starts_with("tank") {
                &mut toks[k - 1]
            } else {
                &mut toks[k]
            };
            t.cue = None;
            t.flags &= !lexicon::flag::FINITE;
            t.verbish = false;
        }
    }
}

/// "last fall", "Erdoğan’s rise to power", "a sharp fall in prices", "the rise of Trump": the
/// noun for a change, not the verb of "prices fall", "tend to rise".
fn is_change_noun(before: &Tok, word: &Tok, after: Option<&Tok>) -> bool {
    if !matches!(word.low(), "fall" | "falls" | "rise" | "rises") || word.cap {
        return false;
    }
    let b = before.low();
    // determiners of a single noun only: "most fall short", "some rise early" are verbs
    after.is_some_and(|t| t.is("of"))
        || matches!(
            b,
            "a" | "an"
                | "the"
                | "this"
                | "his"
                | "her"
                | "its"
                | "their"
                | "our"
                | "my"
                | "your"
                | "another"
                | "every"
                | "no"
        )
        || b.ends_with("'s")
        || b.ends_with("’s")
        || matches!(
            b,
            "last"
                | "next"
                | "early"
                | "late"
                | "sharp"
                | "steep"
                | "slight"
                | "steady"
                | "big"
                | "recent"
                | "rapid"
                | "sudden"
                | "dramatic"
                | "meteoric"
                | "further"
                | "in"
        )
}

/// Marks "put", "puts" and "putting" as a cue of estimating where an amount follows "at" ("put
/// the death toll at 12", "puts the cost of the project at $2 billion").
pub(super) fn mark_estimates(toks: &mut [Tok]) {
    for k in 0..toks.len() {
        // (the first byte rules out most words)
        if toks[k].lower.as_bytes().first() != Some(&b'p') {
            continue;
        }
        let form = match toks[k].low() {
            "put" => "estimated",
            "puts" => "estimates",
            "putting" => "estimating",
            _ => continue,
        };
        if toks[k].in_quote || toks[k].cap || !amount_after_object(toks, k + 1) {
            continue;
        }
        toks[k].cue = lexicon::cue(form);
    }
}

/// Marks "worry" before "that" as the verb of belief it is there ("Some in the party worry
/// that …", "environmentalists worry that …"), not the noun "worry" of "the worry that …" or
/// "a growing worry that …".
pub(super) fn mark_worry_that(toks: &mut [Tok]) {
    for k in 1..toks.len().saturating_sub(1) {
        // (the first byte rules out most words)
        if toks[k].lower.as_bytes().first() != Some(&b'w') || !toks[k].is("worry") {
            continue;
        }
        let before = toks[k - 1].low();
        let noun = lexicon::is_noun_only_determiner(before)
            || before.ends_with("'s")
            || before.ends_with("’s")
            || k >= 2 && matches!(toks[k - 2].low(), "a" | "an");
        if toks[k + 1].is("that") && !noun && !toks[k].in_quote && !toks[k].cap {
            toks[k].cue = lexicon::cue("worries");
        }
    }
}

/// Whether a short object opening at `j` (no verb, no comma) ends at "at" before an amount, or
/// at "on" before a share held by a named object ("The survey puts Labour on 27 per cent",
/// British poll style; "puts pressure on 27 per cent of exporters" is no estimate).
fn amount_after_object(toks: &[Tok], j: usize) -> bool {
    let share_after = |m: usize| {
        toks[j].cap
            && toks[m + 1..]
                .iter()
                .take(4)
                .any(|t| matches!(t.low(), "%" | "percent" | "per" | "points"))
    };
    // ("put the figure closer to 50": a rough bound, as "at" is the amount)
    let Some(at) = (j + 1..toks.len().min(j + 10)).find(|&m| {
        toks[m].is("at")
            || toks[m].is("on") && share_after(m)
            || lexicon::is_estimate_bound(toks[m].low())
    }) else {
        return false;
    };
    // ("put expected price growth at 2%": a participle in "-ed" may qualify the object's noun)
    let participle = |t: &Tok| t.low().ends_with("ed") && t.flags & lexicon::flag::FINITE == 0;
    let object_plain = toks[j..at]
        .iter()
        .all(|t| t.is_word() && (!t.verbish || participle(t)) && !t.in_quote);
    let amount = toks[at + 1..].iter().take(3).any(|t| {
        t.kind == TokKind::Number
            || lexicon::is_number_word(t.low())
            || matches!(t.low(), "$" | "£" | "€")
    });
    object_plain && amount
}
