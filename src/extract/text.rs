//! Byte-level text helpers shared by the stages: Unicode whitespace (NBSP, BOM, thin spaces)
//! recognised on raw bytes, so every stage can scan the original text and keep its offsets.

/// Whether the byte at `i` is ASCII whitespace.
#[inline]
pub fn is_space_at(b: &[u8], i: usize) -> bool {
    b.get(i).is_some_and(|c| c.is_ascii_whitespace())
}

/// The byte length of the whitespace character starting at `i` (0 when there is none).
/// Counts ASCII whitespace, NBSP, NEL, the U+2000 spaces, zero-width space, line and paragraph
/// separators, narrow NBSP, medium math space, ideographic space and the BOM.
#[inline]
pub fn space_len_after(b: &[u8], i: usize) -> usize {
    let Some(&c) = b.get(i) else { return 0 };
    if c < 0x80 {
        return usize::from(c.is_ascii_whitespace());
    }
    match (c, b.get(i + 1).copied(), b.get(i + 2).copied()) {
        (0xC2, Some(0xA0 | 0x85), _) => 2,
        (0xE2, Some(0x80), Some(0x80..=0x8B | 0xA8 | 0xA9 | 0xAF)) => 3,
        (0xE2, Some(0x81), Some(0x9F)) => 3,
        (0xE3, Some(0x80), Some(0x80)) => 3,
        (0xEF, Some(0xBB), Some(0xBF)) => 3,
        _ => 0,
    }
}

/// The byte length of the whitespace character ending at `end` (0 when there is none).
#[inline]
pub fn space_len_before(b: &[u8], end: usize) -> usize {
    if end == 0 || end > b.len() {
        return 0;
    }
    let c = b[end - 1];
    if c < 0x80 {
        return usize::from(c.is_ascii_whitespace());
    }
    if end >= 2 && space_len_after(b, end - 2) == 2 {
        return 2;
    }
    if end >= 3 && space_len_after(b, end - 3) == 3 {
        return 3;
    }
    0
}

/// Whether `c` is whitespace for the engine (what `space_len_after` recognises).
pub fn is_space_char(c: char) -> bool {
    c.is_whitespace() || matches!(c, '\u{feff}' | '\u{200b}')
}

/// Trims engine whitespace from both ends of `[start, end)` of `text`.
pub fn trim_span(text: &str, mut start: usize, mut end: usize) -> (usize, usize) {
    let b = text.as_bytes();
    while start < end {
        let n = space_len_after(b, start);
        if n == 0 {
            break;
        }
        start += n;
    }
    while end > start {
        let n = space_len_before(b, end);
        if n == 0 {
            break;
        }
        end -= n;
    }
    (start, end)
}

/// The paragraphs of `text`, one per non-blank line (news text puts a paragraph on a line),
/// as trimmed byte ranges in order.
pub fn paragraphs(text: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut start = 0;
    for (i, _) in text.match_indices('\n') {
        let (s, e) = trim_span(text, start, i);
        if s < e {
            out.push((s, e));
        }
        start = i + 1;
    }
    let (s, e) = trim_span(text, start, text.len());
    if s < e {
        out.push((s, e));
    }
    out
}

/// A table of the bytes a scanning loop stops at, built at compile time: the loop skips the
/// others with one lookup each.
pub const fn byte_table(stops: &[u8]) -> [bool; 256] {
    let mut t = [false; 256];
    let mut k = 0;
    while k < stops.len() {
        t[stops[k] as usize] = true;
        k += 1;
    }
    t
}

/// `s` lower-cased, as `str::to_lowercase` gives it, without allocating when `s` is already
/// lower-case ASCII (most words are): word tests run on every mention and token.
pub fn lowercase(s: &str) -> std::borrow::Cow<'_, str> {
    use std::borrow::Cow;
    if !s.is_ascii() {
        Cow::Owned(s.to_lowercase())
    } else if s.bytes().any(|b| b.is_ascii_uppercase()) {
        Cow::Owned(s.to_ascii_lowercase())
    } else {
        Cow::Borrowed(s)
    }
}

/// Folds typographic quotes and dashes to ASCII for matching: curly quotes to straight ones,
/// en and em dashes to '-'. Used on short snippets only, never on offsets.
pub fn fold_punct(s: &str) -> String {
    s.chars()
        .map(|c| match c {
            '\u{2018}' | '\u{2019}' | '\u{201a}' | '\u{2032}' => '\'',
            '\u{201c}' | '\u{201d}' | '\u{201e}' | '\u{2033}' | '«' | '»' => '"',
            '\u{2013}' | '\u{2014}' | '\u{2212}' => '-',
            '\u{a0}' => ' ',
            c => c,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lowercase_agrees_with_to_lowercase_and_borrows_lower_case_ascii() {
        for w in ["said", "Said", "U.S.", "ÉCOLE", "Ağca", "ΟΔΟΣ", "", "x1-y"] {
            assert_eq!(lowercase(w), w.to_lowercase(), "{w}");
        }
        assert!(matches!(lowercase("said"), std::borrow::Cow::Borrowed(_)));
    }

    #[test]
    fn recognises_unicode_spaces_both_ways() {
        let t = "a\u{a0}b\u{feff}c\u{2009}d";
        let b = t.as_bytes();
        assert_eq!(space_len_after(b, 1), 2);
        assert_eq!(space_len_before(b, 3), 2);
        assert_eq!(space_len_after(b, 4), 3);
        assert_eq!(space_len_before(b, 7), 3);
        assert_eq!(space_len_after(b, 8), 3);
        assert_eq!(space_len_after(b, 0), 0);
        // 'à' ends in 0xA0 but is not a space.
        assert_eq!(space_len_before("à".as_bytes(), 2), 0);
    }

    #[test]
    fn trims_crlf_and_bom() {
        let t = "\u{feff} Hello\r\n";
        let (s, e) = trim_span(t, 0, t.len());
        assert_eq!(&t[s..e], "Hello");
    }

    #[test]
    fn paragraphs_are_lines() {
        let t = "Title\r\n\r\nFirst para.\n \nSecond.";
        let p: Vec<&str> = paragraphs(t).into_iter().map(|(s, e)| &t[s..e]).collect();
        assert_eq!(p, vec!["Title", "First para.", "Second."]);
    }

    #[test]
    fn folds_quotes_and_dashes() {
        assert_eq!(
            fold_punct("\u{201c}No\u{201d} \u{2014} it\u{2019}s"),
            "\"No\" - it's"
        );
    }
}
