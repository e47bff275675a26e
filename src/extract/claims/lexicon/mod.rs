//! Word lists of English news writing: reporting cues in all their forms (`cues`), the heads
//! of source noun phrases by kind (`heads`), word classes by theme (`syntax`, `time`, `places`,
//! `claim_words`), and multi-word phrases (`phrases`). Built once, looked up in hash sets; the
//! tokenizer gets a word's cue and classes in one lookup (`word_info`).

use std::sync::OnceLock;

/// The lexicons are looked up several times per token; rustc's Fx hash is fast on short words,
/// and SipHash's protection against flooding buys nothing for static word lists.
pub type FastMap<K, V> = rustc_hash::FxHashMap<K, V>;
/// A hash set with the Fx hasher.
pub type FastSet<K> = rustc_hash::FxHashSet<K>;

mod word_set;
pub use word_set::WordSet;

/// `word_list!(/// doc, NAME, ["a", "b"])`: a word list the parent module can read.
macro_rules! word_list {
    ($(#[$m:meta])* $list:ident, [$($w:expr),* $(,)?]) => {
        $(#[$m])*
        pub(super) const $list: &[&str] = &[$($w),*];
    };
}

/// `word_set!(/// doc, is_x, [LIST,] ["a", "b"])`: a membership test built once as a hash set,
/// optionally with its list as a constant.
macro_rules! word_set {
    ($(#[$m:meta])* $name:ident, $list:ident, [$($w:expr),* $(,)?]) => {
        pub(super) const $list: &[&str] = &[$($w),*];
        $(#[$m])*
        pub fn $name(word: &str) -> bool {
            static SET: OnceLock<$crate::extract::claims::lexicon::WordSet> = OnceLock::new();
            SET.get_or_init(|| $crate::extract::claims::lexicon::WordSet::of($list))
                .contains(word)
        }
    };
    ($(#[$m:meta])* $name:ident, [$($w:expr),* $(,)?]) => {
        $(#[$m])*
        pub fn $name(word: &str) -> bool {
            static SET: OnceLock<$crate::extract::claims::lexicon::WordSet> = OnceLock::new();
            SET.get_or_init(|| $crate::extract::claims::lexicon::WordSet::of(&[$($w),*]))
                .contains(word)
        }
    };
}

mod agents;
mod claim_words;
mod cues;
mod family_names;
mod firms;
mod given_names;
mod heads;
mod instruments;
mod money;
mod org_words;
mod outlets;
mod phrases;
mod places;
mod post_verbs;
mod public_sector;
mod syntax;
mod time;
mod verb_senses;

pub use agents::is_calling_at_a_name;
pub use claim_words::*;
pub use cues::{cue, Cue, CueClass};
pub use family_names::{is_east_asian_family_name, is_family_name_first};
pub use firms::{
    is_body_category, is_firm_common_noun, is_firm_trade, is_household_firm, is_surname_firm,
};
pub use given_names::{is_female_given_name, is_male_given_name};
pub use heads::*;
pub use instruments::*;
pub use money::is_prefixed_amount;
pub use org_words::{is_household_body, is_org_word};
pub use outlets::*;
pub use phrases::{
    has_access_note, has_anonymity_note, has_hedge_phrase, has_no_comment, has_withheld_name,
    HEDGE_KEYS, KNOWLEDGE,
};
pub use places::*;
pub use post_verbs::is_post_verb;
pub use public_sector::{is_body_collective, is_public_body_field, is_public_sector_word};
pub use syntax::*;
pub use time::*;
pub use verb_senses::{is_estimate_bound, is_noun_only_determiner};

use phrases::NO_COMMENT_KEYS;

/// Bits of [`word_flags`].
pub mod flag {
    pub const HEDGE: u16 = 1;
    pub const ASSESSMENT: u16 = 2;
    pub const NUMBER: u16 = 4;
    pub const MONTH: u16 = 8;
    pub const FINITE: u16 = 16;
    pub const NOT_VERB_ED: u16 = 32;
    /// A word every no-comment phrase holds one of.
    pub const NO_COMMENT_KEY: u16 = 64;
    /// A word every hedging phrase holds one of.
    pub const HEDGE_KEY: u16 = 128;
    /// A capitalised word read as part of a name ("May" in "Theresa May"), set by the
    /// tokenizer.
    pub const NAME_PART: u16 = 256;
    /// A word that cannot stand inside a source noun phrase ([`super::is_clause_word`]).
    pub const CLAUSE_WORD: u16 = 512;
    /// A word that can stand between a subject and its cue ([`super::is_cue_modifier`]).
    pub const CUE_MODIFIER: u16 = 1024;
}

/// Every word class a token needs, in one lookup.
pub fn word_flags(word: &str) -> u16 {
    static MAP: OnceLock<FastMap<&'static str, u16>> = OnceLock::new();
    let map = MAP.get_or_init(|| {
        let mut m: FastMap<&'static str, u16> = FastMap::default();
        for (list, bit) in [
            (HEDGE_WORDS, flag::HEDGE),
            (ASSESSMENT_WORDS, flag::ASSESSMENT),
            (NUMBER_WORDS, flag::NUMBER),
            (MONTHS, flag::MONTH),
            (super::grammar::FINITE, flag::FINITE),
            (super::grammar::NOT_VERBS_ED, flag::NOT_VERB_ED),
            (NO_COMMENT_KEYS, flag::NO_COMMENT_KEY),
            (HEDGE_KEYS, flag::HEDGE_KEY),
            (CLAUSE_WORDS, flag::CLAUSE_WORD),
            (CUE_MODIFIERS, flag::CUE_MODIFIER),
        ] {
            for w in list {
                *m.entry(w).or_insert(0) |= bit;
            }
        }
        m
    });
    map.get(word).copied().unwrap_or(0)
}

/// Whether `word` then `next` open a negated participle after a source's head: "experts
/// [not involved] in the study", "officials [not authorized] to speak". Lower-cased words.
pub fn opens_negated_participle(word: &str, next: Option<&str>) -> bool {
    word == "not" && next.is_some_and(|n| n.len() > 3 && n.ends_with("ed"))
}

type WordInfoMap = FastMap<Box<str>, (Option<Cue>, u16)>;

/// A word's cue entry and class flags together: what the tokenizer needs, in one lookup.
///
/// Most words of a text are in no list: a filter of the listed words (2 KB) answers for most
/// of them before the hash map is asked.
pub fn word_info(word: &str) -> (Option<Cue>, u16) {
    static MAP: OnceLock<(word_set::Filter<256>, WordInfoMap)> = OnceLock::new();
    let (filter, map) = MAP.get_or_init(|| {
        let mut m = WordInfoMap::default();
        for (form, c) in cues::cues() {
            m.insert(form.as_str().into(), (Some(*c), word_flags(form)));
        }
        for (list, _) in [
            (HEDGE_WORDS, ()),
            (ASSESSMENT_WORDS, ()),
            (NUMBER_WORDS, ()),
            (MONTHS, ()),
            (super::grammar::FINITE, ()),
            (super::grammar::NOT_VERBS_ED, ()),
            (NO_COMMENT_KEYS, ()),
            (HEDGE_KEYS, ()),
            (CLAUSE_WORDS, ()),
            (CUE_MODIFIERS, ()),
        ] {
            for w in list {
                m.entry((*w).into()).or_insert((None, word_flags(w)));
            }
        }
        (word_set::Filter::of(m.keys().map(|w| &**w)), m)
    });
    if !filter.may_hold(word) {
        return (None, 0);
    }
    map.get(word).copied().unwrap_or((None, 0))
}
