//! Mentions made of common nouns alone, tied to no name: a bare plural is a category of
//! people ("engineers", "aid groups"), and any other ("the moderator", "the two") names no one
//! to share with other articles.

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
