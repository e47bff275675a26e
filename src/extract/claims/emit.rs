//! Raw claims from atomic pieces: a frame's source as found in the text, trimmed spans, and
//! the claims of main and side pieces (a side piece may hold a frame of its own).

use super::frames::{clitic_subject, find_frame, range_span, Frame};
use super::split::Piece;
use super::tokens::{Tok, TokKind};
use super::{grammar, kinds, RawClaim, RawSource};
use crate::extract::types::Span;
use crate::vocab::Relation;

pub(super) fn raw_source(toks: &[Tok], f: &Frame) -> Option<RawSource> {
    let (s0, s1) = f.source?;
    let mut mention = range_span(toks, (s0, s1))?;
    // "He's said": the pronoun without its auxiliary
    if let Some((len, _)) = clitic_subject(toks[s1 - 1].low()) {
        if s1 - s0 == 1 {
            mention.end = toks[s0].start + len;
        }
    }
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

pub(super) fn trim_span(text: &str, s: Span) -> Span {
    let t = &text[s.start..s.end];
    let lead = t.len() - t.trim_start().len();
    let body = t.trim();
    Span::new(s.start + lead, s.start + lead + body.len())
}

/// Turns atomic pieces into raw claims: main pieces carry `source`, side pieces none.
pub(super) fn emit(
    text: &str,
    toks: &[Tok],
    pieces: Vec<Piece>,
    source: Option<RawSource>,
    raws: &mut Vec<RawClaim>,
    mut quote_source: Option<&mut Option<RawSource>>,
) {
    for mut p in pieces {
        if let Some(first) = p.ranges.first_mut() {
            *first = past_coordinator(toks, *first);
        }
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
        // a lone punctuation mark is not a claim, nor is a coordinator left over between two
        // clauses split apart ("…, but that he would not …", "But as Lee noted, …")
        let words = p
            .ranges
            .iter()
            .map(|&(a, b)| toks[a..b].iter().filter(|t| t.is_word()).count())
            .sum::<usize>();
        if words == 0 || (words == 1 && only_a_coordinator(toks, &p.ranges)) {
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
        // a relative clause inside what a source said that looks ahead or counts is theirs
        // too ("The plant, which is expected to open in 2026, will create 650 jobs, the company
        // said"); one that glosses a name ("Tajik, a language spoken in …") is the writer's
        let mut src = if p.side && !forecast_or_count(toks, &p.ranges) {
            None
        } else {
            source.clone()
        };
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

/// "…, and the river rose": the coordinator that joined a split-off clause to the one before is
/// no part of what the clause asserts, nor a "that" after it opening a second reported clause.
/// A capitalised "But" opening a sentence is the writer's and stays; so does a coordinator
/// inside a quotation.
fn past_coordinator(toks: &[Tok], (a, b): (usize, usize)) -> (usize, usize) {
    let joiner = &toks[a];
    if b > a + 1 && !joiner.cap && !joiner.in_quote && matches!(joiner.low(), "and" | "but" | "yet")
    {
        // "…, and that Reis would travel": the second "that" after a verb of saying is the
        // frame's too, before a clause opening with a name, a pronoun or an article (not "and
        // that is why", nor "and that number has stayed", where it is the subject's); after
        // "that", an article or a pronoun opens a clause whatever its verb ("and that the
        // dairies pay nothing"), which a name must show
        let that = b > a + 3
            && toks[a + 1].is("that")
            && opens_subject(&toks[a + 2])
            && (!toks[a + 2].cap || grammar::clause_follows(toks, a + 2, b));
        (a + 1 + usize::from(that), b)
    } else {
        (a, b)
    }
}

/// Whether a word plainly opens a subject: a capitalised name, a personal pronoun, a
/// possessive or an article.
fn opens_subject(t: &Tok) -> bool {
    t.cap && !t.in_quote
        || matches!(
            t.low(),
            "he" | "she"
                | "it"
                | "they"
                | "we"
                | "i"
                | "you"
                | "the"
                | "a"
                | "an"
                | "there"
                | "his"
                | "her"
                | "its"
                | "their"
                | "our"
                | "my"
        )
}

/// Whether the one word of a piece is a coordinating conjunction ("but", "And"), which
/// asserts nothing once the clauses it joined were split apart.
fn only_a_coordinator(toks: &[Tok], ranges: &[(usize, usize)]) -> bool {
    ranges
        .iter()
        .flat_map(|&(a, b)| &toks[a..b])
        .find(|t| t.is_word())
        .is_some_and(|t| matches!(t.low(), "and" | "but" | "or" | "yet" | "nor"))
}

/// Whether a piece set aside is a relative clause ("which …", "who …") that forecasts ("will",
/// "is expected to") or counts (a number), or an appositive of change with a figure ("a fall of
/// 9 per cent"): what a source says, not the writer's gloss.
fn forecast_or_count(toks: &[Tok], ranges: &[(usize, usize)]) -> bool {
    let Some(&(a, b)) = ranges.first() else {
        return false;
    };
    let relative = matches!(toks[a].low(), "which" | "who");
    // "taken to Valley Hospital, where he remains in critical condition, police said": the
    // victim's condition after the event is the source's news, not the writer's gloss of
    // the place ("…, where he has a home")
    let condition = toks[a].is("where")
        && a + 2 < b
        && matches!(toks[a + 1].low(), "he" | "she" | "they")
        && (matches!(toks[a + 2].low(), "remains" | "remained" | "died")
            || a + 3 < b
                && matches!(toks[a + 2].low(), "is" | "was" | "were" | "are")
                && matches!(
                    toks[a + 3].low(),
                    "pronounced" | "listed" | "treated" | "being" | "in"
                ));
    let number = toks[a..b].iter().any(|t| t.kind == TokKind::Number);
    // "…, a fall of 9 per cent on September": the change the figure before it makes
    let change = a + 1 < b
        && matches!(toks[a].low(), "a" | "an")
        && matches!(
            toks[a + 1].low(),
            "fall"
                | "rise"
                | "drop"
                | "increase"
                | "decrease"
                | "decline"
                | "jump"
                | "gain"
                | "loss"
                | "slump"
                | "surge"
                | "dip"
                | "climb"
                | "cut"
                | "reduction"
        );
    change && number
        || condition
        || relative
            && toks[a + 1..b].iter().any(|t| {
                t.kind == TokKind::Number
                    || matches!(
                        t.low(),
                        "will" | "would" | "expected" | "could" | "may" | "might" | "plans"
                    )
            })
}
