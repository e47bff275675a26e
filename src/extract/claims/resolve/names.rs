//! Names found in the text before a mention: the phrase a relative "who" stands for, a full
//! name for a surname, where a name starts and the capitalised words around it.

use super::*;

/// Where the phrase that a relative "who" follows starts in `context` (the text before the
/// "who"): a name ("… on Bernie Sanders, who") or a noun phrase of people back to its
/// determiner or number ("only 24 percent who", "the voters who"); none otherwise.
pub(super) fn antecedent_start(context: &str) -> Option<usize> {
    let text = context.trim_end();
    let text = text.strip_suffix(',').unwrap_or(text);
    let mut words = word_starts(text);
    let (at, last) = words.next()?;
    if is_cap(last) {
        return name_start(at, words);
    }
    let head = last.to_lowercase();
    let people = head == "percent"
        || lexicon::is_group_head(&head)
        || lexicon::is_anonymous_head(&head)
        || lexicon::is_person_word(singular(&head))
        || lexicon::is_title(singular(&head));
    if !people || !head.chars().all(char::is_alphabetic) {
        return None;
    }
    // back to a determiner or number within three words, else the head alone
    let found = words
        .take(3)
        .take_while(|(_, w)| !is_cap(w) && !w.ends_with([',', '.', ';', ':', '"', '”']))
        .find(|(_, w)| {
            let w = w.to_lowercase();
            lexicon::is_determiner(&w) || w.chars().all(|c| c.is_ascii_digit())
        });
    Some(found.map_or(at, |(a, _)| a))
}

/// Where the name whose last word starts at `at` starts, given the words before it from the
/// nearest back ("the Bank of Japan", "Bernie Sanders").
pub(super) fn name_start<'a>(
    mut at: usize,
    words: impl Iterator<Item = (usize, &'a str)>,
) -> Option<usize> {
    let mut of = false;
    for (k, (a, w)) in words.enumerate() {
        let lower = w.to_lowercase();
        if k >= 4 || w.ends_with([',', '.', ';', ':', '"', '”', ')']) && !of {
            break;
        }
        if is_cap(w) && !lexicon::is_name_stop(&lower) {
            at = a;
            of = false;
        } else if lower == "of" && !of {
            of = true;
        } else {
            if lower == "the" && !of {
                at = a;
            }
            break;
        }
    }
    Some(at)
}

/// The words of `text` from its end backwards, each with its byte offset.
pub(super) fn word_starts(text: &str) -> impl Iterator<Item = (usize, &str)> {
    let mut end = text.len();
    std::iter::from_fn(move || {
        let t = text[..end].trim_end();
        if t.is_empty() {
            return None;
        }
        let at = last_word_start(t);
        end = at;
        Some((at, &t[at..]))
    })
}

/// Where the last word of `t` starts: after its last whitespace character (as
/// `char::is_whitespace` has it), else 0. Reads bytes from the end and decodes only the
/// characters beyond ASCII, since every word of the text before a mention is read this way.
pub(super) fn last_word_start(t: &str) -> usize {
    let bytes = t.as_bytes();
    for i in (0..bytes.len()).rev() {
        let b = bytes[i];
        if b.is_ascii() {
            if matches!(b, b' ' | b'\t'..=b'\r') {
                return i + 1;
            }
        } else if t.is_char_boundary(i) {
            if let Some(c) = t[i..].chars().next().filter(|c| c.is_whitespace()) {
                return i + c.len_utf8();
            }
        }
    }
    0
}

/// The capitalised words that open `text` ("Ann Lee, who …" gives "Ann Lee"; "Ann Lee's"
/// and "Ann Lee." too).
pub(super) fn name_after(text: &str) -> Option<String> {
    let mut name: Vec<&str> = Vec::new();
    let ws: Vec<&str> = text.split_whitespace().take(5).collect();
    for (k, &w) in ws.iter().enumerate() {
        let bare = w
            .strip_suffix("'s")
            .or_else(|| w.strip_suffix("’s"))
            .unwrap_or_else(|| w.trim_end_matches([',', ';', ':', '.', ')']));
        // "Bill de Blasio", "Vincent van Gogh": a surname's particle inside the name
        let particle =
            !name.is_empty() && is_name_particle(bare) && ws.get(k + 1).is_some_and(|n| is_cap(n));
        if !particle && (!is_cap(bare) || lexicon::is_name_stop(&bare.to_lowercase())) {
            break;
        }
        name.push(bare);
        let initial = w.ends_with('.') && bare.chars().count() == 1;
        if w.len() != bare.len() && !initial {
            break;
        }
    }
    (!name.is_empty()).then(|| name.join(" "))
}

/// Lower-case particles of surnames ("de Blasio", "van Hollen", "bin Salman").
pub(super) fn is_name_particle(w: &str) -> bool {
    matches!(
        w,
        "de" | "da"
            | "di"
            | "del"
            | "della"
            | "van"
            | "von"
            | "der"
            | "den"
            | "la"
            | "le"
            | "bin"
            | "al"
            | "el"
            | "dos"
            | "du"
    )
}

/// The capitalised words that close `text` ("… said Ann Lee" gives "Ann Lee").
pub(super) fn name_before(text: &str) -> Option<String> {
    let mut name: Vec<&str> = Vec::new();
    for w in text.split_whitespace().rev().take(4) {
        if !is_cap(w) || w.ends_with([',', ';', ':', '"', '”']) || (w.ends_with('.') && w.len() > 2)
        {
            break;
        }
        name.push(w.trim_start_matches(['"', '“', '(']));
    }
    while name
        .last()
        .is_some_and(|w| lexicon::is_name_stop(&w.to_lowercase()))
    {
        name.pop();
    }
    name.reverse();
    (name.len() >= 2).then(|| name.join(" "))
}

/// Words that open a sentence before a name without being a given name ("First Trump went",
/// "Then Brafman said", "Later Ryan met"): adverbs of time and order, ordinals, months.
pub(super) fn is_sentence_opener(lower: &str) -> bool {
    lexicon::is_cue_modifier(lower)
        || lexicon::is_month(lower)
        || lexicon::word_flags(lower) & lexicon::flag::NUMBER != 0
}

/// Whether a capitalised word can stand before a surname as a given name: a period may only
/// close an initial ("J. Smith"), not a sentence ("… Mexico. Trump").
pub(super) fn is_given_name_shape(word: &str) -> bool {
    match word.strip_suffix('.') {
        Some(stem) => stem.chars().count() == 1 || stem.contains('.'),
        None => true,
    }
}
