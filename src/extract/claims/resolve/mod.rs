//! Source resolution: a mention as written ("he", "the source", "Nunez", "Parisian police chief
//! Laurent Nunez") becomes a source with a canonical name, a role and a kind, linked back to
//! earlier mentions of the same source.

use super::lexicon;
use crate::vocab::SourceKind;

/// A source the article has mentioned.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entity {
    pub name: String,
    pub kind: SourceKind,
    pub role: Option<String>,
    /// Lower-cased head noun ("source", "ministry") or surname.
    pub head: String,
    pub plural_seen: bool,
    pub singular_seen: bool,
    /// Byte offset of the latest mention.
    pub last: usize,
    /// For a person, the gender a title, role word or given name showed.
    pub gender: Option<Gender>,
    /// Whether the name was read for a gender already.
    name_read: bool,
}

/// What one mention resolved to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Resolved {
    pub entity: usize,
    pub plural: bool,
}

/// Resolves mentions in article order, remembering the sources seen so far.
#[derive(Debug, Default)]
pub struct Resolver {
    pub entities: Vec<Entity>,
    /// [`classify`] of the mentions seen so far: an article names the same few sources again
    /// and again.
    classified: lexicon::FastMap<String, Classified>,
    /// [`clean_mention`] of the mentions seen so far.
    cleaned: lexicon::FastMap<String, String>,
}

/// What [`classify`] tells of a mention: kind, canonical name, role.
type Classified = (SourceKind, String, Option<String>);

fn words(s: &str) -> Vec<&str> {
    s.split_whitespace()
        .map(|w| w.trim_matches(|c: char| matches!(c, ',' | ';' | ':' | '“' | '”' | '"')))
        .filter(|w| !w.is_empty())
        .collect()
}

fn is_cap(w: &str) -> bool {
    w.chars().next().is_some_and(char::is_uppercase)
}

/// The head of a mention: its last word before a post-modifier, lower-cased (the one
/// definition, shared with the sourcing rules' plural test).
pub fn head_of(mention: &str) -> String {
    crate::sourcing::mention_head(mention)
}

fn singular(w: &str) -> &str {
    if w.len() > 3 && w.ends_with('s') && !w.ends_with("ss") {
        &w[..w.len() - 1]
    } else {
        w
    }
}

mod antecedents;
mod classify;
#[cfg(test)]
mod conjunct_tests;
mod conjuncts;
mod gender;
mod mention;
mod names;
mod shapes;
#[cfg(test)]
mod tests;

use antecedents::*;
pub use classify::classify;
use gender::{gender_of, last_gendered_name, Gender};
pub use mention::is_no_source;
use mention::*;
use names::*;
use shapes::*;

impl Resolver {
    /// Resolves a mention (its text as written, at byte offset `at`), with `context` the article
    /// text before it (for a pronoun whose person has not been a source yet).
    pub fn resolve(&mut self, mention: &str, at: usize, context: &str) -> Resolved {
        self.resolve_in(mention, at, context, "")
    }

    /// Resolves a mention as [`Resolver::resolve`] does, with `after` the article text after
    /// it: a role set off by commas next to a name ("Ann Lee, chairman of Acme, said"; "the
    /// spokesman, Ed Lim, said") is that named person.
    pub fn resolve_in(&mut self, mention: &str, at: usize, context: &str, after: &str) -> Resolved {
        if let Some((name, name_at)) = appositive_name(mention, context, after, at) {
            let name_context = &context[..name_at.min(context.len())];
            return self.resolve(&name, name_at, name_context);
        }
        let cleaned = self.cleaned(mention);
        let mention = cleaned.as_str();
        let plural = crate::sourcing::is_plural_mention(mention);
        let lower = mention.trim().to_lowercase();
        let ws = words(mention);
        if lower == "who" {
            // "… on Sanders, who said": the relative pronoun takes the phrase right before it
            if let Some(start) = antecedent_start(context) {
                let phrase = context[start..].trim_end().trim_end_matches(',');
                return self.resolve(phrase, start, &context[..start]);
            }
        }
        let idx = if ws.len() == 1 && is_pronoun(&lower) {
            self.pronoun(&lower, mention, context)
        } else if let Some(i) = self.definite(&lower, &ws, context) {
            Some(i)
        } else if let Some(i) = self.titled(&lower, context) {
            Some(i)
        } else {
            self.name_variant(&ws, context)
        };
        let idx = match idx {
            Some(i) => i,
            None if matches!(lower.as_str(), "he" | "she" | "i" | "his" | "her" | "him") => {
                // a person the text has not named yet
                self.add(
                    mention.trim().to_string(),
                    SourceKind::Person,
                    None,
                    lower.clone(),
                )
            }
            None if matches!(lower.as_str(), "they" | "it" | "we" | "its" | "their") => {
                // a pronoun with nothing to take up: not yet classified, never a name
                self.add(lower.clone(), SourceKind::Unknown, None, lower.clone())
            }
            None => {
                let (kind, mut name, role) = self.classify_cleaned(mention);
                if kind == SourceKind::Person && !name.contains(' ') {
                    if let Some(full) = full_name_before(context, &name) {
                        name = full;
                    }
                }
                self.add(name, kind, role, head_of(mention))
            }
        };
        let e = &mut self.entities[idx];
        e.last = at;
        if e.kind == SourceKind::Person && e.gender.is_none() {
            // a title, role or given name shows the gender; failing those, "he" or "she"
            // taking the person up does (the name is read once; a new written form each time)
            let written = (!is_pronoun(&lower) && (!e.name_read || mention != e.name))
                .then(|| gender_of(mention, e.role.as_deref()));
            let by_name = || (!e.name_read).then(|| gender_of(&e.name, None)).flatten();
            e.gender = written
                .flatten()
                .or_else(by_name)
                .or_else(|| Gender::of_pronoun(&lower));
            e.name_read = true;
        }
        if plural {
            e.plural_seen = true;
        } else if !is_pronoun(&lower) || matches!(lower.as_str(), "he" | "she" | "it") {
            e.singular_seen = true;
        }
        Resolved {
            entity: idx,
            plural,
        }
    }

    /// [`clean_mention`], remembered per mention.
    fn cleaned(&mut self, mention: &str) -> String {
        if let Some(c) = self.cleaned.get(mention) {
            return c.clone();
        }
        let c = clean_mention(mention);
        self.cleaned.insert(mention.to_string(), c.clone());
        c
    }

    /// [`classify::classify_cleaned`], remembered per mention.
    fn classify_cleaned(&mut self, mention: &str) -> Classified {
        if let Some(c) = self.classified.get(mention) {
            return c.clone();
        }
        let c = classify::classify_cleaned(mention);
        self.classified.insert(mention.to_string(), c.clone());
        c
    }

    fn add(&mut self, name: String, kind: SourceKind, role: Option<String>, head: String) -> usize {
        if let Some(i) = self
            .entities
            .iter()
            .position(|e| e.name.eq_ignore_ascii_case(&name) && e.kind == kind)
        {
            if self.entities[i].role.is_none() {
                self.entities[i].role = role;
            }
            return i;
        }
        let head = if kind == SourceKind::Person {
            name.split_whitespace().last().unwrap_or("").to_lowercase()
        } else {
            head
        };
        self.entities.push(Entity {
            name,
            kind,
            role,
            head,
            plural_seen: false,
            singular_seen: false,
            last: 0,
            gender: None,
            name_read: false,
        });
        self.entities.len() - 1
    }

    fn latest(&self, f: impl Fn(&Entity) -> bool) -> Option<usize> {
        self.entities
            .iter()
            .enumerate()
            .filter(|(_, e)| f(e))
            .max_by_key(|(_, e)| e.last)
            .map(|(i, _)| i)
    }

    fn pronoun(&mut self, p: &str, _mention: &str, context: &str) -> Option<usize> {
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

    /// "the source", "the official", "the association", "the ministry", "the report".
    fn definite(&mut self, lower: &str, ws: &[&str], context: &str) -> Option<usize> {
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
            return self.latest(|e| e.kind == SourceKind::Person);
        }
        None
    }

    /// "the senator", "the South Carolina senator", "the president": a title after "the" names
    /// the person the text gave that title, before a name ("Sen. Lindsey Graham") or in an
    /// appositive ("Lindsey Graham, the South Carolina senator,"), whether or not that person
    /// has been a source yet.
    fn titled(&mut self, lower: &str, context: &str) -> Option<usize> {
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
                let name = subject_before(context)?;
                let (kind, mut name, role) = classify(&name);
                if !description_fits(rest, &head, role.as_deref()) {
                    return None;
                }
                // a lone capitalised word is a surname only if the text gave it in full
                if !name.contains(' ') {
                    name = full_name_before(context, &name)?;
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
        known.or_else(|| Some(self.add(name, kind, role, surname)))
    }

    /// "Nunez" after "Laurent Nunez"; "Mr. Trump" after "Donald Trump".
    fn name_variant(&self, ws: &[&str], context: &str) -> Option<usize> {
        // a name variant is capitalised: "he", "the ministry" never are
        if !ws.iter().any(|w| is_cap(w)) {
            return None;
        }
        let names: Vec<&str> = ws
            .iter()
            .copied()
            .filter(|w| !lexicon::is_title(&w.to_lowercase()))
            .collect();
        if names.is_empty() || names.len() > 2 || !names.iter().all(|w| is_cap(w)) {
            return None;
        }
        let last = names.last()?.trim_end_matches("'s").to_lowercase();
        // "Hillary Clinton" is not "Chelsea Clinton": a given name written must be the same
        let given = (names.len() == 2).then_some(names[0]);
        let same_name = |e: &Entity| {
            e.kind == SourceKind::Person
                && e.head == last
                && e.name.contains(' ')
                && given.map_or(true, |g| e.name.split_whitespace().any(|w| w == g))
        };
        // nor is "Ms. Khan" "Mr. Khan" (read only when a person of that name has a gender)
        let gender = if self
            .entities
            .iter()
            .any(|e| e.gender.is_some() && same_name(e))
        {
            match ws {
                [one] => gender_of(one, None),
                _ => gender_of(&ws.join(" "), None),
            }
        } else {
            None
        };
        let fits = |e: &Entity| {
            same_name(e) && (gender.is_none() || e.gender.is_none() || e.gender == gender)
        };
        let candidates: Vec<usize> = (0..self.entities.len())
            .filter(|&i| fits(&self.entities[i]))
            .collect();
        if candidates.len() < 2 {
            return candidates.first().copied();
        }
        // two people of one surname: the one whose full name the text wrote last ("Hillary
        // Clinton rebuffed a heckler. … Clinton told her")
        let mut from = context.len().saturating_sub(600);
        while !context.is_char_boundary(from) {
            from += 1;
        }
        let tail = &context[from..];
        let written_last = candidates
            .iter()
            .filter_map(|&i| tail.rfind(self.entities[i].name.as_str()).map(|at| (at, i)))
            .max();
        written_last.map(|(_, i)| i).or_else(|| self.latest(fits))
    }
}
