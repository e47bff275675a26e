//! Headlines: a body a headline names by a description ("Ruling party wins poll") loses
//! "the party" to the body the story named since.

use super::descriptions::is_body_entity;
use super::*;

impl Resolver {
    /// The source mentioned last of all, when it is a body of kind `kind` mentioned after
    /// byte `at` and within [`ANTECEDENT_REACH`] of `end`.
    pub(super) fn last_source_body_since(
        &self,
        at: usize,
        kind: SourceKind,
        end: usize,
    ) -> Option<usize> {
        let last = self.latest(|_| true)?;
        let e = &self.entities[last];
        (is_body_entity(e) && e.kind == kind && e.last > at && e.last + ANTECEDENT_REACH >= end)
            .then_some(last)
    }
}

/// Whether byte `at` of `context` lies in a headline: a first line that ends with no stop of
/// a sentence, with the story's text after it.
pub(super) fn in_headline(context: &str, at: usize) -> bool {
    let Some(nl) = context.find('\n') else {
        return false;
    };
    let line = context[..nl].trim_end();
    at < nl && !line.ends_with(['.', '!', '?', '"', '”', ':'])
}
