//! The person a role noun takes up when the sentence before said who holds that place: "Gary
//! Finch runs the pub. The landlord said trade had halved." News style introduces the person
//! by name and what they run, then names them by the role; "the landlord" is Gary Finch, not
//! an unnamed landlord. Narrow on purpose: one role noun alone after "the", a full name right
//! before "runs", "owns", "manages" or "heads", in the mention's sentence or the one before.

use super::*;

/// Role nouns for the person who runs, owns or heads a place.
fn is_keeper_noun(head: &str) -> bool {
    matches!(
        head,
        "landlord"
            | "landlady"
            | "publican"
            | "owner"
            | "proprietor"
            | "shopkeeper"
            | "manager"
            | "boss"
    )
}

/// The full name before "runs the", "owns the", "manages the" or "heads the" (or "a", "his",
/// "her") in the last two sentences of `context`.
pub(super) fn keeper_before(context: &str) -> Option<String> {
    let mut from = context.len().saturating_sub(400);
    while !context.is_char_boundary(from) {
        from += 1;
    }
    let text = &context[from..];
    // the mention's sentence and the one before: at most one sentence end after the verb
    let (verb_at, verb) = ["runs", "owns", "manages", "heads"]
        .iter()
        .filter_map(|v| text.rfind(&format!(" {v} ")).map(|at| (at, *v)))
        .max_by_key(|&(at, _)| at)?;
    let after = &text[verb_at + verb.len() + 2..];
    let object = ["the ", "a ", "an ", "his ", "her ", "their "]
        .iter()
        .any(|d| after.starts_with(d));
    let ends = after.matches(['.', '!', '?']).count();
    if !object || ends > 1 {
        return None;
    }
    let name = name_before(&text[..verb_at])?;
    (name.split_whitespace().count() >= 2).then_some(name)
}

impl Resolver {
    /// "the landlord" (`rest`, with `head` its singular head) as the person the text before
    /// said runs the place; `None` for any other description or text.
    pub(super) fn keeper(&mut self, rest: &str, head: &str, context: &str) -> Option<usize> {
        if rest != head || !is_keeper_noun(head) {
            return None;
        }
        let name = keeper_before(context)?;
        let (kind, name, role) = classify(&name);
        if kind != SourceKind::Person {
            return None;
        }
        // (the role noun says what the person is, when the name came with no title)
        let role = role.or_else(|| Some(head.to_string()));
        let surname = name.split_whitespace().last()?.to_lowercase();
        Some(self.add(name, kind, role, surname))
    }
}
