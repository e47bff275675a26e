//! Outlets' names and the common nouns that describe an outlet: "The Daily Caller", "state
//! media", "the newspaper Le Monde".

use super::*;

word_set!(
    /// Last words of outlets' names beyond the ones that also make other mentions media
    /// ("The Daily Caller", "Business Insider"): only source resolution reads them.
    is_outlet_ending,
    // "Florida Today", "India Today": a capitalised "Today" closing a name is a title's
    ["caller", "journalism", "beacon", "insider", "standard", "report", "today"]
);

/// Whether lower-cased words end on a common noun for an outlet: "state media", "Xinhua news
/// agency", "a wire service", "state broadcaster CCTV" ends on a name, not here.
pub fn ends_as_outlet(words: &[&str]) -> bool {
    matches!(
        words,
        [
            ..,
            "news" | "wire",
            "agency" | "service" | "outlet" | "site" | "website" | "channel"
        ] | [
            _,
            ..,
            "media" | "broadcaster" | "newspaper" | "tabloid" | "daily"
        ] | [
            ..,
            "state" | "public" | "national",
            "television" | "tv" | "radio"
        ]
    )
}

/// Whether lower-cased words before a name describe an outlet: "state broadcaster", "news
/// agency", "the newspaper", "public radio station", "Russian state television".
pub fn is_outlet_description(words: &[&str]) -> bool {
    let Some(&last) = words.last() else {
        return false;
    };
    ends_as_outlet(words)
        || is_outlet_noun(last)
        || matches!(last, "television" | "tv" | "radio")
        || last == "agency" && words.len() >= 2 && words[words.len() - 2] == "news"
}

word_set!(
    /// Common nouns for a news outlet: before its name ("the newspaper Le Monde") or, after
    /// "the", for one named just before ("TMZ reported … The outlet said").
    is_outlet_noun,
    [
        "outlet", "newspaper", "paper", "broadsheet", "daily", "weekly", "tabloid", "magazine",
        "broadcaster", "website", "site", "publication", "network", "channel", "station",
    ]
);

/// Whether the last word of a capitalised name of `words` words, lower-cased, makes it an
/// outlet's: "The Baltimore Sun", "Sky News", or after a hyphen "the Sun-Times"; not a word for
/// an official body or an organization ("Network", "Agency" alone).
pub fn ends_outlet_name(last: &str, words: usize) -> bool {
    let (w, hyphened) = match last.rsplit_once('-') {
        Some((_, w)) => (w, true),
        None => (last, false),
    };
    is_media_word(w) && (words >= 2 || hyphened) && !is_official_word(w) && !is_org_word(w)
}
