//! One batch line of `claimtrace extract --batch`: the id and the extraction contract as compact
//! JSON, written by hand into a reused buffer. The bytes are the ones `serde_json::to_writer`
//! gives for the same value (the tests compare them); serde_json scanned every key and string
//! one byte at a time and took about a tenth of a batch run.

use serde_json::Value;

use crate::extract::contract::{ArticleOut, ClaimOut, Contract, Range, SourceOut};

/// Appends `{"id":…,"article":{…},"claims":[…]}` for one article to `buf` (no newline).
pub fn write_contract_line(buf: &mut Vec<u8>, id: &Value, contract: &Contract) {
    buf.extend_from_slice(b"{\"id\":");
    serde_json::to_writer(&mut *buf, id).expect("a JSON value writes to memory");
    buf.extend_from_slice(b",\"article\":");
    article(buf, &contract.article);
    buf.extend_from_slice(b",\"claims\":");
    list(buf, &contract.claims, claim);
    buf.push(b'}');
}

fn article(buf: &mut Vec<u8>, a: &ArticleOut) {
    buf.extend_from_slice(b"{\"dateline\":");
    opt_str(buf, a.dateline.as_deref());
    buf.extend_from_slice(b",\"relayed_from\":");
    opt_str(buf, a.relayed_from.as_deref());
    buf.extend_from_slice(b",\"translated_from\":");
    opt_str(buf, a.translated_from.as_deref());
    buf.extend_from_slice(b",\"boilerplate\":");
    ranges(buf, &a.boilerplate);
    buf.extend_from_slice(b",\"sentences\":");
    ranges(buf, &a.sentences);
    buf.push(b'}');
}

fn claim(buf: &mut Vec<u8>, c: &ClaimOut) {
    buf.extend_from_slice(b"{\"id\":");
    number(buf, c.id);
    buf.extend_from_slice(b",\"text\":");
    string(buf, &c.text);
    buf.extend_from_slice(b",\"start\":");
    number(buf, c.start);
    buf.extend_from_slice(b",\"end\":");
    number(buf, c.end);
    if !c.fragments.is_empty() {
        buf.extend_from_slice(b",\"fragments\":");
        ranges(buf, &c.fragments);
    }
    buf.extend_from_slice(b",\"sentence\":");
    number(buf, c.sentence);
    buf.extend_from_slice(b",\"kind\":");
    term(buf, c.kind.as_str());
    buf.extend_from_slice(b",\"hedged\":");
    boolean(buf, c.hedged);
    buf.extend_from_slice(b",\"check_worthy\":");
    boolean(buf, c.check_worthy);
    buf.extend_from_slice(b",\"level\":");
    match c.level {
        Some(level) => term(buf, level.as_str()),
        None => buf.extend_from_slice(b"null"),
    }
    buf.extend_from_slice(b",\"flags\":");
    list(buf, &c.flags, |buf, f| term(buf, f.as_str()));
    buf.extend_from_slice(b",\"sources\":");
    list(buf, &c.sources, source);
    buf.push(b'}');
}

fn source(buf: &mut Vec<u8>, s: &SourceOut) {
    buf.extend_from_slice(b"{\"name\":");
    string(buf, &s.name);
    buf.extend_from_slice(b",\"mention\":");
    string(buf, &s.mention);
    buf.extend_from_slice(b",\"start\":");
    number(buf, s.start);
    buf.extend_from_slice(b",\"end\":");
    number(buf, s.end);
    buf.extend_from_slice(b",\"kind\":");
    term(buf, s.kind.as_str());
    buf.extend_from_slice(b",\"cue\":");
    opt_str(buf, s.cue.as_deref());
    buf.extend_from_slice(b",\"role\":");
    opt_str(buf, s.role.as_deref());
    buf.extend_from_slice(b",\"via\":");
    opt_str(buf, s.via.as_deref());
    buf.push(b'}');
}

fn ranges(buf: &mut Vec<u8>, rs: &[Range]) {
    list(buf, rs, |buf, r| {
        buf.extend_from_slice(b"{\"start\":");
        number(buf, r.start);
        buf.extend_from_slice(b",\"end\":");
        number(buf, r.end);
        buf.push(b'}');
    });
}

/// A JSON array of `items`, each written by `write`.
fn list<T>(buf: &mut Vec<u8>, items: &[T], write: impl Fn(&mut Vec<u8>, &T)) {
    buf.push(b'[');
    for (n, item) in items.iter().enumerate() {
        if n > 0 {
            buf.push(b',');
        }
        write(buf, item);
    }
    buf.push(b']');
}

fn boolean(buf: &mut Vec<u8>, b: bool) {
    buf.extend_from_slice(if b { b"true" } else { b"false" });
}

/// "00" to "99": the two digits of each number below 100, side by side.
static DIGIT_PAIRS: [u8; 200] = {
    let mut t = [0u8; 200];
    let mut i = 0;
    while i < 100 {
        t[2 * i] = b'0' + (i / 10) as u8;
        t[2 * i + 1] = b'0' + (i % 10) as u8;
        i += 1;
    }
    t
};

/// A number in decimal, two digits per division: most are offsets of a few digits, and there
/// are several for every claim.
fn number(buf: &mut Vec<u8>, mut n: usize) {
    if n < 10 {
        buf.push(b'0' + n as u8);
        return;
    }
    let mut digits = [0u8; 20];
    let mut at = digits.len();
    while n >= 100 {
        let pair = 2 * (n % 100);
        n /= 100;
        at -= 2;
        digits[at..at + 2].copy_from_slice(&DIGIT_PAIRS[pair..pair + 2]);
    }
    if n >= 10 {
        at -= 2;
        digits[at..at + 2].copy_from_slice(&DIGIT_PAIRS[2 * n..2 * n + 2]);
    } else {
        at -= 1;
        digits[at] = b'0' + n as u8;
    }
    buf.extend_from_slice(&digits[at..]);
}

fn opt_str(buf: &mut Vec<u8>, s: Option<&str>) {
    match s {
        Some(s) => string(buf, s),
        None => buf.extend_from_slice(b"null"),
    }
}

/// A JSON string as serde_json writes it: `"` and `\` escaped, the control characters as
/// `\b \t \n \f \r` or `\u00xx`, everything else as it is.
fn string(buf: &mut Vec<u8>, s: &str) {
    let bytes = s.as_bytes();
    buf.push(b'"');
    let mut from = 0;
    loop {
        let at = next_escape(bytes, from);
        buf.extend_from_slice(&bytes[from..at]);
        let Some(&b) = bytes.get(at) else { break };
        match b {
            b'"' => buf.extend_from_slice(b"\\\""),
            b'\\' => buf.extend_from_slice(b"\\\\"),
            0x08 => buf.extend_from_slice(b"\\b"),
            b'\t' => buf.extend_from_slice(b"\\t"),
            b'\n' => buf.extend_from_slice(b"\\n"),
            0x0C => buf.extend_from_slice(b"\\f"),
            b'\r' => buf.extend_from_slice(b"\\r"),
            _ => {
                const HEX: &[u8; 16] = b"0123456789abcdef";
                buf.extend_from_slice(b"\\u00");
                buf.push(HEX[(b >> 4) as usize]);
                buf.push(HEX[(b & 0xF) as usize]);
            }
        }
        from = at + 1;
    }
    buf.push(b'"');
}

/// A term of a vocabulary (`vocab`) as a JSON string: its words hold no character JSON
/// escapes (the tests check every one), so it is written as it is, without the scan of
/// `string`, which took some 130 instructions for a word of a few bytes.
fn term(buf: &mut Vec<u8>, t: &'static str) {
    debug_assert!(!t.bytes().any(escaped), "{t:?} needs escaping");
    buf.push(b'"');
    buf.extend_from_slice(t.as_bytes());
    buf.push(b'"');
}

fn escaped(b: u8) -> bool {
    b < 0x20 || b == b'"' || b == b'\\'
}

/// The first byte at or after `from` that must be escaped (or the end): sixteen bytes at a
/// time while none of them is. The test of a block, an `or` over its bytes without an early
/// exit, compiles to a few vector instructions (a third of those of the eight-byte word test
/// it replaces).
fn next_escape(bytes: &[u8], mut from: usize) -> usize {
    while let Some(block) = bytes.get(from..from + 16) {
        let block: &[u8; 16] = block.try_into().expect("sixteen bytes");
        if block.iter().fold(false, |any, &b| any | escaped(b)) {
            break;
        }
        from += 16;
    }
    while from < bytes.len() && !escaped(bytes[from]) {
        from += 1;
    }
    from
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn terms_are_written_as_serde_json_writes_them() {
        use crate::vocab::{ClaimKind, Flag, Level, SourceKind};
        let terms = (ClaimKind::ALL.iter().map(|t| t.as_str()))
            .chain(Flag::ALL.iter().map(|t| t.as_str()))
            .chain(Level::ALL.iter().map(|t| t.as_str()))
            .chain(SourceKind::ALL.iter().map(|t| t.as_str()));
        for t in terms {
            let mut buf = Vec::new();
            term(&mut buf, t);
            assert_eq!(buf, serde_json::to_vec(t).unwrap(), "{t:?}");
        }
    }

    #[test]
    fn strings_are_escaped_as_serde_json_escapes_them() {
        let mut all: String = (0u8..128).map(char::from).collect();
        all.push_str("é “quoted” \u{2028} \\\"\" tail of more than eight bytes\n");
        for from in 0..all.len() {
            let Some(s) = all.get(from..) else { continue };
            let mut buf = Vec::new();
            string(&mut buf, s);
            assert_eq!(buf, serde_json::to_vec(s).unwrap(), "{s:?}");
        }
    }

    #[derive(serde::Serialize)]
    struct Line<'a> {
        id: &'a Value,
        #[serde(flatten)]
        contract: &'a Contract,
    }

    #[test]
    fn lines_are_the_bytes_serde_json_writes() {
        let texts = [
            include_str!("../../examples/000_d1e90925469a9c05.txt"),
            include_str!("../../tests/fixtures/british_style.txt"),
            "WASHINGTON (Reuters) - \"We will \\ not\tyield,\" the senator said, \
             according to two aides. Prices rose 3%, officials in Beijing said.\r\n",
        ];
        let ids = [Value::from("a/1"), Value::from(7), Value::Null];
        let mut contracts: Vec<Contract> = texts
            .iter()
            .map(|t| crate::extract::to_contract(t, &crate::extract::extract(t)))
            .collect();
        // every optional field both ways
        let mut claim = contracts[0]
            .claims
            .iter()
            .find(|c| !c.sources.is_empty())
            .expect("a sourced claim in the example")
            .clone();
        claim.sources.push(claim.sources[0].clone());
        claim.level = None;
        claim.fragments = vec![Range { start: 1, end: 2 }];
        for (n, source) in claim.sources.iter_mut().enumerate() {
            let set = |s: &str| (n % 2 == 0).then(|| s.to_string());
            (source.cue, source.role, source.via) = (set("said"), set("aide"), set("AP"));
        }
        contracts[2].claims.push(claim);
        contracts[2].article.dateline = Some("PARIS".into());
        for (contract, id) in contracts.iter().zip(&ids) {
            let mut buf = Vec::new();
            write_contract_line(&mut buf, id, contract);
            let line = Line { id, contract };
            assert_eq!(
                String::from_utf8(buf).unwrap(),
                serde_json::to_string(&line).unwrap()
            );
        }
    }

    #[test]
    fn numbers_print_as_serde_json_prints_them() {
        for n in [
            0,
            1,
            9,
            10,
            11,
            99,
            100,
            101,
            999,
            1000,
            12345,
            100007,
            usize::MAX,
        ] {
            let mut buf = Vec::new();
            number(&mut buf, n);
            assert_eq!(buf, serde_json::to_vec(&n).unwrap());
        }
    }
}
