//! "Per" as a cue: "Per the Florida Highway Patrol, …", "…, per state officials." attribute
//! as "according to" does; "$5 per share" and "per cent" are rates.

use super::*;

/// Whether "per" at `i` attributes like "according to": opening the clause or after a comma,
/// before a determiner or a name, and up to a comma or the clause's end ("Per the Florida
/// Highway Patrol, …", "…, per state officials."); not a rate ("$5 per share", "per cent").
pub(super) fn per_source(toks: &[Tok], a: usize, b: usize, i: usize) -> bool {
    let opens = i == a || is_comma(&toks[i - 1]);
    let next = match toks.get(i + 1).filter(|_| i + 1 < b) {
        Some(t) => t,
        None => return false,
    };
    let unit = matches!(
        next.low(),
        "cent"
            | "capita"
            | "share"
            | "year"
            | "day"
            | "hour"
            | "person"
            | "month"
            | "week"
            | "annum"
            | "se"
            | "head"
            | "household"
            | "minute"
            | "game"
            | "mile"
    );
    let names = next.cap
        || matches!(
            next.low(),
            "the" | "a" | "an" | "his" | "her" | "their" | "its" | "state" | "local" | "federal"
        )
        || long_subject::is_source_noun(next.low());
    opens && names && !unit
}
