//! The footer that closes a printed paper's web copy: the print credit ("Published in Dawn,
//! November 28th, 2026"), the writer's note of an opinion piece ("The writer is a former
//! ambassador.") and the writer's address under it ("Twitter: @handle"); and a wire's note of
//! who funds a desk ("… receives support from …. The AP is solely responsible for all
//! content.").

use crate::extract::types::Span;

/// How many of the last non-blank lines may be such a footer.
const FOOTER_LINES: usize = 5;

/// The longest line (in bytes) read as a footer.
const MAX_LINE: usize = 300;

/// The months as a print credit writes them, by their first three letters.
const MONTHS: &[&str] = &[
    "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
];

/// Whether `line` is a print credit: "Published in" and the paper (and section), then after
/// a comma its date: "Published in Dawn, November 28th, 2026", "Published in The Express
/// Tribune, 28 November, 2026.". Read by hand: a pattern for it cost as much to build as the
/// stage spends on all the credits it reads.
fn is_print_credit(line: &str) -> bool {
    let line = line.trim();
    let head = "published in ";
    if !line
        .get(..head.len())
        .is_some_and(|h| h.eq_ignore_ascii_case(head))
    {
        return false;
    }
    let Some((paper, date)) = line[head.len()..].rsplit_once(',') else {
        return false;
    };
    // "November 28th, 2026": the comma before the year is the last one
    let (paper, date) = match paper.rsplit_once(',') {
        Some((p, day)) if date.trim().trim_end_matches('.').len() == 4 => {
            (p, format!("{day} {date}"))
        }
        _ => (paper, date.to_string()),
    };
    let words: Vec<&str> = date
        .trim_end_matches(['.', ' '])
        .split_whitespace()
        .collect();
    let month = |w: &str| {
        w.len() >= 3
            && w.chars().all(|c| c.is_ascii_alphabetic() || c == '.')
            && MONTHS.contains(&w[..3].to_ascii_lowercase().as_str())
    };
    let day = |w: &str| {
        let digits = w.trim_end_matches(|c: char| c.is_ascii_alphabetic());
        (1..=2).contains(&digits.len())
            && digits.bytes().all(|b| b.is_ascii_digit())
            && matches!(&w[digits.len()..], "" | "st" | "nd" | "rd" | "th")
    };
    let year = |w: &str| w.len() == 4 && w.bytes().all(|b| b.is_ascii_digit());
    paper.trim_start().starts_with(|c: char| c.is_alphabetic())
        && matches!(words.as_slice(), [a, b, y] if year(y) && (month(a) && day(b) || day(a) && month(b)))
}

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

/// The words by which a newsroom describes itself and its funding under its stories: "Full
/// Fact is an independent fact-checking charity. We are funded by …", "… is a nonprofit
/// newsroom".
const SELF_DESCRIPTIONS: &[&str] = &[
    "we are funded by",
    "fact-checking charity",
    "fact-checking organisation",
    "fact-checking organization",
    "independent newsroom",
    "nonprofit newsroom",
    "non-profit newsroom",
    "nonprofit news organization",
    "nonprofit news organisation",
    "non-profit news organization",
    "non-profit news organisation",
];

/// Whether `line` is a funder's disclosure: "The Associated Press Health and Science
/// Department receives support from the … Group. The AP is solely responsible for all
/// content.", a wire's note on who pays for a desk, and on its own the closing sentence; or a
/// newsroom's note on itself (`SELF_DESCRIPTIONS`).
fn is_funding_note(line: &str) -> bool {
    let lower = line.trim().to_lowercase();
    lower.contains("solely responsible for all content")
        || SELF_DESCRIPTIONS.iter().any(|p| lower.contains(p))
        || ["receives support from", "receives financial support from"]
            .iter()
            .any(|p| lower.contains(p))
            && lower.contains("responsible for")
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
    let mut seen = 0;
    let mut footer = Vec::new();
    for (s, e) in super::boilerplate::lines_from_end(text, found) {
        let body = &text[s..e];
        seen += 1;
        let first = body.as_bytes()[0];
        let is_footer = body.len() <= MAX_LINE
            && ((matches!(first, b'P' | b'p') && is_print_credit(body))
                || (first == b'T' && is_writer_note(body))
                || is_address(body)
                || is_funding_note(body));
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_wires_note_of_who_funds_a_desk_is_furniture() {
        let text = "Fish oil cut strokes, a study found.\n\nThe Associated Press Health and Science Department receives support from the Example Institute. The AP is solely responsible for all content.\n";
        let mut found = Vec::new();
        print_footer(text, &mut found);
        assert_eq!(found.len(), 1);
        assert!(found[0].of(text).starts_with("The Associated Press Health"));
        let claims = crate::extract::extract(text).claims;
        assert_eq!(claims.len(), 1, "{claims:?}");
        // a newsroom's note on itself under the story
        let text = "Knife crime fell by 4%, the ONS said.\n\nTallybook is an independent \
                    fact-checking charity. We are funded by readers and trusts.\n";
        let claims = crate::extract::extract(text).claims;
        assert_eq!(claims.len(), 1, "{claims:?}");
        // a sentence about a funder in the story stays text
        assert!(!is_funding_note(
            "The hospital receives support from the state, officials said."
        ));
    }
}
