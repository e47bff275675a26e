//! What the pure functions resolution calls most gave for a mention, remembered for the
//! thread's later articles too (see [`crate::extract::memo`]).

use std::cell::RefCell;

use super::*;
use crate::extract::memo::{remembered, Memory};

thread_local! {
    static CLEANED: Memory<String> = RefCell::default();
    static CLASSIFIED: Memory<Classified> = RefCell::default();
    static NO_SOURCE: Memory<bool> = RefCell::default();
}

/// [`clean_mention`], remembered.
pub(super) fn cleaned(mention: &str) -> String {
    remembered(&CLEANED, mention, clean_mention)
}

/// [`classify::classify_cleaned`], remembered.
pub(super) fn classified(cleaned: &str) -> Classified {
    remembered(&CLASSIFIED, cleaned, classify::classify_cleaned)
}

/// [`is_no_source_uncached`], remembered.
pub fn is_no_source(mention: &str) -> bool {
    remembered(&NO_SOURCE, mention, is_no_source_uncached)
}
