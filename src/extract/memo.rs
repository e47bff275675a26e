//! What pure functions of a short text (a mention, a word) gave, remembered per thread for
//! the thread's later calls and articles: the same mentions ("Trump", "the company",
//! "officials") come back article after article.

use std::cell::RefCell;
use std::thread::LocalKey;

/// How many texts a memory holds before it starts afresh: bounded, so a long batch does not
/// grow it without end.
const LIMIT: usize = 1 << 14;

/// One function's memory, to be declared `thread_local!`.
pub type Memory<V> = RefCell<rustc_hash::FxHashMap<Box<str>, V>>;

/// `f(key)`, remembered in `memory`. The memory is not borrowed while `f` runs, which may
/// itself look something up.
pub fn remembered<V: Clone + 'static>(
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
