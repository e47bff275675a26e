//! The people of an article by surname, kept up to date as people are added and their gender
//! becomes known: a later "he" or "she" looks a surname up here instead of reading every
//! person seen so far.

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

    /// The index of `entities` built afresh.
    pub fn of(entities: &[Entity]) -> Surnames {
        let mut index = Surnames::default();
        for (k, e) in entities.iter().enumerate() {
            index.added(k, e);
        }
        index
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
