//! State services named by a compound of common nouns, each word of which alone names a person
//! or nothing: "the coast guard", "China's coast guard", "the border guard", "the highway
//! patrol", "the Ohio State Highway Patrol". A state body speaks as "the police" or "the navy"
//! does: official, never a guard or a patrolman left unnamed.

use super::*;

/// The compounds, lower-cased and singular: the service as a body, not its members.
const SERVICES: &[&[&str]] = &[
    &["coastguard"],
    &["coast", "guard"],
    &["border", "guard"],
    &["border", "patrol"],
    &["border", "police"],
    &["border", "force"],
    &["national", "guard"],
    &["civil", "guard"],
    &["highway", "patrol"],
    &["state", "patrol"],
    &["fire", "brigade"],
    &["fire", "service"],
    &["ambulance", "service"],
    &["prison", "service"],
    &["immigration", "service"],
    &["customs", "service"],
    &["forest", "service"],
    &["park", "service"],
    &["weather", "service"],
];

/// The kind and name of a mention whose core (`core`, lower-cased `core_lower`) ends on a
/// state service's compound, with nothing before it that makes it one member ("a border
/// guard", "one coast guard" are people): official, named as written ("the coast guard",
/// "China's coast guard"), a capitalised name without its "the" ("Ohio State Highway Patrol").
pub(super) fn state_service(core: &[&str], core_lower: &[String]) -> Option<Classified> {
    SERVICES.iter().find(|s| {
        core_lower.len() >= s.len()
            && core_lower[core_lower.len() - s.len()..]
                .iter()
                .zip(s.iter())
                .all(|(w, want)| w == want)
    })?;
    let first = core_lower.first()?.as_str();
    let one = matches!(first, "a" | "an" | "one" | "another")
        || lexicon::is_number_word(first)
        || first.starts_with(|c: char| c.is_ascii_digit());
    if one {
        return None;
    }
    let written = core.join(" ");
    let name = if core.last().is_some_and(|w| is_cap(w)) {
        strip_the(&written)
    } else {
        lower_first(&written)
    };
    Some((SourceKind::Official, name, None))
}
