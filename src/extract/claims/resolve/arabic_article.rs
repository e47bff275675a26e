//! "Al" opening a name: the Arabic article of a body's name ("Al Qaeda", "Al-Shabaab", "al
//! Nusra") or the given name Al ("Al Gore", "Al Sharpton"). The word after it tells them
//! apart by its spelling: transliterated Arabic writes "q" with no "u" after it ("Qaeda",
//! "Aqsa"), a doubled "a" ("Shabaab"), "kh" ("Akhbar"), or ends on "a" ("Jazeera", "Nusra",
//! "Arabiya"), where surnames after the given name Al rarely do ("Gore", "Franken",
//! "Cardenas"). A word ending in "-i" or "-y" is an Arabic surname of a person's ("al-Baghdadi",
//! "Al Sisi", "al-Masry"), a relation adjective that names no body.

/// The body's name a mention (as cleaned) holds when it opens on the Arabic article, without
/// a determiner before it: "Al Qaeda", "al-Shabaab", "Al Nusra Front".
pub(super) fn arabic_body_name(mention: &str) -> Option<&str> {
    let m = mention.trim();
    let m = m
        .strip_prefix("the ")
        .or_else(|| m.strip_prefix("The "))
        .unwrap_or(m);
    let rest = ["Al-", "al-", "Al ", "al ", "AL-"]
        .iter()
        .find_map(|a| m.strip_prefix(a))?;
    let word = rest.split([' ', '-']).next().unwrap_or("");
    let word = word.trim_end_matches(|c: char| !c.is_alphabetic());
    is_arabic_body_word(word).then_some(m)
}

/// Whether a capitalised word after the article is spelt as a transliterated Arabic word for
/// a body, not an English or Arabic surname.
fn is_arabic_body_word(word: &str) -> bool {
    let lower = word.to_lowercase();
    let b = lower.as_bytes();
    if b.len() < 3
        || !word.starts_with(|c: char| c.is_uppercase())
        || !b.iter().all(u8::is_ascii_alphabetic)
        || lower.ends_with(['i', 'y'])
    {
        return false;
    }
    let q_alone = b
        .iter()
        .enumerate()
        .any(|(k, &c)| c == b'q' && b.get(k + 1) != Some(&b'u'));
    q_alone || lower.contains("aa") || lower.contains("kh") || lower.ends_with('a')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_arabic_article_opens_a_bodys_name_the_given_name_al_a_persons() {
        for (mention, name) in [
            ("Al Qaeda", "Al Qaeda"),
            ("al Qaeda", "al Qaeda"),
            ("al-Qaida", "al-Qaida"),
            ("Al-Shabaab", "Al-Shabaab"),
            ("the Al Nusra Front", "Al Nusra Front"),
            ("Al Akhbar", "Al Akhbar"),
        ] {
            assert_eq!(arabic_body_name(mention), Some(name), "{mention}");
        }
        for mention in [
            "Al Gore",
            "Al Sharpton",
            "Al Franken",
            "Al From",
            "Al Cardenas",
            "al-Baghdadi",
            "Al Sisi",
            "al-Assad",
            "Alan Quayle",
            "Al",
        ] {
            assert_eq!(arabic_body_name(mention), None, "{mention}");
        }
    }
}
