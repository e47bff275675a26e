//! The word lists the segmenter consults: titles and other abbreviations, typical sentence
//! openers, and reporting verbs.

use std::sync::OnceLock;

use rustc_hash::FxHashSet;

/// Titles that always precede a name or number: never the end of a sentence. With the
/// professional titles of Nigerian and other West African copy: "Engr." (engineer), "Pharm."
/// (pharmacist), "Barr." (barrister), "Alh." (alhaji), "Amb." (ambassador).
pub(super) static PREPOSITIVE: WordList = WordList::new(&[
    "adm", "atty", "brig", "capt", "cmdr", "col", "cpl", "det", "dr", "drs", "fr", "gen", "gov",
    "hon", "insp", "lt", "maj", "messrs", "mlle", "mme", "mr", "mrs", "ms", "msgr", "pres", "prof",
    "pvt", "rep", "reps", "rev", "sen", "sens", "sgt", "supt", "n°", "nº", "no", "nos", "vol",
    "vols", "pp", "p", "fig", "figs", "art", "sec", "ch", "para", "engr", "pharm", "barr", "alh",
    "amb",
]);

/// Abbreviations that may end a sentence: a boundary only before a typical sentence opener.
pub(super) static POSTPOSITIVE: WordList = WordList::new(&[
    "al", "approx", "assn", "ave", "blvd", "bros", "ca", "cf", "co", "corp", "dept", "est", "etc",
    "inc", "jr", "ltd", "llc", "plc", "sr", "st", "mt", "ft", "rd", "sq", "univ", "vs", "jan",
    "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "mon", "tue",
    "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun", "ala", "ariz", "ark", "calif",
    "colo", "conn", "del", "fla", "ga", "ind", "kan", "kans", "ky", "md", "mich", "minn", "mo",
    "mont", "neb", "nev", "okla", "ore", "pa", "tenn", "tex", "va", "vt", "wis", "wyo", "ill",
    "mass", "wash", "rs", "min", "max", "dist", "govt", "intl", "natl", "mln", "bln",
]);

/// Words that go on a clock time ("6 p.m. Friday", "10 a.m. ET"): no boundary before them.
pub(super) static AFTER_CLOCK_TIME: WordList = WordList::new(&[
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "today",
    "tomorrow",
    "tonight",
    "et",
    "est",
    "edt",
    "ct",
    "cst",
    "cdt",
    "mt",
    "mst",
    "mdt",
    "pt",
    "pst",
    "pdt",
    "gmt",
    "bst",
    "cet",
    "utc",
    "eastern",
    "central",
    "mountain",
    "pacific",
    "local",
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "jan",
    "feb",
    "mar",
    "apr",
    "jun",
    "jul",
    "aug",
    "sep",
    "sept",
    "oct",
    "nov",
    "dec",
]);

/// Prepositions that open a sentence with its time: "At 5 a.m. Mr. Smith went …".
pub(super) static TIME_OPENERS: WordList = WordList::new(&[
    "at", "by", "before", "after", "until", "around", "about", "from", "since", "shortly", "just",
    "till", "on",
]);

/// Words that typically open a sentence; after an ambiguous abbreviation ("U.S.", "Co.") they
/// mark a boundary ("I live in the U.S. How about you?").
pub(super) static STARTERS: WordList = WordList::new(&[
    "a",
    "after",
    "also",
    "although",
    "an",
    "and",
    "as",
    "at",
    "because",
    "before",
    "being",
    "but",
    "did",
    "do",
    "does",
    "during",
    "for",
    "he",
    "her",
    "here",
    "his",
    "how",
    "however",
    "i",
    "if",
    "in",
    "it",
    "its",
    "last",
    "many",
    "meanwhile",
    "millions",
    "more",
    "most",
    "my",
    "no",
    "nor",
    "now",
    "on",
    "our",
    "she",
    "since",
    "so",
    "some",
    "still",
    "that",
    "the",
    "their",
    "then",
    "there",
    "these",
    "they",
    "this",
    "those",
    "thus",
    "to",
    "under",
    "we",
    "what",
    "when",
    "where",
    "which",
    "while",
    "who",
    "why",
    "with",
    "yet",
    "you",
    "your",
]);

/// Reporting verbs that follow a quoted question or exclamation without ending the sentence
/// (`"Where?" Varki recalled`).
pub(super) static SPEECH_VERBS: WordList = WordList::new(&[
    "said",
    "says",
    "asked",
    "asks",
    "recalled",
    "recalls",
    "told",
    "added",
    "adds",
    "wrote",
    "writes",
    "shouted",
    "yelled",
    "replied",
    "cried",
    "exclaimed",
    "wondered",
    "tweeted",
    "posted",
    "continued",
    "insisted",
    "demanded",
    "explained",
    "noted",
    "remembered",
    "shot",
]);

/// A word list looked up case-insensitively, as a hash set built on first use. The set holds
/// the words' bytes: a word lowered on the stack is looked up as it is, without checking
/// again that it is UTF-8.
pub(super) struct WordList {
    words: &'static [&'static str],
    set: OnceLock<FxHashSet<&'static [u8]>>,
}

impl WordList {
    const fn new(words: &'static [&'static str]) -> Self {
        WordList {
            words,
            set: OnceLock::new(),
        }
    }

    /// Whether `word`, lower-cased, is in the list.
    pub(super) fn contains(&self, word: &str) -> bool {
        if word.len() > 12 {
            return false;
        }
        let set = self
            .set
            .get_or_init(|| self.words.iter().map(|w| w.as_bytes()).collect());
        // an ASCII word is lowered on the stack; longer entries than 12 bytes never match
        if word.is_ascii() {
            let mut buf = [0u8; 12];
            for (to, from) in buf.iter_mut().zip(word.bytes()) {
                *to = from.to_ascii_lowercase();
            }
            return set.contains(&buf[..word.len()]);
        }
        set.contains(word.to_lowercase().as_bytes())
    }
}
