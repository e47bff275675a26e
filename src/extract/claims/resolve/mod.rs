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
    /// The name lower-cased, as the rules compare it.
    lower_name: String,
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
    /// The full names found for surnames so far: every context handed to one resolver is a
    /// prefix of the same article text.
    full_names: full_names::FullNames,
    /// The fuller names of bodies found for lone names so far, as for full names.
    body_names: body_names::BodyNames,
    /// The entities by surname, head and name word, kept up to date with `entities`.
    index: index::Index,
}

/// What [`classify`] tells of a mention: kind, canonical name, role.
type Classified = (SourceKind, String, Option<String>);

/// The head of a mention: its last word before a post-modifier, lower-cased (the one
/// definition, shared with the sourcing rules' plural test).
pub fn head_of(mention: &str) -> String {
    crate::sourcing::mention_head(mention)
}

mod acronyms;
mod agencies;
mod agreement;
mod antecedents;
mod apposed;
mod apposed_bodies;
mod appositives;
mod arabic_article;
mod body_collectives;
mod body_names;
mod classify;
mod conjunct_words;
mod conjuncts;
mod descriptions;
mod firm_nouns;
mod fits;
mod full_names;
mod gender;
mod group_members;
mod headlines;
mod index;
mod kinds_by_head;
mod known_subjects;
mod latest;
mod member_titles;
mod members_bodies;
mod memo;
mod mention;
mod mention_words;
mod name_parts;
mod names;
mod outlet_cues;
mod owned_posts;
mod placed;
mod possessed;
mod pronouns;
mod recent_names;
mod run_by;
mod shapes;
mod shares;
mod speaking;
mod spokespeople;
mod study_authors;
mod taken_up_bodies;
#[cfg(test)]
mod tests;
mod titles;
mod unnamed_people;
mod uptake;
mod variants;
mod word_classes;

use agreement::agrees_as_plural;
use antecedents::*;
use apposed::*;
pub use classify::classify;
use firm_nouns::is_firm_noun;
use fits::*;
#[cfg(test)]
use full_names::full_name_before;
use gender::{gender_of, last_gendered_name, last_gendered_name_at, Gender};
use headlines::in_headline;
pub use memo::is_no_source;
pub use mention::without_article;
use mention::*;
use mention_words::{is_cap, singular, words};
use name_parts::*;
use names::*;
use placed::*;
use recent_names::*;
use shapes::*;
use titles::*;
pub use unnamed_people::is_unidentified_pronoun;
use unnamed_people::*;
use uptake::*;
use word_classes::*;

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
        if let Some(resolved) = self.apposed_person(mention, at, context, after) {
            return resolved;
        }
        if let Some(resolved) = self.apposed_body(mention, at, context, after) {
            return resolved;
        }
        let cleaned = memo::cleaned(mention);
        let mention = cleaned.as_str();
        let plural = crate::sourcing::is_plural_mention(mention);
        let lower = mention.trim().to_lowercase();
        let ws = words(mention);
        // "WHO said", "IT": a pronoun's letters in capitals are a body's initials
        let initials = acronyms::as_initials(mention);
        if lower == "who" && initials.is_none() {
            // "… on Sanders, who said": the relative pronoun takes the phrase right before it
            if let Some(start) = antecedent_start(context) {
                let phrase = context[start..].trim_end().trim_end_matches(',');
                return self.resolve(phrase, start, &context[..start]);
            }
        }
        let idx = if ws.len() == 1 && is_pronoun(&lower) && initials.is_none() {
            self.pronoun(&lower, mention, context)
        } else if let Some(i) = self.member_of_group(&lower, context) {
            Some(i)
        } else if let Some(i) = initials.and_then(|a| self.named_by_initials(a, context)) {
            Some(i)
        } else if let Some(i) = self.pronoun_owned_body(&ws, context) {
            Some(i)
        } else if let Some(i) = self.body_collective(&ws, context) {
            Some(i)
        } else if let Some((owner, post)) = owned_posts::owned_post_shape(&ws) {
            // "the company's spokeswoman": a post in a body, read apart from people's names
            self.owned_post(&owner, &post, context)
        } else if let Some(i) = self.forecasting_body(&lower, context) {
            Some(i)
        } else if let Some(i) = self.definite(&lower, &ws, context) {
            Some(i)
        } else if let Some(i) = self.titled(&lower, &ws, context) {
            Some(i)
        } else if let Some(i) = self.described(&ws, context) {
            Some(i)
        } else if let Some(i) = self.study_authored(&lower, context) {
            Some(i)
        } else if let Some(i) = self.doctor_named(&ws, context) {
            Some(i)
        } else {
            (self.name_variant(&ws, context)).or_else(|| self.family_name_written(&ws, context))
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
                // a pronoun with nothing to take up ("They say the bridge will close" opening
                // a story) names no one: a source of this article the text leaves unidentified,
                // never a named source shared with other articles under the name "they"
                // ("their" and "its" name it as "they" and "it" do)
                let name = match lower.as_str() {
                    "their" => "they",
                    "its" => "it",
                    other => other,
                };
                self.add(
                    name.to_string(),
                    SourceKind::UnnamedGroup,
                    None,
                    lower.clone(),
                )
            }
            None => 'named: {
                let (mut kind, mut name, mut role) = memo::classified(mention);
                // "a foreign ministry spokeswoman in Beijing": the town placing a spokesperson
                // leaves the voice of the kind it has without the town
                let unplaced = spokespeople::without_place(mention);
                if let Some(voice) = unplaced.filter(|_| kind == SourceKind::Anonymous) {
                    let (k, _, _) = memo::classified(voice);
                    if matches!(
                        k,
                        SourceKind::Official | SourceKind::Organization | SourceKind::Media
                    ) {
                        kind = k;
                    }
                }
                // "The Premier has defended … . Premier Rachel Donnelly told reporters": a
                // bare title is the holder the text names after it; failing one, a
                // description ("the premier"), never a person named "The Premier"
                let bare_title = (ws.len() == 2 && ws[0].eq_ignore_ascii_case("the"))
                    .then(|| ws[1])
                    .filter(|t| lexicon::is_title(&t.to_lowercase()));
                if let Some(title) = bare_title.filter(|_| kind == SourceKind::Person) {
                    if let Some(holder) = title_holder_after(title, after) {
                        let (k, n, r) = classify(&format!("{title} {holder}"));
                        if k == SourceKind::Person && n == holder {
                            break 'named self.add(n, k, r, head_of(mention));
                        }
                    }
                    name = name.to_lowercase();
                }
                // "The Athletic understands": an outlet, never a person named with "The"
                if let Some(outlet) = (kind == SourceKind::Person && role.is_none())
                    .then(|| outlet_cues::outlet_by_cue(mention, after))
                    .flatten()
                {
                    break 'named self.add(outlet, SourceKind::Media, None, head_of(mention));
                }
                // "Ofwat, the regulator, said": the appositive tells what the name is
                let apposed = appositive_after(after).map(|p| (p, kind_of_appositive(p)));
                if let Some((phrase, apposed_kind)) = apposed {
                    use SourceKind::{Media, Official, Organization};
                    match apposed_kind {
                        Some(SourceKind::Person) if kind == SourceKind::Person => {
                            let described = without_article(phrase);
                            // "Dr. Amesh Adalja, a senior scholar at …": a courtesy or academic
                            // title alone gives way to the description
                            if role.as_deref().map_or(true, is_courtesy_title) {
                                role = role_of_description(described).map(str::to_string);
                            }
                        }
                        // ("AS, the Spanish daily,": initials read as a body's are an outlet)
                        Some(k @ (Official | Organization | Media))
                            if kind == SourceKind::Unknown
                                || k == Media && kind == Organization
                                // "the BSI, a government agency,": a body the text says
                                // governs is official, not a firm
                                || k == Official && kind == Organization
                                || kind == SourceKind::Person
                                    && may_be_body(mention, &name, role.as_deref()) =>
                        {
                            kind = k;
                        }
                        _ => {}
                    }
                }
                // "Qantas said it would cut jobs", "Nexora Semiconductor …. Nexora said",
                // "Manchester United have sacked their coach": a name the text writes as a body
                let apposed_person = apposed.is_some_and(|(_, k)| k == Some(SourceKind::Person));
                if kind == SourceKind::Person
                    && !apposed_person
                    && may_be_body(mention, &name, role.as_deref())
                {
                    match self.as_body(&name, context, after) {
                        Some(body_names::AsBody::Entity(i)) => break 'named i,
                        Some(body_names::AsBody::Named(body)) => {
                            kind = SourceKind::Organization;
                            name = body;
                        }
                        None => {}
                    }
                }
                // "Al Qaeda claimed", "Al-Shabaab said": the Arabic article, not the given name
                // Al, unless the text named a person in full under the name
                let unread = matches!(kind, SourceKind::Person | SourceKind::Unknown);
                if unread && !apposed_person {
                    if let Some(body) = arabic_article::arabic_body_name(mention) {
                        if self.full_names.found(context, body).is_none() {
                            kind = SourceKind::Organization;
                            name = body.to_string();
                            role = None;
                        }
                    }
                }
                // "according to Sainsbury's.": a firm named in the possessive, owning nothing
                if kind == SourceKind::Person
                    && !apposed_person
                    && role.is_none()
                    && self.possessive_firm(&name, context, after)
                {
                    kind = SourceKind::Organization;
                }
                // "Trump’s plan to …", "the Republican Party’s claim": the owner of what was
                // said, named without the possessive
                if matches!(kind, SourceKind::Person | SourceKind::Media)
                    || ends_on_body_word(&name)
                {
                    if let Some(stem) = without_possessive(&name) {
                        name = stem.to_string();
                    }
                }
                // "A Barclays spokesman said": the body's voice, of the body's kind
                if let Some((k, body_voice)) =
                    self.spokesperson_body(unplaced.unwrap_or(mention), at, context, after)
                {
                    kind = k;
                    name = body_voice;
                    role = None;
                } else if kind == SourceKind::Person
                    && spokespeople::spokesperson_for(mention).is_some()
                {
                    // "A spokesman for Whitaker": a person's spokesman, unnamed, not Whitaker
                    kind = SourceKind::Anonymous;
                    name = lower_first(mention);
                    role = None;
                }
                // "two engineers, speaking on condition of anonymity, said": an aside that
                // withholds their names makes them anonymous sources
                if kind == SourceKind::UnnamedGroup && aside_withholds_name(after) {
                    kind = SourceKind::Anonymous;
                }
                // "Brown said", "Mr. Brown said" after "Pastor Joseph Brown of …" in the text:
                // the full name
                let surname = match name.split_once(' ') {
                    Some((h, rest)) if is_honorific(h) && !rest.contains(' ') => Some(rest),
                    Some(_) => None,
                    None => Some(name.as_str()),
                };
                if let Some(surname) = surname.filter(|_| kind == SourceKind::Person) {
                    // not a woman's name for "Mr. Trump" ("Ivanka Trump"), nor a man's for
                    // "Ms. Khan"
                    let wanted = gender_of(&name, None);
                    // a transcript's "ORTIZ:" is the "Lena Ortiz" named before
                    let surname = name_parts::from_capitals(surname);
                    if let Some(full) = self.full_names.found(context, &surname).filter(|f| {
                        !f.body
                            && (wanted.is_none()
                                || !matches!(gender_of(&f.name, None), Some(g) if Some(g) != wanted))
                    }) {
                        name = full.name;
                        // "Police arrested local councillor Greg Tindall …. Mr Tindall said":
                        // the title the text gave the full name is the role
                        role = role.or(full.role);
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
            self.index.surnames.gendered(idx, e);
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

    fn add(&mut self, name: String, kind: SourceKind, role: Option<String>, head: String) -> usize {
        // a person is never named in the possessive ("Tim Kaine's" read before a noun)
        let name = match without_possessive(&name) {
            Some(stem) if kind == SourceKind::Person => stem.to_string(),
            _ => name,
        };
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
            lower_name: name.to_lowercase(),
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
        let k = self.entities.len() - 1;
        self.index.added(&self.entities);
        k
    }

    /// Forgets the entities added after the first `len`.
    fn truncate_entities(&mut self, len: usize) {
        if self.entities.len() > len {
            self.entities.truncate(len);
            self.index = index::Index::of(&self.entities);
        }
    }
}
