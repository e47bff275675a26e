//! What of a mention as written is the source's name: without a leading conjunction or
//! sentence adverb, a closing reflexive or parenthetical; and mentions that are no source.

use super::*;
use crate::extract::text::lowercase;
use std::borrow::Cow;

/// A mention without a closing reflexive: "Clinton herself" is Clinton, with emphasis.
pub(super) fn without_reflexive(mention: &str) -> &str {
    let m = mention.trim();
    match m.rsplit_once(' ') {
        Some((rest, "herself" | "himself" | "itself" | "themselves")) => rest,
        _ => m,
    }
}

/// A role without its article: "an epidemiologist at the college" → "epidemiologist at the
/// college", as "Parisian police chief" is written before a name.
pub fn without_article(role: &str) -> &str {
    let role = role.trim();
    [
        "The ", "the ", "A ", "a ", "An ", "an ", "Another ", "another ",
    ]
    .iter()
    .find_map(|d| role.strip_prefix(d))
    .unwrap_or(role)
}

/// A mention without what is not part of its name: a leading conjunction or sentence adverb
/// ("Although Scott", "and the report"), a trailing parenthetical ("Rep. Ann Lee (D-Ore.)") or
/// an opening bracket ("(Mr. Lee"), a dateline before a dash ("Oct 2 (Reuters) - Ann Lee"), a
/// time after the name ("Ann Lee on Tuesday"), a word written twice ("the the report"), an
/// adverbial before a pronoun ("this time he") and the noun a contact clause hangs on ("the
/// kind of judge many voters [fear]": the source is "many voters").
pub(super) fn clean_mention(mention: &str) -> String {
    let mut m = without_reflexive(mention);
    if m.ends_with(')') {
        if let Some(o) = m.rfind('(') {
            m = m[..o].trim_end();
        }
    }
    m = m.trim_start_matches(['(', '[']);
    // "Sen. Bernie Sanders (I-Vt": a parenthesis the sentence split left open
    if let Some(o) = m.rfind('(').filter(|&o| o > 0 && !m[o..].contains(')')) {
        m = m[..o].trim_end();
    }
    // "Oct 2 (Reuters) - Ann Lee": what a spaced dash follows is the dateline
    let dashed = m.bytes().any(|b| b == b'-' || b == 0xE2);
    if let Some(at) = [" - ", " — ", " – "]
        .iter()
        .filter(|_| dashed)
        .filter_map(|d| m.rfind(d).map(|a| a + d.len()))
        .max()
    {
        let before = &m[..at];
        let dateline = before.contains(')')
            || before.split_whitespace().count() <= 5 && before.split_whitespace().all(is_cap_word);
        if dateline && m[at..].trim_start().starts_with(char::is_uppercase) {
            m = m[at..].trim_start();
        }
    }
    loop {
        let first = m.split_whitespace().next().unwrap_or("");
        let lower = lowercase(first);
        let drop = matches!(
            &*lower,
            "and"
                | "but"
                | "although"
                | "though"
                | "so"
                | "still"
                | "even"
                | "meanwhile"
                | "however"
                | "yet"
                | "also"
                | "rival"
                | "while"
                | "when"
                | "as"
        ) && m.len() > first.len();
        if !drop {
            break;
        }
        m = m[first.len()..].trim_start();
    }
    let mut ws: Vec<&str> = m.split_whitespace().collect();
    // "Lee toured the plant and [said]", "leaders met to discuss the future of": a clause
    // before the cue, cut off on a function word; its subject is the source
    if ws.len() > 2 && ends_on_function_word(&ws) {
        match clause_subject(&ws) {
            Some((n, verb)) if verb || matches!(ws[ws.len() - 1], "and" | "but" | "or") => {
                ws.truncate(n)
            }
            _ => return m.to_string(),
        }
    }
    // "the the report": a word doubled by a slip of the keyboard
    ws.dedup_by(|b, a| a.eq_ignore_ascii_case(b) && lexicon::is_determiner(&lowercase(a)));
    // "Cruz gingerly", "He barely", "Trump at the time": an adverb between the source and its
    // verb is no part of the name
    while ws.len() > 1 && is_adverb_after_subject(&ws) {
        ws.truncate(if ws.ends_with(&["at", "the", "time"]) {
            ws.len() - 3
        } else {
            ws.len() - 1
        });
        // (the parenthesis the adverb followed: "Harry Reid (D)")
        if ws.last().is_some_and(|w| w.ends_with(')')) {
            if let Some(k) = ws
                .iter()
                .rposition(|w| w.starts_with('('))
                .filter(|&k| k > 0)
            {
                ws.truncate(k);
            }
        }
    }
    // "this time he", "a kid I": a pronoun takes no words before it
    if let Some(last) = ws.last() {
        let lower = lowercase(last);
        let joined = ws.len() > 1 && matches!(ws[ws.len() - 2], "and" | "or" | "&");
        if ws.len() > 1 && !joined && matches!(&*lower, "he" | "she" | "they" | "it" | "we" | "i") {
            return last.to_string();
        }
    }
    // "Simon Ashworth KC", "Ann Lee MP": an honour or a seat after the name
    if let Some(n) = name_parts::without_post_nominal(&ws) {
        ws.truncate(n);
    }
    // "Ann Lee on Tuesday", "the senator Monday night": a time closing the mention
    while ws.len() > 1 {
        let lower = lowercase(ws[ws.len() - 1].trim_end_matches(','));
        let part_of_day = matches!(&*lower, "morning" | "afternoon" | "evening" | "night")
            && ws.len() > 2
            && lexicon::is_day_word(&lowercase(ws[ws.len() - 2]));
        if part_of_day {
            ws.pop();
            continue;
        }
        // only after a name, a title or a body: "a poll released Monday" keeps its day
        let after_name = ws.len() > 2 && {
            let k = ws.len() - 2;
            let before = lowercase(ws[k]);
            let named = |w: &str| {
                let lower = lowercase(w);
                is_cap(w) || lexicon::is_title(&lower) || is_body_word(&lower)
            };
            named(ws[k]) || matches!(&*before, "on" | "in" | "last" | "this") && named(ws[k - 1])
        };
        if !lexicon::is_day_word(&lower) || !after_name {
            break;
        }
        ws.pop();
        let before = ws.last().map(|w| lowercase(w));
        if ws.len() > 1
            && before
                .is_some_and(|b| matches!(&*b, "on" | "in" | "last" | "this" | "late" | "early"))
        {
            ws.pop();
        }
    }
    // "NHS England data published [on Thursday]": a participle of publishing left without
    // its adjunct says nothing of the source; one with a subject of its own ("the figures her
    // campaign released", "the document he released") is a clause and stays
    let n = ws.len();
    let own_subject = n > 2
        && matches!(&*lowercase(ws[n - 2]), "he" | "she" | "they" | "we" | "it")
        || n > 3
            && matches!(
                &*lowercase(ws[n - 3]),
                "his" | "her" | "their" | "its" | "our"
            );
    if n > 1
        && !own_subject
        && matches!(
            &*lowercase(ws[ws.len() - 1]),
            "published" | "released" | "issued" | "unveiled" | "compiled" | "posted"
        )
    {
        ws.pop();
    }
    // "the kind of judge many voters": a quantifier right after a noun opens a new phrase
    if let Some(k) = (2..ws.len()).rev().find(|&k| {
        let w = lowercase(ws[k]);
        let prev = lowercase(ws[k - 1]);
        matches!(&*w, "many" | "some" | "most" | "few" | "several")
            && prev.chars().all(char::is_alphabetic)
            && !lexicon::is_determiner(&prev)
            && !lexicon::is_name_stop(&prev)
            && !lexicon::is_clause_word(&prev)
            && !is_cap(ws[k - 1])
            && !prev.ends_with('s')
            && !prev.ends_with("ed")
            && lexicon::cue(&prev).is_none()
            && k + 1 < ws.len()
            && !ws[..k]
                .iter()
                .any(|w| matches!(*w, "that" | "which" | "who"))
    }) {
        ws.drain(..k);
    }
    ws.join(" ")
}

/// Whether the mention `ws` closes on an adverb after its subject: a lower-case "-ly" word or a
/// word of time or contrast after a name, a pronoun or a parenthesis ("Cruz gingerly", "He
/// barely", "Harry Reid (D) relentlessly", "Trump at the time"); not a noun in "-ly" ("the
/// Smith family").
fn is_adverb_after_subject(ws: &[&str]) -> bool {
    if ws.len() > 3 && ws.ends_with(&["at", "the", "time"]) {
        return true;
    }
    let (last, before) = (ws[ws.len() - 1], ws[ws.len() - 2]);
    let subject = is_cap(before) || before.ends_with(')') || is_pronoun(&lowercase(before));
    let ly = last.len() >= 5
        && last.ends_with("ly")
        && last.chars().all(|c| c.is_ascii_lowercase())
        && !matches!(
            last,
            "family"
                | "rally"
                | "tally"
                | "daily"
                | "weekly"
                | "monthly"
                | "quarterly"
                | "assembly"
                | "supply"
                | "reply"
                | "anomaly"
                | "monopoly"
        );
    let other = matches!(
        last,
        "however" | "soon" | "also" | "later" | "again" | "too" | "then" | "now" | "never" | "once"
    );
    subject && (ly || other)
}

/// Whether a word opens with a capital letter or is a dash or a number ("Oct", "2", "-").
fn is_cap_word(w: &str) -> bool {
    is_cap(w)
        || w.chars()
            .all(|c| c.is_ascii_digit() || matches!(c, '-' | '—' | '–' | ','))
}

/// Whether a mention ends on a determiner, a preposition or a conjunction, where no noun
/// phrase ends ("the odds in", "The", "… to praise him and"); a capitalised last word may be a
/// name ("Al From").
fn ends_on_function_word(ws: &[&str]) -> bool {
    let last = ws.last().copied().unwrap_or("");
    !is_cap(last)
        && matches!(
            last,
            "the"
                | "a"
                | "an"
                | "and"
                | "or"
                | "but"
                | "of"
                | "in"
                | "to"
                | "for"
                | "with"
                | "at"
                | "by"
                | "from"
                | "than"
        )
        || ws.len() == 1 && matches!(last, "The" | "A" | "An")
}

/// How many words open `ws` as the subject of a clause ("The mayor left early and" gives 2),
/// and whether a verb follows them: a pronoun alone, or a noun phrase up to its first verb,
/// preposition or clause word; none when the clause opens with no noun phrase ("There are",
/// "Taking").
fn clause_subject(ws: &[&str]) -> Option<(usize, bool)> {
    let lower: Vec<Cow<str>> = ws.iter().map(|w| lowercase(w)).collect();
    let verb = |w: &str| {
        lexicon::word_flags(w) & lexicon::flag::FINITE != 0
            || (w.len() >= 5 && w.ends_with("ed"))
            || lexicon::cue(w).is_some()
    };
    let first = &*lower[0];
    if matches!(first, "he" | "she" | "they" | "it" | "we" | "i" | "who") {
        return Some((1, true));
    }
    if lexicon::is_clause_word(first) || lexicon::is_name_stop(first) && first != "the" {
        return None;
    }
    let mut n = 0;
    let mut noun_seen = false;
    let mut verb_after = false;
    for (k, w) in lower.iter().enumerate().take(ws.len() - 1) {
        let w = w.trim_end_matches(',');
        let cap = is_cap(ws[k]);
        let det = lexicon::is_determiner(w) || w.ends_with("'s") || w.ends_with("’s");
        let ends = w.len() != lower[k].len() || ws[k].ends_with(['.', ';', ':']) && !cap;
        if k > 0 && (verb(w) || lexicon::is_clause_word(w) || lexicon::is_name_stop(w)) && !cap {
            verb_after = verb(w) || matches!(w, "has" | "have" | "is" | "was" | "are" | "were");
            break;
        }
        if k > 0 && det && noun_seen {
            break;
        }
        n = k + 1;
        noun_seen |= !det;
        if ends {
            break;
        }
    }
    (n > 0 && noun_seen).then_some((n, verb_after))
}

/// Whether a mention the frames gave cannot be a source at all, so its claim is better left
/// unsourced than tied to it: a sentence adverb ("However", "Usually"), a day, a word that
/// points back ("This"), a prepositional phrase ("Back in Indiana"), a bare superlative
/// ("the most"), or words cut off before their noun ("the odds in", "The", "the mayor left it
/// to others to praise him and"): a noun phrase never ends on a determiner or a preposition,
/// and a clause joined by a conjunction must open with its subject.
pub(super) fn is_no_source_uncached(mention: &str) -> bool {
    // the commonest mentions, settled without cleaning
    if matches!(
        mention,
        "he" | "He" | "she" | "She" | "they" | "They" | "it" | "It" | "we" | "We" | "I" | "who"
    ) {
        return false;
    }
    let cleaned = super::memo::cleaned(mention);
    let ws: Vec<&str> = cleaned.split_whitespace().collect();
    if ends_on_function_word(&ws) {
        return true;
    }
    // "Back in Indiana", "at the time": a noun phrase never opens with a preposition (a
    // capitalised word after it may be a title: "In These Times", "On Point")
    let first = lowercase(ws.first().copied().unwrap_or(""));
    let place_or_time = ws
        .get(1)
        .is_some_and(|w| first == "back" || !is_cap(w) && !matches!(*w, "least" | "most"));
    if ws.len() <= 4 && matches!(&*first, "in" | "at" | "on" | "from" | "back") && place_or_time {
        return true;
    }
    if mention.split_whitespace().nth(2).is_some() {
        return false;
    }
    let lower: Vec<Cow<str>> = words(&cleaned).iter().map(|w| lowercase(w)).collect();
    let adverb = |w: &str| {
        matches!(
            w,
            "however"
                | "usually"
                | "instead"
                | "meanwhile"
                | "nevertheless"
                | "moreover"
                | "furthermore"
                | "indeed"
                | "otherwise"
                | "therefore"
                | "thus"
                | "typically"
                | "generally"
                | "often"
                | "sometimes"
                | "currently"
                | "recently"
                | "ultimately"
                | "finally"
                | "initially"
                | "originally"
                | "similarly"
                | "likewise"
                | "additionally"
                | "overall"
                | "apparently"
                | "obviously"
                | "essentially"
                | "basically"
                | "actually"
                | "perhaps"
        )
    };
    match lower.as_slice() {
        // "on Tuesday: …": a day is when, not who
        [w] => adverb(w) || lexicon::is_day_word(w) || is_pointer_or_filler(w),
        [d, w] => {
            d == "the" && matches!(&**w, "most" | "least" | "best" | "worst")
                || matches!(&**d, "editor's" | "editor’s") && w == "note"
        }
        _ => false,
    }
}

/// A word that stands for something said before or fills a pause, never a speaker: "This
/// would run counter to …", "Well, …", "Having announced …, the judge …".
fn is_pointer_or_filler(w: &str) -> bool {
    matches!(
        w,
        "this" | "that" | "these" | "those" | "here" | "there" | "well" | "having" | "being"
    )
}

/// Whether the text after a mention opens with an aside set off by commas that gives a reason
/// for withholding the source's name: ", speaking on condition of anonymity, said" (not one
/// of knowledge: "lawmakers, who are close to the industry," stay a group).
pub(super) fn aside_withholds_name(after: &str) -> bool {
    let Some(rest) = after.strip_prefix(", ") else {
        return false;
    };
    let Some(close) = rest.find(',') else {
        return false;
    };
    close <= 120 && lexicon::has_withheld_name(&rest[..close].to_lowercase())
}
