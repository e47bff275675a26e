//! Phrases in the text before a mention that the mention takes up when no source so far fits:
//! the noun phrase a "they" or an "it" stands for, the owner of "the campaign", and the person
//! whose name opens a recent sentence, whom a description ("the Ohio senator") goes on about.

use super::*;

/// How far back, in bytes, a pronoun's or a description's antecedent is looked for: about the
/// two sentences before.
const REACH: usize = 400;

/// [`REACH`] for the resolver: a source mentioned this close keeps a pronoun.
pub(super) const ANTECEDENT_REACH: usize = REACH;

/// The last `reach` bytes of `context`, from a character boundary, with their offset.
fn tail(context: &str, reach: usize) -> (usize, &str) {
    let mut from = context.len().saturating_sub(reach);
    while !context.is_char_boundary(from) {
        from += 1;
    }
    (from, &context[from..])
}

/// Whether a word (lower-cased) is the head of a plural noun phrase of people that a "they"
/// can take up ("the voters", "Republicans", "economists", "senior aides").
fn people_head(w: &str) -> bool {
    let plural = w.len() > 3 && w.ends_with('s') && !w.ends_with("ss") || w == "people";
    let quantifier = matches!(
        w,
        "many"
            | "some"
            | "most"
            | "few"
            | "several"
            | "both"
            | "all"
            | "others"
            | "everyone"
            | "nobody"
    );
    plural
        && !quantifier
        && (lexicon::is_group_head(w)
            || lexicon::is_anonymous_head(w)
            || lexicon::is_person_noun(singular(w)))
}

/// Whether a word (lower-cased) is the head of a singular noun phrase of a body or a document
/// that an "it" can take up ("the company", "the ministry", "a new report").
fn body_head(w: &str) -> bool {
    let plural = w.len() > 3 && w.ends_with('s') && !w.ends_with("ss");
    !plural
        && (lexicon::is_org_word(w) || lexicon::is_official_word(w) || lexicon::is_document_head(w))
}

/// The noun phrase before a pronoun that it can stand for, with its byte offset in `context`:
/// for a plural pronoun one of people ("Republicans scrambled …; they proposed"), for a
/// singular one a body or document ("the agency … it said"). The nearest such phrase, unless
/// for people another opens the sentence it stands in: a subject is what the next sentence
/// goes on about ("The researchers tracked participants for a decade. They found …"). The phrase runs back
/// from its head over capitalised words and possessives, and over modifiers only as far as a
/// determiner ("the state's election officials").
pub(super) fn phrase_before(context: &str, plural: bool) -> Option<(usize, String)> {
    let (from, text) = tail(context, REACH);
    let words: Vec<(usize, &str)> = word_starts(text).collect();
    // a phrase opens its sentence when only a stop or the text's own start comes before it
    let stops = |t: &str| t.ends_with(['.', '!', '?', '\n']) || (t.is_empty() && from == 0);
    // … or after a short opening phrase set off by a comma ("In 2019, the researchers")
    let opens = |start: usize| {
        let before = text[..start].trim_end();
        if stops(before) || text[..start].ends_with('\n') {
            return true;
        }
        let Some(lead) = before.strip_suffix(',') else {
            return false;
        };
        let k = lead.rfind(['.', '!', '?', '\n', ',']);
        let opening = match k {
            Some(k) => !lead[k..].starts_with(','),
            None => from == 0,
        };
        opening && lead[k.map_or(0, |k| k + 1)..].split_whitespace().count() <= 4
    };
    let mut nearest: Option<(usize, usize)> = None;
    for i in 0..words.len() {
        let (at, w) = words[i];
        if nearest.is_some() && w.ends_with(['.', '!', '?']) && !w.ends_with("..") {
            // the nearest phrase's sentence ends here, or begins before this word
            let stop = nearest.is_some_and(|(s, _)| at < s);
            if stop {
                break;
            }
        }
        let Some(span) = phrase_at(&words, i, plural) else {
            continue;
        };
        // "The city sent a letter. It says …": a body's document speaks for it, so only
        // people prefer the subject
        if opens(span.0) || !plural {
            return Some(spanned(from, text, span));
        }
        if nearest.is_none() {
            nearest = Some(span);
        }
    }
    nearest.map(|span| spanned(from, text, span))
}

/// The noun phrase that opens the sentence before the one `context` ends in, with its offset
/// in `context`: "Hungary's embassy in Warsaw" in "… Hungary's embassy in Warsaw hit back. She
/// …". It runs over capitalised words, possessives and the lower-case words for a body, and
/// over "of", "in", "for" or "at" before a capitalised word; it ends on the first other word.
pub(super) fn previous_subject(context: &str) -> Option<(usize, String)> {
    let (from, text) = tail(context, REACH);
    let stop = |k: usize, c: char| {
        c == '\n'
            || matches!(c, '.' | '!' | '?')
                && text[k + 1..].starts_with(char::is_whitespace)
                && !text[..k].ends_with(|c: char| c.is_uppercase())
    };
    let mut stops = text
        .char_indices()
        .filter(|&(k, c)| stop(k, c))
        .map(|(k, _)| k);
    let current = stops.next_back()?;
    // (a period and the newline after it close one sentence)
    let start = match stops.rfind(|&k| !text[k + 1..current].trim().is_empty()) {
        Some(k) => k + 1,
        None if from == 0 => 0,
        None => return None,
    };
    let sentence = &text[start..current];
    let lead = sentence.len() - sentence.trim_start().len();
    let words: Vec<&str> = sentence.split_whitespace().collect();
    let mut taken = 0;
    for (k, w) in words.iter().enumerate() {
        let lower = w.to_lowercase();
        let bare = lower.trim_end_matches("'s").trim_end_matches("’s");
        let linking = matches!(bare, "of" | "in" | "for" | "at")
            && words.get(k + 1).is_some_and(|n| is_cap(n));
        let body = lexicon::is_org_word(bare) || lexicon::is_official_word(bare);
        if !(is_cap(w) || body || linking) || w.ends_with([',', ';', ':']) {
            break;
        }
        taken = k + 1;
    }
    // a phrase ends on its head, not on a linking word
    while taken > 0
        && !is_cap(words[taken - 1])
        && !{
            let lower = words[taken - 1].to_lowercase();
            lexicon::is_org_word(&lower) || lexicon::is_official_word(&lower)
        }
    {
        taken -= 1;
    }
    (taken > 0).then(|| (from + start + lead, words[..taken].join(" ")))
}

/// The phrase of `text` from `start` to `end`, with its offset in the context `text` ends.
fn spanned(from: usize, text: &str, (start, end): (usize, usize)) -> (usize, String) {
    let phrase = text[start..end].trim_start_matches(['"', '“', '‘', '(']);
    (
        from + start,
        phrase.split_whitespace().collect::<Vec<_>>().join(" "),
    )
}

/// Where the phrase headed by `words[i]` (the words of a text from its end backwards, with
/// their offsets) starts and ends in that text, when that word is the head of a phrase a plural (people) or singular
/// (a body or a document) pronoun can take up.
fn phrase_at(words: &[(usize, &str)], i: usize, plural: bool) -> Option<(usize, usize)> {
    let (at, w) = words[i];
    let bare = w.trim_end_matches([',', '.', ';', ':', '"', '”', '’', '\'', ')']);
    let bare = bare.trim_start_matches(['"', '“', '‘', '(']);
    let lower = bare.to_lowercase();
    let head = if plural {
        people_head(&lower)
    } else {
        body_head(&lower)
    };
    // a head must be a whole word, not inside a quotation it closes
    if !head || !bare.chars().all(|c| c.is_alphabetic() || c == '-') {
        return None;
    }
    let mut start = at;
    let mut lowercase_run: Option<usize> = None;
    for &(a, p) in words[i + 1..].iter().take(4) {
        if p.ends_with([',', '.', ';', ':', '"', '”', ')']) {
            break;
        }
        let pl = p.to_lowercase();
        if lexicon::is_determiner(&pl) || pl.ends_with("'s") || pl.ends_with("’s") {
            start = a;
            lowercase_run = None;
            if lexicon::is_determiner(&pl) {
                break;
            }
        } else if is_cap(p) && !lexicon::is_name_stop(&pl) && !lexicon::is_clause_word(&pl) {
            start = a;
        } else if pl.chars().all(|c| c.is_alphabetic() || c == '-')
            && !people_head(&pl)
            && !lexicon::is_clause_word(&pl)
            && !lexicon::is_name_stop(&pl)
            && !is_pronoun(&pl)
        {
            // an adjective counts only when a determiner opens the phrase; a plural of people
            // is another phrase's head ("the nurses visited farmers")
            lowercase_run.get_or_insert(start);
            start = a;
        } else {
            break;
        }
    }
    if let Some(before_modifiers) = lowercase_run {
        start = before_modifiers;
    }
    let end = at
        + w.trim_end_matches([',', '.', ';', ':', '"', '”', '’', '\'', ')'])
            .len();
    Some((start, end))
}

/// The owner a definite body mention belongs to in the text before: "the campaign" after
/// "Ann Lee's campaign" or "the Lee campaign" is the Lee campaign; with the byte offset of
/// the head there.
pub(super) fn owned_before(context: &str, head: &str) -> Option<(usize, String)> {
    let (from, text) = tail(context, 1500);
    let words: Vec<(usize, &str)> = word_starts(text).collect();
    for (i, &(at, w)) in words.iter().enumerate() {
        let bare = w
            .trim_end_matches([',', '.', ';', ':', '"', '”'])
            .to_lowercase();
        if bare != head {
            continue;
        }
        let Some(&(_, owner)) = words.get(i + 1) else {
            continue;
        };
        let possessive = owner
            .strip_suffix("'s")
            .or_else(|| owner.strip_suffix("’s"));
        // "the Food and Drug Administration", "the … Carrier Safety Administration": a
        // capitalised head after a run of names closes an institution's name, of which the
        // word before the head is a part, not an owner ("the Biden Administration" is owned)
        if possessive.is_none() && is_cap(w) && words.get(i + 2).is_some_and(|&(_, b)| in_name(b)) {
            continue;
        }
        // "St Anne's Hospice", "King's College": a capitalised head after a possessive closes
        // the body's own name; no one owns it
        if possessive.is_some() && is_cap(w) {
            continue;
        }
        let owner = possessive.unwrap_or(owner);
        let lower = owner.to_lowercase();
        if is_cap(owner)
            && owner
                .chars()
                .all(|c| c.is_alphabetic() || c == '-' || c == '.')
            && !lexicon::is_name_stop(&lower)
            && !lexicon::is_determiner(&lower)
            && !lexicon::is_clause_word(&lower)
        {
            return Some((from + at, format!("{owner} {head}")));
        }
    }
    None
}

/// Whether a word before a name's last words continues the name: capitalised and ending no
/// sentence, or a joining word ("Food and Drug", "Department of Labor").
fn in_name(w: &str) -> bool {
    matches!(w, "and" | "of" | "for" | "&")
        || is_cap(w) && !w.ends_with(['.', ',', ';', ':', '"', '”']) && w != "The"
}

/// The name of a person that opens one of the two sentences before `context`'s end ("Ann Lee
/// says …", "Ohio Sen. Ann Lee has …"), written as it opens that sentence.
pub(super) fn subject_before(context: &str) -> Option<String> {
    let (from, text) = tail(context, REACH);
    // the mention's own sentence counts only when the mention opens it
    let opens = text.trim_end().ends_with(['.', '?', '!', ':']) || text.ends_with('\n');
    let mut openings: Vec<&str> = Vec::new();
    let mut rest = text.trim_end();
    // the sentences before, nearest first: each opens after ". ", "? ", "! " or a line break
    for _ in 0..3 {
        let cut = rest
            .char_indices()
            .rev()
            .skip(1)
            .find(|&(i, c)| {
                // "Gov. Ann Lee", "J. Smith": a title's or an initial's period ends nothing
                let abbreviation = c == '.' && {
                    let word = rest[..i].rsplit(char::is_whitespace).next().unwrap_or("");
                    lexicon::is_title(&format!("{}.", word.to_lowercase()))
                        || word.chars().count() == 1
                };
                c == '\n'
                    || (matches!(c, '.' | '?' | '!' | ':')
                        && !abbreviation
                        && rest[i + 1..].starts_with(char::is_whitespace))
            })
            .map(|(i, c)| i + c.len_utf8());
        // the text's own start opens a sentence too
        let Some(cut) = cut.or((from == 0 && !rest.is_empty()).then_some(0)) else {
            break;
        };
        let sentence = rest[cut..].trim_start();
        if !sentence.is_empty() {
            openings.push(sentence);
        }
        rest = rest[..cut].trim_end();
        if cut == 0 {
            break;
        }
    }
    for sentence in openings.into_iter().skip(usize::from(!opens)).take(2) {
        let mut name: Vec<&str> = Vec::new();
        for w in sentence.split_whitespace().take(6) {
            let bare = w.trim_end_matches([',', ':', ';']);
            if !is_cap(bare) {
                break;
            }
            name.push(bare);
            if bare.len() != w.len() || (w.ends_with('.') && !lexicon::is_title(&w.to_lowercase()))
            {
                break;
            }
        }
        let first = name.first().map(|w| w.to_lowercase()).unwrap_or_default();
        // "Ann Lee via Getty Images.": a photo credit is no sentence about its photographer;
        // "Ann Lee and Ed Lim spoke.": a subject of two people is neither one alone
        let next = sentence.split_whitespace().nth(name.len());
        let credit = matches!(next, Some("via" | "and" | "&"));
        if name.is_empty()
            || credit
            || lexicon::is_name_stop(&first)
            || lexicon::is_determiner(&first)
            || lexicon::is_clause_word(&first)
            || is_sentence_opener(&first)
            || is_pronoun(&first)
        {
            continue;
        }
        return Some(name.join(" "));
    }
    None
}

/// The description set off by commas right after the latest `name` in `context`, without its
/// article ("Ivo Brandt, a candidate for governor, spoke" → "candidate for governor").
pub(super) fn appositive_of(context: &str, name: &str) -> Option<String> {
    let (_, text) = tail(context, REACH);
    let at = text.rfind(&format!("{name}, "))? + name.len() + 2;
    let aside = &text[at..];
    let aside = &aside[..aside.find([',', '.', ';', '(', '"', '“'])?];
    let rest = ["a ", "an ", "the "]
        .iter()
        .find_map(|a| aside.strip_prefix(a))?;
    Some(rest.to_string())
}

/// How far back, in bytes, the people a later "the sources" takes up may be mentioned.
const KNOWING_REACH: usize = 1500;

impl Resolver {
    /// The anonymous people described by their knowledge ("people familiar with the matter",
    /// "officials briefed on the talks") mentioned last, within the last paragraphs before
    /// the end of `context`, for a description whose head (singular) is "source": "People
    /// familiar with the matter said …. Talks began in March, the sources said".
    pub(super) fn knowing_people(&self, sing: &str, context: &str) -> Option<usize> {
        if sing != "source" {
            return None;
        }
        let near = context.len().saturating_sub(KNOWING_REACH);
        self.latest(|e| {
            e.kind == SourceKind::Anonymous
                && e.last >= near
                && lexicon::KNOWLEDGE.iter().any(|p| e.lower_name.contains(p))
        })
    }
}
