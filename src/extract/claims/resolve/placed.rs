//! Roles placed by a preposition: "a truck driver from Ava, Mo.", "an aid worker based in
//! Gaza", "Officials in Beijing": the capitalised words after the preposition are where the
//! source is or whom it serves, never the source's name.

use super::*;

/// The kind of a mention that names a role by a place or body it belongs to ("a truck driver
/// from Ava, Mo.", "chairman of the board of Acme", "officials at the Pentagon"): the
/// capitalised words after the preposition are not the source's name. An indefinite or plural
/// role is unnamed; "the" role names one holder, who is identifiable but not named.
pub(super) fn role_with_place(lower: &[String], ws: &[&str]) -> Option<SourceKind> {
    // the first preposition: "a study by economists at Duke" is a study, not economists
    let p = lower.iter().position(|w| {
        matches!(
            w.as_str(),
            "of" | "from" | "to" | "at" | "in" | "for" | "with" | "on" | "by" | "near"
        )
    })?;
    // "an aid worker based in Gaza", "a commander fighting near Pokrovsk": a participle
    // between the role and the preposition places the role too
    let h = p.checked_sub(1)? - usize::from(p >= 2 && is_placing_participle(&lower[p - 1]));
    let head = lower[h].as_str();
    // "a spokesman for the Pentagon" speaks for a body; "a police spokesman in Karachi" is
    // only placed by a town's name
    let spokes = matches!(
        head,
        "spokesman" | "spokeswoman" | "spokesperson" | "representative"
    );
    // ("A GP in Leeds", "an MP in Leeds": a person's noun in capitals is no name)
    let abbreviated = matches!(lower[0].as_str(), "a" | "an" | "one" | "another")
        && ws[h].len() <= 3
        && ws[h].bytes().all(|c| c.is_ascii_uppercase());
    if (is_cap(ws[h]) && !abbreviated)
        || !ws[p + 1..].iter().any(|w| is_cap(w))
        || (spokes && !only_a_place_after(lower, ws, p))
    {
        return None;
    }
    // "former secretary of state Ann Lee": a name closing the mention is the source's own
    let mut r = ws.len();
    while r > p + 1 && is_cap(ws[r - 1]) {
        r -= 1;
    }
    let before_name = lower[r - 1].as_str();
    if r < ws.len()
        && !matches!(
            before_name,
            "of" | "from" | "to" | "at" | "in" | "for" | "with" | "on" | "near" | "the"
        )
        && !lexicon::is_determiner(before_name)
    {
        return None;
    }
    // "the police in Kyiv": a body at its seat (see `classify::seats`), not people
    if lexicon::is_official_word(head) && only_a_place_after(lower, ws, p) {
        return None;
    }
    let one = singular(head);
    let person = lexicon::is_title(one)
        || lexicon::is_person_noun(one)
        || lexicon::is_anonymous_head(head)
        || lexicon::is_group_head(head);
    if !person {
        return None;
    }
    if lexicon::is_group_head(head) && !lexicon::is_anonymous_head(head) {
        return Some(SourceKind::UnnamedGroup);
    }
    let definite = h > 0 && lower[0] == "the" || h == 0;
    Some(if definite && one == head {
        SourceKind::Unknown
    } else {
        SourceKind::Anonymous
    })
}

/// Whether a word between a role and a preposition is a participle that places the role
/// ("based in", "working in", "fighting near", "stationed at").
fn is_placing_participle(w: &str) -> bool {
    matches!(
        w,
        "based"
            | "stationed"
            | "deployed"
            | "posted"
            | "located"
            | "working"
            | "living"
            | "fighting"
            | "serving"
            | "staying"
            | "sheltering"
            | "reporting"
    )
}

/// Whether the words after the preposition at `p` are "in" or "near" and a place's name
/// alone ("in Ondo", "near Khan Younis"), with no word for a body ("in the Interior Ministry").
fn only_a_place_after(lower: &[String], ws: &[&str], p: usize) -> bool {
    matches!(lower[p].as_str(), "in" | "near")
        && ws[p + 1..].iter().all(|w| is_cap(w))
        && !lower[p + 1..].iter().any(|w| {
            let w = w.trim_end_matches("'s");
            lexicon::is_official_word(w) || lexicon::is_org_word(w) || is_body_word(w)
        })
}

/// The kind of "Officials in Beijing" or "Republicans in Congress": a plural head of unnamed
/// people before a preposition whose object holds a capitalised name. `None` for any other
/// shape ("Secretary of State John Kerry", "a spokesman for the Pentagon", "officials at the
/// ministry").
pub(super) fn placed_people(core: &[&str], core_lower: &[String]) -> Option<SourceKind> {
    let p = (1..core.len()).find(|&k| is_preposition(&core_lower[k]))?;
    // "critics like Ann Lee" names its example, who speaks for herself
    if core_lower[p] == "like" || !core[p + 1..].iter().any(|w| is_cap(w)) {
        return None;
    }
    // "the Communications Workers of America": a capitalised head inside a body's name
    // ("the Centers for Disease Control": a capitalised body's word in the plural too)
    if p >= 2 && is_cap(core[p - 1]) && is_cap(core[p - 2])
        || is_cap(core[p - 1]) && is_body_word(singular(&core_lower[p - 1]))
    {
        return None;
    }
    let head = core_lower[p - 1].as_str();
    let plural =
        (head.ends_with('s') && !head.ends_with("ss") && !head.ends_with("'s")) || head == "people";
    // "news from the Bank of Japan", "weekends at Centerview": plural, but no people
    if !plural || !is_source_head(head) {
        return None;
    }
    let (kind, _, _) = super::classify::classify_cleaned(&core[..p].join(" "));
    matches!(kind, SourceKind::Anonymous | SourceKind::UnnamedGroup).then_some(kind)
}
