//! Shapes of mentions that decide a kind before any name is read: bodies named together, a
//! document with its maker, a holder's body, a person's workplace after the name, an "and"
//! inside a body's name, a local government's council, an advocacy group named "Patients for …"
//! (roles placed by a preposition are in `placed`).

use super::*;

/// The kind of a mention that joins two names with "and" ("Britain and France", "the Treasury
/// and the Fed") when both are bodies of one kind; people named together keep the old reading.
pub(super) fn coordinated_kind(ws: &[&str]) -> Option<SourceKind> {
    let and = ws.iter().position(|w| *w == "and" || *w == "&")?;
    let (left, right) = (&ws[..and], &ws[and + 1..]);
    let opens = |side: &[&str]| {
        let side = match side.first() {
            Some(&"the") | Some(&"The") => &side[1..],
            _ => side,
        };
        side.first().is_some_and(|w| is_cap(w)) && !side.contains(&"of")
    };
    if !opens(left) || !opens(right) {
        return None;
    }
    let (a, b) = (classify(&left.join(" ")).0, classify(&right.join(" ")).0);
    let body = matches!(
        a,
        SourceKind::Official | SourceKind::Organization | SourceKind::Media
    );
    (a == b && body).then_some(a)
}

/// Whether a mention is two lone capitalised words joined by "and" ("Procter and Gamble",
/// "Marks and Spencer"): the conjunct splitter keeps them together only as one name, and one
/// name that holds "and" is a firm's, not a person's. A given name opening it ("Bill and
/// Hillary") is people's.
pub(super) fn is_name_with_and(ws: &[&str]) -> bool {
    let name = |w: &str| {
        is_cap(w)
            && w.chars().all(|c| c.is_alphabetic() || c == '-')
            && !is_given_name(&w.to_lowercase())
            && !lexicon::is_determiner(&w.to_lowercase())
    };
    matches!(ws, [a, "and", b] if name(a) && name(b))
}

/// Whether the words are one body's name with a lower-case linking word inside: "Transport
/// for Wales", "the Committee to Protect Journalists", "Mothers against Drunk Driving".
/// Capitalised words stand on both sides; none is a title or a given name, the first is no
/// word for people ("Lawyers for Smith" are Smith's lawyers, "Minister for Health" a post),
/// and two words or more before the link hold a word for a body or a plural.
fn is_name_with_linking_word(ws: &[&str]) -> bool {
    let ws = match ws.split_first() {
        Some((the, rest)) if the.eq_ignore_ascii_case("the") => rest,
        _ => ws,
    };
    let Some(k) = ws
        .iter()
        .position(|w| matches!(*w, "for" | "to" | "against"))
    else {
        return false;
    };
    let name = |w: &&str| {
        let lower = w.to_lowercase();
        is_cap(w)
            && w.chars().all(|c| c.is_alphabetic() || c == '-')
            && !is_given_name(&lower)
            && !lexicon::is_title(&lower)
    };
    let first = ws[0].to_lowercase();
    // ("Cameron Easley for Morning Consult": a person's name before it is a byline's; a body's
    // is one word, or holds a word for a body or for many: "National Nurses United")
    let bodily = |w: &&str| {
        let w = w.to_lowercase();
        is_body_word(&w) || crate::extract::claims::grammar::ends_in_s(&w)
    };
    (1..ws.len() - 1).contains(&k)
        && (k == 1 || ws[..k].iter().any(bodily))
        && ws.len() <= 6
        && ws[..k].iter().all(name)
        && ws[k + 1..].iter().all(name)
        && !lexicon::is_person_word(singular(&first))
        && !lexicon::is_title(singular(&first))
}

/// The body a name with a linking word inside names ([`is_name_with_linking_word`]): official
/// where a word of it says so ("Department for Education"), else an organization.
pub(super) fn name_with_linking_word(
    ws: &[&str],
    lower: &[String],
) -> Option<(SourceKind, String, Option<String>)> {
    if !is_name_with_linking_word(ws) {
        return None;
    }
    let official = lower.iter().any(|w| lexicon::is_official_word(w));
    let kind = if official {
        SourceKind::Official
    } else {
        SourceKind::Organization
    };
    Some((kind, strip_the(&ws.join(" ")), None))
}

/// Whether a definite description's words after "the" (as written) describe one person by
/// trade, by a past post or by age: "retired neurosurgeon", "billionaire businessman", "Air
/// Force veteran", "46-year-old". The head is a common noun (not "the Daily Caller"). A bare
/// common noun for a person ("the woman", "the neighbor") goes on about someone the text left
/// unnamed, and one with a name before it ("the Christie supporter") about someone other than
/// that name; with a common modifier ("the young woman") it may describe the person named just
/// before.
pub(super) fn is_person_description(rest: &[&str]) -> bool {
    let Some((last, modifiers)) = rest.split_last() else {
        return false;
    };
    let head = last.to_lowercase();
    if is_cap(last) {
        // "the Dutchman", "the veteran Brazilian": a nationality written as a noun
        return lexicon::is_demonym_noun(&head) && !modifiers.iter().any(|w| is_cap(w));
    }
    lexicon::is_occupation(&head)
        || lexicon::is_sports_position(&head)
        || head.ends_with("-year-old")
        || head == "veteran"
        || (lexicon::is_person_noun(&head)
            && !modifiers.is_empty()
            && !modifiers.iter().any(|w| is_cap(w)))
}

/// Whether a mention's words are "the" and an epithet a text uses only for a person it named
/// before, a nationality or a player's position ("the Dutchman", "the striker"): such a
/// description that takes up no one is an unnamed person, never a name to share.
pub(super) fn is_definite_epithet(ws: &[&str]) -> bool {
    ws.split_first().is_some_and(|(first, rest)| {
        let head = rest.last().map(|w| w.to_lowercase()).unwrap_or_default();
        first.eq_ignore_ascii_case("the")
            && is_person_description(rest)
            && (lexicon::is_demonym_noun(&head) || lexicon::is_sports_position(&head))
    })
}

/// Whether a mention's words are "the" and a description by trade, by a past post or by age
/// ([`is_person_description`]): "the retired neurosurgeon", "the Air Force veteran".
pub(super) fn is_definite_person_description(ws: &[&str]) -> bool {
    ws.split_first().is_some_and(|(first, rest)| {
        first.eq_ignore_ascii_case("the") && is_person_description(rest)
    })
}

/// Whether a mention (its words `ws`, lower-cased `lower`, and the lower-cased words of its
/// core before any post-modifier) is a document with its maker or where it appeared: "a CNN
/// poll released Monday", "a study by the institute", "a study in The Lancet". A capitalised
/// head is part of a name ("the Center for Coastal Studies") unless it opens the sentence
/// before its qualifier ("Documents seen by the BBC"); one after a post-modifier is not the
/// head ("a source close to the investigation").
pub(super) fn document_mention(ws: &[&str], lower: &[String], core_lower: &[String]) -> bool {
    let opens_sentence = |d: usize| {
        d == 0
            && lower
                .get(1)
                .is_some_and(|w| is_document_qualifier(w) && !is_cap(ws[1]))
    };
    let Some(d) = lower
        .iter()
        .take(core_lower.len().min(7))
        .zip(ws)
        .enumerate()
        .position(|(d, (w, written))| {
            lexicon::is_document_head(w) && (!is_cap(written) || opens_sentence(d))
        })
    else {
        return false;
    };
    // a plural head needs no determiner: "planning documents seen by Reuters"
    let opens = core_lower
        .first()
        .is_some_and(|w| matches!(w.as_str(), "a" | "an" | "the" | "its" | "their" | "this"))
        || lower[d].ends_with('s')
        // "SurveyMonkey data from Iowa", "Gallup data": its maker's name before the head
        || (1..=3).contains(&d) && ws[..d].iter().all(|w| is_cap(w));
    let qualified = d + 1 == lower.len() || is_document_qualifier(&lower[d + 1]);
    // "data from the ministry": a head that opens the mention needs its maker after it
    // "an article in New York magazine by Gabriel Sherman": its author is named last
    let by_author =
        lower.get(d + 1).is_some_and(|w| w == "in") && lower[d + 1..].iter().any(|w| w == "by");
    let qualified = qualified && !by_author;
    let opens_qualified = d == 0 && d + 1 < lower.len() && qualified;
    opens && qualified && d > 0 || opens_qualified
}

/// Whether a word after a document's head tells who made it or where it appeared ("a poll
/// released Monday", "a study by the institute", "a study in The Lancet"), or what it covers or
/// whom it was made for ("a CNN poll of South Carolina", "a poll for NBC News"), or how it was
/// made or handed on ([`lexicon::is_document_participle`]).
pub(super) fn is_document_qualifier(w: &str) -> bool {
    // "a report to the planning committee": addressed to its readers
    matches!(w, "of" | "for" | "by" | "from" | "in" | "to") || lexicon::is_document_participle(w)
}

/// "The campaign of Ann Lee", "the office of Gov. Ann Lee", "the campaign of the former
/// senator from Pennsylvania": a campaign (an organization) or an office (an official body)
/// named by its holder after "of", never by the place that ends the holder's description. A
/// named holder names it as news style does ("Lee campaign", "Ann Lee's office"); a described
/// one leaves it named by the whole mention.
pub(super) fn body_of_holder(
    ws: &[&str],
    lower: &[String],
) -> Option<(SourceKind, String, Option<String>)> {
    let k = usize::from(lower.first().is_some_and(|w| w == "the"));
    let kind = match lower.get(k)?.as_str() {
        "campaign" => SourceKind::Organization,
        "office" => SourceKind::Official,
        _ => return None,
    };
    if lower.get(k + 1)? != "of" || lower.len() < k + 3 {
        return None;
    }
    let (holder_kind, holder, _) = super::classify::classify_cleaned(&ws[k + 2..].join(" "));
    let named =
        holder_kind == SourceKind::Person && holder.contains(' ') && !holder.starts_with("the ");
    let name = match (named, kind) {
        (true, SourceKind::Organization) => format!("{} campaign", holder.rsplit(' ').next()?),
        (true, _) => format!("{holder}'s office"),
        // "the Office of Rail and Road", "the Office of Management and Budget": a name
        _ if is_cap(ws[k]) => ws[k..].join(" "),
        _ => {
            let whole = ws.join(" ");
            match whole.strip_prefix("The ") {
                Some(rest) => format!("the {rest}"),
                None => whole,
            }
        }
    };
    Some((kind, name, None))
}

/// The body a research team works at, with the team as its role, when a mention is
/// "(the) analysts / economists / strategists / researchers at" a named body: "Analysts at
/// Morland Securities" gives Morland Securities (organization, role "analysts"), whose
/// published note is on the record, not an unnamed group's view.
pub(super) fn research_team_at(
    core: &[&str],
    core_lower: &[String],
) -> Option<(SourceKind, String, Option<String>)> {
    let is_team = |w: &str| matches!(w, "analysts" | "economists" | "strategists" | "researchers");
    let mut p = usize::from(core_lower.first()? == "the") + 1;
    // "Security researchers at …": one modifier of the team's field before it
    if !is_team(core_lower.get(p - 1)?) && core_lower.get(p).is_some_and(|w| is_team(w)) {
        p += 1;
    }
    let team = core_lower.get(p - 1)?.as_str();
    let research = is_team(team);
    if !research || !matches!(core_lower.get(p)?.as_str(), "at" | "from") {
        return None;
    }
    let mut body = &core[p + 1..];
    if !body.iter().any(|w| is_cap(w)) {
        return None;
    }
    // "at Dublin-based firm Greyline": the name after a firm noun describing it
    if let Some(k) = body
        .iter()
        .position(|w| firm_nouns::is_firm_noun(&w.to_lowercase()))
    {
        if k + 1 < body.len() && body[k + 1..].iter().all(|w| is_cap(w)) {
            body = &body[k + 1..];
        }
    }
    let (kind, name, _) = super::classify::classify_cleaned(&body.join(" "));
    // (a workplace read as a person's name is a firm's: "analysts at Jefferies")
    let named = matches!(
        kind,
        SourceKind::Organization
            | SourceKind::Official
            | SourceKind::Media
            | SourceKind::Person
            | SourceKind::Unknown
    );
    let kind = if matches!(kind, SourceKind::Person | SourceKind::Unknown) {
        SourceKind::Organization
    } else {
        kind
    };
    named.then(|| (kind, name, Some(team.to_string())))
}

/// Whether the two capitalised words before `k` in a mention's lower-cased words are a
/// person's name, by a title or occupation before them or a given name opening them: then an
/// "of" or "from" at `k` tells where the person works or comes from ("Analyst Jane Roe of Firm
/// X", "Raj Mehta from Capital Economics"), not more of the name ("Bank of America" and
/// "Secretary of State" are neither).
pub(super) fn is_person_name_before(lower: &[String], k: usize) -> bool {
    k >= 2 && {
        let before = k.checked_sub(3).map(|t| lower[t].as_str());
        before.is_some_and(|t| lexicon::is_title(t) || lexicon::is_occupation(t))
            || is_given_name(&lower[k - 2])
    }
}

/// Whether the word before `run_start` is an "and" inside what a body's "of" or "for" governs,
/// which stays in the body's name ("Institute of Health and Welfare", "Department for
/// Environment, Food and Rural Affairs").
pub(super) fn and_inside_body_name(core: &[&str], core_lower: &[String], run_start: usize) -> bool {
    run_start >= 2
        && core[run_start - 1] == "and"
        && is_cap(core[run_start - 2])
        && (1..run_start - 1).any(|k| {
            matches!(core_lower[k].as_str(), "of" | "for")
                && is_cap(core[k - 1])
                && is_body_word(singular(&core_lower[k - 1]))
                && core[k + 1..run_start - 1].iter().all(|w| is_cap(w))
        })
}

/// Whether a mention's lower-cased core ends on a council or board of a local government
/// ("the city council", "the county board", "the school board").
pub(super) fn is_local_government_body(core_lower: &[String]) -> bool {
    let n = core_lower.len();
    n >= 2
        && matches!(core_lower[n - 1].as_str(), "council" | "board")
        && matches!(
            core_lower[n - 2].as_str(),
            "city"
                | "county"
                | "town"
                | "parish"
                | "borough"
                | "district"
                | "municipal"
                | "village"
                | "school"
                | "state"
                | "provincial"
                | "regional"
        )
}

/// How many words of a mention come before its post-modifier ("sources [familiar with …]",
/// "Ann Lee [of Acme]"): its core, where the name or head stands.
pub(super) fn mention_core_len(ws: &[&str], lower: &[String]) -> usize {
    lower
        .iter()
        .enumerate()
        .position(|(k, w)| {
            matches!(
                w.as_str(),
                "who"
                    | "with"
                    | "familiar"
                    | "close"
                    | "knowledgeable"
                    | "briefed"
                    | "involved"
                    | "speaking"
                    | "that"
            ) || examples_after_head(lower, k)
                || (matches!(w.as_str(), "polled" | "surveyed" | "questioned")
                    && lower.get(k + 1).is_some_and(|n| n == "by"))
                || lexicon::opens_negated_participle(w, lower.get(k + 1).map(String::as_str))
                || (matches!(w.as_str(), "of" | "from" | "for" | "at")
                    && k >= 2
                    && is_cap(ws[k - 1])
                    && is_cap(ws[k - 2])
                    && !lexicon::is_name_stop(&lower[k - 2])
                    && !is_body_word(singular(&lower[k - 1]))
                    && lower.get(k + 1).is_some_and(|n| {
                        n == "the"
                            || (matches!(w.as_str(), "for" | "at")
                                || is_person_name_before(lower, k)
                                || names_a_body(&ws[k + 1..], &lower[k + 1..]))
                                && is_cap(ws[k + 1])
                    }))
        })
        .unwrap_or(lower.len())
}

/// Whether "including" or "such as" at `k` opens examples after a plain head ("Retailers
/// including Walmart and Kroger", "groups such as the ACLU"): the examples are no part of the
/// core, where the name or head stands. After a preposition the head is some other phrase's
/// ("fodder to GOP candidates such as Sen. Marco Rubio"), and the words are left as they are.
fn examples_after_head(lower: &[String], k: usize) -> bool {
    let opens = lower[k] == "including"
        || lower[k] == "such" && lower.get(k + 1).is_some_and(|n| n == "as");
    opens && k > 0 && !lower[..k].iter().any(|w| is_preposition(w))
}

/// Whether capitalised words name a body by their last word ("Human Rights Watch", "Acme
/// Corp"): after a person's name and "of", an affiliation ("Meenakshi Ganguly of Human Rights
/// Watch").
fn names_a_body(ws: &[&str], lower: &[String]) -> bool {
    ws.iter().all(|w| is_cap(w))
        && lower.last().is_some_and(|l| {
            lexicon::is_campaign_body_ending(l)
                || lexicon::is_org_word(l)
                || lexicon::is_official_word(l)
                || lexicon::is_company_form(l)
        })
}

/// "Patients for Affordable Drugs", "Families for Safe Streets", "Airlines for America": a
/// capitalised plural and "for" before a name in capitals is an advocacy group's own name, not
/// a category; a description of the body may come first ("industry group Airlines for
/// America"). The index the name starts at.
pub(super) fn advocacy_name(ws: &[&str]) -> Option<usize> {
    let k = ws.iter().position(|w| *w == "for")?;
    let (before, rest) = (&ws[..k], &ws[k + 1..]);
    let (first, described) = before.split_last()?;
    let cap = |w: &&str| w.chars().next().is_some_and(char::is_uppercase);
    // ("Attorneys for Clinton", "Executives for Mondelez" are people who act for one)
    let agents = {
        let one = first.to_lowercase();
        let one = one.strip_suffix('s').unwrap_or(&one);
        lexicon::is_title(one) || lexicon::is_anonymous_head(one)
    };
    let name = cap(first) && first.ends_with('s') && !rest.is_empty() && rest.iter().all(cap);
    let name = name && !agents;
    let body_described = described.is_empty()
        || described
            .last()
            .is_some_and(|w| is_body_word(&w.to_lowercase()));
    (name && body_described).then_some(k - 1)
}
