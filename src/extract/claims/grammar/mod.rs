//! Small word-class guesses the claim rules share: is a token verb-like, does a clause start
//! here, where does a noun phrase end. Word lists and suffixes, no tagger.

mod adjuncts;
mod clauses;
mod noun_phrases;
mod places;
mod source_np;
mod verbs;

#[cfg(test)]
mod tests;

pub use adjuncts::{adjunct_before_cue, leading_adjunct_end, time_adjunct_start};
pub use clauses::{clause_follows, reports_opener, speaker_with_appositive};
pub use noun_phrases::{is_party_label, is_prep, np_word, object_np_end};
pub use places::{in_place_name, is_city_comma, is_state_period};
pub use source_np::{opens_with_preposition, pronoun_object, strip_parenthetical, valid_source_np};
pub use verbs::{ends_in_s, is_verbish, modifies_cue, verbish_uncached};
pub(in crate::extract::claims) use verbs::{FINITE, NOT_VERBS_ED};
