//! "The hospital's management confirmed": the people who run a body, named through its
//! possessive, speak as the body itself, the one the text named by the same head noun.

use super::descriptions::is_body_entity;
use super::names::name_start;
use super::*;

impl Resolver {
    /// The body that "the hospital's management" speaks for: `ws` is a determiner, a body noun
    /// in the possessive and a collective noun ([`lexicon::is_body_collective`]). The body is a
    /// source of that head, else the last capitalised name before the mention that ends on the
    /// noun ("Lagos University Teaching Hospital"), added as its own source. `None` for any
    /// other shape, or when the text named no such body.
    pub(super) fn body_collective(&mut self, ws: &[&str], context: &str) -> Option<usize> {
        let [det, owner, noun] = ws else {
            return None;
        };
        if !lexicon::is_body_collective(&noun.to_lowercase())
            || !lexicon::is_determiner(&det.to_lowercase())
        {
            return None;
        }
        let owner = owner
            .strip_suffix("'s")
            .or_else(|| owner.strip_suffix("’s"))?;
        let head = owner.to_lowercase();
        if !is_body_word(&head) {
            return None;
        }
        let seen = self.latest(|e| is_body_entity(e) && singular(&e.head) == head);
        if seen.is_some() {
            return seen;
        }
        // the name written before, capitalised, that ends on the head noun
        let mut words = word_starts(context);
        let at = loop {
            let (at, w) = words.next()?;
            let bare = w.trim_end_matches(|c: char| !c.is_alphanumeric());
            if is_cap(bare) && bare.eq_ignore_ascii_case(&head) {
                break at;
            }
        };
        let start = name_start(at, words)?;
        let end = at + head.len();
        let name = without_article(&context[start..end]).to_string();
        if name.split_whitespace().count() < 2 {
            return None;
        }
        let (kind, _, _) = classify(&name);
        Some(self.add(name, kind, None, head))
    }
}
