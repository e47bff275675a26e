//! The full name a lone surname stands for ("Varki" → "Temur Varki"), found in the text before
//! the mention. Each search remembers how far it read, so an article that repeats a surname a
//! thousand times reads the text before it once, not a thousand times.

use std::cell::RefCell;

use super::*;

/// What the last search for one name found, in the text from one start.
#[derive(Debug, Clone)]
struct Searched<T> {
    /// Where the searched text starts in memory: a later search must read the same text.
    text_at: usize,
    /// Occurrences starting before this byte were judged with all the text their judgement
    /// reads in view, so they need no second look.
    settled: usize,
    /// The nearest find among the settled occurrences.
    found: Option<T>,
}

/// The searches made so far in one article for occurrences of a name, by name: each search
/// reads only the text added since the last search for the same name.
#[derive(Debug)]
pub(super) struct Searches<T>(RefCell<lexicon::FastMap<String, Searched<T>>>);

impl<T> Default for Searches<T> {
    fn default() -> Self {
        Searches(RefCell::default())
    }
}

impl<T: Clone> Searches<T> {
    /// What `search` finds for `name` in `context`, reading only the text added since the
    /// last search for `name` in the same text. `search(context, name, floor, until)` gives
    /// the nearest occurrence starting in `floor..until` it accepts, judged with at most
    /// `ahead` bytes after the name in view.
    pub(super) fn nearest(
        &self,
        context: &str,
        name: &str,
        ahead: usize,
        search: impl Fn(&str, &str, usize, usize) -> Option<(usize, T)>,
    ) -> Option<T> {
        let text_at = context.as_ptr() as usize;
        let mut memo = self.0.borrow_mut();
        let earlier = memo
            .get(name)
            .filter(|s| s.text_at == text_at && s.settled <= context.len());
        let (floor, settled_found) = match earlier {
            Some(s) => (s.settled, s.found.clone()),
            None => (0, None),
        };
        // an occurrence whose judgement reads up to the very end of `context` may be judged
        // otherwise in a longer text
        let mut settled = context.len().saturating_sub(name.len() + ahead).max(floor);
        while !context.is_char_boundary(settled) {
            settled -= 1;
        }
        let found = search(context, name, floor, context.len());
        let newly_settled = match &found {
            Some((at, _)) if *at >= settled => search(context, name, floor, settled).map(|f| f.1),
            other => other.as_ref().map(|(_, f)| f.clone()),
        };
        memo.insert(
            name.to_string(),
            Searched {
                text_at,
                settled,
                found: newly_settled.or(settled_found.clone()),
            },
        );
        found.map(|(_, f)| f).or(settled_found)
    }
}

/// A full name found for a surname, and whether the text writes it as a body's: "Manchester
/// United have sacked their coach" is a club, though "Manchester" could be a given name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct FullName {
    pub name: String,
    pub body: bool,
    /// The title written right before the full name ("local councillor" for "… arrested
    /// local councillor Greg Tindall"), when one is.
    pub role: Option<String>,
}

/// How many bytes after a full name its judgement reads: the verb and the word after it.
const FULL_NAME_AHEAD: usize = 32;

/// The searches for full names of surnames made so far for one article.
#[derive(Debug, Default)]
pub(super) struct FullNames(Searches<FullName>);

impl FullNames {
    /// [`full_name_before`], reading only the text added since the last search for `surname`
    /// in the same text; none when the nearest full name is a body's.
    pub(super) fn before(&self, context: &str, surname: &str) -> Option<String> {
        self.found(context, surname)
            .filter(|f| !f.body)
            .map(|f| f.name)
    }

    /// The nearest full name for `surname` in `context`, a person's or a body's.
    pub(super) fn found(&self, context: &str, surname: &str) -> Option<FullName> {
        self.0
            .nearest(context, surname, FULL_NAME_AHEAD, nearest_full_name)
    }
}

impl FullNames {
    /// The person "Dr. Ellery" or "Judge Marsh" stands for (`title` as written) when the text
    /// named more than one person of the surname in full: the one it gave that title
    /// ("Dr. Margaret Ellery", "Judge Ann Marsh") or, for a doctor or a professor, described
    /// by a learned trade in apposition ("Margaret Ellery, a biologist,"), when that is one
    /// person and not the nearest full name (the nearer "Her daughter, Clare Ellery," was not
    /// called a doctor). None otherwise: the nearest full name stands.
    pub(super) fn titled(&self, context: &str, title: &str, surname: &str) -> Option<FullName> {
        let title = plain_title(title);
        let learned_title = matches!(title.as_str(), "dr" | "professor");
        let mut until = context.len();
        let (mut nearest, mut learned): (Option<String>, Vec<FullName>) = (None, Vec::new());
        for _ in 0..24 {
            let Some((pos, f)) = nearest_full_name(context, surname, 0, until) else {
                break;
            };
            until = pos;
            let titled = f.role.as_deref().is_some_and(|r| {
                if learned_title {
                    // (a doctor's or a professor's title opens the role: "Dr. Ann Lee")
                    let first = plain_title(r.split(' ').next().unwrap_or(""));
                    matches!(first.as_str(), "dr" | "professor")
                } else {
                    r.split(' ').any(|w| plain_title(w) == title)
                }
            });
            let described = learned_title
                && appositive_after(&context[pos + surname.len()..])
                    .and_then(|p| p.split_whitespace().last())
                    .is_some_and(|w| is_learned_trade(&w.to_lowercase()));
            let nearest = nearest.get_or_insert_with(|| f.name.clone());
            if (titled || described) && !f.body && !learned.iter().any(|l| l.name == f.name) {
                if f.name == *nearest {
                    return None;
                }
                learned.push(f);
            }
        }
        (learned.len() == 1).then(|| learned.remove(0))
    }
}

impl Resolver {
    /// The person "Dr. Ellery", "Prof Ellery" or "Judge Marsh" (the words `ws`: a title and a
    /// surname) stands for when the text named more than one person of the surname in full
    /// ([`FullNames::titled`]).
    pub(super) fn doctor_named(&mut self, ws: &[&str], context: &str) -> Option<usize> {
        let [title, surname] = ws else { return None };
        let titled = lexicon::is_title(&plain_title(title)) || is_honorific(title);
        if !titled || !is_cap(surname) || !is_cap(title) {
            return None;
        }
        let full = self.full_names.titled(context, title, surname)?;
        let head = full.name.to_lowercase();
        Some(self.add(full.name, SourceKind::Person, full.role, head))
    }
}

/// A title lower-cased, without its full stop, in one spelling for a doctor and a professor.
fn plain_title(w: &str) -> String {
    let w = w.trim_end_matches('.').to_lowercase();
    match w.as_str() {
        "doctor" => "dr".to_string(),
        "prof" => "professor".to_string(),
        _ => w,
    }
}

/// Trades whose people are mostly called "Dr." in news copy: scientists, physicians, scholars.
fn is_learned_trade(w: &str) -> bool {
    w.ends_with("ologist")
        || w.ends_with("scientist")
        || matches!(
            w,
            "physician"
                | "surgeon"
                | "doctor"
                | "professor"
                | "researcher"
                | "chemist"
                | "physicist"
                | "economist"
                | "historian"
                | "lecturer"
                | "academic"
        )
}

/// "Temur Varki" for "Varki" when the text before names the person in full; never a function
/// word or the end of a sentence taken for a given name ("The Clinton", "If Trump").
#[cfg(test)]
pub(super) fn full_name_before(context: &str, surname: &str) -> Option<String> {
    nearest_full_name(context, surname, 0, context.len())
        .filter(|(_, f)| !f.body)
        .map(|(_, f)| f.name)
}

/// The last occurrence of `surname` starting in `floor..until` with a given name before it:
/// where it starts, and the full name (judged with at most [`FULL_NAME_AHEAD`] bytes after it
/// in view).
fn nearest_full_name(
    context: &str,
    surname: &str,
    floor: usize,
    until: usize,
) -> Option<(usize, FullName)> {
    if surname.chars().count() < 2 {
        return None;
    }
    for pos in occurrences_back(context, surname, floor, until) {
        let after = context[pos + surname.len()..].chars().next();
        if after.is_some_and(char::is_alphanumeric) {
            continue;
        }
        let before = context[..pos].trim_end_matches(' ');
        if before.len() == pos {
            continue;
        }
        let prev = before.rsplit(' ').next().unwrap_or("");
        let prev = prev.rsplit('\n').next().unwrap_or("");
        if is_given_name_before(prev) {
            let end = pos + surname.len();
            let mut ahead = (end + FULL_NAME_AHEAD).min(context.len());
            while !context.is_char_boundary(ahead) {
                ahead -= 1;
            }
            let mut given_at = before.len() - prev.len();
            let mut given = prev.to_string();
            // "Donald J. Trump": a middle initial, with the given name before it
            if prev.len() == 2 && prev.ends_with('.') {
                let earlier = context[..given_at].trim_end_matches(' ');
                let first = earlier.rsplit([' ', '\n']).next().unwrap_or("");
                if earlier.len() < given_at && is_given_name_before(first) && first.len() > 2 {
                    given_at = earlier.len() - first.len();
                    given = format!("{first} {prev}");
                }
            }
            // "their" after a verb shows a body only where no known given name opens the name
            let their = !is_given_name(&given.split(' ').next().unwrap_or("").to_lowercase());
            let name = format!("{given} {surname}");
            // "Al Qaeda": the Arabic article, not the given name Al
            let body = agrees_as_plural(&name, &context[..given_at], &context[end..ahead], their)
                || arabic_article::arabic_body_name(&name).is_some();
            let role = title_before(&context[..given_at]).map(str::to_string);
            return Some((pos, FullName { name, body, role }));
        }
    }
    None
}

/// The title that ends `before`, the text up to a full name: a title word right before the
/// name ("councillor", "Minister", "Sen.") and, back from it, the capitalised words and titles
/// of the office and the few words news style sets before a title ("former", "local"):
/// "Police arrested local councillor" gives "local councillor", "called for Health Minister"
/// "Health Minister". None when the word before the name is no title ("rival", "businessman").
pub(super) fn title_before(before: &str) -> Option<&str> {
    // a line break ends a headline or a paragraph: the title is on the name's own line
    let line = before.rfind('\n').map_or(0, |k| k + 1);
    let before = &before[line..];
    let mut start = None;
    let mut next: Option<String> = None;
    for (at, w) in word_starts(before) {
        let lower = w.to_lowercase();
        // ("City Council member Ann Lee": two words, one title)
        let title = lexicon::is_title(&lower)
            || member_titles::in_member_title(&before[..at], &lower, next.as_deref());
        if start.is_none() && !title {
            return None;
        }
        // a stop or a comma after a word ends the phrase before it ("Sen." is a title)
        let ended = w.ends_with([',', ';', ':', '"', '”', '’', '\'', ')', '!', '?'])
            || w.ends_with('.') && !title;
        let bare = lower.trim_end_matches('.');
        let modifier = matches!(
            bare,
            "former"
                | "then"
                | "acting"
                | "interim"
                | "local"
                | "senior"
                | "assistant"
                | "associate"
                | "shadow"
                | "junior"
                | "state"
                | "federal"
                | "campaign"
                | "defense"
                | "defence"
                | "presidential"
                | "party"
                | "police"
                | "majority"
                | "minority"
                | "communications"
                | "press"
        );
        let name_word = is_cap(w)
            && !lexicon::is_name_stop(&lower)
            && !lexicon::is_determiner(&lower)
            && !lexicon::is_clause_word(&lower)
            && !lexicon::is_cue_modifier(&lower)
            && !lexicon::is_month(&lower);
        if ended || !(title || modifier || name_word) {
            break;
        }
        start = Some(at);
        // "former" opens the title it dates ("Count former Mexican President Ann Lee")
        if bare == "former" {
            break;
        }
        next = Some(lower);
    }
    let role = before[start?..].trim_end();
    (!role.is_empty()).then_some(role)
}

/// Whether the word before a surname is a given name: capitalised, letters only, and not a
/// title, an office, a function word or a word that opens sentences.
fn is_given_name_before(prev: &str) -> bool {
    if !is_cap(prev)
        || !prev
            .chars()
            .all(|c| c.is_alphabetic() || c == '-' || c == '.')
        || !is_given_name_shape(prev)
    {
        return false;
    }
    let lower = prev.to_lowercase();
    !lexicon::is_title(&lower)
        && !lexicon::is_official_word(&lower)
        && !lexicon::is_name_stop(&lower)
        && !lexicon::is_clause_word(&lower)
        && !lexicon::is_determiner(&lower)
        && !is_sentence_opener(&lower)
}

/// The starts of the occurrences of `word` in `context` that begin in `floor..until`, the last
/// first (an occurrence may run on past `until`).
pub(super) fn occurrences_back<'a>(
    context: &'a str,
    word: &'a str,
    floor: usize,
    until: usize,
) -> impl Iterator<Item = usize> + 'a {
    let mut from = (until + word.len()).min(context.len());
    std::iter::from_fn(move || loop {
        let pos = rfind_word(&context.as_bytes()[..from], word.as_bytes())?;
        if pos < floor {
            return None;
        }
        from = pos;
        if pos < until {
            return Some(pos);
        }
    })
}

/// Where `needle` occurs last in `h`, as `str::rfind` finds it: found by its first byte (a
/// capital letter, rare in running text) with `memrchr`, then compared. A match of a whole
/// UTF-8 needle starts and ends on character boundaries.
pub(super) fn rfind_word(h: &[u8], n: &[u8]) -> Option<usize> {
    let Some(&first) = n.first() else {
        return Some(h.len());
    };
    let mut end = (h.len() + 1).checked_sub(n.len())?;
    while let Some(at) = memchr::memrchr(first, &h[..end]) {
        if &h[at..at + n.len()] == n {
            return Some(at);
        }
        end = at;
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rfind_word_finds_what_rfind_finds() {
        let hay = "Varki met Temur Varki; VarkiVarki. Ünal and Ün, V";
        for needle in [
            "Varki",
            "VarkiVarki",
            "V",
            "Ün",
            "Ünal",
            "x",
            "",
            hay,
            "Varki met",
        ] {
            for end in (0..=hay.len()).filter(|&e| hay.is_char_boundary(e)) {
                let h = &hay[..end];
                assert_eq!(
                    rfind_word(h.as_bytes(), needle.as_bytes()),
                    h.rfind(needle),
                    "{needle:?} in {h:?}"
                );
            }
        }
    }

    /// The remembered searches give what a search of the whole text gives, at every prefix,
    /// whatever order of surnames is asked for.
    #[test]
    fn remembered_searches_agree_with_whole_searches() {
        let text = "Ivo Varki spoke. Varki left. Mr. Varki met Ana Lee; Lee and                     Temur Varki came. If Varki wins, Lee wins. Varkian Lee Varki. Halden Lee have \
                    sacked their coach. Lee";
        for surnames in [["Varki", "Lee"], ["Lee", "Varki"]] {
            let names = FullNames::default();
            for end in (0..=text.len()).filter(|&e| text.is_char_boundary(e)) {
                for surname in surnames {
                    let context = &text[..end];
                    assert_eq!(
                        names.found(context, surname),
                        nearest_full_name(context, surname, 0, end).map(|f| f.1),
                        "{surname} in {context:?}"
                    );
                }
            }
        }
    }

    #[test]
    fn a_full_name_is_found_only_before_a_word_end() {
        assert_eq!(full_name_before("Ivo Varkian spoke. Varki", "Varki"), None);
        assert_eq!(
            full_name_before("Ivo Varki spoke. Varki", "Varki").as_deref(),
            Some("Ivo Varki")
        );
    }
}
