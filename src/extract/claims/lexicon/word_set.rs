//! The word lists' membership tests: a hash set behind a small filter on a word's length and
//! its first and last bytes, which answers most lookups of words not in the list by itself.

use super::FastSet;

/// A static word list as a hash set, with a filter before it. The lists are asked about
/// words of every kind ("is_org_word", "is_title" of each head and neighbour), and most of
/// those words are in none of them: a miss cost a hash of the word and a probe, some 70
/// instructions, where the filter answers in a few.
pub struct WordSet {
    filter: Filter<32>,
    set: FastSet<&'static str>,
}

impl WordSet {
    /// The set of the words of `list`.
    pub fn of(list: &'static [&'static str]) -> Self {
        WordSet {
            filter: Filter::of(list.iter().copied()),
            set: list.iter().copied().collect(),
        }
    }

    /// Whether `word`, exactly as written, is in the list.
    #[inline]
    pub fn contains(&self, word: &str) -> bool {
        self.filter.may_hold(word) && self.set.contains(word)
    }
}

/// A filter of words: `N` rows of 64 bits (`N` a power of two), a bit set for each word put
/// in, at a place hashed from its length and its first and last bytes. A word whose bit is
/// clear was not put in; one whose bit is set may have been.
pub struct Filter<const N: usize>([u64; N]);

/// A word's first and last eight bytes as integers (its first and last four, or its first,
/// middle and last byte, when it is shorter): two loads for a word of any length.
#[inline]
fn parts(b: &[u8]) -> (u64, u64) {
    let n = b.len();
    if n >= 8 {
        let first = u64::from_le_bytes(b[..8].try_into().expect("eight bytes"));
        let last = u64::from_le_bytes(b[n - 8..].try_into().expect("eight bytes"));
        (first, last)
    } else if n >= 4 {
        let first = u32::from_le_bytes(b[..4].try_into().expect("four bytes"));
        let last = u32::from_le_bytes(b[n - 4..].try_into().expect("four bytes"));
        (u64::from(first), u64::from(last))
    } else if n > 0 {
        (
            u64::from(b[0]) | u64::from(b[n / 2]) << 8 | u64::from(b[n - 1]) << 16,
            0,
        )
    } else {
        (0, 0)
    }
}

impl<const N: usize> Filter<N> {
    /// The filter of `words`.
    pub fn of<'a>(words: impl IntoIterator<Item = &'a str>) -> Self {
        let mut rows = [0u64; N];
        for w in words {
            let (row, bit) = Self::place(w.as_bytes());
            rows[row] |= 1 << bit;
        }
        Filter(rows)
    }

    /// Where `word`'s bit stands: its row and its bit in the row, from a multiplicative hash of
    /// its length and first and last eight bytes (see [`parts`]).
    #[inline]
    fn place(word: &[u8]) -> (usize, u32) {
        let (first, last) = parts(word);
        let h =
            (first ^ last.rotate_left(32) ^ word.len() as u64).wrapping_mul(0x9e37_79b9_7f4a_7c15);
        // the top bits, the best mixed: six for the bit, the rest for the row
        let index = (h >> (64 - 6 - N.trailing_zeros())) as usize;
        (index >> 6, (index & 63) as u32)
    }

    /// Whether `word` may have been put in (it was not if this is false).
    #[inline]
    pub fn may_hold(&self, word: &str) -> bool {
        let (row, bit) = Self::place(word.as_bytes());
        self.0[row] >> bit & 1 != 0
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
