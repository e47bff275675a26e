//! What was said on social media with no one named for it: "Unverified accounts on social
//! media", "posts on social media", "social media". Social media is no outlet: no newsroom
//! stands behind what is posted there, and the words name no one who posted it. Such a
//! mention is an unnamed source the text leaves unidentified, anonymous as "unconfirmed
//! reports" are ([`super::unnamed_reports`]): never `media`, which would count it as a named
//! outlet, shared across articles.

use super::*;

/// Anonymous, named as written, when the mention's core (lower-cased, before any relative
/// clause) ends on "social media" or "social networks"; `None` for any other ("social media
/// users" ends on the people, "state media" on outlets).
pub(super) fn unnamed_on_social_media(ws: &[&str], core_lower: &[String]) -> Option<Classified> {
    let ends = matches!(
        core_lower,
        [.., social, last] if social == "social" && matches!(last.as_str(), "media" | "networks")
    );
    ends.then(|| (SourceKind::Anonymous, lower_first(&ws.join(" ")), None))
}
