//! A person the text has named as a source before, written again by surname alone as the
//! subject of a later sentence or clause ("When Trump held rallies …"): the nearer person a
//! later "he" or "she" takes up, when the person's gender is known to be the pronoun's.

use super::*;

/// How far back before the pronoun's sentence a surname is looked for: the last paragraphs,
/// so that the search costs the same in a long article as in a short one.
const REACH: usize = 1500;

impl Resolver {
    /// The last place in `context[from..to]` (an offset in that region) where the surname of
    /// a person source of gender `wanted` stands as a subject, with the person: the surname as
    /// a whole capitalised word, after no other given name ("Hillary Clinton" is not Bill
    /// Clinton) and, when two people seen share the surname, after the person's own; a finite
    /// verb or a verb in "-ed" right after it; and the full name the text wrote last for the
    /// surname, if any, the person's. Only the last `REACH` bytes of the region are read.
    pub(super) fn known_person_subject_at(
        &self,
        (context, from, to): (&str, usize, usize),
        wanted: Gender,
    ) -> Option<(usize, usize)> {
        let start = from;
        let mut from = from.max(to.saturating_sub(REACH));
        while !context.is_char_boundary(from) {
            from += 1;
        }
        let region = &context[from..to];
        if self.index.surnames.is_empty() {
            return None;
        }
        let words: Vec<(usize, &str)> = names::word_starts(region).collect();
        // word_starts reads from the end: the nearest first
        for (i, &(at, word)) in words.iter().enumerate() {
            let bare = word.trim_start_matches(['"', '“', '(']);
            // surnames are indexed capitalised and three letters long at least (see
            // `indexed_surname`): most words need no look-up
            if bare.len() < 3 || !is_cap(bare) {
                continue;
            }
            let Some((k, people)) =
                (self.index.surnames.get(bare)).and_then(|s| Some((s.of(wanted)?, s.people)))
            else {
                continue;
            };
            // a whole word with a verb right after it
            let verb = i
                .checked_sub(1)
                .map_or("", |j| words[j].1.trim_end_matches([',', '.']));
            let is_verb = lexicon::word_flags(verb) & lexicon::flag::FINITE != 0
                || verb.len() > 4 && verb.ends_with("ed");
            if !is_verb {
                continue;
            }
            let at = at + (word.len() - bare.len());
            let e = &self.entities[k];
            let given = e.name.split(' ').next().unwrap_or("");
            let word_before = words.get(i + 1).map_or("", |w| w.1);
            let other_given = is_cap(word_before)
                && !word_before.ends_with(['.', ',', ':', ';'])
                && word_before != given
                && !lexicon::is_title(&word_before.to_lowercase())
                && !is_function_word(&word_before.to_lowercase());
            if other_given || people > 1 && word_before != given {
                continue;
            }
            // the full name the text wrote last for the surname must be this person's
            let theirs = self
                .full_names
                .before(&context[..from + at], bare)
                .map_or(true, |full| full == e.name);
            if theirs {
                return Some((from - start + at, k));
            }
        }
        None
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
