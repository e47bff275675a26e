//! Words more often nouns read as verbs, and the agreement that tells a verb in "-s" from a
//! plural noun: "The filing states that …", "Northgate profit tops estimates".

use super::*;

/// Whether "reports" (or "states"; or "report", "note", "question", see
/// [`plural_subject_says`]) at `i` is the verb ("The Daily Ledger reports the mayor …", "Reuters
/// reports that …", "…, Ann Becker reports.") rather than the noun ("Pentagon reports show
/// …", "the reports"): a name or a subject pronoun before it, and after it "that", a clause's
/// opening word, or the end of the clause.
pub(in crate::extract::claims::frames) fn reports_as_verb(
    toks: &[Tok],
    a: usize,
    b: usize,
    i: usize,
) -> bool {
    // "Media Reports Reveal …": a headline's capitalised noun
    if i == a || toks[i].in_quote || toks[i].cap {
        return false;
    }
    match toks[i].low() {
        "report" | "note" | "question" => return plural_subject_says(toks, a, b, i),
        "reports" | "states" => {}
        _ => return false,
    }
    // "The filing states that …": "states" only after a document or a body and before "that"
    // ("the United States that …", "several states that voted" are nouns)
    // "…, the complaint states.": closing the clause after a document
    if toks[i].is("states") {
        // "The report also states that …": past an adverb between the subject and the verb
        let h = subject_end(toks, a, i);
        let before = toks[h].low();
        let closes = i + 1 >= b || toks[i + 1].is_punct(".") || toks[i + 1].is_punct(",");
        // ("…, the Commission's decision states.": a ruling is a written instrument)
        let written = lexicon::is_document_head(before)
            || lexicon::is_instrument_head(before)
            || lexicon::is_ruling_head(before);
        return (toks.get(i + 1).is_some_and(|t| t.is("that")) || closes && written)
            && !toks[h].cap
            && (written || lexicon::is_org_word(before) || lexicon::is_official_word(before));
    }
    let before = &toks[i - 1];
    let subject = (before.cap && before.is_word() && !lexicon::is_determiner(before.low()))
        || matches!(before.low(), "he" | "she" | "it" | "who");
    let after = match toks.get(i + 1).filter(|_| i + 1 < b) {
        None => true,
        Some(t) => {
            t.is_punct(".")
                || t.is_punct(":")
                || t.is_punct(",")
                || t.cap
                || lexicon::is_determiner(t.low())
                || matches!(
                    t.low(),
                    "that" | "he" | "she" | "they" | "it" | "there" | "we" | "i"
                )
        }
    };
    subject && after
}

/// "Estate agents in Gauteng report that …", "Critics note that …", "Some economists question
/// whether …": a base form that is more often a noun is the verb after a plural subject with
/// no verb of its own (a plural word in it, lower-case or opening the clause) and before
/// "that" (or "whether" for "question"); not "the report that", "a Reuters report that".
fn plural_subject_says(toks: &[Tok], a: usize, b: usize, i: usize) -> bool {
    let opener = if toks[i].is("question") {
        "whether"
    } else {
        "that"
    };
    let before = &toks[i - 1];
    let subject = &toks[i.saturating_sub(6).max(a)..i];
    toks.get(i + 1).is_some_and(|t| t.is(opener) && i + 2 < b)
        && before.is_word()
        && !lexicon::is_determiner(before.low())
        && subject
            .iter()
            .all(|t| t.is_word() && !t.verbish && !t.in_quote && t.cue.is_none())
        && subject.iter().enumerate().any(|(n, t)| {
            (lower_word_in_s(t) || t.cap && n == 0 && i - a <= 6 && ends_in_s(t.low()))
                && !t.low().ends_with("'s")
        })
}

/// A lower-case word in "-s" that reads as a plural noun, or as a verb in "-s" ("tops",
/// "beats"), and so cannot be the singular subject of a verb in "-s"; not "boss", "census",
/// "analysis", "news" or a possessive.
pub(super) fn lower_word_in_s(t: &Tok) -> bool {
    let w = t.low();
    !t.cap
        && t.is_word()
        && ends_in_s(w)
        && !["us", "is", "news", "'s", "’s"]
            .iter()
            .any(|e| w.ends_with(e))
}

/// Whether "read" (or "reads") at `i` gives a text's words: after a document or a written
/// thing ("The statement read in part, “…”", "The sign reads: …"), before a colon, "in part"
/// or a quotation; not someone reading ("He read the report").
pub(in crate::extract::claims::frames) fn reads_out(
    toks: &[Tok],
    a: usize,
    b: usize,
    i: usize,
) -> bool {
    if i == a || i + 1 >= b || toks[i].in_quote {
        return false;
    }
    let before = toks[i - 1].low();
    let written = lexicon::is_document_head(before)
        || matches!(
            before,
            "sign"
                | "banner"
                | "placard"
                | "caption"
                | "headline"
                | "tweet"
                | "post"
                | "message"
                | "note"
                | "notice"
                | "inscription"
                | "text"
                | "email"
                | "letter"
                | "statement"
        );
    let next = &toks[i + 1];
    let opens_words = next.is_punct(":")
        || next.kind == TokKind::Quote
        || next.is_punct(",") && toks.get(i + 2).is_some_and(|t| t.kind == TokKind::Quote)
        || next.is("in") && toks.get(i + 2).is_some_and(|t| t.is("part"));
    written && opens_words
}

/// "Halvorsen Foods beats profit estimates": a lowercase word in "-s" right after a name and
/// a word or two before the head `head` of a subject opening at `s` is the headline's verb, so
/// the word after the head is a noun, not a cue.
pub(super) fn verb_after_name(toks: &[Tok], s: usize, head: usize) -> bool {
    (s + 1..head).any(|j| {
        toks[j - 1].cap
            && lower_word_in_s(&toks[j])
            && head - j <= 2
            && toks[j + 1..=head].iter().all(|t| t.is_word() && !t.cap)
    })
}

/// "before a nationwide recall that …", "an official report": a cue's base form after "a" and
/// one word is a noun, since no singular subject takes that form ("a few say" and "a majority
/// say" count people); so is one after "such".
pub(super) fn noun_after_article(toks: &[Tok], a: usize, i: usize, cue: lexicon::Cue) -> bool {
    // "who bring such claims say": after "such", a noun
    if i > a && toks[i - 1].is("such") && !cue.past && !cue.ing {
        return true;
    }
    i > a + 1
        && !toks[i].low().ends_with('s')
        && !cue.past
        && !cue.ing
        && matches!(toks[i - 2].low(), "a" | "an")
        && !toks[i - 1].cap
        && !matches!(
            toks[i - 1].low(),
            "few"
                | "lot"
                | "number"
                | "majority"
                | "minority"
                | "plurality"
                | "third"
                | "quarter"
                | "half"
                | "dozen"
                | "handful"
                | "couple"
                | "score"
        )
}

/// The subject's last word before the verb at `i` (after `a`), past the adverbs and
/// auxiliaries between them: "report" in "The report also states", "He" in "He has rarely
/// shown".
pub(super) fn subject_end(toks: &[Tok], a: usize, i: usize) -> usize {
    let mut h = i - 1;
    while h > a && !toks[h].cap && lexicon::is_cue_modifier(toks[h].low()) {
        h -= 1;
    }
    h
}

/// "Three confirmed cases have been …", "12 reported deaths were …", "- 137 confirmed deaths
/// (INGD)": a participle between a number and its noun is an adjective. Before a plural noun
/// and the clause's verb it always is (not "Two told reporters that …"); a cue that takes no
/// hearer is one before any plain lower-case noun with no verb of its own after it ("23
/// confirmed cholera cases"; not "Five said police had …").
pub(super) fn participle_after_number(
    toks: &[Tok],
    (a, b): (usize, usize),
    i: usize,
    cue: lexicon::Cue,
) -> bool {
    if !cue.past
        || i == a
        || toks[i - 1].kind != TokKind::Number
            && crate::extract::text::cardinal(toks[i - 1].low()).is_none()
    {
        return false;
    }
    let Some(next) = toks
        .get(i + 1)
        .filter(|t| t.kind == TokKind::Word && !t.cap)
    else {
        return false;
    };
    // ("One said trucks had …": "one" counts no plural noun, so it is the speaker)
    let one =
        toks[i - 1].low() == "1" || crate::extract::text::cardinal(toks[i - 1].low()) == Some(1);
    let plural_then_verb = !one
        && !next.verbish
        && next.low().ends_with('s')
        && toks.get(i + 2).is_some_and(|t| {
            matches!(
                t.low(),
                "are" | "were" | "have" | "had" | "remain" | "rose" | "fell" | "stood"
            )
        });
    let plain_noun = !cue.takes_object
        && !next.verbish
        && !next.low().ends_with("ing")
        && !lexicon::is_determiner(next.low())
        && !lexicon::is_clause_word(next.low())
        && !lexicon::is_subject_pronoun(next.low())
        && !clause_follows(toks, i + 1, b);
    plural_then_verb || plain_noun
}

/// "14 percent less decline in hearing", "a decline in sales": the noun; the verb of a
/// refusal takes an infinitive ("declined to comment", "declines to say").
pub(super) fn decline_as_noun(toks: &[Tok], i: usize, b: usize) -> bool {
    matches!(toks[i].low(), "decline" | "declines")
        && !toks.get(i + 1).is_some_and(|t| i + 1 < b && t.is("to"))
}

/// People whose findings are a study's: "…, the team found", "scientists found that …".
pub(super) fn is_research_head(w: &str) -> bool {
    matches!(
        w,
        "team" | "researchers" | "scientists" | "authors" | "auditors" | "academics"
    )
}

/// Nouns for a message sent, besides documents: "fired back a response saying …", "ran an ad
/// saying …".
pub(super) fn is_message_noun(w: &str) -> bool {
    matches!(
        w,
        "response" | "reply" | "retort" | "ad" | "ads" | "advert" | "note" | "notice" | "mailer"
    )
}
