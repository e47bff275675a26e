//! A body's name set off by commas after a word for a body: "Her label, Meridian Records,
//! said", "His agency, Northlight Artists, said". The named body is the source, an
//! organization with the word as its role, as "Her attorney, Michael Brandt," is that person.

use super::*;

/// Words for a body a person belongs to or works with, whose name news style sets off after
/// them: a firm's nouns, the bodies' words and a few trades' ("label", "agency").
fn names_a_body(head: &str) -> bool {
    firm_nouns::is_firm_noun(head)
        || lexicon::is_org_word(head)
        || matches!(
            head,
            "label" | "agency" | "publisher" | "studio" | "promoter" | "distributor"
        )
}

impl Resolver {
    /// The body `name` (set off by commas at `name_at`) names after the description `ws`
    /// whose head is `head`: opened by a possessive pronoun or an owner's name ("her label",
    /// "Vance's management company"), of two to three words, its head a word for a body, and
    /// the name of two to six capitalised words ("of", "and", "&" inside). None otherwise.
    pub(super) fn named_body_apposed(
        &mut self,
        ws: &[&str],
        head: &str,
        name: &str,
        name_at: usize,
    ) -> Option<Resolved> {
        let first = ws.first()?.to_lowercase();
        let owned = matches!(first.as_str(), "her" | "his" | "their" | "its")
            || first.ends_with("'s")
            || first.ends_with("’s");
        let last_lower = ws.last().is_some_and(|w| !is_cap(w));
        // "One widely followed channel, Rybar, said", "a local newspaper, the Courier,": an
        // outlet described with an article or "one" is the outlet named after it
        let outlet = matches!(first.as_str(), "a" | "an" | "one" | "the")
            && (2..=5).contains(&ws.len())
            && lexicon::is_outlet_noun(head);
        let owned = owned && (2..=3).contains(&ws.len()) && names_a_body(head);
        if !(owned || outlet) || !last_lower {
            return None;
        }
        let name = if outlet {
            strip_the(name)
        } else {
            name.to_string()
        };
        let name = name.as_str();
        let nws: Vec<&str> = name.split_whitespace().collect();
        let inner = |k: usize| k > 0 && k + 1 < nws.len();
        let named = (2 - usize::from(outlet)..=6).contains(&nws.len())
            && nws.iter().enumerate().all(|(k, w)| {
                matches!(*w, "of" | "and" | "&") && inner(k)
                    || is_cap(w) && w.chars().all(|c| c.is_alphanumeric() || "-&.'".contains(c))
            });
        if !named {
            return None;
        }
        // a name the text gave a person before stays that person's
        let lower = name.to_lowercase();
        if self.entities.iter().any(|e| e.lower_name == lower) {
            return None;
        }
        // ("His manager's firm, Ann Lee," opens with a given name: a person's)
        let (kind, _, _) = classify(name);
        if kind == SourceKind::Person && is_given_name(&nws[0].to_lowercase()) {
            return None;
        }
        let kind = match kind {
            _ if outlet => SourceKind::Media,
            SourceKind::Official => SourceKind::Official,
            SourceKind::Media => SourceKind::Media,
            _ => SourceKind::Organization,
        };
        let role = ws[1..].join(" ");
        let entity = self.add(
            name.to_string(),
            kind,
            Some(role),
            singular(&lower).to_string(),
        );
        self.entities[entity].last = name_at;
        Some(Resolved {
            entity,
            plural: false,
        })
    }
}
