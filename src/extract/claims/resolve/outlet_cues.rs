//! Outlets a text names by "The" and one word ("The Athletic understands", "The Ringer has
//! learned"), which no known outlet's name or ending shows: the verb a newsroom uses of its
//! own reporting tells them from a person, whom news style never names with "The".

use super::*;

/// The outlet's name (without "The", as outlets are named) when `mention` is "The" and one
/// capitalised word and the verb right after it (`after` is the text that follows the
/// mention) is one of a newsroom's own finding out: "understands", "has learned", "can
/// reveal", "can confirm".
pub(super) fn outlet_by_cue(mention: &str, after: &str) -> Option<String> {
    let ws = words(mention);
    let [the, name] = ws.as_slice() else {
        return None;
    };
    let bare_name = name.chars().all(|c| c.is_alphanumeric() || c == '-');
    if !the.eq_ignore_ascii_case("the") || !is_cap(name) || !bare_name {
        return None;
    }
    let mut next = after
        .split_whitespace()
        .map(|w| w.trim_end_matches([',', '.', ';', ':']).to_lowercase());
    let mut verb = next.next()?;
    // "has learned", "can reveal", "can exclusively reveal"
    if matches!(
        verb.as_str(),
        "has" | "have" | "can" | "exclusively" | "also"
    ) {
        verb = next.next()?;
    }
    if verb == "exclusively" {
        verb = next.next()?;
    }
    // (not "reported" or "revealed": "The Vatican reported" is a body's own report)
    let newsroom = matches!(
        verb.as_str(),
        "understands" | "understood" | "learned" | "learnt" | "reveal" | "confirm"
    );
    newsroom.then(|| name.to_string())
}
