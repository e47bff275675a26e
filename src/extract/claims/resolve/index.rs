//! The sources of an article by head, by the words of their names and, for people, by
//! surname, kept up to date as sources are added and people's gender becomes known: a later
//! mention looks its head, word or surname up here instead of reading every source seen so
//! far.

use super::*;

/// The people sharing one surname.
#[derive(Debug, Default, Clone, Copy)]
pub(super) struct Surname {
    /// How many people seen have the surname.
    pub people: usize,
    /// The last person added with the surname known to be female.
    female: Option<usize>,
    /// The last person added with the surname known to be male.
    male: Option<usize>,
}

impl Surname {
    /// The last person added with the surname known to be of gender `g`.
    pub fn of(&self, g: Gender) -> Option<usize> {
        match g {
            Gender::Female => self.female,
            Gender::Male => self.male,
        }
    }
}

/// The person sources of an article with a given name and a surname (a capitalised word of
/// three letters or more), by surname.
#[derive(Debug, Default)]
pub(super) struct Surnames(lexicon::FastMap<String, Surname>);

/// The surname under which `e` is indexed, if any.
fn indexed_surname(e: &Entity) -> Option<&str> {
    if e.kind != SourceKind::Person || !e.name.contains(' ') {
        return None;
    }
    let surname = e.name.rsplit(' ').next().unwrap_or("");
    (surname.chars().count() >= 3 && is_cap(surname)).then_some(surname)
}

impl Surnames {
    /// Whether no person is indexed.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// The people with surname `surname`.
    pub fn get(&self, surname: &str) -> Option<&Surname> {
        self.0.get(surname)
    }

    /// Indexes entity `k`, just added.
    pub fn added(&mut self, k: usize, e: &Entity) {
        if let Some(surname) = indexed_surname(e) {
            let entry = match self.0.get_mut(surname) {
                Some(entry) => entry,
                None => self.0.entry(surname.to_string()).or_default(),
            };
            entry.people += 1;
            entry.note_gender(k, e.gender);
        }
    }

    /// Notes the gender of entity `k`, just found.
    pub fn gendered(&mut self, k: usize, e: &Entity) {
        if let Some(entry) = indexed_surname(e).and_then(|s| self.0.get_mut(s)) {
            entry.note_gender(k, e.gender);
        }
    }
}

impl Surname {
    fn note_gender(&mut self, k: usize, g: Option<Gender>) {
        let slot = match g {
            Some(Gender::Female) => &mut self.female,
            Some(Gender::Male) => &mut self.male,
            None => return,
        };
        *slot = Some(slot.map_or(k, |s| s.max(k)));
    }
}

/// The sources of an article by a key, each list in the order the sources were added: by
/// head, by head in the singular, by each word of the lower-cased name.
#[derive(Debug, Default)]
pub(super) struct Keyed(lexicon::FastMap<String, Vec<usize>>);

impl Keyed {
    /// The sources under `key`, in the order they were added.
    pub fn get(&self, key: &str) -> &[usize] {
        self.0.get(key).map_or(&[], Vec::as_slice)
    }

    /// Files entity `k`, just added, under `key` (once, however often it is filed).
    fn file(&mut self, k: usize, key: &str) {
        match self.0.get_mut(key) {
            Some(list) if list.last() == Some(&k) => {}
            Some(list) => list.push(k),
            None => {
                self.0.insert(key.to_string(), vec![k]);
            }
        }
    }
}

/// From how many sources on an article's sources are looked up by head and name word: below
/// it, reading them all costs less than keeping the lists.
const KEYED_FROM: usize = 40;

/// The indexes of an article's sources the rules look sources up by.
#[derive(Debug, Default)]
pub(super) struct Index {
    /// The people by surname.
    pub surnames: Surnames,
    /// The sources by key, once there are [`KEYED_FROM`] of them.
    pub keyed: Option<ByKey>,
}

/// The sources by head and by name word.
#[derive(Debug, Default)]
pub(super) struct ByKey {
    /// The sources by [`Entity::head`].
    pub heads: Keyed,
    /// The sources by [`Entity::head`] in the singular.
    pub singular_heads: Keyed,
    /// The sources by each word of their lower-cased name.
    pub name_words: Keyed,
}

impl ByKey {
    fn added(&mut self, k: usize, e: &Entity) {
        self.heads.file(k, &e.head);
        self.singular_heads.file(k, singular(&e.head));
        for w in e.lower_name.split_whitespace() {
            self.name_words.file(k, w);
        }
    }
}

impl Index {
    /// Indexes the last of `entities`, just added.
    pub fn added(&mut self, entities: &[Entity]) {
        let k = entities.len() - 1;
        self.surnames.added(k, &entities[k]);
        match &mut self.keyed {
            Some(keyed) => keyed.added(k, &entities[k]),
            None if entities.len() >= KEYED_FROM => {
                let mut keyed = ByKey::default();
                for (k, e) in entities.iter().enumerate() {
                    keyed.added(k, e);
                }
                self.keyed = Some(keyed);
            }
            None => {}
        }
    }

    /// The index of `entities` built afresh.
    pub fn of(entities: &[Entity]) -> Index {
        let mut index = Index::default();
        for k in 1..=entities.len() {
            index.added(&entities[..k]);
        }
        index
    }
}
