//! The Indian wires' dateline, in mixed case and with no dash: "Kesarpur (Vindhya Pradesh),
//! Nov 27 (PTI) At least …", "New Delhi [India], November 27 (ANI): The Centre …".

use std::sync::LazyLock;

use memchr::memmem::Finder;
use regex::Regex;

use super::shape::letter_shape;
use super::{canonical_agency, Dateline};

/// A place in mixed case, with its state in parentheses or brackets, a comma and a date (or,
/// for a place in capitals, neither: "MUMBAI (PTI) The company …") and a wire's credit in
/// parentheses, then the text, after a colon or dash or none. Matched in the
/// line's letter shape (`letter_shape`), where its parts are any length: `wire_dateline`
/// checks them.
static WIRE_DATELINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?x)^[\ \t\u{a0}\u{feff}]*
        (?P<place>[A-Z][A-Za-z.'’\-]+(?:[\ \t][A-Z][A-Za-z.'’\-]+){0,2}
            (?:[\ \t]*(?:\([A-Z][^()\n]*\)|\[[A-Z][^\[\]\n]*\]))?)
        (?P<date>[\ \t]*,[\ \t]*
        (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?[\ \t]+[0-9]{1,2}(?:,[\ \t]*[0-9]{4})?)?
        [\ \t]*\((?P<agency>[A-Za-z][A-Za-z.\ \-]*)\)
        [\ \t\u{a0}]*(?:(?:--?|–|—|:)[\ \t\u{a0}]*)?
        (?P<next>[\x22“‘'0-9A-Z])",
    )
    .expect("wire dateline pattern")
});

/// A wire's credit in parentheses and a dash with no place before it, opening the story's first
/// paragraph: "(Reuters) - Halvorsen Foods Inc on Wednesday …", as wires print their company
/// and markets news.
static CREDIT_DATELINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^[\ \t\u{a0}\u{feff}]*\((?P<agency>[A-Za-z][A-Za-z.\ \-]{1,40})\)[\ \t\u{a0}]*(?:--?|–|—|―)[\ \t\u{a0}]+[\x22“‘'0-9\p{Lu}]",
    )
    .expect("credit dateline pattern")
});

/// The credit dateline (`CREDIT_DATELINE`) at the start of `line`, where its agency is a known
/// one: the wire's furniture, like "WASHINGTON (Reuters) -" without the place, so no claim.
/// Its place is empty.
pub(super) fn credit_dateline(line: &str) -> Option<Dateline> {
    // a line that opens on no bracket has no such credit (most lines)
    if !line.trim_start().starts_with('(') {
        return None;
    }
    let c = CREDIT_DATELINE.captures(line)?;
    let agency = c.name("agency")?.range();
    canonical_agency(&line[agency.clone()])?;
    let whole = c.get(0)?;
    // up to the text's first character, which the pattern takes to check it
    let first = line[whole.range()].chars().next_back()?.len_utf8();
    let start = line.len() - line.trim_start().len();
    Some(Dateline {
        whole: start..whole.end() - first,
        place: start..start,
        agency: Some(agency),
        colon: false,
    })
}

/// The wire dateline (`WIRE_DATELINE`) at the start of `line`, where its agency is a known one
/// ("PTI", "IANS", "ANI") and its place and state at most 60 characters: with the date and the
/// credit, a line that opens so is a wire story's dateline though no dash follows.
pub(super) fn wire_dateline(line: &str) -> Option<Dateline> {
    let shape = letter_shape(line)?;
    let c = WIRE_DATELINE.captures(&shape)?;
    let place = c.name("place")?.range();
    let agency = c.name("agency")?.range();
    // with no date, only a place in capitals is a dateline ("Mumbai (PTI) said" is no wire's)
    let dated = c.name("date").is_some() || !line[place.clone()].contains(char::is_lowercase);
    if !dated
        || line[place.clone()].chars().count() > 60
        || canonical_agency(&line[agency.clone()]).is_none()
    {
        return None;
    }
    let start = c.get(0)?.start();
    Some(Dateline {
        whole: start..c.name("next")?.start(),
        place,
        agency: Some(agency),
        colon: false,
    })
}

/// Whether `text` holds "PTI": a line holds a PTI sign-off only if its article does.
pub(super) fn holds_pti(text: &str) -> bool {
    static PTI: LazyLock<Finder<'static>> = LazyLock::new(|| Finder::new("PTI"));
    PTI.find(text.as_bytes()).is_some()
}

/// The span of a PTI desk's sign-off at the end of `line` (at byte `at` of the text): "PTI" and
/// two to four groups of two to four capitals ("… for all schools. PTI COR RS ABK"), alone on
/// its line or after the end of a sentence.
pub(super) fn pti_sign_off(at: usize, line: &str) -> Option<super::Span> {
    // a line without "PTI" has no sign-off: skip splitting it into words (most lines)
    if !holds_pti(line) {
        return None;
    }
    let body = line.trim_end();
    let words: Vec<&str> = body.split_whitespace().collect();
    let pti = words.iter().rposition(|w| *w == "PTI")?;
    let initials = &words[pti + 1..];
    let is_group =
        |w: &&str| (2..=4).contains(&w.len()) && w.bytes().all(|b| b.is_ascii_uppercase());
    if !(2..=4).contains(&initials.len()) || !initials.iter().all(is_group) {
        return None;
    }
    let ends_sentence = |w: &str| w.ends_with(['.', '!', '?', '"', '”', '’', ')']);
    if pti > 0 && !ends_sentence(words[pti - 1]) {
        return None;
    }
    // the "PTI" word's byte offset in the line
    let start = words[pti].as_ptr() as usize - line.as_ptr() as usize;
    Some(super::Span::new(at + start, at + body.len()))
}

/// The span of Xinhua's sign-off "Enditem" at the end of `line` (at byte `at` of the text),
/// alone on its line or after the end of the story's last sentence ("… the commission said.
/// Enditem"): the wire's end mark, not a claim.
pub(super) fn enditem_sign_off(at: usize, line: &str) -> Option<super::Span> {
    let body = line.trim_end();
    let word = body.trim_end_matches('.');
    let start = word.len().checked_sub(7)?;
    if !word.is_char_boundary(start) || !word[start..].eq_ignore_ascii_case("enditem") {
        return None;
    }
    let before = word[..start].trim_end();
    let alone = before.is_empty()
        || before.len() < start && before.ends_with(['.', '!', '?', '"', '”', '’', ')']);
    alone.then(|| super::Span::new(at + start, at + body.len()))
}

/// The span of a line that is only a wire's credit ("--IANS", "— AFP", "(Reuters)"), as a wire
/// story signs off before its desk's initials: the credit, not a claim.
pub(super) fn agency_line(at: usize, line: &str) -> Option<super::Span> {
    let body = line.trim();
    let name = body
        .trim_start_matches(['-', '–', '—', '(', ' '])
        .trim_end_matches([')', '.', ' ']);
    if body.len() > 40 || canonical_agency(name).is_none() {
        return None;
    }
    let start = line.len() - line.trim_start().len();
    Some(super::Span::new(at + start, at + start + body.len()))
}
