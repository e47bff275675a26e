//! Long subjects: a clause-initial noun phrase that runs past a relative clause or a participle
//! up to its verb of saying ("A study published in The Lancet found", "people who have fought
//! spam say"), its head, and whether that head is plural.

use super::placement::words::opens_subordinate;
use super::subject::is_prep;
use super::*;
use crate::extract::text::trim_suffix;

/// The start of a long subject ending at `k` for the cue at `i`, where the subject found so far
/// starts at `s`, and where the subject ends when a day after a participle belongs to it.
/// Only clause-initial subjects, or those after a short lead-in, a subordinate clause, the
/// content of a trailing frame or a quotation, run long.
pub(super) fn long_subject_at(
    toks: &[Tok],
    a: usize,
    b: usize,
    i: usize,
    k: usize,
    s: usize,
) -> Option<(usize, Option<usize>)> {
    // "A 2014 study that appeared in the journal found", "A poll released Monday shows":
    // a clause-initial subject with its own modifier clause
    if s >= a && (s == k || !toks[a..s].iter().any(|t| t.is_punct(","))) {
        // "Consider this: SurveyMonkey data from Iowa showed": a lead-in closed by a colon
        let opens = (a..s)
            .rev()
            .find(|&j| toks[j].is_punct(":"))
            .map_or(a, |c| c + 1);
        if let Some(fs) = long_subject(toks, opens, k) {
            return Some((fs, None));
        }
    } else if s > a && s < k {
        // "Still, people who have studied the trade say …": the same past a short lead-in
        // "Still, while the industry cannot block it all, people who have fought …": past a
        // subordinate clause too
        let subordinate_lead = |c: usize| {
            c - a <= 25
                && toks[a..(a + 3).min(c)]
                    .iter()
                    .any(|t| opens_subordinate(t.low()) && !matches!(t.low(), "even" | "as"))
        };
        // "…, a study published in The Lancet found.": a long subject after the content, the
        // cue closing the clause (not "…, all worried about the things that Lee said.")
        let closes_clause = |c: usize| {
            cue_closes_clause(toks, i, b)
                && (toks[c + 1].cap
                    || matches!(toks[c + 1].low(), "a" | "an" | "the" | "one")
                    // "…, documents submitted with the application show.": a bare plural
                    // of documents
                    || lexicon::is_document_head(toks[c + 1].low())
                    || lexicon::is_number_word(toks[c + 1].low())
                    || crate::extract::text::cardinal(toks[c + 1].low()).is_some())
                && !matches!(toks[c + 1].low(), "who" | "which" | "that")
                // (a subject of the relative clause's own, not its verb: "…, a neighbour who
                // attended the meeting said" runs long past it)
                && (toks[s].verbish
                    || !matches!(toks[s - 1].low(), "that" | "which" | "who" | "whom"))
        };
        if let Some(c) = (a..s).rev().find(|&j| is_comma(&toks[j])) {
            if is_lead_in(toks, a, c) || subordinate_lead(c) || closes_clause(c) {
                if let Some(fs) = long_subject(toks, c + 1, k) {
                    return Some((fs, None));
                }
            }
        }
    }
    // "“…,” the order released Friday said": the same right after a quotation
    if s > a && s < k {
        if let Some(q) = (a..s).rev().find(|&j| toks[j].kind == TokKind::Quote) {
            if is_closing_quote(toks, q) && q < s {
                let fs = long_subject(toks, q + 1, k)?;
                // "the ruling issued on Friday": the day belongs to the participle
                let subj_end = toks[k - 1]
                    .low()
                    .ends_with("ed")
                    .then(|| (k..i).find(|&j| modifies_cue(&toks[j])).unwrap_or(i));
                return Some((fs, subj_end));
            }
        }
    }
    None
}

/// A clause-initial subject that runs past a relative clause or a participle up to the cue at
/// `k`: its head must be a source noun within its first words. Returns its start (`a`).
pub(super) fn long_subject(toks: &[Tok], a: usize, k: usize) -> Option<usize> {
    if k - a > 22 || k - a < 3 {
        return None;
    }
    let first = &toks[a];
    let counted = crate::extract::text::cardinal(first.low()).is_some();
    if !(first.cap || lexicon::is_determiner(first.low()) || counted || is_source_noun(first.low()))
    {
        return None;
    }
    if toks[a..k]
        .iter()
        .any(|t| t.is_punct(",") || t.kind == TokKind::Quote || t.is_punct(";"))
    {
        return None;
    }
    // "In a study of voters …": an adjunct, not a subject
    if super::super::grammar::opens_with_preposition(&toks[a..k]) {
        return None;
    }
    let head = (a..(a + 9).min(k - 1)).find(|&h| {
        // "A redacted copy of the agency's memo seen by …": a head further in, with no verb
        // before it ("redacted" after a determiner is an adjective)
        let verb_before = || {
            (a..h).any(|j| toks[j].verbish && !(j > a && lexicon::is_determiner(toks[j - 1].low())))
        };
        let next = toks[h + 1].low();
        // "A neighbour who lives nearby said": a person by trade or kind, singled out by a
        // relative clause with a verb of its own (not "an activist who spoke"), before a cue
        // that agrees with one person, after any appositive name (not the noun of "who hosts a
        // radio show")
        let agrees = || {
            (k..(k + 8).min(toks.len()))
                .find_map(|j| toks[j].cue.map(|c| (j, c)))
                .is_some_and(|(j, c)| c.past || toks[j].low().ends_with('s'))
        };
        let person_who = || {
            next == "who"
                && person_head(toks[h].low())
                && !verb_before()
                && h + 3 < k
                && toks[h + 2].verbish
                && agrees()
        };
        let source_noun = (is_source_noun(toks[h].low()) || person_who()) && !verb_before();
        source_noun
            && (matches!(
                next,
                "that"
                    | "which"
                    | "whose"
                    | "who"
                    | "released"
                    | "published"
                    | "conducted"
                    | "issued"
                    | "commissioned"
                    | "seen"
                    | "obtained"
                    | "written"
                    | "sent"
                    | "given"
                    | "by"
                    | "from"
                    | "of"
                    | "in"
                    | "on"
                    | "at"
                    | "for"
                    // "Multiple sources privy to the negotiations say"
                    | "privy"
                    | "close"
                    | "familiar"
                    | "loyal"
            // "A poll conducted by Gallup": a participle, not a verb with an object ("The
            // council approved the budget")
            ) || toks[h + 1].verbish
                && next.ends_with("ed")
                && !lexicon::is_intransitive_past(next)
                && !toks
                    .get(h + 2)
                    .is_some_and(|t| h + 2 < k && takes_object(t))
                // "people I have spoken with": a relative clause without its pronoun
                // (not the cue's own subject: "the book she wrote")
                || (h > a
                    && h + 2 < k
                    && matches!(next, "i" | "we" | "you" | "they" | "he" | "she"))
                // "activists clamoring to block …", "officials speaking at …"
                || (next.len() > 5 && next.ends_with("ing") && toks[h + 1].cue.is_none())
                // "experts not involved in the study"
                || (h + 2 < k
                    && lexicon::opens_negated_participle(next, Some(toks[h + 2].low()))))
            || infinitive_head(toks, a, h)
    })?;
    let _ = head;
    Some(a)
}

/// Whether a word after a verb in "-ed" opens its object, making the verb finite ("The army
/// bombed buildings that …", "bombed the …") rather than a participle ("A poll conducted by",
/// "A report released Monday", "a study published last week").
fn takes_object(t: &Tok) -> bool {
    let w = t.low();
    // "Shares of Helix Pharma Inc surged 31%": a quantity is the verb's object
    if t.kind == TokKind::Number {
        return true;
    }
    lexicon::is_determiner(w)
        || t.kind == TokKind::Word
            && !t.cap
            && !t.verbish
            && !is_prep(w)
            && !w.ends_with("ly")
            && !lexicon::is_day_word(w)
            && !lexicon::is_time_adverb(w)
            && !lexicon::is_clause_word(w)
            && !matches!(
                w,
                "last"
                    | "this"
                    | "next"
                    | "earlier"
                    | "late"
                    | "to"
                    | "and"
                    | "or"
                    | "not"
                    | "never"
                    | "as"
                    | "out"
                    | "up"
                    | "off"
                    | "down"
                    | "back"
                    | "away"
                    | "there"
                    | "here"
                    | "then"
                    | "so"
                    | "too"
                    | "also"
            )
}

/// A head noun for a person or people by trade, kind or title: "neighbour", "judges".
fn person_head(w: &str) -> bool {
    let one = |w: &str| lexicon::is_person_word(w) || lexicon::is_title(w);
    one(w) || w.strip_suffix('s').is_some_and(one)
}

/// "The last man to mount a challenge", "the first governor to endorse him": a head noun after
/// an ordinal or "only", modified by an infinitive; any person so singled out can speak.
fn infinitive_head(toks: &[Tok], a: usize, h: usize) -> bool {
    h > a
        && toks[h + 1].is("to")
        && toks
            .get(h + 2)
            .is_some_and(|t| t.is_word() && !t.cap && !matches!(t.low(), "be" | "have"))
        && np_word(&toks[h])
        && !is_verbish(&toks[h])
        && toks[a..h].iter().any(|t| {
            matches!(
                t.low(),
                "first" | "last" | "only" | "next" | "second" | "third"
            )
        })
}

/// A head noun that can name a source: a document, a group, an organisation, an office.
pub(super) fn is_source_noun(w: &str) -> bool {
    let w = trim_suffix(trim_suffix(w, "'s"), "’s");
    // "A woman who has accused him … said": a person singled out by a relative clause
    matches!(
        w,
        "man" | "woman" | "men" | "women" | "voter" | "resident" | "supporter" | "veteran"
    ) || lexicon::is_document_head(w)
        || lexicon::is_anonymous_head(w)
        || lexicon::is_group_head(w)
        || lexicon::is_org_word(w)
        || lexicon::is_official_word(w)
        // "Progressive organizations that have endorsed him say": bodies in the plural
        || plural_org_word(w)
}

/// "organizations", "unions", "companies": the plural of a word that makes an organisation
/// ("groups" and "parties" too, which the singular list holds as "group" and "party").
fn plural_org_word(w: &str) -> bool {
    let Some(stem) = w.strip_suffix('s') else {
        return false;
    };
    let one = |w: &str| lexicon::is_org_word(w) && w.len() > 3;
    one(stem)
        || stem
            .strip_suffix("ie")
            .is_some_and(|s| one(&format!("{s}y")))
}

/// Whether the first source noun of a long subject is plural: "people who …", "aides to …".
pub(super) fn plural_head(toks: &[Tok]) -> bool {
    // "The state officials whose laws …": the last source noun before the post-modifier
    let end = toks
        .iter()
        .take(8)
        .position(|t| matches!(t.low(), "who" | "whose" | "that" | "which") || is_prep(t.low()))
        .unwrap_or(0);
    toks[..end]
        .iter()
        .rev()
        .find(|t| is_source_noun(t.low()))
        .or_else(|| toks.iter().take(7).find(|t| is_source_noun(t.low())))
        .is_some_and(|t| {
            let w = t.low();
            matches!(w, "people" | "police" | "staff" | "public")
                || (w.ends_with('s') && !w.ends_with("ss") && !w.ends_with("'s"))
        })
}

/// "Executives for the company", "residents of the town", "sources close to her": the head
/// before a prepositional or adjectival post-modifier is plural.
pub(super) fn plural_before_modifier(toks: &[Tok]) -> bool {
    let Some(p) = toks.iter().position(|t| {
        is_prep(t.low())
            || matches!(
                t.low(),
                "close" | "familiar" | "knowledgeable" | "briefed" | "involved" | "who"
            )
    }) else {
        return false;
    };
    p > 0 && {
        let h = toks[p - 1].low();
        (ends_in_s(h) && !h.ends_with("'s"))
            // "people close to her", "police in the city", "data from the census": plurals
            // without an "s"
            || matches!(h, "people" | "police" | "staff" | "clergy" | "military" | "data")
    }
}
