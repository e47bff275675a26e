//! Boilerplate: the passages of a news page that are never claims (see-also and read-more
//! links, subscription and social prompts, bylines, time stamps, credits and copyright lines).

use std::sync::LazyLock;

use regex::Regex;

use super::has_ascii_fold;
pub(super) use super::own_lines::{
    holds_credit_words, is_byline_or_stamp, is_credit_line, may_be_byline_or_stamp, may_be_credit,
};
use crate::extract::text::trim_span;
use crate::extract::types::{ArticleMeta, Span};

/// A line that is a page element, not article text: a pattern that matches a whole line,
/// matched in the ASCII-lower-cased line (see `RELAY_LEAD`; as `(?i)` over the original it was
/// 35% slower to build). After "follow" and "source:" it takes any non-ASCII character, not only
/// a word character: `is_boilerplate_line` checks them. The line may open with a dash, as a
/// credit that closes a story does ("— With files from The Canadian Press").
/// Its runs of bounded length (`BOUNDED`) are unbounded here, each in a group of its own, and
/// `is_boilerplate_line` counts them: written out, bounded repetitions took half the time the
/// stage spends building its patterns.
static BOILERPLATE_LINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&boilerplate_line_pattern(super::LOOSE_WORD, false))
        .expect("boilerplate line pattern")
});

/// `BOILERPLATE_LINE` as it reads the original line, for the rare line where the lower-cased
/// copy could read otherwise.
static BOILERPLATE_LINE_EXACT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!("(?i){}", boilerplate_line_pattern(r"\w", true)))
        .expect("exact boilerplate line pattern")
});

/// The runs of bounded length in the boilerplate line pattern: their group's name in
/// `BOILERPLATE_LINE`, their class and the most characters they take ("Source: … agencies",
/// "Updated … : added", "Reach … at …@", "AP writers … contributed", "appeared in … issue").
const BOUNDED: [(&str, &str, usize); 5] = [
    ("source", r"[^.\n]+", 60),
    ("update", r"[^:\n]*", 30),
    ("reach", r"[a-z .'’\-]+", 40),
    ("credit", r"[^\n]+", 160),
    ("issue", r"[^.\n]*", 40),
];

/// The boilerplate line pattern with `word` as the class of the words after "follow" and
/// "source:"; with `bounded`, each run of `BOUNDED` is written with its bounds (`{1,60}`),
/// otherwise it is unbounded in a group of its name.
fn boilerplate_line_pattern(word: &str, bounded: bool) -> String {
    let run = |k: usize| {
        let (name, class, most) = BOUNDED[k];
        // "[^.\n]+" or "[^.\n]*": the class and its least count, 1 or 0
        let (class, least) = class.split_at(class.len() - 1);
        let least = if least == "+" { 1 } else { 0 };
        if bounded {
            format!("{class}{{{least},{most}}}")
        } else {
            format!("(?P<{name}>{class}{})", if least == 1 { "+" } else { "*" })
        }
    };
    let (source, update, reach, credit, issue) = (run(0), run(1), run(2), run(3), run(4));
    format!(
        r"^[ \t\u{{a0}}\u{{feff}}]*(?:(?:-+|–|—)\s*)?(?:see also(?-u:\b)|read more(?-u:\b)|read also(?-u:\b)|also read(?-u:\b)|read next(?-u:\b)|related(?-u:\b)(?: (?:articles?|stories|coverage|content|news|reading|links?|topics?))?\s*:|related\s*$|recommended(?-u:\b)(?: for you| stories| reading)?\s*:|more on this(?-u:\b)|more from(?-u:\b)|more stories(?-u:\b)|watch\s*:|watch now(?-u:\b)|listen\s*:|click here(?-u:\b)|tap here(?-u:\b)|subscribe(?-u:\b)|sign up(?-u:\b)|sign in to(?-u:\b)|log in to(?-u:\b)|register now(?-u:\b)|join our(?-u:\b)|get (?:our|the latest|breaking)(?-u:\b)|don'?t miss(?-u:\b)|follow (?:us|@|(?P<w>{word}+) on (?:twitter|x|facebook|instagram|linkedin|threads|bluesky))|like us on(?-u:\b)|share (?:this|on)(?-u:\b)|share\s*$|tweet\s*$|advertisement(?-u:\b)|ad\s*$|sponsored(?-u:\b)|story continues below(?-u:\b)|continue reading(?-u:\b)|scroll to continue(?-u:\b)|copyright(?-u:\b)|\(c\)\s*\d{{4}}|©|all rights reserved(?-u:\b)|(?:photo|image|picture|video|graphic)s?\s*(?:credit|caption)?\s*:|caption\s*:|(?:photo|image|picture)s? (?:by|courtesy of)(?-u:\b)|file photo(?-u:\b)|credit\s*:|contribut(?:ing|ors?)\s*:|editor(?:'|’)?s(?:'|’)? note\s*:|source\s*:\s*(?P<v>{word}+)\s*$|source\s*:{source}(?:agencies|wires|reports)\s*$|\(?reporting by(?-u:\b)|\(?additional reporting by(?-u:\b)|\(?writing by(?-u:\b)|\(?editing by(?-u:\b)|\(?compiled by(?-u:\b)|our standards\s*:|(?:this|the) (?:story|article) (?:has been|was) (?:updated|corrected|amended)(?-u:\b)|(?:tags|topics|filed under)\s*:|newsletter(?-u:\b)|download (?:our|the)(?: \S+)? app(?-u:\b)|never miss a (?:story|thing|beat)(?-u:\b)|follow (?:live|the latest|our live) (?:updates|coverage)(?-u:\b)|welcome to (?:our|the) live (?:coverage|blog|updates)(?-u:\b)|follow our live (?:[a-z]+ )?blog(?-u:\b)|embargoed (?:until|till|to)(?-u:\b)|under embargo (?:until|till)(?-u:\b)|journal reference\s*:|\(?only the headline and picture of this report(?-u:\b)|most (?:popular|read)\s*$|-+\s*with assistance from(?-u:\b)|to contact the (?:reporter|reporters|editor|editors|author)(?-u:\b)|update(?:d)?(?:,|\s){update}:\s*added(?-u:\b)|(?:want|got) (?:more|a (?:news )?tip)(?-u:\b)|contact (?:us|the (?:author|writer|reporter))(?-u:\b)|email (?:us|the author)(?-u:\b)|(?:this|the) (?:article|story|report) was (?:produced|published|reported) (?:for|in partnership|with|as part)(?-u:\b)|do you have (?:information|a tip|a story)(?-u:\b)|(?:reach|contact) {reach} at [^\s@]+@|(?:[a-z'’\-]+ ){{1,3}}(?:covers|writes about|reports on) [^.\n]+\. (?:reach|contact|email) (?:him|her|them) at [^\s@]+@|doi\s*:\s*10\.|\(with inputs from(?-u:\b)|(?:tnn|pti|ians|ani|agencies)\s*\|\s|(?:associated press|ap|reuters|afp|bloomberg) (?:staff )?(?:writers?|reporters?|correspondents?|journalists?) {credit} contributed(?-u:\b)|with files from(?-u:\b)|for more information,? (?:visit|go to|call|contact)(?-u:\b)|(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{{1,2}},?\s+\d{{4}}\s*$|(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?\d{{1,2}}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?,?\s+\d{{4}}\s*$|(?:this|the) (?:article|story|piece|essay|feature) (?:originally |also )?(?:appears|appeared|will appear|ran) in (?:the |our )?{issue}(?:issue|edition)(?-u:\b)|(?:this|the) (?:article|story|piece|report) (?:was|is|has been) (?:originally |first )?(?:re)?published (?:by|in|on|with|under|from)(?-u:\b)|for (?:media|press) (?:enquiries|inquiries)(?-u:\b)|(?:media|press) (?:enquiries|inquiries|contacts?)\s*:|this is part of (?:the )?(?:ap|associated press|reuters|afp)(?:'|’)s? (?:ongoing )?effort to(?-u:\b)|learn more about fact-checking at(?-u:\b)|(?:the )?(?:trial|hearing|inquest) continues\.?\s*$|key events\s*$).*$"
    )
}

/// Whether `line` (without its "\n") is a page element as `BOILERPLATE_LINE_EXACT` reads it;
/// `lowered` is its ASCII-lower-cased copy. The copy's pattern only allows more, so it decides
/// alone where it does not match or its words after "follow" and "source:" are ASCII (then
/// ASCII word characters); otherwise, or where the line holds a character that folds to ASCII,
/// the exact pattern does. `fold` says whether the article holds such a character
/// (`has_ascii_fold` of the whole text, once, instead of a search of every line).
pub(super) fn is_boilerplate_line(line: &str, lowered: &str, fold: bool) -> bool {
    if fold && has_ascii_fold(line) {
        return BOILERPLATE_LINE_EXACT.is_match(line);
    }
    // most lines do not match: the plain test first, the groups only for those that do
    if !BOILERPLATE_LINE.is_match(lowered) {
        return false;
    }
    let c = BOILERPLATE_LINE.captures(lowered).expect("a match");
    // a match whose runs keep their bounds is one of the pattern with its bounds
    let within = BOUNDED.iter().all(|(name, _, most)| {
        c.name(name)
            .map_or(true, |r| r.as_str().chars().count() <= *most)
    });
    let ascii = |g: &str| c.name(g).map_or(true, |w| w.as_str().is_ascii());
    (within && (lowered.is_ascii() || ascii("w") && ascii("v")))
        || BOILERPLATE_LINE_EXACT.is_match(line)
}

/// A boilerplate phrase in the middle of a line, covered up to the end of its parenthesis or
/// line: "(system supported by …)", "(AP Photo/…)", "(Photo: …)", "All rights reserved.".
/// Matched in the ASCII-lower-cased text, where its literal openings can be scanned for (see
/// `RELAY_LEAD`); `©` must then be followed by a year or, in the original text, a capital
/// (`copyright_holder_follows`). The parenthesis and the tail after a copyright are at most 200
/// characters; `find_inline` counts them, since as bounded repetitions (`{0,200}`) they made
/// this the slowest pattern of the stage to build (1.5 ms instead of 0.15 ms).
static BOILERPLATE_INLINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"\((?:system supported by|powered by|supported by|ap photo|reuters/|photo\s*:|photo by|photos? courtesy|image\s*:|file photo|getty images|afp photo|video\s*:)(?P<paren>[^()\n]*)\)|(?:©|(?-u:\b)copyright\s+(?:©\s*)?\d{4})(?P<tail>[^\n]*)|(?-u:\b)all rights reserved\.?",
    )
    .expect("inline boilerplate pattern")
});

/// The first match of `BOILERPLATE_INLINE` at or after `from` as the pattern with its bounds
/// written out (`[^()\n]{0,200}\)`, `[^\n]{0,200}`) finds it. At a given "(" at most one of
/// the openings matches and the parenthesis must close at its first ")", so a longer one
/// means no match starts there and the search goes on from the next character; the tail after
/// a copyright always matches and is cut to its first 200 characters.
pub(super) fn find_inline(lowered: &str, mut from: usize) -> Option<(usize, usize)> {
    loop {
        let c = BOILERPLATE_INLINE.captures_at(lowered, from)?;
        let whole = c.get(0).expect("match");
        if c.name("paren")
            .is_some_and(|p| p.as_str().chars().count() > 200)
        {
            // "(" is one byte
            from = whole.start() + 1;
            continue;
        }
        let end = c.name("tail").map_or(whole.end(), |t| {
            let tail = t.as_str();
            tail.char_indices()
                .nth(200)
                .map_or(t.end(), |(i, _)| t.start() + i)
        });
        return Some((whole.start(), end));
    }
}

/// Whether a match of `BOILERPLATE_INLINE` at `at` is one: a "©" not followed by a year must
/// be followed by a capital in the original text ("© Reuters", not "©s").
fn copyright_holder_follows(text: &str, at: usize) -> bool {
    let Some(rest) = text[at..].strip_prefix('©') else {
        return true;
    };
    let rest = rest.trim_start();
    let year = rest.len() >= 4 && rest.as_bytes()[..4].iter().all(u8::is_ascii_digit);
    year || rest.chars().next().is_some_and(char::is_uppercase)
}

/// The lines of `text` (without their "\n") with their byte offsets, as `text.split('\n')`
/// gives them. The newlines are found by `memchr`'s vectorised search: `split` reads a word at a
/// time, and the stage walks every line of the article twice.
pub(super) fn lines(text: &str) -> impl Iterator<Item = (usize, &str)> {
    let mut at = 0;
    memchr::memchr_iter(b'\n', text.as_bytes())
        .chain(std::iter::once(text.len()))
        .map(move |end| {
            let start = at;
            at = end + 1;
            (start, &text[start..end])
        })
}

/// A live blog's time stamp, or its whole line when the update after it is boilerplate too
/// ("16:00 Welcome to our live coverage of the fires.").
fn stamped_boilerplate(
    text: &str,
    lowered: &str,
    fold: bool,
    (at, line): (usize, &str),
    stamp: Span,
) -> Span {
    let (rest, end) = (stamp.end, at + line.len());
    if rest < end && is_boilerplate_line(&text[rest..end], &lowered[rest..end], fold) {
        let (s, e) = trim_span(text, at, end);
        return Span::new(s, e);
    }
    stamp
}

/// Finds the boilerplate of `text`; `lowered` is its ASCII-lower-cased copy, `notices` whether
/// it may hold an update notice (`prefilters::present`).
pub(super) fn find_boilerplate(
    (text, lowered): (&str, &str),
    notices: bool,
    meta: &mut ArticleMeta,
) {
    // The line patterns are anchored at the start: tried once per line, they stop after a few
    // bytes on ordinary paragraphs instead of scanning the whole text.
    let mut bylines = Vec::new();
    let fold = has_ascii_fold(text);
    // the lines, found once for the four walks over them below; the words of a credit line
    // and of a PTI sign-off looked for in the whole text first (most articles hold neither)
    let all_lines: Vec<(usize, &str)> = lines(text).collect();
    let (credits, pti) = (holds_credit_words(text), super::wire::holds_pti(text));
    for &(at, line) in &all_lines {
        // the blank line between two paragraphs (half of all lines) is none of these
        // (`empty_lines_hold_no_boilerplate`)
        if line.is_empty() {
            continue;
        }
        if is_boilerplate_line(line, &lowered[at..at + line.len()], fold) {
            // Whole lines only when they are short: a long paragraph that begins "Subscribers
            // say …" is text.
            if line.len() <= 300 || line.trim_start().to_lowercase().starts_with("copyright") {
                let (s, e) = trim_span(text, at, at + line.len());
                if s < e {
                    meta.boilerplate.push(Span::new(s, e));
                }
            }
        }
        if let Some(span) = super::stamps::time_stamp(text, at, line)
            .map(|stamp| stamped_boilerplate(text, lowered, fold, (at, line), stamp))
            .or_else(|| super::labels::fact_check_label(text, at, line))
            .or_else(|| super::labels::list_heading(text, at, line))
            .or_else(|| super::labels::kicker_line(text, at, line))
            .or_else(|| super::labels::wire_credit(text, at, line))
            .or_else(|| super::labels::correction_notice(text, at, line))
            .or_else(|| pti.then(|| super::wire::pti_sign_off(at, line)).flatten())
            .or_else(|| super::wire::enditem_sign_off(at, line))
            .or_else(|| super::wire::agency_line(at, line))
        {
            meta.boilerplate.push(span);
        }
        if credits && may_be_credit(line) && is_credit_line(line) {
            let (s, e) = trim_span(text, at, at + line.len());
            if s < e {
                bylines.push(Span::new(s, e));
            }
        }
        if line.len() <= 400
            && may_be_byline_or_stamp(line)
            && (is_byline_or_stamp(line) || super::byline::is_by_line(line))
        {
            let (s, e) = trim_span(text, at, at + line.len());
            if s < e && e - s <= 160 {
                bylines.push(Span::new(s, e));
            }
        }
    }
    contact_block(text, &all_lines, &mut meta.boilerplate);
    super::link_lists::link_lists(text, &all_lines, &mut meta.boilerplate);
    super::appeals::police_appeals(text, lowered, &mut meta.boilerplate);
    super::verification::verification_notes(text, lowered, &mut meta.boilerplate);
    if notices {
        super::notices::update_notices(text, lowered, &mut meta.boilerplate);
    }
    super::notices::court_notices((text, lowered), &all_lines, &mut meta.boilerplate);
    meta.boilerplate.extend(super::stamps::date_stamp(text));
    let by_lines: Vec<Span> = bylines
        .iter()
        .filter(|b| {
            b.of(text)
                .get(..2)
                .is_some_and(|h| h.eq_ignore_ascii_case("by"))
        })
        .copied()
        .collect();
    super::byline::after_by_lines(text, &by_lines, &mut bylines);
    super::byline::find_top_bylines(text, &mut bylines);
    meta.boilerplate.extend(bylines);
    if let Some(span) = wire_sign_off(text, &meta.boilerplate) {
        meta.boilerplate.push(span);
    }
    super::footers::print_footer(text, &mut meta.boilerplate);
    super::factcheck::fact_check_furniture((text, lowered), &all_lines, &mut meta.boilerplate);
    let mut from = 0;
    while let Some((start, end)) = find_inline(lowered, from) {
        if !copyright_holder_follows(text, start) {
            // a stray sign: look on from the next character
            from = start + '©'.len_utf8();
            continue;
        }
        from = end;
        let (s, e) = trim_span(text, start, end);
        if s < e {
            meta.boilerplate.push(Span::new(s, e));
        }
    }
}

/// The lines after a wire's contact heading ("To contact the reporter on this story:", "To
/// contact the editors responsible for this story:"): the names and e-mail addresses of its
/// staff ("Ann Lee in London at alee@example.net", "Bo Diaz, Ed Lim"), boilerplate up to the
/// first line that is neither (blank lines aside). `lines` are `text`'s (`lines`).
fn contact_block(text: &str, lines: &[(usize, &str)], found: &mut Vec<Span>) {
    let heading = |line: &str| {
        let l = line.trim_start();
        l.get(..15)
            .is_some_and(|h| h.eq_ignore_ascii_case("to contact the "))
    };
    let mut open = false;
    for &(at, line) in lines {
        if heading(line) {
            open = true;
            continue;
        }
        if !open {
            continue;
        }
        let body = line.trim();
        if body.is_empty() {
            continue;
        }
        open = body.len() <= 200 && (body.contains('@') || is_name_list(body));
        if open {
            let (s, e) = trim_span(text, at, at + line.len());
            found.push(Span::new(s, e));
        }
    }
}

/// Whether `line` is only names: capitalised words, commas and "and" ("Bo Diaz, Ed Lim and
/// Ann Lee"), two to twelve words.
fn is_name_list(line: &str) -> bool {
    let words: Vec<&str> = line.split_whitespace().collect();
    (2..=12).contains(&words.len())
        && words.iter().all(|w| {
            let w = w.trim_end_matches(',');
            w == "and"
                || w.chars().next().is_some_and(char::is_uppercase)
                    && w.chars().all(|c| c.is_alphabetic() || ".'’-".contains(c))
        })
}

/// Whether `line` is a wire desk's sign-off of staff initials: "bur-js/ah/cw", "mlm/jm":
/// lower-case groups of two to four letters joined by "/" (at least one) and "-".
fn is_sign_off(line: &str) -> bool {
    line.len() <= 40
        && line.contains('/')
        && line
            .split(['/', '-'])
            .all(|g| (2..=4).contains(&g.len()) && g.bytes().all(|b| b.is_ascii_lowercase()))
}

/// The span of a wire sign-off (`is_sign_off`) on the last line of `text` that is neither
/// blank nor already in `found` (a copyright line may follow it).
fn wire_sign_off(text: &str, found: &[Span]) -> Option<Span> {
    let (s, e) = lines_from_end(text, found).next()?;
    is_sign_off(&text[s..e]).then(|| Span::new(s, e))
}

/// The trimmed spans of `text`'s lines from the last up, past blank lines and lines already in
/// `found`: where a sign-off or a footer is looked for.
pub(super) fn lines_from_end<'a>(
    text: &'a str,
    found: &'a [Span],
) -> impl Iterator<Item = (usize, usize)> + 'a {
    let mut end = text.len();
    text.rsplit('\n').filter_map(move |line| {
        let start = end - line.len();
        end = start.saturating_sub(1);
        let (s, e) = trim_span(text, start, start + line.len());
        (s < e && !found.iter().any(|b| b.start <= s && e <= b.end)).then_some((s, e))
    })
}
