//! A subject pronoun with two verbs joined by "but" or "and", the second one of saying ("It
//! stops short of blaming the operator but says …"): the pronoun's antecedent speaks.

use super::*;

#[test]
fn a_pronoun_subject_speaks_with_the_second_of_two_verbs() {
    let text = "The agency published its review on Monday. It stops short of blaming the operator but says the signals had failed.\nThe ministry published its review. For voters, it would be a shrewd and calculated political move.";
    let claims = run(text);
    check_invariants(text, &claims);
    let c = claim_with(text, &claims, "the signals had failed");
    assert_eq!(c.sources.len(), 1);
    assert_eq!(c.sources[0].kind, SourceKind::Document);
    assert!(!c.text(text).contains("says"), "{:?}", c.text(text));
    // adjectives joined after an article, with no clause after: no verb of saying
    let c = claim_with(text, &claims, "calculated political move");
    assert!(c.sources.is_empty());
}
