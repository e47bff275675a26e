//! The footer that closes a printed paper's web copy: the print credit ("Published in Dawn,
//! November 28th, 2026"), the writer's note of an opinion piece ("The writer is a former
//! ambassador.") and the writer's address under it ("Twitter: @handle").

use std::sync::LazyLock;

use regex::Regex;

use crate::extract::text::trim_span;
use crate::extract::types::Span;

/// How many of the last non-blank lines may be such a footer.
const FOOTER_LINES: usize = 5;

/// The longest line (in bytes) read as a footer.
const MAX_LINE: usize = 300;

/// A print credit: "Published in" and the paper (and section), then its date: "Published in
/// Dawn, November 28th, 2026", "Published in The Express Tribune, 28 November, 2026.".
static PRINT_CREDIT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)^[ \t\u{a0}]*published in [a-z][^\n]*?,[ \t]*(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?[ \t]+\d{1,2}(?:st|nd|rd|th)?|\d{1,2}(?:st|nd|rd|th)?[ \t]+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?),?[ \t]+\d{4}[ \t]*\.?[ \t\r]*$",
    )
    .expect("print credit pattern")
});

/// Whether `line` is a writer's note: "The writer is a former ambassador.", "The writers are
/// lawyers based in Lahore.", "The author is Pakistan's former envoy to the UN." The word after
/// the verb must open a description ("a", "an", "the", "former", a capital), so that a last
/// judgement of a review ("The writer is at her best …") stays text.
fn is_writer_note(line: &str) -> bool {
    let line = line.trim();
    let Some(rest) = [
        "The writer is ",
        "The writer was ",
        "The writers are ",
        "The author is ",
    ]
    .into_iter()
    .chain(["The author was ", "The authors are "])
    .find_map(|head| line.strip_prefix(head)) else {
        return false;
    };
    let next = rest.split_whitespace().next().unwrap_or("");
    matches!(next, "a" | "an" | "the" | "former" | "currently" | "also")
        || next.chars().next().is_some_and(char::is_uppercase)
}

/// Whether `line` is a writer's address alone: "Twitter: @handle", "ann@example.com": an "@"
/// in at most three words.
fn is_address(line: &str) -> bool {
    let line = line.trim();
    line.len() <= 80 && line.contains('@') && line.split_whitespace().count() <= 3
}

/// The footer lines at the end of `text` (`FOOTER_LINES` non-blank lines at most): print
/// credits, writer's notes and addresses, up from the last line to the first that is none of
/// them; lines already in `found` (a copyright line) are passed over.
pub(super) fn print_footer(text: &str, found: &mut Vec<Span>) {
    let mut end = text.len();
    let mut seen = 0;
    let mut footer = Vec::new();
    for line in text.rsplit('\n') {
        let start = end - line.len();
        end = start.saturating_sub(1);
        let (s, e) = trim_span(text, start, start + line.len());
        if s >= e || found.iter().any(|b| b.start <= s && e <= b.end) {
            continue;
        }
        let body = &text[s..e];
        seen += 1;
        let first = body.as_bytes()[0];
        let is_footer = body.len() <= MAX_LINE
            && ((matches!(first, b'P' | b'p') && PRINT_CREDIT.is_match(body))
                || (first == b'T' && is_writer_note(body))
                || is_address(body));
        if seen > FOOTER_LINES || !is_footer {
            break;
        }
        footer.push(Span::new(s, e));
    }
    // an address alone is no footer: it belongs under a note or over a credit
    if footer.iter().any(|f| !is_address(f.of(text))) {
        found.extend(footer);
    }
}
