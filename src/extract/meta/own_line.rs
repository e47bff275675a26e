//! A dateline on a line of its own, as pasted web copy and some CMS exports set it: "NAIROBI,
//! Kenya —" or "NAIROBI" alone, with the story's first paragraph on the next line.

use super::dateline::{
    dateline_of, ends_sentence, reads_like_headline, transcript_labels, Dateline,
};
use super::lexicon::{canonical_agency, is_kicker, is_section_label};

/// The dashes and colon that may close a dateline's line: "NAIROBI, Kenya —", "LAGOS:".
const CLOSERS: &[&str] = &["--", "—", "–", "―", "-", ":"];

/// The dateline that `body`, a whole line of `text`, is: an upper-case place of one to three
/// words ("NAIROBI", "NEW DELHI", "ST. LOUIS"), then optionally ", Region" ("Kenya", "Fla."),
/// a wire credit in parentheses and a dash or colon, where `next`, the next non-blank line,
/// reads as a story's first paragraph. A place alone, with neither region, credit nor dash,
/// must follow a first line (a headline): a lone word that opens the text is as often a
/// section label ("POLITICS"). Section labels and kickers ("WORLD", "BREAKING") never count.
pub(super) fn own_line_dateline(
    text: &str,
    body: &str,
    next: Option<&str>,
    after_text: bool,
) -> Option<Dateline> {
    let lead = body.len() - body.trim_start().len();
    let line = body.trim();
    let end = lead + line.len();
    let mut rest = line;
    let closer = CLOSERS.iter().find(|c| rest.ends_with(**c));
    if let Some(c) = closer {
        rest = rest[..rest.len() - c.len()].trim_end();
    }
    let mut agency = None;
    if rest.ends_with(')') {
        let open = rest.rfind('(')?;
        let name = &rest[open + 1..rest.len() - 1];
        if name.trim().is_empty() || name.chars().count() > 40 {
            return None;
        }
        agency = Some(lead + open + 1..lead + rest.len() - 1);
        rest = rest[..open].trim_end();
    }
    let (place, region) = match rest.split_once(',') {
        Some((p, r)) => (p.trim_end(), Some(r.trim())),
        None => (rest, None),
    };
    let bare = closer.is_none() && agency.is_none() && region.is_none();
    if !is_place(place)
        || region.is_some_and(|r| !is_region(r))
        || (bare && !after_text)
        || is_kicker(place)
        || is_section_label(place)
        || canonical_agency(place).is_some()
    {
        return None;
    }
    let colon = closer == Some(&":");
    // "JAKE TAPPER:" on its own line in a transcript is a speaker label
    if colon && agency.is_none() && transcript_labels(text) >= 2 {
        return None;
    }
    if !next.is_some_and(|n| opens_story(text, n)) {
        return None;
    }
    Some(Dateline {
        whole: lead..end,
        place: lead..lead + place.len(),
        agency,
        colon,
    })
}

/// Whether `place` is one to three upper-case words, the first of two letters or more, the
/// last not closed by a period: "NAIROBI", "NEW DELHI", "ST. LOUIS", "PORT-AU-PRINCE" (a
/// label as "FULL TEXT." or "ABSTRACT." ends a sentence).
fn is_place(place: &str) -> bool {
    let word = |w: &str| {
        w.chars().next().is_some_and(char::is_uppercase)
            && w.chars()
                .all(|c| c.is_uppercase() || matches!(c, '.' | '\'' | '’' | '-'))
    };
    // word by word, so that a paragraph stops at its first word ("The") or its fourth
    let mut words = place.split_whitespace();
    let Some(first) = words.next() else {
        return false;
    };
    word(first)
        && words
            .try_fold(1, |n, w| (n < 3 && word(w)).then_some(n + 1))
            .is_some()
        && first.chars().filter(|c| c.is_alphabetic()).count() >= 2
        && !place.ends_with('.')
}

/// Whether `region` is one to three capitalised words of at most 32 characters: "Kenya",
/// "Fla.", "N.Y.", "South Africa".
fn is_region(region: &str) -> bool {
    let words: Vec<&str> = region.split_whitespace().collect();
    (1..=3).contains(&words.len())
        && region.chars().count() <= 32
        && words.iter().all(|w| {
            w.chars().next().is_some_and(char::is_uppercase)
                && w.chars()
                    .all(|c| c.is_alphabetic() || matches!(c, '.' | '\'' | '’' | '-'))
        })
}

/// Whether `line` reads as a story's first paragraph: a sentence's end, lower-case words, not
/// a headline's capitals, and no dateline of its own (that one is then the article's).
fn opens_story(text: &str, line: &str) -> bool {
    let lower = line
        .split_whitespace()
        .filter(|w| w.starts_with(char::is_lowercase))
        .count();
    ends_sentence(line)
        && lower >= 3
        && !reads_like_headline(line)
        && dateline_of(text, line).is_none()
}

#[cfg(test)]
mod tests {
    /// `is_place` as it was written first: every word collected.
    fn is_place_collected(place: &str) -> bool {
        let words: Vec<&str> = place.split_whitespace().collect();
        let word = |w: &&str| {
            w.chars().next().is_some_and(char::is_uppercase)
                && w.chars()
                    .all(|c| c.is_uppercase() || matches!(c, '.' | '\'' | '’' | '-'))
        };
        (1..=3).contains(&words.len())
            && words.iter().all(word)
            && words[0].chars().filter(|c| c.is_alphabetic()).count() >= 2
            && !place.ends_with('.')
    }

    #[test]
    fn places_are_read_word_by_word_as_when_collected() {
        for place in [
            "",
            " ",
            "NAIROBI",
            "NEW DELHI",
            "ST. LOUIS",
            "RIO DE JANEIRO",
            "SAN JUAN DE DIOS",
            "The minister said so",
            "O'HARE",
            "X",
            "ÉVREUX",
            "WASHINGTON.",
            "WASHINGTON Post",
            "  LONDON  ",
            "A B C",
            "A B C D",
            "AB CD EF GH",
        ] {
            assert_eq!(
                super::is_place(place),
                is_place_collected(place),
                "{place:?}"
            );
        }
    }
}
