//! A breaking story's notices to the reader: "This is a developing story and will be
//! updated.", "This story will be updated.", "Check back for more details.", and an interview's
//! editing note, "This interview has been condensed and edited for clarity.". A sentence that
//! promises an update or tells how a text was edited says nothing of the news: boilerplate,
//! wherever it stands in its line. So are two standing lines of court reporting: the legal
//! disclaimer "None of the allegations against him have been tested in court." (in that form
//! only) and the wire's case caption "The case is Doe v. Zentro Inc., No. CGC-25-601122.".

use std::sync::LazyLock;

use memchr::memmem::Finder;
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

/// The standing disclaimer of untested allegations, as a whole sentence, in the
/// ASCII-lower-cased text: "None of the allegations against him have been tested in court.",
/// "The allegations have not been tested in court.".
static UNTESTED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?-u:\b)(?:none of the allegations|the allegations)(?: against (?:him|her|them|it|the (?:men|women|man|woman|pair|couple|company|firm))| made against (?:him|her|them))? (?:have|has)(?: not| yet)? been (?:tested|proven|proved) in (?:a )?court\.",
    )
    .expect("untested allegations pattern")
});

/// A wire's case caption opening its line: "The case is Doe et al. v. Zentro Inc., No.
/// CGC-25-601122.", "The case is In re Zentro Securities Litigation, U.S. District Court for
/// the Northern District of California, No. 25-cv-01234.".
static CAPTION: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^the cases? (?:is|are) [^\n]*?(?: v\.? | vs\.? |in re )[^\n]*\bno\. ?[0-9a-z]")
        .expect("case caption pattern")
});

/// The longest case caption read, in bytes.
const MAX_CAPTION: usize = 300;

/// The court-reporting standing lines of `text` (`lowered` its ASCII-lower-cased copy): the
/// untested-allegations disclaimer, a sentence of its own, and the case caption, a line.
/// `lines` are `text`'s (`boilerplate::lines`), at the same offsets in `lowered`.
pub(super) fn court_notices(
    (text, lowered): (&str, &str),
    lines: &[(usize, &str)],
    out: &mut Vec<Span>,
) {
    // the regexes read only texts and lines that can hold them (and are built only then)
    static IN_COURT: LazyLock<Finder<'static>> = LazyLock::new(|| Finder::new("in court."));
    if IN_COURT.find(lowered.as_bytes()).is_some() {
        for m in UNTESTED.find_iter(lowered) {
            if opens_sentence(text, m.start()) {
                let (s, e) = trim_span(text, m.start(), m.end());
                out.push(Span::new(s, e));
            }
        }
    }
    // a caption's opening tested first: this walk over every line (`split` and two trims of
    // each) took some 16 million instructions on 840 articles
    for &(start, line) in lines {
        let line = &lowered[start..start + line.len()];
        let trimmed = line.trim_start();
        if !trimmed.starts_with("the case") {
            continue;
        }
        let lead = line.len() - trimmed.len();
        let body = trimmed.trim_end();
        if body.len() <= MAX_CAPTION && body.ends_with('.') && CAPTION.is_match(body) {
            let (s, e) = trim_span(text, start + lead, start + lead + body.len());
            out.push(Span::new(s, e));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::tests::bp;

    #[test]
    fn untested_allegations_and_case_captions_are_boilerplate() {
        let text = "Police said the man was charged on Friday.\nNone of the allegations against \
                    him have been tested in court.\nThe case is Doe et al. v. Zentro Inc., No. \
                    CGC-25-601122.\nThe company denies wrongdoing.";
        assert_eq!(
            bp(text),
            vec![
                "None of the allegations against him have been tested in court.",
                "The case is Doe et al. v. Zentro Inc., No. CGC-25-601122."
            ]
        );
        // allegations that were tested, and a case described, are news
        let text = "The allegations have been tested in court twice, and both times rejected.\n\
                    The case is likely to reach the Supreme Court next year.\nNone of the \
                    allegations were tested in court before the election, she said.";
        assert!(bp(text).is_empty(), "{:?}", bp(text));
    }
}
