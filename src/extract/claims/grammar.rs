//! Small word-class guesses the claim rules share: is a token verb-like, does a clause start
//! here, where does a noun phrase end. Word lists and suffixes, no tagger.

use super::lexicon;
use super::tokens::{Tok, TokKind};

/// Irregular past forms and common finite verbs that carry no `-ed`.
pub(super) const FINITE: &[&str] = &[
    "is",
    "are",
    "was",
    "were",
    "has",
    "have",
    "had",
    "will",
    "would",
    "can",
    "could",
    "may",
    "might",
    "must",
    "should",
    "did",
    "does",
    "do",
    "made",
    "took",
    "went",
    "came",
    "gave",
    "got",
    "saw",
    "began",
    "became",
    "left",
    "kept",
    "held",
    "ran",
    "won",
    "lost",
    "met",
    "paid",
    "sent",
    "built",
    "brought",
    "bought",
    "fell",
    "grew",
    "led",
    "spent",
    "stood",
    "struck",
    "thought",
    "told",
    "said",
    "found",
    "knew",
    "wrote",
    "hit",
    "put",
    "set",
    "cut",
    "let",
    "shot",
    "sold",
    "remains",
    "remain",
    "seems",
    "seem",
    "appears",
    "appear",
    "relies",
    "rely",
    "includes",
    "include",
    "represents",
    "represent",
    "comes",
    "come",
    "goes",
    "go",
    "says",
    "say",
    "wants",
    "want",
    "needs",
    "need",
    "makes",
    "make",
    "takes",
    "take",
    "gets",
    "get",
    "gives",
    "give",
    "shows",
    "show",
    "means",
    "mean",
    "faces",
    "face",
    "plans",
    "plan",
    "continues",
    "continue",
    "looks",
    "look",
    "knows",
    "know",
    "thinks",
    "think",
    "believes",
    "believe",
    "isn't",
    "aren't",
    "wasn't",
    "weren't",
    "hasn't",
    "haven't",
    "hadn't",
    "won't",
    "wouldn't",
    "can't",
    "couldn't",
    "didn't",
    "doesn't",
    "don't",
    "shouldn't",
    "sat",
    "rose",
    "drove",
    "flew",
    "spoke",
    "broke",
    "chose",
    "wore",
    "threw",
    "became",
    "understood",
    "fought",
    "caught",
    "taught",
    "sought",
    "meant",
    "felt",
    "heard",
    "lay",
    "led",
    "read",
    "stands",
    "lies",
    "runs",
    "works",
    "lives",
    "serves",
    "holds",
    "leads",
    "calls",
    "becomes",
    "began",
    "begins",
    "owns",
    "controls",
];

/// Whether the token looks like a finite verb or an auxiliary (cached on the token).
pub fn is_verbish(t: &Tok) -> bool {
    t.verbish
}

/// Works out [`is_verbish`] for a fresh token.
pub fn verbish_uncached(t: &Tok) -> bool {
    let finite = t.flags & lexicon::flag::FINITE != 0;
    if t.kind != TokKind::Word || t.cap && !finite {
        return false;
    }
    let w = t.low();
    if finite {
        return true;
    }
    (w.len() >= 5
        && w.ends_with("ed")
        && !w.ends_with("eed")
        && t.flags & lexicon::flag::NOT_VERB_ED == 0
        && !hyphenated_adjective(w))
        || t.cue.is_some_and(|c| c.past)
        || matches!(
            w,
            "says" | "tells" | "thinks" | "believes" | "wants" | "hopes"
        )
}

/// "self-described", "long-awaited", "Iranian-backed": a compound in "-ed" is an adjective,
/// unless its first part is a verb prefix ("re-elected", "co-founded").
fn hyphenated_adjective(w: &str) -> bool {
    w.split_once('-').is_some_and(|(head, _)| {
        !matches!(
            head,
            "re" | "co" | "pre" | "un" | "de" | "over" | "out" | "under" | "mis" | "cross"
        )
    })
}

pub(super) const NOT_VERBS_ED: &[&str] = &[
    "hundred",
    "red",
    "bed",
    "united",
    "limited",
    "based",
    "related",
    "armed",
    "detailed",
    "advanced",
    "sacred",
    "naked",
    "wicked",
    "beloved",
    "alleged",
    "supposed",
    "so-called",
    "unprecedented",
    "unrelated",
    "unnamed",
    "unidentified",
    "undisclosed",
    "unexpected",
    "elected",
    "retired",
    "married",
    "skilled",
    "interested",
    "concerned",
    "experienced",
    "educated",
    "qualified",
    "talented",
    "dedicated",
    "coordinated",
    "isolated",
    "complicated",
    "sophisticated",
    "automated",
    "estimated",
    "expected",
    "continued",
    "renewed",
    "increased",
    "reduced",
    "surveyed",
    "polled",
    "interviewed",
    "registered",
    "proposed",
    "planned",
    "required",
    "needed",
    "wanted",
    "suspected",
];

/// Whether a new clause (a subject followed by a verb) starts at `i`, looking no further than
/// `end`, a comma or a relative pronoun.
pub fn clause_follows(toks: &[Tok], i: usize, end: usize) -> bool {
    let Some(first) = toks.get(i) else {
        return false;
    };
    if i >= end || !first.is_word() {
        return false;
    }
    // "…, but declined to comment", "…, but in a later interview said": a shared subject,
    // not a new clause
    if is_verbish(first) || adjunct_before_cue(toks, i, end).is_some() {
        return false;
    }
    let stop = end.min(i + 14);
    for t in &toks[i + 1..stop] {
        if t.is_punct(",") || t.is_punct(";") || t.kind == TokKind::Quote {
            return false;
        }
        if matches!(t.low(), "who" | "which" | "that" | "whom" | "whose") {
            return false;
        }
        if is_verbish(t) {
            return true;
        }
    }
    false
}

/// Whether the comma at `j` is part of a place name, "City, ST," ("a driver from Ava, Mo., who
/// …"): the comma after the city, or the one closing the state. Such commas set off no
/// appositive.
pub fn in_place_name(toks: &[Tok], j: usize) -> bool {
    let is_state = |t: &Tok| t.cap && lexicon::is_us_state(t.low().trim_end_matches('.'));
    // the end of the state: past a period the tokenizer kept apart ("Mo" ".")
    let state_end = |c: usize| {
        let e = c + 2;
        if toks.get(e).is_some_and(|t| t.is_punct(".")) {
            e + 1
        } else {
            e
        }
    };
    let state_after = |c: usize| {
        c > 0
            && toks[c].is_punct(",")
            && toks[c - 1].cap
            && toks[c - 1].is_word()
            && toks.get(c + 1).is_some_and(is_state)
            && !toks
                .get(state_end(c))
                .is_some_and(|t| matches!(t.kind, TokKind::Word | TokKind::Number))
    };
    toks[j].is_punct(",")
        && (state_after(j)
            || (j >= 2 && state_after(j - 2) && state_end(j - 2) == j)
            || (j >= 3 && state_after(j - 3) && state_end(j - 3) == j))
}

/// Whether the comma at `j` stands between a city and its state ("Ava, Mo."), not the one
/// after the state.
pub fn is_city_comma(toks: &[Tok], j: usize) -> bool {
    in_place_name(toks, j)
        && toks
            .get(j + 1)
            .is_some_and(|t| t.cap && lexicon::is_us_state(t.low().trim_end_matches('.')))
}

/// Whether the token at `j` is the period the tokenizer kept apart after a state's
/// abbreviation in a place name ("Flint, Mich." → "Mich" "."): part of the name, not the end
/// of a sentence.
pub fn is_state_period(toks: &[Tok], j: usize) -> bool {
    j >= 3 && toks[j].is_punct(".") && is_city_comma(toks, j - 2)
}

/// A noun phrase without its closing parenthetical ("Rep. Ann Lee (D-Ore.)" → "Rep. Ann Lee").
pub fn strip_parenthetical<'t, 'a>(toks: &'t [Tok<'a>]) -> &'t [Tok<'a>] {
    if toks.last().is_some_and(|t| t.is_punct(")")) {
        if let Some(o) = toks.iter().rposition(|t| t.is_punct("(")) {
            return &toks[..o];
        }
    }
    toks
}

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

/// "in a later interview", "on Tuesday", "last week": a short adjunct of time or occasion that
/// opens at `c` and stands right before a verb of saying; returns where that verb is.
pub fn adjunct_before_cue(toks: &[Tok], c: usize, b: usize) -> Option<usize> {
    let w = toks.get(c)?.low();
    let opens = lexicon::is_day_word(w)
        || matches!(
            w,
            "in" | "on" | "at" | "during" | "last" | "this" | "after" | "before" | "when"
        );
    if !opens || toks[c].in_quote {
        return None;
    }
    let v = (c + 1..b.min(c + 7)).find(|&j| toks[j].cue.is_some() && !toks[j].cap)?;
    // one noun phrase with no subject in it: "in March the company said" opens a clause
    let adjunct = &toks[c + 1..v];
    let one_phrase = adjunct.iter().enumerate().all(|(j, t)| {
        let subject_word = (j > 0 && lexicon::is_determiner(t.low()))
            || matches!(t.low(), "he" | "she" | "they" | "it" | "we" | "i")
            || (t.cap && !lexicon::is_day_word(t.low()) && !lexicon::is_month(t.low()));
        (np_word(t) || t.is_punct(",")) && !t.verbish && !t.in_quote && !subject_word
    });
    one_phrase.then_some(v)
}

/// "In March the company said", "On Tuesday Lee said", "In an interview Lee said": where the
/// subject starts after a leading adjunct of time or occasion that opens the clause at `a`
/// with no comma, looking no further than `k`.
pub fn leading_adjunct_end(toks: &[Tok], a: usize, k: usize) -> Option<usize> {
    // "…, but in March the company said": past a coordinator
    let a = if toks
        .get(a)
        .is_some_and(|t| matches!(t.low(), "and" | "but" | "yet" | "so"))
    {
        a + 1
    } else {
        a
    };
    let opens = matches!(
        toks.get(a)?.low(),
        "in" | "on" | "at" | "during" | "after" | "before" | "since" | "last" | "this" | "earlier"
    );
    if !opens || k < a + 3 {
        return None;
    }
    let time_word = |t: &Tok| {
        t.kind == TokKind::Number || lexicon::is_day_word(t.low()) || lexicon::is_month(t.low())
    };
    // "this week", "last month": a time phrase, not a subject
    let time_phrase = |j: usize| {
        matches!(toks[j].low(), "this" | "last" | "next" | "that")
            && toks
                .get(j + 1)
                .is_some_and(|t| lexicon::is_time_period(t.low()) || lexicon::is_day_word(t.low()))
    };
    let j = (a + 2..k).find(|&j| {
        let t = &toks[j];
        let prev = &toks[j - 1];
        lexicon::is_determiner(t.low()) && !lexicon::is_determiner(prev.low()) && !time_phrase(j)
            || matches!(t.low(), "he" | "she" | "they" | "we" | "i")
            || (t.cap && (!prev.cap || time_word(prev)) && !time_word(t))
    })?;
    let adjunct_ok = toks[a + 1..j]
        .iter()
        .all(|t| np_word(t) && !t.verbish && !t.in_quote && t.kind != TokKind::Punct);
    adjunct_ok.then_some(j)
}

/// "on Tuesday", "last week", "earlier this year", "in March": a time adjunct that ends at `k`
/// and stands between a subject and its verb ("The ministry last week said"); where it starts.
pub fn time_adjunct_start(toks: &[Tok], a: usize, k: usize) -> Option<usize> {
    let at = |j: usize| toks[j].low();
    if k < a + 2 || toks[k - 1].in_quote {
        return None;
    }
    let last = at(k - 1);
    let period = lexicon::is_time_period(last);
    let mut s = if lexicon::is_day_word(last) {
        k - 1
    } else if period && matches!(at(k - 2), "this" | "last" | "next" | "that")
        || (lexicon::is_month(last) || toks[k - 1].kind == TokKind::Number && last.len() == 4)
            && at(k - 2) == "in"
    {
        k - 2
    } else {
        return None;
    };
    if s > a
        && matches!(
            at(s - 1),
            "on" | "late" | "early" | "earlier" | "later" | "last"
        )
    {
        s -= 1;
    }
    (s > a).then_some(s)
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

/// "close to him", "one of them": an object pronoun after a preposition inside a noun phrase.
pub fn pronoun_object(toks: &[Tok], j: usize) -> bool {
    j > 0
        && matches!(toks[j].low(), "him" | "her" | "them" | "us" | "me")
        && matches!(toks[j - 1].low(), "to" | "with" | "of" | "for")
}

/// A word that can stand between a subject and its reporting verb ("also", "may", "has"),
/// unless it is part of a name ("Theresa May said").
pub fn modifies_cue(t: &Tok) -> bool {
    t.flags & (lexicon::flag::NAME_PART | lexicon::flag::CUE_MODIFIER)
        == lexicon::flag::CUE_MODIFIER
}

/// Whether a candidate subject opens with a preposition ("in 2010", "after the vote"), which a
/// subject never does; "at least" before a number is a quantity, not a preposition.
pub fn opens_with_preposition(toks: &[Tok]) -> bool {
    let at_least = toks.len() > 2 && toks[0].is("at") && toks[1].is("least");
    !at_least
        && toks.first().is_some_and(|t| {
            matches!(
                t.low(),
                "in" | "on"
                    | "at"
                    | "during"
                    | "after"
                    | "before"
                    | "since"
                    | "by"
                    | "for"
                    | "with"
                    | "from"
                    | "of"
                    | "to"
                    | "into"
                    | "over"
                    | "under"
            )
        })
}

/// Whether `toks` (a candidate subject) can name a source: a pronoun, a capitalised name, or a
/// noun phrase whose head is a source word (an official, a report, critics, the company).
pub fn valid_source_np(toks: &[Tok]) -> bool {
    let toks = strip_parenthetical(toks);
    if toks.is_empty() || toks.len() > 16 {
        return false;
    }
    if opens_with_preposition(toks) {
        return false;
    }
    if toks.len() == 1 && matches!(toks[0].low(), "he" | "she" | "they" | "i" | "we" | "it") {
        return true;
    }
    // "46 percent of voters", "nearly two-thirds of Democrats", "most of them", "nine out of 10",
    // "those surveyed"
    let quantity = toks.iter().any(|t| {
        t.kind == TokKind::Number
            || matches!(
                t.low(),
                "percent"
                    | "%"
                    | "majority"
                    | "most"
                    | "half"
                    | "two-thirds"
                    | "third"
                    | "thirds"
                    | "quarter"
                    | "plurality"
                    | "share"
                    | "many"
                    | "some"
                    | "few"
                    | "none"
                    | "all"
                    | "each"
                    | "both"
                    | "several"
                    | "dozen"
                    | "dozens"
                    | "surveyed"
                    | "polled"
                    | "asked"
                    | "questioned"
                    | "interviewed"
            )
    });
    if quantity
        && toks.len() <= 10
        && toks
            .iter()
            .all(|t| np_word(t) || t.lower == "%" || lexicon::is_number_scaler(t.low()))
        && !toks.iter().any(is_verbish)
    {
        return true;
    }
    if (0..toks.len()).any(|j| {
        !np_word(&toks[j])
            && !matches!(toks[j].low(), "who" | "to")
            && !in_place_name(toks, j)
            && !pronoun_object(toks, j)
    }) {
        return false;
    }
    // the head: the last word before a post-modifier
    let head_idx = toks
        .iter()
        .position(|t| {
            matches!(
                t.low(),
                "who"
                    | "with"
                    | "familiar"
                    | "close"
                    | "of"
                    | "in"
                    | "at"
                    | "from"
                    | "for"
                    | "on"
                    | "knowledgeable"
                    | "briefed"
                    | "involved"
            )
        })
        .unwrap_or(toks.len());
    if head_idx == 0 {
        return false;
    }
    let head = &toks[head_idx - 1];
    let h = head.lower.trim_end_matches("'s");
    if head.cap || head.kind == TokKind::Number && toks.len() == 1 {
        return head.cap;
    }
    lexicon::is_anonymous_head(h)
        || lexicon::is_group_head(h)
        || lexicon::is_document_head(h)
        || lexicon::is_org_word(h)
        || lexicon::is_official_word(h)
        || lexicon::is_title(h)
        || lexicon::is_media_word(h) && toks.iter().any(|t| t.cap)
        || matches!(
            h,
            "it" | "everyone"
                | "someone"
                | "anyone"
                | "nobody"
                | "one"
                | "family"
                | "families"
                | "wife"
                | "husband"
                | "mother"
                | "father"
                | "son"
                | "daughter"
                | "brother"
                | "sister"
                | "man"
                | "woman"
                | "men"
                | "women"
                | "boy"
                | "girl"
                | "lawyer"
                | "lawyers"
                | "attorney"
                | "attorneys"
                | "spokesman"
                | "candidate"
                | "candidates"
                | "campaign"
                | "president"
                | "governor"
                | "senator"
                | "company"
                | "firm"
                | "team"
                | "judge"
                | "prosecutor"
                | "police"
                | "minister"
                | "premier"
                | "government"
                | "administration"
                | "agency"
                | "ministry"
                | "department"
                | "group"
                | "party"
                | "nominee"
                | "survey"
                | "majority"
                | "rest"
                | "latter"
                | "former"
                | "both"
                | "each"
                | "all"
                | "none"
                | "neither"
                | "either"
                | "host"
                | "author"
                | "authors"
                | "writer"
                | "writers"
                | "reporter"
                | "reporters"
                | "editorial"
                | "board"
                | "chief"
                | "director"
                | "organizers"
                | "victim"
                | "victims"
                | "survivors"
                | "relatives"
                | "neighbor"
                | "neighbour"
                | "owner"
                | "owners"
                | "doctor"
                | "nurse"
                | "teacher"
                | "student"
                | "students"
                | "pastor"
                | "leader"
                | "leaders"
                | "head"
                | "founder"
                | "chairman"
                | "ceo"
                | "expert"
                | "analyst"
                | "researcher"
                | "scientist"
                | "economist"
                | "historian"
                | "others"
                | "poll"
                | "polls"
                | "data"
                | "study"
                | "report"
        )
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
    ) {
        return i + 1;
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
    if lexicon::is_determiner(&t.lower) {
        j += 1;
        let mut n = 0;
        while j < end && n < 4 && np_word(&toks[j]) && !lexicon::is_subject_pronoun(&toks[j].lower)
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
    i
}

#[cfg(test)]
mod tests {
    use super::super::tokens::tokenize;
    use super::*;

    fn toks(s: &str) -> Vec<Tok<'_>> {
        tokenize(s, 0, s.len())
    }

    #[test]
    fn recognises_source_noun_phrases() {
        for np in [
            "he",
            "an intelligence source",
            "Senator Jane Roe",
            "the ministry",
            "many security experts",
            "people familiar with the matter",
            "The report",
            "French authorities",
        ] {
            assert!(valid_source_np(&toks(np)), "{np}");
        }
        for np in ["the weather was", "it is expected", "a big table"] {
            assert!(!valid_source_np(&toks(np)), "{np}");
        }
    }

    #[test]
    fn finds_new_clauses() {
        let t = toks("and the river is rising");
        assert!(clause_follows(&t, 1, t.len()));
        let t = toks("and Asian migrants who have been contacted");
        assert!(!clause_follows(&t, 1, t.len()));
        let t = toks("but declined to comment");
        assert!(!clause_follows(&t, 1, t.len()));
    }
}
