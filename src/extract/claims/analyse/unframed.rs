//! A clause without a frame of its own: it inherits the source of the clause it is joined to,
//! of a speaker whose turn runs on, or of the last quotation, or waits for a later frame.

use super::super::emit::emit;
use super::super::lexicon::{self, CueClass};
use super::super::scope::{clause_mostly_quote, contrast_reported, shares_subject};
use super::super::split::{self, Joiner};
use super::super::tokens::Tok;
use super::super::RawClaim;
use super::{Clauses, State};
use crate::vocab::Relation;

impl Clauses<'_, '_> {
    /// The claims of the clause `[ca, cb)`, which has no frame.
    pub(super) fn unframed(
        &mut self,
        ca: usize,
        cb: usize,
        joiner: Joiner,
        state: &State,
        raws: &mut Vec<RawClaim>,
    ) {
        let (text, toks) = (self.text, self.toks);
        // "X said A, but that B": "that" keeps B inside what X said; so does a "but" with no
        // comma before it ("Dunn said crews came fast but the house was lost"), after a verb
        // of saying
        let said = self.prev_source.as_ref().is_some_and(|s| {
            lexicon::cue(&s.cue).is_some_and(|c| c.class == CueClass::Speech && !c.weak)
        });
        let no_comma = said && ca > 0 && !toks[ca - 1].is_punct(",") && !toks[ca - 1].in_quote;
        let reported_on = joiner == Joiner::Contrast
            && cb > ca + 2
            && matches!(toks[ca].low(), "but" | "and" | "yet")
            && (toks[ca + 1].is("that")
                || (self.prev_clausal && shares_subject(toks, ca, cb))
                || (no_comma && matches!(toks[ca].low(), "but" | "yet")))
            && self.prev_before;
        // "Revenue rose 4%, the company said, while costs fell 2%"
        let reported_on = reported_on
            || (joiner == Joiner::Contrast
                && said
                && self.prev_after
                && contrast_reported(toks, ca, cb));
        // "A source said cabinet had discussed the deal, but no decision had been made": a
        // second clause in the same backshifted tense goes on with the reported speech
        let reported_on = reported_on
            || (joiner == Joiner::Contrast
                && said
                && self.prev_before
                && toks[ca].is("but")
                && past_perfect(&toks[ca..cb])
                && raws.last().is_some_and(|r| {
                    r.source.is_some()
                        && r.pieces.last().is_some_and(|p| {
                            let (from, to) = (p.start, p.end);
                            let inside = toks.iter().filter(|t| from <= t.start && t.end <= to);
                            past_perfect(&inside.cloned().collect::<Vec<_>>())
                        })
                }));
        // "Corvane cut its forecast, blaming weak demand, and its shares fell": after a
        // participle whose content is a noun phrase, not a clause, a clause of its own is the
        // writer's
        let after_object = joiner == Joiner::And
            && self.prev_before
            && !self.prev_clausal
            && self
                .prev_source
                .as_ref()
                .is_some_and(|s| s.relation != Relation::AccordingTo && s.cue.ends_with("ing"));
        let inherited = if joiner == Joiner::And && !after_object || reported_on {
            self.prev_source.clone()
        } else if let Some((s, _)) = &state.carry {
            Some(s.clone())
        } else if self.mostly_quote || clause_mostly_quote(&toks[ca..cb]) {
            state
                .last_quote
                .clone()
                .or_else(|| state.last_source.clone())
                .map(|mut s| {
                    s.relation = Relation::DirectQuote;
                    s
                })
        } else {
            None
        };
        if inherited.is_none() && self.unframed_from.is_none() {
            self.unframed_from = Some(raws.len());
        }
        let pieces = split::atomic(toks, ca, cb);
        emit(
            text,
            toks,
            pieces,
            inherited.clone(),
            raws,
            Some(&mut self.unit_quote_source),
        );
        if joiner != Joiner::And && !reported_on {
            self.prev_source = None;
            self.prev_before = false;
            self.prev_after = false;
        }
    }
}

/// Whether the tokens hold a past perfect ("had discussed", "had been made"): the tense of
/// reported speech moved back from a speaker's past.
fn past_perfect(toks: &[Tok]) -> bool {
    toks.windows(2).any(|w| {
        let v = w[1].low();
        w[0].is("had")
            && !w[0].in_quote
            && (v.ends_with("ed") || v.ends_with("en") || lexicon::is_irregular_participle(v))
    })
}
