//! Which entity seen so far a mention takes up: the one mentioned last among those that pass a
//! test.

use super::*;

impl Resolver {
    /// The entity mentioned last of those that pass `f`.
    pub(super) fn latest(&self, f: impl Fn(&Entity) -> bool) -> Option<usize> {
        self.entities
            .iter()
            .enumerate()
            .filter(|(_, e)| f(e))
            .max_by_key(|(_, e)| e.last)
            .map(|(i, _)| i)
    }

    /// `latest(f)` among the entities `lists` hold (each in the order the entities were added;
    /// an entity may be in more than one): the one mentioned last, of two mentioned at the same
    /// place the one added later.
    pub(super) fn latest_of(
        &self,
        lists: &[&[usize]],
        f: impl Fn(&Entity) -> bool,
    ) -> Option<usize> {
        (lists.iter().flat_map(|l| l.iter().copied()))
            .filter(|&i| f(&self.entities[i]))
            .max_by_key(|&i| (self.entities[i].last, i))
    }

    /// `latest(|e| cheap(e) && costly(e))`, with the costly test run only from the latest
    /// candidate down, not on every entity of a long article.
    pub(super) fn latest_both(
        &self,
        cheap: impl Fn(&Entity) -> bool,
        costly: impl Fn(&Entity) -> bool,
    ) -> Option<usize> {
        let mut candidates: Vec<(usize, usize)> = (self.entities.iter().enumerate())
            .filter(|(_, e)| cheap(e))
            .map(|(i, e)| (e.last, i))
            .collect();
        // latest first; of two mentioned at the same place, the one added later, as
        // `max_by_key` picks. The first candidate nearly always passes: no sorting.
        while let Some(k) = (0..candidates.len()).max_by_key(|&k| candidates[k]) {
            let (_, i) = candidates.swap_remove(k);
            if costly(&self.entities[i]) {
                return Some(i);
            }
        }
        None
    }
}
