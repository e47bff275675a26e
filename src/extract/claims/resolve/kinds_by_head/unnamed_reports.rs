//! Reports no one is named for: "Unconfirmed reports said", "Media reports say", "local news
//! reports". They name no document anyone could look up, and no maker: unnamed sources the text
//! leaves unidentified, as "sources said" is, never a named document shared across articles.

use super::*;

/// Anonymous, named as written, when the mention is "reports" (or "rumours") after nothing but
/// words that tell how far they are confirmed or what kind of outlet carried them; `None` for
/// any other ("a report by the auditor", "The Mueller report", "reports from the ministry").
pub(super) fn unnamed_reports(ws: &[&str], lower: &[String]) -> Option<Classified> {
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
