//! A relative clause telling a named speaker's standing post in the present tense ("who
//! studies hearing at …") describes the speaker, as an appositive would: the source's role, no
//! claim of its own; one telling a past fact ("who worked for the firm for 11 years") stays a
//! claim.

use super::*;

#[test]
fn a_present_post_in_a_relative_clause_is_the_speakers_role() {
    let text = "Professor Ines Calloway, who studies sleep at the University of Leeds, said the \
                results were preliminary.";
    let claims = crate::extract::extract(text).claims;
    check_invariants(text, &claims);
    assert_eq!(claims.len(), 1, "{claims:?}");
    let role = claims[0].sources[0].role.clone().unwrap_or_default();
    assert!(
        role.contains("studies sleep at the University of Leeds"),
        "{role}"
    );
    // near miss: a past fact about a named speaker stays a claim of its own
    let text = "Ines Calloway, who worked at the clinic for nine years, said the results were \
                preliminary.";
    let claims = crate::extract::extract(text).claims;
    assert_eq!(claims.len(), 2, "{claims:?}");
}
