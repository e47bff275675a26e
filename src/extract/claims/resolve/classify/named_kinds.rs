//! Kinds a capitalised name at the end of a mention gets from what is written with it: a
//! common noun for an outlet before it ("the newspaper Le Monde"), a household firm's name
//! ("Pfizer", "Goldman Sachs"), a word for a body inside a short name ("Team Sky").

use super::*;

/// "state broadcaster CCTV", "the newspaper Le Monde", "state news agency KCNA": an outlet
/// named after a common noun for one, which is its role. `run` is the capitalised run that
/// ends `core`, from `run_start`.
pub(super) fn described_outlet(
    core: &[&str],
    core_lower: &[String],
    run: &[&str],
    run_start: usize,
) -> Option<Classified> {
    if run.is_empty() || run_start == 0 {
        return None;
    }
    let described: Vec<&str> = core_lower[..run_start]
        .iter()
        .map(String::as_str)
        .filter(|w| !lexicon::is_determiner(w))
        .collect();
    if !lexicon::is_outlet_description(&described) {
        return None;
    }
    let role = described_role(&core[..run_start])?;
    Some((SourceKind::Media, run.join(" "), Some(role)))
}

/// The words before a name, without determiners, as a role: "Spanish newspaper", "US
/// drugmaker"; none when nothing else is written.
fn described_role(before: &[&str]) -> Option<String> {
    let role = (before.iter())
        .filter(|w| !lexicon::is_determiner(&w.to_lowercase()))
        .copied()
        .collect::<Vec<_>>()
        .join(" ");
    (!role.is_empty()).then(|| lower_first(&role))
}

/// "Pfizer said", "Goldman Sachs warned", "US drugmaker Pfizer": a capitalised run that is all
/// of a household firm's name ([`lexicon::is_household_firm`]) or a household body's ("Red
/// Cross", [`lexicon::is_household_body`]) names the firm or body, with a
/// description before it as its role; not after a title or a word for a person ("actor
/// Apple"), and not a surname's firm ("Ford"), which only the text around tells from a person
/// (see `Resolver::as_body`).
pub(super) fn household_firm(
    core: &[&str],
    core_lower: &[String],
    run: &[&str],
    run_start: usize,
) -> Option<Classified> {
    let written = run.join(" ");
    let name = written
        .strip_suffix("'s")
        .or_else(|| written.strip_suffix("’s"))
        .filter(|bare| is_household(bare))
        .unwrap_or(&written);
    if !is_household(name) {
        return None;
    }
    let personal = core_lower[..run_start]
        .iter()
        .any(|w| lexicon::is_title(w) || lexicon::is_person_word(w) || lexicon::is_occupation(w));
    if personal {
        return None;
    }
    let role = described_role(&core[..run_start]);
    Some((SourceKind::Organization, name.to_string(), role))
}

/// Whether a name is all of a household firm's or a household body's ("Red Cross").
fn is_household(name: &str) -> bool {
    let lower = name.to_lowercase();
    lexicon::is_household_firm(&lower) || lexicon::is_household_body(&lower)
}

/// "Major League Baseball", "Team Sky", "Team Clinton's contention": a word for a body
/// ("League", "Team") inside a short capitalised name that ends on some other word makes it a
/// body's name, written without its possessive, when no word of it is a given name or a title
/// ("Ann Team Lee", "Coach Team Lee" stay people), no word inside is a possessive ("Purple PAC's
/// Crane") and nothing before it in `core` says a person ("the vice-president of the Front
/// National" is hers).
pub(super) fn short_body_name(
    core_lower: &[String],
    run: &[&str],
    run_start: usize,
) -> Option<Classified> {
    let (_, inside) = run.split_last()?;
    let bare = |w: &str| w.trim_end_matches("'s").trim_end_matches("’s").to_string();
    let personal = |w: &String| {
        let w = bare(w);
        is_given_name(&w)
            || lexicon::is_title(&w)
            || lexicon::is_person_word(&w)
            || lexicon::is_occupation(&w)
    };
    // ("Purple PAC's Crane": a body's person, the owner written in the possessive)
    let owned = inside.iter().any(|w| without_possessive(w).is_some());
    let body = (2..=3).contains(&run.len())
        && !owned
        && inside.iter().any(|w| is_org_word_written(w))
        && !core_lower[run_start..].iter().any(personal)
        && core_lower[..run_start]
            .iter()
            .all(|w| lexicon::is_determiner(w));
    let name = run.join(" ");
    let name = without_possessive(&name).unwrap_or(&name).to_string();
    body.then_some((SourceKind::Organization, name, None))
}

/// "Carmaker Ford said", "US carmaker Ford", "retailer Tesco": a firm's trade
/// ([`lexicon::is_firm_trade`]) written before its name, capitalised to open a sentence or not,
/// is the firm's role and no part of its name; so is the kind of another body after the words
/// that describe it ("consumer group BEUC", [`lexicon::is_body_category`]).
pub(super) fn trade_before_firm(
    core: &[&str],
    core_lower: &[String],
    run: &[&str],
    run_start: usize,
) -> Option<Classified> {
    // ("company chairman Ann Lee", "the firm's Ann Lee": a person of the firm, not the firm)
    let person = |w: &str| {
        let w = w.to_lowercase();
        lexicon::is_title(&w) || is_given_name(&w) || w.ends_with("'s")
    };
    if run.is_empty() || run.iter().any(|w| person(w)) {
        return None;
    }
    // the trade opens the capitalised run, or closes the words before it
    let (role, name) = if lexicon::is_firm_trade(&run[0].to_lowercase()) {
        let opens = core_lower[..run_start]
            .iter()
            .all(|w| lexicon::is_determiner(w));
        (opens && run.len() >= 2).then(|| (run[0].to_lowercase(), &run[1..]))?
    } else {
        let trade = run_start.checked_sub(1).map(|k| core_lower[k].as_str())?;
        let role = described_role(&core[..run_start])?;
        (lexicon::is_firm_trade(trade) || lexicon::is_body_category(trade))
            .then_some((role, run))?
    };
    Some((SourceKind::Organization, name.join(" "), Some(role)))
}
