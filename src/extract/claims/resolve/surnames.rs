//! The sources of an article by head and the people by surname, kept up to date as sources
//! are added and people's gender becomes known: a later mention looks its head or surname up
//! here instead of reading every source seen so far.

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

/// The sources of an article by [`Entity::head`], each list in the order they were added.
#[derive(Debug, Default)]
pub(super) struct Heads(lexicon::FastMap<String, Vec<usize>>);

impl Heads {
    /// The sources with head `head`, in the order they were added.
    pub fn get(&self, head: &str) -> &[usize] {
        self.0.get(head).map_or(&[], Vec::as_slice)
    }

    /// Indexes entity `k`, just added.
    pub fn added(&mut self, k: usize, e: &Entity) {
        match self.0.get_mut(e.head.as_str()) {
            Some(list) => list.push(k),
            None => {
                self.0.insert(e.head.clone(), vec![k]);
            }
        }
    }

    /// The index of `entities` built afresh.
    pub fn of(entities: &[Entity]) -> Heads {
        let mut index = Heads::default();
        for (k, e) in entities.iter().enumerate() {
            index.added(k, e);
        }
        index
    }
}
