//! "… declined to comment": a no-comment record, credited to the one who declined, and what
//! they said after it ("…, saying that …").

use super::super::emit::{emit, raw_source, trim_span};
use super::super::frames;
use super::super::split;
use super::super::tokens::{Tok, TokKind};
use super::super::{grammar, kinds, lexicon, RawClaim, RawSource};
use super::Clauses;
use crate::extract::types::Span;
use crate::vocab::{ClaimKind, Relation};

impl Clauses<'_, '_> {
    /// The record of the no-comment clause `[ca, cb)` and the claims after its "saying".
    pub(super) fn no_comment(&mut self, ca: usize, cb: usize, raws: &mut Vec<RawClaim>) {
        let (text, toks) = (self.text, self.toks);
        if self.said_then_declined(ca, cb, raws) {
            return;
        }
        // "…declined to comment, saying that …": what follows "saying" is a claim of the
        // one who declined
        let saying = (ca + 2..cb.saturating_sub(1))
            .find(|&k| is_saying(&toks[k]) && toks[k - 1].is_punct(",") && !toks[k].in_quote);
        let record_end = match saying {
            Some(k)
                if kinds::is_no_comment(
                    &Span::new(toks[ca].start, toks[k - 1].start)
                        .of(text)
                        .to_lowercase(),
                ) =>
            {
                k - 1
            }
            _ => cb,
        };
        let declining = declining_subject(toks, ca, record_end);
        // "Benning, who left the department in 2023, did not respond": the relative clause on
        // the one who declined is the writer's claim, and the record is the rest
        let relative = declining.as_ref().and_then(|d| {
            let e = toks.iter().position(|t| t.start >= d.mention.end)?;
            let opens = e + 2 < record_end
                && toks[e].is_punct(",")
                && matches!(toks[e + 1].low(), "who" | "which");
            let close = (e + 2..record_end).find(|&k| toks[k].is_punct(","));
            opens.then_some(())?;
            close.map(|c| (e, c))
        });
        let span = |a: usize, b: usize| Span::new(toks[a].start, toks[b - 1].end);
        let lowered = |a: usize, b: usize| span(a, b).of(text).to_lowercase();
        let record = match relative {
            // "Norton, which declined to comment, returned the rights": the refusal is the
            // relative clause's, and the main clause a claim of the writer's
            Some((e, c)) if kinds::is_no_comment(&lowered(e + 1, c)) => {
                let main = split::Piece {
                    ranges: vec![(ca, e), (c + 1, record_end)],
                    side: false,
                };
                emit(text, toks, vec![main], None, raws, None);
                no_comment_record(text, span(e + 1, c), declining.clone())
            }
            Some((e, c)) => {
                let side = split::Piece {
                    ranges: vec![(e + 1, c)],
                    side: true,
                };
                emit(text, toks, vec![side], None, raws, None);
                let mut r = no_comment_record(text, span(c + 1, record_end), declining.clone());
                r.pieces.insert(0, trim_span(text, span(ca, e)));
                r
            }
            None => no_comment_record(text, span(ca, record_end), declining.clone()),
        };
        raws.push(record);
        if let Some(k) = saying.filter(|_| record_end < cb) {
            // "…, telling reporters the department was …": past the hearer
            let takes_object = toks[k].cue.is_some_and(|c| c.takes_object);
            let c = frames::skip_after_cue(toks, k, cb, takes_object);
            self.said_after(declining, k, (c, cb), raws);
        }
        self.close_record();
    }

    /// What the one who declined said with the verb at `cue`, `[c, cb)`, as their claims.
    fn said_after(
        &mut self,
        declining: Option<RawSource>,
        cue: usize,
        (c, cb): (usize, usize),
        raws: &mut Vec<RawClaim>,
    ) {
        let (text, toks) = (self.text, self.toks);
        let src = declining.map(|mut s| {
            s.cue = toks[cue].low().to_string();
            s
        });
        if c < cb {
            emit(
                text,
                toks,
                split::atomic(toks, c, cb),
                src,
                raws,
                Some(&mut self.unit_quote_source),
            );
        }
    }

    /// After a no-comment clause, no frame carries on into the next.
    fn close_record(&mut self) {
        self.prev_source = None;
        self.prev_before = false;
        self.prev_after = false;
        self.unframed_from = None;
    }
}

/// The no-comment record of the text at `span`, credited to `source`.
fn no_comment_record(text: &str, span: Span, source: Option<RawSource>) -> RawClaim {
    RawClaim {
        pieces: vec![trim_span(text, span)],
        source,
        side: false,
        record: Some(ClaimKind::NoComment),
        described: (ClaimKind::NoComment, false, false),
    }
}

impl Clauses<'_, '_> {
    /// "A spokesperson confirmed officers had attended but would not comment further": what
    /// the speaker said before "but" is their claim, and the refusal after it their record.
    /// False when the clause is no such pair.
    fn said_then_declined(&mut self, ca: usize, cb: usize, raws: &mut Vec<RawClaim>) -> bool {
        let (text, toks) = (self.text, self.toks);
        let lower = |a: usize, b: usize| {
            Span::new(toks[a].start, toks[b - 1].end)
                .of(text)
                .to_lowercase()
        };
        let Some(k) = (ca + 3..cb.saturating_sub(2)).find(|&k| {
            toks[k].is("but") && !toks[k].in_quote && kinds::is_no_comment(&lower(k + 1, cb))
        }) else {
            return self.declined_then_said(ca, cb, raws);
        };
        let end = if toks[k - 1].is_punct(",") { k - 1 } else { k };
        if kinds::is_no_comment(&lower(ca, end)) {
            return false;
        }
        let frame = frames::find_frame(text, toks, ca, end).filter(|f| {
            f.source.is_some() && f.placement == frames::Placement::Before && !f.content.is_empty()
        });
        let Some(f) = frame else {
            return false;
        };
        let src = raw_source(toks, &f);
        for &(a, b) in &f.content {
            emit(
                text,
                toks,
                split::atomic(toks, a, b),
                src.clone(),
                raws,
                Some(&mut self.unit_quote_source),
            );
        }
        let declining = src.map(|mut s| {
            if let Some(t) = toks[k + 1..cb]
                .iter()
                .find(|t| t.flags & lexicon::flag::NO_COMMENT_KEY != 0)
            {
                s.cue = t.low().to_string();
            }
            s.relation = Relation::Paraphrase;
            s
        });
        let record = Span::new(toks[k + 1].start, toks[cb - 1].end);
        raws.push(no_comment_record(text, record, declining));
        self.close_record();
        true
    }
}

impl Clauses<'_, '_> {
    /// "The ministry declined to comment but said a statement would follow": the refusal is
    /// the record, and what the one who declined said after "but" their claim.
    fn declined_then_said(&mut self, ca: usize, cb: usize, raws: &mut Vec<RawClaim>) -> bool {
        let (text, toks) = (self.text, self.toks);
        // "but said last week that …", "but said in its evening report that …": the content
        // opens on "that" a few words after the verb
        let that_at = |k: usize| (k + 2..cb.min(k + 8)).find(|&t| toks[t].is("that"));
        let Some(k) = (ca + 3..cb.saturating_sub(3)).find(|&k| {
            toks[k].is("but")
                && !toks[k].in_quote
                && toks[k + 1].cue.is_some_and(|c| c.says())
                && (grammar::clause_follows(toks, k + 2, cb)
                    || that_at(k).is_some()
                    || quoted_after(toks, k + 2, cb))
        }) else {
            return false;
        };
        let end = if toks[k - 1].is_punct(",") { k - 1 } else { k };
        let record = Span::new(toks[ca].start, toks[end - 1].end);
        if !kinds::is_no_comment(&record.of(text).to_lowercase()) {
            return false;
        }
        let declining = declining_subject(toks, ca, end);
        raws.push(no_comment_record(text, record, declining.clone()));
        let c = match that_at(k) {
            Some(t) if !grammar::clause_follows(toks, k + 2, cb) || t == k + 2 => t + 1,
            _ => k + 2,
        };
        self.said_after(declining, k + 1, (c, cb), raws);
        self.close_record();
        true
    }
}

/// "but said “…”", "but said the minister “extends deepest condolences …”": the quotation,
/// or a short subject then its predicate quoted, after the verb at `c - 1`.
fn quoted_after(toks: &[Tok], c: usize, cb: usize) -> bool {
    let Some(q) = (c..cb.min(c + 6)).find(|&j| toks[j].kind == TokKind::Quote) else {
        return false;
    };
    q + 1 < cb
        && toks[c..q]
            .iter()
            .all(|t| grammar::np_word(t) && !grammar::is_verbish(t))
}

/// Who declines to comment: the clause's subject, past a short lead-in ("When contacted,
/// two officers declined to comment").
fn declining_subject(toks: &[Tok], a: usize, b: usize) -> Option<RawSource> {
    // "…, but the agency did not say whether …": past the joining word
    let a = if a + 1 < b && matches!(toks[a].low(), "but" | "and" | "yet" | "though" | "although") {
        a + 1
    } else {
        a
    };
    let mut s = a;
    if let Some(c) = (a..b.min(a + 8)).find(|&k| toks[k].is_punct(",")) {
        let lead = &toks[a..c];
        if lead
            .first()
            .is_some_and(|t| matches!(t.low(), "when" | "asked" | "reached" | "contacted"))
        {
            s = c + 1;
        }
    }
    // "Efforts to reach the spokesperson … were unsuccessful": the one sought
    if b > s + 3
        && matches!(toks[s].low(), "efforts" | "attempts" | "calls" | "messages")
        && toks[s + 1].is("to")
        && matches!(toks[s + 2].low(), "reach" | "contact")
    {
        s += 3;
    }
    // "Neither company responded": none of them is the one who declined
    if matches!(toks[s].low(), "neither" | "none" | "nobody" | "no") {
        return None;
    }
    let mut e = s;
    // "Pratt & Whitney": an ampersand between capitalised words is inside a name
    let ampersand = |k: usize| {
        toks[k].is_punct("&") && k > s && toks[k - 1].cap && toks.get(k + 1).is_some_and(|t| t.cap)
    };
    while e < b
        && e < s + 12
        && !toks[e].verbish
        && (toks[e].is_word() || ampersand(e))
        && !toks[e].in_quote
        && !grammar::modifies_cue(&toks[e])
    {
        e += 1;
    }
    // "two police officers who spoke to Varki": the head noun phrase, before its relative
    if let Some(r) = (s + 1..e).find(|&k| matches!(toks[k].low(), "who" | "that" | "which")) {
        e = r;
    }
    if e == s || e >= b || !grammar::valid_source_np(&toks[s..e]) {
        return None;
    }
    let cue = toks[e..b]
        .iter()
        .find(|t| t.flags & lexicon::flag::NO_COMMENT_KEY != 0)
        .map_or("declined", |t| t.low())
        .to_string();
    Some(RawSource {
        mention: Span::new(toks[s].start, toks[e - 1].end),
        cue,
        relation: Relation::Paraphrase,
        via: None,
        role: None,
        antecedent: None,
    })
}

/// "saying", "adding", "noting": an -ing verb of saying that carries on a frame. "citing"
/// does not: after a refusal it gives the reason, which stays in the record ("declined to
/// comment, citing pending litigation").
fn is_saying(t: &Tok) -> bool {
    t.cue
        .is_some_and(|c| c.ing && c.class == lexicon::CueClass::Speech && !c.weak)
        && !t.is("citing")
}
