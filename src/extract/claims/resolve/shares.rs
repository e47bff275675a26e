//! "74 percent of Democratic voters", "Nine in 10 voters", "nearly half", "a majority of
//! Americans": a share of people, as polls report them. It speaks for a category of people,
//! never a named source.

/// Whether a mention is a share of a poll's respondents ("only 7 percent", "six in 10",
/// "a majority", "those surveyed").
fn is_share_of_respondents(lower: &[String]) -> bool {
    let last = lower.last().map_or("", |w| w.as_str());
    let n = lower.len();
    matches!(last, "percent" | "%")
        || last.ends_with('%')
        || (n >= 3 && lower[n - 2] == "in" && matches!(last, "10" | "ten" | "5" | "five" | "4"))
        || (n == 2
            && matches!(lower[0].as_str(), "those" | "people" | "respondents")
            && matches!(
                last,
                "surveyed" | "polled" | "questioned" | "interviewed" | "asked"
            ))
}

/// Whether a lower-cased word is a number: digits ("10", "74%") or a number word up to
/// ninety, alone or hyphenated ("seventy-four").
fn is_number(w: &str) -> bool {
    let digits = w.trim_end_matches('%');
    if !digits.is_empty()
        && digits
            .bytes()
            .all(|b| b.is_ascii_digit() || b == b'.' || b == b',')
    {
        return true;
    }
    w.split('-').all(|part| {
        matches!(
            part,
            "one"
                | "two"
                | "three"
                | "four"
                | "five"
                | "six"
                | "seven"
                | "eight"
                | "nine"
                | "ten"
                | "eleven"
                | "twelve"
                | "fifteen"
                | "twenty"
                | "thirty"
                | "forty"
                | "fifty"
                | "sixty"
                | "seventy"
                | "eighty"
                | "ninety"
        )
    })
}

/// A word for a fraction of a whole: "half", "a third", "majority".
fn is_fraction(w: &str) -> bool {
    matches!(
        w,
        "half"
            | "third"
            | "thirds"
            | "two-thirds"
            | "quarter"
            | "quarters"
            | "three-quarters"
            | "majority"
            | "majorities"
            | "minority"
            | "plurality"
    )
}

/// Whether the lower-cased words of a mention are a share of people: a share of a poll's
/// respondents as [`is_share_of_respondents`] reads it, or, past words that round it
/// ("about", "nearly", "more than", "only", "a", "the", "large", "vast") a share ("74 percent",
/// "74%", "half", "a majority"), then nothing or "of" and the people; or "nine in 10" and any
/// words for the people.
pub(super) fn is_share_of_people(lower: &[String]) -> bool {
    if is_share_of_respondents(lower) {
        return true;
    }
    let mut k = 0;
    while k < lower.len()
        && matches!(
            lower[k].as_str(),
            "about"
                | "nearly"
                | "almost"
                | "roughly"
                | "some"
                | "only"
                | "just"
                | "more"
                | "less"
                | "fewer"
                | "than"
                | "at"
                | "least"
                | "over"
                | "under"
                | "a"
                | "an"
                | "the"
                | "large"
                | "vast"
                | "slim"
                | "narrow"
                | "clear"
        )
    {
        k += 1;
    }
    let Some(first) = lower.get(k) else {
        return false;
    };
    let share_end = if is_number(first) {
        match lower.get(k + 1).map(String::as_str) {
            _ if first.ends_with('%') => k + 1,
            Some("percent" | "per" | "%") => {
                k + 2 + usize::from(lower.get(k + 2).is_some_and(|w| w == "cent"))
            }
            // "nine in 10 voters": the people may follow with no "of"
            Some("in") if lower.get(k + 2).is_some_and(|w| is_number(w)) => return true,
            _ => return false,
        }
    } else if is_fraction(first) {
        k + 1
    } else {
        return false;
    };
    share_end == lower.len() || lower[share_end] == "of"
}

#[cfg(test)]
mod tests {
    use super::*;

    fn share(s: &str) -> bool {
        let lower: Vec<String> = s.split_whitespace().map(str::to_lowercase).collect();
        is_share_of_people(&lower)
    }

    #[test]
    fn shares_of_people_as_polls_write_them() {
        for s in [
            "74 percent of Democratic voters",
            "Seventy-four percent of Democratic registered voters",
            "Nine in 10 Democratic registered voters",
            "about half of voters",
            "Nearly half",
            "Nearly three in four",
            "a majority of voters looking for an outsider",
            "large majorities of Americans",
            "Only a quarter of Americans",
            "28% of independents",
            "six in 10",
            "only 7 percent",
        ] {
            assert!(share(s), "{s}");
        }
        for s in [
            "two",
            "the two",
            "half the story",
            "nine residents",
            "a third party",
        ] {
            assert!(!share(s), "{s}");
        }
    }
}
