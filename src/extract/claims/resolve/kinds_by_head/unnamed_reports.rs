//! Reports no one is named for: "Unconfirmed reports said", "Media reports say", "local news
//! reports". They name no document anyone could look up, and no maker: unnamed sources the text
//! leaves unidentified, as "sources said" is, never a named document shared across articles.

use super::*;

/// Anonymous, named as written, when the mention is "reports" (or "rumours") after nothing but
/// words that tell how far they are confirmed or what kind of outlet carried them, and before
/// nothing but the country whose outlets carried them; `None` for
/// any other ("a report by the auditor", "The Mueller report", "reports from the ministry").
pub(super) fn unnamed_reports(ws: &[&str], lower: &[String]) -> Option<Classified> {
    // "Reports in Spain", "reports in the Spanish press": placed in a country's outlets, none
    // named ("reports in the Guardian" names its outlet)
    let at = lower.iter().position(|w| w == "in");
    let placed = at.is_some_and(|k| {
        let place = &lower[k + 1..];
        let country = lexicon::is_country_name(&strip_the(&place.join(" ")));
        let press = place
            .last()
            .is_some_and(|w| matches!(w.as_str(), "press" | "media"));
        country || press
    });
    let lower = match at {
        Some(k) if placed => &lower[..k],
        _ => lower,
    };
    let (last, before) = lower.split_last()?;
    if !matches!(last.as_str(), "reports" | "rumours" | "rumors") {
        return None;
    }
    let vague = before.iter().all(|w| {
        matches!(
            w.as_str(),
            "unconfirmed"
                | "unverified"
                | "media"
                | "news"
                | "press"
                | "local"
                | "initial"
                | "early"
                | "earlier"
                | "conflicting"
                | "some"
                | "several"
                | "other"
                | "online"
        )
    });
    vague.then(|| (SourceKind::Anonymous, lower_first(&ws.join(" ")), None))
}
