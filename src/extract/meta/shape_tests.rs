//! Tests of the letter shape: its classes against the regex tables, and the patterns matched
//! in it against the patterns as written for the original text, over lines built from pieces
//! with non-ASCII letters, marks, long parts and odd spaces.

use super::boilerplate::{is_byline_or_stamp, is_credit_line};
use super::shape::{letter_of, letter_shape, Letter};
use super::*;

/// Every line made of one piece from each of `parts`, in order.
fn lines(parts: &[&[&str]]) -> Vec<String> {
    parts.iter().fold(vec![String::new()], |acc, part| {
        acc.iter()
            .flat_map(|head| part.iter().map(move |p| format!("{head}{p}")))
            .collect()
    })
}

#[test]
fn letter_classes_agree_with_the_regex_tables() {
    let upper = Regex::new(r"^\p{Lu}$").unwrap();
    let letter = Regex::new(r"^\p{L}$").unwrap();
    let mut known = 0;
    for c in (0x80..=0x10ffff).filter_map(char::from_u32) {
        let Some(l) = letter_of(c) else { continue };
        known += 1;
        let s = c.to_string();
        assert_eq!(l == Letter::Upper, upper.is_match(&s), "{c:?} {l:?}");
        assert_eq!(l != Letter::None, letter.is_match(&s), "{c:?} {l:?}");
    }
    assert!(known > 3000, "{known}");
    assert_eq!(letter_of('\u{17f}'), None);
    assert_eq!(letter_of('\u{212a}'), None);
    assert_eq!(letter_of('\u{4e2d}'), None);
    assert_eq!(letter_of('\u{1c5}'), Some(Letter::Other)); // ǅ, title case
    assert_eq!(letter_of('\u{2019}'), Some(Letter::None));
    assert_eq!(letter_of('\u{363}'), Some(Letter::None)); // a combining small a
}

#[test]
fn letter_shape_keeps_offsets_and_stands_in_for_letters() {
    assert_eq!(
        letter_shape("By José Álvarez"),
        Some("By Josqq QQlvarez".into())
    );
    assert_eq!(
        letter_shape("S\u{c3}O PAULO \u{2014} x"),
        Some("SQQO PAULO \u{2014} x".into())
    );
    assert!(matches!(
        letter_shape("O’Brien \u{feff}"),
        Some(std::borrow::Cow::Borrowed(_))
    ));
    assert_eq!(letter_shape("Tokyo \u{6771}\u{4eac}"), None);
    assert_eq!(letter_shape("\u{17f}ubscribe"), None);
}

const NAMES: &[&str] = &[
    "Ann Lee",
    "José Álvarez",
    "Zoë Ölund",
    "\u{c3}",
    "\u{c3} B",
    "\u{1c5}emal \u{110}uki\u{107}",
    "Ana\u{301} Ru\u{301}iz",
    "O’Brien-Smith Jr.",
    "ab cd",
    "\u{1e62}\u{1ecd} \u{1ecc}\u{300}la",
];

#[test]
fn bylines_agree_with_the_exact_pattern() {
    let exact = Regex::new(r"^[ \t\u{a0}\u{feff}]*(?:(?i:by)[ \t]+\p{Lu}[\p{L}.'’\-]*(?:[ \t]+\p{Lu}[\p{L}.'’\-]*){1,3}(?:[ \t]*(?:,|(?i:and)|&|\|)[ \t]*\p{Lu}[\p{L}.'’\-]*(?:[ \t]+\p{Lu}[\p{L}.'’\-]*){0,4})*(?:[ \t]*,[ \t]*[^\n,;:.!?]*(?i:correspondent|editor|reporter|writer|columnist|contributor|journalist|producer|staff|bureau[ \t]+chief)s?)?|(?i:(?:last )?(?:updated|published|posted)(?:[ \t]+(?:on|at))?)[ \t]*:?[ \t]*(?:\d|(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun)\p{L}*)[^\n]{0,60})[ \t\r]*$").unwrap();
    let ends = [
        "",
        " \r",
        ", Reuters",
        ", Ação staff",
        " and Ed Lim, Bureau Chief",
        " & Bo Diaz",
        "\u{2014}",
    ];
    let mut all = lines(&[&["", " \u{a0}"], &["By ", "by\t", "BY  "], NAMES, &ends]);
    all.extend(lines(&[&["By "], NAMES, &[" "], NAMES, &ends]));
    let long = |n: usize, s: &str| s.repeat(n);
    let tails = [
        String::new(),
        ", 2024".to_string(),
        long(59, "é"),
        long(60, "é"),
        long(61, "é"),
        format!("{}  \t\r", long(59, "x")),
        format!("{}é \r", long(59, "x")),
        format!("ier {}", long(56, "Ü")),
        format!("ier {}", long(57, "Ü")),
        "\u{6771}".to_string(),
    ];
    let tails: Vec<&str> = tails.iter().map(String::as_str).collect();
    all.extend(lines(&[
        &[
            "Updated: ",
            "Published ",
            "Posted on ",
            "last updated at ",
            "UPDATED:\t",
        ],
        &[
            "5",
            "janv",
            "Janvi\u{e9}r",
            "Février",
            "\u{661}",
            "x",
            "sun",
        ],
        &tails,
    ]));
    all.push("\u{17f}ept 5".to_string());
    all.push("Po\u{17f}ted 5".to_string());
    for line in &all {
        assert_eq!(is_byline_or_stamp(line), exact.is_match(line), "{line:?}");
    }
}

#[test]
fn credit_lines_agree_with_the_exact_pattern() {
    let exact = Regex::new(r"^[ \t\u{a0}\u{feff}]*\p{Lu}[\p{L}.'’\-]*(?:,?[ \t]+(?:and[ \t]+)?\p{Lu}[\p{L}.'’\-]*)*[ \t]+(?:contributed[ \t]+(?:reporting|research|to[ \t]+this[ \t]+(?:report|story|article))(?-u:\b)|reported[ \t]+from[ \t]+\p{Lu})[^\n]*$").unwrap();
    let all = lines(&[
        &["", "\u{a0}"],
        NAMES,
        &["", " and Zoë Ölund", ", Ã and Ed Lim"],
        &[
            " contributed reporting",
            " contributed reportingé",
            " contributed reportingq",
            " contributed to this reportÃ",
            " contributed to this reportage",
            " contributed research.",
            " reported from \u{c9}vora",
            " reported from \u{e9}vora",
            " reported from \u{6771}",
        ],
        &["", " from Lagos.", "\r", "\u{4e2d}"],
    ]);
    for line in &all {
        assert_eq!(is_credit_line(line), exact.is_match(line), "{line:?}");
    }
}

#[test]
fn datelines_agree_with_the_exact_pattern() {
    let exact = Regex::new(
        r"(?x)^[\ \t\u{feff}\u{a0}]*
        (?P<place>\p{Lu}[\p{Lu}.'’\-]+(?:[\ \t]\p{Lu}[\p{Lu}.'’\-]*){0,2})
        (?:,[\ \t]*(?P<extra>[^\n()–—:]{1,32}?))?
        [\ \t\u{a0}]*
        (?:\((?P<agency>[^()\n]{1,40})\)[\ \t\u{a0}]*)?
        (?P<dash>--?|–|—|―|:)[\ \t\u{a0}]+",
    )
    .unwrap();
    let long = |n: usize, s: &str| s.repeat(n);
    let extras = [
        String::new(),
        ", July 19".to_string(),
        ", N.Y.".to_string(),
        format!(", {}", long(32, "ç")),
        format!(", {}", long(33, "ç")),
        format!(",{} - {}", long(20, "a"), long(20, "b")),
    ];
    let agencies = [
        String::new(),
        " (Reuters)".to_string(),
        " (Agência Brasil)".to_string(),
        format!(" ({})", long(40, "Ã")),
        format!(" ({})", long(41, "Ã")),
    ];
    let extras: Vec<&str> = extras.iter().map(String::as_str).collect();
    let agencies: Vec<&str> = agencies.iter().map(String::as_str).collect();
    let all = lines(&[
        &["", "\u{feff}"],
        &[
            "SÃO PAULO",
            "\u{c3}",
            "\u{c3}-",
            "\u{c3}\u{c9}",
            "A\u{c3}",
            "NEW YORK CITY X",
            "\u{1c5}A",
            "\u{c0}.B \u{c3} \u{d6}\u{d6}",
            "X\u{4e2d}",
        ],
        &extras,
        &agencies,
        &[" - ", " \u{2014} ", ": ", " -- ", "-", " \u{2015}\u{a0}"],
        &["Text follows here.", "\u{6771}"],
    ]);
    let parts = |c: regex::Captures| {
        (
            c.get(0).unwrap().range(),
            c.name("place").unwrap().range(),
            c.name("agency").map(|g| g.range()),
            c.name("dash").unwrap().as_str() == ":",
        )
    };
    for line in &all {
        let got = dateline_at(line).map(|d| (d.whole, d.place, d.agency, d.colon));
        assert_eq!(got, exact.captures(line).map(parts), "{line:?}");
    }
}
