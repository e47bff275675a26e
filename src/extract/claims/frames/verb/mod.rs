//! Frames around a reporting verb: the subject before it (with its appositives), where the frame
//! stands (before, after or inside its content), the hearer and adjuncts after it.

use super::inverted::inverted_frame;
use super::participles::{chain_saying_frame, ends_participle_chain, saying_frame, share_saying};
use super::placement::place_frame;
use super::placement::words::opens_subordinate;
use super::subject::*;
use super::verb_shapes::{coordinated_speaker, infinitive_speaker, relative_speaker, CueSite};
use super::*;

mod acts;
mod clitic;
mod comma_subjects;
mod contact;
mod idioms;
mod negation;
mod noun_forms;
mod passive_by;
mod pledged_sums;
mod quoted_as;
mod records;
mod set_off;
mod shown;

use clitic::clitic_frame;
use comma_subjects::comma_closed_subject;
use contact::contact_relative;
pub(super) use idioms::{accepts_that, court_heard, posted_on};
pub(super) use negation::verb_frame;
use noun_forms::{decline_as_noun, participle_after_number};
use noun_forms::{is_message_noun, is_research_head};
use noun_forms::{lower_word_in_s, noun_after_article, verb_after_name};
pub(in crate::extract::claims::frames) use noun_forms::{reads_out, reports_as_verb};
use set_off::set_off_subject;

/// A frame around the cue verb at `i`, before any negation is read ([`negation`]).
fn verb_frame_unnegated(text: &str, toks: &[Tok], a: usize, b: usize, i: usize) -> Option<Frame> {
    let word = toks[i].low();
    // "Xinhua quoted Lin Haoran as saying …"
    if word == "saying" && i > a && toks[i - 1].is("as") {
        if let Some(f) = quoted_as::quoted_as_saying(toks, a, b, i) {
            return Some(f);
        }
    }
    // "a video it said showed …"
    if let Some(f) = quoted_as::it_said_showed(toks, a, b, i) {
        return Some(f);
    }
    let particle = word.starts_with("point");
    let cue = match toks[i].cue {
        Some(c) => c,
        // "points to", "pointed out"; "The Ledger reports the mayor …": the noun's plural
        // used as a verb — verbs of saying the lexicon leaves out as nouns
        None if particle
            || reports_as_verb(toks, a, b, i)
            || matches!(word, "read" | "reads") && reads_out(toks, a, b, i)
            || idioms::court_heard(toks, a, b, i)
            || posted_on(toks, i)
            || accepts_that(toks, i) =>
        {
            idioms::unlisted_cue(word, particle)
        }
        None => return None,
    };
    // "percentage points", "talking points": the noun, not "points to" / "pointed out"; so is
    // a measure before "to" ("cut by a quarter of a percentage point to 2.5 per cent")
    let measure = i > a
        && (toks[i - 1].kind == TokKind::Number
            || matches!(
                toks[i - 1].low(),
                "percentage" | "basis" | "a" | "half" | "one" | "full" | "quarter"
            ));
    if particle
        && (measure
            || !toks
                .get(i + 1)
                .is_some_and(|t| matches!(t.low(), "out" | "to")))
    {
        return None;
    }
    // "All told, …", "add to the staff", "As he said goodbye, …": no speaker, no report
    if idioms::not_saying(toks, a, b, i) {
        return None;
    }
    // "led Republicans to say that …", "stood at a rally to say he …"
    if i > a + 1 && toks[i - 1].is("to") {
        return infinitive_speaker(toks, a, b, i, cue);
    }
    // "the said …", "so-called"; "touting their plans": a noun after a possessive
    if i > a
        && matches!(
            toks[i - 1].low(),
            "the" | "a" | "an" | "their" | "its" | "his" | "our" | "my" | "your"
        )
    {
        return None;
    }
    if noun_after_article(toks, a, i, cue) {
        return None;
    }
    if participle_after_number(toks, (a, b), i, cue) || decline_as_noun(toks, i, b) {
        return None;
    }
    // passives: "was told", "is believed to", "it was reported that" → no frame
    let mut k = i;
    while k > a {
        if modifies_cue(&toks[k - 1]) {
            k -= 1;
        } else if let Some(t) = time_adjunct_start(toks, a, k) {
            // "The ministry last week said"
            k = t;
        } else {
            break;
        }
    }
    // "Varga is believed to have told X that …": hedged hearsay; the subject still told it
    let hearsay = passive_by::hearsay_perfect(toks, a, i);
    k = hearsay.unwrap_or(k);
    // "It goes without saying that", "It is worth noting that": the writer's idioms
    if cue.ing && i > a && matches!(toks[i - 1].low(), "without" | "worth") {
        return None;
    }
    // "Both said …": a word that can modify a cue is the subject when nothing precedes it
    if k == a && k < i && toks[a].is("both") {
        k += 1;
    }
    // "a swiftly called meeting": an adjective
    if k < i && k > a && matches!(toks[k - 1].low(), "the" | "a" | "an") {
        return None;
    }
    // "He's reported from every debate"; "ruled out", "ruled that out": no saying
    if idioms::sent_from(toks, i) || !particle && idioms::phrasal_out(toks, i) {
        return None;
    }
    if toks[k..i].iter().any(|t| {
        matches!(
            t.low(),
            "is" | "are" | "was" | "were" | "be" | "been" | "being"
        )
    }) && (cue.past || matches!(word, "expected" | "thought" | "known"))
        && !cue.ing
        && hearsay.is_none()
    {
        return passive_by::passive_by_agent(toks, a, b, i);
    }
    let cue_text = if particle && i + 1 < b {
        format!("{word} {}", toks[i + 1].lower)
    } else {
        word.to_string()
    };

    let site = CueSite {
        a,
        b,
        i,
        k,
        cue,
        cue_text: &cue_text,
    };
    // Inverted: "…,” said X, a …" / "…, says X."
    if let Some(f) = inverted_frame(toks, site) {
        return Some(f);
    }

    // "…, saying (that) …" continues the clause subject's frame
    // "Trump unleashed tweets early Friday saying that …"
    let ing_report = i > a + 2
        && i + 1 < b
        && (toks[i + 1].is("that")
            || toks[i + 1].kind == TokKind::Quote
            // "began by saying, “I don't think …”": a comma, then the quotation
            || (is_comma(&toks[i + 1]) && toks.get(i + 2).is_some_and(|t| t.kind == TokKind::Quote))
            || {
                // "issued a statement saying it …", "distanced himself by saying he …"
                // "released a statement Wednesday saying": past a day
                let mut before = toks[i - 1].low();
                if lexicon::is_day_word(before) && i > a + 3 {
                    before = toks[i - 2].low();
                }
                (lexicon::is_document_head(before)
                    || is_message_noun(before)
                    || matches!(before, "by" | "before" | "after"))
                    && (clause_follows(toks, i + 1, b)
                        || quoted_predicate(toks, i + 1, b)
                        || loose_clause(toks, i + 1, b) && !matches!(before, "by" | "before" | "after"))
            })
        && !cue.weak;
    // "…a defense of “New York values,” saying …": the comma may sit inside the quotation
    let after_comma = i > a
        && (is_comma(&toks[i - 1])
            || (i > a + 1 && toks[i - 1].kind == TokKind::Quote && is_comma(&toks[i - 2])));
    if cue.ing && cue.class == CueClass::Speech && ends_participle_chain(toks, a, i) {
        if let Some(f) = chain_saying_frame(toks, site) {
            return Some(f);
        }
    }
    if cue.ing && (after_comma || ing_report) && cue.class == CueClass::Speech {
        return saying_frame(toks, site);
    }
    // "…, with 30 percent of voters saying they …"
    if cue.ing && cue.class == CueClass::Speech {
        if let Some(f) = share_saying(toks, site) {
            return Some(f);
        }
    }
    let progressive = cue.ing
        && i > a
        && (matches!(
            toks[i - 1].low(),
            "is" | "are" | "was" | "were" | "been" | "'s" | "’s"
        ) || clitic_subject(toks[i - 1].low())
            .is_some_and(|(_, aux)| matches!(aux, "s" | "re")));
    if cue.ing && !progressive {
        return None;
    }

    // "…, who said …": the relative pronoun is the source, its antecedent resolves it
    if let Some(f) = relative_speaker(text, toks, site) {
        return f;
    }
    // "X supported Democrats, and said …": the clause's subject speaks
    if let Some(f) = coordinated_speaker(toks, site) {
        return Some(f);
    }
    // "He's said", "They've told reporters", "She's saying": a pronoun and its auxiliary
    if let Some(f) = clitic_frame(toks, site) {
        return Some(f);
    }
    // The subject before the cue (and its modifiers).
    let mut s = subject_start(toks, a, k);
    // "In March the company said": a leading adjunct, then the subject
    // "Although in March she said": the same after a subordinator
    if s <= a + 1 {
        let lead = a + usize::from(s == a + 1 && opens_subordinate(toks[a].low()));
        if let Some(j) = leading_adjunct_end(toks, lead, k) {
            s = j;
        }
    }
    // "That nurse said the ward was full.": a demonstrative opening the sentence is the
    // subject's determiner, no relative pronoun
    if s == a + 1
        && s < k
        && cue.class == CueClass::Speech
        && toks[a].cap
        && matches!(toks[a].low(), "that" | "this")
        && !toks[s].cap
        && toks[s..k].iter().all(|t| np_word(t) && !t.verbish)
    {
        s = a;
    }
    // "the third time the agency said …": a relative clause without its pronoun
    if s < k {
        if let Some(f) = contact_relative(toks, site, s) {
            return Some(f);
        }
    }
    let mut subj_end = k;
    if let Some(cs) = (s == k).then(|| comma_closed_subject(toks, a, k)).flatten() {
        s = cs;
        subj_end = k - 1;
    }
    let mut long = false;
    if let Some((ls, le)) = long_subject_at(toks, a, b, i, k, s) {
        (s, long) = (ls, true);
        subj_end = le.unwrap_or(subj_end);
    }
    // "About three in 10 said", "nearly half say": a word that scales a number belongs to it
    if s > a
        && s < k
        && lexicon::is_number_scaler(toks[s - 1].low())
        && (toks[s].kind == TokKind::Number || lexicon::is_number_word(toks[s].low()))
    {
        // "at least a dozen members": two scaling words at most
        s -= 1;
        if s > a && lexicon::is_number_scaler(toks[s - 1].low()) {
            s -= 1;
        }
    }
    let mut side = Vec::new();
    let mut described = None;
    let mut set_role = None;
    let (src, lead_end) = if s == k {
        let reports_clause = cue.class == CueClass::Speech && !cue.weak && {
            let c = skip_after_cue(toks, i, b, cue.takes_object);
            c < b
                && (toks[c - 1].is("that")
                    || toks[c].kind == TokKind::Quote
                    || clause_follows(toks, c, b))
        };
        let set = set_off_subject(text, toks, a, k, reports_clause)?;
        long |= set.long;
        side = set.side;
        described = set.described;
        set_role = set.role;
        (set.src, set.lead_end)
    } else {
        ((s, subj_end), s)
    };
    // "Northgate profit tops estimates": a verb in "-s" agrees with no plural head before it;
    // the word before is a verb and the cue a noun
    // (the head stands before any post-modifier: "an average of recent polls shows")
    let head = (src.0 + 1..src.1)
        .find(|&j| is_prep(toks[j].low()) || matches!(toks[j].low(), "that" | "who" | "which"))
        .unwrap_or(src.1)
        - 1;
    if src.1 > src.0
        && !cue.past
        && !cue.ing
        && toks[i].low().ends_with('s')
        && (lower_word_in_s(&toks[head]) || verb_after_name(toks, src.0, head))
    {
        return None;
    }
    // ", respondents said,": a short noun phrase between commas before a verb of saying
    let set_off = s > a
        && (is_comma(&toks[s - 1]) || is_closing_quote(toks, s - 1))
        && src.1 - src.0 <= 4
        && src.1 > src.0
        && cue.class == CueClass::Speech
        && !cue.weak
        && toks.get(i + 1).is_some_and(is_comma)
        && toks[src.0..src.1]
            .iter()
            .all(|t| np_word(t) && !t.verbish && t.is_word());
    // "…, which engineers say was unsafe": the relative pronoun before a short subject and a
    // verb of saying is evidence enough
    let embedded_subject = s > a
        && matches!(
            toks[s - 1].low(),
            "that" | "which" | "who" | "where" | "when"
        )
        && src.1 - src.0 <= 4
        && src.1 > src.0
        && matches!(cue.class, CueClass::Speech | CueClass::Belief)
        && !cue.weak
        && toks[src.0..src.1]
            .iter()
            .all(|t| np_word(t) && !t.verbish && t.is_word());
    // "hacking specialists say", "protest organizers in Cleveland say", "critics like Ann Lee
    // say": a plural of common nouns before a verb of saying
    let example_head = example_list_head(&toks[src.0..src.1]).map(|j| src.0 + j);
    let plural_common = cue.class == CueClass::Speech && !cue.weak && plural_common(toks, src);
    let subject_ok = long
        || set_off
        || embedded_subject
        || plural_common
        || if cue.class == CueClass::Speech {
            speech_subject(&toks[src.0..src.1])
        } else {
            valid_source_np(&toks[src.0..src.1])
        };
    // "people I have spoken with …": a subject pronoun after a noun, and a preposition left
    // stranded after the cue, make a relative clause inside a longer subject; the main verb
    // comes later
    let pronoun_after_noun = src.1 - src.0 >= 2
        && toks
            .get(i + 1)
            .is_some_and(|t| matches!(t.low(), "with" | "to" | "about"))
        && matches!(
            toks[src.1 - 1].low(),
            "i" | "we" | "you" | "they" | "he" | "she"
        )
        && np_word(&toks[src.1 - 2])
        && !matches!(toks[src.1 - 2].low(), "and" | "or" | "nor");
    if pronoun_after_noun {
        return None;
    }
    // a possessive is no subject: "Clinton's support has risen", "Trump's proposed cuts"; but
    // a capitalised name alone in the possessive right before a verb that is never a noun or an
    // adjective is a firm's ("Sainsbury's said", "Moody's says")
    let possessive_end = {
        let t = &toks[src.1 - 1];
        let l = t.low();
        let possessive =
            l.ends_with("'s") || l.ends_with("’s") || l.ends_with("s'") || l.ends_with("s’");
        let firm = t.cap
            && src.1 == i
            && src.1 - src.0 == 1
            && l.ends_with('s')
            && l != "let's"
            && matches!(
                word,
                "said" | "says" | "told" | "tells" | "added" | "adds" | "warned" | "warns"
            );
        possessive && !firm
    };
    if !subject_ok || possessive_end {
        return None;
    }
    // "Residents can find locations online": a finding that may be made is none yet
    let modal = toks[k..i].iter().any(|t| {
        matches!(
            t.low(),
            "can" | "could" | "may" | "might" | "will" | "would" | "should" | "must"
        )
    });
    if matches!(cue.class, CueClass::Finding) && modal {
        return None;
    }
    if matches!(cue.class, CueClass::Finding)
        && !long
        && !toks[src.0..src.1]
            .iter()
            .any(|t| lexicon::is_document_head(t.low()) || t.cap || is_research_head(t.low()))
    {
        return None;
    }
    // Base forms need a plural or pronoun subject: "they say", "critics argue".
    let base = !word.ends_with('s') && !cue.past;
    if base {
        // an auxiliary before the cue takes any subject: "he will say", "she didn't say"
        let plural_ok = progressive
            || example_head.is_some()
            || plural_subject(toks, src, long)
            || toks[k..i].iter().any(|t| takes_base_form(t.low()));
        if !plural_ok {
            return None;
        }
    }

    // What comes before the subject decides where the frame stands.
    let mut f = place_frame(toks, site, src, side, lead_end)?;
    if let Some(d) = described.or(set_role) {
        f.role.get_or_insert(d);
    }
    Some(f)
}

/// "saying Ortiz owes voters …": a subject, then a word that can be its finite verb (a
/// form in "-s" or "-ed", an auxiliary or a modal) within a few words.
fn loose_clause(toks: &[Tok], c: usize, b: usize) -> bool {
    c + 1 < b
        && toks[c].is_word()
        && toks[c + 1..b.min(c + 6)].iter().any(|t| {
            t.kind == TokKind::Word
                && !t.cap
                && (is_verbish(t)
                    || is_finite_marker(t.low())
                    || (t.low().len() > 3 && (t.low().ends_with("es") || t.low().ends_with("ed"))))
        })
}

/// "saying the city “does not have the capacity …”": a short subject, then its predicate
/// quoted.
fn quoted_predicate(toks: &[Tok], c: usize, b: usize) -> bool {
    let Some(q) = (c..b.min(c + 7)).find(|&j| toks[j].kind == TokKind::Quote) else {
        return false;
    };
    q > c
        && toks[c..q].iter().all(|t| np_word(t) && !is_verbish(t))
        && toks.get(q + 1).is_some_and(|t| {
            is_verbish(t) || is_finite_marker(t.low()) || matches!(t.low(), "does" | "do" | "can")
        })
}
