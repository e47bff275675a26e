//! The claims stage: sentences in, atomic claims out, each tied to the sources the article
//! attributes it to, with claim kinds, hedges and check-worthiness. Pure: `&str` in, spans out.
//!
//! Flow per sentence (sentences joined while a quotation runs across them): tokens → quotation
//! marks → coordinated clauses → an attribution frame per clause (`frames`) → atomic pieces of
//! the content (`split`) → claims; then sources are resolved in article order (`resolve`) and
//! every claim gets its kind (`kinds`).

mod analyse;
mod echoes;
mod emit;
mod examples_named;
mod finish;
mod frames;
mod grammar;
mod interview;
mod kinds;
pub(crate) mod lexicon;
mod quotes;
mod resolve;
mod scope;
mod speakers;
mod split;
mod tokens;
mod units;

use crate::extract::types::{ArticleMeta, ExtractedClaim, Span};
use crate::vocab::{ClaimKind, Relation};

/// Names of days, shared with the metadata stage ("By Monday Morning, …" is no byline).
pub(crate) use lexicon::is_day_word;

use analyse::{analyse_unit, State};
use finish::finish;
use units::build_units;

/// A source as found in the text, before resolution.
#[derive(Debug, Clone, PartialEq, Eq)]
struct RawSource {
    mention: Span,
    cue: String,
    relation: Relation,
    via: Option<Span>,
    role: Option<Span>,
    /// For a relative pronoun ("who"), the noun phrase it stands for.
    antecedent: Option<Span>,
}

/// A claim before resolution and typing.
#[derive(Debug, Clone)]
struct RawClaim {
    pieces: Vec<Span>,
    source: Option<RawSource>,
    side: bool,
    record: Option<ClaimKind>,
    /// Kind, hedged, check-worthy, worked out where the tokens are at hand.
    described: (ClaimKind, bool, bool),
}

/// Finds the atomic claims of `text` given its metadata and sentence spans (byte offsets).
pub fn find_claims(text: &str, meta: &ArticleMeta, sentences: &[Span]) -> Vec<ExtractedClaim> {
    let quotes = quotes::find_quotes(text);
    let quote_spans: Vec<Span> = quotes.iter().map(|q| q.span).collect();
    let mut excluded: Vec<Span> = meta.boilerplate.clone();
    if let Some(d) = meta.dateline_span {
        excluded.push(d);
    }
    excluded.sort();
    let units = build_units(text, sentences, &quote_spans, &excluded);
    // both sized for most articles (some 40 claims, units of up to a few hundred tokens):
    // growing them took some 3 million instructions on 840 articles, moving what they held
    let mut raws: Vec<RawClaim> = Vec::with_capacity(64);
    let mut state = State::default();
    state.interviewee = interview::interviewee(text);
    let lowered = text.to_ascii_lowercase();
    let mut toks = Vec::with_capacity(256);
    let mut prev_end = 0;
    for unit in &units {
        // (`excluded` is sorted: the first span at or after the last unit's end decides)
        let next = excluded.partition_point(|x| x.start < prev_end);
        if prev_end > 0 && excluded.get(next).is_some_and(|x| x.end <= unit.start) {
            state.new_section();
        }
        prev_end = unit.end;
        let article = (text, lowered.as_str());
        let buffers = (&mut state, &mut toks);
        analyse_unit(article, *unit, &quote_spans, meta, buffers, &mut raws);
    }
    let mut claims = finish(text, sentences, &meta.boilerplate, raws);
    drop_dateline_labels(&mut claims, meta.dateline.as_deref());
    claims
}

/// "Lucknow: Three held for duping investors" over a story datelined "LUCKNOW:": a headline's
/// label that names the dateline's place is where the story happened, not who said it.
fn drop_dateline_labels(claims: &mut [ExtractedClaim], place: Option<&str>) {
    let Some(place) = place.map(|p| p.trim_end_matches([',', '.', ':'])) else {
        return;
    };
    for c in claims {
        c.sources
            .retain(|s| !(s.cue.as_deref() == Some(":") && s.name.eq_ignore_ascii_case(place)));
    }
}

#[cfg(test)]
mod tests;
