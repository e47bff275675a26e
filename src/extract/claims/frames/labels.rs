//! Frames a label makes: a transcript's or headline's speaker before a colon ("PENCE: …",
//! "Graham: …") and a credit line after a quotation ("“…” ― Ana Ruiz").

use super::openers::simple_frame;
use super::*;

/// A transcript or headline label: "WALLACE: …", "Senator Ruiz: …".
pub(super) fn speaker_label(toks: &[Tok], a: usize, b: usize) -> Option<Frame> {
    // a transcript turn may open with the quotation mark of the whole passage
    let a = if toks.get(a).is_some_and(|t| t.kind == TokKind::Quote) {
        a + 1
    } else {
        a
    };
    if a >= b {
        return None;
    }
    let c = (a + 1..b.min(a + 7)).find(|&k| toks[k].is_punct(":"))?;
    let np = &toks[a..c];
    if np.len() > 4
        || lexicon::is_determiner(np[0].low())
        || np.iter().any(|t| !t.cap || !t.is_word() || t.verbish)
    {
        return None;
    }
    if np.len() == 1
        && matches!(
            np[0].low(),
            "update"
                | "note"
                | "editor's"
                | "warning"
                | "correction"
                | "related"
                | "watch"
                | "read"
                | "listen"
                | "photos"
                | "video"
                | "breaking"
                | "source"
                | "sources"
                | "q"
                | "a"
                | "subscribe"
                | "advertisement"
                | "exclusive"
                | "analysis"
                | "opinion"
                | "poll"
                | "live"
                | "updated"
                | "clarification"
                | "also"
        )
    {
        return None;
    }
    // "CNN President On Trump: …": the speaker, then the topic
    let speaker_end = (a + 1..c).find(|&k| toks[k].is("on")).unwrap_or(c);
    let content = trim_range(toks, c + 1, b);
    if content.1 <= content.0 + 1 || !labels_a_speaker(&toks[a..speaker_end]) {
        return None;
    }
    Some(simple_frame(
        (a, speaker_end),
        ":",
        content,
        Placement::Before,
    ))
}

/// Whether a label before a colon may be a speaker's ("Graham: Trump's rhetoric destroying GOP's
/// chances", "TAPPER: …") rather than a topic's: not a storm ("Storm Ciarán: 'Danger to life'
/// warning issued"), whose given name would read as a person's, nor a country or place ("Gaza:
/// …", "Ukraine: …").
pub(super) fn labels_a_speaker(np: &[Tok]) -> bool {
    let storm = matches!(
        np[0].low(),
        "storm" | "hurricane" | "typhoon" | "cyclone" | "tropical"
    );
    let place = np.len() == 1
        && (lexicon::is_country_name(np[0].low()) || lexicon::is_us_state(np[0].low()));
    // "Revealed: …", "Wow: …", "Question: …", "Claim: …": a verb in the past, an interjection
    // or a word that labels a line (in a fact-check too) is no one speaking
    let w = np[0].low();
    let label = np.len() == 1
        && (w.len() > 4 && w.ends_with("ed")
            || lexicon::is_determiner(w)
            || lexicon::is_line_label(w));
    // "Stealth Over Health: …", "Trouble In Paradise: …": a headline's title-cased topic holds
    // a preposition that no name or title holds ("Bank of England:" and "Secretary for Health:"
    // may speak)
    let topic = np[1..].iter().any(|t| {
        matches!(
            t.low(),
            "over"
                | "in"
                | "on"
                | "at"
                | "with"
                | "to"
                | "into"
                | "after"
                | "before"
                | "against"
                | "vs"
                | "vs."
                | "versus"
                | "under"
                | "from"
                | "about"
                | "without"
                | "behind"
        )
    });
    !storm && !place && !label && !topic
}

/// A credit after a quotation: "“…” ― Ana Ruiz, 34, teacher".
pub(super) fn dash_credit(toks: &[Tok], a: usize, b: usize) -> Option<Frame> {
    let d = (a + 1..b)
        .find(|&k| matches!(toks[k].low(), "―" | "—" | "–") && is_closing_quote(toks, k - 1))?;
    let e = next_comma(toks, d + 1, b);
    let mut e2 = e;
    while e2 > d + 1 && toks[e2 - 1].kind == TokKind::Punct {
        e2 -= 1;
    }
    let np = &toks[d + 1..e2];
    if np.is_empty() || np.len() > 8 || !np[0].cap || np.iter().any(|t| t.in_quote) {
        return None;
    }
    let content = trim_range(toks, a, d);
    if content.0 >= content.1 {
        return None;
    }
    let mut f = simple_frame((d + 1, e2), &toks[d].lower, content, Placement::After);
    if e < b {
        f.role = Some(trim_range(toks, e + 1, b));
    }
    Some(f)
}
