//! Numbers spelled out as words. AP and Reuters style spell out one to nine, and any number
//! that opens a sentence ("Nine people were killed and seventeen were injured"), so a death
//! toll or a poll's lead is often written in words. A number word is a statistic only when it
//! counts something measured: people, votes, points, per cent, units, or those killed, hurt or
//! arrested. "One of the", "one day", "a second term" and "the two sides" count nothing.

use super::super::tokens::{Tok, TokKind};
use crate::extract::text::cardinal;

/// "two-thirds", "three-quarters", "one-fifth": a share written as one word.
fn is_fraction_compound(w: &str) -> bool {
    w.split_once('-').is_some_and(|(n, f)| {
        cardinal(n).is_some_and(|n| n < 10) && (is_fraction(f) || f.starts_with("quarter"))
    })
}

/// "third", "fifths", "tenth": the denominator of a share.
fn is_fraction(w: &str) -> bool {
    matches!(
        w.trim_end_matches('s'),
        "third" | "fourth" | "fifth" | "sixth" | "seventh" | "eighth" | "ninth" | "tenth"
    )
}

/// Plural nouns of what a news count measures: people and groups of them, votes, seats and
/// points, money and units of measure, goods and buildings. Spans of time ("two days after")
/// and things named in passing ("two sides", "three countries") are left out, and so are
/// men, women and children, which name a family ("has three children") or a few people met
/// ("two men who had just voted") as often as a toll; a toll of them is still read by its
/// verb ("Two men have been arrested").
const MEASURED: &[&str] = &[
    "people",
    "persons",
    "soldiers",
    "troops",
    "militants",
    "fighters",
    "insurgents",
    "rebels",
    "civilians",
    "officers",
    "policemen",
    "protesters",
    "protestors",
    "demonstrators",
    "students",
    "pupils",
    "workers",
    "employees",
    "staff",
    "residents",
    "passengers",
    "patients",
    "victims",
    "bodies",
    "deaths",
    "casualties",
    "cases",
    "infections",
    "migrants",
    "refugees",
    "prisoners",
    "detainees",
    "hostages",
    "suspects",
    "miners",
    "crew",
    "votes",
    "seats",
    "points",
    "percent",
    "per",
    "percentage",
    "runs",
    "wickets",
    "units",
    "homes",
    "houses",
    "vehicles",
    "cars",
    "aircraft",
    "planes",
    "drones",
    "missiles",
    "rockets",
    "shells",
    "tanks",
    "ships",
    "boats",
    "dollars",
    "pounds",
    "euros",
    "miles",
    "kilometres",
    "kilometers",
    "metres",
    "meters",
    "feet",
    "tons",
    "tonnes",
    "acres",
    "barrels",
];

/// Participles of a toll: "seventeen were injured", "Two men have been arrested".
const TOLL: &[&str] = &[
    "killed",
    "injured",
    "wounded",
    "hurt",
    "dead",
    "missing",
    "arrested",
    "detained",
    "charged",
    "hospitalised",
    "hospitalized",
    "rescued",
    "evacuated",
    "displaced",
    "died",
];

/// Verbs a count follows: "killing nine", "arrested seven".
const TOLL_VERBS: &[&str] = &[
    "killed",
    "killing",
    "injured",
    "injuring",
    "wounded",
    "wounding",
    "arrested",
    "arresting",
];

/// Words that make the number that follows them name ones already known ("the two men", "all
/// three"), not a count.
const REFERRING: &[&str] = &[
    "the", "these", "those", "its", "his", "her", "their", "our", "all", "both", "each", "every",
];

/// Whether the word token `toks[i]` is a spelled-out number or share that counts something.
pub(super) fn is_spelled_quantity(toks: &[Tok], i: usize) -> bool {
    let w = toks[i].low();
    if is_fraction_compound(w) {
        return true;
    }
    let prev = i.checked_sub(1).map(|p| &toks[p]);
    let word = |k: usize| {
        toks.get(k)
            .filter(|t| t.kind == TokKind::Word || t.kind == TokKind::Number)
    };
    // "a third of the homes", "one fifth of voters"
    if is_fraction(w) {
        let counted = prev.is_some_and(|p| p.low() == "a" || cardinal(p.low()).is_some());
        return counted && word(i + 1).is_some_and(|n| n.low() == "of");
    }
    let Some(n) = cardinal(w) else {
        return false;
    };
    if prev.is_some_and(|p| REFERRING.contains(&p.low())) {
        return false;
    }
    // "one in five", "nine out of 10"
    let next = word(i + 1).map(|t| t.low()).unwrap_or("");
    if next == "in" || next == "out" {
        let k = if next == "out" { i + 3 } else { i + 2 };
        if word(k).is_some_and(|t| t.kind == TokKind::Number || cardinal(t.low()).is_some()) {
            return true;
        }
    }
    // "killing nine", but not "wounded five years ago"
    if prev.is_some_and(|p| TOLL_VERBS.contains(&p.low())) {
        let span = |l: &str| {
            let l = l.trim_end_matches('s');
            matches!(
                l,
                "year" | "month" | "week" | "day" | "hour" | "minute" | "decade" | "time"
            )
        };
        return !span(next);
    }
    // the noun counted, after at most two modifiers ("Nine Palestinian civilians", "seven
    // more people"), then a toll ("Seventeen were injured", "One man was arrested")
    let mut k = i + 1;
    let mut seen = 0;
    while let Some(t) = word(k) {
        let l = t.low();
        if n > 1 && MEASURED.contains(&l) {
            return true;
        }
        if matches!(
            l,
            "were" | "was" | "are" | "is" | "have" | "has" | "had" | "been"
        ) {
            let mut j = k + 1;
            while word(j).is_some_and(|t| t.low() == "been") {
                j += 1;
            }
            return word(j).is_some_and(|t| TOLL.contains(&t.low()));
        }
        if l == "died" {
            return true;
        }
        seen += 1;
        if seen > 2 || matches!(l, "of" | "and" | "or" | "in" | "to" | "on" | "at" | "for") {
            return false;
        }
        k += 1;
    }
    false
}

/// Whether a word that is in no number list may still be a spelled number: a teen or a
/// hyphened compound ("seventeen", "twenty-three", "two-thirds"). A cheap test that turns
/// most words away before [`is_spelled_quantity`] is asked.
pub(super) fn may_be_spelled(w: &str) -> bool {
    w.len() >= 7 && (w.ends_with("teen") || w.contains('-'))
}

#[cfg(test)]
mod tests {
    use super::super::super::tokens::tokenize;
    use super::super::has_quantity;

    fn q(s: &str) -> bool {
        has_quantity(&tokenize(s, 0, s.len()))
    }

    #[test]
    fn spelled_counts_are_statistics() {
        for s in [
            "Nine people were killed and seventeen were injured",
            "Twenty-three people died in the blaze",
            "Seventeen were injured in the crash",
            "Labour's lead fell by seven points",
            "About a third of the homes were destroyed",
            "Two-thirds of voters backed the plan",
            "Two men have been arrested",
            "One man was arrested at the scene",
            "an air strike killing nine",
            "Nine Palestinian civilians were among the dead",
            "one in five said they would switch",
            "the party won four seats",
            "Thirteen died when the bus overturned",
        ] {
            assert!(q(s), "{s}");
        }
    }

    #[test]
    fn number_words_that_count_nothing_are_no_statistic() {
        for s in [
            "It was one of the worst storms",
            "one day she will run again",
            "He is seeking a second term",
            "the two sides met in Geneva",
            "The two men were arrested in Ohio",
            "all three candidates spoke",
            "talks between two countries resumed",
            "he met one person familiar with the plan",
            "two days after the vote",
            "a third term in office",
            "He has three children",
            "she was gravely wounded five years ago",
            "The comments had two goals",
            "marriage between two men or two women",
        ] {
            assert!(!q(s), "{s}");
        }
    }
}
