//! Live-blog time stamps: a time that labels an update ("12:09 p.m. — Calloway says …",
//! "14:20 GMT – Markets open") or stands on a line of its own ("9:30 a.m. ET"). The time and
//! its dash are boilerplate; the update after them is text of its own.

use std::sync::LazyLock;

use regex::Regex;

use crate::extract::text::trim_span;
use crate::extract::types::Span;

/// A time at the start of a line, then a dash and the update, or the line's end: "12:05 p.m.
/// —", "9:30 a.m. ET -", "14:20 GMT –", "1.30pm —". A time written with a period needs "am"
/// or "pm" ("2.5 — " is a number). `label` ends after the dash; with no dash, `bare` ends
/// before the capital that opens the update ("17:15 A resident near Adelong told …").
static STAMP: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^[ \t\u{a0}]*(?:\d{1,2}:\d{2}(?:[ \t\u{a0}]*(?:[aApP]\.?[mM]\.?))?|\d{1,2}\.\d{2}[ \t\u{a0}]*[aApP]\.?[mM]\.?)(?:[ \t\u{a0}]*(?:ET|EST|EDT|CT|CST|CDT|MT|MST|MDT|PT|PST|PDT|GMT|UTC|BST|CET|CEST|IST|AEST|AEDT|HKT|SGT|JST|local time))?(?:[ \t\u{a0}\r]*$|(?P<label>[ \t\u{a0}]*(?:—|–|―|--?)[ \t\u{a0}]+)\S|(?P<bare>[ \t\u{a0}]+)[A-Z])",
    )
    .expect("time stamp pattern")
});

/// The boilerplate span of a time stamp at the start of `line`, a line of `text` at byte
/// `at`: the time and its dash, or the whole line when it holds only a time.
pub(super) fn time_stamp(text: &str, at: usize, line: &str) -> Option<Span> {
    let first = line
        .trim_start_matches([' ', '\t', '\u{a0}'])
        .bytes()
        .next();
    if !first.is_some_and(|b| b.is_ascii_digit()) {
        return None;
    }
    let c = STAMP.captures(line)?;
    let end = c
        .name("label")
        .or_else(|| c.name("bare"))
        .map_or(line.len(), |label| label.end());
    let (s, e) = trim_span(text, at, at + end);
    (s < e).then(|| Span::new(s, e))
}

/// A full date at the start of a line, then a dash or colon and the text: "Nov 27, 2026 —",
/// "Wednesday, November 27, 2026 –", "27 Nov 2026 -". `label` ends after the dash.
static DATE_STAMP: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^[ \t\u{a0}\u{feff}]*(?i:(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?[ \t]+)?(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?[ \t]+\d{1,2}(?:st|nd|rd|th)?,?|\d{1,2}[ \t]+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?,?)[ \t]+\d{4})(?P<label>[ \t\u{a0}]*(?:—|–|―|--?|:)[ \t\u{a0}]+)\S",
    )
    .expect("date stamp pattern")
});

/// How many non-blank lines at the top of an article may open with its date (`DATE_STAMP`): a
/// headline, a standfirst and a byline may come first.
const DATE_LINES: usize = 8;

/// The boilerplate span of the date that opens the story's first lines in place of a
/// dateline, with its dash ("Nov 27, 2026 — A widespread outage …"): the article's date, not
/// part of its lede. Only the first such date, and only before a line that ends a sentence:
/// further down, a date and a dash are a timeline's entries.
pub(super) fn date_stamp(text: &str) -> Option<Span> {
    let mut at = 0;
    for line in text
        .split('\n')
        .filter_map(|l| {
            let start = at;
            at += l.len() + 1;
            (!l.trim().is_empty()).then_some((start, l))
        })
        .take(DATE_LINES)
    {
        let (start, body) = line;
        let Some(c) = DATE_STAMP.captures(body) else {
            if body.trim_end().ends_with(['.', '!', '?', '"', '”']) {
                // the story has begun
                return None;
            }
            continue;
        };
        let label = c.name("label")?;
        let lower = body[label.end()..]
            .chars()
            .filter(|c| c.is_lowercase())
            .count();
        if lower < 3 {
            return None;
        }
        let (s, e) = trim_span(text, start, start + label.end());
        return (s < e).then(|| Span::new(s, e));
    }
    None
}
