//! The description after an inverted speaker ("…, said Ann Lee, 59, a nurse."): the age, where
//! it ends, a name that closes it and an affiliation ("of Dayton").

use super::*;

/// A person's age set off after a name: a number of one to three digits.
pub(super) fn is_age(t: &Tok) -> bool {
    t.kind == TokKind::Number
        && (1..=3).contains(&t.lower.len())
        && t.low().bytes().all(|c| c.is_ascii_digit())
}

/// Whether nothing but a description of the speaker follows the comma at `e` (or `e` ends
/// the clause `[…, b)`, or only its period follows).
pub(super) fn closes_sentence(toks: &[Tok], e: usize, b: usize) -> bool {
    let end = if e < b && is_comma(&toks[e]) {
        description_end(toks, e, b)
    } else {
        e
    };
    end >= b || toks[end..b].iter().all(|t| t.kind == TokKind::Punct)
}

/// The end of a speaker's description whose first comma is at `re`: "a debt expert who has
/// written books, papers and editorials" runs on past its list's commas; it stops before a
/// clause, a quotation or a predicate ("The cost, said Lee, a former mayor, will rise").
pub(super) fn description_end(toks: &[Tok], mut re: usize, b: usize) -> usize {
    while re + 1 < b {
        let n = &toks[re + 1];
        // ", who fled with her children", ", which serves breakfast": a comma-set relative
        // clause is a claim of the writer's, not part of the description; but one with a verb
        // of saying (", who notes that …") stays in it, for its "who" would take up the last
        // name in the description rather than the speaker
        let relative = matches!(n.low(), "who" | "whose");
        let says = relative && {
            let end = next_comma(toks, re + 1, b);
            toks[re + 2..end.max(re + 2)]
                .iter()
                .any(|t| t.cue.is_some())
        };
        if !says
            && (n.kind == TokKind::Quote
                || is_verbish(n)
                || n.cue.is_some()
                || clause_follows(toks, re + 1, b)
                || matches!(n.low(), "but" | "and" | "while" | "although" | "though")
                    && clause_follows(toks, re + 2, b)
                || relative
                || n.is("which"))
        {
            break;
        }
        re = next_comma(toks, re + 1, b);
    }
    re
}

/// "…, said the firm's chief executive, Ann Lee.": the end of a name of capitalised words
/// that fills `[s, re)` up to the end of the clause `b`, after a description of the speaker.
pub(super) fn closing_name(toks: &[Tok], s: usize, re: usize, b: usize) -> Option<usize> {
    let mut n = re;
    while n > s && toks[n - 1].kind == TokKind::Punct {
        n -= 1;
    }
    let all_name = n > s
        && n - s <= 4
        && toks[s..n]
            .iter()
            .all(|t| t.cap && t.is_word() && t.cue.is_none() && !is_party_label(t));
    let ends_clause = toks[n..b].iter().all(|t| t.kind != TokKind::Word);
    (all_name && ends_clause && !toks[s].in_quote).then_some(n)
}

/// ", of the University of Leeds.": "of" and a capitalised name with no verb, from `k` to `re`.
pub(super) fn affiliation(toks: &[Tok], k: usize, re: usize) -> bool {
    let name = if toks.get(k + 1).is_some_and(|t| t.is("the")) {
        k + 2
    } else {
        k + 1
    };
    toks[k].is("of")
        && name < re
        && toks[name].cap
        && toks[k + 1..re]
            .iter()
            .all(|t| (t.is_word() || t.is_punct(".")) && !t.verbish && !t.in_quote)
}
