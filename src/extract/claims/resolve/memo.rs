//! What the pure functions resolution calls most gave for a mention, remembered for the
//! thread's later articles too: the same mentions ("Trump", "the company", "officials") come
//! back article after article.

use std::cell::RefCell;
use std::thread::LocalKey;

use super::*;

/// How many mentions each memory holds before it starts afresh: bounded, so a long batch
/// does not grow it without end.
const LIMIT: usize = 1 << 14;

type Memory<V> = RefCell<lexicon::FastMap<Box<str>, V>>;

thread_local! {
    static CLEANED: Memory<String> = RefCell::default();
    static CLASSIFIED: Memory<Classified> = RefCell::default();
    static NO_SOURCE: Memory<bool> = RefCell::default();
}

/// `f(key)`, remembered in `memory`. The memory is not borrowed while `f` runs, which may
/// itself look something up.
fn remembered<V: Clone + 'static>(
    memory: &'static LocalKey<Memory<V>>,
    key: &str,
    f: impl FnOnce(&str) -> V,
) -> V {
    if let Some(v) = memory.with(|m| m.borrow().get(key).cloned()) {
        return v;
    }
    let v = f(key);
    memory.with(|m| {
        let mut m = m.borrow_mut();
        if m.len() >= LIMIT {
            m.clear();
        }
        m.insert(key.into(), v.clone());
    });
    v
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
