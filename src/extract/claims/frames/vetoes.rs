//! Frames that are no frames: a universal pronoun that only wants or expects, and a title's
//! bare verb of undertaking, which tell of the writer's world rather than of words reported.

use super::*;

/// "Nobody wanted to hear that.", "Everyone expected the dam to hold.": a universal pronoun
/// that wants, expects or believes is no source, and "nobody"/"no one" says nothing at all; the
/// sentence is the writer's own.
pub(super) fn universal_believer(toks: &[Tok], f: &Frame) -> bool {
    let Some((s0, s1)) = f.source else {
        return false;
    };
    let words: Vec<&str> = toks[s0..s1].iter().map(|t| t.low()).collect();
    let negative = matches!(words.as_slice(), ["nobody"] | ["no", "one"] | ["none"]);
    let universal = matches!(
        words.as_slice(),
        ["everyone"] | ["everybody"] | ["anyone"] | ["anybody"] | ["someone"] | ["somebody"]
    );
    let belief = lexicon::cue(&f.cue).is_some_and(|c| c.class == CueClass::Belief);
    negative || universal && belief
}

/// "Leaders pledge river-water deal": in a headline (the first line, ending with no stop), a bare
/// verb of undertaking tells of the deed, not of words reported.
pub(super) fn headline_pledge(text: &str, toks: &[Tok], b: usize, f: &Frame) -> bool {
    let Some(last) = toks.get(b.wrapping_sub(1)) else {
        return false;
    };
    // (the article's first line: its title)
    let first = f.source.map_or(0, |s| s.0);
    let line_ends = text[..toks[first].start].trim().is_empty()
        && last.kind != TokKind::Punct
        && text[last.end..]
            .chars()
            .take_while(|c| *c != '\n')
            .all(char::is_whitespace);
    let bare_pledge = lexicon::cue(&f.cue).is_some_and(|c| {
        !c.past
            && !c.ing
            && matches!(
                c.base,
                "pledge" | "vow" | "promise" | "agree" | "threaten" | "plan"
            )
    }) && !f.cue.ends_with('s');
    line_ends && bare_pledge && f.placement == Placement::Before
}
