//! The claims stage: sentences in, atomic claims out, each tied to the sources the article
//! attributes it to, with claim kinds, hedges and check-worthiness. Pure: `&str` in, spans out.
//!
//! Flow per sentence (sentences joined while a quotation runs across them): tokens → quotation
//! marks → coordinated clauses → an attribution frame per clause (`frames`) → atomic pieces of
//! the content (`split`) → claims; then sources are resolved in article order (`resolve`) and
//! every claim gets its kind (`kinds`).

mod frames;
mod grammar;
mod kinds;
mod lexicon;
mod quotes;
mod resolve;
mod scope;
mod speakers;
mod split;
mod tokens;
mod units;

use crate::extract::types::{ArticleMeta, ExtractedClaim, Span};
use crate::vocab::{ClaimKind, Relation};

use frames::{find_frame, range_span, Frame};
use scope::{
    around_pieces, claim_unframed, clause_mostly_quote, scopes_back, second_cue, shares_subject,
};
use split::{Joiner, Piece};
use tokens::Tok;
use units::{build_units, credit_line, mark_quotes, next_paragraph_end, paragraph_end, skip_relay};

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
    let mut raws: Vec<RawClaim> = Vec::new();
    let mut state = State::default();
    let lowered = text.to_ascii_lowercase();
    for unit in &units {
        let article = (text, lowered.as_str());
        analyse_unit(article, *unit, &quote_spans, meta, &mut state, &mut raws);
    }
    finish(text, sentences, raws)
}

/// What carries over from one unit to the next.
#[derive(Debug, Default)]
struct State {
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
}

/// `article` is the text and its ASCII-lower-cased copy (for the tokenizer).
fn analyse_unit(
    (text, lowered): (&str, &str),
    unit: Span,
    quotes: &[Span],
    meta: &ArticleMeta,
    state: &mut State,
    raws: &mut Vec<RawClaim>,
) {
    let mut toks = tokens::tokenize_lowered(text, Some(lowered), unit.start, unit.end);
    if toks.is_empty() {
        return;
    }
    mark_quotes(&mut toks, quotes);
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
    if let Some((a, b)) = credit_line(&toks) {
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
        return;
    }
    let start = skip_relay(&toks, 0, n, meta.relayed_from.as_deref());
    let quoted_words = toks.iter().filter(|t| t.in_quote && t.is_word()).count();
    let all_words = toks.iter().filter(|t| t.is_word()).count().max(1);
    let mostly_quote = quoted_words * 10 >= all_words * 7;

    if kinds::is_source_description(&toks[start..]) && state.last_plural_source {
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
    let mut unit_plural = false;
    let mut unit_quote_source: Option<RawSource> = None;
    let mut prev_source: Option<RawSource> = None;
    let mut prev_before = false;
    // the last frame's content is a clause ("X said he …"), not an object ("X praised Y")
    let mut prev_clausal = false;
    // where the claims of the clauses without a frame since the last frame begin in `raws`
    let mut unframed_from: Option<usize> = None;
    for (ca, cb, joiner) in split::clauses(&toks, start, n) {
        let span = Span::new(toks[ca].start, toks[cb - 1].end);
        // the no-comment phrases all hold one of these words: look for the phrase only then
        let maybe = toks[ca..cb]
            .iter()
            .any(|t| t.flags & lexicon::flag::NO_COMMENT_KEY != 0);
        if maybe && kinds::is_no_comment(&span.of(text).to_lowercase()) {
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
            let declining = declining_subject(&toks, ca, record_end);
            raws.push(RawClaim {
                pieces: vec![trim_span(
                    text,
                    Span::new(toks[ca].start, toks[record_end - 1].end),
                )],
                source: declining.clone(),
                side: false,
                record: Some(ClaimKind::NoComment),
                described: (ClaimKind::NoComment, false, false),
            });
            if let Some(k) = saying.filter(|_| record_end < cb) {
                let c = if toks[k + 1].is("that") { k + 2 } else { k + 1 };
                let src = declining.map(|mut s| {
                    s.cue = toks[k].low().to_string();
                    s
                });
                if c < cb {
                    emit(
                        text,
                        &toks,
                        split::atomic(&toks, c, cb),
                        src,
                        raws,
                        Some(&mut unit_quote_source),
                    );
                }
            }
            prev_source = None;
            prev_before = false;
            unframed_from = None;
            continue;
        }
        match find_frame(text, &toks, ca, cb) {
            Some(f) => {
                let src = raw_source(&toks, &f);
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
                if let (Some(from), Some(s)) = (unframed_from.take(), &src) {
                    if scopes_back(&toks, &f, ca, joiner) {
                        claim_unframed(&mut raws[from..], s);
                    }
                }
                if let Some(src) = &src {
                    let m = src.mention.of(text);
                    if crate::sourcing::is_plural_mention(m) {
                        unit_plural = true;
                    }
                }
                for p in f.prefix.iter().chain(f.rest.iter()) {
                    emit(
                        text,
                        &toks,
                        split::atomic(&toks, p.0, p.1),
                        None,
                        raws,
                        None,
                    );
                }
                for &(a, b) in &f.side {
                    emit(
                        text,
                        &toks,
                        split::side_pieces(&toks, a, b),
                        None,
                        raws,
                        None,
                    );
                }
                if let (frames::Placement::Around, [lead, main]) =
                    (f.placement, f.content.as_slice())
                {
                    emit(
                        text,
                        &toks,
                        around_pieces(&toks, *lead, *main),
                        src.clone(),
                        raws,
                        Some(&mut unit_quote_source),
                    );
                    prev_before = true;
                    prev_clausal = grammar::clause_follows(&toks, main.0, main.1);
                    prev_source = src;
                    continue;
                }
                // "The museum, Mr. Obama said, would …": one claim around the frame
                let around = f.placement == frames::Placement::After && f.content.len() == 2 && {
                    let (a0, b0) = f.content[0];
                    let (a1, _) = f.content[1];
                    b0 - a0 <= 6
                        && !toks[a0..b0]
                            .iter()
                            .any(|t| grammar::is_verbish(t) || t.in_quote)
                        && !matches!(toks[a1].low(), "and" | "but" | "or" | "while")
                };
                if around {
                    let piece = Piece {
                        ranges: f.content.clone(),
                        side: false,
                    };
                    emit(
                        text,
                        &toks,
                        vec![piece],
                        src.clone(),
                        raws,
                        Some(&mut unit_quote_source),
                    );
                    prev_source = src;
                    prev_before = false;
                    continue;
                }
                for &(a, b) in &f.content {
                    // "X said A and added that B": two contents of one speaker
                    let second = (f.placement == frames::Placement::Before)
                        .then(|| second_cue(&toks, a, b))
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
                            &toks,
                            split::atomic(&toks, pa, pb),
                            source,
                            raws,
                            Some(&mut unit_quote_source),
                        );
                    }
                }
                prev_before = f.placement == frames::Placement::Before;
                prev_clausal = src
                    .as_ref()
                    .is_some_and(|s| s.relation != Relation::AccordingTo)
                    && f.content.first().is_some_and(|&(c, e)| {
                        toks[c].is("that") || grammar::clause_follows(&toks, c, e)
                    });
                prev_source = src;
            }
            None => {
                // "X said A, but that B": "that" keeps B inside what X said
                let reported_on = joiner == Joiner::Contrast
                    && cb > ca + 2
                    && matches!(toks[ca].low(), "but" | "and" | "yet")
                    && (toks[ca + 1].is("that") || (prev_clausal && shares_subject(&toks, ca, cb)))
                    && prev_before;
                let inherited = if joiner == Joiner::And || reported_on {
                    prev_source.clone()
                } else if let Some((s, _)) = &state.carry {
                    Some(s.clone())
                } else if mostly_quote || clause_mostly_quote(&toks[ca..cb]) {
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
                if inherited.is_none() && unframed_from.is_none() {
                    unframed_from = Some(raws.len());
                }
                let pieces = split::atomic(&toks, ca, cb);
                emit(
                    text,
                    &toks,
                    pieces,
                    inherited.clone(),
                    raws,
                    Some(&mut unit_quote_source),
                );
                if joiner != Joiner::And && !reported_on {
                    prev_source = None;
                    prev_before = false;
                }
            }
        }
    }
    state.last_source = raws[first_raw..]
        .iter()
        .rev()
        .find_map(|r| r.source.clone());
    state.prev_claims = (first_raw, raws.len());
    state.prev_start = unit.start;
    state.last_quote = unit_quote_source;
    state.last_plural_source = unit_plural;
}

/// Who declines to comment: the clause's subject, past a short lead-in ("When contacted,
/// two officers declined to comment").
fn declining_subject(toks: &[Tok], a: usize, b: usize) -> Option<RawSource> {
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
    let mut e = s;
    while e < b
        && e < s + 12
        && !toks[e].verbish
        && toks[e].is_word()
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

/// Whether every letter is a capital: a transcript's speaker label ("MR. TAPPER").
fn is_capitals(s: &str) -> bool {
    s.chars().any(char::is_alphabetic) && !s.chars().any(char::is_lowercase)
}

/// "saying", "adding", "noting": an -ing verb of saying that carries on a frame.
fn is_saying(t: &Tok) -> bool {
    t.cue
        .is_some_and(|c| c.ing && c.class == lexicon::CueClass::Speech && !c.weak)
}

fn raw_source(toks: &[Tok], f: &Frame) -> Option<RawSource> {
    let mention = range_span(toks, f.source?)?;
    let relation = if f.cue.starts_with("according") || f.cue.starts_with("as ") {
        Relation::AccordingTo
    } else {
        Relation::Paraphrase
    };
    Some(RawSource {
        mention,
        cue: f.cue.clone(),
        relation,
        via: f.via.and_then(|r| range_span(toks, r)),
        role: f.role.and_then(|r| range_span(toks, r)),
        antecedent: f.antecedent.and_then(|r| range_span(toks, r)),
    })
}

fn trim_span(text: &str, s: Span) -> Span {
    let t = &text[s.start..s.end];
    let lead = t.len() - t.trim_start().len();
    let body = t.trim();
    Span::new(s.start + lead, s.start + lead + body.len())
}

/// Turns atomic pieces into raw claims: main pieces carry `source`, side pieces none.
fn emit(
    text: &str,
    toks: &[Tok],
    pieces: Vec<Piece>,
    source: Option<RawSource>,
    raws: &mut Vec<RawClaim>,
    mut quote_source: Option<&mut Option<RawSource>>,
) {
    for p in pieces {
        // a relative clause may carry its own frame: "…, which he said were at his side"
        if let ([(ra, rb)], true) = (p.ranges.as_slice(), p.side) {
            if let Some(f) = find_frame(text, toks, *ra, *rb) {
                if let Some(src) = raw_source(toks, &f) {
                    for r in f.prefix.iter().chain(f.rest.iter()) {
                        let side = vec![Piece {
                            ranges: vec![*r],
                            side: true,
                        }];
                        emit(text, toks, side, None, raws, None);
                    }
                    for r in &f.content {
                        let main = vec![Piece {
                            ranges: vec![*r],
                            side: false,
                        }];
                        emit(text, toks, main, Some(src.clone()), raws, None);
                    }
                    continue;
                }
            }
        }
        let spans: Vec<Span> = p
            .ranges
            .iter()
            .filter_map(|&r| range_span(toks, r))
            .map(|s| trim_span(text, s))
            .filter(|s| !s.is_empty())
            .collect();
        if spans.is_empty() {
            continue;
        }
        // a lone punctuation mark or a word is not a claim
        let words = p
            .ranges
            .iter()
            .map(|&(a, b)| toks[a..b].iter().filter(|t| t.is_word()).count())
            .sum::<usize>();
        if words == 0 {
            continue;
        }
        let quoted = p
            .ranges
            .iter()
            .map(|&(a, b)| {
                toks[a..b]
                    .iter()
                    .filter(|t| t.in_quote && t.is_word())
                    .count()
            })
            .sum::<usize>();
        let mut src = if p.side { None } else { source.clone() };
        if let Some(s) = src.as_mut() {
            if quoted * 2 >= words {
                s.relation = Relation::DirectQuote;
                if let Some(q) = quote_source.as_deref_mut() {
                    *q = Some(s.clone());
                }
            }
        }
        let quote = src
            .as_ref()
            .is_some_and(|s| s.relation == Relation::DirectQuote);
        let described = kinds::describe(toks, &p.ranges, quote, p.side);
        raws.push(RawClaim {
            pieces: spans,
            source: src,
            side: p.side,
            record: None,
            described,
        });
    }
}

/// Resolves sources in article order, types the claims and builds the output.
fn finish(text: &str, sentences: &[Span], mut raws: Vec<RawClaim>) -> Vec<ExtractedClaim> {
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

#[cfg(test)]
mod tests;
