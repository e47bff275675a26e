//! `id_and_text` against serde_json: every line reads as serde_json alone read it.

use super::super::{article_text, parse_line, BatchInput};
use serde_json::Value;

/// `parse_line` as it was: serde_json alone.
fn by_serde(line: &[u8]) -> Result<(Value, String), (Value, String)> {
    if line.iter().all(u8::is_ascii_whitespace) {
        return Err((Value::Null, "empty line".into()));
    }
    let input: BatchInput = serde_json::from_slice(line)
        .map_err(|e| (Value::Null, format!("not a JSON object: {e}")))?;
    article_text(input.id.unwrap_or(Value::Null), input.text)
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

/// Skipped strings and texts longer than `plain_end` scans word by word (past 128 bytes the
/// run to the next quote or backslash is found by `memchr2`): a quote, an escape, a control
/// character, an invalid escape or a non-ASCII character at every place in and around that
/// bound reads as serde_json reads it.
#[test]
fn long_strings_read_as_serde_json_reads_them() {
    let specials: [&[u8]; 8] = [
        b"\"",
        b"\\n",
        b"\\q",
        b"\x01",
        b"\x1f",
        b"\\u00e9",
        "é".as_bytes(),
        b"\\",
    ];
    for len in [15, 16, 17, 127, 128, 129, 143, 144, 145, 300] {
        for k in 0..len {
            for special in specials {
                let mut s = vec![b'a'; len];
                s.splice(k..k + 1, special.iter().copied());
                let skipped = [&b"{\"x\": \""[..], &s, b"\", \"text\": \"t\"}"].concat();
                assert_eq!(parse_line(&skipped), by_serde(&skipped), "{skipped:?}");
                let text = [&b"{\"text\": \""[..], &s, b"\"}"].concat();
                assert_eq!(parse_line(&text), by_serde(&text), "{text:?}");
            }
        }
    }
}
