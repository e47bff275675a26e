//! Bylines without "By" near the top of an article: "Aoife Brennan, Political Correspondent"
//! on one line, or a name on one line and a journalist's title on the next ("Lim Wei Ling" /
//! "Senior Correspondent"). Read word by word: the title must end in a journalist's title
//! (`lexicon::is_journalist_title`), so a line that names a source with another role stays text.

use super::lexicon::is_journalist_title;
use crate::extract::text::trim_span;
use crate::extract::types::Span;

/// How many non-blank lines at the top of an article may hold such a byline: a headline, a
/// standfirst, the byline and a date come first.
const TOP_LINES: usize = 8;

/// The longest line (in bytes) read as such a byline.
const MAX_LINE: usize = 120;

/// Lower-case particles that may stand inside a name ("Ana de la Cruz", "Ahmad bin Ismail").
const PARTICLES: &[&str] = &[
    "al", "bin", "binti", "da", "de", "del", "der", "di", "dos", "du", "la", "le", "van", "von",
];

/// Whether `word` is a capitalised word of a name: "Aoife", "O'Neill", "J.", "Smith-Jones".
fn is_name_word(word: &str) -> bool {
    let mut chars = word.chars();
    chars.next().is_some_and(char::is_uppercase)
        && chars.all(|c| c.is_alphabetic() || matches!(c, '.' | '\'' | '’' | '-'))
}

/// Whether `line` is a person's name alone: two to four capitalised words, with lower-case
/// particles between them ("Lim Wei Ling", "Ana de la Cruz").
fn is_name(line: &str) -> bool {
    let words: Vec<&str> = line.split_whitespace().collect();
    let capitalised = words.iter().filter(|w| is_name_word(w)).count();
    (2..=4).contains(&capitalised)
        && words.len() <= 6
        && words.first().is_some_and(|w| is_name_word(w))
        && words.last().is_some_and(|w| is_name_word(w))
        && words
            .iter()
            .all(|w| is_name_word(w) || PARTICLES.contains(w))
}

/// Whether `line` is a journalist's title alone: one to five words of letters, the first
/// capitalised, ending in a journalist's title ("Senior Correspondent", "Environment
/// correspondent", "Washington Bureau Chief"). An article ("a reporter") makes it prose.
fn is_title(line: &str) -> bool {
    let words: Vec<&str> = line.split_whitespace().collect();
    let plain = |w: &&str| {
        w.chars()
            .all(|c| c.is_alphabetic() || matches!(c, '-' | '&'))
    };
    (1..=5).contains(&words.len())
        && words.iter().all(plain)
        && words[0].chars().next().is_some_and(char::is_uppercase)
        && !words
            .iter()
            .any(|w| matches!(w.to_lowercase().as_str(), "a" | "an" | "the"))
        && is_journalist_title(&words)
}

/// Whether `line` is "Name, Title": "Aoife Brennan, Political Correspondent".
fn is_name_and_title(line: &str) -> bool {
    line.split_once(',')
        .is_some_and(|(name, title)| is_name(name) && is_title(title))
}

/// The bylines without "By" among the first lines of `text`: a "Name, Title" line, or a name
/// line with a title line next (blank lines between allowed), both then bylines.
pub(super) fn find_top_bylines(text: &str, out: &mut Vec<Span>) {
    let mut at = 0;
    let mut top: Vec<(usize, &str)> = Vec::with_capacity(TOP_LINES);
    for line in text.split('\n') {
        let start = at;
        at += line.len() + 1;
        let body = line.trim_end_matches('\r');
        if body.trim().is_empty() {
            continue;
        }
        top.push((start, body));
        if top.len() == TOP_LINES {
            break;
        }
    }
    let mut push = |start: usize, line: &str| {
        let (s, e) = trim_span(text, start, start + line.len());
        if s < e {
            out.push(Span::new(s, e));
        }
    };
    for (i, &(start, line)) in top.iter().enumerate() {
        if line.len() > MAX_LINE {
            continue;
        }
        if is_name_and_title(line.trim()) {
            push(start, line);
        } else if is_name(line.trim()) {
            if let Some(&(next_start, next)) = top.get(i + 1) {
                if next.len() <= MAX_LINE && is_title(next.trim()) {
                    push(start, line);
                    push(next_start, next);
                }
            }
        }
    }
}
