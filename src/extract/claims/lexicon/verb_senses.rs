//! Words around a verb that is more often something else and tell its sense: the bound of an
//! estimate ("put the figure closer to 50") and the determiners that make the next word a noun
//! ("the worry that", not "some worry that").

use std::sync::OnceLock;

word_set!(
    /// Lower-cased words that set an amount's rough bound after the object of "put" ("put the
    /// figure closer to 50", "put the toll above 100"), as "at" sets the amount itself.
    is_estimate_bound,
    ["closer", "nearer", "near", "above", "below", "around"]
);

word_set!(
    /// Lower-cased determiners that only ever open a noun phrase, never stand for people as a
    /// subject ("the worry that", "her worry that"; unlike "some" or "many", "Some worry that").
    is_noun_only_determiner,
    [
        "a", "an", "the", "this", "that", "his", "her", "its", "their", "our", "my", "your",
        "no", "every", "each", "another",
    ]
);
