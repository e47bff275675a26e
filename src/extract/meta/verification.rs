//! The newsroom's note that it could not check a claim: "Reuters could not independently
//! verify either side's battlefield reports.", "The figures could not be independently
//! verified.", and the same note set off after a claim, "Twelve militants were killed, the army
//! said, a figure that could not be independently verified." Conflict copy carries one in
//! nearly every story. It tells how the sourcing stands, not what happened, and it is not the
//! words of the source whose claim it qualifies: boilerplate, neither a claim nor part of one.

use std::sync::LazyLock;

use memchr::memmem::Finder;
use regex::Regex;

use crate::extract::text::trim_span;
use crate::extract::types::Span;

/// The note, matched in the ASCII-lower-cased text: a failure or impossibility, then
/// "independently verify/confirm" (either order), or "be verified independently".
static NOTE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?-u:\b)(?:could not|couldn't|cannot|can't|was unable to|were unable to|(?:has|have|had) not been able to|(?:has|have|had) been unable to|not possible to|no way to)(?: immediately| yet| be)*(?: independently (?:verify|verified|confirm|confirmed|corroborate|corroborated)| (?:verify|verified|confirm|confirmed|corroborate|corroborated)(?: [^.!?\n]{0,80}?)? independently)(?-u:\b)",
    )
    .expect("verification note pattern")
});

/// The head nouns of a note set off after a claim: ", a figure that could not be …".
const SET_OFF: &[&str] = &[
    "figure",
    "figures",
    "claim",
    "claims",
    "toll",
    "number",
    "account",
    "tally",
    "report",
    "reports",
    "assertion",
    "death",
];

/// Words that make the sentence a source's words ("The army said it could not independently
/// verify …"): the note is then theirs, a claim.
const REPORTING: &[&str] = &["said", "says", "told", "added", "stated", "according"];

/// The longest note read, in bytes.
const MAX_NOTE: usize = 220;

/// The verification notes of `text` (`lowered` its ASCII-lower-cased copy).
pub(super) fn verification_notes(text: &str, lowered: &str, out: &mut Vec<Span>) {
    // every note holds "independently": most articles hold none
    static INDEPENDENTLY: LazyLock<Finder<'static>> =
        LazyLock::new(|| Finder::new("independently"));
    if INDEPENDENTLY.find(lowered.as_bytes()).is_none() {
        return;
    }
    for m in NOTE.find_iter(lowered) {
        let line_start = lowered[..m.start()].rfind('\n').map_or(0, |i| i + 1);
        let Some(start) = note_start(text, lowered, line_start, m.start()) else {
            continue;
        };
        let end = note_end(text, m.start());
        if end - start > MAX_NOTE {
            continue;
        }
        let (s, e) = trim_span(text, start, end);
        if s < e {
            out.push(Span::new(s, e));
        }
    }
}

/// Where the note whose match starts at `from` ends: at its sentence's end, or before a clause
/// joined to it (", and the ministry did not respond"), which says more than the note.
fn note_end(text: &str, from: usize) -> usize {
    let end = super::notices::sentence_end(text, from);
    let part = &text[from..end];
    [", and ", ", but ", "; "]
        .iter()
        .filter_map(|j| part.find(j))
        .min()
        .map_or(end, |i| from + i)
}

/// Where the note holding the match at `at` opens: at its sentence's start, when the subject
/// before it is up to six words with no reporting verb ("Reuters", "The figures", "The BBC
/// has"), or after a comma, when it is set off as ", a figure that …". `None` when the note is
/// inside a source's words or a longer sentence.
fn note_start(text: &str, lowered: &str, line_start: usize, at: usize) -> Option<usize> {
    let before = &lowered[line_start..at];
    let sentence = before
        .rfind(". ")
        .or_else(|| before.rfind("? "))
        .map_or(0, |i| i + 2);
    let head = &before[sentence..];
    let words: Vec<&str> = head.split_whitespace().collect();
    // ", a figure that could not …", ", a claim which cannot …"
    if let Some(comma) = head.rfind(", ") {
        let tail: Vec<&str> = head[comma + 2..].split_whitespace().collect();
        // "a figure that", "claims that", "an account which"
        if let [first, .., noun, rel] | [first @ noun, rel] = &tail[..] {
            let opens = noun == first || matches!(*first, "a" | "an" | "the");
            if opens
                && tail.len() <= 4
                && matches!(*rel, "that" | "which")
                && SET_OFF.contains(noun)
            {
                return Some(line_start + sentence + comma + 2);
            }
        }
    }
    let subject = words.len() <= 6
        && !words.iter().any(|w| {
            REPORTING.contains(&w.trim_matches(|c: char| !c.is_ascii_alphabetic()))
                || w.ends_with(',')
        });
    let start = line_start + sentence;
    (subject && super::notices::opens_sentence(text, start)).then_some(start)
}

#[cfg(test)]
mod tests {
    use super::super::tests::bp;

    #[test]
    fn the_newsroom_s_note_that_it_could_not_verify_is_boilerplate() {
        let text = "Twelve militants were killed, the army said, a figure that could not be \
                    independently verified.";
        assert_eq!(
            bp(text),
            ["a figure that could not be independently verified."]
        );
        for text in [
            "Reuters could not independently verify either side's battlefield reports.",
            "The figures could not be independently verified.",
            "AFP was unable to independently confirm the toll.",
            "The BBC has not been able to verify the footage independently.",
        ] {
            assert_eq!(bp(text), [text]);
        }
        let text = "Shelling hit the port, officials said, claims that could not be \
                    independently verified.";
        assert_eq!(
            bp(text),
            ["claims that could not be independently verified."]
        );
        // a clause joined after the note is more than the note
        let text = "The figures could not be independently verified, and the ministry did not \
                    respond.";
        assert_eq!(
            bp(text),
            ["The figures could not be independently verified"]
        );
        let text = "Shelling hit the port overnight. Al Jazeera could not independently verify \
                    the reports.";
        assert_eq!(
            bp(text),
            ["Al Jazeera could not independently verify the reports."]
        );
    }

    #[test]
    fn a_source_s_own_doubt_is_text() {
        for text in [
            "The army said it could not independently verify the militants' claims.",
            "Police could not confirm the identity of the victim.",
            "Officials, who could not independently verify the video, urged calm.",
        ] {
            assert!(bp(text).is_empty(), "{text}");
        }
    }
}
