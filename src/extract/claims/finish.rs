//! The end of the claims stage: overlapping pieces dropped, sources resolved in article order,
//! claims typed and placed in their sentences.

use std::collections::BTreeMap;

use super::{echoes, resolve, speakers, RawClaim};
use crate::extract::types::{ExtractedClaim, Span};
use crate::vocab::ClaimKind;

/// Resolves sources in article order, types the claims and builds the output. `hidden`
/// (boilerplate) is text the resolver must not read names in: a byline's writer is nobody's
/// antecedent.
pub(super) fn finish(
    text: &str,
    sentences: &[Span],
    hidden: &[Span],
    mut raws: Vec<RawClaim>,
) -> Vec<ExtractedClaim> {
    let masked = mask(text, hidden);
    let text_for_names: &str = masked.as_deref().unwrap_or(text);
    echoes::split_echo_tails(text, &mut raws);
    raws.sort_by_key(|r| r.pieces[0].start);
    // no character in two claims: drop any piece that overlaps an earlier claim
    let mut taken = Taken::default();
    raws.retain_mut(|r| {
        r.pieces.retain(|p| !taken.overlaps(*p));
        if r.pieces.is_empty() {
            return false;
        }
        for p in &r.pieces {
            taken.insert(*p);
        }
        true
    });
    let mut resolver = resolve::Resolver::default();
    let resolved = speakers::resolve_speakers(text_for_names, &raws, &mut resolver);
    let mut out = Vec::with_capacity(raws.len());
    for (r, res) in raws.into_iter().zip(resolved) {
        let span = Span::new(r.pieces[0].start, r.pieces.last().map_or(0, |p| p.end));
        let sentence = sentences
            .partition_point(|s| s.end <= span.start)
            .min(sentences.len().saturating_sub(1));
        let (mut kind, hedged, check_worthy) = r.described;
        // "Some observers believe the governor …", "Colleagues described her as …", "which
        // the council touted as a jobs engine": what a source believes or how they describe,
        // praise or brand someone is a judgement, not an event
        if kind == ClaimKind::Event && r.source.as_ref().is_some_and(|s| is_judging_cue(&s.cue)) {
            kind = ClaimKind::Assessment;
        }
        let sources = match r.source {
            Some(s) if kind != ClaimKind::SourceDescription => {
                speakers::sources_of(text_for_names, s, &res, &resolver)
            }
            _ => Vec::new(),
        };
        if sources.is_empty() && !kind.is_record() && asks(text, &r.pieces) {
            continue;
        }
        out.push(ExtractedClaim {
            span,
            fragments: if r.pieces.len() > 1 {
                r.pieces
            } else {
                Vec::new()
            },
            sentence,
            kind,
            hedged,
            check_worthy,
            sources,
        });
    }
    echoes::fold_echoes(text, &mut out);
    out
}

/// The writer's own question ("How much do these figures matter?", "Q: Did you know?") asserts
/// nothing a fact-checker could check: a claim with no source whose last piece ends in a
/// question mark is not kept. A question that closes inside quotation marks is someone's ("…
/// before asking her, “where do we go from here?”"): the sentence around it asserts the asking.
fn asks(text: &str, pieces: &[Span]) -> bool {
    pieces.last().is_some_and(|p| {
        text[p.start..p.end]
            .trim_end_matches(|c: char| c.is_whitespace() || c == ')')
            .ends_with('?')
    })
}

/// Verbs whose content is the speaker's judgement: believing, fearing, doubting, describing.
fn is_judging_cue(cue: &str) -> bool {
    let stem = cue.trim_end_matches(['s', 'd']).trim_end_matches('e');
    matches!(
        stem,
        "believ"
            | "think"
            | "thought"
            | "feel"
            | "felt"
            | "fear"
            | "doubt"
            | "suspect"
            | "consider"
            | "describ"
            | "characteriz"
            | "characteris"
            | "portray"
            | "tout"
            | "hail"
            | "label"
            | "labell"
            | "brand"
            | "dubb"
    )
}

/// `text` with the bytes of `hidden` spans made spaces (offsets and the other text unchanged),
/// or `None` when nothing is hidden.
fn mask(text: &str, hidden: &[Span]) -> Option<String> {
    if hidden.is_empty() {
        return None;
    }
    let mut masked = text.to_string();
    for h in hidden {
        let end = h.end.min(text.len());
        // spans fall on character boundaries; one that did not would be left as it is
        if h.start < end && text.is_char_boundary(h.start) && text.is_char_boundary(end) {
            masked.replace_range(h.start..end, &" ".repeat(end - h.start));
        }
    }
    Some(masked)
}

/// The text the claims kept so far cover, as disjoint runs (start → end): a piece is checked
/// against the one run that starts before its end, so an article of many claims with fragments
/// is checked in O(n log n), not against every earlier piece.
#[derive(Default)]
struct Taken(BTreeMap<usize, usize>);

impl Taken {
    fn overlaps(&self, piece: Span) -> bool {
        self.0
            .range(..piece.end)
            .next_back()
            .is_some_and(|(_, &end)| end > piece.start)
    }

    /// Adds a piece, merged with the runs it overlaps so the runs stay disjoint.
    fn insert(&mut self, piece: Span) {
        if piece.start >= piece.end {
            return; // an empty piece covers nothing
        }
        let (mut start, mut end) = (piece.start, piece.end);
        while let Some((&s, &e)) = self.0.range(..end).next_back() {
            if e <= start {
                break;
            }
            self.0.remove(&s);
            start = start.min(s);
            end = end.max(e);
        }
        self.0.insert(start, end);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn taken_runs_tell_overlap_as_pairwise_checks_do() {
        let pieces = [
            (10, 20),
            (0, 5),
            (30, 40),
            (18, 32),
            (5, 10),
            (3, 3),
            (45, 50),
        ];
        let mut taken = Taken::default();
        let mut seen: Vec<Span> = Vec::new();
        for (s, e) in pieces {
            let piece = Span::new(s, e);
            for probe in (0..55).flat_map(|a| (a..56).map(move |b| Span::new(a, b))) {
                let pairwise = seen.iter().any(|t| t.overlaps(probe));
                assert_eq!(taken.overlaps(probe), pairwise, "{probe:?} after {seen:?}");
            }
            taken.insert(piece);
            seen.push(piece);
        }
    }
}
