//! The word lists the segmenter consults: titles and other abbreviations, typical sentence
//! openers, and reporting verbs.

/// Titles that always precede a name or number: never the end of a sentence.
pub(super) const PREPOSITIVE: &[&str] = &[
    "adm", "atty", "brig", "capt", "cmdr", "col", "cpl", "det", "dr", "drs", "fr", "gen", "gov",
    "hon", "insp", "lt", "maj", "messrs", "mlle", "mme", "mr", "mrs", "ms", "msgr", "pres", "prof",
    "pvt", "rep", "reps", "rev", "sen", "sens", "sgt", "supt", "n°", "nº", "no", "nos", "vol",
    "vols", "pp", "p", "fig", "figs", "art", "sec", "ch", "para",
];

/// Abbreviations that may end a sentence: a boundary only before a typical sentence opener.
pub(super) const POSTPOSITIVE: &[&str] = &[
    "al", "approx", "assn", "ave", "blvd", "bros", "ca", "cf", "co", "corp", "dept", "est", "etc",
    "inc", "jr", "ltd", "llc", "plc", "sr", "st", "mt", "ft", "rd", "sq", "univ", "vs", "jan",
    "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "mon", "tue",
    "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun", "ala", "ariz", "ark", "calif",
    "colo", "conn", "del", "fla", "ga", "ind", "kan", "kans", "ky", "md", "mich", "minn", "mo",
    "mont", "neb", "nev", "okla", "ore", "pa", "tenn", "tex", "va", "vt", "wis", "wyo", "ill",
    "mass", "wash", "rs", "min", "max", "dist", "govt", "intl", "natl", "mln", "bln",
];

/// Words that go on a clock time ("6 p.m. Friday", "10 a.m. ET"): no boundary before them.
pub(super) const AFTER_CLOCK_TIME: &[&str] = &[
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
];

/// Prepositions that open a sentence with its time: "At 5 a.m. Mr. Smith went …".
pub(super) const TIME_OPENERS: &[&str] = &[
    "at", "by", "before", "after", "until", "around", "about", "from", "since", "shortly", "just",
    "till", "on",
];

/// Words that typically open a sentence; after an ambiguous abbreviation ("U.S.", "Co.") they
/// mark a boundary ("I live in the U.S. How about you?").
pub(super) const STARTERS: &[&str] = &[
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
];

/// Reporting verbs that follow a quoted question or exclamation without ending the sentence
/// (`"Where?" Varki recalled`).
pub(super) const SPEECH_VERBS: &[&str] = &[
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
];

pub(super) fn in_list(list: &[&str], word: &str) -> bool {
    if word.len() > 12 {
        return false;
    }
    // An ASCII word is compared with each entry as if lowered, without allocating a copy.
    if word.is_ascii() {
        return list.iter().any(|w| {
            w.len() == word.len()
                && w.bytes()
                    .zip(word.bytes())
                    .all(|(a, b)| a == b.to_ascii_lowercase())
        });
    }
    let lower = word.to_lowercase();
    list.contains(&lower.as_str())
}
