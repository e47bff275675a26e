//! What a source mention's words tell: its head noun, whether it is plural, whether it
//! describes the source's position or access (so an anonymous source is not "bare").

use std::cell::RefCell;

use crate::extract::claims::lexicon;
use crate::extract::memo::{remembered, Memory};
use crate::extract::text::{cardinal, lowercase, trim_suffix};

thread_local! {
    static HEADS: Memory<String> = RefCell::default();
    static PLURAL: Memory<bool> = RefCell::default();
}

/// Words that name a source without saying who or what it is: "a source", "sources", "people".
fn is_bare_source_word(word: &str) -> bool {
    matches!(
        word,
        "source"
            | "sources"
            | "person"
            | "people"
            | "someone"
            | "somebody"
            | "insider"
            | "insiders"
            | "individual"
            | "individuals"
            | "contact"
            | "contacts"
    )
}

/// Determiners and quantifiers that add nothing about a source's position.
fn is_empty_word(word: &str) -> bool {
    matches!(
        word,
        "a" | "an"
            | "the"
            | "one"
            | "two"
            | "three"
            | "several"
            | "some"
            | "many"
            | "multiple"
            | "other"
            | "another"
            | "these"
            | "those"
            | "this"
            | "that"
            | "such"
            | "more"
            | "than"
            | "dozen"
            | "few"
            | "said"
            | "who"
            | "which"
    )
}

/// Whether an anonymous mention (or the role recorded for it) tells the reader the source's
/// position or access: "an intelligence source" does, "a source" and "sources" do not.
pub fn describes_position(mention: &str, role: Option<&str>) -> bool {
    if role.is_some_and(|r| !r.trim().is_empty()) {
        return true;
    }
    mention
        .split(|c: char| !c.is_alphanumeric() && c != '\'')
        .filter(|w| !w.is_empty())
        .any(|w| {
            let w = lowercase(w);
            !is_bare_source_word(&w) && !is_empty_word(&w) && !w.chars().all(|c| c.is_ascii_digit())
        })
}

/// Whether the text describes an anonymous source's position anywhere: in the mention here
/// ("the source" says nothing), in the source's name after coreference ("an intelligence
/// source", which that mention refers back to), or in its recorded role.
pub fn source_described(name: &str, mention: &str, role: Option<&str>) -> bool {
    describes_position(name, role) || describes_position(mention, None)
}

/// Whether a word ends a source mention's head noun phrase: what follows it describes the
/// source ("officials *familiar with* the talks", "a report *released* Monday").
fn ends_head(word: &str) -> bool {
    // "a report released Monday", "a memo sent to staff": how a document was made or handed on
    lexicon::is_document_participle(word)
        || matches!(
            word,
            "who"
            | "with"
            | "familiar"
            | "close"
            | "of"
            | "in"
            | "at"
            | "from"
            | "for"
            | "on"
            | "by"
            | "that"
            | "knowledgeable"
            | "briefed"
            | "involved"
            | "speaking"
            | "whose"
            | "which"
            // "voters interviewed at rallies", "those surveyed across the state"
            | "interviewed"
            | "surveyed"
            | "polled"
            | "questioned"
            | "contacted"
            | "including"
            | "across"
            | "around"
        )
}

/// The head noun of a source mention, lower-cased: its last word before a post-modifier
/// ("officials" in "senior officials familiar with the matter"), without a possessive 's.
pub fn mention_head(mention: &str) -> String {
    remembered(&HEADS, mention, head_uncached)
}

/// [`mention_head`], worked out.
fn head_uncached(mention: &str) -> String {
    let lower = lowercase(mention);
    let mut head = "";
    let mut words = lower
        .split_whitespace()
        .zip(mention.split_whitespace())
        .peekable();
    while let Some((word, written)) = words.next() {
        let word = word.trim_matches(|c: char| matches!(c, ',' | ';' | ':' | '“' | '”' | '"'));
        if word.is_empty() {
            continue;
        }
        // initials in capitals ("a senior WHO official") are a name, never the relative "who"
        let initials = written.len() >= 2 && written.bytes().all(|b| b.is_ascii_uppercase());
        // "experts not involved in the study": a negated participle after the head; "groups
        // such as the ACLU": examples after it
        let such_as = word == "such" && words.peek().is_some_and(|(n, _)| *n == "as");
        let after_head = (word == "not" || such_as) && !head.is_empty();
        // "a resident near Adelong", "a woman outside the court": where the person was, written
        // in lower case (not "the Near East Foundation", nor the adjective "outside groups")
        let determiner = words
            .peek()
            .is_some_and(|(n, _)| matches!(*n, "the" | "a" | "an"));
        let place = written == "near" || written == "outside" && determiner;
        if !initials && (ends_head(word) || after_head || place) {
            break;
        }
        head = word;
    }
    trim_suffix(head, "'s").trim_end_matches('’').to_string()
}

/// Whether a source mention is grammatically plural ("sources", "officials", "people familiar
/// with the matter"), judged from the head noun of the part before any comma.
pub fn is_plural_mention(mention: &str) -> bool {
    remembered(&PLURAL, mention, plural_uncached)
}

/// [`is_plural_mention`], worked out.
fn plural_uncached(mention: &str) -> bool {
    let before_comma = mention.split(',').next().unwrap_or("");
    let head = mention_head(before_comma);
    let head = head.trim_matches(|c: char| !c.is_alphanumeric());
    if matches!(
        head,
        "people" | "police" | "they" | "them" | "authorities" | "staff" | "personnel"
    ) {
        return true;
    }
    head.len() > 3
        && head.ends_with('s')
        && !head.ends_with("ss")
        && !head.ends_with("us")
        && !head.ends_with("is")
}

/// Whether a plural source mention counts its people, two or more, before its head ("two
/// people familiar with the talks", "more than a dozen people who know this", "several
/// officials"): several sources by the text's own word, not one that "sources" may hide.
pub fn counts_several(mention: &str) -> bool {
    if !is_plural_mention(mention) {
        return false;
    }
    let before_comma = mention.split(',').next().unwrap_or("");
    let head = mention_head(before_comma);
    let lower = lowercase(before_comma);
    lower
        .split_whitespace()
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
        .take_while(|w| *w != head)
        .any(|w| {
            w.parse::<u32>().is_ok_and(|n| n >= 2)
                || cardinal(w).is_some_and(|n| n >= 2)
                || matches!(
                    w,
                    "dozen" | "dozens" | "several" | "multiple" | "both" | "numerous"
                )
        })
}
