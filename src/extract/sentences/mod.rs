//! Sentence segmentation: one pass over the bytes of the original text, returning sentence
//! spans trimmed of surrounding whitespace.
//!
//! Boundaries come from terminal punctuation (`.`, `?`, `!`, ellipses) judged by what precedes
//! and follows it (abbreviations, initials, numbers, e-mail and web addresses, quotes and
//! brackets), from paragraph breaks and from line ends (a headline or a list item ends at its
//! newline), and from inline numbered or lettered lists. Only bytes that may end a sentence are
//! looked at closely; everything else is skipped at memchr-like speed.

mod lexicon;
mod lists;
mod terminals;
#[cfg(test)]
mod tests;

use lists::{is_bullet, list_markers};
use terminals::RunKind;

use super::text::{byte_table, is_space_at, space_len_after, space_len_before, ByteScan};
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

/// Bytes the main loop stops at: terminal punctuation, newlines, and the lead byte of "…" and
/// the bullets.
const INTERESTING_BYTES: &[u8] = b".?!\n\r\xE2";
static INTERESTING: [bool; 256] = byte_table(INTERESTING_BYTES);

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
        let mut stops = ByteScan::new(b, INTERESTING_BYTES);
        let mut i = 0;
        while i < b.len() {
            while li < lists.len() && lists[li].0 < i {
                li += 1;
            }
            let next_marker = lists.get(li).map_or(b.len(), |m| m.0);
            if next_marker == i {
                self.push(&mut out, start, i);
                start = i;
                i = lists[li].1;
                li += 1;
                continue;
            }
            if !INTERESTING[usize::from(b[i])] {
                let limit = next_marker.min(b.len());
                i = stops.next_from(i).map_or(limit, |p| p.min(limit));
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
}
