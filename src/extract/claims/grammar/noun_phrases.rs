//! Noun-phrase words and ends: which tokens may stand in a source noun phrase, where a short
//! object noun phrase ends, and party labels that are never names.

use super::super::lexicon;
use super::super::tokens::{Tok, TokKind};

/// Tokens that may stand in a source noun phrase.
pub fn np_word(t: &Tok) -> bool {
    match t.kind {
        TokKind::Word | TokKind::Number => {
            t.flags & lexicon::flag::NAME_PART != 0
                || t.flags & lexicon::flag::CLAUSE_WORD == 0
                || matches!(t.low(), "than" | "these" | "those" | "this" | "who")
        }
        TokKind::Punct => matches!(t.low(), "-" | "&" | "(" | ")" | "%"),
        TokKind::Quote => false,
    }
}

/// "R-Ky.", "D-Calif", "I-Vt.": a party and state label after a legislator's name, never a
/// name of its own.
pub fn is_party_label(t: &Tok) -> bool {
    let b = t.lower.as_bytes();
    t.cap
        && b.len() >= 3
        && matches!(b[0], b'r' | b'd' | b'i')
        && b[1] == b'-'
        && b[2].is_ascii_alphabetic()
}

/// The end (exclusive) of a short noun phrase starting at `i`: a capitalised run, or a
/// determiner with up to three words, or one pronoun or noun.
pub fn object_np_end(toks: &[Tok], i: usize, end: usize) -> usize {
    let Some(t) = toks.get(i) else {
        return i;
    };
    if i >= end {
        return i;
    }
    // "her supporters": a possessive opens a noun phrase; "told her that": an object pronoun
    let possessive_np = matches!(t.low(), "her" | "his" | "their" | "its" | "our" | "my")
        && toks.get(i + 1).is_some_and(|n| {
            i + 1 < end
                && n.is_word()
                && !n.verbish
                && np_word(n)
                && !matches!(
                    n.low(),
                    "that" | "to" | "about" | "on" | "in" | "he" | "she" | "they"
                )
        });
    if possessive_np {
        let mut j = i + 1;
        while j < end && j < i + 4 && np_word(&toks[j]) && !toks[j].verbish && !toks[j].is("that") {
            j += 1;
        }
        return j;
    }
    if matches!(
        t.low(),
        "me" | "him"
            | "her"
            | "us"
            | "them"
            | "you"
            | "reporters"
            | "journalists"
            | "police"
            | "investigators"
            | "lawmakers"
            | "supporters"
            | "viewers"
            | "listeners"
            | "readers"
            | "congress"
            | "parliament"
            | "officials"
            | "people"
            | "voters"
            | "audiences"
            | "students"
            | "employees"
            | "staff"
            | "officers"
            | "detectives"
            | "prosecutors"
            | "jurors"
            | "investors"
            | "shareholders"
            | "analysts"
            | "donors"
            | "colleagues"
            | "members"
            | "residents"
            | "workers"
            | "delegates"
            | "troops"
    ) {
        // "promising donors who raise $10,800 …": a relative clause runs the phrase on
        let relative = toks
            .get(i + 1)
            .is_some_and(|n| matches!(n.low(), "who" | "whose" | "which"));
        return if relative { i } else { i + 1 };
    }
    let mut j = i;
    if t.cap {
        while j < end && (toks[j].cap || toks[j].lower == "of" && j + 1 < end && toks[j + 1].cap) {
            j += 1;
        }
        if j < end && toks[j].lower == "'s" {
            j += 1;
        }
        return j;
    }
    // "told the Guardian the plan was …": "the" and a name end where the name ends
    if t.lower == "the" && toks.get(i + 1).is_some_and(|n| n.cap && i + 1 < end) {
        let name_end = object_np_end(toks, i + 1, end);
        let next_determiner = toks
            .get(name_end)
            .is_some_and(|n| name_end < end && lexicon::is_determiner(&n.lower));
        if next_determiner {
            return name_end;
        }
    }
    if lexicon::is_determiner(&t.lower) {
        j += 1;
        let mut n = 0;
        // "told the board the district faces …": a second determiner opens the reported clause
        while j < end
            && n < 4
            && np_word(&toks[j])
            && !lexicon::is_subject_pronoun(&toks[j].lower)
            && !(n > 0
                && matches!(toks[j].low(), "the" | "a" | "an" | "its" | "their")
                && !is_prep(toks[j - 1].low())
                && super::clause_follows(toks, j, end))
        {
            j += 1;
            n += 1;
            // stop after a likely head noun
            if j < end && (toks[j].lower == "that" || !np_word(&toks[j])) {
                break;
            }
        }
        return j;
    }
    // "told leadership they will vote no": a bare noun, then the reported clause's subject
    let subject_next = toks.get(i + 1).is_some_and(|n| {
        i + 1 < end
            && (lexicon::is_subject_pronoun(&n.lower)
                || matches!(n.low(), "the" | "a" | "an" | "its" | "their"))
    });
    let content_word = t.flags & lexicon::flag::CLAUSE_WORD == 0
        && !t.cap
        && !is_prep(t.low())
        && !matches!(
            t.low(),
            "who" | "what" | "which" | "how" | "why" | "when" | "where"
        );
    if t.is_word()
        && !t.verbish
        && content_word
        && subject_next
        && super::clause_follows(toks, i + 1, end)
    {
        return i + 1;
    }
    i
}

/// Prepositions that open a phrase after a noun or a verb ("the rest of the party", "in a
/// statement", "said after the vote").
pub fn is_prep(w: &str) -> bool {
    matches!(
        w,
        "after"
            | "before"
            | "of"
            | "by"
            | "for"
            | "in"
            | "on"
            | "to"
            | "with"
            | "about"
            | "from"
            | "against"
            | "over"
            | "into"
            | "than"
            | "since"
            | "during"
            | "among"
            | "at"
            | "as"
            | "following"
            | "amid"
            | "despite"
            | "like"
            | "under"
            | "between"
    )
}
