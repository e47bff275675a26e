//! Descriptions: the source "the source", "the ministry" or "the senator" stands for, by its
//! head noun or by the title the text gave a person.

use super::*;

impl Resolver {
    /// "the source", "the official", "the association", "the ministry", "the report".
    pub(super) fn definite(&mut self, lower: &str, ws: &[&str], context: &str) -> Option<usize> {
        let rest = lower
            .strip_prefix("the ")
            .or_else(|| lower.strip_prefix("this "))
            .or_else(|| lower.strip_prefix("that "))
            .or_else(|| lower.strip_prefix("these "))
            .or_else(|| lower.strip_prefix("those "))?;
        if ws.iter().skip(1).any(|w| is_cap(w)) || rest.split_whitespace().count() > 3 {
            return None;
        }
        let head = head_of(rest);
        let sing = singular(&head).to_string();
        let found = self.latest(|e| {
            singular(&e.head) == sing
                || e.name
                    .to_lowercase()
                    .split_whitespace()
                    .any(|w| w == head || w == sing)
        });
        if found.is_some() {
            return found;
        }
        // "the campaign" after "Ann Lee's campaign" is the Lee campaign
        if lower.starts_with("the ") && rest.split_whitespace().count() == 1 && is_body_word(&head)
        {
            if let Some(owned) = owned_before(context, &head) {
                let (kind, name, role) = classify(&owned);
                if matches!(kind, SourceKind::Organization | SourceKind::Official) {
                    return Some(self.add(name, kind, role, head));
                }
            }
        }
        if lexicon::is_title(&head)
            || matches!(head.as_str(), "candidate" | "nominee" | "president")
        {
            if let Some(i) = self.titled(lower, context) {
                return Some(i);
            }
            // the latest person whose role names the office ("the majority leader" after
            // "Senate Majority Leader Ann Lee"), else the latest person if the description fits
            // them: "the justice" is neither the former candidate named last nor anyone named
            // before; a description that fits no one is a source of its own (one left
            // unnamed, "the Idaho governor", is found by its head above)
            let person = |e: &Entity| e.kind == SourceKind::Person && !e.name.starts_with("the ");
            let named = self.latest(|e| {
                person(e)
                    && e.role
                        .as_deref()
                        .is_some_and(|role| role_names_office(role, &head))
                    && description_fits(rest, &head, e.role.as_deref())
            });
            return named.or_else(|| {
                self.latest(person)
                    .filter(|&i| description_fits(rest, &head, self.entities[i].role.as_deref()))
            });
        }
        None
    }

    /// "the senator", "the South Carolina senator", "the president": a title after "the" names
    /// the person the text gave that title, before a name ("Sen. Lindsey Graham") or in an
    /// appositive ("Lindsey Graham, the South Carolina senator,"), whether or not that person
    /// has been a source yet.
    pub(super) fn titled(&mut self, lower: &str, context: &str) -> Option<usize> {
        let rest = lower.strip_prefix("the ")?;
        let head = head_of(rest);
        if rest.split_whitespace().count() > 4
            || !rest.ends_with(head.as_str())
            || !(lexicon::is_title(&head) || is_party_noun(&head))
        {
            return None;
        }
        let (kind, name, role) = match titled_name_before(context, rest, &head) {
            Some(name) => classify(&name),
            // "Ann Lee says … . The Ohio senator is predicting": a description opening a
            // sentence goes on about the person whose name opened one just before
            None => {
                let written = subject_before(context)?;
                let (kind, mut name, role) = classify(&written);
                // "Ivo Brandt, a candidate for governor, spoke" describes him as it names him
                let described = role.clone().or_else(|| appositive_of(context, &written));
                if !description_fits(rest, &head, described.as_deref()) {
                    return None;
                }
                // a lone capitalised word is a surname only if the text gave it in full
                if !name.contains(' ') {
                    name = self.full_names.before(context, &name)?;
                }
                (kind, name, role)
            }
        };
        if kind != SourceKind::Person {
            return None;
        }
        let surname = name.split_whitespace().last()?.to_lowercase();
        let known =
            self.latest(|e| e.kind == SourceKind::Person && (e.name == name || e.head == surname));
        // "Former candidate Ann Lee …. Lee spoke. The justice said": the role the text gave
        // her before does not fit either
        if known.is_some_and(|i| !description_fits(rest, &head, self.entities[i].role.as_deref())) {
            return None;
        }
        known.or_else(|| Some(self.add(name, kind, role, surname)))
    }
}
