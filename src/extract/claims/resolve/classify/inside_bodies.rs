//! "Staff at the hospital", "Nurses at the hospital", "employees of the company": people
//! inside a body the text names by a common noun only. They are not the body speaking on the
//! record but an unnamed group of its people, thin sourcing as "Workers at the plant" is.

use super::*;

/// The kind of a mention that is a plural noun for people (or "staff") + "at", "of", "from" or
/// "in" + "the" + common nouns ending on a word for a body: an unnamed group, or anonymous when
/// the noun is one for people who may speak for the body unnamed ("employees", "workers").
/// `None` for any other shape, and for officials, police and other official people, whose
/// words stay with the rules for them.
pub(super) fn people_inside_unnamed_body(ws: &[&str], lower: &[String]) -> Option<SourceKind> {
    let p = lower
        .iter()
        .position(|w| matches!(w.as_str(), "at" | "of" | "from" | "in"))?;
    if p == 0 || p + 2 >= lower.len() || lower[p + 1] != "the" {
        return None;
    }
    // common nouns only after the head ("at the Royal Free" names a body)
    if ws[1..].iter().any(|w| w.chars().any(char::is_uppercase)) {
        return None;
    }
    // before the head, at most a determiner or a number ("some", "two", "several")
    if p > 2 || p == 2 && !lexicon::is_determiner(&lower[0]) && !is_quantity(&lower[0]) {
        return None;
    }
    let head = lower[p - 1].as_str();
    let one = singular(head);
    let people = head == "staff"
        || head != one && (lexicon::is_person_noun(one) || lexicon::is_trade_person(one));
    if !people || lexicon::is_official_word(head) || lexicon::is_official_word(one) {
        return None;
    }
    let last = lower[lower.len() - 1].trim_end_matches("'s");
    let body = is_body_word(last) || lexicon::is_org_word(last) || lexicon::is_official_word(last);
    if !body {
        return None;
    }
    Some(if lexicon::is_anonymous_head(head) {
        SourceKind::Anonymous
    } else {
        SourceKind::UnnamedGroup
    })
}

/// A word counting people before a plural ("some", "two", "several", "many").
fn is_quantity(w: &str) -> bool {
    matches!(
        w,
        "some" | "several" | "many" | "few" | "two" | "three" | "four" | "five" | "dozens"
    )
}
