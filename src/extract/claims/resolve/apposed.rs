//! What an appositive set off by commas right after a name says of it: "Ofwat, the regulator,"
//! is an official body, "Acme, the carmaker," a firm, "Karla Reyes, a spokeswoman for the
//! mayor," a person with that role.

use super::*;

/// The appositive right after a mention (`after` is the text that follows it): a noun phrase
/// opened by an article or an owner ("the regulator", "a spokeswoman for the mayor",
/// "Britain's biggest lender") or a post without one ("chief executive of Acme"), closed by a
/// comma or the sentence's end, and holding no verb ("Ofwat, the company said, …" is a frame
/// set in, not an appositive).
pub(super) fn appositive_after(after: &str) -> Option<&str> {
    let rest = after.strip_prefix(", ")?;
    // "Priya Nair, 34, a teacher from Kochi,": an age comes first
    let age_len = rest
        .find(", ")
        .filter(|&p| p > 0 && p <= 3 && rest[..p].chars().all(|c| c.is_ascii_digit()));
    let rest = match age_len {
        Some(p) => &rest[p + 2..],
        None => rest,
    };
    // (the text's end closes it too: "according to Marca, the Spanish daily.")
    let end = (rest.find([',', ';', '(', ')', '"', '“', '”', '\n'])).unwrap_or(rest.len());
    let phrase = rest[..end].trim_end();
    // a full stop after a common noun closes it too, not one ending an abbreviation ("Mr.")
    // (a long capitalised word ends a sentence: "… of British Columbia. Now")
    let stop = phrase.match_indices(". ").map(|(p, _)| p).find(|&p| {
        let word = phrase[..p].rsplit(' ').next().unwrap_or("");
        !word.starts_with(char::is_uppercase) || word.chars().count() > 5 && !word.contains('.')
    });
    let phrase = match stop {
        Some(p) => &phrase[..p],
        None => phrase.trim_end_matches('.'),
    };
    // "a logistics manager who bought a flat": a post before a relative clause is the role
    let phrase = match phrase.find(" who ").or_else(|| phrase.find(" whose ")) {
        Some(p) if is_post(&phrase[..p]) => phrase[..p].trim_end_matches(" and"),
        _ => phrase,
    };
    let ws: Vec<&str> = phrase.split_whitespace().collect();
    let first = ws.first()?.to_lowercase();
    let owner = ws.len() > 1 && (first.ends_with("'s") || first.ends_with("’s"));
    let article = matches!(first.as_str(), "the" | "a" | "an") || owner;
    // "chief executive of Acme": a post needs no article, but is no title before a name
    // ("former Secretary of State Ann Lee") and ends on no preposition ("author of")
    let post = !article
        && is_post(phrase)
        && !ws.last().is_some_and(|w| is_preposition(&w.to_lowercase()))
        && !matches!(classify(phrase), (SourceKind::Person, _, Some(_)));
    if !(article || post) || ws.len() < 2 || ws.len() > 12 {
        return None;
    }
    // a relative clause ("a pollster who worked for …") describes at length: no role to
    // copy whole, and no head to trust
    let verb = ws[usize::from(article)..].iter().any(|w| {
        let w = w.to_lowercase();
        matches!(w.as_str(), "who" | "whom" | "which" | "that" | "whose")
            || lexicon::cue(&w).is_some()
            || lexicon::word_flags(&w) & lexicon::flag::FINITE != 0
    });
    (!verb).then_some(phrase)
}

/// Whether a noun phrase names a post a person holds by its head, a title or the name of a
/// line of work ("chief executive of Acme", "senior vice-president of research", "a nurse").
/// ("a paleoclimatologist at Stockholm University": a calling no list knows, by its shape)
fn is_post(phrase: &str) -> bool {
    let lower = phrase.to_lowercase();
    let listed = head_of_appositive(&lower).is_some_and(|head| {
        let head = head.rsplit('-').next().unwrap_or("");
        lexicon::is_title(head) || lexicon::is_occupation(head) || lexicon::is_trade_person(head)
    });
    let cap: Vec<bool> = phrase.split_whitespace().map(is_cap).collect();
    let lower_words: Vec<&str> = lower.split_whitespace().collect();
    listed || lexicon::is_calling_at_a_name(&lower_words, &cap)
}

/// An appositive's head, lower-cased: the last word before a post-modifier ("a senior adviser
/// [to the campaign]").
fn head_of_appositive(lower: &str) -> Option<&str> {
    let head = lower
        .split_whitespace()
        .take_while(|w| !is_preposition(w) && !opens_post_modifier(w))
        .last()?;
    Some(head.trim_end_matches("'s").trim_end_matches("’s"))
}

/// The kind an appositive's head gives the name before it: a body that regulates or governs
/// ("the regulator", "the media watchdog") is official, a firm or other body ("the carmaker",
/// "the charity", "India's second-largest software exporter") an organization, a person's
/// title or a common noun for a person a person, a common noun for an outlet ("the daily") a
/// medium.
pub(super) fn kind_of_appositive(phrase: &str) -> Option<SourceKind> {
    let lower = phrase.to_lowercase();
    let head = head_of_appositive(&lower)?;
    let person = lexicon::is_person_word(head) || lexicon::is_anonymous_head(head);
    if person || is_post(phrase) {
        return Some(SourceKind::Person);
    }
    // the heads of official bodies an appositive names, not every word that may end an
    // official name ("a security guard")
    let official = matches!(
        head,
        "regulator"
            | "watchdog"
            | "ministry"
            | "department"
            | "authority"
            | "commission"
            | "government"
            | "administration"
            | "police"
            | "court"
            | "tribunal"
            | "bureau"
            | "directorate"
            | "inspectorate"
            | "secretariat"
            | "council"
    );
    // "a government agency", "a statutory body": a body noun the public sector owns
    let public_body = || {
        matches!(head, "agency" | "body")
            && lower.split_whitespace().any(lexicon::is_public_sector_word)
    };
    if official || public_body() {
        return Some(SourceKind::Official);
    }
    if lexicon::is_org_word(head) || lexicon::is_trade_word(head) || is_firm_noun(head) {
        return Some(SourceKind::Organization);
    }
    // "Marca, the Spanish daily,", "AS, the sports newspaper,": an outlet
    lexicon::is_outlet_noun(head).then_some(SourceKind::Media)
}

/// Whether a mention classified as a person's name may be a body an appositive names: the name
/// is the whole mention (in "Ann Lee of Acme, the carmaker," the appositive is Acme's), owns no
/// word ("Variety's Gordon Cox"), and no title, role or known given name shows a person.
pub(super) fn may_be_body(mention: &str, name: &str, role: Option<&str>) -> bool {
    let first = name.split_whitespace().next().unwrap_or("").to_lowercase();
    role.is_none()
        && mention.trim() == name
        && name.split_whitespace().all(|w| {
            (is_cap(w) || w == "&")
                && !w.ends_with("'s")
                && !w.ends_with("’s")
                && !w.ends_with(['\'', '’'])
        })
        && !is_given_name(&first)
}

/// Prepositions of time and place beyond the ones a source mention's post-modifier opens on
/// ("a senior official [during the Bush administration]").
fn opens_post_modifier(w: &str) -> bool {
    matches!(
        w,
        "during"
            | "since"
            | "until"
            | "before"
            | "after"
            | "over"
            | "through"
            | "across"
            | "against"
            | "into"
            | "toward"
            | "towards"
    )
}

/// Whether a role (without its article) is owned by a word that stands for someone else: "the
/// company's chief executive" or "his campaign manager" says less than a later "Acme's chief
/// executive", and means nothing out of its sentence.
pub(super) fn is_generic_role(role: &str) -> bool {
    role.split(' ').next().is_some_and(|w| {
        !is_cap(w) && (w.ends_with("'s") || w.ends_with("’s"))
            || matches!(
                w.to_lowercase().as_str(),
                "his" | "her" | "their" | "its" | "our" | "my"
            )
    })
}

/// The role a description gives the person it names: the description itself, or, when it is
/// owned by a word that stands for someone else ("her attorney", "the company's lawyer"), the
/// post alone ("attorney", "lawyer"), which still tells a reader what the source is.
pub(super) fn role_of_description(role: &str) -> Option<&str> {
    if !is_generic_role(role) {
        return Some(role);
    }
    let (_, post) = role.split_once(' ')?;
    let post = post.trim();
    (!post.is_empty() && !is_generic_role(post)).then_some(post)
}
