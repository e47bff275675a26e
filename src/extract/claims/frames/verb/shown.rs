//! "Holloway showed no emotion as the verdict was read": a named person or a pronoun showing a
//! thing is the subject's deed, not a finding reported; "data showed …", "the study shows
//! that …" and "Lee showed the tax rose" (a clause) still report.

use super::super::placement::words::opens_subordinate;
use super::*;

/// Whether the "show" at `i` in `[a, b)` has a person for subject and a thing for object.
pub(super) fn actor_shows_a_thing(toks: &[Tok], a: usize, b: usize, i: usize) -> bool {
    if !matches!(toks[i].low(), "show" | "shows" | "showed" | "shown") || i == a {
        return false;
    }
    // the subject's last word, past adverbs and auxiliaries ("He has rarely shown …")
    let h = noun_forms::subject_end(toks, a, i);
    // a name standing alone as the subject ("Holloway", "Dr. Ann Lee"), no body or document
    let name = toks[a..=h].iter().all(|t| {
        !t.in_quote
            && (t.is_punct(".")
                || t.is_word()
                    && t.cap
                    && !lexicon::is_document_head(t.low())
                    && !is_research_head(t.low())
                    && !lexicon::is_org_word(t.low())
                    && !lexicon::is_official_word(t.low())
                    && !lexicon::is_determiner(t.low()))
    });
    let person = name || h == a && matches!(toks[h].low(), "he" | "she" | "they" | "i" | "we");
    let Some(first) = toks.get(i + 1).filter(|_| i + 1 < b) else {
        return false;
    };
    if !person || !first.is_word() || first.is("that") || first.verbish {
        return false;
    }
    // the object runs to a stop; a verb before any subordinator makes it a clause's subject
    for t in &toks[i + 2..b] {
        if t.kind == TokKind::Quote || t.is_punct(":") {
            return false;
        }
        if !t.is_word() || opens_subordinate(t.low()) {
            return true;
        }
        if t.verbish || t.is("that") {
            return false;
        }
    }
    true
}
