//! A surname after an honorific ("Mr. Okafor") never takes up a person of the other gender
//! of that surname ("Mrs. Okafor"), however that person came to be a source.

use super::*;

/// The names of the sources of the claim of `text` holding `needle`.
fn names_at(text: &str, needle: &str) -> Vec<String> {
    let claims = crate::extract::extract(text).claims;
    check_invariants(text, &claims);
    claim_with(text, &claims, needle)
        .sources
        .iter()
        .map(|s| s.name.clone())
        .collect()
}

#[test]
fn mr_never_takes_up_a_mrs_of_the_same_surname() {
    // "her allies" makes "Mrs. Okafor" a source's owner before she is read for a gender
    let text = "None showed Mrs. Okafor making decisions, but her allies fear that more emails \
                might come out. Mr. Okafor said he would leave the board.";
    assert_eq!(names_at(text, "he would leave"), ["Mr. Okafor"]);
    // near miss: "Mrs. Okafor" herself is still taken up by her title
    let text = "None showed Mrs. Okafor making decisions, but her allies fear that more emails \
                might come out. Mrs. Okafor said she would leave the board.";
    assert_eq!(names_at(text, "she would leave"), ["Mrs. Okafor"]);
}
