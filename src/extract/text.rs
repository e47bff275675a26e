//! Byte-level text helpers shared by the stages: Unicode whitespace (NBSP, BOM, thin spaces)
//! recognised on raw bytes, so every stage can scan the original text and keep its offsets;
//! lower-casing, and the value of a number written as a word.

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

/// Finds, from any position on, the next byte of a set of up to six: vectorised scans
/// (`memchr3`), one per three bytes, each remembering what it found so that a rare byte is not
/// looked for again until the scan passes it. A byte-at-a-time loop cost the quotation and
/// sentence stages about six instructions per byte of text.
pub struct ByteScan<'a> {
    hay: &'a [u8],
    groups: [[u8; 3]; 2],
    /// Per group: the next hit at or after `from` when it was last looked for
    /// (`usize::MAX`: none to the end), and that `from`.
    found: [Option<(usize, usize)>; 2],
}

impl<'a> ByteScan<'a> {
    /// A scanner of `hay` for the bytes of `set` (one to six bytes).
    pub fn new(hay: &'a [u8], set: &[u8]) -> Self {
        assert!(
            (1..=6).contains(&set.len()),
            "ByteScan looks for one to six bytes"
        );
        let at = |k: usize| set[k.min(set.len() - 1)];
        ByteScan {
            hay,
            groups: [[at(0), at(1), at(2)], [at(3), at(4), at(5)]],
            found: [None; 2],
        }
    }

    /// The position of the first byte of the set at or after `from`, if any.
    pub fn next_from(&mut self, from: usize) -> Option<usize> {
        let mut best = usize::MAX;
        for (g, found) in self.groups.iter().zip(self.found.iter_mut()) {
            let stale = match *found {
                Some((hit, looked_from)) => from < looked_from || hit < from,
                None => true,
            };
            if stale {
                let hit = self
                    .hay
                    .get(from..)
                    .and_then(|rest| memchr::memchr3(g[0], g[1], g[2], rest))
                    .map_or(usize::MAX, |p| from + p);
                *found = Some((hit, from));
            }
            best = best.min(found.map_or(usize::MAX, |(hit, _)| hit));
        }
        (best != usize::MAX).then_some(best)
    }
}

/// `s` without any trailing repetitions of `suffix`, as `str::trim_end_matches` gives it,
/// without building a substring searcher on every call (word tests in the resolver run it
/// tens of thousands of times per megabyte).
pub fn trim_suffix<'a>(mut s: &'a str, suffix: &str) -> &'a str {
    if suffix.is_empty() {
        return s;
    }
    while let Some(rest) = s.strip_suffix(suffix) {
        s = rest;
    }
    s
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

/// `text[start..end].to_lowercase()`, borrowed from `lowered` (`text` with its ASCII letters
/// lower-cased, at the same offsets) unless a character beyond ASCII there has a lower case of
/// its own: a clause's text is lower-cased a character at a time otherwise, after its first
/// curly quote or dash.
pub fn lowercase_in<'a>(
    text: &str,
    lowered: &'a str,
    (start, end): (usize, usize),
) -> std::borrow::Cow<'a, str> {
    use std::borrow::Cow;
    let s = &text[start..end];
    let uncased = |c: char| {
        let mut lower = c.to_lowercase();
        lower.next() == Some(c) && lower.next().is_none()
    };
    if s.is_ascii() || s.chars().filter(|c| !c.is_ascii()).all(uncased) {
        Cow::Borrowed(&lowered[start..end])
    } else {
        Cow::Owned(s.to_lowercase())
    }
}

/// `word.to_lowercase().replace('’', "'")` ("Hasn’t" as "hasn't"), in one pass where the other
/// characters are ASCII.
pub fn lower_with_apostrophes(word: &str) -> String {
    if !word.chars().all(|c| c.is_ascii() || c == '\u{2019}') {
        return word.to_lowercase().replace('\u{2019}', "'");
    }
    word.chars()
        .map(|c| match c {
            '\u{2019}' => '\'',
            c => c.to_ascii_lowercase(),
        })
        .collect()
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

/// The value of a cardinal written as one word ("seven", "seventeen", "twenty-three").
pub fn cardinal(w: &str) -> Option<u32> {
    const UNITS: [&str; 19] = [
        "one",
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "eight",
        "nine",
        "ten",
        "eleven",
        "twelve",
        "thirteen",
        "fourteen",
        "fifteen",
        "sixteen",
        "seventeen",
        "eighteen",
        "nineteen",
    ];
    const TENS: [&str; 8] = [
        "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
    ];
    if let Some(i) = UNITS.iter().position(|u| *u == w) {
        return Some(i as u32 + 1);
    }
    if let Some(i) = TENS.iter().position(|t| *t == w) {
        return Some(i as u32 * 10 + 20);
    }
    let (tens, unit) = w.split_once('-')?;
    let t = TENS.iter().position(|x| *x == tens)?;
    let u = UNITS[..9].iter().position(|x| *x == unit)?;
    Some(t as u32 * 10 + 20 + u as u32 + 1)
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
    fn lowercase_in_agrees_with_to_lowercase() {
        let text = "“No comment,” said the ÉCOLE’s Ağca — ΟΔΟΣ ǅ; İstanbul 3.5% up.";
        let lowered = text.to_ascii_lowercase();
        let cuts: Vec<usize> = (0..=text.len())
            .filter(|&i| text.is_char_boundary(i))
            .collect();
        for (n, &start) in cuts.iter().enumerate() {
            for &end in &cuts[n..] {
                let lower = lowercase_in(text, &lowered, (start, end));
                assert_eq!(lower, text[start..end].to_lowercase(), "{start}..{end}");
            }
        }
    }

    #[test]
    fn apostrophes_lowered_as_to_lowercase_then_replace() {
        for w in [
            "Hasn’t",
            "TRUMP’S",
            "o’clock",
            "Ağca’s",
            "ΟΔΟΣ’",
            "’",
            "x’y’Z",
        ] {
            let slow = w.to_lowercase().replace('\u{2019}', "'");
            assert_eq!(lower_with_apostrophes(w), slow, "{w}");
        }
    }

    #[test]
    fn byte_scan_finds_what_a_plain_scan_finds_from_anywhere() {
        let hay = "He said: \"No.\"\nShe said ‘yes’ — and `so` «on»!? …end".as_bytes();
        for set in [&b"."[..], b"\n\"", b".?!\n\r\xE2", b"\n\"'`\xC2\xE2", b"zq"] {
            let plain = |from: usize| (from..hay.len()).find(|&i| set.contains(&hay[i]));
            let mut scan = ByteScan::new(hay, set);
            // forwards, as the stages use it, then backwards and skipping about
            let order = (0..=hay.len())
                .chain((0..=hay.len()).rev())
                .chain([7, 3, 40, 0, 55, 12]);
            for from in order {
                assert_eq!(scan.next_from(from), plain(from), "{set:?} from {from}");
            }
        }
    }

    #[test]
    fn trim_suffix_trims_as_trim_end_matches_does() {
        for (w, suffix) in [
            ("Lee's", "'s"),
            ("Lee's's", "'s"),
            ("Lee", "'s"),
            ("'s", "'s"),
            ("Ruiz’s", "’s"),
            ("x", ""),
        ] {
            assert_eq!(trim_suffix(w, suffix), w.trim_end_matches(suffix), "{w}");
        }
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
