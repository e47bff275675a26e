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

/// The first byte at or after `i` that is not JSON whitespace.
#[inline]
fn whitespace(b: &[u8], mut i: usize) -> usize {
    while i < b.len() && matches!(b[i], b' ' | b'\n' | b'\t' | b'\r') {
        i += 1;
    }
    i
}

/// Where the string whose opening quote is before `i` ends (after its closing quote), if it
/// is well formed: no control character, only JSON's escapes. Eight bytes at a time up to the
/// next quote, backslash or control character, as serde_json looks for them.
#[inline]
fn string_end(b: &[u8], mut i: usize) -> Option<usize> {
    const ONES: u64 = u64::MAX / 255;
    loop {
        while let Some(chunk) = b.get(i..i + 8) {
            let c = u64::from_le_bytes(chunk.try_into().expect("eight bytes"));
            // a byte below 0x20, a quote, a backslash: the lowest flagged byte is one of them
            let control = c.wrapping_sub(ONES * 0x20) & !c;
            let quote = c ^ (ONES * u64::from(b'"'));
            let quote = quote.wrapping_sub(ONES) & !quote;
            let backslash = c ^ (ONES * u64::from(b'\\'));
            let backslash = backslash.wrapping_sub(ONES) & !backslash;
            let found = (control | quote | backslash) & (ONES << 7);
            if found != 0 {
                i += (found.trailing_zeros() / 8) as usize;
                break;
            }
            i += 8;
        }
        match *b.get(i)? {
            b'"' => return Some(i + 1),
            b'\\' => match *b.get(i + 1)? {
                b'"' | b'\\' | b'/' | b'b' | b'f' | b'n' | b'r' | b't' => i += 2,
                b'u' if b.get(i + 2..i + 6)?.iter().all(u8::is_ascii_hexdigit) => i += 6,
                _ => return None,
            },
            0..=0x1f => return None,
            _ => i += 1,
        }
    }
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
fn key_end(b: &[u8], i: usize) -> Option<usize> {
    if b.get(i) != Some(&b'"') {
        return None;
    }
    let i = whitespace(b, string_end(b, i + 1)?);
    (b.get(i) == Some(&b':')).then_some(i + 1)
}

#[cfg(test)]
mod tests {
    use super::super::{parse_line, BatchInput};
    use serde_json::Value;

    /// `parse_line` as it was: serde_json alone.
    fn by_serde(line: &[u8]) -> Result<(Value, String), (Value, String)> {
        if line.iter().all(u8::is_ascii_whitespace) {
            return Err((Value::Null, "empty line".into()));
        }
        let input: BatchInput = serde_json::from_slice(line)
            .map_err(|e| (Value::Null, format!("not a JSON object: {e}")))?;
        let id = input.id.unwrap_or(Value::Null);
        match input.text {
            Some(Value::String(text)) => Ok((id, text)),
            Some(_) => Err((id, "\"text\" is not a string".into())),
            None => Err((id, "no \"text\" field".into())),
        }
    }

    const LINES: &[&str] = &[
        r#"{"id": "a", "text": "Prices rose.\nRents fell.", "extra": [1, -2.5e+3, true, null]}"#,
        r#"{"id": 7, "attributions": [{"source": {"start": 0, "end": 12, "text": "the \"minister\" \u00e9"}, "cue": [], "content": {}}], "text": "Officials said so."}"#,
        r#"  {"text": "x", "id": {"nested": [[], {}, [{"a": "\/\b\f\r\t\\"}]]}}  "#,
        r#"{"id": null, "text": null}"#,
        r#"{"id": 1, "text": 2}"#,
        r#"{}"#,
        r#"[1, "text"]"#,
        r#"{"id": 1, "id": 2, "text": "t"}"#,
        r#"{"text": "a", "text": "b"}"#,
        r#"{"te\u0078t": "escaped key"}"#,
        r#"{"id": 1, "text": "t",}"#,
        r#"{"id": 01, "text": "t"}"#,
        r#"{"id": 1., "text": "t"}"#,
        r#"{"id": 1e, "text": "t"}"#,
        r#"{"id": -, "text": "t"}"#,
        r#"{"id": 1e999, "text": "t"}"#,
        r#"{"x": 1e999, "text": "t"}"#,
        r#"{"x": "\ud800", "text": "t"}"#,
        r#"{"id": "\ud800", "text": "t"}"#,
        r#"{"x": "\q", "text": "t"}"#,
        r#"{"x": "\u12G4", "text": "t"}"#,
        r#"{"x": tru, "text": "t"}"#,
        r#"{"x": nulll, "text": "t"}"#,
        r#"{"x": [1 2], "text": "t"}"#,
        r#"{"x": {"a" 1}, "text": "t"}"#,
        r#"{"x": {"a": 1,}, "text": "t"}"#,
        r#"{"x": {1: 1}, "text": "t"}"#,
        r#"{"x": [}, "text": "t"}"#,
        r#"{"text": "t"} trailing"#,
        r#"{"text": "t""#,
        r#"{"text": "unterminated}"#,
        r#"{"text": "t", "x": [[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]}"#,
        "not json",
        "",
        "   ",
        "{\"text\": \"tab\tinside\"}",
        "{\"text\": \"é “quoted” text\"}",
        "{\"x\": \"ctl\u{1}\", \"text\": \"t\"}",
        "{\"text\": \"t\"}\r\n",
    ];

    #[test]
    fn lines_are_read_as_serde_json_reads_them() {
        // (the plain lines are read here, not by serde_json)
        for k in [0, 1, 3, 4, 5] {
            assert!(
                super::id_and_text(LINES[k].as_bytes()).is_some(),
                "{}",
                LINES[k]
            );
        }
        for line in LINES {
            assert_eq!(
                parse_line(line.as_bytes()),
                by_serde(line.as_bytes()),
                "{line}"
            );
        }
        // ids and texts deep enough for serde_json's recursion limit
        for depth in [1, 126, 127, 128, 129, 200] {
            let (open, close) = ("[".repeat(depth), "]".repeat(depth));
            let deep = format!("{{\"id\": {open}{close}, \"text\": \"t\"}}");
            assert_eq!(parse_line(deep.as_bytes()), by_serde(deep.as_bytes()));
            let deep = format!("{{\"x\": {open}{close}, \"text\": \"t\"}}");
            assert_eq!(parse_line(deep.as_bytes()), by_serde(deep.as_bytes()));
        }
        // invalid UTF-8 in a skipped string and in the text
        for line in [
            &b"{\"x\": \"\xff\", \"text\": \"t\"}"[..],
            b"{\"text\": \"\xff\"}",
        ] {
            assert_eq!(parse_line(line), by_serde(line));
        }
    }

    #[test]
    fn every_cut_and_changed_byte_reads_as_serde_json_reads_it() {
        for line in LINES.iter().take(3) {
            let bytes = line.as_bytes();
            for k in 0..bytes.len() {
                let cut = [&bytes[..k], &bytes[k + 1..]].concat();
                assert_eq!(parse_line(&cut), by_serde(&cut), "{cut:?}");
                for b in [
                    b'"', b'\\', b',', b':', b'}', b']', b'{', b'[', b'0', b'-', 0x01, b'e',
                ] {
                    let mut changed = bytes.to_vec();
                    changed[k] = b;
                    assert_eq!(parse_line(&changed), by_serde(&changed), "{changed:?}");
                }
            }
        }
    }

    /// Strings made of escapes (a surrogate pair, a lone surrogate, `\u0000`), UTF-8 of one to
    /// four bytes, invalid UTF-8 and plain runs: `decoded` gives what serde_json gives, or
    /// leaves the string to it.
    #[test]
    fn strings_decode_as_serde_json_decodes_them() {
        let pieces: [&[u8]; 20] = [
            b"a",
            b"Prices rose",
            b" ",
            b"\\n",
            b"\\\"",
            b"\\\\",
            b"\\/",
            b"\\b\\f\\r\\t",
            b"\\u00e9",
            b"\\u0000",
            b"\\uD83D\\uDE00",
            b"\\ud800",
            b"\\uDE00x",
            b"\\u2019",
            "é".as_bytes(),
            "’".as_bytes(),
            "😀".as_bytes(),
            b"\xff",
            b"\xe2\x80",
            b"\\u0041",
        ];
        let (mut seed, mut left) = (0x9e37_79b9_7f4a_7c15_u64, 0);
        for len in 0..8 {
            for _ in 0..3000 {
                let mut raw = vec![b'"'];
                for _ in 0..len {
                    seed ^= seed << 13;
                    seed ^= seed >> 7;
                    seed ^= seed << 17;
                    raw.extend_from_slice(pieces[(seed % pieces.len() as u64) as usize]);
                }
                raw.push(b'"');
                let by_serde = serde_json::from_slice::<String>(&raw).ok();
                match super::decoded(&raw) {
                    Some(s) => assert_eq!(Some(s), by_serde, "{raw:?}"),
                    None => left += 1,
                }
            }
        }
        // the surrogates and the invalid bytes are left to serde_json, no more
        assert!(0 < left && left < 3000 * 8 * 3 / 4, "{left}");
    }
}
