//! Mentions made of common nouns alone, tied to no name: a bare plural is a category of
//! people ("engineers", "aid groups"), and any other ("the moderator", "the two") names no one
//! to share with other articles; a post named without its holder's name ("the Indiana
//! governor") is a person.

use super::*;

/// The kind and name of a mention whose words are common nouns only (`ws`, lower-cased in
/// `lower`, its core `core` with head `head`; `definite` when a determiner such as "the"
/// opens it); `None` when a capitalised word makes a name of it.
pub(super) fn unnamed_by_common_nouns(
    ws: &[&str],
    lower: &[String],
    core: &[&str],
    head: &str,
    definite: bool,
) -> Option<(SourceKind, String, Option<String>)> {
    // "engineers", "aid groups": a bare plural of common nouns is a category of people
    let bare_plural = !core.iter().any(|w| is_cap(w))
        && head.len() > 3
        && head.ends_with('s')
        && !head.ends_with("ss")
        && !definite;
    if bare_plural {
        return Some((SourceKind::UnnamedGroup, ws.join(" "), None));
    }
    // "the moderator", "the two", "another": common nouns the text did not tie to a name
    // name no one, and are no source to share with other articles
    // (a capital anywhere in a word makes a name: "al-Qaida", "eBay")
    let common = !ws.iter().enumerate().any(|(k, w)| {
        w.chars().any(char::is_uppercase) && !(k == 0 && lexicon::is_determiner(&lower[0]))
    });
    if common {
        let plural = is_people_plural(head) || head.ends_with('s') && !head.ends_with("ss");
        let kind = if plural {
            SourceKind::UnnamedGroup
        } else {
            SourceKind::Anonymous
        };
        return Some((kind, lower_first(&ws.join(" ")), None));
    }
    None
}

/// "The Indiana governor", "Acme's chief executive": a post one person holds, a person though
/// the text did not say who; "a senior aide" is anonymous, as is one who asked not to be named.
/// `None` when `head` is no title.
pub(super) fn post_holder(
    ws: &[&str],
    core_lower: &[String],
    head: &str,
    mention: &str,
) -> Option<(SourceKind, String, Option<String>)> {
    if !lexicon::is_title(head) {
        return None;
    }
    // not "a coach at one of the town's camps": an owner after the head
    let at_head = core_lower.iter().position(|w| w == head).unwrap_or(0);
    let owned = core_lower[..at_head]
        .iter()
        .any(|w| w.ends_with("'s") || w.ends_with("’s"));
    let definite = core_lower.first().is_some_and(|w| w == "the") || owned;
    let kind = if definite && !lexicon::has_anonymity_note(&mention.to_lowercase()) {
        SourceKind::Person
    } else {
        SourceKind::Anonymous
    };
    Some((kind, lower_first(&ws.join(" ")), None))
}

/// "Some candidates", "rival Republican candidates": a category of people named by a plural
/// common noun (`ws`, with core `core` and head `head`), an unnamed group; anonymous where the
/// text presents them as knowing ("two engineers who worked on the design"). Only when the
/// mention is `quantified` ("some", "many") or not `definite`.
pub(super) fn category_of_people(
    (ws, core): (&[&str], &[&str]),
    head: &str,
    mention: &str,
    quantified: bool,
    definite: bool,
) -> Option<(SourceKind, String, Option<String>)> {
    let plural_head = crate::sourcing::is_plural_mention(mention)
        && core
            .last()
            .is_some_and(|w| !is_cap(w) && !is_pronoun(&w.to_lowercase()))
        && !lexicon::is_anonymous_head(head);
    if !(plural_head && (quantified || !definite)) {
        return None;
    }
    let lower = mention.to_lowercase();
    let kind = if lexicon::has_anonymity_note(&lower) || lexicon::has_access_note(&lower) {
        SourceKind::Anonymous
    } else {
        SourceKind::UnnamedGroup
    };
    Some((kind, lower_first(&ws.join(" ")), None))
}
