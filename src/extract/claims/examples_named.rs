//! A group and the named examples of it that speak with it ("Rights groups such as Amnesty
//! International say …", "critics like Ann Lee say …"): the group is one source and each
//! named example another, so the claim rests on a named source, not on the group alone.

use super::resolve;
use crate::vocab::SourceKind;

/// Where a mention splits into a plural group and its named examples: the group's end and the
/// examples' start, as byte offsets into `mention`. `None` unless a plural common noun (capitalised only
/// as its first letter, opening a sentence: "Critics") ends the words before "such as" or "like" and a capital opens the words after.
pub(super) fn group_and_examples(mention: &str) -> Option<(usize, usize)> {
    let (at, marker) = [" such as ", " like "]
        .iter()
        .find_map(|m| mention.find(m).map(|at| (at, *m)))?;
    let group = &mention[..at];
    let examples = &mention[at + marker.len()..];
    let head = group.rsplit(' ').next()?;
    let plural = head.len() > 3
        && head.ends_with('s')
        && !head.ends_with("'s")
        && head.chars().skip(1).all(|c| c.is_ascii_lowercase());
    let examples = examples.strip_prefix("the ").unwrap_or(examples);
    let named = examples.chars().next().is_some_and(char::is_uppercase);
    // the group must read as one ("Companies" alone is no group the resolver knows)
    let unnamed = || {
        matches!(
            resolve::classify(group).0,
            SourceKind::UnnamedGroup | SourceKind::Anonymous
        )
    };
    (plural && named && !group.trim().is_empty() && unnamed()).then_some((at, at + marker.len()))
}
