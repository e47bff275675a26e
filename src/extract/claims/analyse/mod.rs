//! One unit of the article (a sentence, or the sentences a quotation runs across) into raw
//! claims, clause by clause: a credit line for the unit before, a no-comment record, a clause
//! with its attribution frame or one without, and what carries over to the next unit.

mod framed;
mod no_comment;
mod unframed;

use super::frames::find_frame;
use super::interview::{self, Turn};
use super::split;
use super::tokens::{self, Tok};
use super::units::{self, credit_line, mark_quotes, paragraph_end, skip_relay};
use super::{kinds, lexicon, RawClaim, RawSource};
use crate::extract::types::{ArticleMeta, Span};
use crate::vocab::{ClaimKind, Relation};

/// What carries over from one unit to the next.
#[derive(Debug, Default)]
pub(super) struct State {
    /// The speaker of the last quotation, while quotations continue.
    last_quote: Option<RawSource>,
    /// The source of the previous unit's last attributed claim.
    last_source: Option<RawSource>,
    /// The last unit had an anonymous-looking plural source ("They include …" may follow).
    last_plural_source: bool,
    /// A speaker whose turn runs on: a transcript label ("PENCE: …") to the end of its
    /// paragraph, or "She added:" to the end of the paragraph that follows. (source, until byte)
    carry: Option<(RawSource, usize)>,
    /// The claims of the previous unit, as a range of `raws`.
    prev_claims: (usize, usize),
    /// Where the previous unit starts.
    prev_start: usize,
    /// The interviewee of a question-and-answer transcript, who gives its "A:" answers.
    pub(super) interviewee: Option<Span>,
}

impl State {
    /// Furniture between two units (a live blog's timestamp, a byline, a "Read more" line)
    /// opens a new post: a quotation after it is not the last speaker's.
    pub(super) fn new_section(&mut self) {
        self.last_quote = None;
        self.last_source = None;
        self.carry = None;
    }
}

/// A unit's clauses under way: the unit's text and tokens, and what runs on from one clause to
/// the next.
struct Clauses<'u, 'a> {
    text: &'a str,
    toks: &'u [Tok<'a>],
    unit: Span,
    /// Most of the unit's words are quoted.
    mostly_quote: bool,
    /// The unit has an anonymous-looking plural source.
    unit_plural: bool,
    /// The speaker of the unit's last quotation.
    unit_quote_source: Option<RawSource>,
    prev_source: Option<RawSource>,
    prev_before: bool,
    /// the last frame stands after its content ("…, the company said,")
    prev_after: bool,
    /// the last frame's content is a clause ("X said he …"), not an object ("X praised Y")
    prev_clausal: bool,
    /// where the claims of the clauses without a frame since the last frame begin in `raws`
    unframed_from: Option<usize>,
}

/// `article` is the text and its ASCII-lower-cased copy (for the tokenizer); `toks` a buffer
/// for the unit's tokens, kept from unit to unit.
pub(super) fn analyse_unit<'a>(
    (text, lowered): (&'a str, &'a str),
    unit: Span,
    quotes: &[Span],
    meta: &ArticleMeta,
    (state, toks): (&mut State, &mut Vec<Tok<'a>>),
    raws: &mut Vec<RawClaim>,
) {
    tokens::tokenize_into(toks, text, Some(lowered), unit.start, unit.end);
    if toks.is_empty() {
        return;
    }
    mark_quotes(toks, quotes);
    let toks: &[Tok] = toks;
    let n = toks.len();
    let first_raw = raws.len();
    if let Some(until) = state.carry.as_ref().map(|c| c.1) {
        if unit.start >= until {
            // a transcript turn ("FALLIN: …", the label in capitals) runs on over paragraphs
            // that go on speaking in the first or second person; the narrator's ends it
            state.carry = state
                .carry
                .take()
                .filter(|(s, _)| {
                    s.cue == ":"
                        && is_capitals(s.mention.of(text))
                        && units::speaks_in_person(text, unit.start)
                })
                .map(|(s, _)| (s, paragraph_end(text, unit.start)));
        }
    }
    if let Some(line) = credit_line(toks) {
        credit_previous(toks, line, state, raws);
        return;
    }
    let mut start = skip_relay(toks, 0, n, meta.relayed_from.as_deref());
    if let Some(turn) = state
        .interviewee
        .and_then(|_| interview::turn_label(text, toks))
    {
        // "A: …" is the interviewee's answer to the end of its paragraph, and on while the
        // answer goes on in the first person; "Q: …" ends it. The label is no one's claim.
        state.carry = (turn == Turn::Answer)
            .then(|| answer_source(toks, state.interviewee))
            .map(|s| (s, paragraph_end(text, unit.start)));
        start = start.max(2);
        if start >= n {
            return;
        }
    }
    // (the words and the quoted ones counted in one pass)
    let (quoted_words, all_words) = toks
        .iter()
        .filter(|t| t.is_word())
        .fold((0usize, 0usize), |(q, a), t| {
            (q + usize::from(t.in_quote), a + 1)
        });
    let all_words = all_words.max(1);
    let mostly_quote = quoted_words * 10 >= all_words * 7;

    if kinds::is_source_description(&toks[start..]) && state.last_plural_source
        || kinds::is_anonymity_description(&toks[start..])
    {
        raws.push(RawClaim {
            pieces: vec![Span::new(toks[start].start, toks[n - 1].end)],
            source: None,
            side: false,
            record: Some(ClaimKind::SourceDescription),
            described: (ClaimKind::SourceDescription, false, false),
        });
        state.last_plural_source = false;
        return;
    }
    let mut clauses = Clauses {
        text,
        toks,
        unit,
        mostly_quote,
        unit_plural: false,
        unit_quote_source: None,
        prev_source: None,
        prev_before: false,
        prev_after: false,
        prev_clausal: false,
        unframed_from: None,
    };
    for (mut ca, cb, joiner) in split::clauses(toks, start, n) {
        let span = Span::new(toks[ca].start, toks[cb - 1].end);
        // the no-comment phrases all hold one of these words: look for the phrase only then
        let maybe = toks[ca..cb]
            .iter()
            .any(|t| t.flags & lexicon::flag::NO_COMMENT_KEY != 0);
        if maybe
            && kinds::is_no_comment(&crate::extract::text::lowercase_in(
                text,
                lowered,
                (span.start, span.end),
            ))
        {
            // "…did not respond to questions about the backlog, which stood at 2.3 million
            // units according to its annual report": a comma-set relative clause after the
            // whole refusal is a claim of its own, with its own frame
            let relative = (ca + 3..cb.saturating_sub(3)).find(|&k| {
                toks[k].is_punct(",")
                    && !toks[k].in_quote
                    && matches!(toks[k + 1].low(), "which" | "where")
                    && kinds::is_no_comment(&crate::extract::text::lowercase_in(
                        text,
                        lowered,
                        (span.start, toks[k].start),
                    ))
            });
            clauses.no_comment(ca, relative.unwrap_or(cb), raws);
            match relative {
                Some(k) => ca = k + 1,
                None => continue,
            }
        }
        match find_frame(text, toks, ca, cb) {
            Some(f) => {
                let (from, hedged) = (raws.len(), framed::frame_hedges(toks, &f));
                clauses.framed(f, ca, joiner, state, raws);
                if hedged {
                    // "Varga reportedly told the club he wants to leave": the writer does not
                    // vouch that the source said it
                    for r in raws[from..].iter_mut().filter(|r| r.source.is_some()) {
                        r.described.1 = true;
                    }
                }
            }
            None => clauses.unframed(ca, cb, joiner, state, raws),
        }
    }
    state.last_source = raws[first_raw..]
        .iter()
        .rev()
        .find_map(|r| r.source.clone());
    state.prev_claims = (first_raw, raws.len());
    state.prev_start = unit.start;
    state.last_quote = clauses.unit_quote_source;
    state.last_plural_source = clauses.unit_plural;
}

/// "— Ana Ruiz" after a quotation: the credit line is the source of the previous unit's claims
/// that have none of their own.
fn credit_previous(toks: &[Tok], (a, b): (usize, usize), state: &mut State, raws: &mut [RawClaim]) {
    let (p0, p1) = state.prev_claims;
    let mention = Span::new(toks[a].start, toks[b - 1].end);
    for r in &mut raws[p0..p1] {
        let inherited = r
            .source
            .as_ref()
            .map_or(true, |s| s.mention.start < state.prev_start);
        if inherited && r.record.is_none() && !r.side {
            r.source = Some(RawSource {
                mention,
                cue: toks[0].lower.to_string(),
                relation: Relation::DirectQuote,
                via: None,
                role: None,
                antecedent: None,
            });
            if !r.described.0.is_record() {
                r.described.0 = ClaimKind::Quote;
            }
        }
    }
    state.prev_claims = (p0, p1);
}

/// The source of an "A:" answer: the label, standing for the interviewee.
fn answer_source(toks: &[Tok], interviewee: Option<Span>) -> RawSource {
    RawSource {
        mention: Span::new(toks[0].start, toks[0].end),
        cue: ":".to_string(),
        relation: Relation::DirectQuote,
        via: None,
        role: None,
        antecedent: interviewee,
    }
}

/// Whether every letter is a capital: a transcript's speaker label ("MR. TAPPER").
fn is_capitals(s: &str) -> bool {
    s.chars().any(char::is_alphabetic) && !s.chars().any(char::is_lowercase)
}
