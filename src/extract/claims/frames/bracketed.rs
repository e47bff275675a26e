//! A source credited in brackets after a figure, as key-figures boxes and data lines do:
//! "At least 420,000 people displaced (UN)", "Inflation in March: 3.1% (Stats SA)".

use super::super::kinds::has_quantity;
use super::super::lexicon;
use super::super::tokens::{Tok, TokKind};
use super::openers::simple_frame;
use super::ranges::trim_range;
use super::{Frame, Placement};

/// The frame of a clause `[a, b)` that ends on a bracketed name after a quantity: the name is
/// the source, what comes before the brackets the content. A bracket straight after a
/// capitalised word or a quotation is a name's short form or a gloss ("the Office for National
/// Statistics (ONS)", "“Sin Miedo” (Without Fear)"), and a party label ("(D-N.Y.)") no name.
pub(super) fn bracketed_source(toks: &[Tok], a: usize, b: usize) -> Option<Frame> {
    let mut close = b;
    while close > a && toks[close - 1].is_punct(".") {
        close -= 1;
    }
    if close < a + 4 || !toks[close - 1].is_punct(")") {
        return None;
    }
    let close = close - 1;
    let open = (close.saturating_sub(5).max(a + 2)..close)
        .rev()
        .find(|&k| toks[k].is_punct("("))?;
    let before = &toks[open - 1];
    if before.cap || before.kind == TokKind::Quote {
        return None;
    }
    let name = &toks[open + 1..close];
    let named = !name.is_empty()
        && name[0].cap
        && name.iter().all(|t| {
            !t.in_quote
                && t.is_word()
                && (t.cap || lexicon::is_name_joiner(t.low()))
                && t.end - t.start > 1
                && !t.low().contains(['-', '.'])
        });
    let content = trim_range(toks, a, open);
    if !named || content.0 >= content.1 || !has_quantity(&toks[content.0..content.1]) {
        return None;
    }
    Some(simple_frame(
        (open + 1, close),
        "(",
        content,
        Placement::After,
    ))
}
