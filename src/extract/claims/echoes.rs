//! Echoes: "The BSI said the same." or "A spokesman confirmed this." asserts nothing new; its
//! source bears out the claim it points back to, which gains that source (and so may become
//! corroborated) instead of the echo standing as a claim of its own.

use super::lexicon;
use crate::extract::types::ExtractedClaim;
use crate::vocab::{ClaimKind, SourceKind};

/// Folds each echo into the claims it points back to: the earlier claims of its own sentence,
/// or else those of the sentence before. An echo with nothing to point back to, or from an
/// unnamed group, stays a claim.
pub(super) fn fold_echoes(text: &str, claims: &mut Vec<ExtractedClaim>) {
    let mut echoes = Vec::new();
    for e in 0..claims.len() {
        // "Last month, 26 percent said the same": a counted share of a crowd is a new figure,
        // not a second source
        let counted = claims[e]
            .sources
            .iter()
            .any(|s| s.kind == SourceKind::UnnamedGroup);
        if claims[e].sources.is_empty() || counted || !is_echo(&claims[e].text(text)) {
            continue;
        }
        let targets = targets(claims, e, &echoes);
        if targets.is_empty() {
            continue;
        }
        let sources = claims[e].sources.clone();
        for t in targets {
            for s in &sources {
                if !claims[t].sources.iter().any(|o| o.name == s.name) {
                    claims[t].sources.push(s.clone());
                }
            }
        }
        echoes.push(e);
    }
    for e in echoes.into_iter().rev() {
        claims.remove(e);
    }
}

/// The claims an echo at `e` points back to: claims of what happened or was said (no records,
/// no background set in a clause, no earlier `echoes`), before it in its sentence, or else in
/// the sentence before.
fn targets(claims: &[ExtractedClaim], e: usize, echoes: &[usize]) -> Vec<usize> {
    let echo = &claims[e];
    let fits = |k: usize| {
        let c = &claims[k];
        !c.kind.is_record() && c.kind != ClaimKind::Background && !echoes.contains(&k)
    };
    let in_sentence = |s: usize| -> Vec<usize> {
        (0..e)
            .filter(|&k| claims[k].sentence == s && fits(k))
            .collect()
    };
    let own = in_sentence(echo.sentence);
    if !own.is_empty() || echo.sentence == 0 {
        return own;
    }
    in_sentence(echo.sentence - 1)
}

/// Whether a claim's words only point back: "the same", "much the same thing", "confirmed
/// this", "confirmed the figures".
fn is_echo(claim: &str) -> bool {
    let lower = claim.to_lowercase();
    let words: Vec<&str> = lower
        .split(|c: char| !c.is_alphanumeric() && c != '\'')
        .filter(|w| !w.is_empty())
        .collect();
    let rest = match words.split_first() {
        Some((first, rest)) if lexicon::is_confirming_verb(first) => rest,
        _ => return is_the_same(&words),
    };
    match rest {
        ["this" | "that" | "it"] => true,
        ["the" | "those" | "these" | "this" | "that", thing] => lexicon::is_reported_thing(thing),
        _ => is_the_same(rest),
    }
}

/// "the same", "the same thing", "much the same", "much the same thing".
fn is_the_same(words: &[&str]) -> bool {
    let words = words.strip_prefix(&["much"]).unwrap_or(words);
    matches!(words, ["the", "same"] | ["the", "same", "thing"])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_that_only_point_back_are_an_echo() {
        for echo in [
            "the same.",
            "much the same thing.",
            "confirmed this.",
            "confirmed the figures.",
            "verified that account.",
        ] {
            assert!(is_echo(echo), "{echo}");
        }
        for claim in [
            "the same rules apply.",
            "confirmed the deal.",
            "confirmed the outage began at 7 a.m.",
            "the outage began at 7 a.m.",
        ] {
            assert!(!is_echo(claim), "{claim}");
        }
    }
}
