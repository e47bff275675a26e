//! Words that mark a claim: hedges, judgements and forecasts, and the numbers that make a
//! statistic.

use std::sync::OnceLock;

word_list!(
    /// Hedging words.
    HEDGE_WORDS,
    [
        "allegedly", "reportedly", "purportedly", "apparently", "supposedly", "alleged",
        "suspected", "presumably", "possibly", "seemingly", "ostensibly", "rumored", "rumoured",
        "unconfirmed", "perhaps", "probably", "likely",
    ]
);

word_list!(
    /// Words of judgement, characterisation and forecast.
    ASSESSMENT_WORDS,
    [
        "difficult", "attractive", "concern", "concerns", "worrying", "dangerous",
        "important", "significant", "crucial", "vital", "key", "critical", "serious",
        "good", "bad", "better", "worse", "best", "worst", "great", "terrible", "strong", "weak",
        "easy", "hard", "should", "would", "might", "may", "likely", "unlikely",
        "probably", "proven", "remains", "represents", "appears", "seems", "risk", "risks",
        "vulnerable", "fragile", "unprecedented", "controversial", "successful", "failure",
        "failed", "effective", "ineffective", "wrong", "right", "unfair", "fair", "corrupt",
        "disgraceful", "outrageous", "absurd", "ridiculous", "disaster", "catastrophic", "long", "never", "relatively", "increasingly", "penetrate", "main",
        "biggest", "clear", "unclear", "hope", "believe", "think", "must", "need", "needs",
        // a judgement of what someone can do, or a reading of what a record shows
        "capable", "incapable", "suggests",
    ]
);

word_list!(
    /// Number words that make a claim a statistic.
    NUMBER_WORDS,
    [
        "dozen", "dozens", "hundred", "hundreds", "thousand", "thousands", "million", "millions",
        "billion", "billions", "trillion", "half", "third", "thirds", "quarter", "quarters",
        "percent", "per", "%", "twice", "double", "doubled", "tripled", "majority", "minority",
        "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
        "twelve", "fifteen", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty",
        "ninety", "poorest", "richest", "largest", "biggest", "smallest", "highest", "lowest",
        "fastest", "slowest", "oldest", "youngest", "wealthiest", "deadliest", "worst", "best",
        "most", "least", "first", "second", "third", "top", "record",
    ]
);

word_set!(
    /// Singular nouns for something said, counted or proposed, that "that" or "the" can point
    /// back to: "says that figure is wrong", "denied the allegation", "disputed that account".
    is_said_thing,
    [
        "figure", "number", "claim", "account", "estimate", "assessment", "report", "version",
        "story", "view", "argument", "analysis", "idea", "plan", "decision", "approach",
        "policy", "tally", "count", "statement", "forecast", "projection", "characterization",
        "characterisation", "allegation", "accusation", "suggestion", "assertion", "narrative",
        "theory", "conclusion", "charge", "reporting",
    ]
);

word_set!(
    /// Words that scale or round a number in a subject: "about three in 10", "nearly half".
    is_number_scaler,
    [
        "about", "nearly", "almost", "roughly", "around", "approximately", "only", "just",
        "over", "under", "some", "more", "fewer", "less", "at", "least", "barely", "fully",
    ]
);

word_set!(
    /// Numbers written as words, and the fractions a poll reports.
    is_number_word,
    [
        "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "half",
        "a", "third", "two-thirds", "quarter", "three-quarters", "majority", "most",
    ]
);

word_set!(
    /// Nouns for a report that "confirmed the …" points back to rather than brings new: "a
    /// spokesman confirmed the figures", "the ministry confirmed the report".
    is_reported_thing,
    [
        "report", "reports", "figure", "figures", "number", "numbers", "account", "accounts",
        "details", "finding", "findings", "claim", "claims", "story", "estimate", "estimates",
        "tally", "count",
    ]
);

word_set!(
    /// Verbs that bear out what was said before: "the BSI confirmed this".
    is_confirming_verb,
    [
        "confirmed", "confirms", "confirm", "corroborated", "corroborates", "verified",
        "verifies",
    ]
);

word_set!(
    /// Participles by which a second source takes up a view: "a view echoed by the BSI".
    is_echoing_participle,
    [
        "echoed", "shared", "seconded", "repeated", "endorsed", "backed", "supported",
    ]
);
