//! The South Asian body-lead dateline in title case: "Patna: The counting of votes will begin
//! at 8 am on Tuesday, …", as the Times of India, The Hindu and the PTI and IANS wires set
//! the first paragraph. Told without a gazetteer: one or two capitalised words and a colon
//! open the first paragraph of the body (the first line that ends a sentence, not the text's
//! first line where more follow: that is the headline), and a full clause follows. A
//! headline's label ("Lucknow: BJP set to sweep", "Sanders: Clinton needs to …") is so; a
//! quotation after the colon ("Trump: 'We will win'") is a speaker's; a transcript's
//! speakers label many lines; kickers ("Revealed:", "Exclusive:") are no places.

use std::sync::LazyLock;

use regex::Regex;

use super::dateline::{ends_sentence, reads_like_headline, Dateline};
use super::lexicon::{canonical_agency, is_kicker};

/// Labels in title case that open a paragraph and name no place.
const NOT_PLACES: &[&str] = &[
    "revealed",
    "watch",
    "listen",
    "read",
    "video",
    "pictured",
    "explained",
    "explainer",
    "comment",
    "disclaimer",
    "source",
    "sources",
    "credit",
    "warning",
    "question",
    "answer",
    "summary",
    "background",
    "context",
    "verdict",
    "related",
    "photo",
    "caption",
    "tags",
    "topics",
    "advertisement",
    "also",
    "more",
    "why",
    "what",
    "how",
    "who",
    "when",
    "where",
    "here",
    "result",
    "results",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "today",
    "yesterday",
    "update",
    "updated",
    "note",
    "quote",
    // "The Latest:", "Key Points:", "Bottom Line:", "Fact Check:"
    "the",
    "latest",
    "key",
    "points",
    "highlights",
    "takeaways",
    "bottom",
    "line",
    "fact",
    "check",
    "timeline",
    "recap",
];

/// One or two capitalised words and a colon, then a capitalised word: "Patna: The …",
/// "New Delhi: Voting …".
static TITLE_COLON: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^[ \t]*(?P<place>\p{Lu}\p{Ll}+(?:[ ]\p{Lu}\p{Ll}+)?):[ \t]+\p{Lu}\p{Ll}*\b")
        .expect("title-case dateline pattern")
});

/// Whether `body` may match `TITLE_COLON`: after spaces and tabs, its first colon closes one
/// or two words of letters, the first opening with an upper-case letter and a lower-case one
/// (the classes hold `\p{Lu}` and `\p{Ll}`). Few first paragraphs open so, and the pattern,
/// with its Unicode classes some 8 million instructions to build, is then not built at all.
fn may_open_with_title_colon(body: &str) -> bool {
    let head = body.trim_start_matches([' ', '\t']);
    let Some(colon) = head.find(':') else {
        return false;
    };
    let place = &head[..colon];
    let mut chars = place.chars();
    chars.next().is_some_and(char::is_uppercase)
        && chars.next().is_some_and(char::is_lowercase)
        && place.bytes().filter(|&b| b == b' ').count() <= 1
        && place.chars().all(|c| c == ' ' || c.is_alphabetic())
}

/// Lines of `text` that open with one or two capitalised words and a colon, up to two.
fn title_labels(text: &str) -> usize {
    static LABEL: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"^[ \t]*\p{Lu}[\p{L}.'’\-]*(?:[ ]\p{Lu}[\p{L}.'’\-]*)?:").expect("label")
    });
    text.split('\n')
        .filter(|l| LABEL.is_match(l))
        .take(2)
        .count()
}

/// The title-case dateline that opens `body`, the first paragraph of `text` (see the module).
pub(super) fn title_dateline(text: &str, body: &str) -> Option<Dateline> {
    if !may_open_with_title_colon(body) {
        return None;
    }
    let c = TITLE_COLON.captures(body)?;
    let place = c.name("place")?;
    let whole_end = body[..c.get(0)?.end()].rfind([' ', '\t'])? + 1;
    let rest = &body[whole_end..];
    let words = rest.split_whitespace().count();
    let name = place.as_str();
    let lower = name.to_lowercase();
    if words < 6
        || !ends_sentence(rest)
        || reads_like_headline(rest)
        || is_kicker(name)
        || canonical_agency(name).is_some()
        || lower.split(' ').any(|w| NOT_PLACES.contains(&w))
        || title_labels(text) >= 2
    {
        return None;
    }
    Some(Dateline {
        whole: body.len() - body.trim_start().len()..whole_end,
        place: place.range(),
        agency: None,
        colon: true,
    })
}

#[cfg(test)]
mod tests {
    use super::super::article_meta;

    #[test]
    fn a_title_case_place_and_colon_open_the_first_paragraph() {
        let body = "Patna: The counting of votes will begin at 8 am on Tuesday, Chief \
                    Electoral Officer H R Srinivasa said.";
        // a paragraph alone, or below a headline
        assert_eq!(article_meta(body).dateline.as_deref(), Some("Patna"));
        let text = format!("Bihar counting on Tuesday\n\n{body}\nSecurity has been tightened.");
        let text = text.as_str();
        let m = article_meta(text);
        assert_eq!(m.dateline.as_deref(), Some("Patna"));
        assert_eq!(m.dateline_span.unwrap().of(text), "Patna: ");
        let claims = crate::extract::extract(text).claims;
        assert_eq!(
            claims[1].span.of(text),
            "The counting of votes will begin at 8 am on Tuesday"
        );
        assert_eq!(claims[1].sources[0].name, "H R Srinivasa");
        // below a headline, and a two-word place
        let text = "Exit polls give BJP the edge in Uttar Pradesh\nNew Delhi: The BJP is set \
                    to win a majority in the state, according to exit polls released on Monday.";
        assert_eq!(article_meta(text).dateline.as_deref(), Some("New Delhi"));
    }

    #[test]
    fn labels_quotes_and_transcripts_are_no_dateline() {
        for text in [
            // a headline's label ends no sentence, or is the first line of several
            "Lucknow: BJP set to sweep state, exit polls show\nThe party leads in most seats.",
            "Sanders: Clinton needs to get away from personality politics.\nBernie Sanders \
             said on Friday that the race had become too personal.",
            // a speaker's words
            "Trump: \u{201c}We will win this state by a lot,\u{201d} he told the crowd.",
            "Revealed: The secret plan to close the hospital was drawn up last year.",
            "Exclusive: The minister met the donor twice before the contract was signed.",
            "The Latest: Rescue crews reached the flooded village late on Monday night.",
            "Key Points: The council will vote on the budget at its meeting next week.",
            // a transcript
            "Smith: The deficit is the largest it has been in a decade, and it is growing.\n\
             Jones: That is simply not true and you know it.",
        ] {
            assert_eq!(article_meta(text).dateline, None, "{text}");
        }
    }

    /// Every body `TITLE_COLON` matches passes `may_open_with_title_colon` (generated bodies
    /// over the characters that decide either).
    #[test]
    fn the_cheap_test_lets_through_every_title_colon() {
        let alphabet = [
            "P", "a", "É", "é", "Ⓐ", "ª", "ǅ", " ", "\t", ":", "1", ".", "-", "\n", "Ω", "ß", "Pa",
            "Éé", ": P", ": Éa", ":\tΩ",
        ];
        let (mut seed, mut matched) = (0x2545_f491_4f6c_dd1d_u64, 0);
        for len in 0..9 {
            for _ in 0..6000 {
                let mut body = String::new();
                for _ in 0..len {
                    seed ^= seed << 13;
                    seed ^= seed >> 7;
                    seed ^= seed << 17;
                    body.push_str(alphabet[(seed % alphabet.len() as u64) as usize]);
                }
                if super::TITLE_COLON.is_match(&body) {
                    matched += 1;
                    assert!(super::may_open_with_title_colon(&body), "{body:?}");
                }
            }
        }
        assert!(matched > 100, "{matched}");
        for body in ["Patna: The count", " \tNew Delhi: Voting", "Lagos:  Three"] {
            assert!(super::may_open_with_title_colon(body), "{body}");
        }
        for body in [
            "The count began: at",
            "PATNA: The",
            "New Delhi City: A",
            "Patna",
        ] {
            assert!(!super::may_open_with_title_colon(body), "{body}");
        }
    }
}
