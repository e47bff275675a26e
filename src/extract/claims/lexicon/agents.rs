//! Nouns shaped as a person's calling by their ending ("paleoclimatologist", "historian",
//! "auctioneer"), for a head no word list knows, read only where the shape of the phrase
//! already points to a person's post ("a … at Stockholm University").

/// Whether a lower-cased noun ends as English nouns for people by their calling do: "-ist"
/// (not a list: "checklist", "playlist"), "-ian" and "-eer", on a stem long enough to be no
/// short common word ("wrist", "median", "career").
pub fn is_agent_noun(w: &str) -> bool {
    let long = w.chars().count() >= 7 && w.chars().all(|c| c.is_ascii_lowercase());
    let ist = w.ends_with("ist") && (!w.ends_with("list") || w.ends_with("alist"));
    long && (ist || w.ends_with("ian") || w.ends_with("eer"))
}

/// Whether lower-cased words describe a person by a calling shaped as one, at a named place or
/// body: "a paleoclimatologist at Stockholm University", "historian of Ming China". `cap`
/// tells which of the words are written with a capital; an article may open them.
pub fn is_calling_at_a_name(lower: &[&str], cap: &[bool]) -> bool {
    let from = usize::from(
        lower
            .first()
            .is_some_and(|w| matches!(*w, "a" | "an" | "the")),
    );
    let Some(p) = (from + 1..lower.len())
        .find(|&k| matches!(lower[k], "at" | "of" | "for" | "with" | "from"))
    else {
        return false;
    };
    let name = match lower.get(p + 1) {
        Some(&"the") => p + 2,
        _ => p + 1,
    };
    let capitalised = cap.get(name).copied().unwrap_or(false);
    // one or two words before it: "a climate historian", never a clause
    p - from <= 2 && capitalised && is_agent_noun(lower[p - 1])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn callings_are_told_by_their_endings() {
        for w in [
            "paleoclimatologist",
            "journalist",
            "historian",
            "auctioneer",
        ] {
            assert!(is_agent_noun(w), "{w}");
        }
        for w in ["checklist", "wrist", "median", "career", "budget"] {
            assert!(!is_agent_noun(w), "{w}");
        }
    }

    #[test]
    fn a_calling_at_a_named_body_describes_a_person() {
        let at = |s: &str| {
            let cap: Vec<bool> = s
                .split(' ')
                .map(|w| w.starts_with(char::is_uppercase))
                .collect();
            let lower = s.to_lowercase();
            let lower: Vec<&str> = lower.split(' ').collect();
            is_calling_at_a_name(&lower, &cap)
        };
        assert!(at("a glaciologist at Uppsala University"));
        assert!(at(
            "an economic historian at the London School of Economics"
        ));
        assert!(!at("a glaciologist"));
        assert!(!at("a checklist of Uppsala University"));
        assert!(!at("a glaciologist at home"));
    }
}
