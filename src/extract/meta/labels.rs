//! Fact-check labels at the start of a line: "CLAIM:", "THE FACTS:", "FACT FOCUS:",
//! "VERDICT:". A label in capitals names the part of a fact-check that follows; it is
//! boilerplate, neither a speaker nor part of the claim after it. So is the heading of a box of
//! bullet points ("Key points:", "What we know:").

use super::lexicon::is_fact_check_label;
use crate::extract::text::trim_span;
use crate::extract::types::Span;

/// The boilerplate span of a fact-check label in capitals at the start of `line`, a line of
/// `text` at byte `at`: the label and its colon ("THE FACTS:" in "THE FACTS: That is false.").
pub(super) fn fact_check_label(text: &str, at: usize, line: &str) -> Option<Span> {
    let colon = line.get(..40).unwrap_or(line).find(':')?;
    let head = line[..colon].trim();
    let capitals = head.chars().any(char::is_alphabetic)
        && head
            .chars()
            .all(|c| c.is_uppercase() || matches!(c, ' ' | '\t' | '\'' | '’'));
    if !capitals || !is_fact_check_label(head) {
        return None;
    }
    let (s, e) = trim_span(text, at, at + colon + 1);
    (s < e).then(|| Span::new(s, e))
}

/// The headings of a box of bullet points, in lower case, without their colon.
const LIST_HEADINGS: &[&str] = &[
    "at a glance",
    "key facts",
    "key points",
    "key takeaways",
    "the key points",
    "takeaways",
    "what we know",
    "what we know so far",
    "what we don't know",
    "what you need to know",
];

/// The boilerplate span of a line that is only the heading of a box of bullet points ("Key
/// points:", "What we know:", "At a glance"), a line of `text` at byte `at`: a page element
/// over the points, not a claim nor their speaker.
pub(super) fn list_heading(text: &str, at: usize, line: &str) -> Option<Span> {
    let body = line.trim();
    if body.len() > 30 {
        return None;
    }
    // every heading opens with "a", "k", "t" or "w" in either case: most short lines stop
    // here, before their copy is made and lower-cased (a character beyond ASCII goes on, as
    // the Kelvin sign lower-cases to "k")
    let opening = body.as_bytes().first().copied();
    if opening.is_some_and(|b| {
        b.is_ascii() && !matches!(b.to_ascii_lowercase(), b'a' | b'k' | b't' | b'w')
    }) {
        return None;
    }
    let head = body.trim_end_matches(':').trim_end().replace('’', "'");
    if !LIST_HEADINGS.contains(&head.to_lowercase().as_str()) {
        return None;
    }
    let (s, e) = trim_span(text, at, at + line.len());
    (s < e).then(|| Span::new(s, e))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_list_heading_opens_as_the_quick_test_expects() {
        // what lets `list_heading` turn away a line by its first byte
        for h in LIST_HEADINGS {
            assert!(matches!(h.as_bytes()[0], b'a' | b'k' | b't' | b'w'), "{h}");
        }
        assert!(list_heading("Key points:", 0, "Key points:").is_some());
        assert!(list_heading("\u{212a}ey points:", 0, "\u{212a}ey points:").is_some());
        assert!(list_heading("Main points:", 0, "Main points:").is_none());
    }
}
