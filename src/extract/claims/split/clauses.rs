//! Coordinated independent clauses: where a sentence splits (";", ", while", ", but" or ", and"
//! before a new subject and verb) and where it does not (a postposed "he and Mr. Allen said", an
//! open relative clause).

use super::super::grammar::{clause_follows, is_verbish, reports_opener, speaker_with_appositive};
use super::super::lexicon;
use super::super::tokens::{Tok, TokKind};
use super::and_joins::{joins_postposed_subject, joins_reported_subjects, shares_plural_head};
use super::appositive_speech::appositive_speaker;
use super::{outside, Joiner};

/// Splits `[a, b)` at coordinated independent clauses (";", ", while", ", although", ", but" or
/// ", and" followed by a new subject and verb).
pub fn clauses(toks: &[Tok], a: usize, b: usize) -> Vec<(usize, usize, Joiner)> {
    let mut out = Vec::new();
    let mut start = a;
    let mut joiner = Joiner::First;
    let mut k = a;
    while k < b {
        let t = &toks[k];
        // a sentence that ends inside a closing quotation mark: “… for him.” She says …
        if t.kind == TokKind::Quote
            && k > start + 2
            && k + 1 < b
            && toks[k - 1].is_punct(".")
            && toks[k - 1].in_quote
            && toks[k + 1].cap
            && !toks[k + 1].in_quote
            && toks[k + 1].cue.is_none()
            && !super::super::units::is_bare_frame(&toks[k + 1..b])
        {
            if k + 1 > start {
                out.push((start, k + 1, joiner));
            }
            start = k + 1;
            joiner = Joiner::Semicolon;
            k += 1;
            continue;
        }
        // “… in the right direction,” while the union said …: the comma inside the quotation
        // marks (US style) ends the clause all the same; and so before "and" and a new subject
        // and verb ("…would “gut protections,” and the caucus is planning …")
        let joiner_after_quote = if t.kind == TokKind::Quote {
            quoted_comma_joiner(toks, start, k, b)
        } else {
            None
        };
        if let Some(j) = joiner_after_quote {
            out.push((start, k + 1, joiner));
            start = k + 1;
            joiner = j;
            k += 1;
            continue;
        }
        if !outside(t) {
            k += 1;
            continue;
        }
        let mut cut: Option<(usize, usize, Joiner)> = None; // (end of this, start of next, joiner)
        if t.is_punct(";") && !list_item_follows(toks, start, k + 1, b)
            || (t.is_punct(":")
                && k >= start + 5
                && toks[k - 1].cue.is_none()
                // "at 7:30am": a clock time, not a colon between clauses
                && !(toks[k - 1].kind == TokKind::Number
                    && toks[k - 1].end == t.start
                    && toks.get(k + 1).is_some_and(|n| n.start == t.end))
                && clause_follows(toks, k + 1, b))
        {
            cut = Some((k, k + 1, Joiner::Semicolon));
        } else if k > start + 3
            && outside(t)
            && reports_opener(toks, k, b)
            // "… after reports that a man had smashed a window, police said.": the frame
            // that closes the sentence reports the whole of it
            && !closes_on_frame(toks, k, b)
        {
            // "… retains full confidence amid reports that ministers objected": what the
            // reports say is no part of what the speaker said
            let end = if toks[k - 1].is_punct(",") { k - 1 } else { k };
            cut = Some((end, k, Joiner::Contrast));
        } else if t.is_punct(",")
            && k + 1 < b
            && (concessive_lead(toks, start, k)
                || outside(&toks[start]) && reports_opener(toks, start, k))
            && clause_follows(toks, k + 1, b)
            // "Though the move was smooth, he said, the next will not be": a frame set in
            // between commas reports the concession too
            && !frame_set_in(toks, k + 1, b)
        {
            // "Although she called it a mistake, she said …": the concession is a claim of
            // its own and the main clause has its own frame
            cut = Some((k, k + 1, Joiner::Semicolon));
        } else if t.is_punct(",") && k + 1 < b {
            let w = toks[k + 1].low();
            // "…, while the foreign minister, Penny Wong, said …": a new speaker with an
            // appositive opens a clause as a plain subject does
            let new_clause =
                |i: usize| clause_follows(toks, i, b) || speaker_with_appositive(toks, i, b);
            match w {
                "while" | "whereas" | "although" | "though" if new_clause(k + 2) => {
                    cut = Some((k, k + 1, Joiner::Contrast))
                }
                "but" | "yet" if new_clause(k + 2) => cut = Some((k, k + 1, Joiner::Contrast)),
                "and" if new_clause(k + 2) && !in_open_relative(toks, start, k) => {
                    cut = Some((k, k + 1, Joiner::And))
                }
                // "…, a field that, she often said, had no room for women": the speaker's
                // words start at the appositive, and what comes before is the writer's
                "which" if relative_under_closing_frame(toks, start, k, b) => {
                    cut = Some((k, k + 1, Joiner::Semicolon))
                }
                _ if relative_with_set_in_frame(toks, k + 1, b) => {
                    cut = Some((k, k + 1, Joiner::Semicolon))
                }
                // "…, a move refugee advocates warn will leave …": the advocates' words
                _ => {
                    if let Some(s) = appositive_speaker(toks, k + 1, b) {
                        cut = Some((k, s, Joiner::Semicolon))
                    }
                }
            }
        } else if (matches!(t.low(), "although" | "whereas")
            && k > start + 2
            // "said that although …, …": the clause opens what was said
            && !toks[k - 1].is("that")
            && clause_follows(toks, k + 1, b))
            || (t.lower == "but"
                && k > start + 3
                && clause_follows(toks, k + 1, b)
                && !adverb_then_verb(toks, k + 1))
            || second_that_clause(toks, start, k, b)
            || (matches!(t.low(), "and" | "but")
                && k > start + 3
                // "Polls in Ohio and Iowa have shown": a clause before, not a noun phrase
                // ("Documents reviewed by ProPublica and The Ledger show": a participle with
                // its agent is a noun phrase's)
                && (start..k).any(|j| {
                    toks[j].verbish && !toks[j].in_quote && !toks[j + 1].is("by")
                })
                && new_speaker_follows(toks, k + 1, b)
                && !(t.lower == "and" && joins_postposed_subject(toks, start, k))
                && !(t.lower == "and" && joins_reported_subjects(toks, start, k))
                && !(t.lower == "and" && shares_plural_head(toks, k, b)))
        {
            cut = Some((k, k, Joiner::Contrast));
        }
        if let Some((end, next, j)) = cut {
            if end > start {
                out.push((start, end, joiner));
            }
            start = next;
            joiner = j;
            k = next;
            continue;
        }
        k += 1;
    }
    if b > start {
        out.push((start, b, joiner));
    }
    out
}

/// The joiner of the clause after a comma inside closing quotation marks at `k - 1` (the
/// mark at `k`), when one follows: "…,” while …", "…,” but …" or "…,” and …" before a new
/// subject and verb. Not a participle ("…,” while trying to explain") nor a verb that shares
/// the subject ("…,” and then tweeted").
fn quoted_comma_joiner(toks: &[Tok], start: usize, k: usize, b: usize) -> Option<Joiner> {
    let closes = toks[k].kind == TokKind::Quote
        && k > start + 2
        && k + 2 < b
        && toks[k - 1].is_punct(",")
        && toks[k - 1].in_quote
        && !toks[k + 1].in_quote;
    if !closes || !clause_follows(toks, k + 2, b) {
        return None;
    }
    match toks[k + 1].low() {
        "while" | "whereas" | "although" | "though" | "but" | "yet"
            if !toks[k + 2].low().ends_with("ing") =>
        {
            Some(Joiner::Contrast)
        }
        "and"
            if !matches!(
                toks[k + 2].low(),
                "then" | "also" | "later" | "again" | "still"
            ) && !in_open_relative(toks, start, k - 1) =>
        {
            Some(Joiner::And)
        }
        _ => None,
    }
}

/// Whether `[start, k)` is a leading concessive clause ("Although the deal collapsed") with
/// its own subject and verb, ended by the comma at `k`.
fn concessive_lead(toks: &[Tok], start: usize, k: usize) -> bool {
    let opener = match toks[start].low() {
        "although" | "though" | "whereas" => start + 1,
        "even" if toks.get(start + 1).is_some_and(|t| t.is("though")) => start + 2,
        _ => return false,
    };
    k > opener + 1
        && !toks[opener..k]
            .iter()
            .any(|t| t.in_quote || t.is_punct(","))
        && { toks[opener..k].iter().any(|t| t.verbish) }
}

/// Whether a short subject and a verb of saying set off by a comma start at `i`: "he said,",
/// "the minister said on Friday,".
fn frame_set_in(toks: &[Tok], i: usize, b: usize) -> bool {
    let Some(cue_at) = speaker_cue_at(toks, i, b) else {
        return false;
    };
    let comma_at = (cue_at + 1..b.min(cue_at + 4)).find(|&j| toks[j].is_punct(","));
    comma_at.is_some_and(|c| {
        toks[cue_at + 1..c]
            .iter()
            .all(|t| t.cap || lexicon::is_time_adverb(t.low()) || t.is("on"))
    })
}

/// Whether `[k, b)` closes on a frame after its last comma: a short subject, a verb of saying
/// and at most a few words of time or place before the full stop ("…, police said Friday.").
fn closes_on_frame(toks: &[Tok], k: usize, b: usize) -> bool {
    let Some(comma) = (k..b)
        .rev()
        .find(|&j| outside(&toks[j]) && toks[j].is_punct(","))
    else {
        return false;
    };
    let tail = &toks[comma + 1..b];
    let Some(v) = tail
        .iter()
        .position(|t| t.verbish && t.cue.is_some_and(|c| c.says()))
    else {
        return false;
    };
    (1..=5).contains(&v)
        && tail[..v].iter().all(|t| t.is_word() && !t.verbish)
        && tail.len() - v <= 5
        && tail.last().is_some_and(|t| t.is_punct("."))
        && tail[v + 1..]
            .iter()
            .all(|t| !t.verbish && t.cue.is_none() && !t.in_quote)
}

/// Whether a short noun phrase opening at `i` ends on a relative pronoun that a frame set in
/// between commas follows: "a field that, she often said, had …".
fn relative_with_set_in_frame(toks: &[Tok], i: usize, b: usize) -> bool {
    if !toks.get(i).is_some_and(|t| lexicon::is_determiner(t.low())) {
        return false;
    }
    let relative =
        (i + 1..b.min(i + 6)).find(|&r| matches!(toks[r].low(), "that" | "which" | "who"));
    relative.is_some_and(|r| {
        toks[i..r]
            .iter()
            .all(|t| t.is_word() && !t.verbish && !t.in_quote)
            && toks.get(r + 1).is_some_and(|t| t.is_punct(","))
            && frame_set_in(toks, r + 2, b)
    })
}

/// "Governor Lee has signalled that cuts depend on inflation, which was 3.8% in February,
/// Stats SA said": a clause opened by a frame of its own ("X has signalled that", `[start, k)`)
/// and a comma-set "which" clause at `k` that a closing frame follows; the closing frame
/// reports the relative clause, not the first speaker's words.
fn relative_under_closing_frame(toks: &[Tok], start: usize, k: usize, b: usize) -> bool {
    let own_frame = || {
        (start + 2..k).any(|j| {
            toks[j].is("that")
                && !toks[j].in_quote
                && toks[j - 1].verbish
                && toks[j - 1].cue.is_some_and(|c| !c.ing)
        })
    };
    k + 3 < b && closes_on_frame(toks, k + 1, b) && own_frame()
}

/// "… and Democrats accused …": a short subject and a verb of saying start a new attribution.
fn new_speaker_follows(toks: &[Tok], i: usize, b: usize) -> bool {
    speaker_cue_at(toks, i, b).is_some()
}

/// Where the verb of saying stands after a short subject opening at `i` ("Democrats accused",
/// "the minister said"): a subject opening with a name, a pronoun, a determiner or a word for
/// sources, of words that are no verbs (but "has", "had", "also").
fn speaker_cue_at(toks: &[Tok], i: usize, b: usize) -> Option<usize> {
    let first = toks.get(i)?;
    let opens_np = first.cap
        || matches!(
            first.low(),
            "the"
                | "his"
                | "her"
                | "their"
                | "some"
                | "many"
                | "other"
                | "others"
                | "he"
                | "she"
                | "they"
                | "critics"
                | "officials"
                | "experts"
                | "analysts"
        );
    if !opens_np {
        return None;
    }
    (i + 1..b.min(i + 6)).find(|&j| {
        toks[j].cue.is_some_and(|c| !c.weak || c.past)
            && toks[j].verbish
            && toks[i..j].iter().all(|t| {
                t.is_word()
                    && !t.in_quote
                    && (!t.verbish || matches!(t.low(), "has" | "have" | "had" | "also"))
            })
    })
}

/// "said that it would price the drug at $389,000 and that it expected …": "and that" opens a
/// second reported clause when a "that" after a verb of saying opened the first (`start..k`).
fn second_that_clause(toks: &[Tok], start: usize, k: usize, b: usize) -> bool {
    if !toks[k].is("and") || !toks.get(k + 1).is_some_and(|t| t.is("that")) {
        return false;
    }
    let first_that = (start + 1..k).any(|j| {
        toks[j].is("that")
            && !toks[j].in_quote
            && toks[j.saturating_sub(8).max(start)..j]
                .iter()
                .any(|t| t.cue.is_some())
    });
    // "said the aquifer is dropping and that the dairies pay nothing": a finite verb of
    // saying whose clause has no "that"; the second "that" is evidence enough
    let first_bare = || {
        (start + 1..k).any(|j| {
            toks[j]
                .cue
                .is_some_and(|c| c.says() && (c.past || toks[j].low().ends_with('s')))
                && !toks[j].in_quote
                && !toks[j + 1].is("that")
                && !toks[j + 1..k].iter().any(|t| t.is_punct(",") || t.in_quote)
                && clause_follows(toks, j + 1, k)
        })
    };
    first_that && clause_follows(toks, k + 1, b)
        || k + 4 <= b && toks[k + 2].is_word() && !toks[k + 2].in_quote && first_bare()
}

/// "survived by a son, Anders; a sister, Berit; and five grandchildren": after a semicolon,
/// an item of a list whose items hold commas (the reason for semicolons), with no verb up to
/// the next semicolon or the end (at `b`), not a clause. `start` opens the item before.
fn list_item_follows(toks: &[Tok], start: usize, i: usize, b: usize) -> bool {
    let end = (i..b).find(|&k| toks[k].is_punct(";")).unwrap_or(b);
    let item = &toks[i..end.max(i)];
    !item.is_empty()
        && !item.iter().any(|t| t.verbish || t.in_quote)
        && (item.iter().any(|t| t.is_punct(",")) || item[0].is("and"))
        && toks[start..i].iter().any(|t| t.is_punct(","))
}

/// Whether `k` lies inside a comma-set relative clause that has no verb yet ("…, where France,
/// the United States, and Ukraine will play").
fn in_open_relative(toks: &[Tok], start: usize, k: usize) -> bool {
    let Some(r) = (start + 1..k).rev().find(|&j| {
        outside(&toks[j])
            && matches!(toks[j].low(), "which" | "who" | "where" | "whose")
            && toks[j - 1].is_punct(",")
    }) else {
        return false;
    };
    !toks[r + 1..k].iter().any(is_verbish)
}

/// "were paid for but never built": after a "but" with no comma, an adverb and a verb go on
/// with the same subject's predicate.
fn adverb_then_verb(toks: &[Tok], i: usize) -> bool {
    toks.get(i + 1).is_some_and(|t| t.verbish)
        && !toks[i].cap
        && super::super::lexicon::is_cue_modifier(toks[i].low())
}
