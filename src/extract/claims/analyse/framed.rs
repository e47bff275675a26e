//! A clause with its attribution frame: the speaker it carries on, the unframed clauses before
//! it that it scopes back over, its prefix, rest and side pieces, and its content.

use super::super::emit::{emit, raw_source};
use super::super::frames::{self, Frame};
use super::super::grammar;
use super::super::lexicon;
use super::super::scope::{around_pieces, claim_unframed, scopes_back, second_cue};
use super::super::split::{self, Joiner, Piece};
use super::super::tokens::Tok;
use super::super::units::{next_paragraph_end, paragraph_end};
use super::super::{RawClaim, RawSource};
use super::{Clauses, State};
use crate::extract::types::Span;
use crate::vocab::Relation;

impl Clauses<'_, '_> {
    /// The claims of the clause opening at `ca` whose frame is `f`.
    pub(super) fn framed(
        &mut self,
        f: Frame,
        ca: usize,
        joiner: Joiner,
        state: &mut State,
        raws: &mut Vec<RawClaim>,
    ) {
        let (text, toks, unit) = (self.text, self.toks, self.unit);
        let src = raw_source(toks, &f);
        if let Some(s) = &src {
            if f.cue == ":" {
                state.carry = Some((s.clone(), paragraph_end(text, unit.start)));
            } else if f.opens_next {
                let until = if text[unit.end..paragraph_end(text, unit.end)]
                    .trim()
                    .is_empty()
                {
                    next_paragraph_end(text, unit.end)
                } else {
                    paragraph_end(text, unit.end)
                };
                state.carry = Some((s.clone(), until));
            }
        }
        if let (Some(from), Some(s)) = (self.unframed_from.take(), &src) {
            if scopes_back(toks, &f, ca, joiner) {
                claim_unframed(&mut raws[from..], s);
            }
        }
        if let Some(src) = &src {
            let m = src.mention.of(text);
            if crate::sourcing::is_plural_mention(m) {
                self.unit_plural = true;
            }
        }
        match (f.prefix, f.rest) {
            (Some(p), Some(r)) if subject_resumes(text, toks, p, r) => {
                let outer = Piece {
                    ranges: vec![p, r],
                    side: false,
                };
                emit(text, toks, vec![outer], None, raws, None);
            }
            (prefix, rest) => {
                match prefix {
                    // "Ukraine denied the claim and says …": the clause of the earlier verb
                    // under the same subject has that verb's frame
                    Some(p) if f.source.is_some_and(|s| p.0 <= s.0 && s.1 <= p.1) => {
                        emit_coordinated(text, toks, p, raws)
                    }
                    Some(p) => emit(text, toks, split::atomic(toks, p.0, p.1), None, raws, None),
                    None => {}
                }
                if let Some((ra, rb)) = rest {
                    emit_rest(text, toks, ra, rb, raws);
                }
            }
        }
        for &(a, b) in &f.side {
            emit(text, toks, split::side_pieces(toks, a, b), None, raws, None);
        }
        if let (frames::Placement::Around, [lead, main]) = (f.placement, f.content.as_slice()) {
            emit(
                text,
                toks,
                around_pieces(toks, *lead, *main),
                src.clone(),
                raws,
                Some(&mut self.unit_quote_source),
            );
            self.prev_before = true;
            self.prev_after = false;
            self.prev_clausal = grammar::clause_follows(toks, main.0, main.1);
            self.prev_source = src;
            return;
        }
        // "The museum, Mr. Obama said, would …": one claim around the frame
        let around = f.placement == frames::Placement::After && f.content.len() == 2 && {
            let (a0, b0) = f.content[0];
            let (a1, _) = f.content[1];
            // "The tax cut, two officials said, would cost …": a short noun phrase opening
            // with a determiner is the subject of the verb after the frame, though its noun
            // looks like a verb ("cut", "plan")
            let subject = b0 - a0 <= 4
                && lexicon::is_determiner(toks[a0].low())
                && grammar::is_verbish(&toks[a1])
                && !toks[a0..b0]
                    .iter()
                    .any(|t| t.in_quote || lexicon::is_clause_word(t.low()));
            b0 - a0 <= 6
                && (subject
                    || !toks[a0..b0]
                        .iter()
                        .any(|t| grammar::is_verbish(t) || t.in_quote))
                && !matches!(toks[a1].low(), "and" | "but" | "or" | "while")
        };
        if around {
            let piece = Piece {
                ranges: f.content.clone(),
                side: false,
            };
            emit(
                text,
                toks,
                vec![piece],
                src.clone(),
                raws,
                Some(&mut self.unit_quote_source),
            );
            self.prev_source = src;
            self.prev_before = false;
            self.prev_after = false;
            return;
        }
        for &(a, b) in &f.content {
            // "X said A and added that B": two contents of one speaker
            let second = (f.placement == frames::Placement::Before)
                .then(|| second_cue(toks, a, b))
                .flatten();
            let parts = match second {
                Some((end_a, v, c)) => vec![(a, end_a, None), (c, b, Some(v))],
                None => vec![(a, b, None)],
            };
            for (pa, pb, cue) in parts {
                let source = src.clone().map(|mut s| {
                    if let Some(v) = cue {
                        s.cue = toks[v].low().to_string();
                    }
                    s
                });
                emit(
                    text,
                    toks,
                    split::atomic(toks, pa, pb),
                    source,
                    raws,
                    Some(&mut self.unit_quote_source),
                );
            }
        }
        self.prev_before = f.placement == frames::Placement::Before;
        self.prev_after = f.placement == frames::Placement::After;
        self.prev_clausal = src
            .as_ref()
            .is_some_and(|s| s.relation != Relation::AccordingTo)
            && f.content.first().is_some_and(|&(c, e)| {
                c < e && (toks[c].is("that") || grammar::clause_follows(toks, c, e))
            });
        self.prev_source = src;
    }
}

/// "The mayor, who has complained that …, welcomed the ruling": the frame sits in a relative
/// clause between a plain subject and the verb it resumes with, so the two are one claim of the
/// writer's, in fragments around the relative clause.
fn subject_resumes(text: &str, toks: &[Tok], prefix: (usize, usize), rest: (usize, usize)) -> bool {
    let subject = &toks[prefix.0..prefix.1];
    !subject
        .iter()
        .any(|t| t.verbish || t.in_quote || t.is_punct(","))
        && toks[rest.0].verbish
        && !toks[rest.0].in_quote
        && frames::find_frame(text, toks, rest.0, rest.1).is_none()
}

/// The clause before a second verb of saying under the same subject ("Ukraine has denied
/// targeting civilian sites" before "and says …"): its own frame before its content gives it
/// the subject as speaker; otherwise it is the writer's.
fn emit_coordinated(text: &str, toks: &[Tok], (a, b): (usize, usize), raws: &mut Vec<RawClaim>) {
    let own = frames::find_frame(text, toks, a, b).filter(|g| {
        g.source.is_some()
            && match g.placement {
                frames::Placement::Before => g.content.len() == 1,
                frames::Placement::Around => g.content.len() == 2,
                _ => false,
            }
    });
    let Some(g) = own else {
        emit(text, toks, split::atomic(toks, a, b), None, raws, None);
        return;
    };
    let src = raw_source(toks, &g);
    // ("In April, Trump called the plan “a disgrace,”": a lead-in set around the frame)
    if let [lead, main] = g.content.as_slice() {
        emit(
            text,
            toks,
            around_pieces(toks, *lead, *main),
            src,
            raws,
            None,
        );
        return;
    }
    // ("Clinton celebrated with supporters, declaring …": the deed before the frame is the
    // writer's)
    for p in g.prefix.iter().chain(g.rest.iter()) {
        emit(text, toks, split::atomic(toks, p.0, p.1), None, raws, None);
    }
    let (ca, cb) = g.content[0];
    emit(text, toks, split::atomic(toks, ca, cb), src, raws, None);
}

/// The writer's words after a postposed frame ("…,” Lee said, after Ann Ruiz said the deal was
/// off"): a frame of their own before their content gives that content its speaker; otherwise
/// they are the writer's.
fn emit_rest(text: &str, toks: &[Tok], a: usize, b: usize, raws: &mut Vec<RawClaim>) {
    // ", a figure the union rejected as exaggerated": the note is the union's
    if let Some((s0, s1, v)) = frames::taken_up_by(toks, a, b) {
        let source = RawSource {
            mention: Span::new(toks[s0].start, toks[s1 - 1].end),
            cue: toks[v - 1].low().to_string(),
            relation: Relation::Paraphrase,
            via: None,
            role: None,
            antecedent: None,
        };
        let whole = Piece {
            ranges: vec![(a, b)],
            side: false,
        };
        emit(text, toks, vec![whole], Some(source), raws, None);
        return;
    }
    // (a clause, not a deed's object: "a day after the parties announced a protest movement")
    let own = frames::find_frame(text, toks, a, b).filter(|g| {
        g.source.is_some()
            && g.placement == frames::Placement::Before
            && g.content.len() == 1
            && g.content.iter().all(|&(c, e)| {
                toks[c].is("that")
                    || grammar::clause_follows(toks, c, e)
                    // "there's", "it's": a subject and its verb in one word
                    || toks[c].low().split_once('\'').is_some_and(|(w, aux)| {
                        matches!(w, "there" | "it" | "that" | "he" | "she" | "they" | "we" | "i")
                            && matches!(aux, "s" | "re" | "ve" | "d" | "ll")
                    })
                    || toks[c..e].iter().any(|t| t.in_quote)
            })
    });
    let Some(g) = own else {
        emit(text, toks, split::atomic(toks, a, b), None, raws, None);
        return;
    };
    let src = raw_source(toks, &g);
    for p in g.prefix.iter().chain(g.rest.iter()) {
        emit(text, toks, split::atomic(toks, p.0, p.1), None, raws, None);
    }
    for &(sa, sb) in &g.side {
        emit(
            text,
            toks,
            split::side_pieces(toks, sa, sb),
            None,
            raws,
            None,
        );
    }
    let (ca, cb) = g.content[0];
    emit(text, toks, split::atomic(toks, ca, cb), src, raws, None);
}

/// Whether the frame's own words hedge the attribution: an adverb of hearsay ("reportedly
/// told", "allegedly said") or a hedging passive ("is believed to have told") between the
/// source and its content, or a source described as unconfirmed.
pub(super) fn frame_hedges(toks: &[Tok], f: &Frame) -> bool {
    let (Some((s0, s1)), Some(&(c0, _)), Some(&(_, c1))) =
        (f.source, f.content.first(), f.content.last())
    else {
        return false;
    };
    // "Unconfirmed reports said", "according to unverified accounts": a source the text says
    // no one has confirmed
    if toks[s0..s1]
        .iter()
        .any(|t| matches!(t.low(), "unconfirmed" | "unverified"))
    {
        return true;
    }
    let (from, to) = match f.placement {
        // past any clause set in before the verb ("…'s manager, who allegedly …, calling")
        frames::Placement::Before if s1 <= c0 => {
            let comma = (s1..c0).rev().find(|&k| toks[k].is_punct(","));
            (comma.map_or(s1, |k| k + 1), c0)
        }
        // "…, the minister reportedly told aides"
        frames::Placement::After if c1 <= s0 => (c1, (s1 + 1).min(toks.len())),
        _ => return false,
    };
    let between = &toks[from..to];
    // a hedge in a clause set in the subject ("Ann Lee, who reportedly …, said") is its own
    let set_in = |j: usize| f.side.iter().any(|&(a, b)| a <= from + j && from + j < b);
    between.iter().enumerate().any(|(j, t)| {
        !t.in_quote
            && !set_in(j)
            && (matches!(
                t.low(),
                "reportedly" | "allegedly" | "purportedly" | "supposedly" | "apparently"
            ) || matches!(
                t.low(),
                "believed" | "understood" | "rumoured" | "rumored" | "alleged"
            ) && between.get(j + 1).is_some_and(|n| n.is("to"))
                || matches!(t.low(), "said" | "reported" | "thought")
                    && between.get(j + 1).is_some_and(|n| n.is("to"))
                    && j > 0
                    && matches!(between[j - 1].low(), "is" | "are" | "was" | "were"))
    })
}
