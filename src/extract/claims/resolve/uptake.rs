//! How the text takes up a name it has just used: "Qantas said it would cut jobs" and "…
//! said its profit fell" take up a body, "he" or "she" a person.

use super::conjuncts::Uptake;
use super::*;

/// Whether the text after a name (`after`, from the end of the mention) takes it up as a body
/// and never as a person, within the sentence and the next: the content opens on "it" doing
/// something ("said it would appeal", "said on Tuesday that it had hired") or on "its" ("said
/// its profit fell"), the next sentence opens on "It", "The company" or "The aid group", or a relative "which"
/// follows the name ("Lumen, which makes robots,"); and no "he", "she", "his" or "her", and
/// no "Mr. Okafor" or given name before the name, shows a person. An "it" that stands for
/// nothing ("said it was too early", "said it would be unfair") takes up no one.
pub(super) fn taken_up_as_body(name: &str, after: &str) -> bool {
    let window = next_two_sentences(after);
    let mut words = window
        .split_whitespace()
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’'))
        .filter(|w| !w.is_empty());
    let personal = words.any(|w| {
        [
            "he", "she", "his", "her", "him", "himself", "herself", "hers",
        ]
        .iter()
        .any(|p| w.eq_ignore_ascii_case(p))
    });
    // the clause the cue opens lies in the first words of the sentence, before any quotation:
    // a word inside a quotation is the speaker's, never evidence of the speaker's kind
    // ("… opposed the claim. “It will fail,” Wang said")
    let clause_end = [window.find(['"', '“']), sentence_end(window)]
        .into_iter()
        .flatten()
        .min()
        .unwrap_or(window.len());
    let lower: Vec<String> = (window[..clause_end].split_whitespace())
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’'))
        .filter(|w| !w.is_empty())
        .take(9)
        .map(str::to_lowercase)
        .collect();
    if personal || named_as_person(name, after) {
        return false;
    }
    // "said it would", "said on Tuesday that it had", "said its profit": "it" or "its" opening
    // the clause the cue opens
    let opens_content = |k: usize| opens_content(&lower, k);
    let subject_it = lower.iter().take(7).enumerate().any(|(k, w)| {
        opens_content(k)
            && (w == "its"
                || w == "it" && lower.get(k + 1).is_some_and(|v| acts(v, lower.get(k + 2))))
    });
    // the next sentence opening on "It" or "The company"
    let next = window
        .find(". ")
        .map(|p| window[p + 2..].trim_start())
        .unwrap_or("");
    // ("In a statement, the firm said": past a short adjunct set off before the subject)
    let mut next_words = firm_nouns::past_opening(next).split_whitespace();
    let opener = match (next_words.next(), next_words.next()) {
        (Some("It" | "it"), Some(v)) => acts(&v.to_lowercase(), None),
        (Some("The" | "the"), Some(h)) => {
            // ("The company's chief executive said": the firm's post takes the firm up too)
            let h = h
                .trim_end_matches(|c: char| !c.is_alphanumeric())
                .trim_end_matches("'s")
                .trim_end_matches("’s")
                .to_lowercase();
            // "Oxfam said …. The aid group said": a body described by its cause
            let noun = next_words.next().map(|n| {
                n.trim_end_matches(|c: char| !c.is_alphanumeric())
                    .to_lowercase()
            });
            is_firm_noun(&h) || noun.is_some_and(|n| is_cause_described_body(&format!("{h} {n}")))
        }
        _ => false,
    };
    // "Crestline said it was sorry. “Safety is everything,” the company said.": the next
    // sentence gives a quotation to a noun for a firm right after it
    let next_sentence = &next[..sentence_end(next).unwrap_or(next.len())];
    let after_quote = next_sentence.match_indices(['"', '”']).any(|(p, q)| {
        let rest = next_sentence[p + q.len()..].trim_start();
        let mut ws = rest.split_whitespace();
        matches!(ws.next(), Some("the" | "The"))
            && ws.next().is_some_and(|h| {
                is_firm_noun(
                    &h.trim_end_matches(|c: char| !c.is_alphanumeric())
                        .to_lowercase(),
                )
            })
            && p > 0
            && next_sentence[..p].ends_with([',', '!', '?'])
    });
    let opener = opener || after_quote;
    // "Spotify, which has 600 million users, welcomed …": "which" takes up no person
    let which = after.starts_with(", which ");
    subject_it || opener || which
}

/// Whether a verb after "it" has "it" stand for a body acting, not for nothing: not a copula
/// (unless in a progressive: "it was reviewing") or a raising verb ("it was too early", "it
/// seemed unlikely"), nor a modal before "be" ("it would be unfair").
fn acts(verb: &str, then: Option<&String>) -> bool {
    let modal = matches!(
        verb,
        "would" | "will" | "could" | "can" | "may" | "might" | "should" | "must"
    );
    if modal {
        return !matches!(then.map(String::as_str), Some("be"));
    }
    // "it was reviewing its prices": a copula before a verb in -ing acts, unless it only
    // turns ("it was getting harder", "it was going to rain")
    let progressive = then.is_some_and(|v| {
        v.len() > 5 && v.ends_with("ing") && !matches!(v.as_str(), "getting" | "going" | "becoming")
    });
    if matches!(verb, "is" | "was" | "'s") && progressive {
        return true;
    }
    let empty = matches!(
        verb,
        "is" | "was"
            | "'s"
            | "seemed"
            | "seems"
            | "appeared"
            | "appears"
            | "looked"
            | "looks"
            | "remains"
            | "remained"
            | "felt"
            | "feels"
            | "made"
            | "makes"
            | "takes"
            | "took"
            | "meant"
            | "means"
            | "mattered"
            | "matters"
            | "happened"
            | "happens"
            | "did"
            | "does"
            | "wasn't"
            | "isn't"
            | "doesn't"
            | "didn't"
    );
    !empty
        && (matches!(verb, "had" | "has" | "have")
            || verb.len() > 3 && (verb.ends_with("ed") || verb.ends_with('s')))
}

/// The text up to the end of the sentence after the one `after` is in.
fn next_two_sentences(after: &str) -> &str {
    let mut ends = 0;
    for (i, c) in after.char_indices() {
        if c == '\n' && ends > 0 {
            return &after[..i];
        }
        if matches!(c, '.' | '!' | '?') && after[i + 1..].starts_with([' ', '\n']) {
            // not the full stop of an abbreviation ("Mr.", "U.S.")
            let word = after[..i].rsplit(' ').next().unwrap_or("");
            if word.chars().count() <= 2 && word.starts_with(char::is_uppercase) {
                continue;
            }
            ends += 1;
            if ends == 2 {
                return &after[..i + 1];
            }
        }
    }
    after
}

/// How far on, in bytes, [`named_as_person`] looks: a few paragraphs.
const NAMED_REACH: usize = 3000;

/// Whether the text names `name` as a person's further on: after an honorific ("Mr. Okafor"),
/// a title ("Minister Okafor") or a known given name ("Grace Okafor").
pub(super) fn named_as_person(name: &str, after: &str) -> bool {
    let last = name.split_whitespace().last().unwrap_or(name);
    // a few paragraphs on, not the whole article again for each mention
    let mut end = after.len().min(NAMED_REACH);
    while !after.is_char_boundary(end) {
        end -= 1;
    }
    let after = &after[..end];
    after.match_indices(last).any(|(p, _)| {
        let before = after[..p].trim_end();
        let prev = before.rsplit([' ', '\n']).next().unwrap_or("");
        let lower = prev.to_lowercase();
        before.len() < p
            && (matches!(
                lower.as_str(),
                "mr." | "mrs." | "ms." | "dr." | "mr" | "mrs" | "ms" | "dr"
            ) || is_given_name(&lower)
                || lexicon::is_title(&lower))
    })
}

/// How the text after a mention joining lone names ("Smith and Lee", "Procter and Gamble")
/// takes them up: as several ("both said", "say", "said they", "Mr. Lee" further on), as one
/// body ("said it would", "said its"), or with no sign.
pub(super) fn uptake_of_conjuncts(names: &[&str], after: &str) -> Uptake {
    let window = next_two_sentences(after);
    let lower: Vec<String> = window
        .split_whitespace()
        .map(|w| {
            w.trim_matches(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’')
                .to_lowercase()
        })
        .filter(|w| !w.is_empty())
        .collect();
    let first = lower.first().map(String::as_str).unwrap_or("");
    // the mention runs straight into its verb: "both said", "say", "have said", "were told"
    let verb_next = after.starts_with(' ') && !after.starts_with("  ");
    let several_first = matches!(
        first,
        "both" | "each" | "jointly" | "together" | "have" | "are" | "were" | "do"
    ) || plural_present(first);
    if verb_next && several_first {
        return Uptake::Several;
    }
    // the word that opens the content: "said they", "said on Monday that its"
    for k in (0..lower.len().min(7)).filter(|&k| opens_content(&lower, k)) {
        match lower[k].as_str() {
            "they" | "their" | "we" | "our" => return Uptake::Several,
            "its" => return Uptake::One,
            "it" if lower.get(k + 1).is_some_and(|v| acts(v, lower.get(k + 2))) => {
                return Uptake::One
            }
            _ => {}
        }
    }
    if names.iter().any(|n| named_as_person(n, after)) {
        return Uptake::Several;
    }
    Uptake::Unknown
}

/// A verb of saying in its plural present form ("say", "argue", "warn"): a base form whose
/// "-s" form is a cue too.
fn plural_present(w: &str) -> bool {
    !w.ends_with('s')
        && lexicon::cue(w).is_some_and(|c| !c.past && !c.ing)
        && (lexicon::cue(&format!("{w}s")).is_some() || lexicon::cue(&format!("{w}es")).is_some())
}

/// Whether the word at `k` opens the content a cue before it opens: right after the cue or
/// "that", or after a day or time word that follows the cue ("said on Tuesday it …").
fn opens_content(lower: &[String], k: usize) -> bool {
    k >= 1 && {
        let prev = lower[k - 1].as_str();
        lexicon::cue(prev).is_some()
            || prev == "that"
            || (lexicon::is_day_word(prev) || lexicon::is_time_adverb(prev))
                && lower[..k - 1].iter().any(|w| lexicon::cue(w).is_some())
    }
}
