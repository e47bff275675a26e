//! Kinds a mention's head gives before any name in it is read: a family, the members of a
//! named body, a written instrument, a report known by its title, a post known by how far it
//! spread.

use super::*;

mod social_media;
mod state_services;
mod unnamed_reports;

/// The kind, canonical name and role of a mention whose shape settles it, with `core_len` its
/// words before a post-modifier; `None` for any other.
pub(super) fn by_head(ws: &[&str], lower: &[String], core_len: usize) -> Option<Classified> {
    let core = &ws[..core_len];
    let core_lower = &lower[..core_len];
    let last = core.last()?;
    let last_lower = core_lower.last()?.trim_end_matches("'s");
    // "according to Hansard": an official record known by its proper name is a document
    if is_cap(last)
        && core_len == lower.len()
        && lexicon::is_named_record(&strip_the(&lower.join(" ")))
    {
        return Some((SourceKind::Document, strip_the(&ws.join(" ")), None));
    }
    // "Those close to her", "those familiar with the talks": "those" stands for the people
    // the note of knowledge after it presents as knowing, unnamed
    if lower[0] == "those" && is_knowing_those(&lower.join(" ")) {
        return Some((SourceKind::Anonymous, lower_first(&ws.join(" ")), None));
    }
    // "Ann Lee's family", "the Lee family", "the family of Ann Lee": the people close to one
    // person, speaking for themselves as a group, not unnamed people who know
    let family_of = head_before_of(ws, lower, "family").is_some();
    // ("a member of the family" is one person of it)
    let family_head =
        last_lower == "family" && !is_cap(last) && !core_lower.iter().any(|w| is_preposition(w));
    if family_of || family_head {
        return Some(group(ws));
    }
    // "Members of the National Assembly", "members of Congress": the people of a named body
    // voicing its view ("members of the public" names no body; "members of the board familiar
    // with the talks" are presented as knowing)
    if let Some(k) = head_before_of(ws, lower, "members") {
        let named = ws.get(k + 2).is_some_and(|w| is_cap(w))
            || lower[k + 2] == "the" && ws.get(k + 3).is_some_and(|w| is_cap(w));
        let written = lower.join(" ");
        let knowing = lexicon::has_anonymity_note(&written) || lexicon::has_access_note(&written);
        if named && !knowing {
            return Some(group(ws));
        }
    }
    // "A Facebook post shared 4,000 times", "a video viewed a million times": a document,
    // named without how far it spread
    let spread = (lower.iter().zip(ws))
        .position(|(w, written)| lexicon::is_document_head(w) && !is_cap(written));
    if let Some(d) = spread.filter(|&d| {
        let spread_word = lower.get(d + 1).is_some_and(|w| {
            matches!(
                w.as_str(),
                "shared" | "viewed" | "retweeted" | "liked" | "watched" | "reposted"
            )
        });
        spread_word && !lower[..d].iter().any(|w| is_preposition(w))
    }) {
        return Some((SourceKind::Document, lower_first(&ws[..=d].join(" ")), None));
    }
    // "according to the constitution", "the charge sheet says", "a readout from the
    // presidential office": a written instrument as the head is a document, not unnamed people
    let head = head_of(&ws.join(" "));
    let at = (lower.iter().zip(ws)).position(|(w, written)| *w == head && !is_cap(written));
    // ("a few minutes", "30 minutes": a count of minutes is time, not a meeting's record)
    let counted = head == "minutes"
        && at.and_then(|k| k.checked_sub(1)).is_some_and(|k| {
            let before = lower[k].as_str();
            before.starts_with(|c: char| c.is_ascii_digit())
                || lexicon::is_vague_quantifier(before)
                || lexicon::is_number_word(before)
        });
    if at.is_some() && !counted && lexicon::is_instrument_head(&head) {
        return Some((SourceKind::Document, lower_first(&ws.join(" ")), None));
    }
    // "the country's electoral body", "the global football governing body", "the media
    // watchdog": an institution described before it is named speaks for itself, as "the
    // regulator" does; it is no unnamed person
    if let Some(service) = state_services::state_service(core, core_lower) {
        return Some(service);
    }
    if let Some(reports) = unnamed_reports::unnamed_reports(ws, lower) {
        return Some(reports);
    }
    if let Some(posted) = social_media::unnamed_on_social_media(ws, core_lower) {
        return Some(posted);
    }
    let institution = matches!(head.as_str(), "body" | "watchdog" | "watchdogs");
    if institution && last_lower == head && !is_cap(last) {
        return Some((SourceKind::Official, lower_first(&core.join(" ")), None));
    }
    // "local media", "Israeli media", "state media", "several outlets": unnamed outlets
    // together, no one outlet to share across articles
    let outlets = matches!(
        last_lower,
        "media" | "outlets" | "newspapers" | "broadcasters" | "tabloids"
    );
    if outlets && head == last_lower && !is_cap(last) && core_len == ws.len() && core.len() >= 2 {
        return Some(group(ws));
    }
    // "the Constitution", "the Electoral Act", "the UN Charter": a law's own name
    let law = matches!(
        last_lower,
        "act" | "constitution" | "treaty" | "charter" | "statute" | "decree" | "ordinance"
    );
    if law && is_cap(last) && core_len == ws.len() {
        return Some((SourceKind::Document, strip_the(&ws.join(" ")), None));
    }
    // "the World Economic Outlook", "the Global Peace Index": a publication's title
    let titled = core.len() >= 2
        && is_cap(core[core.len() - 2])
        && is_cap(last)
        && matches!(
            last_lower,
            "outlook" | "assessment" | "index" | "barometer" | "yearbook" | "scorecard"
        );
    if titled {
        return Some((SourceKind::Document, strip_the(&core.join(" ")), None));
    }
    None
}

/// An unnamed group named by the mention's words, as written inside a sentence.
fn group(ws: &[&str]) -> Classified {
    (SourceKind::UnnamedGroup, lower_first(&ws.join(" ")), None)
}

/// Where `head` (lower-cased, written in lower case or opening the mention) is the mention's
/// head before "of" and a noun phrase: no preposition comes before it.
fn head_before_of(ws: &[&str], lower: &[String], head: &str) -> Option<usize> {
    let k = lower.iter().position(|w| w == head)?;
    let of = lower.get(k + 1).is_some_and(|w| w == "of") && lower.len() > k + 2;
    let opens = k == 0 || !is_cap(ws[k]);
    (of && opens && !lower[..k].iter().any(|w| is_preposition(w))).then_some(k)
}

/// Whether a lower-cased mention is "those" + a note of knowledge or access ("those close to
/// her", "those who worked on the design"): unnamed people presented as knowing, which take up
/// no source the text quoted before.
pub(super) fn is_knowing_those(lower: &str) -> bool {
    lower.strip_prefix("those ").is_some_and(|rest| {
        lexicon::has_anonymity_note(&format!(" {rest}")) || lexicon::has_access_note(rest)
    })
}
