//! "Some aid workers, speaking on condition of anonymity, said …. One said …": a lone "one"
//! or "another" as a subject is one of the unnamed people the text quoted just before, with
//! their description, not a bare anonymous source.

use super::*;

impl Resolver {
    /// The member of the unnamed group quoted last that the mention "one" or "another"
    /// (`lower`) stands for, named "one of the aid workers" and described as the group was;
    /// None when the latest source is no plural unnamed or anonymous group within reach.
    pub(super) fn member_of_group(&mut self, lower: &str, context: &str) -> Option<usize> {
        if !matches!(lower, "one" | "another") {
            return None;
        }
        let last = self.latest(|_| true)?;
        let e = &self.entities[last];
        let unnamed = matches!(e.kind, SourceKind::Anonymous | SourceKind::UnnamedGroup);
        let near = context.len().saturating_sub(ANTECEDENT_REACH);
        // "One said …. Another said …": the group a member quoted last was taken from
        let member_of = ["one of the ", "another of the "]
            .iter()
            .find_map(|p| e.name.strip_prefix(p));
        let plural = member_of.is_some() || crate::sourcing::is_plural_mention(&e.name);
        if !unnamed || e.last < near || !plural {
            return None;
        }
        // "some aid workers" → "aid workers": the people without their count ("Aid workers"
        // opening a sentence without its capital; "Democrats" alone keeps it, and is left)
        let people = match member_of {
            Some(people) => people.to_string(),
            None => {
                let words: Vec<&str> = e.name.split(' ').collect();
                let counted = words
                    .iter()
                    .take_while(|w| lexicon::is_determiner(&w.to_lowercase()))
                    .count();
                let rest = words[counted..].join(" ");
                match rest.split_once(' ') {
                    Some((first, more)) => format!("{} {more}", first.to_lowercase()),
                    None => rest,
                }
            }
        };
        // a few plain words for people ("aid workers", "drivers"), never "series of photos"
        let plain = people.split(' ').all(|w| w.starts_with(char::is_lowercase));
        let head = people.rsplit(' ').next().unwrap_or("");
        let of_people = lexicon::is_anonymous_head(head)
            || lexicon::is_group_head(head)
            || lexicon::is_person_word(singular(head));
        if people.is_empty() || !plain || !of_people || people.split(' ').count() > 3 {
            return None;
        }
        let (role, head) = (e.role.clone(), e.head.clone());
        Some(self.add(
            format!("{lower} of the {people}"),
            SourceKind::Anonymous,
            role,
            head,
        ))
    }
}
