//! A police appeal's call to action: "Anyone with information can contact Crimestoppers
//! anonymously on 0800 555 111.", "Anyone who saw the crash is asked to call 101, quoting log
//! 1932 of 14 June.", "Witnesses are urged to call the tip line at 555-0142." British and
//! American crime copy closes on such a line: it tells the reader whom to call and asserts
//! nothing to check, so the sentence is boilerplate (its phone number is no statistic).

use std::sync::LazyLock;

use memchr::memmem::Finder;
use regex::Regex;

use crate::extract::text::trim_span;
use crate::extract::types::Span;

/// The reader asked to get in touch, matched in the ASCII-lower-cased text at a sentence's
/// start: "anyone with information", "witnesses", "anybody who saw", "those with footage",
/// then a contact verb in the same sentence.
static APPEAL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?-u:\b)(?:anyone|anybody|witnesses|those|members of the public)(?-u:\b)[^.!?\n]{0,120}?(?-u:\b)(?:contact|call|ring|phone|e-?mail|text|get in touch|come forward)",
    )
    .expect("appeal pattern")
});

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
    // every appeal opens on one of these words, and most articles hold none: look for them
    // first, in one vectorised scan each
    static ANY: LazyLock<Finder<'static>> = LazyLock::new(|| Finder::new("any"));
    static WITNESS: LazyLock<Finder<'static>> = LazyLock::new(|| Finder::new("witnesses"));
    static THOSE: LazyLock<Finder<'static>> = LazyLock::new(|| Finder::new("those"));
    static PUBLIC: LazyLock<Finder<'static>> = LazyLock::new(|| Finder::new("members of the"));
    let b = lowered.as_bytes();
    if ANY.find(b).is_none()
        && WITNESS.find(b).is_none()
        && THOSE.find(b).is_none()
        && PUBLIC.find(b).is_none()
    {
        return;
    }
    for m in APPEAL.find_iter(lowered) {
        if !super::notices::opens_sentence(text, m.start()) {
            continue;
        }
        let end = appeal_end(text, m.start());
        if end - m.start() > MAX_APPEAL {
            continue;
        }
        let sentence = &lowered[m.start()..end];
        if !ASKED.iter().any(|w| sentence.contains(w)) {
            continue;
        }
        let (s, e) = trim_span(text, m.start(), end);
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
