//! Words of time: days, stretches of time, adverbs of time and months.

use std::sync::OnceLock;

word_set!(
    /// Names of days and their relatives: "said Monday", "a statement Wednesday saying".
    is_day_word,
    [
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today",
        "yesterday", "tonight",
    ]
);

word_set!(
    /// Nouns for a stretch of time ("last week", "this spring").
    is_time_period,
    [
        "week", "month", "year", "weekend", "spring", "summer", "fall", "autumn", "winter",
        "morning", "afternoon", "evening", "night",
    ]
);

word_set!(
    /// Adverbs of time that can open a clause before its subject ("Now Lee says", "Today the
    /// ministry said").
    is_time_adverb,
    ["now", "today", "yesterday", "tonight", "then", "later", "earlier", "recently"]
);

word_set!(
    /// Month names (a number after one is a date, not a statistic).
    is_month,
    MONTHS,
    [
        "january", "february", "march", "april", "may", "june", "july", "august", "september",
        "october", "november", "december", "jan.", "feb.", "mar.", "apr.", "jun.", "jul.",
        "aug.", "sept.", "sep.", "oct.", "nov.", "dec.",
    ]
);
