//! Whether a description fits a person the text gave a role: "the Ohio senator" fits "Ohio
//! Sen. Ann Lee" but not "Texas Sen. Ann Lee", "the surgeon" not "Ann Lee, a lawyer", and a
//! public office ("the minister") only someone the text gave it.

use super::*;

/// Whether a description ("the Ohio senator", with `rest` its words after "the" and `head` its
/// noun) fits a person the text gave the role `role` ("Ohio Sen.", "Mayor"): a role that names
/// an office names the description's ("Sen." for "the senator", "Majority Leader" for "the
/// Senate leader"; "the candidate" fits anyone), and a role that names a state or country
/// names the description's ("Texas Sen." is not "the Ohio senator"). Nothing in a person the
/// text gave no role, or a role without an office, conflicts with a description.
pub(super) fn description_fits(rest: &str, head: &str, role: Option<&str>) -> bool {
    let Some(role) = role else {
        return true;
    };
    // "The Courier’s Leo Varga": a person an outlet owns is its journalist, no mayor
    let outlet = role
        .rsplit(' ')
        .next()
        .is_some_and(|w| lexicon::is_media_word(&w.to_lowercase()));
    if outlet && !is_newsroom_post(head) {
        return false;
    }
    if !lexicon::is_title(head) && !is_party_noun(head) {
        return trade_fits(rest, head, role);
    }
    // "candidate for governor": an office after "for" is sought, not held
    let held: Vec<String> = role
        .split_whitespace()
        .map(|w| office_word(&w.to_lowercase()))
        .take_while(|w| !matches!(w.as_str(), "for" | "to" | "against" | "about" | "with"))
        .collect();
    let offices: Vec<&str> = held
        .iter()
        .map(String::as_str)
        .filter(|w| lexicon::is_title(w) || lexicon::is_title(&format!("{w}.")))
        .collect();
    let rest_words: Vec<&str> = rest.split_whitespace().collect();
    // "the police chief" is not the deputy chief, nor "the president" the vice president
    fn rank(ws: &[&str]) -> Option<String> {
        ws.iter()
            .find(|w| matches!(**w, "vice" | "deputy" | "assistant" | "associate" | "joint"))
            .map(|w| w.to_string())
    }
    // anyone may run: "the candidate" fits a governor and a neurosurgeon alike
    let named = offices.is_empty()
        || offices.iter().any(|w| same_office(w, head))
        || matches!(head, "candidate" | "nominee")
        || is_party_noun(head);
    let held_words: Vec<&str> = held.iter().map(String::as_str).collect();
    if !named || rank(&held_words) != rank(&rest_words) {
        return false;
    }
    let held_places: Vec<&str> = held
        .iter()
        .map(String::as_str)
        .filter(|w| is_place(w))
        .collect();
    let places: Vec<&&str> = rest_words.iter().filter(|w| is_place(w)).collect();
    held_places.is_empty() || places.is_empty() || places.iter().any(|p| held_places.contains(p))
}

/// Whether a description by trade or by age ("the retired neurosurgeon", "the Air Force
/// veteran") fits a person the text gave the role `role`: a role that names another trade or
/// an office conflicts ("Ann Lee, a lawyer," is not "the surgeon"; "Sen. Ann Lee" is not "the
/// businessman"), one that says only that the person runs does not ("Republican presidential
/// candidate"), and neither does one of the same trade; nor may the gender differ.
fn trade_fits(rest: &str, head: &str, role: &str) -> bool {
    let own = gender_of(rest, None);
    if own.is_some() && gender_of("", Some(role)).is_some_and(|g| Some(g) != own) {
        return false;
    }
    role.split_whitespace()
        .map(|w| office_word(&w.to_lowercase()))
        .take_while(|w| !matches!(w.as_str(), "for" | "to" | "against" | "about" | "with"))
        .filter(|w| {
            let w = w.trim_end_matches([',', '.']);
            // (a common noun for a post counts too: "the traffic engineer" is not the "City
            // council member")
            (lexicon::is_title(w)
                || lexicon::is_occupation(w)
                || lexicon::is_person_noun(w)
                || lexicon::is_title(&format!("{w}.")))
                && !matches!(w, "candidate" | "nominee" | "former" | "retired")
        })
        .all(|w| w == head || rest.split_whitespace().any(|r| r == w))
}

/// Whether a lower-cased head names a post in a newsroom ("the reporter", "the columnist").
fn is_newsroom_post(head: &str) -> bool {
    matches!(
        head,
        "reporter"
            | "correspondent"
            | "editor"
            | "columnist"
            | "writer"
            | "journalist"
            | "anchor"
            | "host"
            | "commentator"
            | "critic"
            | "producer"
    )
}

/// Whether a lower-cased word names a state or a country ("ohio", "york" of New York).
fn is_place(w: &str) -> bool {
    let w = w.trim_end_matches('.');
    lexicon::is_us_state(w)
        || lexicon::is_country_name(w)
        || matches!(
            w,
            "york" | "jersey" | "hampshire" | "mexico" | "carolina" | "dakota"
        )
}

/// Whether a role ("Senate Majority Leader", "Rep.") names the office `head` ("leader",
/// "congresswoman").
pub(super) fn role_names_office(role: &str, head: &str) -> bool {
    role.split_whitespace()
        .any(|w| same_office(&office_word(&w.to_lowercase()), head))
}

/// Whether "the `head`" may take up a person the text gave no role: not when `head` is a
/// public office ("the minister", "the judge") that the text before (`context`) never names
/// ("Sen. Ann Lee", "the senator"), since such a description presupposes an office holder the
/// reader met before. A trade ("the author") or a run ("the candidate") may describe anyone.
pub(super) fn office_may_be_anyones(context: &str, head: &str) -> bool {
    let public_office = matches!(
        head,
        "minister"
            | "secretary"
            | "senator"
            | "governor"
            | "mayor"
            | "premier"
            | "chancellor"
            | "judge"
            | "justice"
            | "ambassador"
            | "sheriff"
            | "commissioner"
            | "prosecutor"
            | "representative"
            | "congressman"
            | "congresswoman"
            | "lawmaker"
            | "councillor"
            | "councilman"
            | "councilwoman"
            | "treasurer"
    );
    !public_office || office_named_before(context, head)
}

/// Whether "the `rest`" (`head` its noun) may take up a person the text gave the role `role`:
/// a part in a proceeding or a game ("the judge", "the prosecutor", "the deputy attorney
/// general", "the coach", "the host") only someone the text gave a role, since court, sports
/// and broadcast copy name such a part for another person than the party named before ("Mr
/// Bhatti argued …. The judge said"). A public office ("the Florida senator" after "Marco
/// Rubio says") may describe the person named before, as political copy does.
pub(super) fn post_fits_roleless(rest: &str, head: &str, role: Option<&str>) -> bool {
    let part = matches!(
        head,
        "judge"
            | "magistrate"
            | "prosecutor"
            | "lawyer"
            | "attorney"
            | "counsel"
            | "barrister"
            | "solicitor"
            | "coach"
            | "manager"
            | "referee"
            | "umpire"
            | "host"
            | "moderator"
            | "interviewer"
            | "presenter"
            | "attorney-general"
            | "solicitor-general"
    ) || rest.split_whitespace().any(|w| {
        matches!(
            w,
            "attorney" | "solicitor" | "prosecuting" | "defense" | "defence"
        )
    });
    role.is_some() || !part
}

/// Whether the text before (`context`) names the office `head` anywhere.
fn office_named_before(context: &str, head: &str) -> bool {
    context.split_whitespace().any(|w| {
        let w = w
            .trim_matches(|c: char| !c.is_alphanumeric() && c != '.')
            .to_lowercase();
        let office = |w: &str| same_office(&office_word(w), head);
        w.len() >= 2 && (office(&w) || office(w.trim_end_matches('.')))
    })
}

/// A title as a role writes it, with its abbreviation spelt out ("sen." → "senator").
fn office_word(w: &str) -> String {
    match w {
        "sen." => "senator",
        "gov." => "governor",
        "rep." => "representative",
        "gen." => "general",
        // ("Adm. Harry Harris" is "the admiral")
        "adm." => "admiral",
        "col." => "colonel",
        "capt." => "captain",
        "sgt." => "sergeant",
        "prof." => "professor",
        "ceo" => "executive",
        _ => w,
    }
    .to_string()
}

/// Whether two title words name the same office ("congresswoman" and "representative",
/// "chairwoman" and "chair").
fn same_office(a: &str, b: &str) -> bool {
    fn class(w: &str) -> &str {
        match w {
            "representative" | "congressman" | "congresswoman" => "representative",
            "chairman" | "chairwoman" | "chair" => "chair",
            "spokesman" | "spokeswoman" | "spokesperson" => "spokesperson",
            "councilman" | "councilwoman" | "councillor" | "councilmember" => "councillor",
            "assemblyman" | "assemblywoman" | "assemblymember" => "assemblymember",
            "alderman" | "alderwoman" => "alderman",
            _ => w,
        }
    }
    class(a) == class(b)
}
