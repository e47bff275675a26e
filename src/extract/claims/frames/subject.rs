//! The subject of a reporting verb: where its noun phrase starts and whether it can speak.
//! What follows the cue is in `after_cue`, long subjects in `long_subject`.

use super::*;

pub(super) use super::examples::{
    example_list_head, example_marker, plural_common, plural_noun, plural_subject, takes_base_form,
};
pub(super) use super::long_subject::{
    long_subject, long_subject_at, plural_before_modifier, plural_head,
};

/// Words that show a finite clause: a subject pronoun or an auxiliary.
pub(super) fn is_finite_marker(w: &str) -> bool {
    matches!(
        w,
        "he" | "she"
            | "they"
            | "we"
            | "i"
            | "it"
            | "is"
            | "are"
            | "was"
            | "were"
            | "has"
            | "have"
            | "had"
            | "will"
            | "would"
            | "did"
            | "does"
    )
}

/// A lead that opens with a capitalised participle ("Asked about …", "Speaking …").
pub(super) fn t_cap_ing(lead: &[Tok]) -> bool {
    lead.first().is_some_and(|t| {
        t.cap
            && (t.lower.ends_with("ed") || t.lower.ends_with("ing"))
            && !matches!(t.low(), "during" | "following" | "notwithstanding")
    })
}

pub(super) use super::super::grammar::is_prep;
pub(super) use super::after_cue::{skip_adjuncts, skip_after_cue};

/// Where the subject noun phrase that ends at `k` (exclusive) starts, scanning back over words
/// that can stand in a noun phrase, not past `a`.
pub(super) fn subject_start(toks: &[Tok], a: usize, k: usize) -> usize {
    let mut s = k;
    // a closing parenthetical right before the cue: "Rep. Ann Lee (D-Ore.) said", "Sen. Ann
    // Murphy (a Democrat so young she …) says"; it does not count towards the length limit
    let mut aside_len = 0;
    if s > a && toks[s - 1].is_punct(")") {
        if let Some(o) = (a..s - 1).rev().take(20).find(|&j| toks[j].is_punct("(")) {
            aside_len = s - o;
            s = o;
        }
    }
    // "it said"
    if s == k && s > a && toks[s - 1].lower == "it" {
        return s - 1;
    }
    while s > a {
        let t = &toks[s - 1];
        // "advisers to Mr. Obama", "those close to him", "the head of the delegation to the
        // talks"
        let inner = (t.lower == "to"
            && s < k
            && (toks[s].cap
                || (s + 1 < k
                    && matches!(
                        toks[s].low(),
                        "the" | "this" | "her" | "his" | "their" | "its"
                    ))
                || matches!(toks[s].low(), "him" | "her" | "them")))
            || (s >= a + 2 && pronoun_object(toks, s - 1));
        // "The race is close - 60 percent of voters said": a spaced hyphen is a dash, and so
        // is a doubled one ("The cut -- two officials said")
        if t.is_punct("-") && dash_ending_at(toks, s - 1).is_some() {
            break;
        }
        // "critics like Ann Lee say", "experts such as the IMF warn": a list of examples
        // after a plural head stays in the subject
        if s < k && example_marker(toks, s - 1) {
            let h = if t.is("as") { s - 2 } else { s - 1 };
            if h > a && plural_noun(&toks[h - 1]) {
                s = h;
                continue;
            }
        }
        // "Politicians and even some scientists say": a focus word after a coordinator
        let focus = s < k
            && matches!(t.low(), "even" | "also")
            && s >= a + 2
            && matches!(toks[s - 2].low(), "and" | "or");
        if focus {
            s -= 1;
            continue;
        }
        // "a nurse from Ava, Mo. said": the comma between a city and its state, and the
        // period after the state ("Officials in Flint, Mich., speaking …")
        if inner
            || (s < k && is_city_comma(toks, s - 1))
            || is_state_period(toks, s - 1)
            || name_list_comma(toks, a, s - 1, k)
        {
            s -= 1;
            continue;
        }
        if t.in_quote || !np_word(t) || matches!(t.low(), "who" | "that" | "which") {
            if t.is("who") {
                s = restrictive_relative_head(toks, a, s, k).unwrap_or(s);
            }
            break;
        }
        // ("A person familiar with the company's plans said": a cue's word after a
        // preposition's determiner or possessive is a noun inside the subject)
        let noun = s >= a + 3 && {
            let owner = |w: &str| w.ends_with("'s") || w.ends_with("’s");
            let mut j = s - 2;
            let det = lexicon::is_determiner(toks[j].low()) || owner(toks[j].low());
            if owner(toks[j].low()) && j > a + 1 && lexicon::is_determiner(toks[j - 1].low()) {
                j -= 1;
            }
            det && matches!(toks[j - 1].low(), "with" | "of" | "on" | "about" | "to")
        };
        if t.cue.is_some() && !t.cap && is_verbish(t) && !noun {
            break;
        }
        if k - s - aside_len >= 16 {
            break;
        }
        s -= 1;
    }
    // "…, and he says": a coordinator opens the clause, not the subject
    while s < k && s == a && matches!(toks[s].low(), "and" | "but" | "or" | "yet" | "so") {
        s += 1;
    }
    // "Today Bloomberg says": an adverb of time opens the clause, not the name
    if s + 1 < k && s == a && lexicon::is_time_adverb(toks[s].low()) {
        s += 1;
    }
    s
}

/// A subject pronoun with its auxiliary in one token ("he's", "they've", "she'd", "we're"):
/// the byte length of the pronoun and the auxiliary after the apostrophe.
pub fn clitic_subject(w: &str) -> Option<(usize, &str)> {
    let (pron, aux) = w.split_once('\'')?;
    (matches!(pron, "he" | "she" | "they" | "we" | "i" | "you")
        && matches!(aux, "s" | "ve" | "d" | "re"))
    .then_some((pron.len(), aux))
}

/// A subject for a speech cue: any short noun phrase opening with a name or a determiner, or a
/// noun phrase with a source head.
pub(super) fn speech_subject(toks: &[Tok]) -> bool {
    let toks = strip_parenthetical(toks);
    // "The Department for Environment, Food and Rural Affairs": one name, commas and all
    let mut commas = (0..toks.len())
        .filter(|&j| toks[j].is_punct(","))
        .peekable();
    if commas.peek().is_some() && commas.all(|c| name_list_comma(toks, 0, c, toks.len())) {
        return true;
    }
    if super::super::grammar::opens_with_preposition(toks) {
        return false;
    }
    // "Critics like Ann Lee", "Groups such as the Sierra Club": the head, then the examples
    if let Some(j) = example_list_head(toks) {
        let h = if toks[j].is("as") { j - 1 } else { j };
        let list = &toks[j + 1..];
        return speech_subject(&toks[..h])
            && !list.is_empty()
            && list.len() <= 10
            && list
                .iter()
                .all(|t| t.is_word() && np_word(t) && !t.verbish || is_comma(t));
    }
    valid_source_np(toks)
        || (!toks.is_empty()
            && toks.len() <= 8
            && (0..toks.len()).all(|j| {
                np_word(&toks[j])
                    || toks[j].is("to")
                    // "Politicians and even some scientists"
                    || (toks[j].is("even") && j > 0 && toks[j - 1].is("and"))
                    // "the base chief known as Bob"
                    || (toks[j].is("as") && j > 0 && known_as(toks, j - 1))
                    || in_place_name(toks, j)
                    || is_state_period(toks, j)
            })
            && !(0..toks.len())
                .any(|j| is_verbish(&toks[j]) && !attributive(toks, j) && !known_as(toks, j))
            && (toks[0].cap || lexicon::is_determiner(&toks[0].lower))
            && (toks.last().is_some_and(|t| t.kind == TokKind::Word)
                || is_state_period(toks, toks.len() - 1)))
}

/// "Giving evidence from behind a screen, Ann Lee, 58, said": a participle of manner opening
/// the sentence sets the scene for the speaker named after it and is no speaker itself (not
/// a name that happens to end in "-ing": "Reading Borough Council").
pub(super) fn opens_with_scene(toks: &[Tok]) -> bool {
    matches!(toks, [first, next, ..]
        if first.cap && !next.cap && first.low() != "reading"
            && lexicon::is_manner_participle(first.low()))
}

/// "the base chief known as Bob", "a man identified as Ed Lim": a participle that names the
/// person it follows.
fn known_as(toks: &[Tok], j: usize) -> bool {
    j > 0
        && matches!(toks[j].low(), "known" | "identified" | "named")
        && toks
            .get(j + 1)
            .is_some_and(|t| t.is("as") || toks[j].is("named") && t.cap)
}

/// "the printed card", "an embattled mayor": a form in "-ed" between a determiner and a noun
/// is an adjective.
fn attributive(toks: &[Tok], j: usize) -> bool {
    j > 0
        && j + 1 < toks.len()
        && lexicon::is_determiner(toks[j - 1].low())
        && toks[j].low().ends_with("ed")
        && toks[j + 1].is_word()
}

/// The comma at `c` inside the name of a body that lists its fields ("The Department for
/// Environment, Food and Rural Affairs said"): capitalised words on both sides, an "and" before
/// the cue, and "for" or "of" in the name before the comma.
fn name_list_comma(toks: &[Tok], a: usize, c: usize, k: usize) -> bool {
    let name_word = |t: &Tok| t.is_word() && (t.cap || matches!(t.low(), "and" | "of" | "for"));
    toks[c].is_punct(",")
        && c > a + 1
        && toks.get(c + 1).is_some_and(|t| t.cap)
        && toks[c - 1].cap
        && toks[c + 1..k].iter().any(|t| t.is("and"))
        && toks[c + 1..k]
            .iter()
            .all(|t| name_word(t) || t.is_punct(","))
        && (c.saturating_sub(3).max(a)..c).any(|j| matches!(toks[j].low(), "for" | "of"))
}

/// "Lawyers who bring such claims say": where the subject opens when "who" at `s - 1` opens a
/// restrictive relative clause on the plural that opens the clause at `a`, the relative's
/// first word a verb (not a subject of its own, as in "a man who police say fled"); `k` is the
/// subject's end.
fn restrictive_relative_head(toks: &[Tok], a: usize, s: usize, k: usize) -> Option<usize> {
    if s < a + 2 || k < s + 2 || !plural_noun(&toks[s - 2]) {
        return None;
    }
    let first = &toks[s];
    let verb_first = first.verbish
        || first.is_word()
            && !first.cap
            && !ends_in_s(first.low())
            && !lexicon::is_determiner(first.low())
            && !is_finite_marker(first.low());
    let antecedent = &toks[a..s - 1];
    (verb_first
        && antecedent.len() <= 4
        && antecedent
            .iter()
            .all(|t| t.is_word() && np_word(t) && !t.verbish && !t.in_quote))
    .then_some(a)
}
