//! Echoes: "The BSI said the same." or "A spokesman confirmed this." asserts nothing new; its
//! source bears out the claim it points back to, which gains that source (and so may become
//! corroborated) instead of the echo standing as a claim of its own.

use super::{lexicon, RawClaim, RawSource};
use crate::extract::types::{ExtractedClaim, Span};
use crate::vocab::{ClaimKind, Relation, SourceKind};

/// Splits a closing ", a view echoed by the BSI" off its claim into an echo of its own, with
/// the BSI as its source, so that `fold_echoes` can give the claim that second source.
pub(super) fn split_echo_tails(text: &str, raws: &mut Vec<RawClaim>) {
    let mut tails = Vec::new();
    for r in raws.iter_mut() {
        if r.record.is_some() || r.side {
            continue;
        }
        let Some(last) = r.pieces.last_mut() else {
            continue;
        };
        let Some((comma, tail, by)) = echo_tail(text, *last) else {
            continue;
        };
        last.end = comma;
        tails.push(RawClaim {
            pieces: vec![tail],
            source: Some(RawSource {
                mention: by,
                cue: "echoed".into(),
                relation: Relation::Paraphrase,
                via: None,
                role: None,
                antecedent: None,
            }),
            side: false,
            record: None,
            described: (ClaimKind::Event, false, false),
        });
    }
    raws.extend(tails);
}

/// In `piece`, a closing ", a view echoed by X.": the comma's offset, the echo's span ("a view
/// echoed by X") and X's.
fn echo_tail(text: &str, piece: Span) -> Option<(usize, Span, Span)> {
    let body = piece.of(text);
    // the source holds no comma, so the tail opens at the piece's last one
    let comma = body.rfind(',')?;
    let tail = body[comma..].strip_prefix(", ")?;
    let words: Vec<&str> = tail.splitn(5, ' ').collect();
    let [article, noun, participle, by, source] = words[..] else {
        return None;
    };
    let fits = is_echoed_view(&[article, noun, participle, by]);
    let source = source.trim_end_matches(['.', '!']);
    if !fits || source.is_empty() || source.contains(',') || source.contains('"') {
        return None;
    }
    let start = piece.start + comma + 2;
    let by_start = start + tail.find(" by ")? + 4;
    let end = by_start + source.len();
    Some((
        piece.start + comma,
        Span::new(start, end),
        Span::new(by_start, end),
    ))
}

/// The longest span read as a possible echo: "a view echoed by" and a long body's name.
const ECHO_MAX_BYTES: usize = 120;

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
        // an echo is a few words: a longer claim is not read at all
        let short = claims[e].span.end - claims[e].span.start <= ECHO_MAX_BYTES;
        if claims[e].sources.is_empty() || counted || !short || !is_echo(&claims[e].text(text)) {
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
/// this", "confirmed the figures", "a view echoed by the BSI".
fn is_echo(claim: &str) -> bool {
    let lower = claim.to_lowercase();
    let words: Vec<&str> = lower
        .split(|c: char| !c.is_alphanumeric() && c != '\'')
        .filter(|w| !w.is_empty())
        .collect();
    if words.len() > 4 && is_echoed_view(&words[..4]) {
        return true;
    }
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

/// "a view echoed by", "an assessment shared by": the four words that open an echoed view,
/// lower-cased.
fn is_echoed_view(words: &[&str]) -> bool {
    match words {
        ["a" | "an", noun, participle, "by"] => {
            lexicon::is_said_thing(noun) && lexicon::is_echoing_participle(participle)
        }
        _ => false,
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
