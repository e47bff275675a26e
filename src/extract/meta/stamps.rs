//! Live-blog time stamps: a time that labels an update ("12:09 p.m. — Calloway says …",
//! "14:20 GMT – Markets open") or stands on a line of its own ("9:30 a.m. ET"). The time and
//! its dash are boilerplate; the update after them is text of its own.

use std::sync::LazyLock;

use regex::Regex;

use crate::extract::text::trim_span;
use crate::extract::types::Span;

/// A time at the start of a line, then a dash and the update, or the line's end: "12:05 p.m.
/// —", "9:30 a.m. ET -", "14:20 GMT –", "1.30pm —". A time written with a period needs "am"
/// or "pm" ("2.5 — " is a number). `label` ends after the dash.
static STAMP: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^[ \t\u{a0}]*(?:\d{1,2}:\d{2}(?:[ \t\u{a0}]*(?:[aApP]\.?[mM]\.?))?|\d{1,2}\.\d{2}[ \t\u{a0}]*[aApP]\.?[mM]\.?)(?:[ \t\u{a0}]*(?:ET|EST|EDT|CT|CST|CDT|MT|MST|MDT|PT|PST|PDT|GMT|UTC|BST|CET|CEST|IST|AEST|AEDT|HKT|SGT|JST|local time))?(?:[ \t\u{a0}\r]*$|(?P<label>[ \t\u{a0}]*(?:—|–|―|--?)[ \t\u{a0}]+)\S)",
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
    let end = c.name("label").map_or(line.len(), |label| label.end());
    let (s, e) = trim_span(text, at, at + end);
    (s < e).then(|| Span::new(s, e))
}
