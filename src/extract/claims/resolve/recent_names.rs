//! Recent names: the latest person's name in the text before a mention, and one that opens a
//! sentence since a source's last mention.

use super::*;

/// The last person's name in `context` that opens a sentence and starts after byte `after`.
pub(super) fn subject_name_after(context: &str, after: usize) -> Option<String> {
    // only the text since the source's mention can hold a nearer person
    if after >= context.len() || !context.is_char_boundary(after) {
        return None;
    }
    let region = &context[after..];
    // (a name set off after a role needs no capitalised opening: "The party's deputy leader,")
    let opening = has_capitalised_opening(region);
    if !opening && !region.contains(", ") {
        return None;
    }
    let name = last_person_name(region)?;
    let at = region.rfind(name.as_str())?;
    let before = region[..at].trim_end();
    // "Villa boss Unai Emery was less happy.": a short description with a title for its last
    // word may come before the name
    let described = {
        let start = before.rfind(['.', '!', '?', '\n']).map_or(0, |k| k + 1);
        let words: Vec<&str> = before[start..].split_whitespace().collect();
        (1..=3).contains(&words.len())
            && words.last().is_some_and(|w| {
                let lower = w.to_lowercase();
                // a club's or a firm's "boss" in sports and business copy
                (lexicon::is_title(&lower) || lower == "boss") && !is_cap(w)
            })
            && start > 0
    };
    // "The party's deputy leader, Sam Freeman, rejected that.": the name set off after a role
    // that opens the sentence is its subject, in apposition
    let apposed = || {
        let start = before.rfind(['.', '!', '?', '\n']).map_or(0, |k| k + 1);
        let role = before[start..].trim_start().strip_suffix(',')?;
        let (set_off, _) =
            super::appositives::appositive_name(role, "", &region[before.len() - 1..], 0)?;
        // (not inside a quotation: "My top adviser, Ann Lee, will issue …," he said)
        Some(start > 0 && set_off == name && !inside_quotation(context, after + at))
    };
    let opens = opening && (before.ends_with(['.', '!', '?', '\n']) || described)
        || apposed() == Some(true);
    (at > 0 && opens && region[..at].ends_with([' ', '\n'])).then_some(name)
}

/// An honorific as written before a surname: "Mr.", "Ms.", "Dr.", "Sen." …, and "Mr", "Ms",
/// "Mrs", "Dr" without the full stop, as British, Australian and Canadian style write them
/// ("Mr Tindall said").
pub(super) fn is_honorific(word: &str) -> bool {
    matches!(
        word,
        "Mr." | "Mrs." | "Ms." | "Dr." | "Sen." | "Rep." | "Gov." | "Mr" | "Mrs" | "Ms" | "Dr"
    )
}

/// The last sentence of `context` after byte `after` that opens with a surname, alone or after
/// an honorific, and then a lower-case word ("Sanders is burrowing in …", "Mr. Clinton was
/// …"): that word, a surname if the text wrote the full name before, with its byte offset and
/// the honorific before it.
pub(super) fn subject_surname_after(
    context: &str,
    after: usize,
) -> Option<(usize, &str, Option<&str>)> {
    if after >= context.len() || !context.is_char_boundary(after) {
        return None;
    }
    let region = &context[after..];
    // the last sentence opening first: walk the stops from the end
    for (k, _) in region.rmatch_indices(['.', '!', '?', '\n']) {
        // the period of "Mr." or of an initial ends no sentence
        let word_before = region[..=k].rsplit([' ', '\n']).next().unwrap_or("");
        let initial = word_before.len() <= 2 && word_before.starts_with(char::is_uppercase);
        if region[k..].starts_with('.') && (is_honorific(word_before) || initial) {
            continue;
        }
        let rest = &region[k + 1..];
        let opening = rest.trim_start();
        if opening.len() == rest.len() && !region[k..].starts_with('\n') {
            continue; // "U.S." or "3.5": no space after the stop
        }
        let mut words = opening.split(' ');
        let (Some(mut first), Some(mut next)) = (words.next(), words.next()) else {
            continue;
        };
        let mut at = context.len() - opening.len();
        let mut title = None;
        if is_honorific(first) {
            at += first.len() + 1;
            title = Some(first);
            first = next;
            let Some(w) = words.next() else { continue };
            next = w;
        }
        let mut letters = first.chars();
        let surname = letters.next().is_some_and(char::is_uppercase)
            && first.chars().count() > 2
            && letters.all(char::is_lowercase);
        if surname && next.starts_with(char::is_lowercase) {
            return Some((at, first, title));
        }
    }
    None
}

/// Whether byte `at` of `text` stands inside a quotation that opened in its paragraph (an odd
/// number of double marks, straight and curly, or more opening than closing curly ones, before
/// it).
pub(super) fn inside_quotation(text: &str, at: usize) -> bool {
    let para = &text[text[..at].rfind('\n').map_or(0, |p| p + 1)..at];
    let straight = para.matches('"').count() + para.matches("''").count();
    // a quotation opened with a straight mark may close with a curly one, and the other way
    // round: every double mark opens or closes one
    let curly = para.matches(['“', '”']).count();
    (straight + curly) % 2 == 1 || para.matches('“').count() > para.matches('”').count()
}

/// Whether a sentence in `text` opens with two capitalised words (or non-ASCII letters), or
/// with a capitalised word and, within two more words, another ("Villa boss Unai Emery"): a
/// cheap test that must pass before a name can open a sentence there.
pub(super) fn has_capitalised_opening(text: &str) -> bool {
    let b = text.as_bytes();
    let cap = |i: usize| {
        b.get(i)
            .is_some_and(|&c| c.is_ascii_uppercase() || c >= 0x80)
    };
    let mut i = 0;
    while i < b.len() {
        if matches!(b[i], b'.' | b'!' | b'?') {
            let gap: usize = text[i + 1..]
                .chars()
                .take_while(|c| c.is_whitespace())
                .map(char::len_utf8)
                .sum();
            let j = i + 1 + gap;
            if j > i + 1 && cap(j) {
                let mut k = j;
                for _ in 0..3 {
                    while k < b.len() && b[k] != b' ' {
                        k += 1;
                    }
                    if cap(k + 1) {
                        return true;
                    }
                    k += 1;
                }
            }
        }
        i += 1;
    }
    false
}

/// The last run of two or more capitalised words in `context` that looks like a person's name.
pub(super) fn last_person_name(context: &str) -> Option<String> {
    let mut from = context.len().saturating_sub(1500);
    while !context.is_char_boundary(from) {
        from += 1;
    }
    // words counted from the end: the name is most often among the last few
    let mut ws = WordsBack::new(&context[from..]);
    let mut i = 0;
    while let Some(last) = ws.get(i) {
        let w = trim(last);
        if !is_cap(w) || w.is_empty() {
            i += 1;
            continue;
        }
        // the run opens at `j` words from the end
        let mut j = i;
        while let Some(p) = ws.get(j + 1) {
            let pw = trim(p);
            // "Robert J. Shapiro": a middle initial's period ends no name
            if !is_cap(pw) || p.ends_with(['.', ',', ';', ':', '"', '”']) && !is_initial(p) {
                break;
            }
            j += 1;
        }
        // "If Trump", "The Clinton": a capitalised function word opening the run is no name
        let first = (i + 1..=j).rev().find(|&k| {
            let w = trim(ws.seen[k]).to_lowercase();
            !lexicon::is_name_stop(&w)
                && !lexicon::is_clause_word(&w)
                && !lexicon::is_determiner(&w)
        });
        if let Some(first) = first {
            let name: Vec<&str> = (i..=first)
                .rev()
                .map(|k| ws.seen[k])
                .map(|w| match is_initial(w) {
                    true => w,
                    false => trim(w),
                })
                .collect();
            let ok = name.iter().all(|w| {
                let l = w.to_lowercase();
                !lexicon::is_org_word(&l)
                    && !lexicon::is_official_word(&l)
                    && !lexicon::is_media_word(&l)
                    && !lexicon::is_month(&l)
                    && !lexicon::is_group_head(&l)
            }) && !names_a_law(&name);
            if ok {
                return Some(name.join(" "));
            }
        }
        i = j + 1;
    }
    None
}

/// A word without the punctuation around it.
fn trim(w: &str) -> &str {
    w.trim_matches(|c: char| !c.is_alphanumeric())
}

/// The whitespace-separated words of a text from the last one back, split only as far as
/// they are asked for: `seen[k]` is the word `k` places from the end.
struct WordsBack<'a> {
    rest: std::iter::Rev<std::str::SplitWhitespace<'a>>,
    seen: Vec<&'a str>,
}

impl<'a> WordsBack<'a> {
    fn new(text: &'a str) -> Self {
        WordsBack {
            rest: text.split_whitespace().rev(),
            seen: Vec::new(),
        }
    }

    fn get(&mut self, k: usize) -> Option<&'a str> {
        while self.seen.len() <= k {
            self.seen.push(self.rest.next()?);
        }
        Some(self.seen[k])
    }
}

fn names_a_law(name: &[&str]) -> bool {
    name.last().is_some_and(|w| {
        let l = w.to_lowercase();
        matches!(
            l.as_str(),
            "act" | "amendment" | "treaty" | "accord" | "accords" | "law"
        )
    })
}

/// Where the sentence that `context` ends in starts: after the last stop followed by white
/// space that closes no initial or abbreviation ("U.S.", "Mr.", "Acme Inc."). A stop at the
/// very end closes nothing yet, so `sentence_start(&context[..start])` is where the sentence
/// before opens.
pub(super) fn sentence_start(context: &str) -> usize {
    for (k, c) in context.char_indices().rev() {
        if c == '\n' {
            return k + 1;
        }
        if !matches!(c, '.' | '!' | '?') {
            continue;
        }
        let next = context[k + 1..].chars().next();
        if !next.is_some_and(char::is_whitespace) {
            continue;
        }
        let word = context[..=k].rsplit([' ', '\n']).next().unwrap_or("");
        let company = matches!(word, "Inc." | "Corp." | "Ltd." | "Co." | "Bros.");
        let abbreviation = c == '.'
            && (word.len() <= 2
                || word[..word.len() - 1].contains('.')
                || is_honorific(word)
                || company);
        if !abbreviation {
            return k + 1;
        }
    }
    0
}

/// The byte offset in `text` just past the end of its first sentence: a line break, or a
/// stop (with any closing quotation marks) before white space that closes no honorific or
/// initial ("Mr.", "J.").
pub(super) fn sentence_end(text: &str) -> Option<usize> {
    for (k, c) in text.char_indices() {
        if c == '\n' {
            return Some(k);
        }
        if !matches!(c, '.' | '!' | '?') {
            continue;
        }
        let rest = text[k + 1..].trim_start_matches(['"', '”', '’', '\'', ')']);
        if !rest.starts_with(char::is_whitespace) {
            continue;
        }
        let word = text[..=k].rsplit([' ', '\n']).next().unwrap_or("");
        let initial = word.len() <= 2 && word.starts_with(char::is_uppercase);
        if c == '.' && (is_honorific(word) || initial) {
            continue;
        }
        return Some(text.len() - rest.len());
    }
    None
}

/// Whether a name right after `before` (the text up to it) stands where a subject does: after
/// the capitalised words and "the" of a title before it ("the Rev", "Prosecutor"), the text
/// opens a sentence, a quotation or a clause after "that", or sets the name off by a comma
/// after a description ("the vicar, the Rev Ann Moss,").
pub(super) fn subject_place(before: &str) -> bool {
    for (_, w) in word_starts(before) {
        let bare = w.trim_start_matches(['"', '“', '(']);
        if bare.len() != w.len() {
            return true;
        }
        let title = lexicon::is_title(&w.to_lowercase());
        if is_cap(w) && (title || !w.ends_with(['.', ',', ';', ':', '"', '”'])) || w == "the" {
            continue;
        }
        return w.ends_with(['.', '!', '?', ',', '"', '”']) || w == "that";
    }
    true
}

/// The sentence of `text` around byte `at`, with its offset: from the end of the sentence
/// before (at most 400 bytes back) to its own end or the end of the text.
pub(super) fn sentence_around(text: &str, at: usize) -> (usize, &str) {
    let mut from = at.saturating_sub(400);
    while !text.is_char_boundary(from) {
        from += 1;
    }
    let before = &text[from..at];
    let start = before
        .rfind(['.', '!', '?', '\n'])
        .map_or(from, |k| from + k + 1);
    let end = sentence_end(&text[at..]).map_or(text.len(), |e| at + e);
    (start, &text[start..end])
}

/// An initial as written inside a name: one capital and a period ("J.").
fn is_initial(w: &str) -> bool {
    w.len() == 2 && w.ends_with('.') && w.starts_with(|c: char| c.is_ascii_uppercase())
}
