//! A comma-set "which" clause that a closing frame follows, after a clause with a frame of its
//! own ("X has signalled that A, which was B, Y said"): the closing frame reports only B.

use super::*;

#[test]
fn a_closing_frame_after_a_relative_reports_only_the_relative() {
    let text = "Mayor Ruth Okafor has signalled that new fares depend on ridership, which fell 12% in March, the transit agency said.\nNew fares depend on ridership, which fell 12% in April, the transit agency said.";
    let claims = run(text);
    check_invariants(text, &claims);
    let c = claim_with(text, &claims, "depend on ridership");
    assert_eq!(c.sources.len(), 1);
    assert_eq!(c.sources[0].mention.of(text), "Mayor Ruth Okafor");
    assert!(!c.text(text).contains("signalled"), "{:?}", c.text(text));
    let c = claim_with(text, &claims, "fell 12% in March");
    assert_eq!(c.sources[0].mention.of(text), "the transit agency");
    // with no frame of its own before it, the closing frame reports the whole sentence
    let c = claim_with(text, &claims, "New fares");
    assert_eq!(c.sources[0].mention.of(text), "the transit agency");
}
