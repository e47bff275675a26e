//! Names found in the text before a mention: the phrase a relative "who" stands for, a full
//! name for a surname, the person a title was given to, the name an appositive sets beside a
//! role.

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
        || lexicon::is_person_noun(singular(&head))
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
        let at = t
            .char_indices()
            .rev()
            .find(|(_, c)| c.is_whitespace())
            .map_or(0, |(i, c)| i + c.len_utf8());
        end = at;
        Some((at, &t[at..]))
    })
}

/// The person a role mention stands in apposition to, with the byte offset of the name: "Ann
/// Lee, [chairman of Acme], said" or "[the spokesman], Ed Lim, said". Only a role (a title or
/// a common noun for a person, not a name) qualifies, and the name must be a person's.
pub(super) fn appositive_name(
    mention: &str,
    context: &str,
    after: &str,
    at: usize,
) -> Option<(String, usize)> {
    // cheap tests first: a comma must touch the mention on one side
    let comma_after = after.starts_with(", ") && after[2..].starts_with(|c: char| c.is_uppercase());
    let comma_around = context.ends_with(", ") && after.starts_with(',');
    if !(comma_after || comma_around) {
        return None;
    }
    let head = head_of(mention);
    let one = singular(&head);
    if one != head || !(lexicon::is_title(&head) || lexicon::is_person_noun(&head)) {
        return None;
    }
    let role = matches!(
        classify(mention).0,
        SourceKind::Unknown
            | SourceKind::Anonymous
            | SourceKind::Organization
            | SourceKind::Official
    );
    if !role {
        return None;
    }
    let person = |name: &str| classify(name).0 == SourceKind::Person;
    // "[the spokesman], Ed Lim, said"
    if let Some(rest) = after.strip_prefix(", ") {
        if let Some(name) = name_after(rest) {
            let closed = rest[name.len()..].starts_with(',');
            if closed && name.contains(' ') && rest.starts_with(name.as_str()) && person(&name) {
                return Some((name, at + mention.len() + 2));
            }
        }
    }
    // "Ann Lee, [chairman of Acme], said": the role closed by a comma too, not the subject
    // of a new clause ("told Ann Lee, the candidate said")
    if !after.starts_with(',') {
        return None;
    }
    let before = context.strip_suffix(", ")?;
    let name = name_before(before)?;
    (person(&name) && before.ends_with(name.as_str()))
        .then(|| (name.clone(), before.len() - name.len()))
}

/// How news style writes a title before a name: "Senator"/"Sen. Ann Lee", "President Ann Lee".
pub(super) fn title_forms(head: &str) -> &'static [&'static str] {
    match head {
        "senator" => &["Senator ", "Sen. "],
        "governor" => &["Governor ", "Gov. "],
        "representative" | "congressman" | "congresswoman" => &["Rep. ", "Representative "],
        "general" => &["General ", "Gen. "],
        "president" => &["President "],
        "mayor" => &["Mayor "],
        "secretary" => &["Secretary "],
        "minister" => &["Minister "],
        "judge" => &["Judge "],
        "speaker" => &["Speaker "],
        "chancellor" => &["Chancellor "],
        "ambassador" => &["Ambassador "],
        "sheriff" => &["Sheriff "],
        "commissioner" => &["Commissioner "],
        _ => &[],
    }
}

/// The person's name that the text before gave the title `head` (with `rest`, the mention
/// without "the"), the latest of "Sen. Ann Lee" and "Ann Lee, the senator from Ohio,".
pub(super) fn titled_name_before(context: &str, rest: &str, head: &str) -> Option<String> {
    let vice = rest.contains("vice ");
    // "the French president" is not whoever the text last called "President …"
    let bare = rest
        .split_whitespace()
        .all(|w| w == head || matches!(w, "vice" | "former" | "current" | "then" | "late"));
    let forms = if bare { title_forms(head) } else { &[] };
    let mut best: Option<(usize, String)> = None;
    for &form in forms {
        let mut end = context.len();
        for _ in 0..4 {
            let Some(at) = context[..end].rfind(form) else {
                break;
            };
            end = at;
            if best.as_ref().is_some_and(|(b, _)| *b > at) {
                break;
            }
            if context[..at].ends_with("Vice ") != vice {
                continue;
            }
            if let Some(name) = name_after(&context[at + form.len()..]) {
                best = Some((at, name));
                break;
            }
        }
    }
    let mut end = context.len();
    for _ in 0..8 {
        let Some(at) = context[..end].rfind(head) else {
            break;
        };
        end = at;
        if best.as_ref().is_some_and(|(b, _)| *b > at) {
            break;
        }
        let whole_word = !context[at + head.len()..]
            .chars()
            .next()
            .is_some_and(char::is_alphanumeric);
        let mut from = at.saturating_sub(60);
        while !context.is_char_boundary(from) {
            from += 1;
        }
        if !whole_word {
            continue;
        }
        let window = &context[from..at];
        let Some(comma) = window.rfind(", the ").or_else(|| window.rfind(", a ")) else {
            continue;
        };
        let described = window[comma + 2..].to_lowercase();
        // "Ann Lee, the Ohio senator," for "the senator", not for "the Texas senator"
        let same = rest
            .split_whitespace()
            .all(|w| w == head || described.split_whitespace().any(|d| d == w));
        if described.contains([',', '.', ';', '"', '“', '”']) || !same {
            continue;
        }
        if let Some(name) = name_before(&context[..from + comma]) {
            best = Some((from + comma, name));
            break;
        }
    }
    best.map(|(_, name)| name)
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

/// "Temur Varki" for "Varki" when the text before names the person in full; never a function
/// word or the end of a sentence taken for a given name ("The Clinton", "If Trump").
pub(super) fn full_name_before(context: &str, surname: &str) -> Option<String> {
    if surname.chars().count() < 2 {
        return None;
    }
    let mut from = context.len();
    while let Some(pos) = context[..from].rfind(surname) {
        from = pos;
        let after = context[pos + surname.len()..].chars().next();
        if after.is_some_and(char::is_alphanumeric) {
            continue;
        }
        let before = context[..pos].trim_end_matches(' ');
        if before.len() == pos {
            continue;
        }
        let prev = before.rsplit(' ').next().unwrap_or("");
        let prev = prev.rsplit('\n').next().unwrap_or("");
        let lower = prev.to_lowercase();
        if is_cap(prev)
            && prev
                .chars()
                .all(|c| c.is_alphabetic() || c == '-' || c == '.')
            && is_given_name_shape(prev)
            && !lexicon::is_title(&lower)
            && !lexicon::is_official_word(&lower)
            && !lexicon::is_name_stop(&lower)
            && !lexicon::is_clause_word(&lower)
            && !lexicon::is_determiner(&lower)
            && !is_sentence_opener(&lower)
        {
            return Some(format!("{prev} {surname}"));
        }
    }
    None
}

/// The last run of two or more capitalised words in `context` that looks like a person's name.
/// The last person's name in `context` that opens a sentence and starts after byte `after`.
pub(super) fn subject_name_after(context: &str, after: usize) -> Option<String> {
    // only the text since the source's mention can hold a nearer person
    if after >= context.len() || !context.is_char_boundary(after) {
        return None;
    }
    let region = &context[after..];
    if !has_capitalised_opening(region) {
        return None;
    }
    let name = last_person_name(region)?;
    let at = region.rfind(name.as_str())?;
    let before = region[..at].trim_end();
    let opens = before.ends_with(['.', '!', '?', '\n']);
    (at > 0 && opens && region[..at].ends_with([' ', '\n'])).then_some(name)
}

/// Whether a sentence in `text` opens with two capitalised words (or non-ASCII letters): a
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
                while k < b.len() && b[k] != b' ' {
                    k += 1;
                }
                if cap(k + 1) {
                    return true;
                }
            }
        }
        i += 1;
    }
    false
}

pub(super) fn last_person_name(context: &str) -> Option<String> {
    let mut from = context.len().saturating_sub(1500);
    while !context.is_char_boundary(from) {
        from += 1;
    }
    let tail = &context[from..];
    let tail = match tail.char_indices().next() {
        Some(_) => tail,
        None => return None,
    };
    let ws: Vec<&str> = tail.split_whitespace().collect();
    let mut i = ws.len();
    while i > 0 {
        i -= 1;
        let w = ws[i].trim_matches(|c: char| !c.is_alphanumeric());
        if !is_cap(w) || w.is_empty() {
            continue;
        }
        let mut j = i;
        while j > 0 {
            let p = ws[j - 1];
            let pw = p.trim_matches(|c: char| !c.is_alphanumeric());
            if !is_cap(pw) || p.ends_with(['.', ',', ';', ':', '"', '”']) {
                break;
            }
            j -= 1;
        }
        // "If Trump", "The Clinton": a capitalised function word opening the run is no name
        let first = (j..i).find(|&k| {
            let w = ws[k]
                .trim_matches(|c: char| !c.is_alphanumeric())
                .to_lowercase();
            !lexicon::is_name_stop(&w)
                && !lexicon::is_clause_word(&w)
                && !lexicon::is_determiner(&w)
        });
        if let Some(j) = first.filter(|&j| i > j) {
            let name: Vec<&str> = ws[j..=i]
                .iter()
                .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
                .collect();
            let ok = name.iter().all(|w| {
                let l = w.to_lowercase();
                !lexicon::is_org_word(&l)
                    && !lexicon::is_official_word(&l)
                    && !lexicon::is_media_word(&l)
                    && !lexicon::is_month(&l)
                    && !lexicon::is_group_head(&l)
            });
            if ok {
                return Some(name.join(" "));
            }
        }
        i = j;
    }
    None
}
