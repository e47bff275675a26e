//! A breaking story's notices to the reader: "This is a developing story and will be
//! updated.", "This story will be updated.", "Check back for more details.", and an interview's
//! editing note, "This interview has been condensed and edited for clarity.". A sentence that
//! promises an update or tells how a text was edited says nothing of the news: boilerplate,
//! wherever it stands in its line.

use std::sync::LazyLock;

use regex::Regex;

use crate::extract::text::trim_span;
use crate::extract::types::Span;

/// A notice's opening words, matched in the ASCII-lower-cased text; `sentence_end` finds its
/// end.
static NOTICE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?-u:\b)(?:this is an? (?:developing|breaking)(?: news)? (?:story|situation|report)|this (?:story|article|report|post|page) (?:is developing|will be updated|is being updated|may be updated|will update)|check back (?:later |soon |here )?(?:for|with) (?:more|updates|the latest|further)|(?:more|further) (?:details|information|updates) (?:to come|to follow|will follow)|updates to follow|(?:(?:this|the) (?:interview|conversation|transcript|q&a|exchange|discussion|chat) (?:has been|was)|(?:questions and )?(?:answers|responses) (?:have been|were)) (?:lightly |slightly |heavily )?(?:edited|condensed) (?:and (?:lightly )?(?:edited|condensed)|for (?:length|clarity|brevity|space|readability)))(?-u:\b)",
    )
    .expect("update notice pattern")
});

/// The longest notice read, in bytes: a longer sentence is text that mentions an update.
const MAX_NOTICE: usize = 160;

/// Where the sentence that opens at `from` ends: after its first ".", "!" or "?", or at its
/// line's end.
pub(super) fn sentence_end(text: &str, from: usize) -> usize {
    let rest = &text[from..];
    match rest.find(['.', '!', '?', '\n']) {
        Some(i) if rest.as_bytes()[i] != b'\n' => from + i + 1,
        Some(i) => from + i,
        None => text.len(),
    }
}

/// Whether byte `at` of `text` opens a sentence: the line's start, or after a sentence's end
/// and a space.
pub(super) fn opens_sentence(text: &str, at: usize) -> bool {
    let before = text[..at].trim_end_matches([' ', '\t', '\u{a0}']);
    before.is_empty()
        || before.ends_with(['\n', '.', '!', '?', '"', '”'])
        || before.len() < at && before.ends_with(['—', '–', '-', '*'])
}

/// The update notices of `text` (`lowered` its ASCII-lower-cased copy), each a sentence of its
/// own: "This is a developing story and will be updated."
pub(super) fn update_notices(text: &str, lowered: &str, out: &mut Vec<Span>) {
    for m in NOTICE.find_iter(lowered) {
        if !opens_sentence(text, m.start()) {
            continue;
        }
        let end = sentence_end(text, m.start());
        if end - m.start() > MAX_NOTICE {
            continue;
        }
        let (s, e) = trim_span(text, m.start(), end);
        if s < e {
            out.push(Span::new(s, e));
        }
    }
}
