//! A forecast with a modal of possibility: "Winds could gust to 50 mph", "the rate may drop
//! below 8%", "it could be weeks". As "may be" and "could have" do, "could", "may" or "might"
//! before a verb of movement or amount (or "could be") tells what is possible, not what is so:
//! the claim is hedged. "could not", and "could" before a verb of perceiving ("could see",
//! "could be heard"), tell what was (not) done in the past, and hedge nothing.

use super::super::tokens::Tok;

/// Verbs of movement or amount a forecast puts after its modal.
const FORECAST: &[&str] = &[
    "rise", "fall", "drop", "climb", "reach", "hit", "top", "exceed", "surpass", "gust", "cost",
    "total", "grow", "shrink", "decline", "increase", "decrease", "double", "triple", "soar",
    "plunge", "jump", "slow", "slip", "dip", "tumble", "peak", "face", "rebound",
];

/// Adverbs a modal may take before its verb ("could soon reach", "may also rise").
const BETWEEN: &[&str] = &[
    "also",
    "still",
    "soon",
    "eventually",
    "even",
    "well",
    "further",
];

/// Participles of perceiving after "could be": what was seen or heard, not a forecast.
const PERCEIVED: &[&str] = &["seen", "heard", "felt", "spotted", "smelled", "smelt"];

/// Whether the tokens hold a forecast with "could", "may" or "might" (see the module).
pub(super) fn has_possible_forecast(toks: &[Tok]) -> bool {
    for (i, t) in toks.iter().enumerate() {
        let could = match t.low() {
            "could" => true,
            // "May" the month is no modal
            "may" | "might" if !t.cap || i == 0 => false,
            _ => continue,
        };
        let mut words = toks[i + 1..]
            .iter()
            .filter(|n| n.is_word())
            .map(|n| n.low());
        let mut verb = words.next().unwrap_or("");
        while BETWEEN.contains(&verb) {
            verb = words.next().unwrap_or("");
        }
        if FORECAST.contains(&verb) {
            return true;
        }
        if could && verb == "be" && !words.next().is_some_and(|p| PERCEIVED.contains(&p)) {
            return true;
        }
    }
    false
}

#[cfg(test)]
mod tests {
    use super::super::tests::hedged;

    #[test]
    fn a_forecast_with_could_may_or_might_is_hedged() {
        for s in [
            "Winds could gust to 50 mph through Tuesday",
            "unemployment could drop below 8% next year",
            "prices may soon rise again",
            "the bill might cost $2 billion",
            "the cleanup could be years away",
            "he could face up to 10 years in prison",
        ] {
            assert!(hedged(s), "{s}");
        }
        for s in [
            "residents could not return home",
            "smoke could be seen for miles",
            "she could see the flames from her porch",
            "prices rose in May",
            "the bill will cost $2 billion",
        ] {
            assert!(!hedged(s), "{s}");
        }
    }
}
