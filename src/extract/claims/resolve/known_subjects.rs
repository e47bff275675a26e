//! A person the text has named as a source before, written again by surname alone as the
//! subject of a later sentence or clause ("When Trump held rallies …"): the nearer person a
//! later "he" or "she" takes up, when the person's gender is known to be the pronoun's.

use super::*;

impl Resolver {
    /// The last place in `context[from..to]` (offsets in that region) where the surname of a person source of gender `wanted`
    /// stands as a subject, with the person: the surname as a whole capitalised word, after no
    /// other given name ("Hillary Clinton" is not Bill Clinton) and, when two people seen share
    /// the surname, after the person's own, a finite verb or a verb in "-ed" right after it; and
    /// the full name the text wrote last for the surname, if any, is the person's.
    pub(super) fn known_person_subject_at(
        &self,
        (context, from, to): (&str, usize, usize),
        wanted: Gender,
    ) -> Option<(usize, usize)> {
        let region = &context[from..to];
        let mut best: Option<(usize, usize)> = None;
        for (k, e) in self.entities.iter().enumerate() {
            if e.kind != SourceKind::Person || e.gender != Some(wanted) || !e.name.contains(' ') {
                continue;
            }
            let surname = e.name.rsplit(' ').next().unwrap_or("");
            if surname.chars().count() < 3 || !is_cap(surname) {
                continue;
            }
            let given = e.name.split(' ').next().unwrap_or("");
            // "Donald Trump" and "Eric Trump": the surname alone is either
            let shared = self.entities.iter().enumerate().any(|(j, o)| {
                j != k && o.kind == SourceKind::Person && o.name.rsplit(' ').next() == Some(surname)
            });
            let found = region.rmatch_indices(surname).find(|&(at, _)| {
                let before = region[..at].chars().next_back();
                // "Hillary Clinton accused him": another given name is another person
                let word_before = region[..at].trim_end().rsplit(' ').next().unwrap_or("");
                let other_given = region[..at].ends_with(' ')
                    && is_cap(word_before)
                    && !word_before.ends_with(['.', ',', ':', ';'])
                    && word_before != given
                    && !lexicon::is_title(&word_before.to_lowercase())
                    && !is_function_word(&word_before.to_lowercase());
                if other_given || shared && word_before != given {
                    return false;
                }
                let after = &region[at + surname.len()..];
                let whole = before.map_or(true, |c| !c.is_alphanumeric() && c != '-');
                let Some(rest) = after.strip_prefix(' ') else {
                    return false;
                };
                let verb = rest.split(' ').next().unwrap_or("");
                let verb = verb.trim_end_matches([',', '.']);
                whole
                    && (lexicon::word_flags(verb) & lexicon::flag::FINITE != 0
                        || verb.len() > 4 && verb.ends_with("ed"))
            });
            // the full name the text wrote last for the surname must be this person's
            let theirs = |at: usize| {
                self.full_names
                    .before(&context[..from + at], surname)
                    .map_or(true, |full| full == e.name)
            };
            if let Some((at, _)) = found.filter(|&(at, _)| theirs(at)) {
                if best.map_or(true, |(b, _)| at > b) {
                    best = Some((at, k));
                }
            }
        }
        best
    }
}

/// Whether a capitalised word before a surname is no given name: a determiner, a sentence
/// opener or a word of clause structure ("When Trump held …", "But Trump said …").
fn is_function_word(lower: &str) -> bool {
    lexicon::is_determiner(lower)
        || is_sentence_opener(lower)
        || lexicon::is_clause_word(lower)
        || lexicon::is_name_stop(lower)
}
