//! A relative clause without its pronoun whose verb is a cue ("the third time the agency said
//! it had lost the files", "the $20 million experts say it costs"): the speaker is the clause's
//! subject, not the noun phrase it hangs on.

use super::super::verb_shapes::CueSite;
use super::*;

/// Heads of a relative clause that stand for its time or manner: the clause after the cue is
/// complete ("the day the agency said it had lost the files").
fn adjunct_head(w: &str) -> bool {
    matches!(
        w,
        "time"
            | "times"
            | "day"
            | "moment"
            | "week"
            | "month"
            | "year"
            | "night"
            | "way"
            | "reason"
    )
}

/// Whether a relative clause's subject opens at `j`, right after the noun it hangs on:
/// "time | the agency", "plan | he", "$20 million | experts".
fn opens_contact_subject(toks: &[Tok], j: usize) -> bool {
    let prev = &toks[j - 1];
    match toks[j].low() {
        "the" | "a" | "an" | "his" | "her" | "its" | "their" | "our" | "he" | "she" | "they"
        | "we" | "i" => {
            prev.kind == TokKind::Word
                && !prev.cap
                && np_word(prev)
                && !prev.verbish
                && prev.cue.is_none()
                && !lexicon::is_determiner(prev.low())
                && !lexicon::is_number_word(prev.low())
                && !is_prep(prev.low())
                && !prev.low().ends_with("ing")
                && !matches!(
                    prev.low(),
                    "and"
                        | "or"
                        | "nor"
                        | "than"
                        | "whom"
                        | "who"
                        | "throughout"
                        | "across"
                        | "through"
                        | "within"
                        | "without"
                        | "around"
                        | "anything"
                        | "everything"
                        | "something"
                        | "nothing"
                )
        }
        // "$20 million experts say it costs": a sum of money, then a plural noun
        _ if matches!(prev.low(), "million" | "billion" | "trillion") => {
            j >= 3
                && toks[j - 2].kind == TokKind::Number
                && toks[j - 3].is_punct("$")
                && plural_noun(&toks[j])
        }
        // "a decision residents said was reckless": a plural can't be the head of a noun
        // phrase that "a" opens, so it opens the clause
        _ => {
            j >= 2
                && matches!(toks[j - 2].low(), "a" | "an")
                && prev.kind == TokKind::Word
                && !prev.cap
                && np_word(prev)
                && !prev.verbish
                && prev.cue.is_none()
                && !ends_in_s(prev.low())
                && !lexicon::is_number_word(prev.low())
                && !matches!(
                    prev.low(),
                    "few" | "couple" | "dozen" | "handful" | "lot" | "score"
                )
                && plural_noun(&toks[j])
                && !toks[j].cap
                && !lexicon::is_determiner(toks[j].low())
        }
    }
}

/// The frame of the cue at `i` when the subject found from `s` holds a relative clause
/// without its pronoun, its verb the cue.
pub(super) fn contact_relative(toks: &[Tok], site: CueSite, s: usize) -> Option<Frame> {
    let CueSite {
        a,
        b,
        i,
        k,
        cue,
        cue_text,
    } = site;
    // "a decision residents criticised as reckless": a verb of stance names its object with
    // "as", and the object is the gap the clause's noun fills
    let names_gap = i + 2 < b && toks[i + 1].is("as");
    if cue.weak && !names_gap || cue.class == CueClass::Finding || k < s + 2 {
        return None;
    }
    // a verb for sure ("said", "described"; "say" after a plural), not a noun that looks like
    // one ("its claim", "the subsequent tweet"), with a clause after it: not a preposition
    // ("the scene she described in …") or the end of the clause
    let verb = toks[i].verbish || matches!(toks[i].low(), "say" | "believe" | "think");
    let clause_after = names_gap
        || toks.get(i + 1).is_some_and(|t| {
            i + 1 < b
                && t.is_word()
                && !is_prep(t.low())
                && !matches!(t.low(), "and" | "or" | "but")
        });
    if !verb || !clause_after {
        return None;
    }
    let j = (s + 1..k).find(|&j| opens_contact_subject(toks, j))?;
    // the noun phrase the clause hangs on must follow a verb or a preposition: "It was the
    // third time …", "… will run to $20 million …"; a clause-initial one is the subject itself
    let h = if s > a && toks[s - 1].is_punct("$") {
        s - 1
    } else {
        s
    };
    // "The council reversed a decision residents said …": the subject ran on over the verb
    // and its object, a noun after its article
    let h = if j >= h + 3 && past_verb_before_article(toks, j - 3) {
        j - 2
    } else {
        h
    };
    if h <= a || j - h > 6 {
        return None;
    }
    let before = &toks[h - 1];
    let verb_before = before.verbish || past_verb_before_article(toks, h - 1);
    if !(verb_before || is_prep(before.low()) || matches!(before.low(), "is" | "was" | "be")) {
        return None;
    }
    let src = (j, k);
    // "a racially charged …", "its own recommended …": an adverb or "own" before a form in
    // "-ed" makes it an adjective
    let last = toks[k - 1].low();
    if last.ends_with("ly") || matches!(last, "own" | "and" | "or") || is_prep(last) {
        return None;
    }
    // "The last man to mount a major race says": the noun phrase after an infinitive is its
    // object, the subject runs on before it
    if j >= 2 && toks[j - 2].is("to") {
        return None;
    }
    if !(speech_subject(&toks[j..k]) || plural_common(toks, src)) {
        return None;
    }
    if adjunct_head(toks[j - 1].low()) {
        // "the third time the agency said it had lost the files": the clause after the cue
        // is the agency's, the words before are the writer's
        let c = skip_after_cue(toks, i, b, cue.takes_object);
        let content = trim_range(toks, c, b);
        if content.0 >= content.1 || !clause_follows(toks, content.0, content.1) {
            return None;
        }
        let prefix = trim_range(toks, a, j);
        return Some(Frame {
            prefix: (prefix.0 < prefix.1).then_some(prefix),
            ..Frame::new(Some(src), cue_text, Placement::Before, vec![content])
        });
    }
    // "the $20 million experts say it costs": the noun phrase belongs to what they say
    let (_, e) = trim_range(toks, h, b);
    let content = vec![(h, e)];
    let prefix = trim_range(toks, a, h);
    Some(Frame {
        prefix: (prefix.0 < prefix.1).then_some(prefix),
        ..Frame::new(Some(src), cue_text, Placement::Embedded, content)
    })
}

/// "reversed" in "The council reversed a decision residents said …": a word in "-ed" right
/// before an article is a verb in the past with its object, never a word of a noun phrase (an
/// adjective in "-ed" comes after the article: "a proposed plan").
fn past_verb_before_article(toks: &[Tok], j: usize) -> bool {
    let t = &toks[j];
    t.kind == TokKind::Word
        && !t.cap
        && t.low().len() > 4
        && t.low().ends_with("ed")
        && toks
            .get(j + 1)
            .is_some_and(|n| matches!(n.low(), "a" | "an" | "the"))
}
