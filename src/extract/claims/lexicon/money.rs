//! The letters that open an amount of money written without a space in African and South
//! Asian copy: "N15,000" (naira), "R9,500" (rand), "KSh2,000" (Kenyan shillings), "Rs500"
//! (rupees), "K750" (kwacha).

use std::sync::OnceLock;

word_set!(
    /// Currency prefixes, lower-cased, written straight before the digits of an amount.
    is_currency_prefix,
    ["n", "r", "k", "p", "rs", "ksh", "ush", "tsh", "sh", "ghs", "gh₵", "zk", "le"]
);

/// Whether `word`, lower-cased, is an amount after a currency prefix: the prefix, then digits
/// with their separators ("n15,000", "r9.5", "ksh2,000"); the caller checks that it opens
/// with a capital. Three digits at least, or a separator, so that a model's or a mask's name
/// ("N95", "K9") is none.
pub fn is_prefixed_amount(word: &str) -> bool {
    let Some(split) = word.find(|c: char| c.is_ascii_digit()) else {
        return false;
    };
    let (prefix, amount) = word.split_at(split);
    let digits = amount.bytes().filter(u8::is_ascii_digit).count();
    let separated = amount.contains([',', '.']);
    amount
        .bytes()
        .all(|b| b.is_ascii_digit() || b == b',' || b == b'.')
        && (digits >= 3 || separated)
        && is_currency_prefix(prefix)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn amounts_after_a_currency_prefix() {
        for w in ["n15,000", "r9,500", "ksh2,000", "rs500", "k750", "r2.5"] {
            assert!(is_prefixed_amount(w), "{w}");
        }
        for w in ["n95", "k9", "b52", "x500", "r2-d2", "15,000", "covid19"] {
            assert!(!is_prefixed_amount(w), "{w}");
        }
    }
}
