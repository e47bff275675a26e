//! What follows a run of terminal punctuation decides whether it ends the sentence:
//! abbreviations and initials, clock times, numbers, web addresses, a quotation followed by its
//! speaker.

use super::lexicon::{
    AFTER_CLOCK_TIME, POSTPOSITIVE, PREPOSITIVE, SPEECH_VERBS, STARTERS, TIME_OPENERS,
};
use super::{Decision, Segmenter};
use crate::extract::text::space_len_after;

impl<'a> Segmenter<'a> {
    /// Decides after a run of terminal punctuation `[i, k)`.
    pub(super) fn after_run(&self, i: usize, k: usize, kind: RunKind, start: usize) -> Decision {
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
                if !word.is_empty() && PREPOSITIVE.contains(word) {
                    return Decision::Continue(close_end);
                }
                // "He left at 6 P.M. Mr. Smith then …" ends there; "At 5 a.m. Mr. Smith went"
                // and "at 6 p.m. Friday" do not
                if is_clock_suffix(word) && !is_digit {
                    let continues =
                        AFTER_CLOCK_TIME.contains(next) || self.opens_with_time(start, i);
                    return if continues {
                        Decision::Continue(close_end)
                    } else {
                        boundary
                    };
                }
                if abbreviation_like || POSTPOSITIVE.contains(word) {
                    if is_digit {
                        return Decision::Continue(close_end);
                    }
                    // A quote after a middle initial is a nickname (Robert C. "Bobby" Scott).
                    let initial = word.len() == 1 && word.chars().all(|c| c.is_uppercase());
                    if (opens_quote && !initial) || STARTERS.contains(next) {
                        return boundary;
                    }
                    return Decision::Continue(close_end);
                }
                boundary
            }
        }
    }

    /// Whether the sentence from `start` to `i` is only a time phrase: "At 5 a.m".
    fn opens_with_time(&self, start: usize, i: usize) -> bool {
        let mut words = self.text[start..i].split_whitespace();
        let first = words.next().unwrap_or("");
        let rest: Vec<&str> = words.collect();
        TIME_OPENERS.contains(first.trim_start_matches(|c: char| !c.is_alphanumeric()))
            && rest.len() <= 3
            && rest
                .iter()
                .any(|w| w.starts_with(|c: char| c.is_ascii_digit()))
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
            if SPEECH_VERBS.contains(word.trim_end_matches(['.', ','])) {
                return true;
            }
            if !word.chars().next().is_some_and(char::is_uppercase) {
                return false;
            }
        }
        false
    }
}

/// The run of terminal punctuation being judged.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum RunKind {
    /// One period.
    Period,
    /// "?", "!", combinations, or four or more dots (an ellipsis plus a period).
    Full,
    /// "..." or "…" attached to a word.
    Ellipsis,
    /// An ellipsis set off by spaces: an omission inside a sentence.
    SpacedEllipsis,
}

/// "a.m", "P.M": the clock suffixes (the final period is the one being decided on).
fn is_clock_suffix(word: &str) -> bool {
    word.eq_ignore_ascii_case("a.m") || word.eq_ignore_ascii_case("p.m")
}

/// "U.S", "a.m", "Ph.D", "e.g": short letter groups joined by periods (the final period is
/// the one being judged).
pub(super) fn is_dotted_abbreviation(word: &str) -> bool {
    word.contains('.')
        && word
            .split('.')
            .all(|g| (1..=3).contains(&g.chars().count()) && g.chars().all(char::is_alphabetic))
}

fn is_abbreviation(word: &str) -> bool {
    PREPOSITIVE.contains(word) || POSTPOSITIVE.contains(word)
}
