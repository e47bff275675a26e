//! Names written family name first, as Chinese and Korean names are in English news ("Wang
//! Lei", "Lee Min-jun", "Kim Jong Un"): a later bare mention is the first word ("Wang said"),
//! not the last.

use std::sync::OnceLock;

word_set!(
    /// Common Chinese and Korean family names, lower-cased, as they are romanised in English
    /// news ("he", a pronoun in English, is left out).
    is_east_asian_family_name,
    [
        // Chinese (pinyin)
        "wang", "li", "zhang", "liu", "chen", "yang", "huang", "zhao", "wu", "zhou", "xu", "sun",
        "ma", "zhu", "hu", "guo", "lin", "gao", "luo", "zheng", "liang", "xie", "song", "tang",
        "han", "feng", "deng", "cao", "peng", "zeng", "xiao", "tian", "dong", "pan", "yuan",
        "cai", "jiang", "yu", "du", "ye", "cheng", "wei", "su", "lu", "ding", "ren", "shen",
        "yao", "xi", "wen", "qin", "fu", "zhong", "kong", "mao", "qian", "bai", "cui", "kang",
        "meng", "hou", "shao", "qiu", "jin", "yan", "tan", "duan", "lai", "dai", "fan", "fang",
        "shi", "jia", "xia", "tao", "gong", "lei", "mo", "wan", "qi", "ji", "hua",
        // Korean
        "kim", "lee", "park", "choi", "jung", "jeong", "cho", "yoon", "yun", "jang", "lim",
        "im", "oh", "seo", "shin", "kwon", "hwang", "ahn", "yoo", "hong", "jeon", "ko", "moon",
        "mun", "son", "bae", "baek", "heo", "nam", "noh", "roh", "ryu", "rhee", "chung", "kwak",
        "sung", "cha", "joo", "woo", "min", "ha",
    ]
);

/// Whether the words of a person's name (`words`, as written) read as a Chinese or Korean
/// name, family name first: two or three words, the first a family name of
/// [`is_east_asian_family_name`], the rest a given name made only of romanised syllables
/// ("Lei", "Min-jun", "Jong Un", "Jinping"). "Lee Anderson" and "Kim Darroch" are not:
/// "Anderson" and "Darroch" are no run of such syllables.
pub fn is_family_name_first(words: &[&str]) -> bool {
    if !(2..=3).contains(&words.len()) {
        return false;
    }
    let family = words[0].to_lowercase();
    if !is_east_asian_family_name(&family) {
        return false;
    }
    words[1..].iter().all(|w| {
        let lower = w.to_lowercase();
        w.starts_with(|c: char| c.is_ascii_uppercase())
            && lower
                .split('-')
                .all(|part| !part.is_empty() && syllables(part))
    })
}

/// Whether `s` (lower-cased) is a run of romanised Chinese or Korean syllables: each an
/// optional onset, one to three vowels, and an optional final "n", "ng", "m", "k", "p" or "l".
fn syllables(s: &str) -> bool {
    const ONSETS: [&str; 28] = [
        "zh", "ch", "sh", "kk", "tt", "pp", "ss", "jj", "ts", "b", "p", "m", "f", "d", "t", "n",
        "l", "g", "k", "h", "j", "q", "x", "r", "z", "c", "s", "w",
    ];
    if s.is_empty() {
        return true;
    }
    let onsets = ONSETS.iter().filter(|o| s.starts_with(*o)).map(|o| o.len());
    // ("y" opens a syllable as an onset and may be a vowel after one: "Yoon", "Hyun")
    let onsets = std::iter::once(0)
        .chain(onsets)
        .chain(s.starts_with('y').then_some(1));
    for onset in onsets {
        let rest = &s[onset..];
        let vowels = rest
            .bytes()
            .take_while(|b| matches!(b, b'a' | b'e' | b'i' | b'o' | b'u' | b'y'))
            .count();
        for v in (1..=vowels.min(3)).rev() {
            let after = &rest[v..];
            for coda in ["ng", "n", "m", "k", "p", "l", ""] {
                if let Some(next) = after.strip_prefix(coda) {
                    if syllables(next) {
                        return true;
                    }
                }
            }
        }
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn chinese_and_korean_names_read_family_name_first() {
        for name in [
            "Wang Lei",
            "Lee Min-jun",
            "Kim Jong Un",
            "Xi Jinping",
            "Moon Jae-in",
            "Park Geun-hye",
            "Zhao Lijian",
            "Yoon Suk Yeol",
        ] {
            let words: Vec<&str> = name.split(' ').collect();
            assert!(is_family_name_first(&words), "{name}");
        }
        for name in [
            "Lee Anderson",
            "Kim Darroch",
            "Robert E. Lee",
            "Ann Lee",
            "Wang",
            "Song Smith",
            "Park Street Church",
        ] {
            let words: Vec<&str> = name.split(' ').collect();
            assert!(!is_family_name_first(&words), "{name}");
        }
    }
}
