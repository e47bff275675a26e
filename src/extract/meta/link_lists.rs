//! The list of links under a "Read more:" or "Related:" heading: each bullet is the headline of
//! another story on the site ("- How we fact check"), page furniture like its heading.

use crate::extract::text::trim_span;
use crate::extract::types::Span;

/// The openings of a heading over links to other stories, in lower case.
const LINK_HEADINGS: &[&str] = &[
    "also read",
    "further reading",
    "more on this",
    "more on this story",
    "read also",
    "read more",
    "read next",
    "recommended",
    "related",
    "related articles",
    "related coverage",
    "related stories",
    "see also",
    "you may also like",
];

/// The first letters of `LINK_HEADINGS`, by which `link_lists` turns most lines away.
const LINK_HEADING_OPENINGS: &[u8] = b"afmrsy";

/// The longest bullet (in bytes) read as a link: a headline, not a paragraph.
const MAX_LINK: usize = 160;

/// Whether `line` is only a heading over links: one of `LINK_HEADINGS`, with or without its
/// colon ("Read more:", "Related stories").
fn is_link_heading(line: &str) -> bool {
    let body = line.trim().trim_end_matches([':', ' ']);
    body.len() <= 24 && LINK_HEADINGS.iter().any(|h| body.eq_ignore_ascii_case(h))
}

/// The text of `line` after its bullet ("-", "•", "*", "–", "·"), if it opens with one and a
/// space.
fn bullet_text(line: &str) -> Option<&str> {
    let body = line.trim_start();
    let rest = body.strip_prefix(['-', '•', '*', '–', '·'])?;
    rest.starts_with([' ', '\t']).then(|| rest.trim())
}

/// Adds to `found` the bullets under each link heading of `text` (whose `lines` are given):
/// every bullet line after the heading, blank lines between them aside, up to the first line
/// that is no short bullet.
pub(super) fn link_lists(text: &str, lines: &[(usize, &str)], found: &mut Vec<Span>) {
    let mut open = false;
    for &(at, line) in lines {
        if line.trim().is_empty() {
            continue;
        }
        // a heading is short and opens with one of a few letters: most lines stop here
        let first = line.trim_start().as_bytes()[0].to_ascii_lowercase();
        if line.len() <= 40 && LINK_HEADING_OPENINGS.contains(&first) && is_link_heading(line) {
            open = true;
            continue;
        }
        if !open {
            continue;
        }
        open = line.len() <= MAX_LINK && bullet_text(line).is_some_and(|t| !t.is_empty());
        if open {
            let (s, e) = trim_span(text, at, at + line.len());
            found.push(Span::new(s, e));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::tests::bp;
    use super::*;

    #[test]
    fn every_link_heading_opens_as_the_quick_test_expects() {
        for h in LINK_HEADINGS {
            assert!(LINK_HEADING_OPENINGS.contains(&h.as_bytes()[0]), "{h}");
        }
    }

    #[test]
    fn the_links_under_a_read_more_heading_are_boilerplate() {
        let text = "The toll rose to 12, police said.\n\nRead more:\n- How the storm formed\n\n\
                    - Five charts on the flooding\n\nThe mayor said the roads would reopen.";
        assert_eq!(
            bp(text),
            vec![
                "Read more:",
                "- How the storm formed",
                "- Five charts on the flooding"
            ]
        );
        let claims = crate::extract::extract(text).claims;
        assert_eq!(claims.len(), 2, "{claims:?}");
    }

    #[test]
    fn bullets_under_any_other_heading_are_text() {
        let text = "The toll rose to 12, police said.\n\nWhat the council decided:\n- Roads \
                    reopen on Monday\n- Schools stay shut";
        assert!(bp(text).is_empty(), "{:?}", bp(text));
        // a paragraph after the heading closes the list: a bullet after it is text
        let text = "Related:\n- Storm timeline\nThe mayor spoke.\n- Roads reopen on Monday";
        assert_eq!(bp(text), vec!["Related:", "- Storm timeline"]);
    }
}
