//! The "letter shape" of a line: a copy with the same byte offsets where each non-ASCII letter
//! is ASCII stand-ins, so that the stage's patterns can read letters with ASCII classes
//! (`[A-Z]`, `[A-Za-z]`). A pattern with `\p{Lu}` or `\p{L}` copies the class's UTF-8 automaton
//! at every use: the byline pattern took 2.9 ms to build, its letter-shape form 0.2 ms.

use std::borrow::Cow;

/// What a character is to the stage's patterns.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Letter {
    /// An upper-case letter (`\p{Lu}`).
    Upper,
    /// Another letter (`\p{L}` but not `\p{Lu}`).
    Other,
    /// No letter.
    None,
}

/// How `c`, a character outside ASCII, is read, where the `char` methods say it exactly: in
/// Latin-1, Latin Extended, IPA, Greek, Cyrillic and Armenian (U+0080 to U+058F), Latin and
/// Greek Extended, punctuation, super- and subscripts and currency signs (U+1E00 to U+20CF),
/// arrows, mathematical and technical signs (U+2190 to U+23FF), box drawing, shapes, symbols
/// and dingbats (U+2500 to U+27BF), emoji (U+1F300 to U+1FAFF) and the BOM: blocks filled long
/// before any Unicode version the tables may hold. There an upper-case character
/// (`char::is_uppercase`) is an upper-case letter and an alphabetic one is a letter, but for the
/// combining marks that are alphabetic (U+0345, U+0363 to U+036F); the test
/// `letter_classes_agree_with_the_regex_tables` checks every character. Elsewhere, and for the long s (ſ, which a case-insensitive pattern
/// reads as "s"), None: the exact pattern decides.
pub(super) fn letter_of(c: char) -> Option<Letter> {
    let known = matches!(
        c,
        '\u{80}'..='\u{58f}'
            | '\u{1e00}'..='\u{20cf}'
            | '\u{2190}'..='\u{23ff}'
            | '\u{2500}'..='\u{27bf}'
            | '\u{1f300}'..='\u{1faff}'
            | '\u{feff}'
    ) && c != '\u{17f}';
    if !known {
        return None;
    }
    Some(if c.is_uppercase() {
        Letter::Upper
    } else if c.is_alphabetic() && !matches!(c, '\u{300}'..='\u{36f}') {
        Letter::Other
    } else {
        Letter::None
    })
}

/// The letter shape of `line`: ASCII and other characters kept, each non-ASCII upper-case
/// letter as 'Q's and each other one as 'q's, one a byte. A run of letters then stays a run,
/// as long, and no stand-in can be read as part of a word the patterns spell out (none holds a
/// "q"), though a stand-in counts as a letter of its own and a non-ASCII capital as two or more
/// (`Q`, `QQ`): the callers check what the patterns count. None where `letter_of` does not know
/// a character of the line.
pub(super) fn letter_shape(line: &str) -> Option<Cow<'_, str>> {
    if line.is_ascii() {
        return Some(Cow::Borrowed(line));
    }
    let mut bytes: Option<Vec<u8>> = None;
    for (i, c) in line.char_indices() {
        if c.is_ascii() {
            continue;
        }
        let stand_in = match letter_of(c)? {
            Letter::Upper => b'Q',
            Letter::Other => b'q',
            Letter::None => continue,
        };
        let bytes = bytes.get_or_insert_with(|| line.as_bytes().to_vec());
        bytes[i..i + c.len_utf8()].fill(stand_in);
    }
    match bytes {
        // whole characters became ASCII: still UTF-8
        Some(bytes) => String::from_utf8(bytes).ok().map(Cow::Owned),
        None => Some(Cow::Borrowed(line)),
    }
}
