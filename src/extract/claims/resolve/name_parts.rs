//! The words around a written name that are not the name: an opening "the", a possessive
//! ending ("Trump’s plan"), the outlet or place that owns a person ("MSNBC’s Alex Seitz-Wald"),
//! and words that only look like names because they open a sentence ("Another said").

use super::*;
use crate::extract::text::lowercase;

/// `s` trimmed, without an opening "the" ("the Pentagon" → "Pentagon").
pub(super) fn strip_the(s: &str) -> String {
    let t = s.trim();
    ["the ", "The "]
        .iter()
        .find_map(|p| t.strip_prefix(p))
        .unwrap_or(t)
        .to_string()
}

/// A surname written in capitals, as a transcript's label writes it ("ORTIZ"), as the text
/// writes it elsewhere ("Ortiz"); any other surname as it is.
pub(super) fn from_capitals(surname: &str) -> std::borrow::Cow<'_, str> {
    let mut letters = surname.chars().filter(|c| c.is_alphabetic());
    if surname.chars().count() < 3 || !letters.all(char::is_uppercase) {
        return surname.into();
    }
    let mut chars = surname.chars();
    let first = chars.next().map(String::from).unwrap_or_default();
    (first + &chars.as_str().to_lowercase()).into()
}

/// `s` with a capitalised opening determiner lower-cased ("The agency" → "the agency"), as a
/// description is written inside a sentence.
pub(super) fn lower_first(s: &str) -> String {
    let first_word = s.split_whitespace().next().unwrap_or("");
    let det = lexicon::is_determiner(&lowercase(first_word));
    let mut c = s.chars();
    match (c.next(), s.chars().nth(1)) {
        (Some(f), Some(_)) if det => f.to_lowercase().collect::<String>() + c.as_str(),
        _ => s.to_string(),
    }
}

/// The words of a mention lower-cased, a curly apostrophe read as a straight one ("Party’s"
/// is "party's").
pub(super) fn lowered_words(ws: &[&str]) -> Vec<String> {
    ws.iter()
        .map(
            |w| match (lexicon::initials_as_pronoun(w), w.to_lowercase()) {
                (Some(initials), _) => initials.to_string(),
                (None, l) if l.contains('’') => l.replace('’', "'"),
                (None, l) => l,
            },
        )
        .collect()
}

/// A body's initials written as a word: three to five capitals ("NHS", "BBC"; not "JD").
fn is_initials(word: &str) -> bool {
    (3..=5).contains(&word.len()) && word.bytes().all(|b| b.is_ascii_uppercase())
}

/// Whether a name is a body's initials and one word for its branch or region ("NHS England",
/// "BBC Scotland"); not a title and a name after initials ("FBI Director James Comey"), nor a
/// name written all in capitals ("JAKE TAPPER").
pub(super) fn initials_and_branch(run: &[&str], run_lower: &[&String]) -> bool {
    match (run, run_lower) {
        ([initials, branch], [_, lower]) => {
            is_initials(initials)
                && !branch.bytes().all(|b| !b.is_ascii_lowercase())
                && !lexicon::is_title(lower)
                && !is_given_name(lower)
                && !lexicon::is_day_word(lower)
        }
        _ => false,
    }
}

/// The kind of a name that ends in a nation: a place's own part ("Northern Ireland") speaks for
/// its government, as "Britain" does; other words before the nation name a public body ("Sport
/// England", "Public Health England", "Transport Scotland"). None for other names, and for a
/// given name or a title before the nation, since a few people bear one as a surname.
pub(super) fn nation_name_kind(run_lower: &[&String], has_official: bool) -> Option<SourceKind> {
    let (nation, before) = run_lower.split_last()?;
    let nation_word = matches!(
        nation.as_str(),
        "england" | "scotland" | "wales" | "ireland" | "britain" | "australia" | "canada"
    );
    if !nation_word
        || before.is_empty()
        || lexicon::is_country_name(before[0])
        || before
            .iter()
            .any(|w| is_given_name(w) || lexicon::is_title(w))
    {
        return None;
    }
    let place_part = matches!(
        before,
        [w] if matches!(
            w.as_str(),
            "northern" | "southern" | "north" | "south" | "east" | "west" | "great" | "new"
        )
    );
    Some(if place_part || has_official {
        SourceKind::Official
    } else {
        SourceKind::Organization
    })
}

/// The kind of a body named after initials: an outlet's ("BBC Scotland"), an official body's
/// when a word of its name says so, else an organization's ("NHS England").
pub(super) fn initials_kind(initials_lower: &str, has_official: bool) -> SourceKind {
    if lexicon::is_outlet_name(initials_lower) {
        SourceKind::Media
    } else if has_official {
        SourceKind::Official
    } else {
        SourceKind::Organization
    }
}

/// `word` without its possessive ending, if it has one: "Trump’s" → "Trump", "Sanders'" →
/// "Sanders". Contractions of pronouns ("it's", "there's") are not possessives.
pub(super) fn without_possessive(word: &str) -> Option<&str> {
    let stem = ["'s", "’s", "s'", "s’"].iter().find_map(|end| {
        let stem = word.strip_suffix(end)?;
        // "Sanders'" keeps the s its apostrophe follows
        Some(if end.starts_with('s') {
            &word[..stem.len() + 1]
        } else {
            stem
        })
    })?;
    let contraction = matches!(
        lowercase(stem).as_ref(),
        "it" | "he" | "she" | "that" | "there" | "here" | "what" | "who" | "where" | "let" | "how"
    );
    (stem.chars().count() >= 2 && !contraction).then_some(stem)
}

/// Where a person's name starts after the outlet, body or place that owns it ("MSNBC’s Alex
/// Seitz-Wald", "The Washington Post's Ed O'Keefe"): the word after the last possessive at or
/// after `from`, when capitalised words follow it to the end of `core`.
pub(super) fn after_possessor(core: &[&str], from: usize) -> Option<usize> {
    let p = (from..core.len().saturating_sub(1))
        .rev()
        .find(|&k| without_possessive(core[k]).is_some())?;
    core[p + 1..].iter().all(|w| is_cap(w)).then_some(p + 1)
}

/// Whether `name` ends on a word for a body, possessive or not: "Republican Party’s".
pub(super) fn ends_on_body_word(name: &str) -> bool {
    let last = name.rsplit(' ').next().unwrap_or(name);
    is_body_word(&lowercase(without_possessive(last).unwrap_or(last)))
}

/// The possessor written before a name as a role: "The Washington Post's" → "Washington Post".
pub(super) fn possessor_role(words: &[&str]) -> String {
    let joined = words.join(" ");
    let owner = without_possessive(&joined).unwrap_or(&joined);
    strip_the(owner)
}

/// A word that opens a sentence alone as its subject and only looks like a name for its
/// capital: "Another said", "Others argued", "Some warned".
pub(super) fn capitalised_pronoun(mention: &str) -> Option<(SourceKind, String)> {
    if mention.contains(' ') || !is_cap(mention) {
        return None;
    }
    let lower = mention.to_lowercase();
    let kind = match lower.as_str() {
        "another" | "one" | "each" => SourceKind::Anonymous,
        "others" | "some" | "many" | "several" | "most" | "few" | "both" | "all" => {
            SourceKind::UnnamedGroup
        }
        _ => return None,
    };
    Some((kind, lower))
}

/// A poll named with a capital ("a Gallup Poll", "the AP-GfK Poll"): a document, whatever
/// names it.
pub(super) fn is_named_poll(core: &[&str], core_lower: &[String]) -> bool {
    core.len() >= 2
        && core_lower.last().is_some_and(|w| w == "poll")
        && core
            .iter()
            .all(|w| is_cap(w) || lexicon::is_determiner(&w.to_lowercase()))
}

/// Whether the last word of a name that reads as an outlet's ("Guardian", "Times") is a
/// person's surname: after a given name, or with a title before it ("Mayor Don Guardian").
pub(super) fn outlet_word_is_surname(run_lower: &[&String]) -> bool {
    match run_lower {
        [before @ .., prev, _] => {
            is_given_name(prev) || before.iter().chain([prev]).any(|w| lexicon::is_title(w))
        }
        _ => false,
    }
}

/// Whether a lower-cased plural names people by what they are: a group ("critics"), people
/// ("voters"), holders of a title ("reporters"), or a people as nationalities and parties are
/// written ("Russians", "Palestinians", "Koreans").
pub(super) fn names_people(w: &str) -> bool {
    // "Aides", "Officers": insiders presented as knowing stay anonymous
    let insiders = lexicon::is_anonymous_head(w) || lexicon::is_anonymous_head(singular(w));
    let people = lexicon::is_group_head(w)
        || is_people_plural(w)
        || is_plural_title(w)
        || w.len() >= 7 && ["ians", "icans", "eans"].iter().any(|e| w.ends_with(e))
        // "Unions said", "Charities warned": bodies of a kind in the plural, a category
        || singular(w) != w && lexicon::is_org_word(singular(w));
    people && !insiders
}

/// Whether the words before a closing plural only qualify it ("a group of liberal", "a handful
/// of"), with no preposition but "of" ("a spokesman for committee" is someone else).
pub(super) fn quantifies(core_lower: &[String]) -> bool {
    core_lower[..core_lower.len() - 1]
        .iter()
        .all(|w| w == "of" || !is_preposition(w))
}

/// A person's name and role, with a place or body closing the name moved to the role:
/// "Debbie Wasserman Schultz of Florida" with role "Representative" is Debbie Wasserman
/// Schultz, "Representative of Florida".
pub(super) fn with_place_in_role(named: &[&str], role: Option<String>) -> (String, Option<String>) {
    match place_after_name(named, role.is_some()) {
        Some(of) => {
            let place = named[of + 1..].join(" ");
            let role = role.map_or(place.clone(), |r| format!("{r} of {place}"));
            (named[..of].join(" "), Some(role))
        }
        // "The Prime Minister" opening a sentence: a post named by two words or more, without
        // its article ("The Premier" alone is read as a description of this article)
        None if named.len() > 2
            && named[0] == "The"
            && is_title_word(&lowercase(named[named.len() - 1])) =>
        {
            (named[1..].join(" "), role)
        }
        None => (named.join(" "), role),
    }
}

/// The name of a charity with a possessive inside ("Alzheimer's Research UK", "Women's Aid"),
/// when the words after the owner (`owned`) end on such a name's last word and hold no given
/// name ("CNN's Ann Care" is a reporter of CNN's) and no title came before (`title_at`).
pub(super) fn possessive_body_name(
    owned: &[&str],
    run: &[&str],
    title_at: Option<usize>,
) -> Option<String> {
    let last = lowercase(owned.last()?);
    let given = owned.iter().any(|w| is_given_name(&lowercase(w)));
    // "King's College London", "Guy's Hospital": a word for a body among the owned words
    let body = owned.iter().any(|w| lexicon::is_org_word(&lowercase(w)));
    (title_at.is_none() && !given && (lexicon::is_possessive_body_ending(&last) || body))
        .then(|| run.join(" "))
}

/// Where a place or body closes a person's name as congressional style writes it ("Debbie
/// Wasserman Schultz of Florida", "Frank G. Jackson of Cleveland"): the index of "of", when
/// capitalised words follow it and a title before the name, a given name or an initial shows
/// the words before it are a person's name.
fn place_after_name(name: &[&str], titled: bool) -> Option<usize> {
    let of = name.iter().rposition(|w| *w == "of")?;
    let person = titled
        || name
            .first()
            .is_some_and(|w| is_given_name(&w.to_lowercase()))
        || name[..of].iter().any(|w| w.len() == 2 && w.ends_with('.'));
    (of >= 2 && of + 1 < name.len() && person && name[of + 1..].iter().all(|w| is_cap(w)))
        .then_some(of)
}

/// Where "of" sets a body after a person's name ("Jonah Whitfield of Carrow Capital", "Ann
/// B. Lee of Acme Holdings"): two or three capitalised words that are no body's, title's or
/// outlet's before it, and after it the capitalised name of a body (`body_after`). One word
/// before "of" is a body's own name ("Bank of America"), and so is a body word before it
/// ("Royal Bank of Scotland", "Massachusetts Institute of Technology").
pub(super) fn person_of_body(
    run: &[&str],
    run_lower: &[&String],
    body_after: bool,
) -> Option<(SourceKind, String, Option<String>)> {
    let of = run_lower.iter().position(|w| *w == "of")?;
    let person = &run_lower[..of];
    let named = (2..=3).contains(&of)
        && run[..of].iter().all(|w| is_cap(w))
        && person.iter().all(|w| {
            let w = w.as_str();
            !is_body_word(w)
                && !lexicon::is_title(w)
                && !lexicon::is_media_word(w)
                && !lexicon::is_trade_word(w)
                && !lexicon::is_country_name(w)
                && !w.ends_with("'s")
        });
    let body = of + 2 <= run.len() && run[of + 1..].iter().all(|w| is_cap(w));
    (named && body && body_after).then(|| {
        let (name, role) = (run[..of].join(" "), run[of + 1..].join(" "));
        (SourceKind::Person, name, Some(role))
    })
}

/// A person written as a given name (and perhaps a surname) + "in" or "from" + a place's
/// capitalised name, as live pages sign readers' messages: "Jo in Kendal", "Sarah from
/// Leeds", "Tom Reed in Carlisle" give the name, with "in Kendal" as the role. Not a body's
/// name with "in" inside ("Jo in Kendal Council": a word for a body after it).
pub(super) fn given_name_placed(
    ws: &[&str],
    lower: &[String],
) -> Option<(SourceKind, String, Option<String>)> {
    let p = lower
        .iter()
        .position(|w| matches!(w.as_str(), "in" | "from"))?;
    let place = &ws[p + 1..];
    let named = (1..=2).contains(&p)
        && ws[..p].iter().all(|w| is_cap(w) && !w.ends_with('.'))
        && is_given_name(&lower[0])
        && !lexicon::is_title(&lower[0]);
    let a_place = (1..=3).contains(&place.len())
        && place.iter().all(|w| is_cap(w))
        && !lower[p + 1..].iter().any(|w| {
            let w = w.trim_end_matches(['.', ',']);
            is_body_word(w) || lexicon::is_org_word(w) || lexicon::is_official_word(w)
        });
    (named && a_place).then(|| {
        let role = format!("{} {}", lower[p], place.join(" "));
        (SourceKind::Person, ws[..p].join(" "), Some(role))
    })
}

/// How many words a written name keeps without the honour, degree or seat after it: "Simon
/// Ashworth KC", "Ann Lee OBE" and "Ann Lee MP" keep two, so one person is one source however
/// the text writes them. A seat follows a party too ("Fine Gael TD"), so it is cut only after a
/// name that opens on a given name.
pub(super) fn without_post_nominal(ws: &[&str]) -> Option<usize> {
    let (last, name) = ws.split_last()?;
    let lower = lowercase(last.trim_end_matches(','));
    let honour = lexicon::is_honour_after_name(&lower);
    let seat = lexicon::is_seat_after_name(&lower);
    let named = (2..=4).contains(&name.len())
        && name.iter().all(|w| is_cap(w))
        && !lexicon::is_title(&lowercase(name[0]));
    let given = || {
        let first = lowercase(name[0]);
        lexicon::is_male_given_name(&first) || lexicon::is_female_given_name(&first)
    };
    (named && (honour || seat && given())).then_some(name.len())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn possessives_are_cut_from_names_but_not_from_contractions() {
        assert_eq!(without_possessive("Trump’s"), Some("Trump"));
        assert_eq!(without_possessive("Sanders'"), Some("Sanders"));
        assert_eq!(without_possessive("Post's"), Some("Post"));
        assert_eq!(without_possessive("it's"), None);
        assert_eq!(without_possessive("There’s"), None);
        assert_eq!(without_possessive("Trump"), None);
    }

    #[test]
    fn a_possessor_before_a_name_is_found() {
        assert_eq!(
            after_possessor(&["MSNBC’s", "Alex", "Seitz-Wald"], 0),
            Some(1)
        );
        assert_eq!(
            after_possessor(&["The", "Washington", "Post's", "Ed", "O'Keefe"], 0),
            Some(3)
        );
        assert_eq!(after_possessor(&["Alex", "Seitz-Wald"], 0), None);
        assert_eq!(after_possessor(&["Trump’s", "campaign"], 0), None);
        assert_eq!(
            possessor_role(&["The", "Washington", "Post's"]),
            "Washington Post"
        );
    }
}
