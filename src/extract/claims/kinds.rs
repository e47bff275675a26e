//! What a claim asserts (statistic, quote, event, assessment, background), whether it is hedged,
//! whether it is worth checking, and the two records: no comment and a description of sources.

mod acts;
mod attributive;
mod hearsay;
mod modals;
mod numbers;
mod spelled;

use super::lexicon;
use super::tokens::{Tok, TokKind};
use crate::vocab::ClaimKind;

/// Whether the text records a refusal to comment.
pub fn is_no_comment(lower: &str) -> bool {
    lexicon::has_no_comment(lower) || failed_to_reach(lower) || none_responded(lower)
}

/// "Neither company responded to requests for comment", "None of the firms returned calls":
/// a response that none of those asked gave.
fn none_responded(lower: &str) -> bool {
    let none = ["neither ", "none of ", "nobody ", "no one "]
        .iter()
        .any(|p| lower.starts_with(p));
    none && ["responded to", "returned", "replied to", "commented"]
        .iter()
        .any(|v| lower.contains(v))
}

/// "Efforts to reach the spokesperson, Maj Gen Edward Buba, were unsuccessful": the writer
/// tried a source for comment and failed, a record like "could not be reached". The one sought
/// must be someone who could comment (a name, a pronoun, a spokesperson, an office), not a
/// deal or survivors ("efforts to reach a ceasefire failed").
fn failed_to_reach(lower: &str) -> bool {
    const TRIED: [&str; 6] = [
        "efforts to reach ",
        "attempts to reach ",
        "efforts to contact ",
        "attempts to contact ",
        "calls to ",
        "messages to ",
    ];
    const FAILED: [&str; 7] = [
        " unsuccessful",
        " abortive",
        " futile",
        " not successful",
        " failed",
        " went unanswered",
        " went unreturned",
    ];
    // every phrase of TRIED holds "s to ": one vectorised scan rules most clauses out before
    // the six searches below
    if memchr::memmem::find(lower.as_bytes(), b"s to ").is_none() {
        return false;
    }
    let Some(after) = TRIED
        .iter()
        .find_map(|t| lower.find(t).map(|i| &lower[i + t.len()..]))
    else {
        return false;
    };
    if !FAILED.iter().any(|f| after.contains(f)) {
        return false;
    }
    let mut words = after.split(|c: char| !c.is_alphanumeric() && c != '\'');
    let mut w = words.next().unwrap_or("");
    if matches!(w, "the" | "his" | "her" | "their" | "its" | "a") {
        w = words.next().unwrap_or("");
    }
    let sought = w.trim_end_matches("'s");
    lexicon::is_person_noun(sought)
        || lexicon::is_title(sought)
        || lexicon::is_official_word(sought)
        || lexicon::is_org_word(sought)
        || matches!(
            sought,
            "him" | "her" | "them" | "family" | "spokesperson" | "spokesman" | "spokeswoman"
        )
}

/// Whether a clause describes the sources of the sentence before ("They include intelligence
/// officials…").
pub fn is_source_description(toks: &[Tok]) -> bool {
    let mut w = ["", "", ""];
    let mut n = 0;
    for t in toks.iter().filter(|t| t.is_word()).take(3) {
        w[n] = t.low();
        n += 1;
    }
    let verb = |v: &str| {
        matches!(
            v,
            "include" | "included" | "includes" | "comprise" | "comprised" | "range" | "ranged"
        )
    };
    match &w[..n] {
        [s, v, ..] if matches!(*s, "they" | "these" | "those") && verb(v) => true,
        [d, s, v]
            if matches!(*d, "the" | "these" | "those")
                && matches!(*s, "sources" | "people" | "officials")
                && verb(v) =>
        {
            true
        }
        _ => false,
    }
}

/// Whether a sentence only tells why the sources before it went unnamed: "They were granted
/// anonymity to describe private negotiations", "Both spoke on condition of anonymity because
/// …". It describes sources, as [`is_source_description`] does, and asserts nothing to check.
pub fn is_anonymity_description(toks: &[Tok]) -> bool {
    // (most sentences open on no such word: they are turned away before any words are copied)
    let opens = toks.iter().find(|t| t.is_word()).is_some_and(|t| {
        matches!(
            t.low(),
            "he" | "she"
                | "they"
                | "both"
                | "each"
                | "the"
                | "these"
                | "those"
                | "all"
                | "two"
                | "three"
        )
    });
    if !opens {
        return false;
    }
    let words: Vec<&str> = toks
        .iter()
        .filter(|t| t.is_word())
        .map(|t| t.low())
        .collect();
    let Some(&first) = words.first() else {
        return false;
    };
    // the sources taken up: a pronoun, or a determiner and their noun
    let subject = matches!(first, "he" | "she" | "they" | "both" | "each")
        || matches!(first, "the" | "these" | "those" | "all" | "two" | "three")
            && words.get(1).is_some_and(|w| {
                lexicon::is_anonymous_head(w) || matches!(*w, "two" | "three" | "men" | "women")
            });
    if !subject || words.len() > 30 {
        return false;
    }
    // the note right after the subject and its verb
    let opening = words[..words.len().min(8)].join(" ");
    let note = [
        "condition of anonymity",
        "granted anonymity",
        "requested anonymity",
        "insisted on anonymity",
        "asked not to be",
        "not authorized to",
        "not authorised to",
    ]
    .iter()
    .any(|p| opening.contains(p));
    // "…, and said the talks had stalled", "confirmed the meeting on condition of …" report
    // as well; speaking and discussing are what the note is about
    let reports = toks.iter().any(|t| {
        t.cue.is_some_and(|c| c.says())
            && !matches!(
                t.low(),
                "spoke"
                    | "speak"
                    | "speaking"
                    | "discuss"
                    | "describe"
                    | "talk"
                    | "comment"
                    | "granted"
            )
    });
    note && !reports
}

fn is_year(t: &Tok) -> bool {
    let w = t.lower.trim_end_matches('s');
    w.len() == 4
        && w.chars().all(|c| c.is_ascii_digit())
        && (w.starts_with("19") || w.starts_with("20") || w.starts_with("18"))
}

/// Whether the tokens hold a number that is a quantity (not a date, a year, an age, a clock
/// time or a label's number: `numbers::is_no_quantity`).
pub fn has_quantity(toks: &[Tok]) -> bool {
    for (i, t) in toks.iter().enumerate() {
        match t.kind {
            TokKind::Number => {
                if is_year(t)
                    || t.lower.contains("-year")
                    || t.lower.ends_with("th")
                    || numbers::is_no_quantity(toks, i)
                {
                    continue;
                }
                let prev = i.checked_sub(1).map(|p| toks[p].low()).unwrap_or("");
                let next = toks.get(i + 1).map(|n| n.low()).unwrap_or("");
                let month =
                    |k: Option<&Tok>| k.is_some_and(|t| t.flags & lexicon::flag::MONTH != 0);
                if month(i.checked_sub(1).map(|p| &toks[p])) || month(toks.get(i + 1)) {
                    continue;
                }
                if next == ":" || prev == ":" {
                    continue;
                }
                return true;
            }
            // every quantity word is in the number list: skip the others quickly
            TokKind::Word if t.flags & lexicon::flag::NUMBER == 0 => {
                // "seventeen", "twenty-three", "two-thirds"
                let spelled =
                    spelled::may_be_spelled(t.low()) && spelled::is_spelled_quantity(toks, i);
                // "N15,000", "R9,500": an amount after a currency's letters
                if spelled || t.cap && lexicon::is_prefixed_amount(t.low()) {
                    return true;
                }
            }
            TokKind::Word => {
                let w = t.low();
                if spelled::is_spelled_quantity(toks, i) {
                    return true;
                }
                if matches!(
                    w,
                    "dozen"
                        | "dozens"
                        | "hundred"
                        | "hundreds"
                        | "thousand"
                        | "thousands"
                        | "million"
                        | "millions"
                        | "billion"
                        | "billions"
                        | "trillion"
                        | "half"
                        | "percent"
                        | "twice"
                        | "doubled"
                        | "tripled"
                        | "majority"
                        | "quarter"
                ) {
                    return true;
                }
                if w.len() > 5
                    && w.ends_with("est")
                    && i > 0
                    && toks[i - 1].lower == "the"
                    && t.flags & lexicon::flag::NUMBER != 0
                {
                    return true;
                }
            }
            TokKind::Punct if t.lower == "%" => return true,
            _ => {}
        }
    }
    false
}

/// The kind of a claim given its tokens, whether it is quoted and whether it is a side claim.
pub fn claim_kind(toks: &[Tok], quote: bool, side: bool) -> ClaimKind {
    if quote {
        return ClaimKind::Quote;
    }
    if has_quantity(toks) {
        return ClaimKind::Statistic;
    }
    // "May" the month is no modal; "never" judges only what is new or will not recur ("has
    // never been reported before", "will never happen again"): "He has never been charged"
    // is a record of events
    let judges_news = |i: usize| toks[i..].iter().any(|t| t.is("before") || t.is("again"));
    let judging = toks.iter().enumerate().any(|(i, t)| {
        t.flags & lexicon::flag::ASSESSMENT != 0
            && !(t.cap && t.low() == "may")
            && (!t.is("never") || judges_news(i))
            && !acts::is_reported_act(toks, i)
    });
    if judging || states_a_verdict(toks) {
        return ClaimKind::Assessment;
    }
    if side {
        return ClaimKind::Background;
    }
    ClaimKind::Event
}

/// "This is false.", "The claim was misleading": a fact-check's verdict on a statement, a
/// judgement (the adjective after a copula, so "false identities" stays a description).
fn states_a_verdict(toks: &[Tok]) -> bool {
    toks.windows(2).any(|w| {
        matches!(w[0].low(), "is" | "was" | "are" | "were" | "be" | "been")
            && matches!(
                w[1].low(),
                "false"
                    | "misleading"
                    | "untrue"
                    | "inaccurate"
                    | "incorrect"
                    | "baseless"
                    | "unfounded"
                    | "accurate"
                    | "correct"
            )
    })
}

/// Whether the claim is hedged ("allegedly", "suspected of", "may have", "could drop to").
pub fn is_hedged(lower: &str, toks: &[Tok]) -> bool {
    // "18% less likely to suffer a stroke", "twice as likely": a comparison of risks, a
    // finding, not a hedge
    let compared = |i: usize| {
        matches!(toks[i].low(), "likely" | "unlikely")
            && i > 0
            && matches!(toks[i - 1].low(), "less" | "more" | "as" | "most" | "least")
    };
    toks.iter().enumerate().any(|(i, t)| {
        t.flags & lexicon::flag::HEDGE != 0 && !attributive::is_attributive(toks, i) && !compared(i)
    })
        || lexicon::has_hedge_phrase(lower)
        || modals::has_possible_forecast(toks)
        || hearsay::has_unsourced_hearsay(toks)
        // "amid reports that …": what unnamed reports say, as "reportedly" does
        || super::grammar::reports_opener(toks, 0, toks.len())
}

/// Kind, hedging and check-worthiness of a claim made of `ranges` of `toks`.
pub fn describe(
    toks: &[Tok],
    ranges: &[(usize, usize)],
    quote: bool,
    side: bool,
) -> (ClaimKind, bool, bool) {
    let joined: Vec<Tok>;
    let own: &[Tok] = if let [(a, b)] = ranges {
        &toks[*a..*b]
    } else {
        joined = ranges
            .iter()
            .flat_map(|&(a, b)| toks[a..b].iter().cloned())
            .collect();
        &joined
    };
    // the hedging phrases all hold one of these words: join the text only then
    let phrase_possible = own.iter().any(|t| t.flags & lexicon::flag::HEDGE_KEY != 0);
    let lower = if phrase_possible {
        own.iter().map(|t| t.low()).collect::<Vec<_>>().join(" ")
    } else {
        String::new()
    };
    let kind = claim_kind(own, quote, side);
    (kind, is_hedged(&lower, own), is_check_worthy(own, kind))
}

/// Whether the claim is a factual assertion worth checking: numbers, named entities or events,
/// not pure opinion.
pub fn is_check_worthy(toks: &[Tok], kind: ClaimKind) -> bool {
    let words = toks.iter().filter(|t| t.is_word()).count();
    if kind.is_record() || words < 3 {
        return false;
    }
    let named = toks.iter().skip(1).any(|t| t.cap && t.is_word());
    match kind {
        ClaimKind::Statistic | ClaimKind::Event => true,
        ClaimKind::Background => named || has_quantity(toks),
        ClaimKind::Quote | ClaimKind::Assessment => named || has_quantity(toks),
        _ => false,
    }
}

#[cfg(test)]
mod tests;
