//! Judging words that report an act, not a judgement. "Three units had failed" and "the pump
//! failed" tell of equipment that stopped working, an event one can check; "a failed policy"
//! judges. "They raised concerns", "told not to put concerns in writing" tell what people did
//! with their worries; "is a concern" judges. Read as assessments, such reports of anonymous
//! sources would add ANONYMOUS_OPINION to a factual claim.

use super::super::tokens::Tok;

/// Words before "failed" that make it an adjective ("a failed coup", "its failed bid", "a
/// number of failed tests", "another failed state").
const DETERMINERS: &[&str] = &[
    "a", "an", "the", "its", "his", "her", "their", "our", "my", "your", "this", "that", "these",
    "those", "another", "any", "many", "several", "two", "three", "of", "from", "for", "in",
    "after", "with", "by", "on", "amid", "despite", "and",
];

/// Verbs whose object "concerns" is a thing done, not a judgement: "raised concerns",
/// "voiced safety concerns", "put concerns in writing".
const HANDLED: &[&str] = &[
    "raise",
    "raised",
    "raising",
    "voice",
    "voiced",
    "voicing",
    "express",
    "expressed",
    "expressing",
    "flag",
    "flagged",
    "put",
    "report",
    "reported",
    "share",
    "shared",
    "air",
    "aired",
    "submit",
    "submitted",
    "dismissed",
    "address",
    "addressed",
];

/// Whether the judging word `toks[i]` reports an act: "failed" as a verb, "concern(s)" as the
/// object of a verb of raising or voicing it (one word, such as "safety", may stand between),
/// "long" for a span of time lived through ("after a long illness").
pub(super) fn is_reported_act(toks: &[Tok], i: usize) -> bool {
    let word = |k: Option<usize>| k.and_then(|k| toks.get(k)).filter(|t| t.is_word());
    let prev = word(i.checked_sub(1));
    match toks[i].low() {
        // "had failed", "the pump failed", "failed to win"; not "Clinton's failed bid"
        "failed" => {
            let to = word(Some(i + 1)).is_some_and(|n| n.low() == "to");
            let attributive = |p: &Tok| {
                DETERMINERS.contains(&p.low())
                    || p.low().ends_with("'s")
                    || p.low().ends_with("’s")
                    || p.low() == "s"
            };
            to || prev.is_some_and(|p| !attributive(p))
        }
        "concerns" | "concern" => {
            let before = word(i.checked_sub(2));
            prev.is_some_and(|p| HANDLED.contains(&p.low()))
                || before.is_some_and(|b| HANDLED.contains(&b.low()))
        }
        // "died after a long illness", "retired following a long career": a span of time
        // lived through, told as a fact; "the wait will be long" judges
        "long" => {
            let before = word(i.checked_sub(2));
            prev.is_some_and(|p| p.low() == "a")
                && before.is_some_and(|b| matches!(b.low(), "after" | "following" | "during"))
        }
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::super::super::tokens::tokenize;
    use super::super::claim_kind;
    use crate::vocab::ClaimKind;

    fn kind(s: &str) -> ClaimKind {
        claim_kind(&tokenize(s, 0, s.len()), false, false)
    }

    #[test]
    fn failures_and_concerns_raised_are_events() {
        for s in [
            "the cooling pump had failed in June",
            "The talks failed on Friday",
            "they were told by senior staff not to put concerns in writing",
            "nurses raised safety concerns with managers in March",
            "the actor died on Monday after a long illness",
        ] {
            assert_eq!(kind(s), ClaimKind::Event, "{s}");
        }
        for s in [
            "It was a failed policy",
            "after a decade of failed peace efforts",
            "Clinton's failed bid haunted her",
            "the plan is a concern for residents",
            "Failed states breed extremism",
            "the road to recovery will be long",
        ] {
            assert_eq!(kind(s), ClaimKind::Assessment, "{s}");
        }
    }
}
