//! Fact-check labels at the start of a line: "CLAIM:", "THE FACTS:", "FACT FOCUS:",
//! "VERDICT:". A label in capitals names the part of a fact-check that follows; it is
//! boilerplate, neither a speaker nor part of the claim after it. So is the heading of a box of
//! bullet points ("Key points:", "What we know:"), a kicker or a section's name alone on its line
//! ("ANALYSIS", "WORLD"), a credit for a wire's copy ("With inputs from PTI") and a correction
//! notice ("Correction, 4 April: An earlier version of this article said …").

use super::lexicon::{is_fact_check_label, is_kicker, is_section_label};
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
    "by the numbers",
    "fast facts",
    "in numbers",
    "key dates",
    "key facts",
    "key figures",
    "key numbers",
    "key points",
    "key takeaways",
    "quick facts",
    "the key points",
    "the numbers",
    "takeaways",
    "timeline",
    "what we know",
    "what we know so far",
    "what we don't know",
    "what you need to know",
];

/// The first letters of `LIST_HEADINGS`, by which `list_heading` turns most lines away.
const LIST_HEADING_OPENINGS: &[u8] = b"abfikqtw";

/// The boilerplate span of a line that is only the heading of a box of bullet points ("Key
/// points:", "What we know:", "At a glance"), a line of `text` at byte `at`: a page element
/// over the points, not a claim nor their speaker.
pub(super) fn list_heading(text: &str, at: usize, line: &str) -> Option<Span> {
    let body = line.trim();
    if body.len() > 30 {
        return None;
    }
    // every heading opens with one of `LIST_HEADING_OPENINGS` in either case: most short
    // lines stop here, before their copy is made and lower-cased (a character beyond ASCII
    // goes on, as the Kelvin sign lower-cases to "k")
    let opening = body.as_bytes().first().copied();
    if opening
        .is_some_and(|b| b.is_ascii() && !LIST_HEADING_OPENINGS.contains(&b.to_ascii_lowercase()))
    {
        return None;
    }
    let head = body.trim_end_matches(':').trim_end().replace('’', "'");
    if !LIST_HEADINGS.contains(&head.to_lowercase().as_str()) {
        return None;
    }
    let (s, e) = trim_span(text, at, at + line.len());
    (s < e).then(|| Span::new(s, e))
}

/// The boilerplate span of a line that is only a kicker or a section's name in capitals
/// ("ANALYSIS", "EXCLUSIVE", "WORLD", "OPINION |"), a line of `text` at byte `at`: the page's
/// label over the story, not a claim. In lower case ("Analysis") it may be a one-word headline.
pub(super) fn kicker_line(text: &str, at: usize, line: &str) -> Option<Span> {
    let body = line.trim();
    if body.len() > 24 || !body.starts_with(|c: char| c.is_ascii_uppercase()) {
        return None;
    }
    let label = body.trim_end_matches([':', '|', '.']).trim_end();
    let capitals = label
        .chars()
        .all(|c| !c.is_alphabetic() || c.is_uppercase());
    if !capitals || !(is_kicker(label) || is_section_label(label)) {
        return None;
    }
    let (s, e) = trim_span(text, at, at + line.len());
    (s < e).then(|| Span::new(s, e))
}

/// The openings of a credit for a wire's copy used in a story, in lower case.
const WIRE_CREDITS: &[&str] = &["with inputs from ", "with files from "];

/// The names credited on a line that is only a credit for a wire's copy, opened by a
/// parenthesis, a dash or nothing: "PTI" in "(With inputs from PTI)" or "-- With inputs from
/// PTI", "The Canadian Press" in "— With files from The Canadian Press", "agencies" in "With
/// inputs from agencies". A sentence that opens with the words ("With inputs from farmers, the
/// ministry …") names no one in capitals and is none.
pub(super) fn wire_credit_names(line: &str) -> Option<&str> {
    let body = line.trim().trim_start_matches(['(', '-', '–', '—', ' ']);
    let head = WIRE_CREDITS.iter().find(|h| {
        body.get(..h.len())
            .is_some_and(|b| b.eq_ignore_ascii_case(h))
    })?;
    let names = body[head.len()..].trim_end_matches([')', '.', ' ']);
    let name_word = |w: &str| {
        let w = w.trim_end_matches(',');
        w == "and" || w == "agencies" || w.starts_with(|c: char| c.is_uppercase())
    };
    (!names.is_empty() && names.len() <= 60 && names.split_whitespace().all(name_word))
        .then_some(names)
}

/// The boilerplate span of a line that is only a credit for a wire's copy
/// (`wire_credit_names`), a line of `text` at byte `at`.
pub(super) fn wire_credit(text: &str, at: usize, line: &str) -> Option<Span> {
    wire_credit_names(line)?;
    let (s, e) = trim_span(text, at, at + line.len());
    (s < e).then(|| Span::new(s, e))
}

/// The openings of a correction notice's paragraph, in lower case: its label ("Correction, 4
/// April:", "CLARIFICATION:") or its account of the error ("An earlier version of this
/// article said …").
const CORRECTION_OPENINGS: &[&str] = &[
    "correction",
    "clarification",
    "an earlier version of this ",
    "a previous version of this ",
    "an earlier version of the ",
    "a previous version of the ",
];

/// The boilerplate span of a correction notice, a line of `text` at byte `at`: "Correction, 4
/// April: An earlier version of this article said the council paid £26.2m. The correct figure
/// is £22.6m." It is the newsroom's note on its own copy, and the figure it retracts is no
/// claim. "Correction" must be a label, closed by a colon within a few words ("Correction
/// officers said …" is text).
pub(super) fn correction_notice(text: &str, at: usize, line: &str) -> Option<Span> {
    let body = line.trim_start();
    if !body.starts_with(['C', 'c', 'A', 'a']) || body.len() > 600 {
        return None;
    }
    let opening = CORRECTION_OPENINGS.iter().find(|o| {
        body.get(..o.len())
            .is_some_and(|b| b.eq_ignore_ascii_case(o))
    })?;
    if !opening.ends_with(' ') {
        // the label: "Correction:", "Corrections, 4 April:", "CLARIFICATION (May 2):"
        let rest = body[opening.len()..].trim_start_matches('s');
        let label_closes =
            rest.starts_with([':', ',', ' ', '(']) && rest.chars().take(30).any(|c| c == ':');
        if !label_closes {
            return None;
        }
    }
    let (s, e) = trim_span(text, at, at + line.len());
    (s < e).then(|| Span::new(s, e))
}

/// The openings, in lower case, of a sentence that notes the story is republished: "This
/// article was originally published by Gazeta Nowa".
const REPUBLICATION_OPENINGS: [&str; 6] = [
    "this article ",
    "this story ",
    "this piece ",
    "this report ",
    "the article ",
    "the story ",
];

/// Whether a relay's lead words ("originally published by") open a note that the story is
/// republished, so that the publisher named is the story's channel: the lead opens its
/// sentence, or the sentence opens on the story itself. `before` is the lower-cased line up
/// to the lead. A description of some other item ("The post, first published on November 3,
/// shows …") names no channel of the story's own.
pub(super) fn opens_republication_note(before: &str) -> bool {
    let sentence = before
        .rfind(['.', '!', '?'])
        .map_or(before, |k| &before[k + 1..])
        .trim_start_matches(|c: char| c.is_whitespace() || matches!(c, '(' | '*' | '_'));
    sentence.is_empty()
        || REPUBLICATION_OPENINGS
            .iter()
            .any(|o| sentence.starts_with(o))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_list_heading_opens_as_the_quick_test_expects() {
        // what lets `list_heading` turn away a line by its first byte
        for h in LIST_HEADINGS {
            assert!(LIST_HEADING_OPENINGS.contains(&h.as_bytes()[0]), "{h}");
        }
        assert!(list_heading("Key points:", 0, "Key points:").is_some());
        assert!(list_heading("\u{212a}ey points:", 0, "\u{212a}ey points:").is_some());
        assert!(list_heading("Main points:", 0, "Main points:").is_none());
    }
}
