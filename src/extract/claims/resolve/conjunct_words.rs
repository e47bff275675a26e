//! The words of a source mention as the conjunct splitter reads them: offsets, the core before
//! a post-modifier, a verb that makes a clause of it, adverbials that close it.

use super::*;

/// One word of a mention: its byte offset in the mention, as written and lower-cased without
/// the punctuation around it.
#[derive(Debug)]
pub(super) struct Word<'a> {
    pub at: usize,
    pub text: &'a str,
    pub lower: String,
}

impl Word<'_> {
    pub fn end(&self) -> usize {
        self.at + self.text.len()
    }
    pub fn cap(&self) -> bool {
        is_cap(self.text.trim_start_matches(['(', '[']))
    }
}

pub(super) fn split_words(mention: &str) -> Vec<Word<'_>> {
    let mut out = Vec::new();
    let mut from = 0;
    for w in mention.split_whitespace() {
        let at = from + mention[from..].find(w).unwrap_or(0);
        from = at + w.len();
        let lower = w
            .trim_matches(|c: char| matches!(c, ',' | ';' | ':' | '(' | ')'))
            .to_lowercase();
        out.push(Word { at, text: w, lower });
    }
    out
}

/// How many words open a conjunct before a parenthetical, a post-modifier or a comma.
pub(super) fn core_len(ws: &[Word]) -> usize {
    let mut core = 0;
    for (k, w) in ws.iter().enumerate() {
        if w.text.starts_with('(')
            || matches!(w.text, "-" | "—" | "–")
            || k > 0
                && (is_preposition(&w.lower)
                    || matches!(w.lower.as_str(), "who" | "that" | "which" | "whose"))
        {
            break;
        }
        core = k + 1;
        if w.text.ends_with([',', ';', ':']) {
            break;
        }
    }
    core
}

/// Whether the words before any relative clause hold a verb: a clause cut off before its cue
/// ("his cousins joined a choir") is no noun phrase.
pub(super) fn has_verb(ws: &[Word]) -> bool {
    let clause = ws
        .iter()
        .position(|w| matches!(w.lower.as_str(), "who" | "that" | "which" | "whose"))
        .unwrap_or(ws.len());
    (0..clause).any(|k| {
        let w = ws[k].lower.as_str();
        let after_noun = k > 0 && {
            let prev = ws[k - 1].lower.as_str();
            prev.ends_with('s') && !prev.ends_with("'s") || matches!(prev, "all" | "both")
        };
        lexicon::word_flags(w) & lexicon::flag::FINITE != 0
            || k > 0 && lexicon::cue(w).is_some() && !ws[k].cap()
            || after_noun && w.len() >= 5 && w.ends_with("ed") && !ws[k].cap()
    })
}

/// Words that close a conjunct without naming anyone: "France in particular", "… all",
/// "… publicly".
pub(super) fn trailing_adverbial(ws: &[Word]) -> usize {
    let n = ws.len();
    if n > 2 && ws[n - 2].lower == "in" && ws[n - 1].lower == "particular" {
        return 2;
    }
    let last = ws[n - 1].lower.as_str();
    // "Lee and Diaz jointly [agreed]": an adverb in -ly closes no name
    let adverb = last.len() > 4 && last.ends_with("ly") && !ws[n - 1].cap();
    let alone = n > 1
        && (adverb
            || matches!(
                last,
                "all" | "both" | "together" | "alike" | "too" | "also" | "jointly"
            ));
    usize::from(alone)
}

/// Whether `left`, a group described by capitalised words ("The Queensland Nurses"), names
/// trades that open a body's name whose first word is `next` ("Midwives' Union"): a body
/// with no determiner of its own shares the group's, so both are words of one name.
pub(super) fn trades_before_body(left: &[Word], next: &Word) -> bool {
    let Some(last) = left.last() else {
        return false;
    };
    let head = last.lower.trim_end_matches(['\'', '’']);
    last.cap()
        && !is_title_word(head)
        && !is_party_noun(singular(head))
        && !lexicon::is_determiner(&next.lower)
}

/// Whether the lower-cased `word` is a common word by its form alone: a function word, an
/// adjective by its ending ("famous", "local"), or a noun for a person by its meaning or its
/// agent ending ("teacher", "cyclist"), so that a sentence's capitalised first word may be a
/// description ("Cyclist and nurse Ann Lee said"). Not "-vist": Nordic surnames ("Lindqvist").
pub(super) fn common_by_shape(word: &str) -> bool {
    let adjective = [
        "al", "ar", "ous", "ive", "ic", "ed", "ing", "ful", "less", "able", "ible", "ent", "ant",
        "ary",
    ];
    lexicon::is_determiner(word)
        || lexicon::is_name_stop(word)
        || lexicon::is_clause_word(word)
        || is_sentence_opener(word)
        || word.len() > 4 && adjective.iter().any(|e| word.ends_with(e))
        || lexicon::is_person_word(word)
        || lexicon::is_trade_person(word)
        || word.len() > 5 && word.ends_with("ist") && !word.ends_with("vist")
}
