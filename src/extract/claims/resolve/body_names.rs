//! Names the words alone read as a person's that the text writes as a body's: a lone name
//! that opens a firm's fuller name written earlier ("Nexora Semiconductor cut its forecast.
//! … Nexora said"), a full name the text gives a plural verb ("Manchester United have sacked
//! their coach. … United said"), and a name taken up as a body ("Qantas said it would").
//! A person named in full before, or called "Mr. Nexora" further on, stays a person.

use super::full_names::{occurrences_back, Searches};
use super::*;

/// What a name read as a person's stands for when the text writes it as a body's.
pub(super) enum AsBody {
    /// A body the article has already had as a source ("Nexora Semiconductor").
    Entity(usize),
    /// A body under this name.
    Named(String),
}

/// How many bytes after an occurrence of a fuller name its judgement reads: the rest of its
/// sentence and the next, where "it", "its" or "the company" takes it up.
const BODY_AHEAD: usize = 400;

/// The searches for bodies' fuller names made so far for one article, by lone name.
#[derive(Debug, Default)]
pub(super) struct BodyNames(Searches<String>);

impl BodyNames {
    /// The nearest fuller name of a body that `name` opens in `context` (or `name` itself,
    /// written as a body's), reading only the text added since the last search for `name` in
    /// the same text.
    pub(super) fn before(&self, context: &str, name: &str) -> Option<String> {
        self.0.nearest(context, name, BODY_AHEAD, nearest_body_name)
    }
}

impl Resolver {
    /// The body a name stands for (`name` as [`classify`] gave it, a person's by its words;
    /// `context` the text before the mention, `after` the text after it), if the text writes
    /// it as a body's: the nearest full name before it is a body's; a lone name opens the
    /// name of a body that has been a source, or of a firm written before; the name is the
    /// subject of a plural verb; or the text takes it up as a body.
    pub(super) fn as_body(&self, name: &str, context: &str, after: &str) -> Option<AsBody> {
        let lone = !name.contains(' ');
        match self.full_names.found(context, name) {
            Some(full) if full.body => return Some(AsBody::Named(full.name)),
            // a person named in full before
            Some(_) => return None,
            None => {}
        }
        if lone {
            let fuller = match self.body_entity(name) {
                Some(i) => Some(AsBody::Entity(i)),
                None => self.body_names.before(context, name).map(AsBody::Named),
            };
            // "Mr. Nexora" further on is a person
            if fuller.is_some() && !named_as_person(name, after) {
                return fuller;
            }
            // "Ford said", "Disney said": a household firm's name that is also a surname, when
            // no one of it was named in full before nor is called "Mr. Ford" after
            if lexicon::is_surname_firm(&name.to_lowercase()) && !named_as_person(name, after) {
                return Some(AsBody::Named(name.to_string()));
            }
        }
        let body = agrees_as_plural(name, context, after, true) || taken_up_as_body(name, after);
        body.then(|| AsBody::Named(name.to_string()))
    }

    /// The latest organization that has been a source under a fuller name that `name` opens
    /// ("Nexora Semiconductor" for "Nexora"), all of it capitalised, and not a body named after
    /// a person ("the Clinton Foundation", "the Trump Organization": "Clinton" is hers).
    fn body_entity(&self, name: &str) -> Option<usize> {
        self.latest(|e| {
            e.kind == SourceKind::Organization
                && e.name.len() > name.len() + 1
                && e.name.starts_with(name)
                && e.name.as_bytes()[name.len()] == b' '
                && {
                    let rest = &e.name[name.len() + 1..];
                    let last = rest.rsplit(' ').next().unwrap_or("").to_lowercase();
                    rest.split(' ').count() <= 3
                        && rest.split(' ').all(is_cap)
                        && (is_firm_ending(&last) || !lexicon::is_org_word(&last))
                }
        })
    }
}

impl Resolver {
    /// The firm a name written in the possessive stands for when nothing is owned after it:
    /// "Sainsbury's said", "according to Sainsbury's.", "said McDonald's." (a shop named after
    /// its founder), unless the text knows a person by the name ("Trump's said" for "Trump
    /// has said"). "Trump's plan" owns a plan.
    pub(super) fn possessive_firm(&self, name: &str, context: &str, after: &str) -> bool {
        let Some(bare) = name
            .strip_suffix("'s")
            .or_else(|| name.strip_suffix("’s"))
            .filter(|b| !b.is_empty())
        else {
            return false;
        };
        let first = bare.split(' ').next().unwrap_or("").to_lowercase();
        if !bare.split(' ').all(is_cap) || bare.contains(['\'', '’']) || is_given_name(&first) {
            return false;
        }
        let rest = after.trim_start_matches(' ');
        // ("…, Sainsbury's said." ends the sentence on the verb: its stop is no part of it)
        let next = rest.split(' ').next().unwrap_or("");
        let next = next.trim_end_matches(['.', ',', ';', ':']);
        let owns_nothing = rest.is_empty()
            || rest.starts_with([',', '.', ';', ':', ')', '"', '”', '\n'])
            || next == "says"
            || lexicon::cue(next).is_some_and(|c| c.past && c.says());
        let person = || {
            let head = bare.rsplit(' ').next().unwrap_or(bare).to_lowercase();
            self.entities
                .iter()
                .any(|e| e.kind == SourceKind::Person && e.head == head)
                || self
                    .full_names
                    .found(context, bare)
                    .is_some_and(|f| !f.body)
        };
        owns_nothing && !person()
    }
}

/// Whether a name of two or more words ends on a word that ends a firm's name.
pub(super) fn is_firm_name(name: &str) -> bool {
    name.rsplit_once(' ')
        .is_some_and(|(_, last)| is_firm_ending(&last.to_lowercase()))
}

/// A word that ends a firm's name: a trade ("Motors", "Semiconductor") or a word for a
/// company ("Group", "Holdings", "Inc"); not a body that may be named after a person
/// ("Foundation", "Institute", "Campaign").
fn is_firm_ending(w: &str) -> bool {
    lexicon::is_trade_word(w)
        || lexicon::is_company_form(w)
        || matches!(
            w,
            "inc"
                | "inc."
                | "corp"
                | "corp."
                | "corporation"
                | "company"
                | "co"
                | "co."
                | "group"
                | "llc"
                | "ltd"
                | "ltd."
                | "plc"
                | "bank"
        )
}

/// The last occurrence of `name` starting in `floor..until` that opens a body's fuller name
/// or is a body's name by itself: where it starts, and the name (judged with at most [`BODY_AHEAD`] bytes after the
/// name in view).
fn nearest_body_name(
    context: &str,
    name: &str,
    floor: usize,
    until: usize,
) -> Option<(usize, String)> {
    if name.chars().count() < 2 {
        return None;
    }
    for pos in occurrences_back(context, name, floor, until) {
        let end = pos + name.len();
        let mut ahead = (end + BODY_AHEAD).min(context.len());
        while !context.is_char_boundary(ahead) {
            ahead -= 1;
        }
        let before = &context[..pos];
        let after = &context[end..ahead];
        if after.starts_with(' ') && opens_name(before) {
            if let Some(fuller) = fuller_body_name(name, before, after) {
                return Some((pos, fuller));
            }
        }
    }
    None
}

/// Whether a name that `before` ends at starts a name, not goes on one ("Ratan Tata"): at the
/// start of a sentence or after a word that is no name.
fn opens_name(before: &str) -> bool {
    let t = before.trim_end_matches(' ');
    if t.len() == before.len() {
        return before.is_empty() || before.ends_with(['\n', '“', '"', '(', '‘']);
    }
    let prev = t.rsplit([' ', '\n']).next().unwrap_or("");
    let bare = prev.trim_end_matches(['"', '”', '’', '\'', ')']);
    !is_cap(prev)
        || bare.ends_with(['.', '!', '?', ':', ',', ';'])
        || lexicon::is_determiner(&prev.to_lowercase())
}

/// The body's name that `name` opens, followed by `after`: the capitalised words after it up
/// to one that ends a firm's name ("Nexora Semiconductor", "Halvorsen Group"), or all of them
/// when the text writes them as a body ("Kestrel Boilers have", "Kestrel Boilers cut its
/// forecast", "… said it would"), or the name alone as the subject of a plural verb ("Celtic
/// have").
fn fuller_body_name(name: &str, before: &str, after: &str) -> Option<String> {
    let mut run: Vec<&str> = Vec::new();
    let mut run_end = 0;
    let mut firm_end = None;
    let mut at = 0;
    for w in after.split(' ').skip(1).take(3) {
        let start = at + 1;
        at = start + w.len();
        let bare = w
            .strip_suffix("'s")
            .or_else(|| w.strip_suffix("’s"))
            .unwrap_or(w)
            .trim_end_matches([',', ';', ':', '.', ')', '"', '”']);
        let bare = if w.ends_with('.') && !bare.contains('.') && is_firm_ending(&w.to_lowercase()) {
            w // "Inc."
        } else {
            bare
        };
        if bare.is_empty() || !is_cap(bare) || bare.contains('\n') {
            break;
        }
        run.push(bare);
        run_end = start + bare.len();
        if is_firm_ending(&bare.to_lowercase()) {
            firm_end = Some(run.len());
        }
        if bare.len() != w.len() {
            break;
        }
    }
    if let Some(k) = firm_end {
        return Some(format!("{name} {}", run[..k].join(" ")));
    }
    // "Celtic have appointed a manager": the name alone, as a body's
    if run.is_empty() {
        return agrees_as_plural(name, before, after, true).then(|| name.to_string());
    }
    if is_given_name(&run[0].to_lowercase()) {
        return None;
    }
    let fuller = format!("{name} {}", run.join(" "));
    let rest = &after[run_end..];
    let body = agrees_as_plural(&fuller, before, rest, true)
        || owner_of_its(rest)
        || taken_up_as_body(&fuller, rest);
    body.then_some(fuller)
}

/// Whether `after` opens on a verb and "its": "… cut its forecast".
fn owner_of_its(after: &str) -> bool {
    let mut words = after.strip_prefix(' ').unwrap_or("").split(' ');
    let verb = words.next().unwrap_or("");
    verb.len() > 2 && verb.bytes().all(|b| b.is_ascii_lowercase()) && words.next() == Some("its")
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The remembered searches give what a search of the whole text gives, at every prefix,
    /// whatever order of names is asked for.
    #[test]
    fn remembered_searches_agree_with_whole_searches() {
        let text = "Nexora Semiconductor cut its forecast. Nexora fell. Kestrel Boilers have \
                    said so. Ratan Kestrel spoke; Nexora Group and Kestrel Ltd. Nexora";
        for names in [["Nexora", "Kestrel"], ["Kestrel", "Nexora"]] {
            let found = BodyNames::default();
            for end in (0..=text.len()).filter(|&e| text.is_char_boundary(e)) {
                for name in names {
                    let context = &text[..end];
                    assert_eq!(
                        found.before(context, name),
                        nearest_body_name(context, name, 0, end).map(|f| f.1),
                        "{name} in {context:?}"
                    );
                }
            }
        }
    }
}
