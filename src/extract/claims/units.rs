//! Units of analysis: sentences joined while a quotation runs across them, minus the dateline
//! and boilerplate; quotation marks on tokens; the relay's lead-in; paragraph bounds and credit
//! lines that the claims stage carries speakers across.

use super::lexicon;
use super::tokens::{Tok, TokKind};
use crate::extract::types::Span;

/// The end of the paragraph holding byte `at`.
pub(super) fn paragraph_end(text: &str, at: usize) -> usize {
    text[at..].find('\n').map_or(text.len(), |k| at + k)
}

/// Whether the paragraph from byte `at` speaks in the first or second person ("I", "we",
/// "you", "our" …): how a transcript answer that runs over several paragraphs reads.
pub(super) fn speaks_in_person(text: &str, at: usize) -> bool {
    text[at..paragraph_end(text, at)]
        .split(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '’'))
        .any(|w| {
            let w = w.trim_matches(|c| c == '\'' || c == '’');
            let head = w.split(['\'', '’']).next().unwrap_or("");
            matches!(
                head,
                "I" | "we" | "We" | "you" | "You" | "my" | "My" | "our" | "Our"
            ) || matches!(head, "me" | "us" | "your" | "Your")
        })
}

/// The end of the paragraph after the one holding byte `at`.
pub(super) fn next_paragraph_end(text: &str, at: usize) -> usize {
    let mut p = paragraph_end(text, at);
    while p < text.len() {
        let next = paragraph_end(text, p + 1);
        if !text[p + 1..next].trim().is_empty() {
            return next;
        }
        p = next;
    }
    p
}

/// "― Ana Ruiz, 34, teacher" on its own: a credit for the quotation before.
pub(super) fn credit_line(toks: &[Tok]) -> Option<(usize, usize)> {
    let first = toks.first()?;
    if !matches!(first.low(), "―" | "—" | "–" | "-") {
        return None;
    }
    let e = toks
        .iter()
        .position(|t| t.is_punct(",") || t.is_punct("."))
        .unwrap_or(toks.len());
    let np = &toks[1..e];
    (!np.is_empty() && np.len() <= 8 && np[0].cap && np.iter().all(|t| t.is_word()))
        .then_some((1, e))
}

/// "Trump said.", "the senator told reporters Friday.": a sentence that is nothing but a short
/// speaker and a verb of saying, with at most a short hearer or day after it.
pub(super) fn is_bare_frame(toks: &[Tok]) -> bool {
    let words = toks.iter().filter(|t| t.is_word()).count();
    let ends_with_period = toks.last().is_some_and(|t| t.is_punct("."));
    let Some(v) = toks.iter().position(|t| t.cue.is_some_and(|c| c.says())) else {
        return false;
    };
    let speaker = &toks[..v];
    let speaker_ok = !speaker.is_empty()
        && speaker.len() <= 5
        && speaker.iter().all(|t| t.is_word() && !t.verbish)
        && (speaker[0].cap || matches!(speaker[0].low(), "he" | "she" | "they"));
    speaker_ok && ends_with_period && words <= 8 && toks[v + 1..].iter().all(|t| t.cue.is_none())
}

/// Sentences, joined while a quotation runs over a sentence boundary inside a paragraph, minus
/// the excluded passages (boilerplate, dateline).
pub(super) fn build_units(
    text: &str,
    sentences: &[Span],
    quotes: &[Span],
    excluded: &[Span],
) -> Vec<Span> {
    let mut joined: Vec<Span> = Vec::new();
    for &s in sentences {
        if let Some(last) = joined.last_mut() {
            let from = quotes.partition_point(|q| q.start < last.start);
            let crosses = quotes[from..]
                .iter()
                .take_while(|q| q.start < last.end)
                .any(|q| {
                    q.start < last.end
                        && q.end > s.start
                        && q.start >= last.start
                        && text[s.start..q.end.min(s.end)]
                            .chars()
                            .any(char::is_alphanumeric)
                });
            let same_para = !text[last.end..s.start].contains('\n');
            // "“… missing.” Trump said.": a frame cut off from its quotation by the period
            // inside the closing mark; not after a quotation with its frame before it ("Burns
            // said: “…” He urged calm.")
            let quote_ends_last = quotes[from..]
                .iter()
                .take_while(|q| q.start < last.end)
                .any(|q| {
                    q.end == last.end
                        && !text[last.start..q.start.max(last.start)]
                            .chars()
                            .any(char::is_alphanumeric)
                });
            if same_para
                && (crosses
                    || quote_ends_last && {
                        let mut toks = Vec::new();
                        super::tokens::tokenize_into(&mut toks, text, None, s.start, s.end);
                        is_bare_frame(&toks)
                    })
            {
                last.end = s.end;
                continue;
            }
        }
        joined.push(s);
    }
    let mut out = Vec::with_capacity(joined.len());
    for mut u in joined {
        u.start = after_bullet(text, u);
        // most units touch no excluded passage: they stand as they are, with no lists of
        // pieces built and rebuilt for every passage of the article
        if !excluded.iter().any(|ex| u.overlaps(*ex)) {
            if !text[u.start..u.end].trim().is_empty() {
                out.push(u);
            }
            continue;
        }
        let mut pieces = vec![u];
        for ex in excluded {
            let mut next = Vec::new();
            for p in pieces {
                if !p.overlaps(*ex) {
                    next.push(p);
                    continue;
                }
                if p.start < ex.start {
                    next.push(Span::new(p.start, ex.start));
                }
                if ex.end < p.end {
                    next.push(Span::new(ex.end, p.end));
                }
            }
            pieces = next;
        }
        out.extend(
            pieces
                .into_iter()
                .filter(|p| !text[p.start..p.end].trim().is_empty()),
        );
    }
    out
}

/// Where the unit `u` starts after the marker of a bullet point: "•", "▪" and the like always;
/// "-" or "*" where the line is one of a list (the line before or after opens with the same
/// marker, or the line before ends in a colon: "Key points:"). A marker is neither a cue nor a
/// source ("- Ambulances spent 6,214 hours …"); "― Ana Ruiz, 34" alone after a quotation is a
/// credit (`credit_line`).
fn after_bullet(text: &str, u: Span) -> usize {
    let unit = &text[u.start..u.end];
    let line_start = text[..u.start].trim_end_matches([' ', '\t']).is_empty()
        || text[..u.start]
            .trim_end_matches([' ', '\t'])
            .ends_with('\n');
    let Some(marker) = ["•", "◦", "▪", "‣", "⁃", "-", "*"]
        .into_iter()
        .find(|m| unit.starts_with(m) && unit[m.len()..].starts_with([' ', '\t']))
    else {
        return u.start;
    };
    let listed = marker.len() > 1 || {
        let line_of = |from: usize, to: usize| text[from..to].trim();
        let prev = text[..u.start]
            .trim_end()
            .rsplit('\n')
            .next()
            .map(str::trim)
            .unwrap_or("");
        let rest_at = text[u.start..]
            .find('\n')
            .map_or(text.len(), |i| u.start + i);
        let next = line_of(rest_at, text.len())
            .split('\n')
            .next()
            .unwrap_or("");
        let opens = |l: &str| l.starts_with(marker) && l[marker.len()..].starts_with([' ', '\t']);
        opens(prev) || opens(next) || prev.ends_with(':')
    };
    if !line_start || !listed {
        return u.start;
    }
    let rest = &unit[marker.len()..];
    u.end - rest.trim_start().len()
}

pub(super) fn mark_quotes(toks: &mut [Tok], quotes: &[Span]) {
    let first = quotes.partition_point(|q| toks.first().map_or(true, |t| q.end <= t.start));
    for q in &quotes[first..] {
        if toks.last().map_or(true, |t| q.start >= t.end) {
            break;
        }
        // tokens are in text order: those inside the quotation are one run
        let from = toks.partition_point(|t| t.start < q.start);
        for t in toks[from..].iter_mut().take_while(|t| t.end <= q.end) {
            t.in_quote = true;
            // a single mark that opens or closes a quotation is a quotation mark (the ends
            // tested first: they rule out most tokens more cheaply than the marks)
            let at_end = t.start == q.start || t.end == q.end;
            if at_end && matches!(&*t.lower, "'" | "‘" | "’") {
                t.kind = TokKind::Quote;
            }
        }
    }
    // the marks themselves are not quoted words
    for t in toks.iter_mut() {
        if t.kind == TokKind::Quote {
            t.in_quote = false;
        }
    }
}

/// "As reported by Reuters on Friday, July 19, …": the relay's lead-in, skipped.
pub(super) fn skip_relay(toks: &[Tok], a: usize, b: usize, relay: Option<&str>) -> usize {
    let Some(relay) = relay else {
        return a;
    };
    let relay = relay.to_lowercase();
    let lead = b > a + 3
        && toks[a].is("as")
        && matches!(toks[a + 1].low(), "reported" | "first")
        && (toks[a + 2].is("by") || toks[a + 2].is("reported"));
    if !lead {
        return a;
    }
    let by = (a + 2..b.min(a + 5)).find(|&k| toks[k].is("by"));
    let Some(by) = by else { return a };
    if !toks
        .get(by + 1)
        .is_some_and(|t| relay.contains(t.low()) || t.lower.contains(relay.as_str()))
    {
        return a;
    }
    let mut k = by + 1;
    loop {
        while k < b && !toks[k].is_punct(",") {
            k += 1;
        }
        if k >= b {
            return a;
        }
        // ", July 19," continues the date
        let n = toks.get(k + 1);
        if n.is_some_and(|t| lexicon::is_month(&t.lower) || t.kind == TokKind::Number) {
            k += 1;
            continue;
        }
        return k + 1;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn first_and_second_person_words_mark_speech() {
        assert!(speaks_in_person("We’ve got the votes.", 0));
        assert!(speaks_in_person("That is what I’d do.\nNext.", 0));
        assert!(speaks_in_person("Next.\nAsk your senator.", 6));
        assert!(!speaks_in_person("The senators met.\nI agree.", 0));
        assert!(!speaks_in_person("Iowa votes first; Wyoming is later.", 0));
    }
}
