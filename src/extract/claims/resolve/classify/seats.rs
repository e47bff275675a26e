//! A body or a role placed by "in" and a place's name: "the U.S. Embassy in Kyiv", "the
//! Chinese embassy in Manila", "police in Kyiv", "our correspondent in Kyiv". The place is
//! where the body sits or the person works, never the source's name: a government office keeps
//! it in its name ("U.S. Embassy in Kyiv", official, not the one in Warsaw), a named
//! organization goes by its own name, and an unnamed role stays unnamed with it.

use super::*;

/// The kind, canonical name and role of a mention that is a body or a role, "in", and a
/// place's name (capitalised words, "the" allowed before them, no word for a body ending
/// them but "City", "County" or "State"); `None` for any other shape. A named person placed
/// ("Ann Lee in Kyiv") is the person the name alone tells.
pub(super) fn placed_by_seat(ws: &[&str], lower: &[String]) -> Option<Classified> {
    // ("10 KILLED IN ISTANBUL" in a headline is no mention of a body)
    let p = ws.iter().rposition(|w| *w == "in")?;
    // ("Tuesday at Acme University in Berea": a time before the body is no part of it)
    let timed = lower[..p]
        .iter()
        .any(|w| lexicon::is_month(w) || lexicon::is_day_word(w));
    if p == 0 || timed {
        return None;
    }
    let place = &ws[p + 1..];
    // ("the Committee on Foreign Investment in the United States": a named body's name runs
    // on over "in the" after a capitalised word)
    let runs_on = place.first() == Some(&"the") && is_cap(ws[p - 1]);
    let place = match place.split_first() {
        Some((&"the", rest)) => rest,
        _ => place,
    };
    let (last, _) = place.split_last()?;
    let last = last.to_lowercase();
    let seat_word = matches!(last.as_str(), "city" | "county" | "state");
    let is_place = place.iter().all(|w| is_cap(w))
        && (seat_word || !is_body_word(&last))
        && !place.iter().any(|w| {
            let w = w.to_lowercase();
            lexicon::is_month(&w) || lexicon::is_day_word(&w)
        });
    if !is_place {
        return None;
    }
    let before = classify_cleaned(&ws[..p].join(" "));
    let (kind, name) = (before.0, before.1.clone());
    let placed = ws[p..].join(" ");
    match kind {
        // "the U.S. Embassy in Kyiv", "police in Kyiv": a government office, told from its
        // fellows elsewhere by its seat, which its name keeps
        SourceKind::Official => Some((kind, format!("{name} {placed}"), None)),
        // "Acme University in Berea": a named body's own name is enough
        SourceKind::Organization if !runs_on => Some((kind, name, None)),
        // "Ann Lee in Kyiv": the person the name alone tells, when it opens on a given name
        // and nothing before it is a role ("Lee crushed Diaz in Ohio" is no mention)
        SourceKind::Person if ws.first().is_some_and(|w| is_given_name(&w.to_lowercase())) => {
            before.2.is_none().then_some(before)
        }
        // "our correspondent in Kyiv", "a GP in Leeds": a role the text names no one for
        SourceKind::Anonymous | SourceKind::UnnamedGroup | SourceKind::Person
            if name.starts_with(char::is_lowercase) =>
        {
            Some((kind, lower_first(&ws.join(" ")), None))
        }
        _ => None,
    }
}
