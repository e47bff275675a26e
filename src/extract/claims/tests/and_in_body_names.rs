//! An "and" inside a body's name ("the Customs and Excise Board", "the United Steel and Allied
//! Workers union, which …") joins no two speakers; two bodies named in turn stay two.

use super::*;

#[test]
fn a_body_named_with_and_is_one_source() {
    let text = "The Customs and Excise Board said in a statement that it would need more staff.\nThe plant shut down, according to the United Steel and Allied Workers union, which describes the owner as \"reckless\".\nBritain and France said the talks would resume.";
    let claims = run(text);
    check_invariants(text, &claims);
    let names = |needle: &str| -> Vec<String> {
        claim_with(text, &claims, needle)
            .sources
            .iter()
            .map(|s| s.name.clone())
            .collect()
    };
    assert_eq!(names("need more staff"), vec!["Customs and Excise Board"]);
    assert_eq!(
        names("the owner as"),
        vec!["United Steel and Allied Workers union"]
    );
    assert_eq!(names("talks would resume"), vec!["Britain", "France"]);
}
