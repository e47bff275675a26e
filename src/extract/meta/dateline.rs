//! The dateline: the place (and wire credit) that opens the story's first paragraph, "JAKARTA
//! -", "WASHINGTON (Reuters) -", "NEW DELHI:", told from a headline's label and a transcript's
//! speaker.

use std::ops::Range;
use std::sync::LazyLock;

use regex::Regex;

use super::lexicon::{canonical_agency, is_kicker};
use super::own_line::own_line_dateline;
use super::shape::letter_shape;
use super::title_dateline::title_dateline;
use super::wire;
use crate::extract::text::trim_span;
use crate::extract::types::{ArticleMeta, Span};

/// A dateline at the start of a line: "JAKARTA -", "WASHINGTON (Reuters) -",
/// "LONDON, July 19 (AP) —", "SPRINGFIELD, Ill. (AP) —", "NEW DELHI:", "BRUSSELS/LONDON -". Matched in the line's
/// letter shape (`letter_shape`), where its parts after the place are any length: as written
/// for the original line, with `\p{Lu}` and bounded repetitions, it took 13 times as long to
/// build. `dateline_at` checks the lengths.
static DATELINE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(&dateline_pattern("A-Z", "+?", "+")).expect("dateline pattern"));

/// `DATELINE` as it reads the original line, for the rare line where the letter shape reads
/// otherwise.
static DATELINE_EXACT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&dateline_pattern(r"\p{Lu}", "{1,32}?", "{1,40}")).expect("exact dateline pattern")
});

/// The dateline pattern with `upper` as the contents of the class of upper-case letters, and
/// `extra` and `agency` as the repetitions of the words after a comma and in parentheses.
fn dateline_pattern(upper: &str, extra: &str, agency: &str) -> String {
    // one place, or two with a slash between them ("BRUSSELS/LONDON", "GENEVA / DAR ES SALAAM")
    let place = format!(r"[{upper}][{upper}.'’\-]+(?:[\ \t][{upper}][{upper}.'’\-]*){{0,2}}");
    format!(
        r"(?x)^[\ \t\u{{feff}}\u{{a0}}]*
        (?P<place>{place}(?:[\ \t]?/[\ \t]?{place})?)
        (?:,[\ \t]*(?P<extra>[^\n()–—:]{extra}))?
        [\ \t\u{{a0}}]*
        (?:\((?P<agency>[^()\n]{agency})\)[\ \t\u{{a0}}]*)?
        (?P<dash>--?|–|—|―|:)[\ \t\u{{a0}}]+"
    )
}

/// A dateline's parts, as byte ranges of its line.
pub(super) struct Dateline {
    pub(super) whole: Range<usize>,
    pub(super) place: Range<usize>,
    pub(super) agency: Option<Range<usize>>,
    pub(super) colon: bool,
}

impl Dateline {
    pub(super) fn new(c: &regex::Captures) -> Option<Self> {
        Some(Dateline {
            whole: c.get(0)?.range(),
            place: c.name("place")?.range(),
            agency: c.name("agency").map(|g| g.range()),
            colon: c.name("dash").is_some_and(|d| d.as_str() == ":"),
        })
    }
}

/// The dateline `DATELINE_EXACT` finds at the start of `line`. The letter shape allows more:
/// a non-ASCII capital alone makes a place's first word there (it is two or more stand-ins),
/// and the parts have no length bounds; as the two patterns try their readings in the same order, the
/// shape's first reading is the exact one where it keeps those bounds (a first word of two
/// characters, the words after the comma at most 32 and in parentheses at most 40); otherwise
/// the exact pattern decides.
pub(super) fn dateline_at(line: &str) -> Option<Dateline> {
    if let Some(shape) = letter_shape(line) {
        let c = DATELINE.captures(&shape)?;
        let chars = |g: &str| c.name(g).map_or(0, |g| line[g.range()].chars().count());
        let place = &line[c.name("place")?.range()];
        let first_word = place.split([' ', '\t']).next().unwrap_or("");
        if first_word.chars().count() >= 2 && chars("extra") <= 32 && chars("agency") <= 40 {
            return Dateline::new(&c);
        }
    }
    Dateline::new(&DATELINE_EXACT.captures(line)?)
}

/// Looks for a dateline at the start of one of the first lines (a headline or byline may
/// come first). A colon's "dateline" on a line that ends no sentence is a headline's label
/// ("NTSB: Pilots reported smoke before landing") where a later line has a dateline of its
/// own ("PORTLAND, Maine (AP) — …"): that one is the article's.
pub(super) fn find_dateline(text: &str, meta: &mut ArticleMeta) {
    let mut offset = 0;
    let mut label: Option<(usize, &str, Dateline)> = None;
    let lines: Vec<(usize, &str)> = text
        .split_inclusive('\n')
        .take(9)
        .map(|line| {
            let start = offset;
            offset += line.len();
            (start, line.trim_end_matches(['\n', '\r']))
        })
        .collect();
    let mut seen_text = false;
    let mut seen_paragraph = false;
    for (i, &(start, body)) in lines.iter().enumerate().take(8) {
        if let Some(m) = wire::credit_dateline(body) {
            set_dateline(text, (start, body, m), meta);
            return;
        }
        let Some(m) = dateline_of(text, body).or_else(|| {
            let next = lines[i + 1..]
                .iter()
                .map(|l| l.1)
                .find(|l| !l.trim().is_empty());
            own_line_dateline(text, body, next, seen_text)
        }) else {
            // "Patna: The counting of votes will begin …" opening the first paragraph of the
            // body; a first line with more below is the headline ("Sanders: Clinton needs …")
            let headline = !seen_text && lines[i + 1..].iter().any(|l| !l.1.trim().is_empty());
            if !seen_paragraph && !headline && ends_sentence(body) {
                seen_paragraph = true;
                if let Some(m) = title_dateline(text, body) {
                    set_dateline(text, (start, body, m), meta);
                    return;
                }
            }
            seen_text |= !body.trim().is_empty();
            continue;
        };
        if label.is_none() && m.colon && !ends_sentence(body) {
            label = Some((start, body, m));
            continue;
        }
        set_dateline(text, (start, body, m), meta);
        return;
    }
    if let Some(found) = label {
        set_dateline(text, found, meta);
    }
}

/// Whether `line` ends as a paragraph of text does, not as a headline: with a sentence's
/// final stop or a closing quotation mark or bracket.
pub(super) fn ends_sentence(line: &str) -> bool {
    line.trim_end()
        .ends_with(['.', '!', '?', '"', '”', '’', '\'', ')', '…'])
}

/// The dateline at the start of `body`, a line of `text`, where the rest of the line reads
/// like article text.
pub(super) fn dateline_of(text: &str, body: &str) -> Option<Dateline> {
    if body.trim().is_empty() || !may_open_dateline(body) {
        return None;
    }
    let m = dateline_at(body).or_else(|| wire::wire_dateline(body))?;
    let place = &body[m.place.clone()];
    let letters = place.chars().filter(|c| c.is_alphabetic()).count();
    // The rest of the line must read like article text, not a shouted headline.
    let after = &body[m.whole.end..];
    let lower_after = after.chars().filter(|c| c.is_lowercase()).count();
    // "AP: Trump aide …" is a headline credit, not a place.
    let agency_as_place = canonical_agency(place).is_some();
    if letters < 2
        || lower_after < 3
        || is_kicker(place)
        || agency_as_place
        || reads_like_headline(after)
    {
        return None;
    }
    // "JAKE TAPPER: …" in a transcript is a speaker label, not a dateline.
    if m.colon && (m.agency.is_none() && transcript_labels(text) >= 2) {
        return None;
    }
    Some(m)
}

/// Whether `line` may open with a dateline as `dateline_at` or `wire::wire_dateline` reads
/// one: its place's first two characters (a capital, then a capital, ".", "'", "’" or "-"), or
/// a "(" for a wire's credit. Most lines of text fail both at once ("The …", "“We …") and are
/// spared their letter shape, a copy of the line. Only ASCII is judged here.
pub(super) fn may_open_dateline(line: &str) -> bool {
    let b = line
        .trim_start_matches([' ', '\t', '\u{feff}', '\u{a0}'])
        .as_bytes();
    let place_opens = match (b.first(), b.get(1)) {
        (Some(first), _) if first.is_ascii() && !first.is_ascii_uppercase() => false,
        (Some(_), Some(&second)) if second.is_ascii() => {
            second.is_ascii_uppercase() || matches!(second, b'.' | b'\'' | b'-')
        }
        _ => true,
    };
    place_opens || memchr::memchr(b'(', b).is_some()
}

/// Records the dateline `m` of the line `body` at byte `start` of `text`, with its wire
/// credit if it has one.
fn set_dateline(text: &str, (start, body, m): (usize, &str, Dateline), meta: &mut ArticleMeta) {
    let place = &body[m.place.clone()];
    let (s, _) = trim_span(text, start + m.whole.start, start + m.whole.end);
    // a wire's credit with no place before it ("(Reuters) - …") dates nothing
    if !place.is_empty() {
        meta.dateline = Some(place.trim_end_matches(['.', ',']).to_string());
    }
    meta.dateline_span = Some(Span::new(s, start + m.whole.end));
    if let Some(agency) = m.agency {
        let name = body[agency.clone()].trim();
        let (s, e) = (start + agency.start - 1, start + agency.end + 1);
        meta.relay_span = Some(Span::new(s, e));
        meta.relayed_from = Some(
            canonical_agency(name)
                .map(str::to_string)
                .unwrap_or_else(|| name.to_string()),
        );
    }
}

/// Most longer words capitalised: a headline ("A ‘Seismic Shift’ Among Voters May Have Won").
pub(super) fn reads_like_headline(rest: &str) -> bool {
    let words: Vec<&str> = rest
        .split_whitespace()
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
        .filter(|w| w.chars().count() >= 4)
        .collect();
    if words.len() < 3 {
        return false;
    }
    let capitalised = words
        .iter()
        .filter(|w| w.chars().next().is_some_and(char::is_uppercase))
        .count();
    capitalised * 10 >= words.len() * 7
}

/// Lines of a transcript that label their speaker, up to two: a speaker's label (see
/// `speaker_labels`) or a question's or answer's ("Q:", "A:").
pub(super) fn transcript_labels(text: &str) -> usize {
    text.split('\n')
        .filter(|l| is_turn_label(l) || is_speaker_label(l))
        .take(2)
        .count()
}

/// Lines that start with a capitalised name and a colon ("JAKE TAPPER:"), as in transcripts,
/// up to two: after spaces or tabs, an upper-case letter, then 1 to 40 upper-case letters,
/// periods, apostrophes, hyphens and spaces, and the colon. (What `is_speaker_label` counts,
/// held against the pattern it stands for in the tests.)
#[cfg(test)]
pub(super) fn speaker_labels(text: &str) -> usize {
    text.split('\n')
        .filter(|l| is_speaker_label(l))
        .take(2)
        .count()
}

/// Whether `line` opens a question-and-answer transcript's turn ("Q: …", "A: …"): a label too,
/// so that "ORTIZ:" among them is a speaker, not a dateline.
fn is_turn_label(line: &str) -> bool {
    let line = line.trim_start_matches([' ', '\t']);
    line.starts_with("Q:") || line.starts_with("A:")
}

/// Whether `line` opens with a speaker label (see `speaker_labels`). Matched in the letter
/// shape of the line up to its first colon, where the label must end, with its length counted
/// after the match: as a bounded repetition (`{1,40}`) the pattern took ~5 ms to build, and
/// with `\p{Lu}` 9 times as long. A non-ASCII capital is two or more stand-ins there, so the
/// label must also have at least three characters.
fn is_speaker_label(line: &str) -> bool {
    static LABEL: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r"^[ \t]*[A-Z][A-Z.'’\- ]+:").expect("speaker label pattern"));
    static LABEL_EXACT: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"^[ \t]*\p{Lu}[\p{Lu}.'’\- ]+:").expect("exact speaker label pattern")
    });
    let Some(colon) = line.find(':') else {
        return false;
    };
    let head = &line[..=colon];
    let found = match letter_shape(head) {
        Some(shape) => LABEL.find(&shape).map(|m| m.end()),
        None => LABEL_EXACT.find(head).map(|m| m.end()),
    };
    found.is_some_and(|end| {
        // the capital and the colon aside, 1 to 40
        let label = head[..end].trim_start_matches([' ', '\t']);
        (3..=42).contains(&label.chars().count())
    })
}
