//! The researchers of a study the text just spoke of: "The study was published in The Lancet.
//! The researchers found that …" reports the study's findings, a document of this article, not
//! the view of an unnamed group.

use super::*;

/// Document nouns for a piece of research whose authors "the researchers" may be.
const STUDIES: [&str; 5] = ["study", "paper", "trial", "analysis", "survey"];

impl Resolver {
    /// The study "the researchers" or "the authors" (`lower`) wrote, when the sentence before
    /// the mention or its own speaks of "the study" or "a study" (`context` is the text
    /// before): that study as a document source, named as the text wrote it ("the study").
    pub(super) fn study_authored(&mut self, lower: &str, context: &str) -> Option<usize> {
        let authors = matches!(
            lower,
            "the researchers" | "the authors" | "the scientists" | "the study's authors"
        );
        if !authors {
            return None;
        }
        // the sentence before and the mention's own, at most 400 bytes back
        let mut from = context.len().saturating_sub(400);
        while !context.is_char_boundary(from) {
            from += 1;
        }
        let tail = &context[from..];
        let own = tail.rfind(['.', '!', '?', '\n']).unwrap_or(0);
        // a paragraph break is no sentence of its own: the sentence before may end the
        // paragraph before ("… according to the paper.\n\nThe authors wrote")
        let before = tail[..own].trim_end_matches(|c: char| c.is_whitespace() || ".!?".contains(c));
        let start = before.rfind(['.', '!', '?', '\n']).map_or(0, |k| k + 1);
        let words: Vec<String> = (tail[start..].split_whitespace())
            .map(|w| {
                w.trim_matches(|c: char| !c.is_alphanumeric())
                    .to_lowercase()
            })
            .collect();
        let noun = (1..words.len()).rev().find_map(|k| {
            let study = STUDIES.iter().find(|s| words[k] == **s)?;
            let before = words[k - 1].as_str();
            let opened = matches!(before, "the" | "a" | "new" | "this" | "latest");
            opened.then_some(*study)
        })?;
        let name = format!("the {noun}");
        Some(self.add(name, SourceKind::Document, None, noun.to_string()))
    }
}
