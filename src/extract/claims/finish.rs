//! The end of the claims stage: overlapping pieces dropped, sources resolved in article order,
//! claims typed and placed in their sentences.

use super::{resolve, speakers, RawClaim};
use crate::extract::types::{ExtractedClaim, Span};
use crate::vocab::ClaimKind;

/// Resolves sources in article order, types the claims and builds the output.
pub(super) fn finish(
    text: &str,
    sentences: &[Span],
    mut raws: Vec<RawClaim>,
) -> Vec<ExtractedClaim> {
    raws.sort_by_key(|r| r.pieces[0].start);
    // no character in two claims: drop any piece that overlaps an earlier claim
    let mut taken: Vec<Span> = Vec::new();
    let mut max_end = 0;
    raws.retain_mut(|r| {
        r.pieces
            .retain(|p| p.start >= max_end || !taken.iter().any(|t| t.overlaps(*p)));
        max_end = r.pieces.iter().map(|p| p.end).fold(max_end, usize::max);
        if r.pieces.is_empty() {
            return false;
        }
        taken.extend(r.pieces.iter().copied());
        true
    });
    let mut resolver = resolve::Resolver::default();
    let resolved = speakers::resolve_speakers(text, &raws, &mut resolver);
    let mut out = Vec::with_capacity(raws.len());
    for (r, res) in raws.into_iter().zip(resolved) {
        let span = Span::new(r.pieces[0].start, r.pieces.last().map_or(0, |p| p.end));
        let sentence = sentences
            .partition_point(|s| s.end <= span.start)
            .min(sentences.len().saturating_sub(1));
        let (kind, hedged, check_worthy) = r.described;
        let sources = match r.source {
            Some(s) if kind != ClaimKind::SourceDescription => {
                speakers::sources_of(text, s, &res, &resolver)
            }
            _ => Vec::new(),
        };
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
    out
}
