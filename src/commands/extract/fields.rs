//! A batch line's `id` and `text` read without serde's generic walk over the fields it skips:
//! a PolNeAR line carries more bytes of annotations than of text, and serde_json spent some
//! 90 instructions on each string it skipped (train: 334,000 strings in 840 lines). The line
//! is checked here against the JSON grammar, no less strictly than serde_json checks what it
//! skips, so that whatever this reading takes is a line that serde_json reads the same way;
//! anything else (an error, an escape in a key, a field twice, a line that is not an object)
//! is left to serde_json, which then says what is wrong as it always has.

use serde_json::Value;

/// The `id` and `text` fields of the JSON object `line` as `Option<Value>`s (absent or
/// `null`: `None`), as serde_json deserialises them into `BatchInput`; `None` when the line
/// is not a plain object that certainly reads without error (serde_json decides those).
pub(super) fn id_and_text(line: &[u8]) -> Option<(Option<Value>, Option<Value>)> {
    let b = line;
    let mut i = whitespace(b, 0);
    if b.get(i) != Some(&b'{') {
        return None;
    }
    i = whitespace(b, i + 1);
    let (mut id, mut text): (Option<&[u8]>, Option<&[u8]>) = (None, None);
    if b.get(i) == Some(&b'}') {
        i += 1;
    } else {
        loop {
            if b.get(i) != Some(&b'"') {
                return None;
            }
            let key_end = string_end(b, i + 1)?;
            let key = &b[i + 1..key_end - 1];
            // a key serde_json would decode (an escape) or check as UTF-8 is left to it
            if key.iter().any(|&c| c == b'\\' || c >= 0x80) {
                return None;
            }
            i = whitespace(b, key_end);
            if b.get(i) != Some(&b':') {
                return None;
            }
            let start = whitespace(b, i + 1);
            let end = value_end(b, start)?;
            let value = &b[start..end];
            let earlier = match key {
                b"id" => id.replace(value),
                b"text" => text.replace(value),
                _ => None,
            };
            if earlier.is_some() {
                // a duplicate field: serde_json's error
                return None;
            }
            i = whitespace(b, end);
            match *b.get(i)? {
                b',' => i = whitespace(b, i + 1),
                b'}' => {
                    i += 1;
                    break;
                }
                _ => return None,
            }
        }
    }
    if whitespace(b, i) != b.len() {
        return None;
    }
    // the two values themselves are read by serde_json (a number out of range, a string that
    // is not UTF-8: its errors are the whole line's); an array or object is left to the whole
    // line's reading, where its depth counts from the line's object
    let read = |raw: Option<&[u8]>| match raw {
        Some([b'[' | b'{', ..]) => None,
        Some(raw @ [b'"', ..]) => match decoded(raw) {
            Some(s) => Some(Some(Value::String(s))),
            None => serde_json::from_slice::<Option<Value>>(raw).ok(),
        },
        Some(raw) => serde_json::from_slice::<Option<Value>>(raw).ok(),
        None => Some(None),
    };
    Some((read(id)?, read(text)?))
}

/// The JSON string `raw` (its quotes included, well formed by `string_end`) as serde_json
/// decodes it, or `None` where serde_json is left to decide: an escaped surrogate (a pair or
/// an error), bytes that are not UTF-8 (an error). The article's text is most of a line's
/// string bytes: serde_json copied it twice (into its scratch buffer, then into the `String`)
/// and took some 6 instructions a byte; here the runs between escapes are copied once and the
/// whole checked as UTF-8 once.
fn decoded(raw: &[u8]) -> Option<String> {
    let body = &raw[1..raw.len() - 1];
    let mut out = Vec::with_capacity(body.len());
    let mut from = 0;
    while let Some(k) = memchr::memchr(b'\\', &body[from..]) {
        let at = from + k;
        out.extend_from_slice(&body[from..at]);
        let escaped = match *body.get(at + 1)? {
            b'"' => b'"',
            b'\\' => b'\\',
            b'/' => b'/',
            b'b' => 0x08,
            b'f' => 0x0c,
            b'n' => b'\n',
            b'r' => b'\r',
            b't' => b'\t',
            b'u' => {
                let hex = body.get(at + 2..at + 6)?;
                if !hex.iter().all(u8::is_ascii_hexdigit) {
                    return None;
                }
                let hex = std::str::from_utf8(hex).ok()?;
                let c = char::from_u32(u32::from_str_radix(hex, 16).ok()?)?;
                let mut utf8 = [0u8; 4];
                out.extend_from_slice(c.encode_utf8(&mut utf8).as_bytes());
                from = at + 6;
                continue;
            }
            _ => return None,
        };
        out.push(escaped);
        from = at + 2;
    }
    out.extend_from_slice(&body[from..]);
    String::from_utf8(out).ok()
}

/// The first byte at or after `i` that is not JSON whitespace. Most often there is none or
/// one space (`": "`, `", "`): those take a test or two, the rest a loop.
#[inline(always)]
fn whitespace(b: &[u8], i: usize) -> usize {
    match b.get(i) {
        Some(&c) if c > b' ' => i,
        Some(b' ') if b.get(i + 1).is_some_and(|&c| c > b' ') => i + 1,
        _ => whitespace_run(b, i),
    }
}

/// `whitespace` over a run of any length.
fn whitespace_run(b: &[u8], mut i: usize) -> usize {
    while i < b.len() && matches!(b[i], b' ' | b'\n' | b'\t' | b'\r') {
        i += 1;
    }
    i
}

/// Where the string whose opening quote is before `i` ends (after its closing quote), if it
/// is well formed: no control character, only JSON's escapes. Sixteen bytes at a time up to
/// the next quote, backslash or control character (`special`), as serde_json looks for them;
/// past the first 128 bytes of a long string (an article's text) by `memchr2` for the quote or
/// backslash, its run checked for control characters by a vectorised minimum. (Inlined: as a
/// call, saving and restoring registers took a fifth of its instructions.)
#[inline(always)]
fn string_end(b: &[u8], mut i: usize) -> Option<usize> {
    let from = i;
    loop {
        i = plain_end(b, i, from);
        match *b.get(i)? {
            b'"' => return Some(i + 1),
            b'\\' => match *b.get(i + 1)? {
                b'"' | b'\\' | b'/' | b'b' | b'f' | b'n' | b'r' | b't' => i += 2,
                b'u' if b.get(i + 2..i + 6)?.iter().all(u8::is_ascii_hexdigit) => i += 6,
                _ => return None,
            },
            _ => return None,
        }
    }
}

/// The first quote, backslash or control character at or after `i` (or `b.len()`); `from` is
/// where the string's bytes begin.
#[inline(always)]
fn plain_end(b: &[u8], mut i: usize, from: usize) -> usize {
    while let Some(chunk) = b.get(i..i + 16) {
        let (lo, hi) = chunk.split_at(8);
        let lo = special(u64::from_le_bytes(lo.try_into().expect("eight bytes")));
        let hi = special(u64::from_le_bytes(hi.try_into().expect("eight bytes")));
        if lo | hi != 0 {
            let k = if lo != 0 {
                lo.trailing_zeros() / 8
            } else {
                8 + hi.trailing_zeros() / 8
            };
            return i + k as usize;
        }
        i += 16;
        if i - from >= 128 {
            return long_plain_end(b, i);
        }
    }
    while i < b.len() && !matches!(b[i], 0..=0x1f | b'"' | b'\\') {
        i += 1;
    }
    i
}

/// `plain_end` in a long string: the next quote or backslash, or the first control character
/// before it.
#[inline(never)]
fn long_plain_end(b: &[u8], i: usize) -> usize {
    let end = memchr::memchr2(b'"', b'\\', &b[i..]).map_or(b.len(), |k| i + k);
    let run = &b[i..end];
    // (a minimum over the run is vectorised; the search for the control character is rare)
    if run.iter().fold(u8::MAX, |m, &c| m.min(c)) >= 0x20 {
        return end;
    }
    i + run
        .iter()
        .position(|&c| c < 0x20)
        .expect("a control character")
}

/// The high bit of each byte of `c` that may be a quote, a backslash or a control character:
/// the lowest one flagged is one. (A byte XOR 2 is below 0x21 just when it is a control
/// character or a quote.)
#[inline(always)]
fn special(c: u64) -> u64 {
    const ONES: u64 = u64::MAX / 255;
    let x = c ^ (ONES * 2);
    let control_or_quote = x.wrapping_sub(ONES * 0x21) & !x;
    let backslash = c ^ (ONES * u64::from(b'\\'));
    let backslash = backslash.wrapping_sub(ONES) & !backslash;
    (control_or_quote | backslash) & (ONES << 7)
}

/// Where the number at `i` ends, if it is one by JSON's grammar.
fn number_end(b: &[u8], mut i: usize) -> Option<usize> {
    let digits = |mut i: usize| {
        while b.get(i).is_some_and(u8::is_ascii_digit) {
            i += 1;
        }
        i
    };
    if b.get(i) == Some(&b'-') {
        i += 1;
    }
    match *b.get(i)? {
        b'0' => i += 1,
        b'1'..=b'9' => i = digits(i + 1),
        _ => return None,
    }
    if b.get(i) == Some(&b'.') {
        let after = digits(i + 1);
        if after == i + 1 {
            return None;
        }
        i = after;
    }
    if matches!(b.get(i), Some(b'e' | b'E')) {
        i += 1;
        if matches!(b.get(i), Some(b'+' | b'-')) {
            i += 1;
        }
        let after = digits(i);
        if after == i {
            return None;
        }
        i = after;
    }
    Some(i)
}

/// Where the JSON value at `i` ends, if it is well formed; nested arrays and objects are
/// followed on a stack of their closing brackets.
fn value_end(b: &[u8], mut i: usize) -> Option<usize> {
    let mut open: Vec<u8> = Vec::new();
    loop {
        i = whitespace(b, i);
        match *b.get(i)? {
            b'"' => i = string_end(b, i + 1)?,
            b'{' => {
                i = whitespace(b, i + 1);
                if b.get(i) == Some(&b'}') {
                    i += 1;
                } else {
                    i = key_end(b, i)?;
                    open.push(b'}');
                    continue;
                }
            }
            b'[' => {
                i = whitespace(b, i + 1);
                if b.get(i) == Some(&b']') {
                    i += 1;
                } else {
                    open.push(b']');
                    continue;
                }
            }
            b't' if b[i..].starts_with(b"true") => i += 4,
            b'f' if b[i..].starts_with(b"false") => i += 5,
            b'n' if b[i..].starts_with(b"null") => i += 4,
            b'-' | b'0'..=b'9' => i = number_end(b, i)?,
            _ => return None,
        }
        // after a value: the next one of its array or object, or their ends
        loop {
            let Some(&close) = open.last() else {
                return Some(i);
            };
            i = whitespace(b, i);
            match *b.get(i)? {
                b',' => {
                    i += 1;
                    if close == b'}' {
                        i = key_end(b, whitespace(b, i))?;
                    }
                    break;
                }
                c if c == close => {
                    i += 1;
                    open.pop();
                }
                _ => return None,
            }
        }
    }
}

/// Where an object's key at `i` and its colon end.
#[inline(always)]
fn key_end(b: &[u8], i: usize) -> Option<usize> {
    if b.get(i) != Some(&b'"') {
        return None;
    }
    let i = whitespace(b, string_end(b, i + 1)?);
    (b.get(i) == Some(&b':')).then_some(i + 1)
}

#[cfg(test)]
mod tests;
