//! The extraction contract of DESIGN.md: the serde types that `claimtrace extract` prints
//! (JSON, JSONL, and a table for people), built from an [`Extraction`] by converting byte
//! spans into Unicode code-point indices of the original text.

use comfy_table::{presets::UTF8_FULL_CONDENSED, ContentArrangement, Table};
use serde::{Deserialize, Serialize};

use super::types::Span;
use super::Extraction;
use crate::vocab::{ClaimKind, Flag, Level, SourceKind};

/// A half-open range of code-point indices.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Range {
    pub start: usize,
    pub end: usize,
}

/// The whole output for one article.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Contract {
    pub article: ArticleOut,
    pub claims: Vec<ClaimOut>,
}

/// Article-level fields.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ArticleOut {
    pub dateline: Option<String>,
    pub relayed_from: Option<String>,
    pub translated_from: Option<String>,
    pub boilerplate: Vec<Range>,
    pub sentences: Vec<Range>,
}

/// One claim (or record) with its sourcing. Batch lines are written field by field in
/// `render::contract_line` (a test there compares them with serde's output).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ClaimOut {
    pub id: usize,
    pub text: String,
    pub start: usize,
    pub end: usize,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub fragments: Vec<Range>,
    pub sentence: usize,
    pub kind: ClaimKind,
    pub hedged: bool,
    pub check_worthy: bool,
    pub level: Option<Level>,
    pub flags: Vec<Flag>,
    pub sources: Vec<SourceOut>,
}

/// One attributed source of a claim.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SourceOut {
    pub name: String,
    pub mention: String,
    pub start: usize,
    pub end: usize,
    pub kind: SourceKind,
    pub cue: Option<String>,
    pub role: Option<String>,
    pub via: Option<String>,
}

/// Converts byte offsets of one text into code-point indices, in O(64) per lookup after one
/// linear pass (identity for ASCII text).
pub struct CharIndex<'a> {
    bytes: &'a [u8],
    ascii: bool,
    /// Code points before byte `64 * k`.
    checkpoints: Vec<usize>,
}

const BLOCK: usize = 64;

fn is_char_start(b: u8) -> bool {
    (b & 0xC0) != 0x80
}

/// How many bytes of `bytes` open a character, eight at a time: the others are UTF-8
/// continuation bytes, `10xxxxxx`, whose high bit is set and the next one clear.
fn char_starts(bytes: &[u8]) -> usize {
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let mut words = bytes.chunks_exact(8);
    let mut continuations = 0;
    for w in &mut words {
        let w = u64::from_le_bytes(w.try_into().expect("eight bytes"));
        // `w << 1` puts each byte's second bit where its high bit is
        continuations += (w & !(w << 1) & HIGH).count_ones() as usize;
    }
    let rest = words.remainder();
    let rest_continuations = rest.iter().filter(|&&b| !is_char_start(b)).count();
    bytes.len() - continuations - rest_continuations
}

impl<'a> CharIndex<'a> {
    pub fn new(text: &'a str) -> CharIndex<'a> {
        let bytes = text.as_bytes();
        let ascii = text.is_ascii();
        let mut checkpoints = Vec::new();
        if !ascii {
            checkpoints.reserve(bytes.len() / BLOCK + 1);
            let mut count = 0;
            for chunk in bytes.chunks(BLOCK) {
                checkpoints.push(count);
                count += char_starts(chunk);
            }
            checkpoints.push(count);
        }
        CharIndex {
            bytes,
            ascii,
            checkpoints,
        }
    }

    /// The code-point index of byte offset `byte` (which must be on a char boundary).
    pub fn at(&self, byte: usize) -> usize {
        if self.ascii {
            return byte;
        }
        let block = byte / BLOCK;
        self.checkpoints[block] + char_starts(&self.bytes[block * BLOCK..byte])
    }

    pub fn range(&self, span: Span) -> Range {
        Range {
            start: self.at(span.start),
            end: self.at(span.end),
        }
    }
}

/// Builds the contract for `text` from its extraction.
pub fn to_contract(text: &str, ex: &Extraction) -> Contract {
    let ix = CharIndex::new(text);
    let article = ArticleOut {
        dateline: ex.meta.dateline.clone(),
        relayed_from: ex.meta.relayed_from.clone(),
        translated_from: ex.meta.translated_from.clone(),
        boilerplate: ex.meta.boilerplate.iter().map(|&s| ix.range(s)).collect(),
        sentences: ex.sentences.iter().map(|&s| ix.range(s)).collect(),
    };
    let claims = ex
        .claims
        .iter()
        .zip(&ex.assessments)
        .enumerate()
        .map(|(n, (c, a))| {
            let whole = ix.range(c.span);
            let record = c.kind.is_record();
            ClaimOut {
                id: n + 1,
                text: c.text(text),
                start: whole.start,
                end: whole.end,
                fragments: c.fragments.iter().map(|&f| ix.range(f)).collect(),
                sentence: c.sentence,
                kind: c.kind,
                hedged: c.hedged,
                check_worthy: c.check_worthy,
                level: if record { None } else { a.level },
                flags: if record {
                    Vec::new()
                } else {
                    a.flags.iter().copied().collect()
                },
                sources: c
                    .sources
                    .iter()
                    .map(|s| {
                        let r = ix.range(s.mention);
                        SourceOut {
                            name: s.name.clone(),
                            mention: s.mention.of(text).to_string(),
                            start: r.start,
                            end: r.end,
                            kind: s.kind,
                            cue: s.cue.clone(),
                            role: s.role.clone(),
                            via: s.via.clone(),
                        }
                    })
                    .collect(),
            }
        })
        .collect();
    Contract { article, claims }
}

/// The claims as a table for a person: one row per claim, article fields above.
pub fn to_table(contract: &Contract) -> String {
    let a = &contract.article;
    let mut out = String::new();
    let field = |v: &Option<String>| v.clone().unwrap_or_else(|| "-".to_string());
    out.push_str(&format!(
        "dateline: {}   relayed from: {}   translated from: {}   sentences: {}   boilerplate passages: {}\n",
        field(&a.dateline),
        field(&a.relayed_from),
        field(&a.translated_from),
        a.sentences.len(),
        a.boilerplate.len()
    ));
    let mut table = Table::new();
    table
        .load_preset(UTF8_FULL_CONDENSED)
        .set_content_arrangement(ContentArrangement::Dynamic)
        .set_width(140)
        .set_header(vec!["id", "kind", "level", "flags", "sources", "claim"]);
    for c in &contract.claims {
        let sources = c
            .sources
            .iter()
            .map(|s| format!("{} ({})", s.name, s.kind))
            .collect::<Vec<_>>()
            .join("; ");
        table.add_row(vec![
            c.id.to_string(),
            c.kind.to_string(),
            c.level.map_or("-".to_string(), |l| l.to_string()),
            c.flags
                .iter()
                .map(|f| f.as_str())
                .collect::<Vec<_>>()
                .join(" "),
            sources,
            c.text.clone(),
        ]);
    }
    out.push_str(&table.to_string());
    out.push('\n');
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn char_index_counts_code_points() {
        let text = "\u{feff}é\r\n“x”";
        let ix = CharIndex::new(text);
        assert_eq!(ix.at(0), 0);
        assert_eq!(ix.at(3), 1); // after the BOM
        assert_eq!(ix.at(5), 2); // after é
        assert_eq!(ix.at(7), 4); // CRLF counts as two
        assert_eq!(ix.at(text.len()), text.chars().count());
    }

    #[test]
    fn char_index_across_blocks() {
        let text = "ü".repeat(100) + "a";
        let ix = CharIndex::new(&text);
        for (n, (b, _)) in text.char_indices().enumerate() {
            assert_eq!(ix.at(b), n);
        }
        assert_eq!(ix.at(text.len()), 101);
    }

    #[test]
    fn char_index_over_mixed_widths() {
        let text = "a\u{e9}\u{201c}\u{1d11e}b\u{feff}".repeat(40);
        let ix = CharIndex::new(&text);
        for (n, (b, _)) in text.char_indices().enumerate() {
            assert_eq!(ix.at(b), n);
        }
        assert_eq!(ix.at(text.len()), text.chars().count());
    }

    #[test]
    fn ascii_is_identity() {
        let ix = CharIndex::new("plain text");
        assert_eq!(ix.at(5), 5);
    }
}
