//! Article metadata and boilerplate: the dateline, the wire service a story is relayed from,
//! the language a machine translation was made from, and the passages of a news page that are
//! never claims (see-also and read-more links, subscription and social prompts, credits,
//! copyright lines, translation notices). Offsets refer to the original text.

mod appeals;
#[cfg(test)]
mod bio_tests;
mod body;
mod boilerplate;
#[cfg(test)]
mod boilerplate_tests;
mod byline;
mod dateline;
#[cfg(test)]
mod dateline_tests;
mod factcheck;
mod footers;
#[cfg(test)]
mod furniture_tests;
mod labels;
mod lexicon;
mod link_lists;
mod notices;
mod own_line;
mod own_lines;
mod prefilters;
mod shape;
#[cfg(test)]
mod shape_tests;
mod stamps;
#[cfg(test)]
mod tests;
mod title_dateline;
mod verification;
mod wire;
#[cfg(test)]
mod wire_tests;

use std::sync::LazyLock;

use regex::Regex;

use super::text::trim_span;
use super::types::{ArticleMeta, Span};
pub use body::body_start;
use boilerplate::find_boilerplate;
#[cfg(test)]
use boilerplate::find_inline;
#[cfg(test)]
use dateline::dateline_at;
#[cfg(test)]
use dateline::speaker_labels;
use dateline::{find_dateline, Dateline};
use lexicon::language_alternation;
pub use lexicon::{canonical_agency, language_code};

/// "as reported by", "as first reported by", "originally published by", "this story is from":
/// the words that hand a story over to its source, matched in the ASCII-lower-cased text (a
/// case-insensitive pattern over the original text cannot use a fast literal scan, and was one
/// of the slowest passes of the metadata stage).
static RELAY_LEAD: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?-u:\b)(?:as (?:first |originally |previously )?reported by|(?:originally|first) (?:published|reported|appeared) (?:by|in|on)|(?:this|the) (?:story|article|report) (?:is|was) (?:by|from))",
    )
    .expect("relay lead pattern")
});

/// The name after a relay's lead words: "Reuters", "the Associated Press". Matched in the
/// ASCII-lower-cased text (see `RELAY_LEAD`; `(?i)` with `\w` four times made it 4.7 times
/// slower to build), its words may hold any non-ASCII character: `relay_name` checks them.
static RELAY_NAME: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\s+(?P<name>(?:the\s+)?[a-z](?:(?-u:[\w\-])|[^\x00-\x7F])*(?:\s+[a-z](?:(?-u:[\w\-])|[^\x00-\x7F])*){0,3})")
        .expect("relay name pattern")
});

/// `RELAY_NAME` as it reads the original text, for the rare name where the lower-cased copy
/// could read otherwise.
static RELAY_NAME_EXACT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^\s+(?P<name>(?:the\s+)?[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*){0,3})")
        .expect("exact relay name pattern")
});

/// The byte range of the name `RELAY_NAME_EXACT` finds at the start of `text`; `lowered` is
/// its ASCII-lower-cased copy. The copy's pattern only allows more, so its name is the same
/// where it is ASCII; otherwise, or where the text holds a character that folds to ASCII, the
/// exact pattern decides.
fn relay_name(text: &str, lowered: &str) -> Option<(usize, usize)> {
    if !has_ascii_fold(text) {
        let name = RELAY_NAME.captures(lowered)?.name("name")?;
        if name.as_str().is_ascii() {
            return Some((name.start(), name.end()));
        }
    }
    let name = RELAY_NAME_EXACT.captures(text)?.name("name")?;
    Some((name.start(), name.end()))
}

/// A wire credit in parentheses early in the text, or a sign-off: "(Reuters)", "- AFP".
static AGENCY_CREDIT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\((?P<name>[A-Z][A-Za-z\-]{1,24}(?: [A-Z][A-Za-z\-]+){0,2})\)")
        .expect("agency credit pattern")
});

/// The class of a word's characters in the fast patterns that read the ASCII-lower-cased copy
/// (`TRANSLATION_SOURCE`, `BOILERPLATE_LINE`): an ASCII word character or any non-ASCII one, a
/// class cheap to build that allows at least what `\w` does; their callers check the words it
/// let through.
const LOOSE_WORD: &str = r"(?:(?-u:\w)|[^\x00-\x7F])";

/// A machine-translation notice, matched in the ASCII-lower-cased text (see `RELAY_LEAD`).
/// After "translat" it takes ASCII word characters only (`\w*` made the pattern 3.7 times
/// slower to build): a match then starts at the same places, since at the first non-ASCII
/// character after "translat…" the ASCII `\b` holds, and may end earlier, inside the same
/// line; only the lines of its starts are read (`find_translation`), so the output is the same.
static TRANSLATION_TRIGGER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?-u:\b)(?:automatically (?:generated|translated)|machine[- ]translat(?-u:\w)*|auto-?translat(?-u:\w)*|automatic(?:ally)? translat(?-u:\w)*|translated (?:automatically|by (?:an? )?(?:ai|artificial intelligence|machine|google translate|deepl|software))|(?:generated|translated|produced) (?:by|using|with) (?:the |an? )?(?:ai|artificial intelligence|machine translation))(?-u:\b)",
    )
    .expect("translation trigger pattern")
});

/// A translator's note at the start of a line: "Translated from Polish by the foreign desk.",
/// "This article was translated from the original Spanish." It is a notice only where it
/// names the language (`translation_source`): "Translated from the minutes, …" opens a sentence.
static TRANSLATED_FROM_LINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?m)^[ 	(\[]*(?:this (?:article|story|report|text) (?:was|has been|is) )?translated from ")
        .expect("translator's note pattern")
});

/// Where a translation notice names the original language, in the ASCII-lower-cased text
/// (see `RELAY_LEAD`; as written for the original text, `(?i)`, it was the stage's slowest
/// pattern to build). The words between "originally" and "in" may hold any non-ASCII character
/// here, not only a word character: `translation_source` checks them.
static TRANSLATION_SOURCE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&translation_source_pattern(LOOSE_WORD)).expect("translation source pattern")
});

/// `TRANSLATION_SOURCE` as it reads the original text, for the rare notice where the lower-cased
/// copy could read otherwise.
static TRANSLATION_SOURCE_EXACT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!("(?i){}", translation_source_pattern(r"\w")))
        .expect("exact translation source pattern")
});

/// The translation source pattern with `word` as the class of the words after "originally".
fn translation_source_pattern(word: &str) -> String {
    let langs = language_alternation();
    format!(
        r"(?-u:\b)(?:translated from (?:the |its )?(?:original )?(?P<a>{langs})|(?P<b>{langs}) (?:is|as) (?:our|the) (?:main|primary|original|official|reference|authoritative|only official) (?:language|version|text)|(?:see|refer to|consult|check|read) (?:the )?(?:original )?(?P<c>{langs}) (?:version|text|original|article)|original(?:ly)? (?P<words>(?:{word}+ ){{0,2}})in (?P<d>{langs})|(?:the )?(?P<e>{langs}) (?:version|original|text) (?:is|shall|will|prevails|remains)|(?P<f>{langs})-language original)(?-u:\b)"
    )
}

/// Whether `text` holds a character that a case-insensitive pattern reads as an ASCII letter
/// though it is none: the Kelvin sign (K) and the long s (ſ). Where it does not, a pattern
/// over the ASCII-lower-cased copy matches as the case-insensitive one over the original.
pub(super) fn has_ascii_fold(text: &str) -> bool {
    const KELVIN: &[u8] = "\u{212a}".as_bytes();
    const LONG_S: &[u8] = "\u{17f}".as_bytes();
    // a byte search for their first bytes, instead of decoding every character of every line
    let bytes = text.as_bytes();
    memchr::memchr2_iter(KELVIN[0], LONG_S[0], bytes).any(|i| {
        let rest = &bytes[i..];
        rest.starts_with(KELVIN) || rest.starts_with(LONG_S)
    })
}

/// The language a translation notice `para` names, as `TRANSLATION_SOURCE_EXACT` reads it;
/// `lowered` is its ASCII-lower-cased copy. The first match in the copy is the same where its
/// words after "originally" are ASCII (ASCII word characters, then), since the copy's pattern
/// only allows more; otherwise, or where the notice holds a character that folds to ASCII, the
/// exact pattern decides.
fn translation_source(para: &str, lowered: &str) -> Option<&'static str> {
    let language = |c: regex::Captures| {
        ["a", "b", "c", "d", "e", "f"]
            .iter()
            .find_map(|g| c.name(g))
            .and_then(|g| language_code(g.as_str()))
    };
    if !has_ascii_fold(para) {
        let c = TRANSLATION_SOURCE.captures(lowered)?;
        if c.name("words").map_or(true, |w| w.as_str().is_ascii()) {
            return language(c);
        }
    }
    TRANSLATION_SOURCE_EXACT.captures(para).and_then(language)
}

/// Reads the article's metadata and boilerplate.
pub fn article_meta(text: &str) -> ArticleMeta {
    let mut meta = ArticleMeta::default();
    find_dateline(text, &mut meta);
    // the lower-cased copy has the same byte offsets: literal scans in it stand in for
    // case-insensitive patterns, which cannot use them
    let lowered = text.to_ascii_lowercase();
    let present = prefilters::present(&lowered);
    if present.translation {
        find_translation((text, &lowered), &mut meta);
    }
    find_boilerplate((text, &lowered), present.notice, &mut meta);
    if meta.relayed_from.is_none() {
        if let Some((name, span)) = find_relay(text, &lowered, present.relay) {
            meta.relayed_from = Some(name);
            meta.relay_span = span;
        }
    }
    merge(&mut meta.boilerplate);
    meta
}

/// "As reported by Reuters", a "(Reuters)" credit in the first lines, or a wire sign-off: the
/// canonical name and, where it is in running text, the span of the words naming it.
/// `leads` says whether the text may hold a relay's lead words (`prefilters::present`).
fn find_relay(text: &str, lowered: &str, leads: bool) -> Option<(String, Option<Span>)> {
    // the publisher a republished story names ("originally published by Onet"), which is
    // the relay only where no wire is
    let mut publisher = None;
    for lead in leads
        .then(|| RELAY_LEAD.find_iter(lowered))
        .into_iter()
        .flatten()
    {
        let at = lead.end();
        let Some((s, e)) = relay_name(&text[at..], &lowered[at..]) else {
            continue;
        };
        // Longest known prefix of the captured capitalised words.
        let words: Vec<(usize, &str)> = text[at + s..at + e]
            .split_whitespace()
            .map(|w| (w.as_ptr() as usize - text.as_ptr() as usize, w))
            .collect();
        for n in (1..=words.len()).rev() {
            let joined = words[..n].iter().map(|w| w.1).collect::<Vec<_>>().join(" ");
            if let Some(c) = canonical_agency(&joined) {
                let (at, last) = words[n - 1];
                return Some((
                    c.to_string(),
                    Some(Span::new(lead.start(), at + last.len())),
                ));
            }
        }
        if publisher.is_none()
            && lowered[lead.range()].contains("published")
            && labels::opens_republication_note(
                &lowered[paragraph_around(lowered, lead.start()).0..lead.start()],
            )
        {
            publisher = publisher_name(&text[at..])
                .map(|(name, end)| (name.to_string(), Some(Span::new(lead.start(), at + end))));
        }
    }
    let head_end = text.char_indices().nth(600).map_or(text.len(), |(i, _)| i);
    for m in AGENCY_CREDIT.captures_iter(&text[..head_end]) {
        if let Some(c) = canonical_agency(&m["name"]) {
            let whole = m.get(0).expect("match");
            return Some((c.to_string(), Some(Span::new(whole.start(), whole.end()))));
        }
    }
    // A sign-off on the last line: "— AFP", "(Reuters)", "(With inputs from PTI)", "— With files from The Canadian Press".
    let last = text.trim_end().rsplit('\n').next().unwrap_or("");
    let last = labels::wire_credit_names(last).unwrap_or(last);
    let last = last.trim().trim_start_matches(['-', '–', '—', '(']).trim();
    let last = last.trim_end_matches([')', '.']).trim();
    canonical_agency(last)
        .map(|c| (c.to_string(), None))
        .or(publisher)
}

/// The publisher's name at the start of `after`, the text after "originally published by":
/// one to four words that each open with a capital ("Onet", "The Conversation", "Kyiv
/// Independent"), and the byte offset where it ends in `after`.
fn publisher_name(after: &str) -> Option<(&str, usize)> {
    let start = after.len() - after.trim_start().len();
    let mut end = start;
    for (n, raw) in after[start..].split(char::is_whitespace).enumerate() {
        let word = raw.trim_end_matches([',', '.', ';', ':', ')']);
        if n == 4 || !word.starts_with(|c: char| c.is_uppercase()) {
            break;
        }
        end = word.as_ptr() as usize - after.as_ptr() as usize + word.len();
        // "… published in Harbour Weekly. The ferry …": the name ends with its sentence
        if raw.len() > word.len() {
            break;
        }
    }
    (end > start).then(|| (&after[start..end], end))
}

/// A translation notice: its language and its paragraph, which is boilerplate.
fn find_translation((text, lowered): (&str, &str), meta: &mut ArticleMeta) {
    let notes = TRANSLATED_FROM_LINE.find_iter(lowered).map(|m| (m, true));
    for (m, note) in TRANSLATION_TRIGGER
        .find_iter(lowered)
        .map(|m| (m, false))
        .chain(notes)
    {
        let (p_start, p_end) = paragraph_around(text, m.start());
        let para = &text[p_start..p_end];
        // A long paragraph is article text that mentions translation, not a notice.
        if para.len() > 700 {
            continue;
        }
        let language = translation_source(para, &lowered[p_start..p_end]);
        if note && language.is_none() {
            continue;
        }
        if meta.translated_from.is_none() {
            meta.translated_from = language.map(str::to_string);
        }
        let (s, e) = trim_span(text, p_start, p_end);
        if s < e {
            meta.boilerplate.push(Span::new(s, e));
        }
    }
}

/// The line containing byte `at` (a paragraph in news text), without its newline.
fn paragraph_around(text: &str, at: usize) -> (usize, usize) {
    let start = text[..at].rfind('\n').map_or(0, |i| i + 1);
    let end = text[at..].find('\n').map_or(text.len(), |i| at + i);
    (start, end)
}

/// Sorts spans and merges overlapping ones.
fn merge(spans: &mut Vec<Span>) {
    spans.sort();
    let mut out: Vec<Span> = Vec::with_capacity(spans.len());
    for s in spans.drain(..) {
        match out.last_mut() {
            Some(last) if s.start <= last.end => last.end = last.end.max(s.end),
            _ => out.push(s),
        }
    }
    *spans = out;
}
