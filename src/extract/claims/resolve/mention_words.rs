//! The words of a mention as the rules read them: split without the punctuation around them,
//! capitalised or not, a plural's singular.

/// The words of a mention without the punctuation around them. An ASCII mention (most are) is
/// split byte by byte, at the ASCII characters `char::is_whitespace` knows.
pub(super) fn words(s: &str) -> Vec<&str> {
    fn bare(w: &str) -> &str {
        w.trim_matches(|c: char| matches!(c, ',' | ';' | ':' | '“' | '”' | '"'))
    }
    if !s.is_ascii() {
        return s
            .split_whitespace()
            .map(bare)
            .filter(|w| !w.is_empty())
            .collect();
    }
    let is_space = |b: u8| matches!(b, b' ' | b'\t'..=b'\r');
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(8);
    let mut i = 0;
    while i < bytes.len() {
        while i < bytes.len() && is_space(bytes[i]) {
            i += 1;
        }
        let start = i;
        while i < bytes.len() && !is_space(bytes[i]) {
            i += 1;
        }
        let w = bare(&s[start..i]);
        if !w.is_empty() {
            out.push(w);
        }
    }
    out
}

/// Whether a word opens on a capital ("Acme", "Élysée").
pub(super) fn is_cap(w: &str) -> bool {
    w.chars().next().is_some_and(char::is_uppercase)
}

/// A plural noun's singular by its "-s" ("officials" → "official"), leaving "-ss" alone.
pub(super) fn singular(w: &str) -> &str {
    if w.len() > 3 && w.ends_with('s') && !w.ends_with("ss") {
        &w[..w.len() - 1]
    } else {
        w
    }
}
