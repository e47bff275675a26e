//! Negated cues: "The mayor did not say the plan was dead" reports that nothing was said, and
//! "Police do not believe the fires are connected" is a view held in the negative.

use super::super::*;
use super::modifies_cue;

/// A frame around the cue verb at `i`. A negated cue reports the opposite of its content:
/// "The mayor did not say the plan was dead" is the writer's claim, and "Police do not believe
/// the fires are connected" is the police's claim whole, negation and all.
pub(in crate::extract::claims::frames) fn verb_frame(
    text: &str,
    toks: &[Tok],
    a: usize,
    b: usize,
    i: usize,
) -> Option<Frame> {
    let mut f = super::verb_frame_unnegated(text, toks, a, b, i)?;
    let source = f
        .source
        .filter(|s| s.1 <= i && f.placement == Placement::Before);
    // the negation among the auxiliaries and adverbs right before the verb, not inside a
    // clause on the subject ("Sources, who asked not to be named, said …")
    let negated = source.is_some_and(|s| {
        let mut k = i;
        while k > s.1 && (modifies_cue(&toks[k - 1]) || is_negation(&toks[k - 1])) {
            k -= 1;
        }
        toks[k..i].iter().any(is_negation)
    });
    if !negated {
        return Some(f);
    }
    let stance = toks[i].cue.is_some_and(|c| c.weak);
    let (Some(source), Some(last), true) = (source, f.content.last().copied(), stance) else {
        return None;
    };
    f.content = vec![(source.0, last.1)];
    Some(f)
}

/// A word that negates the verb after it ("not", "never", "don't", "hasn't").
fn is_negation(t: &Tok) -> bool {
    !t.in_quote
        && matches!(
            t.low(),
            "not"
                | "never"
                | "don't"
                | "doesn't"
                | "didn't"
                | "hasn't"
                | "haven't"
                | "hadn't"
                | "won't"
                | "wouldn't"
                | "can't"
                | "cannot"
                | "couldn't"
        )
}
