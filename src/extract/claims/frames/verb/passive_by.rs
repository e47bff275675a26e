//! A reporting verb in the passive with its agent after "by": "Her death was confirmed by her
//! son, Anders Solberg.", "The death was announced by the family in a statement."

use super::*;

/// The frame of a passive reporting verb at `i` with its agent after "by" ("was confirmed by
/// her son, Anders Solberg"): the agent is the source, and the clause up to the verb ("Her death
/// was confirmed") the claim. None for verbs that report nothing in the passive, and for a
/// chamber's vote ("was confirmed by the Senate").
pub(super) fn passive_by_agent(toks: &[Tok], a: usize, b: usize, i: usize) -> Option<Frame> {
    let word = toks[i].low();
    let reports = matches!(
        word,
        "confirmed" | "announced" | "reported" | "disclosed" | "revealed" | "stated"
    );
    if !reports || i == a || i + 2 >= b || !toks[i + 1].is("by") {
        return None;
    }
    let s = i + 2;
    let stop = |t: &Tok| {
        t.kind != TokKind::Word
            || matches!(
                t.low(),
                "in" | "on"
                    | "at"
                    | "after"
                    | "before"
                    | "during"
                    | "via"
                    | "through"
                    | "to"
                    | "that"
                    | "who"
                    | "which"
                    | "when"
                    | "as"
                    | "with"
                    | "from"
                    | "and"
            )
    };
    let mut e = s;
    while e < b && !stop(&toks[e]) {
        e += 1;
    }
    let e = time_adjunct_start(toks, s, e).unwrap_or(e);
    if e == s {
        return None;
    }
    let last = toks[e - 1].low();
    if matches!(
        last,
        "senate" | "house" | "parliament" | "assembly" | "congress" | "vote" | "voters" | "court"
    ) {
        return None;
    }
    // "by her son, Anders Solberg": a name set after the agent names it
    let mut source = (s, e);
    let mut role = None;
    if e + 1 < b && is_comma(&toks[e]) && toks[e + 1].cap {
        let n = (e + 1..b)
            .take_while(|&k| toks[k].cap && toks[k].kind == TokKind::Word)
            .count();
        let after = e + 1 + n;
        if n >= 2 && (after == b || toks[after].kind == TokKind::Punct) {
            role = Some((s, e));
            source = (e + 1, after);
        }
    }
    let content = trim_range(toks, a, i + 1);
    if content.0 >= content.1 {
        return None;
    }
    // "…, who said the cause was pneumonia": a clause set after the agent is a claim of its
    // own ("by the family in a statement" is still the frame's)
    let rest = (source.1 + 1 < b
        && is_comma(&toks[source.1])
        && matches!(toks[source.1 + 1].low(), "who" | "which"))
    .then_some((source.1 + 1, b));
    Some(Frame {
        role,
        rest,
        ..Frame::new(
            Some(source),
            format!("{word} by"),
            Placement::Embedded,
            vec![content],
        )
    })
}

/// "is believed to have told", "are understood to have said", "was reportedly said to have
/// warned": where the auxiliary of a hedging passive before a perfect infinitive cue stands.
pub(super) fn hearsay_perfect(toks: &[Tok], a: usize, i: usize) -> Option<usize> {
    if i < a + 4 || !toks[i - 1].is("have") || !toks[i - 2].is("to") {
        return None;
    }
    let participle = matches!(
        toks[i - 3].low(),
        "believed"
            | "said"
            | "understood"
            | "reported"
            | "thought"
            | "alleged"
            | "rumoured"
            | "rumored"
    );
    let mut aux = i - 4;
    // "is widely believed to have …"
    if aux > a && toks[aux].low().ends_with("ly") {
        aux -= 1;
    }
    let is_aux = matches!(toks[aux].low(), "is" | "are" | "was" | "were");
    (participle && is_aux).then_some(aux)
}

#[cfg(test)]
mod tests {
    /// A claim's text, and its first source's name, role and cue.
    type Seen = (String, Option<String>, Option<String>, Option<String>);

    /// The claims of `text` as `Seen`.
    fn claims(text: &str) -> Vec<Seen> {
        crate::extract::extract(text)
            .claims
            .iter()
            .map(|c| {
                let s = c.sources.first();
                (
                    c.span.of(text).to_string(),
                    s.map(|s| s.name.clone()),
                    s.and_then(|s| s.role.clone()),
                    s.and_then(|s| s.cue.clone()),
                )
            })
            .collect()
    }

    #[test]
    fn the_agent_of_a_passive_reporting_verb_is_the_source() {
        let text = "Ola Berg died on Monday. His death was confirmed by his daughter, Kari Berg.";
        let c = claims(text);
        assert_eq!(c[1].0, "His death was confirmed");
        assert_eq!(c[1].1.as_deref(), Some("Kari Berg"));
        assert_eq!(c[1].2.as_deref(), Some("his daughter"));
        assert_eq!(c[1].3.as_deref(), Some("confirmed by"));
        let c = claims("The merger was announced by Acme Corp on Monday.");
        assert_eq!(c[0].0, "The merger was announced");
        assert_eq!(c[0].1.as_deref(), Some("Acme Corp"));
        // a chamber's vote reports nothing
        let c = claims("Jo Lee was confirmed by the Senate in March.");
        assert_eq!(c[0].1, None);
    }
}
