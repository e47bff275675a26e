//! A fact-check's furniture: the outlet's verdict lines ("Our ruling: False.", "We rate this
//! claim Mostly False."), its "Our ruling" heading, the "Sources:" list that closes it and the
//! partnership disclaimer "(Read more about our partnership with …)". None is a claim to
//! check: the verdict is the outlet's finding on the claim it quotes, not a fresh assertion.

use std::sync::LazyLock;

use aho_corasick::{AhoCorasick, MatchKind};

use super::notices::{opens_sentence, sentence_end};
use crate::extract::text::trim_span;
use crate::extract::types::Span;

/// The ratings fact-checkers give, in lower case: PolitiFact's meter, USA Today's and AFP's
/// labels.
const VERDICTS: &[&str] = &[
    "true",
    "mostly true",
    "half true",
    "half-true",
    "mostly false",
    "false",
    "pants on fire",
    "pants on fire!",
    "partly false",
    "missing context",
    "needs context",
    "misleading",
    "altered",
    "satire",
    "unproven",
    "unsupported",
];

/// The openings of a verdict sentence, in lower case: the rating follows them.
const VERDICT_OPENINGS: &[&str] = &[
    "our ruling:",
    "our rating:",
    "we rate this claim ",
    "we rate this statement ",
    "we rate this post ",
];

/// The partnership disclaimer's opening, in lower case.
const DISCLAIMER: &str = "(read more about our ";

/// The verdict openings and the disclaimer in one automaton: one pass over the text finds
/// them all, where a substring search per phrase cost six. Leftmost-first, so that the search
/// may use the packed vectorised one (Teddy): the standard kind's prefilter stopped at every
/// "o" and "w". As no phrase holds another, both kinds find the same matches.
static OPENINGS: LazyLock<AhoCorasick> = LazyLock::new(|| {
    AhoCorasick::builder()
        .match_kind(MatchKind::LeftmostFirst)
        .build(VERDICT_OPENINGS.iter().chain([&DISCLAIMER]))
        .expect("fact-check openings")
});

/// The longest "Sources:" block read, in lines: a longer one is text.
const MAX_SOURCE_LINES: usize = 40;

/// Finds the fact-check furniture of `text` (`lowered` its ASCII-lower-cased copy; `lines`
/// the lines of `text`, `boilerplate::lines`).
pub(super) fn fact_check_furniture(
    (text, lowered): (&str, &str),
    lines: &[(usize, &str)],
    out: &mut Vec<Span>,
) {
    let mut push = |s: usize, e: usize| {
        let (s, e) = trim_span(text, s, e);
        if s < e {
            out.push(Span::new(s, e));
        }
    };
    for m in OPENINGS.find_iter(lowered) {
        let at = m.start();
        if m.pattern().as_usize() == VERDICT_OPENINGS.len() {
            if let Some(close) = text[at..].find([')', '\n']).filter(|i| *i <= 200) {
                if text[at + close..].starts_with(')') {
                    push(at, at + close + 1);
                }
            }
            continue;
        }
        if !opens_sentence(text, at) {
            continue;
        }
        let end = sentence_end(text, at);
        let rating = lowered[m.end()..end]
            .trim()
            .trim_start_matches("as ")
            .trim_end_matches(['.', ' ']);
        if VERDICTS.contains(&rating) {
            push(at, end);
        }
    }
    // the "Our ruling" heading alone on its line
    for &(at, line) in lines {
        // (its opening first: most lines are not "Our …")
        let opening = line.trim_start().get(..3);
        if !opening.is_some_and(|o| o.eq_ignore_ascii_case("our")) {
            continue;
        }
        let head = line.trim().trim_end_matches(':');
        if head.eq_ignore_ascii_case("our ruling") || head.eq_ignore_ascii_case("our rating") {
            push(at, at + line.len());
        }
    }
    if let Some(start) = sources_block(lines) {
        push(start, text.len());
    }
}

/// Where the "Sources:" list that closes a fact-check starts: a line opening with "Sources"
/// or "Our sources" (and a colon, or alone), not the text's first, with every line from it
/// to the end short (at most 400 bytes) and at least half of them holding a year or a web
/// address, as citations do ("Facebook post, Oct. 5, 2026").
fn sources_block(lines: &[(usize, &str)]) -> Option<usize> {
    let all: Vec<(usize, &str)> = lines
        .iter()
        .copied()
        .filter(|(_, l)| !l.trim().is_empty())
        .collect();
    let from = all.len().saturating_sub(MAX_SOURCE_LINES + 1);
    let (i, rest) = all
        .iter()
        .enumerate()
        .skip(from.max(1))
        .find_map(|(i, (_, l))| {
            let low = l.trim().to_ascii_lowercase();
            let rest = low
                .strip_prefix("our sources")
                .or_else(|| low.strip_prefix("sources"))?;
            (rest.is_empty() || rest.starts_with(':'))
                .then(|| (i, rest.trim_start_matches(':').trim().to_string()))
        })?;
    let block = &all[i..];
    let cites = |l: &str| {
        l.contains("http")
            || l.contains("www.")
            || l.as_bytes()
                .windows(4)
                .any(|w| w.iter().all(u8::is_ascii_digit) && matches!(&w[..2], b"19" | b"20"))
    };
    // the heading counts as a line where it holds the first citation
    let items: Vec<&str> = std::iter::once(rest.as_str())
        .filter(|r| !r.is_empty())
        .chain(block[1..].iter().map(|(_, l)| *l))
        .collect();
    let citing = items.iter().filter(|l| cites(l)).count();
    (!items.is_empty() && block.iter().all(|(_, l)| l.len() <= 400) && citing * 2 >= items.len())
        .then(|| block[0].0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn no_opening_holds_another() {
        // what lets `OPENINGS` be leftmost-first and find what the standard kind finds
        let all: Vec<&str> = VERDICT_OPENINGS
            .iter()
            .copied()
            .chain([DISCLAIMER])
            .collect();
        for (i, a) in all.iter().enumerate() {
            for (j, b) in all.iter().enumerate() {
                assert!(i == j || !a.contains(b), "{a} / {b}");
            }
        }
    }
}
