//! Pronouns that take up a person named outside any attribution: a subject named since the
//! last source, a person named by a given name alone.

use super::*;

#[test]
fn she_takes_up_a_woman_named_as_a_subject_since_the_last_source() {
    let text = "Defence barrister Ruth Adeyemi told the jury the accounts were in order.\n\n\
                The tribunal was told that the headteacher, Mrs Clara Dunn, first saw the \
                accounts in May. She told the panel ";
    assert_eq!(
        resolve_last(text, &["Defence barrister Ruth Adeyemi"], "She"),
        "Clara Dunn"
    );
    // a woman named in the source's own sentence does not take the pronoun over
    let text = "Ruth Adeyemi told the jury that Martha Dunn signed the accounts. She said ";
    assert_eq!(resolve_last(text, &["Ruth Adeyemi"], "She"), "Ruth Adeyemi");
    // nor one named as an object, nor in a sentence that speaks of the source
    let text = "Ruth Adeyemi spoke first. The court heard a letter to Martha Dunn. She said ";
    assert_eq!(resolve_last(text, &["Ruth Adeyemi"], "She"), "Ruth Adeyemi");
    let text = "Ruth Adeyemi spoke first. Asked whether she feared that Martha Dunn would \
                lose, Adeyemi smiled. She said ";
    assert_eq!(resolve_last(text, &["Ruth Adeyemi"], "She"), "Ruth Adeyemi");
}

#[test]
fn a_pronoun_takes_up_a_person_named_by_a_given_name_alone() {
    let text = "A shopkeeper who would give only his first name, Dennis, said trade had halved. \
                He said ";
    assert_eq!(resolve_last(text, &[], "He"), "Dennis");
    let text = "One resident, who asked to be identified only as Martha, was angry. She said ";
    assert_eq!(resolve_last(text, &[], "She"), "Martha");
    // "as" before a full name names no one by a given name alone
    let text = "Officials such as Martha Ruiz spoke. She said ";
    assert_eq!(resolve_last(text, &[], "She"), "Martha Ruiz");
}

#[test]
fn they_prefers_the_subject_of_the_sentence_before_to_an_object() {
    let text = "The engineers, from a firm in Leeds, surveyed residents along the canal. They \
                found ";
    assert_eq!(resolve_last(text, &[], "They"), "the engineers");
    // after a short opening phrase set off by a comma, too
    let text = "In March, the nurses visited farmers in the valley. They found ";
    assert_eq!(resolve_last(text, &[], "They"), "the nurses");
    // the phrase of an object stops at the subject's head ("the nurses visited farmers")
    let text = "Last March the nurses visited farmers in the valley. They found ";
    assert_eq!(resolve_last(text, &[], "They"), "farmers");
    // a body's document speaks for it: "it" keeps the nearest phrase
    let text = "The council sent a warning letter on Monday. It says ";
    assert_eq!(resolve_last(text, &[], "It"), "a warning letter");
}
