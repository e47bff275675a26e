//! Posts named through their owner: "the company's spokeswoman", "Acme's chief executive",
//! "Pfizer's chief executive": the holder of a post in a body, or the body's voice.

use super::descriptions::is_spokesperson;
use super::*;

/// The owner's words and the post's words of a mention that names a post by a possessive
/// ("the company's spokeswoman" gives "the company" and "spokeswoman"; "Acme's chief
/// executive" gives "Acme" and "chief executive"): the words after the possessive are all
/// lower-case and end on a title. `None` for any other shape ("Ann Lee's", "Lee's campaign").
pub(super) fn owned_post_shape(ws: &[&str]) -> Option<(String, String)> {
    let k = ws
        .iter()
        .rposition(|w| w.ends_with("'s") || w.ends_with("’s"))?;
    let post = &ws[k + 1..];
    let head = post.last()?.to_lowercase();
    if post.iter().any(|w| is_cap(w)) || !lexicon::is_title(&head) {
        return None;
    }
    let owner = ws[..=k].join(" ");
    let owner = owner
        .strip_suffix("'s")
        .or_else(|| owner.strip_suffix("’s"))?;
    Some((owner.to_string(), post.join(" ").to_lowercase()))
}

impl Resolver {
    /// "The company's spokeswoman" after "Acme Transit … the company said": the holder of a
    /// post in a body the text named before, never that body nor a person named after it. A
    /// spokesperson speaks for the body and has its kind ("Acme Transit's spokeswoman", an
    /// organization); any other post holder is a person ("Acme Transit's chief executive"),
    /// the one the text gave that post as a role when it did. `None` when the owner is no body
    /// the text named: the mention is then read on its own words.
    pub(super) fn owned_post(&mut self, owner: &str, post: &str, context: &str) -> Option<usize> {
        let head = head_of(post);
        if !is_spokesperson(&head) {
            // "Acme's chief executive, Paul Brandt, … The company's chief executive said"
            let holder = self.latest(|e| {
                e.kind == SourceKind::Person
                    && e.role
                        .as_deref()
                        .is_some_and(|r| r.to_lowercase().ends_with(post))
            });
            if holder.is_some() {
                return holder;
            }
        }
        let owner_lower = owner.to_lowercase();
        let owner_ws = words(owner);
        let body = |k: SourceKind| {
            matches!(
                k,
                SourceKind::Organization | SourceKind::Official | SourceKind::Media
            )
        };
        let bare = without_article(owner);
        let found = self
            .entities
            .iter()
            .position(|e| e.name.eq_ignore_ascii_case(bare) && body(e.kind))
            .or_else(|| {
                let first = owner_lower.split(' ').next().unwrap_or("");
                (first == "the" && owner_ws.len() <= 3)
                    .then(|| self.definite(&owner_lower, &owner_ws, context))
                    .flatten()
            })
            .filter(|&i| body(self.entities[i].kind));
        let Some(found) = found else {
            // "Cameron's spokesman … the prime minister's spokesman": a post of a person the
            // text described is the post of that name seen last
            let owner_head = head_of(owner);
            if is_body_word(&owner_head) || lexicon::is_org_word(&owner_head) {
                return None;
            }
            let seen = self
                .latest(|e| e.head == head && (e.name.contains("'s ") || e.name.contains("’s ")));
            // "the prime minister's official spokesman": the office's voice
            // "Pfizer's chief executive" with Pfizer not yet quoted: a post in a household firm
            let firm = lexicon::is_household_firm(&owner.to_lowercase());
            return seen.or_else(|| {
                if firm {
                    let kind = if is_spokesperson(&head) {
                        SourceKind::Organization
                    } else {
                        SourceKind::Person
                    };
                    return Some(self.add(format!("{owner}'s {post}"), kind, None, head));
                }
                let name = spokespeople::office_spokesperson(owner, post)?;
                Some(self.add(name, SourceKind::Official, None, head))
            });
        };
        let (owner_name, owner_kind) =
            (self.entities[found].name.clone(), self.entities[found].kind);
        let kind = if is_spokesperson(&head) {
            owner_kind
        } else {
            SourceKind::Person
        };
        // "Sainsbury's spokesman": a name in the possessive already takes no second "'s"
        let name = if owner_name.ends_with("'s") || owner_name.ends_with("’s") {
            format!("{owner_name} {post}")
        } else {
            format!("{owner_name}'s {post}")
        };
        Some(self.add(name, kind, None, head))
    }
}
