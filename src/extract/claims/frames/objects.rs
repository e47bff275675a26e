//! The object of a cue that is no reported clause: a plain noun phrase ("denied the
//! allegations") or the subject's own aim ("vowed to fight the ruling"), which keeps its verb in
//! the claim.

use super::*;

/// "The senator denied the allegations.", "Hollis conceded defeat.", "Experts urged caution.":
/// a cue whose object is a plain noun phrase asserts the act, not the noun phrase, so the verb
/// stays in the claim ("denied the allegations") while the speaker stays its source.
pub(super) fn noun_object_keeps_its_verb(toks: &[Tok], f: &mut Frame) {
    if f.placement != Placement::Before || f.source.is_none() || f.content.len() != 1 {
        return;
    }
    let (c0, c1) = f.content[0];
    let plain_np = c0 > 0
        && c1 > c0
        && toks[c0 - 1].cue.is_some_and(|c| !object_is_the_content(&c))
        && !toks[c0 - 1].in_quote
        && toks[c0].is_word()
        && !matches!(
            toks[c0].low(),
            "that" | "to" | "how" | "why" | "what" | "whether"
        )
        && !clause_follows(toks, c0, c1)
        && toks[c0..c1].iter().enumerate().all(|(j, t)| {
            !t.verbish
                && !t.in_quote
                && t.kind != TokKind::Quote
                && !t.is_punct(":")
                // "urged caution": a cue's noun right after the verb is its object
                && (t.cue.is_none() || j == 0)
                && !subject::is_finite_marker(t.low())
                && clitic_subject(t.low()).is_none()
                && !matches!(
                    t.low(),
                    "that" | "can" | "could" | "should" | "may" | "might" | "must" | "won't"
                )
                // "called for the U.S. to step up": an infinitive is a clause of its own
                && !(t.is("to") && toks.get(c0 + j + 1).is_some_and(|n| n.is_word() && !n.cap))
        });
    // "expects to declare the results", "vowed to fight the ruling": the subject's own aim,
    // read with its verb rather than as a bare "to declare …"
    let own_aim = c0 > 0
        && c0 + 1 < c1
        && toks[c0].is("to")
        && toks[c0 - 1]
            .cue
            .is_some_and(|c| states_an_aim(&c) || refuses_a_deed(&c, toks[c0 + 1].low()))
        && !toks[c0 - 1].in_quote
        && toks[c0 + 1].is_word()
        && !toks[c0 + 1].cap;
    // "accused Kyiv of attacking energy facilities": the charge is read with its verb, since
    // "Kyiv of attacking …" alone asserts nothing
    let charge = c0 > 0
        && toks[c0 - 1]
            .cue
            .is_some_and(|c| matches!(c.base, "accuse" | "blame" | "charge"))
        && !toks[c0 - 1].in_quote
        && (c0 + 1..c1.min(c0 + 7)).any(|k| matches!(toks[k].low(), "of" | "for"))
        && !clause_or_quote_before_charge(&toks[c0..c1]);
    if plain_np || own_aim || charge {
        f.content[0].0 = c0 - 1;
    } else if let Some(v) = request_of(toks, c0, c1) {
        f.content[0].0 = v;
    }
}

/// Cues whose object is what is asserted: verbs that all but always report a clause, even when
/// a verb in it is not known as one ("said the law unfairly targets …", "a poll shows Sanders
/// leading"), and verbs of forecasts and figures ("had forecast a rise of 0.3%", "reported
/// £2.17 billion in revenue").
fn object_is_the_content(cue: &lexicon::Cue) -> bool {
    matches!(
        cue.base,
        "say"
            | "tell"
            | "show"
            | "find"
            | "think"
            | "believe"
            | "know"
            | "feel"
            | "hope"
            | "expect"
            | "fear"
            | "argue"
            | "insist"
            | "warn"
            | "suggest"
            | "add"
            | "write"
            | "explain"
            | "forecast"
            | "predict"
            | "estimate"
            | "project"
            | "anticipate"
            | "report"
    )
}

/// Verbs whose "to" infinitive is the subject's own aim or undertaking: "expects to",
/// "vowed to", "promised to", "threatened to", "hopes to", "pledged to"; a wish ("The club
/// wants to sell him") likewise, since "to sell him" alone asserts nothing.
fn states_an_aim(cue: &lexicon::Cue) -> bool {
    matches!(
        cue.base,
        "expect" | "vow" | "promise" | "threaten" | "hope" | "pledge" | "want" | "intend" | "wish"
    )
}

/// "has refused to rule out tax rises", "declined to deny the report": a refusal of a deed or a
/// stance is read with its verb, since "to rule out tax rises" alone says the opposite. A
/// refusal to speak ("declined to comment", "refused to say whether") is a no-comment record,
/// read elsewhere.
fn refuses_a_deed(cue: &lexicon::Cue, verb: &str) -> bool {
    matches!(cue.base, "refuse" | "decline")
        && !matches!(
            verb,
            "say"
                | "comment"
                | "confirm"
                | "discuss"
                | "elaborate"
                | "answer"
                | "respond"
                | "disclose"
                | "reveal"
                | "identify"
                | "name"
                | "specify"
                | "provide"
                | "give"
                | "speak"
                | "talk"
                | "address"
                | "explain"
        )
}

/// "asks the court to order an audit", "urged residents not to travel": a request that someone
/// act, whose content would be a bare "to order an audit"; where its verb stands, so that the
/// claim keeps the verb and the one asked.
fn request_of(toks: &[Tok], c0: usize, c1: usize) -> Option<usize> {
    let to = if toks[c0].is("not") { c0 + 1 } else { c0 };
    if to + 1 >= c1 || !toks[to].is("to") || !toks[to + 1].is_word() || toks[to + 1].cap {
        return None;
    }
    let v = (c0.saturating_sub(6)..c0)
        .rev()
        .find(|&k| toks[k].cue.is_some())?;
    let asks = toks[v].cue.is_some_and(|c| {
        matches!(
            c.base,
            "ask" | "urge" | "implore" | "beg" | "press" | "encourage" | "advise"
        )
    });
    let hearer = v + 1 < c0
        && toks[v + 1..c0]
            .iter()
            .all(|t| t.is_word() && !t.in_quote && !t.verbish && !t.is("that"));
    (asks && hearer && !toks[v].in_quote).then_some(v)
}

/// Whether the content after "accused" holds a "that" clause, or a quotation before its "of" or
/// "for" ("accused Ruiz of “scapegoating farmers”" quotes only the charge, after "of").
fn clause_or_quote_before_charge(content: &[Tok]) -> bool {
    let charge_at = content
        .iter()
        .position(|t| matches!(t.low(), "of" | "for"))
        .unwrap_or(content.len());
    content
        .iter()
        .enumerate()
        .any(|(j, t)| t.is("that") && !t.in_quote || t.in_quote && j <= charge_at)
}
