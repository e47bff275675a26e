//! Character classes of the tokenizer and where a word ends: ASCII letters and digits by a
//! table, the rest by Unicode, with the joiners and thousands groups a word may hold.

/// A letter or digit. The General Punctuation block (U+2000–U+206F: curly quotes, dashes,
/// ellipsis, special spaces) holds neither, and is most of the text beyond ASCII; the Unicode
/// tables behind `is_alphanumeric` take hundreds of instructions to say so.
pub(super) fn is_word_char(c: char) -> bool {
    !('\u{2000}'..='\u{206f}').contains(&c) && c.is_alphanumeric()
}

/// Classes of a word's bytes (`WORD_BYTES`, `word_end`): an ASCII letter or digit, an
/// upper-case one, a character beyond ASCII.
const ALNUM: u8 = 1;
pub(super) const UPPER: u8 = 2;
pub(super) const WIDE: u8 = 4;

/// The class of each byte in the word loop: 0 ends the run of ASCII letters and digits.
pub(super) static WORD_BYTES: [u8; 256] = {
    let mut t = [0u8; 256];
    let mut b = 0u8;
    while b < 128 {
        if b.is_ascii_uppercase() {
            t[b as usize] = ALNUM | UPPER;
        } else if b.is_ascii_alphanumeric() {
            t[b as usize] = ALNUM;
        }
        b += 1;
    }
    t
};

fn char_class(c: char) -> u8 {
    if c.is_ascii() {
        WORD_BYTES[c as usize]
    } else {
        WIDE
    }
}

/// The character at byte `i` of `s`, if any (`i` on a character boundary).
fn char_at(s: &str, i: usize) -> Option<char> {
    let b = *s.as_bytes().get(i)?;
    if b < 0x80 {
        Some(b as char)
    } else {
        s[i..].chars().next()
    }
}

/// Where the word opening at `i` with `c` ends: over word characters and internal joiners
/// (' ’ - . & /) followed by a word character, and thousands groups ("20,000"); with the
/// classes of its characters. ASCII letters and digits take one table lookup each.
pub(super) fn word_end(s: &str, i: usize, c: char) -> (usize, u8) {
    let bytes = s.as_bytes();
    let mut j = i + c.len_utf8();
    let mut classes = char_class(c);
    loop {
        for &b in &bytes[j..] {
            let k = WORD_BYTES[b as usize];
            if k == 0 {
                break;
            }
            classes |= k;
            j += 1;
        }
        let Some(&b) = bytes.get(j) else { break };
        if b == b',' {
            // "20,000": a comma between thousands groups is inside the number
            let group = &bytes[j..];
            if bytes[j - 1].is_ascii_digit()
                && group.len() >= 4
                && group[1..4].iter().all(u8::is_ascii_digit)
                && !group.get(4).is_some_and(u8::is_ascii_alphanumeric)
            {
                j += 4;
                continue;
            }
            break;
        }
        let d = if b < 0x80 {
            b as char
        } else {
            match s[j..].chars().next() {
                Some(d) if is_word_char(d) => {
                    classes |= WIDE;
                    j += d.len_utf8();
                    continue;
                }
                Some(d) => d,
                None => break,
            }
        };
        if !matches!(d, '\'' | '’' | '-' | '.' | '&' | '/') {
            break;
        }
        let after = j + d.len_utf8();
        match char_at(s, after) {
            Some(e) if is_word_char(e) => {
                classes |= char_class(d) | char_class(e);
                j = after + e.len_utf8();
            }
            // a plural possessive before the next word: "Sanders' aides"
            Some(' ')
                if matches!(d, '\'' | '’')
                    && matches!(bytes[j - 1], b's' | b'S')
                    && char_at(s, after + 1).is_some_and(char::is_alphabetic) =>
            {
                classes |= char_class(d);
                j = after;
                break;
            }
            _ => break,
        }
    }
    (j, classes)
}
