//! "His office did not respond", "her campaign said", "his aides said": a person's office,
//! campaign or spokespeople written with a possessive pronoun are that person's, named after
//! the person the pronoun takes up, as "the office of Governor Ann Lee" is "Ann Lee's office".

use super::*;

impl Resolver {
    /// The office or campaign of the person a possessive pronoun takes up: "his office" after
    /// "House Speaker Mike Johnson" → "Mike Johnson's office" (official); "her campaign" after
    /// "Dana Whitlock" → "Whitlock campaign" (organization). None for other shapes, or when
    /// the pronoun takes up no person known to be of its gender.
    pub(super) fn pronoun_owned_body(&mut self, ws: &[&str], context: &str) -> Option<usize> {
        if let Some(post) = its_post(ws) {
            return self.post_of_body_seen_last(&post, context);
        }
        let [owner, noun] = ws else {
            return None;
        };
        let owner = owner.to_lowercase();
        let noun = noun.to_lowercase();
        // "his aides said", "her spokeswoman said": people who speak for the person, left
        // unnamed, and named after them as the office is
        let speaks_for = matches!(
            noun.as_str(),
            "aide"
                | "aides"
                | "spokesman"
                | "spokeswoman"
                | "spokesperson"
                | "adviser"
                | "advisers"
                | "advisor"
                | "advisors"
                | "lawyer"
                | "lawyers"
                | "attorney"
                | "attorneys"
                | "allies"
        );
        if !matches!(owner.as_str(), "his" | "her")
            || !(matches!(noun.as_str(), "office" | "campaign") || speaks_for)
        {
            return None;
        }
        // a person the search adds is kept only when the body is named after them
        let seen = self.entities.len();
        let person = self.pronoun(&owner, &owner, context);
        let e = person.map(|i| &self.entities[i]);
        // the person's gender must be known to be the pronoun's: a body is named after them
        // (a person the search just added has not been read for a gender yet: its name or
        // role tells it, "Bernie Sanders" a man's)
        let gender = |e: &Entity| e.gender.or_else(|| gender_of(&e.name, e.role.as_deref()));
        let Some(e) = e.filter(|e| {
            e.kind == SourceKind::Person
                && gender(e).is_some()
                && gender(e) == Gender::of_pronoun(&owner)
                && !is_pronoun(&e.lower_name)
        }) else {
            self.truncate_entities(seen);
            return None;
        };
        let (name, kind) = if speaks_for {
            (format!("{}'s {noun}", e.name), SourceKind::Anonymous)
        } else if noun == "office" {
            (format!("{}'s office", e.name), SourceKind::Official)
        } else {
            let surname = e.name.rsplit(' ').next().unwrap_or(&e.name);
            (format!("{surname} campaign"), SourceKind::Organization)
        };
        Some(self.add(name, kind, None, noun))
    }

    /// "Acme Ltd said … Its chief executive said": the holder of a post in the body the text
    /// took up last, read as "Acme Ltd's chief executive" is. None when the latest source is
    /// no named body (the owner is then left to the mention's own words).
    fn post_of_body_seen_last(&mut self, post: &str, context: &str) -> Option<usize> {
        let last = self.latest(|_| true)?;
        let e = &self.entities[last];
        let body = descriptions::is_body_entity(e) && e.name.starts_with(char::is_uppercase);
        if !body {
            return None;
        }
        let owner = e.name.clone();
        self.owned_post(&owner, post, context)
    }
}

/// The post after "its" in a mention ("Its current chief executive" → "current chief
/// executive"): lower-case words ending on a title.
fn its_post(ws: &[&str]) -> Option<String> {
    let (first, post) = ws.split_first()?;
    let head = post.last()?;
    let lower_case = post.iter().all(|w| w.starts_with(char::is_lowercase));
    (first.eq_ignore_ascii_case("its") && lower_case && lexicon::is_title(head))
        .then(|| post.join(" "))
}

/// "their union", "his campaign", "its board": a body named only by a possessive pronoun and
/// a word for a body, whose owner [`Resolver::pronoun_owned_body`] did not find. No name to
/// share with other articles (the pronoun's owner differs in each): a body of this article's
/// the text leaves unnamed, an unnamed group.
pub(super) fn pronoun_owned_unnamed_body(
    ws: &[&str],
) -> Option<(SourceKind, String, Option<String>)> {
    let (first, rest) = ws.split_first()?;
    let owner = first.to_lowercase();
    let head = rest.last()?;
    let pronoun = matches!(
        owner.as_str(),
        "his" | "her" | "their" | "its" | "our" | "my"
    );
    let lower_case = rest.iter().all(|w| w.starts_with(char::is_lowercase));
    let body = word_classes::is_body_word(singular(head));
    (pronoun && lower_case && body && rest.len() <= 3)
        .then(|| (SourceKind::UnnamedGroup, lower_first(&ws.join(" ")), None))
}
