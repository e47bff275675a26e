//! A police appeal's call to action: "Anyone with information can contact Crimestoppers
//! anonymously on 0800 555 111.", "Anyone who saw the crash is asked to call 101, quoting log
//! 1932 of 14 June.", "Witnesses are urged to call the tip line at 555-0142." British and
//! American crime copy closes on such a line: it tells the reader whom to call and asserts
//! nothing to check, so the sentence is boilerplate (its phone number is no statistic).

use std::sync::LazyLock;

use aho_corasick::{AhoCorasick, Input, MatchKind};

use crate::extract::text::trim_span;
use crate::extract::types::Span;

/// The reader asked to get in touch, matched in the ASCII-lower-cased text at a sentence's
/// start: "anyone with information", "witnesses", "anybody who saw", "those with footage"
/// (one of [`OPENERS`] as a whole word), then a contact verb ([`CONTACTS`], opening a word)
/// within [`MAX_GAP`] characters of the same sentence. It was the pattern
/// `\b(?:anyone|…)\b[^.!?\n]{0,120}?\b(?:contact|…)` (ASCII word boundaries), read here as its
/// leftmost-first search reads it (`appeal_matches`): its bounded gap made it the costliest
/// pattern of the stage to build and to run, over every article holding "any".
const OPENERS: &[&str] = &[
    "anyone",
    "anybody",
    "witnesses",
    "those",
    "members of the public",
];

/// The contact verbs that close an appeal's opening (`e-mail` and `email` both).
const CONTACTS: &[&str] = &[
    "contact",
    "call",
    "ring",
    "phone",
    "e-mail",
    "email",
    "text",
    "get in touch",
    "come forward",
];

/// The most characters between an opener and its contact verb.
const MAX_GAP: usize = 120;

/// Whether `b` is an ASCII word byte (`(?-u:\w)`).
fn is_word_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'_'
}

/// The spans of the appeal openings in `lowered`, one after another as a regex's `find_iter`
/// gives them: from each place, the leftmost opener that is a whole word and has a contact verb
/// opening a word after it, at the fewest characters (none of them ".", "!", "?" or a newline);
/// the next is looked for after the verb.
fn appeal_matches(lowered: &str) -> Vec<(usize, usize)> {
    // leftmost-first, so that the search may use the packed vectorised one (Teddy)
    static WORDS: LazyLock<AhoCorasick> = LazyLock::new(|| {
        AhoCorasick::builder()
            .match_kind(MatchKind::LeftmostFirst)
            .build(OPENERS)
            .expect("literal words")
    });
    let b = lowered.as_bytes();
    let mut found = Vec::new();
    let mut at = 0;
    while let Some(m) = WORDS.find(Input::new(lowered).range(at..)) {
        at = m.start() + 1;
        let whole_word = (m.start() == 0 || !is_word_byte(b[m.start() - 1]))
            && b.get(m.end()).map_or(true, |&c| !is_word_byte(c));
        if !whole_word {
            continue;
        }
        if let Some(end) = contact_after(lowered, m.end()) {
            found.push((m.start(), end));
            at = end;
        }
    }
    found
}

/// Where the first contact verb opening a word within `MAX_GAP` characters after `from` ends,
/// with no sentence stop or newline before it.
fn contact_after(lowered: &str, from: usize) -> Option<usize> {
    let b = lowered.as_bytes();
    let mut pos = from;
    for gap in 0..=MAX_GAP {
        // (every verb opens with a letter: a word starts there when no word byte is before)
        if pos > 0 && !is_word_byte(b[pos - 1]) {
            let rest = &b[pos..];
            if let Some(verb) = CONTACTS.iter().find(|v| rest.starts_with(v.as_bytes())) {
                return Some(pos + verb.len());
            }
        }
        if gap == MAX_GAP {
            return None;
        }
        let c = lowered[pos..].chars().next()?;
        if matches!(c, '.' | '!' | '?' | '\n') {
            return None;
        }
        pos += c.len_utf8();
    }
    None
}

/// What the appeal is about or where it goes: information or sight of the event asked for,
/// or a line to call. One must be in the sentence, so "Anyone can call the senator's office"
/// stays text.
const ASKED: &[&str] = &[
    "information",
    "saw ",
    "seen ",
    "witnessed",
    "footage",
    "knows ",
    "crimestoppers",
    "crime stoppers",
    "hotline",
    "tip line",
    "tipline",
    "quoting",
];

/// The longest appeal read, in bytes.
const MAX_APPEAL: usize = 300;

/// Where the sentence opening at `from` ends: after a ".", "!" or "?" that a space or the
/// end follows (an e-mail address or "0800." inside stays in), or at the line's end.
fn appeal_end(text: &str, from: usize) -> usize {
    let bytes = text.as_bytes();
    let mut i = from;
    while i < bytes.len() {
        match bytes[i] {
            b'\n' => return i,
            b'.' | b'!' | b'?' if bytes.get(i + 1).map_or(true, |b| b.is_ascii_whitespace()) => {
                return i + 1
            }
            _ => {}
        }
        i += 1;
    }
    text.len()
}

/// The appeals of `text` (`lowered` its ASCII-lower-cased copy), each a sentence of its own.
pub(super) fn police_appeals(text: &str, lowered: &str, out: &mut Vec<Span>) {
    for (start, _) in appeal_matches(lowered) {
        if !super::notices::opens_sentence(text, start) {
            continue;
        }
        let end = appeal_end(text, start);
        if end - start > MAX_APPEAL {
            continue;
        }
        let sentence = &lowered[start..end];
        if !ASKED.iter().any(|w| sentence.contains(w)) {
            continue;
        }
        let (s, e) = trim_span(text, start, end);
        if s < e {
            out.push(Span::new(s, e));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::tests::bp;

    #[test]
    fn police_appeals_are_boilerplate() {
        let text = "A man was stabbed in Leeds on Friday. Anyone with information can contact \
                    the charity Crimestoppers anonymously on 0800 555 111.";
        assert_eq!(
            bp(text),
            ["Anyone with information can contact the charity Crimestoppers anonymously on 0800 555 111."]
        );
        let text = "The car left the road.\nAnyone who saw the crash or has dashcam footage is \
                    asked to call 101, quoting log 1932 of 14 June.";
        assert_eq!(
            bp(text),
            ["Anyone who saw the crash or has dashcam footage is asked to call 101, quoting log 1932 of 14 June."]
        );
        let text = "Witnesses are urged to call the sheriff's tip line at 555-0142.";
        assert_eq!(bp(text), [text]);
        let text = "Anyone with information should email tips@example.police.uk.";
        assert_eq!(bp(text), [text]);
    }

    /// The pattern the appeal search stands for.
    const PATTERN: &str = r"(?-u:\b)(?:anyone|anybody|witnesses|those|members of the public)(?-u:\b)[^.!?\n]{0,120}?(?-u:\b)(?:contact|call|ring|phone|e-?mail|text|get in touch|come forward)";

    #[test]
    fn appeal_search_finds_what_its_pattern_finds() {
        let re = regex::Regex::new(PATTERN).unwrap();
        let pieces = [
            "anyone",
            "anybody",
            "witnesses",
            "those",
            "members of the public",
            "contact",
            "call",
            "ring",
            "phone",
            "e-mail",
            "email",
            "text",
            "get in touch",
            "come forward",
            " ",
            " ",
            " ",
            "x",
            "_",
            "9",
            ".",
            "!",
            "?",
            "\n",
            ",",
            "-",
            "é",
            "’",
            "“",
            "someone",
            "recall",
            "bring",
            "contacts",
            "anyones",
            "those who",
            " with information ",
            "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
            "ééééééééééééééééééééééééééééé",
        ];
        // a fixed pseudo-random walk over the pieces (a linear congruential generator)
        let mut state: u64 = 0x2545_f491_4f6c_dd1d;
        for _ in 0..20_000 {
            let mut text = String::new();
            state = state
                .wrapping_mul(6_364_136_223_846_793_005)
                .wrapping_add(1);
            let n = (state >> 59) as usize + 1;
            for _ in 0..n * 2 {
                state = state
                    .wrapping_mul(6_364_136_223_846_793_005)
                    .wrapping_add(1);
                text.push_str(pieces[(state >> 33) as usize % pieces.len()]);
            }
            let expected: Vec<(usize, usize)> =
                re.find_iter(&text).map(|m| (m.start(), m.end())).collect();
            assert_eq!(super::appeal_matches(&text), expected, "{text:?}");
        }
        for text in [
            "Anyone who saw the crash is asked to call 101.",
            "those x call and anyone y text, witnesses:contact",
            "anyone_call anyone call",
        ] {
            let lowered = text.to_ascii_lowercase();
            let expected: Vec<(usize, usize)> = re
                .find_iter(&lowered)
                .map(|m| (m.start(), m.end()))
                .collect();
            assert_eq!(super::appeal_matches(&lowered), expected, "{text}");
        }
    }

    #[test]
    fn sentences_that_only_mention_calls_are_text() {
        for text in [
            "Anyone can call the senator's office, she said.",
            "Police said anyone with information should call 911.",
            "Those who voted for him did not call for a recount.",
            "The mayor urged anyone with information to come forward, calling the attack cowardly.",
        ] {
            assert!(bp(text).is_empty(), "{text}");
        }
    }
}
