//! "X, citing Y, reported": the cited source is the channel X names (`via`), never X's role.

use super::*;

#[test]
fn a_citing_aside_after_a_named_source_is_its_via_not_its_role() {
    let text = "The Daily Ledger, citing sources close to the player, reported that Reis had agreed personal terms.";
    let claims = run(text);
    check_invariants(text, &claims);
    let c = claim_with(text, &claims, "Reis had agreed");
    assert_eq!(c.sources[0].name, "Daily Ledger");
    assert_eq!(c.sources[0].role, None);
    assert_eq!(
        c.sources[0].via.as_deref(),
        Some("sources close to the player")
    );
}
