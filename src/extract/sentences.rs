//! Sentence segmentation: one pass over the bytes of the original text, returning sentence
//! spans trimmed of surrounding whitespace.
//!
//! Boundaries come from terminal punctuation (`.`, `?`, `!`, ellipses) judged by what precedes
//! and follows it (abbreviations, initials, numbers, e-mail and web addresses, quotes and
//! brackets), from paragraph breaks and from line ends (a headline or a list item ends at its
//! newline), and from inline numbered or lettered lists. Only bytes that may end a sentence are
//! looked at closely; everything else is skipped at memchr-like speed.

use super::text::{is_space_at, space_len_after, space_len_before};
use super::types::Span;

/// How newlines are treated.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct SegmentOptions {
    /// Text extracted from PDFs: a single newline is an errant line wrap, never a boundary.
    pub join_single_newlines: bool,
}

/// Segments news text with the default options.
pub fn sentences(text: &str) -> Vec<Span> {
    segment(text, SegmentOptions::default())
}

/// Titles that always precede a name or number: never the end of a sentence.
const PREPOSITIVE: &[&str] = &[
    "adm", "atty", "brig", "capt", "cmdr", "col", "cpl", "det", "dr", "drs", "fr", "gen", "gov",
    "hon", "insp", "lt", "maj", "messrs", "mlle", "mme", "mr", "mrs", "ms", "msgr", "pres", "prof",
    "pvt", "rep", "reps", "rev", "sen", "sens", "sgt", "supt", "n°", "nº", "no", "nos", "vol",
    "vols", "pp", "p", "fig", "figs", "art", "sec", "ch", "para",
];

/// Abbreviations that may end a sentence: a boundary only before a typical sentence opener.
const POSTPOSITIVE: &[&str] = &[
    "al", "approx", "assn", "ave", "blvd", "bros", "ca", "cf", "co", "corp", "dept", "est", "etc",
    "inc", "jr", "ltd", "llc", "plc", "sr", "st", "mt", "ft", "rd", "sq", "univ", "vs", "jan",
    "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "mon", "tue",
    "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun", "ala", "ariz", "ark", "calif",
    "colo", "conn", "del", "fla", "ga", "ind", "kan", "kans", "ky", "md", "mich", "minn", "mo",
    "mont", "neb", "nev", "okla", "ore", "pa", "tenn", "tex", "va", "vt", "wis", "wyo", "ill",
    "mass", "wash", "min", "max", "dist", "govt", "intl", "natl", "mln", "bln",
];

/// Words that typically open a sentence; after an ambiguous abbreviation ("U.S.", "Co.") they
/// mark a boundary ("I live in the U.S. How about you?").
const STARTERS: &[&str] = &[
    "a",
    "after",
    "also",
    "although",
    "an",
    "and",
    "as",
    "at",
    "because",
    "before",
    "being",
    "but",
    "did",
    "do",
    "does",
    "during",
    "for",
    "he",
    "her",
    "here",
    "his",
    "how",
    "however",
    "i",
    "if",
    "in",
    "it",
    "its",
    "last",
    "many",
    "meanwhile",
    "millions",
    "more",
    "most",
    "my",
    "no",
    "nor",
    "now",
    "on",
    "our",
    "she",
    "since",
    "so",
    "some",
    "still",
    "that",
    "the",
    "their",
    "then",
    "there",
    "these",
    "they",
    "this",
    "those",
    "thus",
    "to",
    "under",
    "we",
    "what",
    "when",
    "where",
    "which",
    "while",
    "who",
    "why",
    "with",
    "yet",
    "you",
    "your",
];

/// Reporting verbs that follow a quoted question or exclamation without ending the sentence
/// (`"Where?" Varki recalled`).
const SPEECH_VERBS: &[&str] = &[
    "said",
    "says",
    "asked",
    "asks",
    "recalled",
    "recalls",
    "told",
    "added",
    "adds",
    "wrote",
    "writes",
    "shouted",
    "yelled",
    "replied",
    "cried",
    "exclaimed",
    "wondered",
    "tweeted",
    "posted",
    "continued",
    "insisted",
    "demanded",
    "explained",
    "noted",
    "remembered",
    "shot",
];

fn in_list(list: &[&str], word: &str) -> bool {
    if word.len() > 12 {
        return false;
    }
    let lower = word.to_lowercase();
    list.contains(&lower.as_str())
}

/// What a punctuation mark decides.
enum Decision {
    /// The sentence ends at `end`; the next starts at or after `next`; scanning resumes at
    /// `resume` (after any punctuation already judged).
    Boundary {
        end: usize,
        next: usize,
        resume: usize,
    },
    /// Not a boundary; scanning resumes here.
    Continue(usize),
}

struct Segmenter<'a> {
    text: &'a str,
    b: &'a [u8],
    opts: SegmentOptions,
}

/// Segments `text`, returning trimmed, non-empty, ordered sentence spans (byte offsets).
pub fn segment(text: &str, opts: SegmentOptions) -> Vec<Span> {
    let seg = Segmenter {
        text,
        b: text.as_bytes(),
        opts,
    };
    seg.run()
}

impl<'a> Segmenter<'a> {
    fn run(&self) -> Vec<Span> {
        let b = self.b;
        let lists = list_markers(self.text);
        let mut li = 0;
        let mut out = Vec::with_capacity(b.len() / 100 + 1);
        let mut start = 0;
        let mut i = 0;
        while i < b.len() {
            while li < lists.len() && lists[li].0 < i {
                li += 1;
            }
            if li < lists.len() && lists[li].0 == i {
                self.push(&mut out, start, i);
                start = i;
                i = lists[li].1;
                li += 1;
                continue;
            }
            let c = b[i];
            let decision = match c {
                b'.' | b'?' | b'!' => self.terminal(i, start),
                b'\n' | b'\r' => self.newline(i),
                0xE2 if b[i..].starts_with("…".as_bytes()) => self.terminal(i, start),
                0xE2 if is_bullet(&b[i..]) && (i == 0 || is_space_at(b, i - 1)) => {
                    Decision::Boundary {
                        end: i,
                        next: i,
                        resume: i + 3,
                    }
                }
                _ => {
                    i += 1;
                    continue;
                }
            };
            match decision {
                Decision::Boundary { end, next, resume } => {
                    self.push(&mut out, start, end);
                    start = next.max(start);
                    i = resume.max(i + 1);
                }
                Decision::Continue(resume) => i = resume.max(i + 1),
            }
        }
        self.push(&mut out, start, b.len());
        out
    }

    /// Trims `[start, end)` and keeps it when something is left.
    fn push(&self, out: &mut Vec<Span>, mut start: usize, mut end: usize) {
        let b = self.b;
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
        if start < end {
            out.push(Span::new(start, end));
        }
    }

    /// A newline at `i`: a paragraph break or a line end is a boundary unless the line is
    /// softly wrapped (it ends in a space or comma and the next line goes on in lower case).
    fn newline(&self, i: usize) -> Decision {
        let b = self.b;
        let mut j = i;
        let mut newlines = 0;
        while j < b.len() {
            match b[j] {
                b'\n' => newlines += 1,
                b'\r' => {
                    if b.get(j + 1) != Some(&b'\n') {
                        newlines += 1;
                    }
                }
                _ => {
                    let n = space_len_after(b, j);
                    if n == 0 {
                        break;
                    }
                    j += n;
                    continue;
                }
            }
            j += 1;
        }
        if newlines >= 2 || j >= b.len() {
            return Decision::Boundary {
                end: i,
                next: j,
                resume: j,
            };
        }
        if self.opts.join_single_newlines {
            return Decision::Continue(j);
        }
        // A line that goes on in lower case is a wrapped sentence, unless both lines are short
        // (a list of items) or the first ends in a colon (a list header).
        if self.next_is_lower(j) {
            let prev_start = b[..i]
                .iter()
                .rposition(|&c| c == b'\n')
                .map_or(0, |p| p + 1);
            let prev = self.text[prev_start..i].trim_end();
            let next_len = b[j..]
                .iter()
                .position(|&c| c == b'\n')
                .unwrap_or(b.len() - j);
            let soft_end = i > 0 && matches!(b[i - 1], b' ' | b'\t' | b',');
            let long = prev.len() >= 30 || next_len >= 30;
            if (soft_end || long) && !prev.ends_with(':') {
                return Decision::Continue(j);
            }
        }
        Decision::Boundary {
            end: i,
            next: j,
            resume: j,
        }
    }

    fn char_at(&self, i: usize) -> Option<char> {
        self.text.get(i..).and_then(|s| s.chars().next())
    }

    fn next_is_lower(&self, i: usize) -> bool {
        self.char_at(i).is_some_and(|c| c.is_lowercase())
    }

    /// Punctuation that may end a sentence, at `i`.
    fn terminal(&self, i: usize, start: usize) -> Decision {
        let b = self.b;
        // A bracketed ellipsis "[...]" marks an omission, never an end.
        if i > 0 && b[i - 1] == b'[' {
            let mut k = i;
            while k < b.len() && b[k] == b'.' {
                k += 1;
            }
            return Decision::Continue(k);
        }
        let attached = i > start && space_len_before(b, i) == 0;
        // The run of terminal punctuation.
        let mut dots = 0;
        let mut qe = false;
        let mut k = i;
        while k < b.len() {
            match b[k] {
                b'.' => dots += 1,
                b'?' | b'!' => qe = true,
                0xE2 if b[k..].starts_with("…".as_bytes()) => {
                    dots += 3;
                    k += 3;
                    continue;
                }
                _ => break,
            }
            k += 1;
        }
        // A spaced ellipsis ". . ." (with or without a closing period).
        if dots == 1 && !qe {
            let mut spaced = 1;
            let mut m = k;
            while m + 1 < b.len() && b[m] == b' ' && b[m + 1] == b'.' {
                spaced += 1;
                m += 2;
            }
            if spaced >= 3 {
                if !attached {
                    if spaced >= 4 {
                        return self.after_run(i, m, RunKind::Full, start);
                    }
                    return Decision::Continue(m);
                }
                if spaced >= 4 {
                    // "compounds. . . . The" ends after the first period; the ellipsis opens
                    // the next sentence.
                    let w = self.next_word_start(self.skip_closers(m));
                    if w.is_some_and(|w| self.char_at(w).is_some_and(char::is_uppercase)) {
                        return Decision::Boundary {
                            end: i + 1,
                            next: i + 1,
                            resume: m,
                        };
                    }
                }
                return Decision::Continue(m);
            }
        }
        let kind = if qe {
            RunKind::Full
        } else if dots == 1 {
            RunKind::Period
        } else if dots >= 4 {
            RunKind::Full
        } else if attached {
            RunKind::Ellipsis
        } else {
            RunKind::SpacedEllipsis
        };
        self.after_run(i, k, kind, start)
    }

    /// Skips closing quotes and brackets from `k`.
    fn skip_closers(&self, mut k: usize) -> usize {
        let b = self.b;
        while k < b.len() {
            match b[k] {
                b'"' | b'\'' | b')' | b']' | b'}' => k += 1,
                0xE2 if b[k..].starts_with("”".as_bytes())
                    || b[k..].starts_with("’".as_bytes())
                    || b[k..].starts_with("›".as_bytes()) =>
                {
                    k += 3
                }
                0xC2 if b[k..].starts_with("»".as_bytes()) => k += 2,
                _ => break,
            }
        }
        k
    }

    /// From `k` (after whitespace), skips opening quotes and brackets to the first letter or
    /// digit; `None` at the end of the text.
    fn next_word_start(&self, mut k: usize) -> Option<usize> {
        let b = self.b;
        loop {
            if k >= b.len() {
                return None;
            }
            let n = space_len_after(b, k);
            if n > 0 {
                k += n;
                continue;
            }
            match b[k] {
                b'"' | b'\'' | b'(' | b'[' | b'{' => k += 1,
                0xE2 if b[k..].starts_with("“".as_bytes())
                    || b[k..].starts_with("‘".as_bytes())
                    || b[k..].starts_with("‹".as_bytes()) =>
                {
                    k += 3
                }
                0xC2 if b[k..].starts_with("«".as_bytes()) => k += 2,
                _ => return Some(k),
            }
        }
    }

    /// The word (letters, digits, apostrophes) starting at `k`.
    fn word_at(&self, k: usize) -> &'a str {
        let s = &self.text[k..];
        let end = s
            .char_indices()
            .find(|&(_, c)| !(c.is_alphanumeric() || c == '\'' || c == '’'))
            .map_or(s.len(), |(i, _)| i);
        &s[..end]
    }

    /// The token before the period at `i`: back to whitespace or an opening bracket or quote.
    fn token_before(&self, i: usize, start: usize) -> &'a str {
        let b = self.b;
        let mut k = i;
        while k > start {
            let c = b[k - 1];
            if matches!(
                c,
                b' ' | b'\t' | b'\n' | b'\r' | b'(' | b'[' | b'{' | b'"' | b'/' | b'-'
            ) || space_len_before(b, k) > 0
                || (k >= 3 && (b[k - 3..k] == *"“".as_bytes() || b[k - 3..k] == *"‘".as_bytes()))
            {
                break;
            }
            k -= 1;
        }
        while k < i && !self.text.is_char_boundary(k) {
            k += 1;
        }
        &self.text[k..i]
    }

    /// Decides after a run of terminal punctuation `[i, k)`.
    fn after_run(&self, i: usize, k: usize, kind: RunKind, start: usize) -> Decision {
        let b = self.b;
        let close_end = self.skip_closers(k);
        let quoted = b[k..close_end]
            .iter()
            .any(|&c| matches!(c, b'"' | b'\'' | 0x9D | 0x99));
        let boundary = Decision::Boundary {
            end: close_end,
            next: close_end,
            resume: close_end,
        };
        if close_end >= b.len() {
            return boundary;
        }
        let spaced = space_len_after(b, close_end) > 0;
        if !spaced {
            // No space: "world.Today" ends a sentence, "Jane.Doe@example.com" does not.
            if kind != RunKind::Period {
                return Decision::Continue(close_end);
            }
            if !self.char_at(close_end).is_some_and(|c| c.is_uppercase()) {
                return Decision::Continue(close_end);
            }
            let token = self.token_before(i, start);
            let rest_end = b[close_end..]
                .iter()
                .position(|&c| c.is_ascii_whitespace())
                .map_or(b.len(), |p| close_end + p);
            let rest = &self.text[close_end..rest_end];
            let web = token.contains('@')
                || rest.contains('@')
                || token.contains("://")
                || token.starts_with("www");
            let word = token.trim_start_matches(|c: char| !c.is_alphanumeric());
            let letters = word.chars().filter(|c| c.is_alphabetic()).count();
            if web
                || is_dotted_abbreviation(word)
                || (letters > 0 && letters < 2)
                || is_abbreviation(word)
            {
                return Decision::Continue(close_end);
            }
            return boundary;
        }
        let Some(w) = self.next_word_start(close_end) else {
            return boundary;
        };
        let Some(c) = self.char_at(w) else {
            return boundary;
        };
        if c.is_lowercase() {
            return Decision::Continue(close_end);
        }
        let opens_quote =
            w > close_end && !matches!(b[w - 1], b' ' | b'\t' | b'\n' | b'\r' | b'(' | b'[' | b'{');
        match kind {
            RunKind::SpacedEllipsis => Decision::Continue(close_end),
            RunKind::Ellipsis | RunKind::Full => {
                if quoted && kind == RunKind::Full && self.speech_follows(w) {
                    Decision::Continue(close_end)
                } else {
                    boundary
                }
            }
            RunKind::Period => {
                if quoted && self.speech_follows(w) {
                    return Decision::Continue(close_end);
                }
                let token = self.token_before(i, start);
                let word = token.trim_start_matches(|c: char| !c.is_alphanumeric());
                let next = self.word_at(w);
                let is_digit = c.is_ascii_digit();
                let abbreviation_like = is_dotted_abbreviation(word)
                    || (word.chars().count() == 1 && word.chars().all(char::is_alphabetic));
                if !word.is_empty() && in_list(PREPOSITIVE, word) {
                    return Decision::Continue(close_end);
                }
                if abbreviation_like || in_list(POSTPOSITIVE, word) {
                    if is_digit {
                        return Decision::Continue(close_end);
                    }
                    // A quote after a middle initial is a nickname (Robert C. "Bobby" Scott).
                    let initial = word.len() == 1 && word.chars().all(|c| c.is_uppercase());
                    if (opens_quote && !initial) || in_list(STARTERS, next) {
                        return boundary;
                    }
                    return Decision::Continue(close_end);
                }
                boundary
            }
        }
    }

    /// Whether the words at `w` are a speaker and a reporting verb ("Varki recalled",
    /// "the minister said"), so a quoted question before them does not end the sentence.
    fn speech_follows(&self, w: usize) -> bool {
        let mut end = self.text.len().min(w + 80);
        while !self.text.is_char_boundary(end) {
            end -= 1;
        }
        let rest = &self.text[w..end];
        let mut words = rest
            .split(|c: char| c.is_whitespace() || c == ',')
            .filter(|s| !s.is_empty());
        for _ in 0..4 {
            let Some(word) = words.next() else {
                return false;
            };
            if in_list(SPEECH_VERBS, word.trim_end_matches(['.', ','])) {
                return true;
            }
            if !word.chars().next().is_some_and(char::is_uppercase) {
                return false;
            }
        }
        false
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum RunKind {
    /// One period.
    Period,
    /// "?", "!", combinations, or four or more dots (an ellipsis plus a period).
    Full,
    /// "..." or "…" attached to a word.
    Ellipsis,
    /// An ellipsis set off by spaces: an omission inside a sentence.
    SpacedEllipsis,
}

/// "U.S", "a.m", "Ph.D", "e.g": short letter groups joined by periods (the final period is
/// the one being judged).
fn is_dotted_abbreviation(word: &str) -> bool {
    word.contains('.')
        && word
            .split('.')
            .all(|g| (1..=3).contains(&g.chars().count()) && g.chars().all(char::is_alphabetic))
}

fn is_abbreviation(word: &str) -> bool {
    in_list(PREPOSITIVE, word) || in_list(POSTPOSITIVE, word)
}

/// "•", "◦", "▪", "‣" and "⁃" open list items.
fn is_bullet(b: &[u8]) -> bool {
    ["•", "◦", "‣", "⁃", "▪"]
        .iter()
        .any(|m| b.starts_with(m.as_bytes()))
}

/// Inline list markers ("1.)", "2)", "3.", "a.", "b.") that form a consecutive sequence: each
/// is a forced boundary (at the returned first offset, which includes a bullet before the
/// marker) and its own period is not a sentence end (the second offset is the marker's end).
fn list_markers(text: &str) -> Vec<(usize, usize)> {
    let b = text.as_bytes();
    // (value, suffix kind, boundary position, marker end)
    let mut cands: Vec<(u32, u8, usize, usize)> = Vec::new();
    let mut i = 0;
    while i < b.len() {
        let c = b[i];
        let at_token_start = i == 0
            || is_space_at(b, i - 1)
            || (i >= 3 && is_bullet(&b[i - 3..]))
            || space_len_before(b, i) > 0;
        if !at_token_start || !(c.is_ascii_digit() || c.is_ascii_lowercase()) {
            i += 1;
            continue;
        }
        let (value, mut j, letter) = if c.is_ascii_digit() {
            let mut j = i;
            let mut v = 0u32;
            while j < b.len() && b[j].is_ascii_digit() && j - i < 3 {
                v = v * 10 + u32::from(b[j] - b'0');
                j += 1;
            }
            (v, j, false)
        } else {
            (u32::from(c - b'a') + 1, i + 1, true)
        };
        if j - i > 2 || (j < b.len() && b[j].is_ascii_alphanumeric()) {
            i = j.max(i + 1);
            continue;
        }
        let suffix = if b[j..].starts_with(b".)") {
            j += 2;
            1
        } else if b.get(j) == Some(&b')') {
            j += 1;
            2
        } else if b.get(j) == Some(&b'.') {
            j += 1;
            3
        } else {
            i = j.max(i + 1);
            continue;
        };
        if letter && suffix == 1 {
            i = j;
            continue;
        }
        if j < b.len() && matches!(b[j], b' ' | b'\t') {
            let mut at = i;
            // Include a bullet (and the space after it) before the marker.
            let mut k = at;
            while k > 0 && matches!(b[k - 1], b' ' | b'\t') {
                k -= 1;
            }
            if k >= 3 && is_bullet(&b[k - 3..k]) {
                at = k - 3;
            }
            let kind = if letter { suffix + 10 } else { suffix };
            cands.push((value, kind, at, j));
        }
        i = j;
    }
    let mut accepted = vec![false; cands.len()];
    for x in 0..cands.len() {
        let (v, kind, _, _) = cands[x];
        if let Some(y) = cands[x + 1..]
            .iter()
            .position(|&(v2, k2, _, _)| k2 == kind && v2 == v + 1)
        {
            let y = x + 1 + y;
            let letter = kind > 10;
            if !letter || v == 1 || accepted[x] {
                accepted[x] = true;
                accepted[y] = true;
            }
        }
    }
    cands
        .iter()
        .zip(accepted)
        .filter(|(_, a)| *a)
        .map(|(&(_, _, at, end), _)| (at, end))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn split(text: &str) -> Vec<&str> {
        sentences(text).into_iter().map(|s| s.of(text)).collect()
    }

    #[test]
    fn splits_wire_copy_with_titles_and_initials() {
        let text = "WASHINGTON (Reuters) - Sen. Elizabeth A. Warren said on Tuesday the U.S. \
                    Treasury must act. Mr. Biden disagreed. The bill passed 52-48.";
        assert_eq!(
            split(text),
            vec![
                "WASHINGTON (Reuters) - Sen. Elizabeth A. Warren said on Tuesday the U.S. \
                 Treasury must act.",
                "Mr. Biden disagreed.",
                "The bill passed 52-48."
            ]
        );
    }

    #[test]
    fn keeps_dates_times_and_numbers_inside() {
        let text = "The vote is set for Jan. 5 at 10 a.m. local time. Turnout was 61.4 percent.";
        assert_eq!(
            split(text),
            vec![
                "The vote is set for Jan. 5 at 10 a.m. local time.",
                "Turnout was 61.4 percent."
            ]
        );
    }

    #[test]
    fn headline_and_paragraphs_are_boundaries() {
        let text =
            "Floods hit coastal towns\n\nHeavy rain fell overnight, officials said.\r\nSchools \
                    were closed";
        assert_eq!(
            split(text),
            vec![
                "Floods hit coastal towns",
                "Heavy rain fell overnight, officials said.",
                "Schools were closed"
            ]
        );
    }

    #[test]
    fn quoted_question_before_the_speaker_stays_in_the_sentence() {
        let text =
            "\u{201c}Where were you?\u{201d} the judge asked. \u{201c}Home.\u{201d} He left.";
        assert_eq!(
            split(text),
            vec![
                "\u{201c}Where were you?\u{201d} the judge asked.",
                "\u{201c}Home.\u{201d}",
                "He left."
            ]
        );
        let text = "\"Why now?\" Smith asked reporters. Nobody answered.";
        assert_eq!(
            split(text),
            vec!["\"Why now?\" Smith asked reporters.", "Nobody answered."]
        );
    }

    #[test]
    fn nbsp_and_bom_are_whitespace() {
        let text = "\u{feff}Prices rose.\u{a0}Wages did not.\u{a0}";
        let spans = sentences(text);
        assert_eq!(spans[0].start, 3);
        assert_eq!(split(text), vec!["Prices rose.", "Wages did not."]);
    }

    #[test]
    fn bullets_start_items() {
        let text = "Key points:\n• Rates held at 5.25%\n• Inflation eased";
        assert_eq!(
            split(text),
            vec!["Key points:", "• Rates held at 5.25%", "• Inflation eased"]
        );
    }

    #[test]
    fn company_and_state_abbreviations() {
        let text = "SPRINGFIELD, Ill. (AP) — Acme Corp. said profits fell. Shares of Acme Inc. \
                    dropped 3%.";
        assert_eq!(
            split(text),
            vec![
                "SPRINGFIELD, Ill. (AP) — Acme Corp. said profits fell.",
                "Shares of Acme Inc. dropped 3%."
            ]
        );
    }

    #[test]
    fn state_abbreviations_in_party_labels_and_nicknames() {
        let text = "\"No,\" said Rep. Jim Clyburn (D-S.C.), the whip. Rep. Robert C. \"Bobby\" \
                    Scott agreed.";
        assert_eq!(
            split(text),
            vec![
                "\"No,\" said Rep. Jim Clyburn (D-S.C.), the whip.",
                "Rep. Robert C. \"Bobby\" Scott agreed."
            ]
        );
    }

    #[test]
    fn wrapped_lines_join_but_short_lists_do_not() {
        let text = "Officials said the storm would move east and\nweaken by Friday.";
        assert_eq!(split(text).len(), 1);
        let text =
            "Editor's note: the mayor regularly\nvisits\nschools across the county every week.";
        assert_eq!(split(text).len(), 1);
        let text = "Menu:\nsoup of the day\nbread and butter";
        assert_eq!(split(text).len(), 3);
    }

    #[test]
    fn empty_and_blank_inputs() {
        assert!(sentences("").is_empty());
        assert!(sentences(" \n\r\n\u{a0}").is_empty());
        assert_eq!(split("."), vec!["."]);
    }
}
