//! A subject pronoun with its auxiliary in one token before a reporting verb ("He's said",
//! "They've told reporters", "We're hearing").

use super::super::placement::place_frame;
use super::super::verb_shapes::CueSite;
use super::*;

/// The frame of a cue whose subject is a pronoun with its auxiliary in one token: "He's said
/// the deal is dead", "She's told reporters …", "They'd said …", "We're hearing …". Not a
/// passive of hearsay ("He's said to be ill").
pub(super) fn clitic_frame(toks: &[Tok], site: CueSite) -> Option<Frame> {
    let CueSite { a, i, k, cue, .. } = site;
    if k == a {
        return None;
    }
    let (_, aux) = clitic_subject(toks[k - 1].low())?;
    if aux == "s" && toks.get(i + 1).is_some_and(|t| t.is("to")) {
        return None;
    }
    // "She's already shown glimpses": a person shows no finding; "She's Challenging A Donor":
    // a headline in Title Case
    if cue.class == CueClass::Finding || toks[i].cap {
        return None;
    }
    // "what he's proposing", "understandable that he's saying …": the pronoun opens a clause
    // inside another one
    if k > a + 1
        && matches!(
            toks[k - 2].low(),
            "what" | "whatever" | "that" | "which" | "how" | "why"
        )
    {
        return None;
    }
    let form_fits = match aux {
        "s" => cue.past || cue.ing,
        "ve" => cue.past,
        "re" => cue.ing,
        _ => true,
    };
    if !form_fits {
        return None;
    }
    place_frame(toks, site, (k - 1, k), Vec::new(), k - 1)
}
