//! An outlet described first and named after, set off by commas ("One popular channel,
//! Dravik, said"): the named outlet is the source, the description its role.

use super::*;

#[test]
fn an_outlet_named_after_its_description_is_the_source() {
    for (text, mention, name) in [
        (
            "One widely read blog channel, Dravik, said the bridge had fallen.",
            "One widely read blog channel",
            "Dravik",
        ),
        (
            "A local newspaper, the Harwich Courier, said the pier would close.",
            "A local newspaper",
            "Harwich Courier",
        ),
    ] {
        let mut r = Resolver::default();
        let at = text.find(mention).expect("mention");
        let after = &text[at + mention.len()..];
        let i = r.resolve_in(mention, at, &text[..at], after).entity;
        let e = &r.entities[i];
        assert_eq!(
            (e.name.as_str(), e.kind),
            (name, SourceKind::Media),
            "{text}"
        );
        assert!(e.role.is_some(), "{text}");
    }
}
