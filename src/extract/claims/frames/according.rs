//! "According to" frames: "according to X, …", "…, according to X (, citing Y)", "as
//! reported by X", and "…, citing X" when X can speak.

use super::long_subject::is_source_noun;
use super::subject::is_prep;
use super::*;

/// Whether what "citing" names in `[s, e)` can speak ("citing people familiar with …",
/// "citing local authorities", "citing Ann Lee"), rather than give a reason ("citing strong
/// demand for chips"): a name or a noun for a source before any post-modifier.
pub(super) fn cites_a_speaker(toks: &[Tok], s: usize, e: usize) -> bool {
    let head_end = (s..e)
        .find(|&j| j > s && is_prep(toks[j].low()))
        .unwrap_or(e);
    let speaks = |t: &Tok| {
        t.cap || is_source_noun(t.low()) || matches!(t.low(), "him" | "her" | "them" | "it")
    };
    toks[s..head_end].iter().any(speaks)
}

/// The stricter reading of "citing" after a finished frame ("…, Xinhua reported, citing local
/// authorities"), where "citing" often gives evidence instead ("citing Trump's appeal", "citing
/// the many Americans who …"): the head before any post-modifier is a noun for a source, or
/// every word up to it is capitalised (a name).
pub(super) fn cites_a_source(toks: &[Tok], s: usize, e: usize) -> bool {
    let head_end = (s..e)
        .find(|&j| {
            let w = toks[j].low();
            j > s
                && (is_prep(w)
                    || lexicon::is_clause_word(w)
                    || matches!(w, "who" | "that" | "familiar" | "close" | ",")
                    || toks[j].kind != TokKind::Word)
        })
        .unwrap_or(e);
    if head_end == s {
        return false;
    }
    let head = toks[head_end - 1].low();
    let name = toks[s..head_end]
        .iter()
        .all(|t| t.cap && t.is_word() && !t.low().ends_with("'s") && !t.low().ends_with("’s"));
    // evidence a source rests on is read as one only when it is a record of what was found
    let record = matches!(
        head,
        "report"
            | "reports"
            | "study"
            | "data"
            | "documents"
            | "survey"
            | "poll"
            | "statement"
            | "memo"
            | "filing"
            | "filings"
            | "records"
            | "figures"
            | "estimates"
    );
    name || !toks[head_end - 1].cap
        && (record
            || lexicon::is_anonymous_head(head)
            || lexicon::is_group_head(head)
            || lexicon::is_official_word(head)
            || lexicon::is_org_word(head))
}

/// What the "citing" at `k` names up to `end` (its closing punctuation left out), when that is
/// a source by [`cites_a_source`]: the upstream of a frame ("…, Xinhua reported, citing local
/// authorities.").
pub(super) fn cited_source(toks: &[Tok], k: usize, end: usize) -> Option<(usize, usize)> {
    let mut named_end = end;
    while named_end > k + 1 && toks[named_end - 1].kind == TokKind::Punct {
        named_end -= 1;
    }
    (toks[k].is("citing") && named_end > k + 1 && cites_a_source(toks, k + 1, named_end))
        .then_some((k + 1, named_end))
}

/// "according to X, …" / "…, according to X (, citing Y)".
pub(super) fn according_to(
    toks: &[Tok],
    a: usize,
    b: usize,
    i: usize,
    len: usize,
) -> Option<Frame> {
    let s = i + len;
    // "according to NHS data — but only by 12%": a dash ends the source as a comma does
    let comma = next_comma(toks, s, b);
    let e = (s + 1..comma)
        .find(|&k| matches!(toks[k].low(), "—" | "–"))
        .unwrap_or(comma);
    if e == s {
        return None;
    }
    let src_end = {
        let mut k = e;
        while k > s && toks[k - 1].kind == TokKind::Punct {
            k -= 1;
        }
        // "(DIW)": a closing bracket whose opening one the source holds stays in it
        if k < e && toks[k].is_punct(")") && toks[s..k].iter().any(|t| t.is_punct("(")) {
            k += 1;
        }
        if k == s {
            return None;
        }
        // "according to NHS data published on Thursday": the day is when, not who, and a
        // participle left bare with it ("a poll taken Friday"), unless it has a subject of its
        // own ("figures her campaign released Friday")
        let participle = |t: &Tok| {
            t.verbish || matches!(t.low(), "taken" | "out" | "given" | "written" | "done")
        };
        match time_adjunct_start(toks, s, k) {
            Some(t)
                if t > s + 2
                    && participle(&toks[t - 1])
                    && !toks[s + 1..t - 1]
                        .iter()
                        .any(|x| lexicon::is_determiner(x.low())) =>
            {
                t - 1
            }
            Some(t) => t,
            None => k,
        }
    };
    // "Nimbus, which controls 22% of the market according to Synergy, suffered an outage":
    // the source covers only the relative clause it closes, which is read on its own
    if s > a + 1 && e + 1 < b && is_comma(&toks[e]) && inside_relative(toks, a, i) {
        return None;
    }
    // "…, citing strong demand for chips": a reason, not a source; a source names someone or
    // something that speaks before any post-modifier ("citing people familiar with …")
    if toks[i].is("citing") && !cites_a_speaker(toks, s, src_end) {
        return None;
    }
    let mut via = None;
    let mut after = e;
    // "according to the mayor, Ann Lee, …", "…, according to Ann Lee, the mayor.": a name or a
    // description set beside the source is the source's, not the content
    let before = trim_range(toks, a, i);
    let opening =
        before.0 == before.1 || (is_lead_in(toks, a, i) && words_between(toks, a, i) <= 1);
    let apposed = apposition_after(toks, (s, src_end), e, b, opening);
    if let Some((_, _, next)) = apposed {
        after = next;
    }
    if e < b && is_comma(&toks[e]) && e + 1 < b && toks[e + 1].is("citing") {
        let ve = next_comma(toks, e + 2, b);
        let mut vend = ve;
        while vend > e + 2 && toks[vend - 1].kind == TokKind::Punct {
            vend -= 1;
        }
        if vend > e + 2 {
            via = Some((e + 2, vend));
            after = ve;
        }
    }
    // "according to the state forestry department, known as Cal Fire": the source's other
    // name is part of its description, not a claim
    let alias = known_as_after(toks, after, b, opening);
    if let Some((_, end)) = alias {
        after = end;
    }
    let alias = alias.map(|(r, _)| r);
    // "according to the memo, which was seen by the AP": a relative clause on the source is
    // the writer's claim; in an opening frame it ends at its comma
    let mut side = Vec::new();
    // "…, according to Bloomberg, which cited people familiar with the matter.": the source's
    // own source is the channel's upstream, no claim
    if via.is_none()
        && after + 3 < b
        && is_comma(&toks[after])
        && matches!(toks[after + 1].low(), "which" | "who")
        && matches!(toks[after + 2].low(), "cited" | "quoted")
    {
        let ve = next_comma(toks, after + 3, b);
        let mut vend = ve;
        while vend > after + 3 && toks[vend - 1].kind == TokKind::Punct {
            vend -= 1;
        }
        if vend > after + 3 {
            via = Some((after + 3, vend));
            after = ve;
        }
    }
    if after + 1 < b
        && is_comma(&toks[after])
        && matches!(toks[after + 1].low(), "which" | "who" | "whose")
    {
        let end = if opening {
            next_comma(toks, after + 1, b)
        } else {
            b
        };
        side.push(trim_range(toks, after + 1, end));
        after = end;
    }
    // "…, according to the institute, the dpa news agency reported.": the one who reported
    // the source's words is the channel
    if !opening && via.is_none() && after < b {
        if let Some(channel) = closing_reporter(toks, after, b) {
            via = Some(channel);
            after = b;
        }
    }
    // "…, according to DHS data, as advocates warned that conditions had worsened": a clause
    // with a speaker of its own after the source is not the source's; it is read apart
    let mut rest = None;
    if !opening && after < b {
        let t = if is_comma(&toks[after]) {
            after + 1
        } else {
            after
        };
        let speaks = |t: &Tok| !t.in_quote && t.cue.is_some_and(|c| c.says());
        if t + 2 < b
            && matches!(toks[t].low(), "as" | "while" | "amid" | "when")
            && toks[t + 1..b].iter().any(speaks)
        {
            rest = Some(trim_range(toks, t, b));
            after = b;
        }
    }
    let cue = toks[i..i + len]
        .iter()
        .map(|t| t.low())
        .collect::<Vec<_>>()
        .join(" ");
    let mut content = Vec::new();
    if opening {
        // "According to X, content"
        // "according to X released Friday, …": the rest of the frame stays out
        push_range(&mut content, toks, after, b);
    } else {
        push_range(&mut content, toks, a, i);
        push_range(&mut content, toks, after, b);
    }
    if content.is_empty() {
        return None;
    }
    // a name beside a description is the source, the description its role
    let (source, role) = match apposed {
        Some((p0, p1, _)) if !describes_source(&toks[p0..p1]) => ((p0, p1), Some((s, src_end))),
        Some((p0, p1, _)) => ((s, src_end), Some((p0, p1))),
        None => ((s, src_end), alias),
    };
    Some(Frame {
        via,
        role,
        side,
        rest,
        ..Frame::new(
            Some(source),
            cue,
            if before.0 == before.1 {
                Placement::Before
            } else {
                Placement::After
            },
            content,
        )
    })
}

/// ", known as Cal Fire", ", also known as …", ", better known as …" after the source `[…,
/// after)`: the alias phrase and where it ends (its comma, or the clause's end when the frame
/// closes the clause).
fn known_as_after(
    toks: &[Tok],
    after: usize,
    b: usize,
    opening: bool,
) -> Option<((usize, usize), usize)> {
    let p0 = after + 1;
    let known = if toks.get(p0).is_some_and(|t| t.is("known")) {
        p0
    } else {
        p0 + 1
    };
    let shaped = p0 + 2 < b
        && is_comma(&toks[after])
        && (known == p0 || matches!(toks[p0].low(), "also" | "better" | "formerly" | "widely"))
        && known + 2 < b
        && toks[known].is("known")
        && toks[known + 1].is("as");
    if !shaped {
        return None;
    }
    let end = if opening { next_comma(toks, p0, b) } else { b };
    let mut r1 = end;
    while r1 > p0 && toks[r1 - 1].kind == TokKind::Punct {
        r1 -= 1;
    }
    Some(((p0, r1), end))
}

/// Whether the cue at `i` stands inside a comma-set relative clause opened after `a`
/// ("Nimbus, which controls 22% of the market according to …").
fn inside_relative(toks: &[Tok], a: usize, i: usize) -> bool {
    toks[a..i]
        .iter()
        .rposition(|t| is_comma(t) && !t.in_quote)
        .is_some_and(|c| {
            toks.get(a + c + 1)
                .is_some_and(|t| matches!(t.low(), "which" | "who" | "whose" | "where"))
        })
}

/// Whether a token opens a name: a capital that is no determiner or title ("Ann", not "The"
/// or "Mayor").
fn is_name_start(t: &Tok) -> bool {
    t.cap && !lexicon::is_determiner(t.low()) && !lexicon::is_title(t.low())
}

/// Whether `toks` describe a person: a determiner or a possessive, and a title or a word for
/// a person last ("the mayor", "the study's lead author", "a Republican strategist").
fn describes_person(toks: &[Tok]) -> bool {
    let opens = toks.first().is_some_and(|t| {
        matches!(
            t.low(),
            "the" | "a" | "an" | "its" | "his" | "her" | "their"
        )
    });
    // the head before any prepositional phrase: "the chairman of the committee"
    let head = toks
        .iter()
        .position(|t| matches!(t.low(), "of" | "at" | "for" | "in" | "on"))
        .map_or(toks.last(), |p| p.checked_sub(1).map(|h| &toks[h]));
    opens && head.is_some_and(|h| lexicon::is_title(h.low()) || lexicon::is_person_noun(h.low()))
}

/// "the EU's statistics agency", "the chairman of the committee": a description of a named
/// source, a person's or a body's, after "according to" or an inverted frame.
fn describes_source(toks: &[Tok]) -> bool {
    // the head is the last word before any post-modifier: "a survey of 4,000 voters in Ohio"
    let head_end = (1..toks.len())
        .find(|&k| matches!(toks[k].low(), "of" | "in" | "by" | "for" | "at" | "from"))
        .unwrap_or(toks.len());
    describes_person(toks)
        || toks
            .first()
            .is_some_and(|t| lexicon::is_determiner(t.low()))
            && toks[..head_end].last().is_some_and(|h| {
                let w = h.low();
                // ("watchdog" names a regulator as a body's description, not in a name)
                lexicon::is_org_word(w)
                    || lexicon::is_official_word(w)
                    || w == "watchdog"
                    || lexicon::is_document_head(w)
            })
}

/// The phrase set off by a comma at `e` right after the "according to" source `source`, when
/// it is an apposition: the name of a source described ("the mayor, Ann Lee") or the
/// description of a source named ("Ann Lee, the mayor"), short and with no verb. Before the
/// content (`opening`) a comma must close it; after the content it must end the clause. Gives
/// the phrase's range and where the content resumes. ("According to an FBI summary, Cheryl
/// Mills, a top aide, sent …": a name after no description is the content's subject.)
fn apposition_after(
    toks: &[Tok],
    source: (usize, usize),
    e: usize,
    b: usize,
    opening: bool,
) -> Option<(usize, usize, usize)> {
    if e >= b || !is_comma(&toks[e]) {
        return None;
    }
    let p0 = e + 1;
    let close = next_comma(toks, p0, b);
    let mut p1 = close;
    while p1 > p0 && toks[p1 - 1].kind == TokKind::Punct {
        p1 -= 1;
    }
    let phrase = toks.get(p0..p1)?;
    if phrase.is_empty()
        || phrase.len() > 12
        || phrase
            .iter()
            .any(|t| t.verbish || t.in_quote || t.kind == TokKind::Quote)
    {
        return None;
    }
    // ("according to Dr. Priya Raman, the county's chief medical officer": a title opening
    // the name)
    let titled_name = toks[source.0].cap
        && lexicon::is_title(toks[source.0].low().trim_end_matches('.'))
        && toks[source.0 + 1..source.1].iter().any(is_name_start);
    let named_source = is_name_start(&toks[source.0]) || titled_name;
    // "Ann Lee", "Dr. Helen Okoro", "Mayor Ann Lee": a title may open a name
    let name_shaped = is_name_start(&phrase[0])
        || phrase.len() >= 2
            && phrase[0].cap
            && lexicon::is_title(phrase[0].low())
            && phrase.last().is_some_and(|t| t.cap);
    let name = name_shaped && describes_person(&toks[source.0..source.1]);
    if !(name || named_source && describes_source(phrase)) {
        return None;
    }
    let closes = if opening {
        close < b && is_comma(&toks[close])
    } else {
        close == b && toks[p1..b].iter().all(|t| t.kind == TokKind::Punct)
    };
    closes.then_some((p0, p1, close))
}

/// ", the dpa news agency reported." closing a clause after an "according to" source: a short
/// noun phrase and a verb of saying in the past or present, nothing after them but the stop.
/// Gives the noun phrase.
fn closing_reporter(toks: &[Tok], after: usize, b: usize) -> Option<(usize, usize)> {
    let t = if is_comma(&toks[after]) {
        after + 1
    } else {
        after
    };
    let mut end = b;
    while end > t && toks[end - 1].kind == TokKind::Punct {
        end -= 1;
    }
    if end < t + 2 || end - t > 8 {
        return None;
    }
    let cue = toks[end - 1].cue?;
    let np = &toks[t..end - 1];
    (cue.says() && np.iter().all(|t| t.is_word() && !t.verbish && !t.in_quote))
        .then_some((t, end - 1))
}
