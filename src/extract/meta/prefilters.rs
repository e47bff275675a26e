//! Words every match of the stage's whole-text patterns holds (`notices::NOTICE`, `RELAY_LEAD`,
//! `TRANSLATION_TRIGGER`), found in one vectorised scan: where an article holds none of a
//! pattern's words, its search is left out (four in five PolNeAR articles hold no update
//! notice's word, 93% no translation notice's). The patterns' own scans cannot do it: their
//! openings ("this ", "the ", "as ") are everywhere.

use std::sync::LazyLock;

use aho_corasick::{AhoCorasick, Input, MatchKind};

/// Each update notice holds one of these ("developing story", "will be updated", "check
/// back", "more details to come", "updates to follow"; "has been edited", "condensed").
const NOTICE: &[&str] = &[
    "edited",
    "condensed",
    "developing",
    "breaking",
    "updat",
    "check back",
    "to come",
    "to follow",
    "will follow",
];

/// Each relay's lead holds one of these ("as reported by", "originally published in", "the
/// story was by").
const RELAY: &[&str] = &[
    "reported ",
    "published ",
    "appeared ",
    "story is ",
    "story was ",
    "article is ",
    "article was ",
    "report is ",
    "report was ",
];

/// Each machine-translation notice holds one of these ("automatically generated",
/// "machine-translated", "produced by AI").
const TRANSLATION: &[&str] = &["automatic", "translat", "generated", "produced"];

/// Which of the patterns may match an article.
#[derive(Debug, Default, PartialEq, Eq)]
pub(super) struct Present {
    pub notice: bool,
    pub relay: bool,
    pub translation: bool,
}

/// Which patterns may match the ASCII-lower-cased text `lowered`. Each search goes on from
/// the character after the last match's start, so every place where a word starts is looked
/// at; there the first word of the lists that matches is reported, and no word of one list
/// begins one of another (a test checks it), so each list with a word in the text has one
/// reported.
pub(super) fn present(lowered: &str) -> Present {
    // leftmost-first, so that the search may use the packed vectorised one (Teddy)
    static WORDS: LazyLock<AhoCorasick> = LazyLock::new(|| {
        AhoCorasick::builder()
            .match_kind(MatchKind::LeftmostFirst)
            .build(NOTICE.iter().chain(RELAY).chain(TRANSLATION))
            .expect("literal words")
    });
    let mut found = Present::default();
    let mut at = 0;
    while let Some(m) = WORDS.find(Input::new(lowered).range(at..)) {
        at = m.start() + 1;
        let i = m.pattern().as_usize();
        if i < NOTICE.len() {
            found.notice = true;
        } else if i < NOTICE.len() + RELAY.len() {
            found.relay = true;
        } else {
            found.translation = true;
        }
        if found.notice && found.relay && found.translation {
            break;
        }
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn no_word_of_one_list_begins_one_of_another() {
        let lists = [NOTICE, RELAY, TRANSLATION];
        for (i, a_list) in lists.iter().enumerate() {
            for b_list in lists.iter().skip(i + 1) {
                for (a, b) in a_list
                    .iter()
                    .flat_map(|a| b_list.iter().map(move |b| (a, b)))
                {
                    assert!(!a.starts_with(b) && !b.starts_with(a), "{a} / {b}");
                }
            }
        }
    }

    #[test]
    fn each_list_with_a_word_in_the_text_is_present() {
        // "developing" ends where "generated" begins: both are looked for
        let text = "the report was developingenerated.";
        let all = Present {
            notice: true,
            relay: true,
            translation: true,
        };
        assert_eq!(present(text), all);
        let plain = "the minister said on tuesday that the plan would cost more.";
        assert_eq!(present(plain), Present::default());
        let relay_only = "as first reported by the agency";
        assert_eq!(
            present(relay_only),
            Present {
                relay: true,
                ..Present::default()
            }
        );
    }
}
