//! Words that decide where a frame's content starts: verbs that assert their object,
//! participles of the speaking or of the writer, subordinating conjunctions.

use super::*;

/// "confirmed a breach", "acknowledged a rift", "announced a recall": a verb whose object is a
/// state of affairs the speaker asserts.
pub(super) fn asserts_its_object(verb: &str) -> bool {
    [
        "acknowledg",
        "confirm",
        "announc",
        "admit",
        "disclos",
        "reveal",
        "predict",
        "forecast",
        "estimat",
        // "pointed to a decline in homicides": the evidence a speaker cites
        "point",
        "alleg",
        "conced",
        "reported",
    ]
    .iter()
    .any(|stem| verb.starts_with(stem))
}

/// "…, she said, referring to the mayor": a participle that describes the speaking itself
/// belongs to the frame.
pub(super) fn speech_participle(word: &str) -> bool {
    matches!(
        word,
        "referring" | "speaking" | "quoting" | "referencing" | "alluding" | "paraphrasing"
    )
}

/// "…, she said, clutching the lectern": a participle (not a reporting verb, not a preposition
/// such as "according" or "during") that describes the speaker is the writer's.
pub(in crate::extract::claims::frames) fn writer_participle(t: &Tok) -> bool {
    let w = t.low();
    w.len() > 5
        && w.ends_with("ing")
        && t.cue.is_none()
        && !t.cap
        && !speech_participle(w)
        && !matches!(
            w,
            "according" | "during" | "including" | "regarding" | "concerning"
        )
}

/// Whether a lead-in opens with a subordinating conjunction ("When the deal collapsed, …").
pub(in crate::extract::claims::frames) fn opens_subordinate(w: &str) -> bool {
    matches!(
        w,
        "when"
            | "as"
            | "after"
            | "before"
            | "if"
            | "while"
            | "although"
            | "though"
            | "because"
            | "since"
            | "once"
            | "until"
            | "whether"
            | "even"
    )
}

/// Words that join a clause of its own before a subject: "and", a dash, a subordinator.
fn joins_clause(w: &str) -> bool {
    matches!(
        w,
        "and"
            | "—"
            | "-"
            | "–"
            | "but"
            | "while"
            | "as"
            | "because"
            | "after"
            | "before"
            | "when"
            | "since"
            | "until"
            | "once"
            | "if"
            | "although"
            | "though"
            | "whereas"
    )
}

/// Where the subject at `subject` follows a joining word ("… and officials said", "when she
/// said"), or a joining word and a time adjunct ("Although in March she said"): the token after
/// the joining word.
pub(super) fn clause_joint(toks: &[Tok], a: usize, subject: usize) -> Option<usize> {
    if subject > a && joins_clause(toks[subject - 1].low()) {
        return Some(subject);
    }
    (a..subject.saturating_sub(2))
        .rev()
        .take(4)
        .find(|&p| {
            joins_clause(toks[p].low())
                && leading_adjunct_end(toks, p + 1, subject + 1) == Some(subject)
        })
        .map(|p| p + 1)
}

/// A word opening a clause after a postposed frame that is the writer's, not the source's:
/// "…, she said, as she left", "…, who …".
pub(super) fn writer_tail(w: &str) -> bool {
    matches!(
        w,
        "as" | "while"
            | "when"
            | "because"
            | "although"
            | "though"
            | "after"
            | "before"
            | "since"
            | "whereas"
            | "who"
            | "which"
            | "where"
    )
}

/// "…,” he added, to more laughter.", "…, said Ann Lee, to applause.": how the room took the
/// words (`to` or `amid` and a noun for a crowd's reaction, no verb), part of the frame.
pub(in crate::extract::claims::frames) fn reaction_tail(
    toks: &[Tok],
    (a, b): (usize, usize),
) -> bool {
    let reaction = |w: &str| {
        matches!(
            w,
            "applause"
                | "laughter"
                | "laughs"
                | "cheers"
                | "boos"
                | "jeers"
                | "gasps"
                | "groans"
                | "murmurs"
                | "whoops"
                | "chants"
                | "heckles"
                | "heckling"
                | "silence"
        )
    };
    a < b
        && matches!(toks[a].low(), "to" | "amid")
        && b - a <= 8
        && toks[a + 1..b].iter().any(|t| reaction(t.low()))
        && !toks[a..b].iter().any(|t| t.verbish || t.in_quote)
}

/// "denied that.", "disputed this.", "rejected the claim.", "denied the allegations on
/// Friday.": a verb of denial or assent whose object is only a pronoun or a noun for what was
/// said before; returns where the clause ends. The act is the claim, with its verb.
pub(in crate::extract::claims::frames) fn denies_what_was_said(
    toks: &[Tok],
    i: usize,
    b: usize,
    base: &str,
) -> Option<usize> {
    if !matches!(
        base,
        "deny" | "dispute" | "reject" | "rebut" | "confirm" | "contest" | "challenge" | "dismiss"
    ) || toks[i].in_quote
        || toks[i].low().ends_with("ing")
    {
        return None;
    }
    let mut e = b;
    while e > i + 1 && toks[e - 1].kind == TokKind::Punct {
        e -= 1;
    }
    let words: Vec<&str> = toks[i + 1..e].iter().map(|t| t.low()).collect();
    // "the claim", "the allegations": a noun for what was said, in either number
    let said_noun = |w: &str| {
        lexicon::is_said_thing(w) || w.strip_suffix('s').is_some_and(lexicon::is_said_thing)
    };
    let det = |w: &str| {
        matches!(
            w,
            "the" | "that" | "this" | "these" | "those" | "such" | "any"
        )
    };
    let object = match words.as_slice() {
        ["that" | "this" | "it" | "them" | "so"] => true,
        [d, n] => det(d) && said_noun(n),
        [d, _, n] => det(d) && said_noun(n) && !toks[i + 2].cap && toks[i + 2].is_word(),
        _ => false,
    };
    object.then_some(b)
}
