//! Pronouns: the source "he", "she", "they" or "it" takes up, among the sources seen so far or
//! a name or noun phrase of the text before.

use super::*;

impl Resolver {
    pub(super) fn pronoun(&mut self, p: &str, _mention: &str, context: &str) -> Option<usize> {
        match p {
            "he" | "she" | "i" | "him" | "her" | "his" | "who" => {
                // "he" never takes up a woman, nor "she" a man
                let wanted = Gender::of_pronoun(p);
                let fits = |g: Option<Gender>| wanted.is_none() || g.is_none() || g == wanted;
                // nor a first person ("I") a third
                let third = |e: &Entity| wanted.is_none() || !matches!(e.name.as_str(), "I" | "We");
                let found =
                    self.latest(|e| e.kind == SourceKind::Person && fits(e.gender) && third(e));
                if let Some(i) = found {
                    // "Ann Reyes, a council member, spoke first. She said …": a person who
                    // opens a sentence after the last source's mention is the nearer one
                    let Some(name) = subject_name_after(context, self.entities[i].last) else {
                        return found;
                    };
                    let (kind, name, role) = classify(&name);
                    if kind != SourceKind::Person || !fits(gender_of(&name, role.as_deref())) {
                        return found;
                    }
                    return Some(self.add(name.clone(), kind, role, name.to_lowercase()));
                }
                let name = match wanted.and_then(|g| last_gendered_name(context, g)) {
                    Some(name) => name,
                    None => last_person_name(context)?,
                };
                if !fits(gender_of(&name, None)) {
                    return None;
                }
                // "Mr. Netanyahu" when "Benjamin Netanyahu" is known
                if let Some(i) = self.name_variant(&words(&name), context) {
                    return Some(i);
                }
                let (kind, mut name, role) = classify(&name);
                if !name.contains(' ') {
                    if let Some(full) = full_name_before(context, &name) {
                        name = full;
                    }
                }
                let kind = if kind == SourceKind::Unknown {
                    SourceKind::Person
                } else {
                    kind
                };
                Some(self.add(name.clone(), kind, role, name.to_lowercase()))
            }
            "they" | "we" | "their" => {
                let found = self.latest(|e| {
                    e.plural_seen
                        || matches!(
                            e.kind,
                            SourceKind::UnnamedGroup
                                | SourceKind::Organization
                                | SourceKind::Official
                                | SourceKind::Anonymous
                        )
                });
                let phrase = (p == "they").then(|| phrase_before(context, true));
                self.nearer_phrase(found, phrase, context.len())
            }
            "it" | "its" | "which" => {
                let found = self.latest(|e| {
                    matches!(
                        e.kind,
                        SourceKind::Organization
                            | SourceKind::Official
                            | SourceKind::Media
                            | SourceKind::Document
                    )
                });
                let phrase = (p == "it").then(|| phrase_before(context, false));
                self.nearer_phrase(found, phrase, context.len())
            }
            _ => None,
        }
    }

    /// The source a pronoun takes up: a noun phrase of the text (`phrase`, with its offset)
    /// written after the latest mention of the source `found` when that mention is further
    /// back than the last sentences before `end`, else that source.
    fn nearer_phrase(
        &mut self,
        found: Option<usize>,
        phrase: Option<Option<(usize, String)>>,
        end: usize,
    ) -> Option<usize> {
        let Some((at, phrase)) = phrase.flatten() else {
            return found;
        };
        // a source mentioned in the last sentences keeps the pronoun ("Republicans say
        // Democrats erred. They say …")
        if found.is_some_and(|i| {
            let last = self.entities[i].last;
            last >= at || last + ANTECEDENT_REACH >= end
        }) {
            return found;
        }
        let (kind, name, role) = classify(&phrase);
        if matches!(kind, SourceKind::Person | SourceKind::Unknown) {
            return found;
        }
        let i = self.add(name, kind, role, head_of(&phrase));
        self.entities[i].last = at;
        Some(i)
    }
}
