//! The word lists' membership tests: a hash set behind a small filter on a word's length and
//! its first and last bytes, which answers most lookups of words not in the list by itself.

use super::FastSet;

/// A static word list as a hash set, with a filter before it. The lists are asked about
/// words of every kind ("is_org_word", "is_title" of each head and neighbour), and most of
/// those words are in none of them: a miss cost a hash of the word and a probe, some 70
/// instructions. The filter holds a bit for each length (modulo 32) and pair of first and
/// last bytes (folded to six bits) of a listed word; a word whose bit is clear is no member,
/// known in a few instructions.
pub struct WordSet {
    filter: [u64; 32],
    set: FastSet<&'static str>,
}

/// Where `word`'s bit stands in the filter: its row (the length) and its bit in the row.
#[inline]
fn filter_bit(word: &[u8]) -> (usize, u32) {
    let first = word.first().copied().unwrap_or(0);
    let last = word.last().copied().unwrap_or(0);
    let fold = (first ^ last.wrapping_mul(7).rotate_left(3)) & 63;
    (word.len() & 31, u32::from(fold))
}

impl WordSet {
    /// The set of the words of `list`.
    pub fn of(list: &'static [&'static str]) -> Self {
        let mut filter = [0u64; 32];
        for w in list {
            let (row, bit) = filter_bit(w.as_bytes());
            filter[row] |= 1 << bit;
        }
        WordSet {
            filter,
            set: list.iter().copied().collect(),
        }
    }

    /// Whether `word`, exactly as written, is in the list.
    #[inline]
    pub fn contains(&self, word: &str) -> bool {
        let (row, bit) = filter_bit(word.as_bytes());
        self.filter[row] >> bit & 1 != 0 && self.set.contains(word)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn holds_every_listed_word_and_no_other() {
        static LIST: &[&str] = &[
            "",
            "a",
            "the",
            "says",
            "spokeswoman",
            "a-word-of-more-than-thirty-two-bytes",
        ];
        let set = WordSet::of(LIST);
        for w in LIST {
            assert!(set.contains(w), "{w:?}");
        }
        for w in [
            "b",
            "The",
            "say",
            "spokesman",
            "a-word-of-more-than-thirty-two-byte",
        ] {
            assert!(!set.contains(w), "{w}");
        }
    }
}
