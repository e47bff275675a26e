//! Whether a candidate subject can name a source: a pronoun, a capitalised name, or a noun
//! phrase whose head is a source word.

use super::super::lexicon;
use super::super::tokens::{Tok, TokKind};
use super::{in_place_name, is_verbish, np_word};

/// A noun phrase without its closing parenthetical ("Rep. Ann Lee (D-Ore.)" → "Rep. Ann Lee").
pub fn strip_parenthetical<'t, 'a>(toks: &'t [Tok<'a>]) -> &'t [Tok<'a>] {
    if toks.last().is_some_and(|t| t.is_punct(")")) {
        if let Some(o) = toks.iter().rposition(|t| t.is_punct("(")) {
            return &toks[..o];
        }
    }
    toks
}

/// "close to him", "one of them": an object pronoun after a preposition inside a noun phrase.
pub fn pronoun_object(toks: &[Tok], j: usize) -> bool {
    j > 0
        && lexicon::is_object_pronoun(toks[j].low())
        && matches!(toks[j - 1].low(), "to" | "with" | "of" | "for")
}

/// Whether a candidate subject opens with a preposition ("in 2010", "after the vote"), which a
/// subject never does; "at least" before a number is a quantity, not a preposition.
pub fn opens_with_preposition(toks: &[Tok]) -> bool {
    let at_least = toks.len() > 2 && toks[0].is("at") && toks[1].is("least");
    let preposition = |t: &Tok| {
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
                | "below"
                | "above"
                | "beyond"
                | "amid"
                | "despite"
                | "without"
                | "within"
        )
    };
    // "…, well below the 22 billion gallons Congress sought": a degree word before one
    let degree = toks.len() > 1
        && matches!(toks[0].low(), "well" | "far" | "just" | "way" | "right")
        && preposition(&toks[1]);
    !at_least && (toks.first().is_some_and(preposition) || degree)
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
    // "who" alone stands for a source ("Lee, who said …"); "who died in the attack" is a
    // relative clause, no source
    if toks.len() > 1 && matches!(toks[0].low(), "who" | "which" | "whose") {
        return false;
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
    // "experts not involved in the study": a participle's negation opens the post-modifier
    let negated = |j: usize| {
        lexicon::opens_negated_participle(toks[j].low(), toks.get(j + 1).map(|t| t.low()))
    };
    if (0..toks.len()).any(|j| {
        !np_word(&toks[j])
            && !negated(j)
            && !matches!(toks[j].low(), "who" | "to")
            && !in_place_name(toks, j)
            && !pronoun_object(toks, j)
    }) {
        return false;
    }
    // the head: the last word before a post-modifier
    let head_idx = (0..toks.len())
        .position(|j| {
            let t = &toks[j];
            negated(j)
                || matches!(
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
        // "state media", "a wire service"
        || lexicon::ends_as_outlet(&toks[..head_idx].iter().map(|t| t.low()).collect::<Vec<_>>())
        // "the businessman", "two nurses": a person by what they do or are
        || lexicon::is_person_word(h)
        || h.strip_suffix('s').is_some_and(lexicon::is_person_word)
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
                | "niece"
                | "nephew"
                | "aunt"
                | "uncle"
                | "cousin"
                | "grandmother"
                | "grandfather"
                | "granddaughter"
                | "grandson"
                | "widow"
                | "widower"
                | "fiance"
                | "fiancee"
                | "fiancé"
                | "fiancée"
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
