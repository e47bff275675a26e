//! The names the metadata stage knows: wire services and outlets with their canonical names,
//! languages with their ISO 639-1 codes, and the capitalised labels that are not places.

/// Wire services and outlets that relay stories: (canonical name, spellings in lower case).
pub(super) const AGENCIES: &[(&str, &[&str])] = &[
    ("Reuters", &["reuters", "thomson reuters"]),
    (
        "Associated Press",
        &["ap", "the associated press", "associated press"],
    ),
    (
        "Agence France-Presse",
        &["afp", "agence france-presse", "agence france presse"],
    ),
    ("Bloomberg", &["bloomberg", "bloomberg news"]),
    ("Xinhua", &["xinhua", "xinhua news agency"]),
    ("Kyodo", &["kyodo", "kyodo news"]),
    ("Yonhap", &["yonhap", "yonhap news agency"]),
    ("Anadolu Agency", &["anadolu", "anadolu agency", "aa"]),
    ("Press Trust of India", &["pti", "press trust of india"]),
    ("Indo-Asian News Service", &["ians"]),
    ("Asian News International", &["ani"]),
    ("United News of India", &["uni", "united news of india"]),
    (
        "Deutsche Presse-Agentur",
        &["dpa", "deutsche presse-agentur"],
    ),
    ("EFE", &["efe"]),
    ("ANSA", &["ansa"]),
    ("TASS", &["tass", "itar-tass"]),
    ("Interfax", &["interfax"]),
    (
        "United Press International",
        &["upi", "united press international"],
    ),
    ("Canadian Press", &["the canadian press", "canadian press"]),
    (
        "Press Association",
        &["pa media", "press association", "the press association"],
    ),
    (
        "Australian Associated Press",
        &["aap", "australian associated press"],
    ),
    ("Antara", &["antara", "antara news"]),
    ("Bernama", &["bernama"]),
    ("CNN", &["cnn"]),
    ("BBC", &["bbc", "bbc news"]),
    ("RNZ", &["rnz", "radio new zealand"]),
];

/// The most characters of a spelling in `AGENCIES` ("australian associated press").
pub(super) const LONGEST_SPELLING: usize = 27;

/// The canonical name of a wire service or outlet written as `name`, if it is one we know.
pub fn canonical_agency(name: &str) -> Option<&'static str> {
    let name = name.trim().trim_end_matches(['.', ',']);
    // Lower-casing never shortens a text in characters, so a name empty or longer than every
    // spelling is none: most asked about are blank lines or a paragraph, not worth a copy.
    if name.is_empty() || name.chars().nth(LONGEST_SPELLING).is_some() {
        return None;
    }
    let lower = name.to_lowercase();
    let lower = lower.as_str();
    AGENCIES
        .iter()
        .find(|(_, spellings)| spellings.contains(&lower))
        .map(|(canonical, _)| *canonical)
}

/// Language names (in English) and their ISO 639-1 codes.
pub(super) const LANGUAGES: &[(&str, &str)] = &[
    ("arabic", "ar"),
    ("bengali", "bn"),
    ("bahasa indonesia", "id"),
    ("bahasa malaysia", "ms"),
    ("bahasa", "id"),
    ("bulgarian", "bg"),
    ("burmese", "my"),
    ("catalan", "ca"),
    ("chinese", "zh"),
    ("mandarin", "zh"),
    ("croatian", "hr"),
    ("czech", "cs"),
    ("danish", "da"),
    ("dutch", "nl"),
    ("english", "en"),
    ("estonian", "et"),
    ("farsi", "fa"),
    ("persian", "fa"),
    ("filipino", "tl"),
    ("tagalog", "tl"),
    ("finnish", "fi"),
    ("french", "fr"),
    ("german", "de"),
    ("greek", "el"),
    ("hebrew", "he"),
    ("hindi", "hi"),
    ("hungarian", "hu"),
    ("indonesian", "id"),
    ("italian", "it"),
    ("japanese", "ja"),
    ("kazakh", "kk"),
    ("khmer", "km"),
    ("korean", "ko"),
    ("lao", "lo"),
    ("latvian", "lv"),
    ("lithuanian", "lt"),
    ("malay", "ms"),
    ("nepali", "ne"),
    ("norwegian", "no"),
    ("polish", "pl"),
    ("portuguese", "pt"),
    ("romanian", "ro"),
    ("russian", "ru"),
    ("serbian", "sr"),
    ("slovak", "sk"),
    ("slovenian", "sl"),
    ("spanish", "es"),
    ("swahili", "sw"),
    ("swedish", "sv"),
    ("tajik", "tg"),
    ("tamil", "ta"),
    ("thai", "th"),
    ("turkish", "tr"),
    ("ukrainian", "uk"),
    ("urdu", "ur"),
    ("uzbek", "uz"),
    ("vietnamese", "vi"),
];

/// The ISO 639-1 code of a language named in English.
pub fn language_code(name: &str) -> Option<&'static str> {
    let lower = name.trim().to_lowercase();
    LANGUAGES
        .iter()
        .find(|(n, _)| *n == lower)
        .map(|(_, code)| *code)
}

pub(super) fn language_alternation() -> String {
    let mut names: Vec<&str> = LANGUAGES.iter().map(|(n, _)| *n).collect();
    names.sort_by_key(|n| std::cmp::Reverse(n.len()));
    names.join("|")
}

/// Capitalised labels that open a headline or a line but are not places.
pub(super) const KICKERS: &[&str] = &[
    "ABSTRACT",
    "ALERT",
    "ANALYSIS",
    "BREAKING",
    "BREAKING NEWS",
    "BYLINE",
    "COLUMN",
    "COMMENTARY",
    "CORRECTION",
    "DEVELOPING",
    "EDITORIAL",
    "EDITOR'S NOTE",
    "EDITOR’S NOTE",
    "EXCERPT",
    "EXCLUSIVE",
    "FACT CHECK",
    "INTERVIEW",
    "LETTERS",
    "LIVE",
    "NOTE",
    "OPINION",
    "PHOTOS",
    "Q&A",
    "REVIEW",
    "UPDATE",
    "UPDATED",
    "VIDEO",
    "WATCH",
    "WARNING",
];

/// The names of a news site's sections, which may stand alone in upper case on a line above a
/// story: "WORLD", "POLITICS". A lone upper-case word there is no dateline.
const SECTION_LABELS: &[&str] = &[
    "BUSINESS",
    "CLIMATE",
    "CULTURE",
    "ECONOMY",
    "EDUCATION",
    "ELECTIONS",
    "ENTERTAINMENT",
    "ENVIRONMENT",
    "HEALTH",
    "LIFESTYLE",
    "LOCAL",
    "MARKETS",
    "NATION",
    "NATIONAL",
    "NEWS",
    "OBITUARIES",
    "OBITUARY",
    "POLITICS",
    "SCIENCE",
    "SPORT",
    "SPORTS",
    "TECH",
    "TECHNOLOGY",
    "TRAVEL",
    "U.S.",
    "US",
    "WORLD",
];

/// Whether `word` is a section's name (`SECTION_LABELS`), in any case.
pub(super) fn is_section_label(word: &str) -> bool {
    let w = word.trim_end_matches(['.', ',']).to_uppercase();
    SECTION_LABELS.contains(&w.as_str()) || SECTION_LABELS.contains(&word.to_uppercase().as_str())
}

pub(super) fn is_kicker(place: &str) -> bool {
    let p = place.trim_end_matches(['.', ',']).to_uppercase();
    KICKERS.contains(&p.as_str())
}

/// The titles a newsroom gives its journalists, in lower case: the last word of a byline's
/// title ("Political Correspondent", "Staff Writer").
const JOURNALIST_TITLES: &[&str] = &[
    "columnist",
    "commentator",
    "contributor",
    "correspondent",
    "critic",
    "editor",
    "editor-at-large",
    "journalist",
    "photographer",
    "producer",
    "reporter",
    "writer",
];

/// Whether `words` end in a journalist's title: "Senior Correspondent", "Staff Writer",
/// "Washington Bureau Chief" ("chief" alone is no journalist's title: "Police Chief").
pub(super) fn is_journalist_title(words: &[&str]) -> bool {
    let lower: Vec<String> = words.iter().map(|w| w.to_lowercase()).collect();
    match lower.as_slice() {
        [.., before, last] if before == "bureau" && last == "chief" => true,
        [.., last] => JOURNALIST_TITLES.contains(&last.as_str()),
        [] => false,
    }
}

/// The labels of a fact-check's parts, in capitals: "CLAIM:", "THE FACTS:", "FACT FOCUS:".
const FACT_CHECK_LABELS: &[&str] = &[
    "AP'S ASSESSMENT",
    "CLAIM",
    "CLAIMS",
    "FACT CHECK",
    "FACT FOCUS",
    "FACTS",
    "OUR RATING",
    "OUR RULING",
    "THE CLAIM",
    "THE FACTS",
    "THE RULING",
    "THE VERDICT",
    "VERDICT",
];

/// Whether `head`, in capitals, is a fact-check label (`FACT_CHECK_LABELS`), its spaces and
/// apostrophes as they may be written ("THE  FACTS", "AP’S ASSESSMENT").
pub(super) fn is_fact_check_label(head: &str) -> bool {
    let words: Vec<&str> = head.split_whitespace().collect();
    let norm = words.join(" ").replace('’', "'");
    FACT_CHECK_LABELS.contains(&norm.as_str())
}
