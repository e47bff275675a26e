//! Article metadata and boilerplate: the dateline, the wire service a story is relayed from,
//! the language a machine translation was made from, and the passages of a news page that are
//! never claims (see-also and read-more links, subscription and social prompts, credits,
//! copyright lines, translation notices). Offsets refer to the original text.

use std::sync::LazyLock;

use regex::Regex;

use super::text::trim_span;
use super::types::{ArticleMeta, Span};

/// Wire services and outlets that relay stories: (canonical name, spellings in lower case).
const AGENCIES: &[(&str, &[&str])] = &[
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
    ("Antara", &["antara", "antara news"]),
    ("Bernama", &["bernama"]),
    ("CNN", &["cnn"]),
    ("BBC", &["bbc", "bbc news"]),
];

/// The canonical name of a wire service or outlet written as `name`, if it is one we know.
pub fn canonical_agency(name: &str) -> Option<&'static str> {
    let lower = name.trim().trim_end_matches(['.', ',']).to_lowercase();
    let lower = lower.as_str();
    AGENCIES
        .iter()
        .find(|(_, spellings)| spellings.contains(&lower))
        .map(|(canonical, _)| *canonical)
}

/// Language names (in English) and their ISO 639-1 codes.
const LANGUAGES: &[(&str, &str)] = &[
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

fn language_alternation() -> String {
    let mut names: Vec<&str> = LANGUAGES.iter().map(|(n, _)| *n).collect();
    names.sort_by_key(|n| std::cmp::Reverse(n.len()));
    names.join("|")
}

/// A dateline at the start of a line: "JAKARTA -", "WASHINGTON (Reuters) -",
/// "LONDON, July 19 (AP) —", "SPRINGFIELD, Ill. (AP) —", "NEW DELHI:".
static DATELINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?x)^[\ \t\u{feff}\u{a0}]*
        (?P<place>\p{Lu}[\p{Lu}.'’\-]+(?:[\ \t]\p{Lu}[\p{Lu}.'’\-]*){0,3})
        (?:,[\ \t]*(?P<extra>[^\n()–—:]{1,32}?))?
        [\ \t\u{a0}]*
        (?:\((?P<agency>[^()\n]{1,40})\)[\ \t\u{a0}]*)?
        (?P<dash>--?|–|—|―|:)[\ \t\u{a0}]+",
    )
    .expect("dateline pattern")
});

/// "As reported by Reuters", "as first reported by the Associated Press", "originally
/// published by AFP".
static RELAY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)\b(?:as (?:first |originally |previously )?reported by|(?:originally|first) (?:published|reported|appeared) (?:by|in|on)|(?:this|the) (?:story|article|report) (?:is|was) (?:by|from))\s+(?P<name>(?:the\s+)?[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*){0,3})",
    )
    .expect("relay pattern")
});

/// A wire credit in parentheses early in the text, or a sign-off: "(Reuters)", "- AFP".
static AGENCY_CREDIT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\((?P<name>[A-Z][A-Za-z\-]{1,24}(?: [A-Z][A-Za-z\-]+){0,2})\)")
        .expect("agency credit pattern")
});

/// A line that is a page element, not article text.
static BOILERPLATE_LINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?mi)^[ \t\u{a0}\u{feff}]*(?:see also\b|read more\b|read also\b|also read\b|read next\b|related\b(?: (?:articles?|stories|coverage|content|news|reading|links?|topics?))?\s*:|related\s*$|recommended\b(?: for you| stories| reading)?\s*:|more on this\b|more from\b|more stories\b|watch\s*:|watch now\b|listen\s*:|click here\b|tap here\b|subscribe\b|sign up\b|sign in to\b|log in to\b|register now\b|join our\b|get (?:our|the latest|breaking)\b|don'?t miss\b|follow (?:us|@|\w+ on (?:twitter|x|facebook|instagram|linkedin|threads|bluesky))|like us on\b|share (?:this|on)\b|share\s*$|tweet\s*$|advertisement\b|ad\s*$|sponsored\b|story continues below\b|continue reading\b|scroll to continue\b|copyright\b|\(c\)\s*\d{4}|©|all rights reserved\b|(?:photo|image|picture|video|graphic)s?\s*(?:credit)?\s*:|(?:photo|image|picture)s? (?:by|courtesy of)\b|file photo\b|credit\s*:|source\s*:\s*\w+\s*$|\(?reporting by\b|\(?additional reporting by\b|\(?writing by\b|\(?editing by\b|\(?compiled by\b|our standards\s*:|(?:this|the) (?:story|article) (?:has been|was) (?:updated|corrected)\b|(?:tags|topics|filed under)\s*:|newsletter\b|download (?:our|the) app\b|(?:want|got) (?:more|a (?:news )?tip)\b|contact (?:us|the (?:author|writer|reporter))\b|email (?:us|the author)\b).*$",
    )
    .expect("boilerplate line pattern")
});

/// A boilerplate phrase in the middle of a line, covered up to the end of its parenthesis or
/// line: "(system supported by …)", "(AP Photo/…)", "(Photo: …)", "All rights reserved."
static BOILERPLATE_INLINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)\((?:system supported by|powered by|supported by|ap photo|reuters/|photo\s*:|photo by|photos? courtesy|image\s*:|file photo|getty images|afp photo|video\s*:)[^()\n]{0,200}\)|(?:©\s*(?:\d{4}|(?-i:\p{Lu}))|\bcopyright\s+(?:©\s*)?\d{4})[^\n]{0,200}|\ball rights reserved\.?",
    )
    .expect("inline boilerplate pattern")
});

/// A machine-translation notice.
static TRANSLATION_TRIGGER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)\b(?:automatically (?:generated|translated)|machine[- ]translat\w*|auto-?translat\w*|automatic(?:ally)? translat\w*|translated (?:automatically|by (?:an? )?(?:ai|artificial intelligence|machine|google translate|deepl|software))|(?:generated|translated|produced) (?:by|using|with) (?:the |an? )?(?:ai|artificial intelligence|machine translation))\b",
    )
    .expect("translation trigger pattern")
});

/// Where a translation notice names the original language.
static TRANSLATION_SOURCE: LazyLock<Regex> = LazyLock::new(|| {
    let langs = language_alternation();
    Regex::new(&format!(
        r"(?i)\b(?:translated from (?:the |its )?(?:original )?(?P<a>{langs})|(?P<b>{langs}) (?:is|as) (?:our|the) (?:main|primary|original|official|reference|authoritative|only official) (?:language|version|text)|(?:see|refer to|consult|check|read) (?:the )?(?:original )?(?P<c>{langs}) (?:version|text|original|article)|original(?:ly)? (?:\w+ ){{0,2}}in (?P<d>{langs})|(?:the )?(?P<e>{langs}) (?:version|original|text) (?:is|shall|will|prevails|remains)|(?P<f>{langs})-language original)\b"
    ))
    .expect("translation source pattern")
});

/// Reads the article's metadata and boilerplate.
pub fn article_meta(text: &str) -> ArticleMeta {
    let mut meta = ArticleMeta::default();
    find_dateline(text, &mut meta);
    find_translation(text, &mut meta);
    find_boilerplate(text, &mut meta);
    if meta.relayed_from.is_none() {
        meta.relayed_from = find_relay(text);
    }
    merge(&mut meta.boilerplate);
    meta
}

/// Looks for a dateline at the start of one of the first lines (a headline or byline may
/// come first).
fn find_dateline(text: &str, meta: &mut ArticleMeta) {
    let mut offset = 0;
    for line in text.split_inclusive('\n').take(8) {
        let start = offset;
        offset += line.len();
        let body = line.trim_end_matches(['\n', '\r']);
        if body.trim().is_empty() {
            continue;
        }
        let Some(m) = DATELINE.captures(body) else {
            continue;
        };
        let place = m.name("place").map_or("", |p| p.as_str());
        let letters = place.chars().filter(|c| c.is_alphabetic()).count();
        // The rest of the line must read like article text, not a shouted headline.
        let after = &body[m.get(0).map_or(0, |g| g.end())..];
        let lower_after = after.chars().filter(|c| c.is_lowercase()).count();
        if letters < 2 || lower_after < 3 {
            continue;
        }
        let whole = m.get(0).expect("match");
        let (s, _) = trim_span(text, start + whole.start(), start + whole.end());
        meta.dateline = Some(place.trim_end_matches(['.', ',']).to_string());
        meta.dateline_span = Some(Span::new(s, start + whole.end()));
        if let Some(agency) = m.name("agency") {
            let name = agency.as_str().trim();
            meta.relayed_from = Some(
                canonical_agency(name)
                    .map(str::to_string)
                    .unwrap_or_else(|| name.to_string()),
            );
        }
        return;
    }
}

/// "As reported by Reuters", a "(Reuters)" credit in the first lines, or a wire sign-off.
fn find_relay(text: &str) -> Option<String> {
    for m in RELAY.captures_iter(text) {
        let name = m.name("name").map_or("", |n| n.as_str());
        // Longest known prefix of the captured capitalised words.
        let words: Vec<&str> = name.split_whitespace().collect();
        for n in (1..=words.len()).rev() {
            if let Some(c) = canonical_agency(&words[..n].join(" ")) {
                return Some(c.to_string());
            }
        }
    }
    let head_end = text.char_indices().nth(600).map_or(text.len(), |(i, _)| i);
    for m in AGENCY_CREDIT.captures_iter(&text[..head_end]) {
        if let Some(c) = canonical_agency(&m["name"]) {
            return Some(c.to_string());
        }
    }
    // A sign-off on the last line: "— AFP", "(Reuters)".
    let last = text.trim_end().rsplit('\n').next().unwrap_or("");
    let last = last.trim().trim_start_matches(['-', '–', '—', '(']).trim();
    let last = last.trim_end_matches([')', '.']).trim();
    canonical_agency(last).map(str::to_string)
}

/// A translation notice: its language and its paragraph, which is boilerplate.
fn find_translation(text: &str, meta: &mut ArticleMeta) {
    for m in TRANSLATION_TRIGGER.find_iter(text) {
        let (p_start, p_end) = paragraph_around(text, m.start());
        let para = &text[p_start..p_end];
        // A long paragraph is article text that mentions translation, not a notice.
        if para.len() > 700 {
            continue;
        }
        if meta.translated_from.is_none() {
            if let Some(c) = TRANSLATION_SOURCE.captures(para) {
                let name = ["a", "b", "c", "d", "e", "f"]
                    .iter()
                    .find_map(|g| c.name(g))
                    .map_or("", |g| g.as_str());
                meta.translated_from = language_code(name).map(str::to_string);
            }
        }
        let (s, e) = trim_span(text, p_start, p_end);
        if s < e {
            meta.boilerplate.push(Span::new(s, e));
        }
    }
}

/// The line containing byte `at` (a paragraph in news text), without its newline.
fn paragraph_around(text: &str, at: usize) -> (usize, usize) {
    let start = text[..at].rfind('\n').map_or(0, |i| i + 1);
    let end = text[at..].find('\n').map_or(text.len(), |i| at + i);
    (start, end)
}

fn find_boilerplate(text: &str, meta: &mut ArticleMeta) {
    for m in BOILERPLATE_LINE.find_iter(text) {
        // Whole lines only when they are short: a long paragraph that begins "Subscribers
        // say …" is text.
        let line = m.as_str();
        if line.len() > 300 && !line.trim_start().to_lowercase().starts_with("copyright") {
            continue;
        }
        let (s, e) = trim_span(text, m.start(), m.end());
        if s < e {
            meta.boilerplate.push(Span::new(s, e));
        }
    }
    for m in BOILERPLATE_INLINE.find_iter(text) {
        let (s, e) = trim_span(text, m.start(), m.end());
        if s < e {
            meta.boilerplate.push(Span::new(s, e));
        }
    }
}

/// Sorts spans and merges overlapping ones.
fn merge(spans: &mut Vec<Span>) {
    spans.sort();
    let mut out: Vec<Span> = Vec::with_capacity(spans.len());
    for s in spans.drain(..) {
        match out.last_mut() {
            Some(last) if s.start <= last.end => last.end = last.end.max(s.end),
            _ => out.push(s),
        }
    }
    *spans = out;
}

#[cfg(test)]
mod tests {
    use super::*;

    fn bp(text: &str) -> Vec<&str> {
        article_meta(text)
            .boilerplate
            .iter()
            .map(|s| s.of(text))
            .collect()
    }

    #[test]
    fn plain_dateline() {
        let text = "JAKARTA - Floods displaced thousands on Monday.";
        let m = article_meta(text);
        assert_eq!(m.dateline.as_deref(), Some("JAKARTA"));
        assert_eq!(m.dateline_span.unwrap().of(text), "JAKARTA - ");
        assert_eq!(m.relayed_from, None);
    }

    #[test]
    fn reuters_dateline_gives_the_relay() {
        let text = "WASHINGTON (Reuters) - The Senate passed the bill on Tuesday.";
        let m = article_meta(text);
        assert_eq!(m.dateline.as_deref(), Some("WASHINGTON"));
        assert_eq!(m.relayed_from.as_deref(), Some("Reuters"));
        assert_eq!(m.dateline_span.unwrap().of(text), "WASHINGTON (Reuters) - ");
    }

    #[test]
    fn ap_dateline_with_date_and_em_dash() {
        let text = "LONDON, July 19 (AP) \u{2014} Britain's economy grew 0.6% in the quarter.";
        let m = article_meta(text);
        assert_eq!(m.dateline.as_deref(), Some("LONDON"));
        assert_eq!(m.relayed_from.as_deref(), Some("Associated Press"));
    }

    #[test]
    fn afp_dateline_after_a_headline_and_state_abbreviation() {
        let text = "Markets slide as rates rise\n\nNEW YORK, N.Y. (AFP) \u{2013} Stocks fell \
                    sharply on Wall Street.";
        let m = article_meta(text);
        assert_eq!(m.dateline.as_deref(), Some("NEW YORK"));
        assert_eq!(m.relayed_from.as_deref(), Some("Agence France-Presse"));
    }

    #[test]
    fn local_paper_colon_dateline() {
        let text = "NEW DELHI: The government on Friday announced new rules for ride-hailing apps.";
        assert_eq!(article_meta(text).dateline.as_deref(), Some("NEW DELHI"));
    }

    #[test]
    fn shouted_headline_is_not_a_dateline() {
        let text = "BREAKING - FIRE AT THE DOCKS\nCrews responded at noon.";
        assert_eq!(article_meta(text).dateline, None);
    }

    #[test]
    fn relay_in_the_text() {
        let text = "As reported by Reuters on Friday, the talks stalled.";
        assert_eq!(article_meta(text).relayed_from.as_deref(), Some("Reuters"));
        let text = "The plan, as first reported by The Associated Press, was dropped.";
        assert_eq!(
            article_meta(text).relayed_from.as_deref(),
            Some("Associated Press")
        );
        let text = "Officials met on Monday. (Reuters)";
        assert_eq!(article_meta(text).relayed_from.as_deref(), Some("Reuters"));
        let text = "Officials met on Monday.\n\u{2014} AFP";
        assert_eq!(
            article_meta(text).relayed_from.as_deref(),
            Some("Agence France-Presse")
        );
        let text = "As reported by local residents, the river rose overnight.";
        assert_eq!(article_meta(text).relayed_from, None);
    }

    #[test]
    fn translation_notice_gives_language_and_boilerplate() {
        let text = "The mayor resigned.\nThe English and French versions are automatically \
                    generated by the AI. So there may be inaccuracies, please always see \
                    Indonesian as our main language. (system supported by Example.id)";
        let m = article_meta(text);
        assert_eq!(m.translated_from.as_deref(), Some("id"));
        assert_eq!(m.boilerplate.len(), 1);
        assert!(m.boilerplate[0]
            .of(text)
            .starts_with("The English and French"));
        assert!(m.boilerplate[0].of(text).ends_with("Example.id)"));
    }

    #[test]
    fn other_translation_notices() {
        let text = "Text.\nThis article was machine-translated from Spanish.";
        assert_eq!(article_meta(text).translated_from.as_deref(), Some("es"));
        let text = "Text.\nThis story was translated by AI. The German original prevails.";
        assert_eq!(article_meta(text).translated_from.as_deref(), Some("de"));
        let text = "The novel, translated from Russian, sold well.";
        assert_eq!(article_meta(text).translated_from, None);
    }

    #[test]
    fn page_furniture_is_boilerplate() {
        let text = "Rates rose.\r\nSEE ALSO:\r\nRead more: Why rates matter\r\nSubscribe to our \
                    daily newsletter\r\nFollow us on Twitter\r\nPhoto: Jane Doe/Example\r\n\
                    Copyright 2024 Example Media. All rights reserved.\r\nThe end.";
        assert_eq!(
            bp(text),
            vec![
                "SEE ALSO:",
                "Read more: Why rates matter",
                "Subscribe to our daily newsletter",
                "Follow us on Twitter",
                "Photo: Jane Doe/Example",
                "Copyright 2024 Example Media. All rights reserved."
            ]
        );
    }

    #[test]
    fn wire_credits_and_inline_photo_credits() {
        let text = "Crowds gathered (AP Photo/John Smith) near the square.\n(Reporting by Jane \
                    Roe; Editing by Tim Poe)";
        assert_eq!(
            bp(text),
            vec![
                "(AP Photo/John Smith)",
                "(Reporting by Jane Roe; Editing by Tim Poe)"
            ]
        );
    }

    #[test]
    fn ordinary_sentences_are_not_boilerplate() {
        let text = "Related talks are planned. Subscribers to the service complained, and the \
                    company said it would follow up.\nShare prices fell.";
        assert!(bp(text).is_empty(), "{:?}", bp(text));
    }

    #[test]
    fn stray_copyright_sign_in_text_is_not_a_credit() {
        let text = "He said \u{a9}s were common. \u{a9} 2024 Example News Ltd";
        assert_eq!(bp(text), vec!["\u{a9} 2024 Example News Ltd"]);
    }

    #[test]
    fn huffpost_horizontal_bar_dateline() {
        let text =
            "Headline here\nHEMPSTEAD, N.Y. \u{2015} If it worked before, it might work again.";
        let m = article_meta(text);
        assert_eq!(m.dateline.as_deref(), Some("HEMPSTEAD"));
        assert_eq!(m.relayed_from, None);
    }

    #[test]
    fn offsets_survive_bom_and_crlf() {
        let text = "\u{feff}PARIS (AFP) - Strikes hit rail lines.\r\nRead more:\r\nMore text.";
        let m = article_meta(text);
        assert_eq!(m.dateline.as_deref(), Some("PARIS"));
        assert_eq!(m.dateline_span.unwrap().start, 3);
        assert_eq!(bp(text), vec!["Read more:"]);
    }
}
