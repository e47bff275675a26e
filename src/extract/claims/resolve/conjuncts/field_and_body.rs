//! A body named by a field and another word ("the Immigration and Refugee Board") is one
//! speaker, not the field's body and a second one.

use super::*;

/// Whether `left` "and" `right` is one body's name sharing the determiner: `left` is "the"
/// and a capitalised field no body is called alone ("Immigration", "Customs"), `right` has no
/// determiner of its own and ends on a body word after capitalised words ("Refugee Board").
/// "The Pentagon and State Department" stays two: "Pentagon" names a body by itself.
pub(super) fn field_and_body(left: &[Word], right: &[Word]) -> bool {
    let [det, field] = left else {
        return false;
    };
    let Some((last, words)) = right.split_last() else {
        return false;
    };
    det.lower == "the"
        && field.cap()
        && lexicon::is_public_body_field(&field.lower)
        && (1..=3).contains(&words.len())
        && words.iter().all(Word::cap)
        && is_body_word(last.lower.trim_end_matches(['.', ',']))
}
