//! What of a mention as written is the source's name: without a leading conjunction or
//! sentence adverb, a closing reflexive or parenthetical; and mentions that are no source.

use super::*;

/// A mention without a closing reflexive: "Clinton herself" is Clinton, with emphasis.
pub(super) fn without_reflexive(mention: &str) -> &str {
    let m = mention.trim();
    match m.rsplit_once(' ') {
        Some((rest, "herself" | "himself" | "itself" | "themselves")) => rest,
        _ => m,
    }
}

/// A mention without what is not part of its name: a leading conjunction or sentence adverb
/// ("Although Scott", "and the report") and a trailing parenthetical ("Rep. Ann Lee (D-Ore.)").
pub(super) fn clean_mention(mention: &str) -> String {
    let mut m = without_reflexive(mention);
    if m.ends_with(')') {
        if let Some(o) = m.rfind('(') {
            m = m[..o].trim_end();
        }
    }
    loop {
        let first = m.split_whitespace().next().unwrap_or("");
        let lower = first.to_lowercase();
        let drop = matches!(
            lower.as_str(),
            "and"
                | "but"
                | "although"
                | "though"
                | "so"
                | "still"
                | "even"
                | "meanwhile"
                | "however"
                | "yet"
                | "also"
                | "rival"
                | "while"
                | "when"
                | "as"
        ) && m.len() > first.len();
        if !drop {
            break;
        }
        m = m[first.len()..].trim_start();
    }
    m.to_string()
}

/// Whether a mention the frames gave cannot be a source at all, so its claim is better left
/// unsourced than tied to it: a sentence adverb ("However", "Usually") or a bare superlative
/// ("the most").
pub fn is_no_source(mention: &str) -> bool {
    if mention.split_whitespace().nth(2).is_some() {
        return false;
    }
    let m = clean_mention(mention);
    let lower: Vec<String> = words(&m).iter().map(|w| w.to_lowercase()).collect();
    let adverb = |w: &str| {
        matches!(
            w,
            "however"
                | "usually"
                | "instead"
                | "meanwhile"
                | "nevertheless"
                | "moreover"
                | "furthermore"
                | "indeed"
                | "otherwise"
                | "therefore"
                | "thus"
                | "typically"
                | "generally"
                | "often"
                | "sometimes"
                | "currently"
                | "recently"
                | "ultimately"
                | "finally"
                | "initially"
                | "originally"
                | "similarly"
                | "likewise"
                | "additionally"
                | "overall"
                | "apparently"
                | "obviously"
                | "essentially"
                | "basically"
                | "actually"
                | "perhaps"
        )
    };
    match lower.as_slice() {
        [w] => adverb(w),
        [d, w] => d == "the" && matches!(w.as_str(), "most" | "least" | "best" | "worst"),
        _ => false,
    }
}
