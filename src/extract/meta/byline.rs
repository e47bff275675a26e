//! Bylines without "By" near the top of an article: "Aoife Brennan, Political Correspondent"
//! on one line, a name on one line and a journalist's title on the next ("Lim Wei Ling" /
//! "Senior Correspondent"), or a newsroom's byline that names no one ("Our Staff Reporter").
//! Read word by word: the title must end in a journalist's title
//! (`lexicon::is_journalist_title`), so a line that names a source with another role stays text.

use super::lexicon::is_journalist_title;
use crate::extract::text::trim_span;
use crate::extract::types::Span;

/// How many non-blank lines at the top of an article may hold such a byline: a headline, a
/// standfirst, the byline and a date come first.
const TOP_LINES: usize = 8;

/// The longest line (in bytes) read as such a byline.
const MAX_LINE: usize = 120;

/// Lower-case particles that may stand inside a name ("Ana de la Cruz", "Ahmad bin Ismail").
const PARTICLES: &[&str] = &[
    "al", "bin", "binti", "da", "de", "del", "der", "di", "dos", "du", "la", "le", "van", "von",
];

/// Whether `word` is a capitalised word of a name: "Aoife", "O'Neill", "J.", "Smith-Jones".
fn is_name_word(word: &str) -> bool {
    let mut chars = word.chars();
    chars.next().is_some_and(char::is_uppercase)
        && chars.all(|c| c.is_alphabetic() || matches!(c, '.' | '\'' | '’' | '-'))
}

/// Whether `line` is a person's name alone: two to four capitalised words, with lower-case
/// particles between them ("Lim Wei Ling", "Ana de la Cruz").
fn is_name(line: &str) -> bool {
    // a seventh word rules the line out (`words.len() <= 6`): no need to split the rest
    let words: Vec<&str> = line.split_whitespace().take(7).collect();
    let capitalised = words.iter().filter(|w| is_name_word(w)).count();
    (2..=4).contains(&capitalised)
        && words.len() <= 6
        && words.first().is_some_and(|w| is_name_word(w))
        && words.last().is_some_and(|w| is_name_word(w))
        && words
            .iter()
            .all(|w| is_name_word(w) || PARTICLES.contains(w))
}

/// Whether `line` is a journalist's title alone: one to five words of letters, the first
/// capitalised, ending in a journalist's title ("Senior Correspondent", "Environment
/// correspondent", "Washington Bureau Chief"). An article ("a reporter") makes it prose.
fn is_title(line: &str) -> bool {
    let words: Vec<&str> = line.split_whitespace().collect();
    let plain = |w: &&str| {
        w.chars()
            .all(|c| c.is_alphabetic() || matches!(c, '-' | '&'))
    };
    (1..=5).contains(&words.len())
        && words.iter().all(plain)
        && words[0].chars().next().is_some_and(char::is_uppercase)
        && !words
            .iter()
            .any(|w| matches!(w.to_lowercase().as_str(), "a" | "an" | "the"))
        && is_journalist_title(&words)
}

/// Whether `line` is "Name, Title": "Aoife Brennan, Political Correspondent".
fn is_name_and_title(line: &str) -> bool {
    line.split_once(',')
        .is_some_and(|(name, title)| is_name(name) && is_title(title))
}

/// Whether `line` is a newsroom's byline that names no one, as South Asian papers write
/// them: "Our Staff Reporter", "Our Correspondent", "Our Bureau", "Special Correspondent",
/// "Staff Reporter", "Web Desk", "Bureau Report", after an optional "By" or "From"; a paper's
/// own news service or its initials before a journalist's title ("Express News Service",
/// "Tribune News Service", "TNN", "HT Correspondent"); any of them with the city after "|" or
/// a comma ("Express News Service | Bengaluru").
fn is_house_byline(line: &str) -> bool {
    // the longest, "Express News Service | Thiruvananthapuram", has 41 bytes: most lines stop
    // here
    if line.len() > 48 {
        return false;
    }
    let line = match line.split_once(['|', ',']) {
        Some((house, city)) if is_city(city) => house.trim(),
        _ => line,
    };
    let words: Vec<&str> = line.split_whitespace().collect();
    let words = match words.split_first() {
        Some((first, rest))
            if first.eq_ignore_ascii_case("by") || first.eq_ignore_ascii_case("from") =>
        {
            rest
        }
        _ => &words[..],
    };
    let low = |i: usize| words.get(i).map(|w| w.to_lowercase());
    if words.is_empty()
        || words.len() > 4
        || !words[0].chars().next().is_some_and(char::is_uppercase)
    {
        return false;
    }
    let rest = &words[1..];
    match low(0).as_deref() {
        // "Our Bureau", "Our Special Correspondent", "Our Correspondents"
        Some("our") => {
            low(1).as_deref() == Some("bureau") && words.len() == 2 || is_descriptor(rest)
        }
        Some("special" | "staff") => !rest.is_empty() && is_descriptor(rest),
        // the Times of India's "Times News Network"
        Some("tnn") => words.len() == 1 && words[0] == "TNN",
        _ if is_initials(words[0]) && !rest.is_empty() && is_descriptor(rest) => true,
        _ => {
            words.len() == 2
                && (low(1).as_deref() == Some("desk") && words[1].starts_with('D')
                    || low(0).as_deref() == Some("bureau") && words[1] == "Report")
                || is_news_service(words)
        }
    }
}

/// Whether `word` is a paper's initials: two to four upper-case ASCII letters ("HT", "DH").
fn is_initials(word: &str) -> bool {
    (2..=4).contains(&word.len()) && word.bytes().all(|b| b.is_ascii_uppercase())
}

/// Whether `words` are a paper's news service: one or two capitalised words, then "News
/// Service" ("Express News Service", "Tribune News Service", "DH News Service").
fn is_news_service(words: &[&str]) -> bool {
    (3..=4).contains(&words.len())
        && words[words.len() - 2..] == ["News", "Service"]
        && words[..words.len() - 2].iter().all(|w| is_name_word(w))
}

/// Whether `part` is a city after a house byline: one to three capitalised words
/// ("Bengaluru", "New Delhi").
fn is_city(part: &str) -> bool {
    let words: Vec<&str> = part.split_whitespace().collect();
    (1..=3).contains(&words.len()) && words.iter().all(|w| is_name_word(w))
}

/// The bylines without "By" among the first lines of `text`: a "Name, Title" line, or a name
/// line with a title line next (blank lines between allowed), both then bylines.
pub(super) fn find_top_bylines(text: &str, out: &mut Vec<Span>) {
    let mut at = 0;
    let mut top: Vec<(usize, &str)> = Vec::with_capacity(TOP_LINES);
    for line in text.split('\n') {
        let start = at;
        at += line.len() + 1;
        let body = line.trim_end_matches('\r');
        if body.trim().is_empty() {
            continue;
        }
        top.push((start, body));
        if top.len() == TOP_LINES {
            break;
        }
    }
    let mut push = |start: usize, line: &str| {
        let (s, e) = trim_span(text, start, start + line.len());
        if s < e {
            out.push(Span::new(s, e));
        }
    };
    for (i, &(start, line)) in top.iter().enumerate() {
        if line.len() > MAX_LINE {
            continue;
        }
        if is_name_and_title(line.trim()) || is_house_byline(line.trim()) {
            push(start, line);
        } else if is_name(line.trim()) {
            if let Some(&(next_start, next)) = top.get(i + 1) {
                if next.len() <= MAX_LINE && is_title(next.trim()) {
                    push(start, line);
                    push(next_start, next);
                }
            }
        }
    }
}

/// Whether `part` is an e-mail address alone: "akowalczyk@example.com".
fn is_email(part: &str) -> bool {
    let p = part.trim();
    !p.contains(char::is_whitespace)
        && p.split_once('@')
            .is_some_and(|(user, domain)| !user.is_empty() && domain.contains('.'))
}

/// Whether `part` names an outlet: one to four capitalised words or short numbers, the first
/// a word ("KVTR News 7", "The Marlow Ledger", "CNN").
fn is_outlet(part: &str) -> bool {
    let words: Vec<&str> = part.split_whitespace().collect();
    let number = |w: &&str| w.len() <= 3 && w.bytes().all(|b| b.is_ascii_digit());
    (1..=4).contains(&words.len())
        && is_name_word(words[0])
        && words
            .iter()
            .all(|w| is_name_word(w) || number(w) || *w == "&")
}

/// Whether `words` are a journalist's title, singular or plural, written in any case and with
/// no article: "state political reporter", "Europe correspondent", "political reporters".
fn is_descriptor(words: &[&str]) -> bool {
    let plain = |w: &&str| {
        w.chars().all(|c| c.is_alphabetic() || c == '-')
            && !matches!(w.to_lowercase().as_str(), "a" | "an" | "the")
    };
    let Some((last, rest)) = words.split_last() else {
        return false;
    };
    let mut singular = rest.to_vec();
    singular.push(last.strip_suffix('s').unwrap_or(last));
    words.len() <= 6 && words.iter().all(plain) && is_journalist_title(&singular)
}

/// Whether `part` is a name after a journalist's title ("state political reporter Lachlan
/// Ferris", "Europe correspondent Ana de la Cruz"), as the ABC writes its bylines.
fn is_described_name(part: &str) -> bool {
    let words: Vec<&str> = part.split_whitespace().collect();
    (1..words.len().saturating_sub(1))
        .any(|t| is_descriptor(&words[..=t]) && is_name(&words[t + 1..].join(" ")))
}

/// Where the time stamp a web byline ends with starts ("By Jordan Whitehorse · CBC News ·
/// Posted: Mar 03, 2025 4:12 PM CST | Last Updated: March 4"): at a "·", "|" or "," before
/// "Posted", "Published", "Updated" or "Last updated"; the end of `rest` if none.
fn stamp_start(rest: &str) -> usize {
    const STAMPS: [&str; 5] = [
        "posted",
        "published",
        "updated",
        "last updated",
        "first published",
    ];
    rest.match_indices(['·', '|', ','])
        .find(|&(i, sep)| {
            let after = rest[i + sep.len()..].trim_start();
            STAMPS.iter().any(|w| {
                after
                    .get(..w.len())
                    .is_some_and(|h| h.eq_ignore_ascii_case(w))
            })
        })
        .map_or(rest.len(), |(i, _)| i)
}

/// Whether `line` is a byline that `BYLINE_OR_STAMP` does not read: "By" and names (one after
/// a journalist's title: "By state political reporter Lachlan Ferris"), then, after a comma or
/// "|", more names, an outlet, a title or an e-mail address ("By Carla Mendez, KVTR News 7",
/// "By Alyssa Kowalczyk | akowalczyk@example.com"; "·" separates as the CBC sets it), and a
/// closing time stamp (`stamp_start`).
pub(super) fn is_by_line(line: &str) -> bool {
    let rest = line.trim();
    let Some(rest) = rest
        .get(..3)
        .filter(|h| h.eq_ignore_ascii_case("by ") || h.eq_ignore_ascii_case("by\t"))
        .map(|_| &rest[3..])
    else {
        return false;
    };
    let rest = &rest[..stamp_start(rest)];
    let mut parts = rest
        .split([',', '|', '·'])
        .flat_map(|seg| {
            let seg = seg.trim();
            let seg = seg
                .strip_prefix("and ")
                .or_else(|| seg.strip_prefix("& "))
                .unwrap_or(seg);
            seg.split(" and ").flat_map(|p| p.split(" & "))
        })
        .map(str::trim);
    let Some(first) = parts.next() else {
        return false;
    };
    // "By Monday Morning, Officials Had Left" is a headline, not a name and an outlet
    let no_name = first
        .split_whitespace()
        .any(|w| crate::extract::claims::is_day_word(&w.to_lowercase()));
    let named = |p: &str| is_name(p) || is_described_name(p);
    !no_name
        && named(first)
        && parts.all(|p| {
            named(p)
                || is_outlet(p)
                || is_email(p)
                || is_descriptor(&p.split_whitespace().collect::<Vec<_>>())
        })
}

/// Whether `line` is an outlet's name alone, as print pages set it under the byline ("By Rachel
/// Torres" / "The Washington Post"): `is_outlet`, with a lower-case letter, so that a
/// dateline set in capitals on its own line ("WASHINGTON") stays the dateline, and with no
/// full stop, so that a one-word paragraph ("Text.") stays text.
fn is_outlet_line(line: &str) -> bool {
    is_outlet(line) && line.chars().any(char::is_lowercase) && !line.ends_with(['.', '!', '?', ':'])
}

/// The lines right after a "By" line (`by_lines`) that carry its title, outlet or e-mail
/// address: "Staff Writer, The Marlow Ledger", "Staff Writer | The Marlow Ledger",
/// "The Washington Post", "akowalczyk@example.com", up to two lines, blank lines between allowed.
pub(super) fn after_by_lines(text: &str, by_lines: &[Span], out: &mut Vec<Span>) {
    let carries = |line: &str| {
        let line = line.trim();
        line.len() <= MAX_LINE
            && (is_title(line)
                || is_email(line)
                || is_outlet_line(line)
                || line.split_once([',', '|']).is_some_and(|(title, tail)| {
                    is_title(title.trim()) && (is_outlet(tail.trim()) || is_email(tail))
                }))
    };
    for by in by_lines {
        let mut at = text[by.end..]
            .find('\n')
            .map_or(text.len(), |i| by.end + i + 1);
        let mut taken = 0;
        while at < text.len() && taken < 2 {
            let end = text[at..].find('\n').map_or(text.len(), |i| at + i);
            let line = &text[at..end];
            if !line.trim().is_empty() {
                if !carries(line) {
                    break;
                }
                let (s, e) = trim_span(text, at, end);
                out.push(Span::new(s, e));
                taken += 1;
            }
            at = end + 1;
        }
    }
}
