//! The identity rule's scopes: which sources are one across every article ("Reuters", "Laurent
//! Nunez") and which belong to the article they appear in. DESIGN.md shares the named kinds and
//! scopes `anonymous`, `unnamed_group` and `document` to their article. A named kind written as a
//! description ("the company", "she", "the former secretary of state") names nobody in
//! particular: the company of one article is not the company of the next, so such a source is
//! scoped to its article too.

use crate::vocab::SourceKind;

/// Opening words that do not make a name of what follows, however they are written ("The
/// company", "She"): articles, pronouns and possessives.
const OPENERS: &[&str] = &[
    "the", "a", "an", "this", "that", "these", "those", "another", "one", "some", "he", "she",
    "they", "it", "we", "i", "you", "his", "her", "its", "their", "our", "my", "your",
];

/// True when `name` describes a source instead of naming it: past an opening article or
/// pronoun, no word but a seat ("Seattle-based") holds a capital letter or a letter of a script
/// without case ("习近平").
pub fn is_description(name: &str) -> bool {
    let mut words = name.split_whitespace().peekable();
    if words
        .peek()
        .is_some_and(|w| OPENERS.iter().any(|o| w.eq_ignore_ascii_case(o)))
    {
        words.next();
    }
    // (a body's seat written before its noun names no body: "the Seattle-based company")
    !words.any(|w| {
        !w.ends_with("-based") && w.chars().any(|c| c.is_uppercase() || is_uncased_letter(c))
    })
}

/// A letter of a script that has no upper and lower case (Chinese, Arabic, Hebrew …).
fn is_uncased_letter(c: char) -> bool {
    c.is_alphabetic() && !c.is_lowercase() && !c.is_uppercase()
}

/// The article a source of `kind` called `name` belongs to, given the article it is created
/// for: that article for the article-scoped kinds and for a description; `None` (shared across
/// articles) for a named source.
pub fn scope(kind: SourceKind, name: &str, article: Option<i64>) -> Option<i64> {
    if kind.is_article_scoped() || is_description(name) {
        article
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn descriptions_are_told_from_names() {
        for description in [
            "the company",
            "The company",
            "she",
            "She",
            "the former secretary of state",
            "his campaign",
            "police",
            "a spokeswoman for the utility",
            "the Seattle-based company",
        ] {
            assert!(is_description(description), "{description}");
        }
        for name in [
            "Reuters",
            "Laurent Nunez",
            "the BBC",
            "The Associated Press",
            "WHO",
            "eBay",
            "the U.S. Army",
            "Mike Johnson's office",
            "习近平",
            "She Wei",
        ] {
            assert!(!is_description(name), "{name}");
        }
    }

    #[test]
    fn descriptions_and_scoped_kinds_stay_in_their_article() {
        assert_eq!(
            scope(SourceKind::Organization, "the company", Some(4)),
            Some(4)
        );
        assert_eq!(scope(SourceKind::Organization, "Novex", Some(4)), None);
        assert_eq!(
            scope(SourceKind::Anonymous, "An Official", Some(4)),
            Some(4)
        );
        assert_eq!(scope(SourceKind::Person, "she", None), None);
    }
}
