//! Bylines, time stamps and reporting credits, each on a line of its own ("By Ann Lee in
//! Kyiv", "Updated: 5:43 PM ET", "Bo Diaz contributed reporting."), matched by patterns in the
//! line's letter shape with a cheap test first.

use std::sync::LazyLock;

use memchr::memmem::Finder;
use regex::Regex;

use super::shape::letter_shape;

/// A byline or a time stamp on a line of its own: "By Jane Doe and John Roe, Reuters", "By Ann
/// Lee, Environment correspondent", "By Chris Dunmore at Ewood Park", "Sketch by Ann Lee", "Updated: 5:43 PM ET, March 3, 2024", "Published 10 June
/// 2024". Matched in the line's letter shape (`letter_shape`; with `\p{Lu}` and `\p{L}` it took
/// 2.9 ms to build, 15 times as long), where a time stamp's tail is any length:
/// `is_byline_or_stamp` counts it.
static BYLINE_OR_STAMP: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&byline_pattern("A-Z", "A-Za-z", r"(?P<tail>[^\n]*)")).expect("byline pattern")
});

/// `BYLINE_OR_STAMP` as it reads the original line, for the rare line with a character
/// `letter_shape` does not know.
static BYLINE_OR_STAMP_EXACT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&byline_pattern(r"\p{Lu}", r"\p{L}", r"[^\n]{0,60}")).expect("exact byline pattern")
});

/// The byline pattern with `upper` and `letter` as the contents of the classes of upper-case
/// letters and letters, and `tail` for what follows a time stamp's first digit or month. A
/// match is always the whole line.
fn byline_pattern(upper: &str, letter: &str, tail: &str) -> String {
    let name = format!(r"[{upper}][{letter}.'’\-]*");
    format!(
        r"^[ \t\u{{a0}}\u{{feff}}]*(?:(?:(?i:analysis|sketch|review|commentary|interview|report)[ \t]+)?(?i:by)[ \t]+{name}(?:[ \t]+{name}){{1,3}}(?:[ \t]*(?:,[ \t]*(?i:and)|,|(?i:and)|&|\|)[ \t]*{name}(?:[ \t]+{name}){{0,4}})*(?:[ \t]+(?i:at|in)[ \t]+{name}(?:[ \t]+{name}){{0,3}})?(?:[ \t]*,[ \t]*[^\n,;:.!?]*(?i:correspondent|editor|reporter|writer|columnist|contributor|journalist|producer|staff|bureau[ \t]+chief)s?)?|(?i:(?:last )?(?:updated|published|posted)(?:[ \t]+(?:on|at))?)[ \t]*:?[ \t]*(?:\d|(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun)[{letter}]*){tail})[ \t\r]*$"
    )
}

/// Whether `line` (without its "\n") is a byline or a time stamp as `BYLINE_OR_STAMP_EXACT`
/// reads it. In the letter shape a time stamp's tail is as long as it can be: a digit is one
/// character and a month's letters run to their end, while the words before it leave no
/// choice, so it is the shortest tail any reading of the line gives, and the line is one where
/// that tail, without the spaces that end the line, is at most 60 characters.
pub(super) fn is_byline_or_stamp(line: &str) -> bool {
    let Some(shape) = letter_shape(line) else {
        return BYLINE_OR_STAMP_EXACT.is_match(line);
    };
    let Some(c) = BYLINE_OR_STAMP.captures(&shape) else {
        return false;
    };
    c.name("tail").map_or(true, |t| {
        let tail = line[t.start()..].trim_end_matches([' ', '\t', '\r']);
        tail.chars().count() <= 60
    })
}

/// A reporting credit on a line of its own: "Ann Lee contributed reporting.", "Bo Diaz and Ed
/// Lim contributed reporting from Lagos.", "Lee reported from Washington; Diaz from Kyiv."
/// Matched in the line's letter shape (see `BYLINE_OR_STAMP`; with `\p{Lu}` and `\p{L}` it
/// took 10 times as long to build). A match is always the whole line.
static CREDIT_LINE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(&credit_pattern("A-Z", "A-Za-z")).expect("credit line pattern"));

/// `CREDIT_LINE` as it reads the original line, for the rare line where the letter shape could
/// read otherwise.
static CREDIT_LINE_EXACT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&credit_pattern(r"\p{Lu}", r"\p{L}")).expect("exact credit line pattern")
});

/// The credit line pattern with `upper` and `letter` as the contents of the classes of
/// upper-case letters and letters.
fn credit_pattern(upper: &str, letter: &str) -> String {
    let name = format!(r"[{upper}][{letter}.'’\-]*");
    format!(
        r"^[ \t\u{{a0}}\u{{feff}}]*{name}(?:,?[ \t]+(?:and[ \t]+)?{name})*[ \t]+(?:contributed[ \t]+(?:reporting|research|to[ \t]+this[ \t]+(?:report|story|article))(?-u:\b)|reported[ \t]+from[ \t]+[{upper}])[^\n]*$"
    )
}

/// Whether `line` (without its "\n") is a reporting credit as `CREDIT_LINE_EXACT` reads it.
/// The letter shape reads it so but where a word the pattern ends with a word boundary
/// ("reporting", "report", …) is followed by a stand-in, a letter there though the original
/// has a non-ASCII character, which ends an ASCII word: such a line, or one with a character
/// `letter_shape` does not know, goes to the exact pattern.
pub(super) fn is_credit_line(line: &str) -> bool {
    let in_doubt = |shape: &str| {
        ["reporting", "research", "report", "story", "article"]
            .into_iter()
            .any(|word| {
                shape
                    .match_indices(word)
                    .any(|(i, _)| matches!(shape.as_bytes().get(i + word.len()), Some(b'Q' | b'q')))
            })
    };
    match letter_shape(line) {
        Some(shape) if !in_doubt(&shape) => CREDIT_LINE.is_match(&shape),
        _ => CREDIT_LINE_EXACT.is_match(line),
    }
}

/// Whether a line may be a reporting credit (`CREDIT_LINE`): a cheap test first, and the
/// length bound the pattern leaves out (a bounded repetition would make it slow to build).
pub(super) fn may_be_credit(line: &str) -> bool {
    line.len() <= 300 && holds_credit_words(line)
}

/// Whether `text` holds " contributed " or " reported from " (searchers built once:
/// `str::contains` builds one a call). A line holds them only if its article does.
pub(super) fn holds_credit_words(text: &str) -> bool {
    static CONTRIBUTED: LazyLock<Finder<'static>> = LazyLock::new(|| Finder::new(" contributed "));
    static REPORTED_FROM: LazyLock<Finder<'static>> =
        LazyLock::new(|| Finder::new(" reported from "));
    let bytes = text.as_bytes();
    CONTRIBUTED.find(bytes).is_some() || REPORTED_FROM.find(bytes).is_some()
}

/// Whether a line opens as `BYLINE_OR_STAMP` requires ("By", "Updated", "Published", "Posted",
/// "Last"), so that the pattern, slow to build and to run, is tried on few lines.
pub(super) fn may_be_byline_or_stamp(line: &str) -> bool {
    let rest = line.trim_start_matches([' ', '\t', '\u{a0}', '\u{feff}']);
    let opens = |word: &str| {
        rest.get(..word.len())
            .is_some_and(|head| head.eq_ignore_ascii_case(word))
    };
    opens("by ")
        || opens("by\t")
        || ["last ", "updated", "published", "posted"]
            .into_iter()
            .any(opens)
        || [
            "analysis ",
            "sketch ",
            "review ",
            "commentary ",
            "interview ",
            "report ",
        ]
        .into_iter()
        .any(|w| {
            opens(w)
                && rest[w.len()..]
                    .trim_start()
                    .get(..3)
                    .is_some_and(|b| b.eq_ignore_ascii_case("by "))
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_byline_may_place_the_writer_or_name_the_kind_of_piece() {
        for line in [
            "By Chris Dunmore at Ewood Park",
            "By Ann Lee in Kyiv",
            "Sketch by Felicity Harcourt",
            "Analysis by Ann Lee, Political correspondent",
        ] {
            assert!(may_be_byline_or_stamp(line), "{line}");
            assert!(is_byline_or_stamp(line), "{line}");
        }
        // a sentence is no byline
        for line in [
            "By Friday the rebels had left Kyiv.",
            "Sketch artists were barred from the court.",
            "Report by the auditor was delayed",
        ] {
            assert!(!is_byline_or_stamp(line), "{line}");
        }
    }
}
