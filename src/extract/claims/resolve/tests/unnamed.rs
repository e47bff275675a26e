//! Sources the text leaves unnamed: the names and kinds [`classify`] gives them, whatever is
//! written around their head.

use super::*;

#[test]
fn examples_after_a_head_are_no_name() {
    for mention in [
        "Retailers including Walmart and Kroger",
        "retailers such as Walmart and Kroger",
    ] {
        let (kind, name, role) = classify(mention);
        assert_eq!(kind, SourceKind::UnnamedGroup, "{mention}");
        assert_eq!(name, lower_first(mention), "{mention}");
        assert_eq!(role, None, "{mention}");
    }
}
