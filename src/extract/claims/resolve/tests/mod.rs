//! Resolution of mentions written for these tests, by the module they test.

use super::*;

/// The name of the source the last `mention` in `text` resolves to, after the `sources` were
/// resolved where the text first names them.
fn resolve_last(text: &str, sources: &[&str], mention: &str) -> String {
    let mut r = Resolver::default();
    for s in sources {
        let at = text.find(s).expect("source");
        r.resolve(s, at, &text[..at]);
    }
    let at = text.rfind(mention).expect("mention");
    let i = r.resolve(mention, at, &text[..at]).entity;
    r.entities[i].name.clone()
}

mod bodies;
mod classify;
mod conjuncts;
mod described_outlets;
mod descriptions;
mod field_and_body_names;
mod firms;
mod kinds;
mod mentions;
mod name_parts;
mod names;
mod offices;
mod owned;
mod pronouns;
mod research_teams;
mod seats;
mod services;
mod subjects;
mod unnamed;
mod unnamed_people;
mod voices;
