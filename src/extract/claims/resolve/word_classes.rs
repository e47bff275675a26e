//! Word classes the mention classifier shares: leadership words and party nouns, body words,
//! pronouns, prepositions, titles (also plural), given names, lone bodies, source heads and
//! plurals of people.

use super::*;
use crate::extract::text::{lowercase, trim_suffix};

/// Whether a word as written makes a mention an organization's ([`lexicon::is_org_word`]):
/// initials spelled like a word ("UN", "EU") count only in capitals; "Un" in "Kim Jong Un" is
/// a given name. (The classifier asks it of a mention's every word: the possessives are cut
/// without building a searcher for them, and a word is lower-cased without allocating when it
/// already is.)
pub(super) fn is_org_word_written(w: &str) -> bool {
    let bare = trim_suffix(trim_suffix(w, "'s"), "’s");
    let lower = lowercase(bare);
    lexicon::is_org_word(&lower)
        && !(matches!(&*lower, "un" | "eu") && bare != lower.to_uppercase())
}

/// Words of a legislature's leadership titles and party labels that are no names ("Senate
/// Minority Whip Dick Durbin", "House Majority Leader Ann Lee", "Republican Ann Lee").
pub(super) fn is_leadership_word(w: &str) -> bool {
    matches!(
        w,
        "whip"
            | "majority"
            | "minority"
            | "ranking"
            | "floor"
            | "pro"
            | "tem"
            | "republican"
            | "democrat"
            | "democratic"
    )
}

/// Party labels used as nouns for a politician ("the Ohio Republican", "a Democrat", "a
/// senior Tory").
pub(super) fn is_party_noun(w: &str) -> bool {
    matches!(w, "republican" | "democrat" | "tory")
}

/// Whether the words after "the" describe a body by its cause or trade and a generic noun
/// for a body, as news copy takes up a group it has just named: "the rights group", "the aid
/// agency", "the campaign group", "the think tank" (not "the other group" nor "the parent
/// company", which may be another).
pub(super) fn is_cause_described_body(rest: &str) -> bool {
    let ws: Vec<&str> = rest.split_whitespace().collect();
    let [cause, noun] = ws[..] else {
        return false;
    };
    let cause_word = matches!(
        cause,
        "rights"
            | "aid"
            | "advocacy"
            | "campaign"
            | "campaigning"
            | "lobby"
            | "lobbying"
            | "pressure"
            | "environmental"
            | "conservation"
            | "humanitarian"
            | "relief"
            | "activist"
            | "watchdog"
            | "militant"
            | "rebel"
            | "monitoring"
            | "research"
            | "consumer"
            | "anti-corruption"
            | "charity"
    );
    rest == "think tank"
        || cause_word
            && matches!(
                noun,
                "group" | "organization" | "organisation" | "charity" | "agency" | "body"
            )
}

/// Whether a word names a kind of organization or official body ("commission", "center").
pub(super) fn is_body_word(w: &str) -> bool {
    lexicon::is_org_word(w) || lexicon::is_official_word(w)
}

/// A title that says how to address a person, not what they do: "Dr.", "Prof", "Ms." (the
/// honorifics of [`super::recent_names::is_honorific`] that name no office, and a professor's).
pub(super) fn is_courtesy_title(w: &str) -> bool {
    super::recent_names::is_honorific(w) && !matches!(w, "Sen." | "Rep." | "Gov.")
        || matches!(w, "Prof" | "Prof." | "Professor")
}

pub(super) fn is_pronoun(w: &str) -> bool {
    matches!(
        w,
        "he" | "she"
            | "i"
            | "they"
            | "we"
            | "it"
            | "who"
            | "which"
            | "you"
            | "him"
            | "her"
            | "his"
            | "their"
            | "its"
    )
}

/// Words that open a prepositional post-modifier ("of Georgia", "at the Pentagon").
pub(super) const PREPOSITIONS: &[&str] = &[
    "of", "for", "from", "at", "in", "on", "by", "with", "to", "about", "under", "outside",
    "inside", "among", "between", "within", "beyond", "than", "like", "besides", "except",
];

pub(super) fn is_preposition(w: &str) -> bool {
    PREPOSITIONS.contains(&w)
}

/// A title, also in the plural ("Sens.", "Senators", "Professors").
pub(super) fn is_title_word(w: &str) -> bool {
    let w = w.trim_end_matches(',');
    lexicon::is_title(w)
        || lexicon::is_title(singular(w))
        || matches!(w, "sens." | "reps." | "govs." | "drs.")
}

pub(super) fn is_plural_title(w: &str) -> bool {
    !lexicon::is_title(w) && is_title_word(w)
}

pub(super) fn is_given_name(w: &str) -> bool {
    lexicon::is_male_given_name(w) || lexicon::is_female_given_name(w)
}

/// Whether a lone capitalised word names a body or place by itself ("France", "Reuters").
pub(super) fn is_lone_body(w: &str) -> bool {
    lexicon::is_country_name(w)
        || lexicon::is_outlet_name(w)
        || lexicon::is_pollster(w)
        || is_body_word(w)
        || lexicon::is_media_word(w)
}

/// Whether a head noun makes a source: people, groups, offices, bodies (not documents).
pub(super) fn is_source_head(head: &str) -> bool {
    let one = singular(head);
    lexicon::is_anonymous_head(head)
        || lexicon::is_group_head(head)
        || lexicon::is_person_word(one)
        || is_title_word(head)
        || is_party_noun(one)
        || is_body_word(head)
        || is_body_word(one)
        || head == "others"
}

/// Whether a lower-cased word is a plural common noun for people: "caucus-goers",
/// "moviegoers", "retirees", "comedians" (a capital opening a sentence makes no name of it).
pub(super) fn is_people_plural(w: &str) -> bool {
    let plural = crate::extract::claims::grammar::ends_in_s(w) && !w.ends_with("'s");
    let one = singular(w);
    plural
        && (w.ends_with("goers")
            || lexicon::is_person_word(one)
            || w.rsplit_once('-')
                .is_some_and(|(_, part)| part != w && is_people_plural(part)))
}

/// "Police said", "Federal prosecutors allege": the plural that stands for a law-enforcement
/// office speaking on the record, an official body and not a view group; not prosecutors
/// counted or out of office ("Some prosecutors say", "Former prosecutors said").
pub(super) fn speaks_for_an_office(head: &str, core_lower: &[String]) -> bool {
    match head {
        "police" => true,
        // "the prosecution alleges": the prosecuting office in court, as "prosecutors" are
        "prosecutors" | "prosecution" => !core_lower.iter().any(|w| {
            matches!(w.as_str(), "former" | "retired" | "ex-" | "veteran")
                || lexicon::is_vague_quantifier(w)
                || lexicon::is_determiner(w) && !matches!(w.as_str(), "the")
        }),
        _ => false,
    }
}

/// Whether a capitalised run ends on a military staff, a body though "staff" alone is people:
/// "Ukraine's General Staff", "the Joint Chiefs of Staff", "the Joint Staff".
pub(super) fn is_staff_body(run_lower: &[&String]) -> bool {
    let ws: Vec<&str> = run_lower
        .iter()
        .map(|w| w.trim_end_matches("'s").trim_end_matches("’s"))
        .collect();
    matches!(
        ws.as_slice(),
        [.., "general", "staff"] | [.., "chiefs", "of", "staff"] | [.., "joint", "staff"]
    )
}

/// Whether a mention is one person left unnamed by an occupation after "a" or "one": "a
/// prominent Russian military blogger", "an Israeli economist" (a capitalised modifier is no
/// name, nor "military" an office).
pub(super) fn unnamed_by_occupation(core_lower: &[String], head: &str) -> bool {
    lexicon::is_occupation(head)
        && !lexicon::is_title(head)
        && core_lower.len() >= 2
        && core_lower.last().is_some_and(|w| w == head)
        && matches!(core_lower[0].as_str(), "a" | "an" | "one" | "another")
}
