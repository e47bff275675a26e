//! Wire formulas that tuck a source into a clause: "Xinhua quoted ministry spokesperson Lin
//! Haoran as saying …", "he was quoted as saying …", "a video it said showed …".

use super::*;

/// The frame around the "saying" at `i` of "quoted X as saying": the one quoted is the source,
/// the one who quoted them (the clause's subject, or the agent after "by") the channel it came
/// through. Content before the frame ("“…,” Xinhua quoted Lin as saying.") or after it ("…
/// as saying that China would respond").
pub(super) fn quoted_as_saying(toks: &[Tok], a: usize, b: usize, i: usize) -> Option<Frame> {
    if i < a + 3 || !toks[i - 1].is("as") || toks[i].in_quote {
        return None;
    }
    let q = (a..i - 1).rev().take(12).find(|&k| toks[k].is("quoted"))?;
    let plain = |t: &Tok| t.kind == TokKind::Word && !t.verbish && !t.in_quote;
    let np_back = |end: usize| {
        let mut s = end;
        while s > a && plain(&toks[s - 1]) && end - s < 8 {
            s -= 1;
        }
        s
    };
    let passive = q > a && matches!(toks[q - 1].low(), "was" | "were" | "is" | "are" | "been");
    let (source, via, subject_start) = if passive {
        // "he was quoted (by Xinhua) as saying"
        let s = np_back(q - 1);
        // ("quoted by Xinhua as saying", or "quoted as saying by the Interfax news agency")
        let via = (toks[q + 1].is("by") && q + 2 < i - 1)
            .then_some((q + 2, i - 1))
            .or_else(|| agent_after_saying(toks, i, b));
        ((s, q - 1), via, s)
    } else {
        // "Xinhua quoted ministry spokesperson Lin Haoran as saying"
        let s = np_back(q);
        ((q + 1, i - 1), (s < q).then_some((s, q)), s)
    };
    let (s0, s1) = source;
    if s0 >= s1 || !toks[s0..s1].iter().all(plain) || s1 - s0 > 8 {
        return None;
    }
    let before = trim_range(toks, a, subject_start);
    let (placement, content) = if before.0 < before.1 {
        (Placement::After, before)
    } else {
        let c = skip_adjuncts(toks, i + 1, b);
        (Placement::Before, trim_range(toks, c, b))
    };
    if content.0 >= content.1 {
        return None;
    }
    Some(Frame {
        via,
        ..Frame::new(Some(source), "quoted as saying", placement, vec![content])
    })
}

/// "… as saying by the Interfax news agency.": the agent closing the clause after "saying".
fn agent_after_saying(toks: &[Tok], i: usize, b: usize) -> Option<(usize, usize)> {
    let mut end = b;
    while end > i + 1 && toks[end - 1].kind == TokKind::Punct {
        end -= 1;
    }
    let agent = toks.get(i + 1)?.is("by")
        && i + 2 < end
        && end - i <= 8
        && toks[i + 2..end]
            .iter()
            .all(|t| t.kind == TokKind::Word && !t.verbish && !t.in_quote);
    agent.then_some((i + 2, end))
}

/// "The ministry published a video it said showed soldiers raising a flag": the source's
/// words about a thing the clause names, in a relative clause with no pronoun of its own. The
/// pronoun (standing for the clause's subject) is the source of what follows its verb; the
/// clause up to the thing is the writer's.
pub(super) fn it_said_showed(toks: &[Tok], a: usize, b: usize, i: usize) -> Option<Frame> {
    if i < a + 3 || i + 2 >= b || !matches!(toks[i].low(), "said" | "says") {
        return None;
    }
    let (pronoun, thing, next) = (&toks[i - 1], &toks[i - 2], &toks[i + 1]);
    let fits = matches!(pronoun.low(), "it" | "they" | "he" | "she")
        && thing.kind == TokKind::Word
        && !thing.verbish
        && !thing.in_quote
        && !matches!(
            thing.low(),
            "that" | "which" | "who" | "and" | "but" | "as" | "what"
        )
        && next.verbish
        && !next.in_quote;
    if !fits {
        return None;
    }
    let subject_end = (a + 1..i - 2).find(|&k| toks[k].verbish)?;
    Some(Frame {
        antecedent: Some((a, subject_end)),
        prefix: Some((a, i - 1)),
        ..Frame::new(
            Some((i - 1, i)),
            toks[i].low(),
            Placement::Before,
            vec![trim_range(toks, i + 1, b)],
        )
    })
}

#[cfg(test)]
mod tests {
    use super::super::super::tests::claims_with_channel as claims;

    #[test]
    fn the_one_quoted_is_the_source_and_the_one_quoting_the_channel() {
        let c = claims("\"The Chinese side firmly opposes any military contact,\" Xinhua quoted ministry spokesperson Lin Haoran as saying.");
        assert_eq!(c.len(), 1, "{c:?}");
        assert_eq!(
            c[0].0,
            "\"The Chinese side firmly opposes any military contact,\""
        );
        assert_eq!(c[0].1.as_deref(), Some("Lin Haoran"));
        assert_eq!(c[0].2.as_deref(), Some("Xinhua"));
        let c = claims("Xinhua quoted Lin Haoran as saying that China would take countermeasures.");
        assert_eq!(c.len(), 1, "{c:?}");
        assert_eq!(c[0].0, "China would take countermeasures.");
        assert_eq!(c[0].1.as_deref(), Some("Lin Haoran"));
        let c = claims(
            "The talks have stalled, Lavrov was quoted as saying by the Interfax news agency.",
        );
        assert_eq!(c[0].0, "The talks have stalled");
        assert_eq!(c[0].2.as_deref(), Some("Interfax news agency"));
        let c = claims("Officials met on Monday. \"They shot straight at us,\" he was quoted as saying in the report.");
        assert_eq!(c[1].0, "\"They shot straight at us,\"");
        assert!(c[1].1.is_some(), "{c:?}");
    }

    #[test]
    fn a_thing_a_source_said_showed_something_gives_the_source_its_words() {
        let c = claims("The ministry published a video it said showed Russian soldiers raising a flag over a school.");
        assert_eq!(c.len(), 2, "{c:?}");
        assert_eq!(c[0].0, "The ministry published a video");
        assert_eq!(c[0].1, None);
        assert_eq!(
            c[1].0,
            "showed Russian soldiers raising a flag over a school."
        );
        assert_eq!(c[1].1.as_deref(), Some("the ministry"));
    }
}
