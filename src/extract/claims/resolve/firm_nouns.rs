//! "Novex plans to seek approval, the company said": a noun for a firm ("the company", "the
//! drugmaker") takes up a firm, never an agency or an association the text quoted last, and
//! first the name its own sentence opens on, which the frame's content is about.

use super::*;
use crate::extract::text::lowercase;

/// Whether a lower-cased noun names a firm, of whatever trade: "company", "carmaker",
/// "toymaker". "The company said" opening a sentence takes up the name before with it (not
/// "the group" or "the party", which may be a person's), and an appositive names a firm by it
/// ("Infosys, India's second-largest software exporter,").
pub(super) fn is_firm_noun(w: &str) -> bool {
    w.len() > 6 && w.ends_with("maker") || lexicon::is_firm_common_noun(w)
}

/// Whether a body's name ends on a word for a body that is no firm: "World Health
/// Organization", "Rail Delivery Group" is a firm's trade body but "Group" may be a firm's.
pub(super) fn is_non_firm_body(name: &str) -> bool {
    let last = lowercase(name.rsplit(' ').next().unwrap_or(""));
    matches!(
        &*last,
        "organization"
            | "organisation"
            | "association"
            | "institute"
            | "university"
            | "foundation"
            | "council"
            | "committee"
            | "commission"
            | "society"
            | "federation"
            | "league"
            | "alliance"
            | "agency"
            | "ministry"
            | "department"
            | "office"
            | "union"
            | "party"
            | "police"
    )
}

/// The firm's name the sentence `context` ends in opens on, or else the sentence before, when
/// it is one: "Novex plans …," gives "Novex". A run of capitalised words (at most four, "&" inside) right before a
/// lower-case word; one that opens on a given name is a person's, and a single word must be written
/// capitalised inside a sentence somewhere before ("… by the drugmaker Novex."), which a
/// capitalised common noun ("Shares rose …") is not.
pub(super) fn sentence_opening_firm(context: &str) -> Option<&str> {
    let start = context.rfind(['.', '!', '?', '\n']).map_or(0, |k| k + 1);
    opening_firm(context, start).or_else(|| {
        // "United Technologies is not hurting …. But the company says": the sentence before
        let end = context[..start].trim_end_matches(['.', '!', '?', '\n', ' ', '"', '”']);
        let before = end.rfind(['.', '!', '?', '\n']).map_or(0, |k| k + 1);
        (start > 0 && !end.is_empty())
            .then(|| opening_firm(context, before))
            .flatten()
    })
}

/// The firm's name the sentence of `context` starting at `start` opens on (see
/// [`sentence_opening_firm`]).
fn opening_firm(context: &str, start: usize) -> Option<&str> {
    let sentence = past_opening(context[start..].trim_start_matches([' ', '"', '“', '\n']));
    let (mut name_end, mut words, mut pos) = (0, 0, 0);
    for w in sentence.split(' ') {
        let bare = w.trim_end_matches(',');
        let bare = bare
            .strip_suffix("'s")
            .or_else(|| bare.strip_suffix("’s"))
            .unwrap_or(bare);
        if words == 4 || !(is_cap(bare) || bare == "&") {
            break;
        }
        name_end = pos + bare.len();
        words += 1;
        pos += w.len() + 1;
        // "Novex, a drugmaker, …", "Novex's chief": the name ends there
        if bare.len() < w.len() {
            break;
        }
    }
    let name = &sentence[..name_end];
    // the name is the subject of a verb right after it ("Novex plans"), not an opening
    // adjunct ("On Tuesday, the company said") or a name set off by a comma
    let verb_follows = sentence[name_end..]
        .strip_prefix(' ')
        .is_some_and(|r| r.starts_with(|c: char| c.is_lowercase()));
    if !verb_follows {
        return None;
    }
    if name.is_empty() || !name.chars().next().is_some_and(char::is_alphabetic) {
        return None;
    }
    let first = name.split(' ').next().unwrap_or("").to_lowercase();
    // "Chelsea have signed …": one name with a plural verb is a body in British style, even
    // one that is also a given name
    let plural_verb = words == 1
        && matches!(
            sentence[name_end..].split(' ').nth(1),
            Some("have" | "are" | "were")
        );
    let given = lexicon::is_female_given_name(&first) || lexicon::is_male_given_name(&first);
    let person = given && !plural_verb
        || lexicon::is_title(&first)
        || lexicon::is_determiner(&first)
        // "In the Wells Fargo scandal, …": a preposition opens an adjunct
        || is_preposition(&first)
        || is_pronoun(&first)
        || is_sentence_opener(&first)
        || lexicon::is_clause_word(&first);
    if person {
        return None;
    }
    // "Acme Transit", "Pratt & Whitney Group": several words name a firm by a word for one
    // ("Jane Ortiz" is a person's name)
    let firm_words = words > 1
        && (body_names::is_firm_name(name)
            || name.split(' ').any(|w| {
                let w = lowercase(w);
                lexicon::is_org_word(&w) || lexicon::is_trade_word(&w)
            }));
    // "Goldman Sachs cut its forecast": a name that "its" follows in its own clause is a body's
    let its_own = sentence[name_end..]
        .split(' ')
        .take(8)
        .take_while(|w| !w.ends_with([',', ';', '.']))
        .any(|w| w == "its");
    let named_inside = firm_words
        || its_own
        || words == 1 && {
            // (the last 20,000 bytes: a long text costs no more per mention than a short one)
            let mut from = start.saturating_sub(20_000);
            while !context.is_char_boundary(from) {
                from += 1;
            }
            let before = &context[from..start];
            before.match_indices(name).any(|(k, _)| {
                let prev = before[..k].trim_end();
                k > 0 && !prev.is_empty() && !prev.ends_with(['.', '!', '?', '"', '“', '\n'])
            })
        };
    named_inside.then_some(name)
}

/// A sentence without what may open it before its subject: a dateline ("SAN FRANCISCO (AP) —
/// Novex will …") or a short adjunct of time set off by a comma ("On Tuesday, Novex said …").
pub(super) fn past_opening(sentence: &str) -> &str {
    let head: String = sentence.chars().take(60).collect();
    for dash in [" — ", " – ", " -- ", " - "] {
        if let Some(k) = head.find(dash) {
            let place = &head[..k];
            let dateline = place.chars().any(char::is_alphabetic)
                && !place.chars().any(char::is_lowercase)
                || place.ends_with(')');
            if dateline {
                return &sentence[k + dash.len()..];
            }
        }
    }
    let first = sentence
        .split(' ')
        .next()
        .unwrap_or("")
        .trim_end_matches(',');
    let timely = matches!(
        &*lowercase(first),
        "today" | "yesterday" | "on" | "in" | "last" | "earlier" | "later" | "meanwhile" | "now"
    );
    match sentence.find(", ") {
        Some(k) if timely && sentence[..k].split(' ').count() <= 4 => &sentence[k + 2..],
        _ => sentence,
    }
}

/// Whether a mention takes up several firms as one plural: "the companies", "both firms",
/// "the two banks".
pub(super) fn is_plural_firms(mention: &str) -> bool {
    let lower = lowercase(mention.trim());
    let rest = ["the two ", "both ", "the "]
        .iter()
        .find_map(|d| lower.strip_prefix(d));
    rest.is_some_and(|noun| {
        let one = match noun.strip_suffix("ies") {
            Some(stem) => format!("{stem}y"),
            None => noun.strip_suffix('s').unwrap_or("").to_string(),
        };
        !one.is_empty() && one != "club" && is_firm_noun(&one)
    })
}

impl Resolver {
    /// The firms "the companies" takes up: every named firm quoted as a source within the
    /// sentences before (about [`ANTECEDENT_REACH`]), when there are two or more; None else,
    /// and the mention is read on its own words.
    pub fn plural_firms(&self, mention: &str, context: &str) -> Option<Vec<usize>> {
        if !is_plural_firms(mention) {
            return None;
        }
        let near = context.len().saturating_sub(ANTECEDENT_REACH);
        let firms: Vec<usize> = (self.entities.iter().enumerate())
            .filter(|(_, e)| {
                e.kind == SourceKind::Organization
                    && e.last >= near
                    && e.name.starts_with(char::is_uppercase)
                    && descriptions::is_body_entity(e)
                    && !is_non_firm_body(&e.name)
                    && !lexicon::is_campaign_body_ending(&e.head)
            })
            .map(|(i, _)| i)
            .collect();
        (firms.len() >= 2).then_some(firms)
    }
}
