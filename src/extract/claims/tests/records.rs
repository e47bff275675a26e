//! No-comment records and what the one who declined said after them.

use super::*;

#[test]
fn what_follows_a_participle_after_a_refusal_skips_the_hearer_and_the_channel() {
    let text = "Ryder declined to say more, telling reporters the department was assessing the results.\nThe ministry declined to comment, saying in a statement that the probe continues.";
    let claims = run(text);
    check_invariants(text, &claims);
    let c = claim_with(text, &claims, "the department was assessing");
    assert_eq!(c.sources[0].name, "Ryder");
    assert_eq!(c.text(text), "the department was assessing the results.");
    let c = claim_with(text, &claims, "the probe continues");
    assert_eq!(c.text(text), "the probe continues.");
}
