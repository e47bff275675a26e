//! The marks a clause holds that the rarer frame shapes need, found in one pass: a clause
//! with no colon has no speaker label, one with no dash no credit after a quotation. Each
//! shape's own search then runs only where it can match.

use super::*;

/// Which of the tokens the rarer frame shapes open on a clause holds.
#[derive(Debug, Clone, Copy, Default)]
pub(super) struct Marks {
    pub colon: bool,
    /// An en, em or horizontal-bar dash ("— Ann Lee").
    pub dash: bool,
    /// A hyphen, which may stand for a dash between spaces ("… unit - sources").
    pub hyphen: bool,
    pub according: bool,
}

impl Marks {
    /// The marks of the clause `[a, b)`.
    pub(super) fn of(toks: &[Tok], a: usize, b: usize) -> Marks {
        let mut m = Marks::default();
        for t in &toks[a..b] {
            match t.kind {
                TokKind::Punct => match t.low() {
                    ":" => m.colon = true,
                    "―" | "—" | "–" => m.dash = true,
                    "-" => m.hyphen = true,
                    _ => {}
                },
                TokKind::Word => m.according |= t.is("according"),
                _ => {}
            }
        }
        m
    }
}
