//! Where a verb frame stands relative to its content, once its subject is known: inside the
//! claim ("attacks that authorities say were …"), before it ("X said …", after a lead-in
//! "At a rally, X said …"), after it ("…, X said") or after a clause of its own ("…, and
//! officials said …").

use super::according::cited_source;
use super::subject::*;
use super::verb_shapes::CueSite;
use super::*;

mod after_cue;
mod around;
mod bounded;
mod relative;
mod tail;
pub(super) mod words;

use after_cue::{announces_what_follows, object_then_saying, reports_own_clause};
use around::{around_frame, set_in_lead};
use bounded::{conceded_frame, dash_set_frame};
use relative::relative_frame;
use tail::day_adjunct_end;
pub(super) use tail::saying_participle_content;
use words::{asserts_its_object, clause_joint, opens_subordinate, speech_participle, writer_tail};
pub(super) use words::{reaction_tail, writer_participle};

/// The frame of the cue at `site` whose subject is `src` (with appositives `side`), the words
/// before the subject ending at `lead_end`.
pub(super) fn place_frame(
    toks: &[Tok],
    site: CueSite,
    src: (usize, usize),
    side: Vec<(usize, usize)>,
    lead_end: usize,
) -> Option<Frame> {
    let CueSite {
        a,
        b,
        i,
        cue,
        cue_text,
        ..
    } = site;
    // What comes before the subject decides where the frame stands.
    let before_lead = lead_end;
    // "Still, even Mr. Lee says": a focus adverb after the lead-in belongs to the subject
    let before_lead = if before_lead >= a + 2
        && matches!(toks[before_lead - 1].low(), "even" | "also" | "only")
        && is_comma(&toks[before_lead - 2])
    {
        before_lead - 1
    } else {
        before_lead
    };
    // "…, where Reid told reporters that he had spoken to Johnson": a relative adverb opening
    // the piece is the frame's lead-in when the cue tells a hearer a clause of its own; the
    // telling happened there. ("…, where officials say the plant was built" may have its gap
    // in the reported clause, and stays whole.)
    let adverb_lead = before_lead == a + 1
        && matches!(toks[a].low(), "where" | "when")
        && !toks[a].cap
        && cue.class == CueClass::Speech
        && cue.takes_object
        && !cue.weak
        && reports_own_clause(toks, i, b, cue.takes_object);
    let lead_is_short = before_lead == a
        || adverb_lead
        || (matches!(
            toks[before_lead - 1].low(),
            "," | "but" | "and" | "so" | ":"
        ) && is_lead_in(toks, a, before_lead - 1))
        || (before_lead == a + 1
            && matches!(
                toks[a].low(),
                "although"
                    | "though"
                    | "while"
                    | "whereas"
                    | "yet"
                    | "but"
                    | "and"
                    | "so"
                    | "even"
                    | "also"
                    | "still"
                    | "meanwhile"
            )
            || lexicon::is_time_adverb(toks[a].low()))
        || (before_lead > a && leading_adjunct_end(toks, a, site.k) == Some(before_lead));
    let preceded_by_break = before_lead > a
        && (is_comma(&toks[before_lead - 1])
            || is_closing_quote(toks, before_lead - 1)
            || (toks[before_lead - 1].kind == TokKind::Quote));

    // "attacks that authorities say were carried out by …", "…, which she called “…”"
    if let Some(f) = relative_frame(toks, site, src, before_lead, adverb_lead) {
        return Some(Frame { side, ..f });
    }

    if lead_is_short {
        // "A spokesman denied that.", "Glimmr disputed the claim.": a denial of what was said
        // before, read with its verb like "denied wrongdoing"
        if let Some(e) = words::denies_what_was_said(toks, i, b, cue.base) {
            return Some(Frame {
                side,
                ..Frame::new(
                    Some(src),
                    cue_text,
                    Placement::Before,
                    vec![trim_range(toks, i, e)],
                )
            });
        }
        // "X said (that) …"
        let c = skip_after_cue(toks, i, b, cue.takes_object);
        let content_range = trim_range(toks, c, b);
        let announces = announces_what_follows(toks, content_range, b);
        if content_range.0 >= content_range.1 || announces {
            // "She added:" — the content is what follows
            if b > i + 1 && toks[b - 1].is_punct(":") && cue.class == CueClass::Speech {
                return Some(Frame {
                    side,
                    opens_next: true,
                    ..Frame::new(Some(src), cue_text, Placement::Before, Vec::new())
                });
            }
            if !preceded_by_break || before_lead == a {
                return None;
            }
        }
        // "The ministry rejected the claim, saying most nurses were paid": the cue's object,
        // then a participle of saying that opens what was said
        let content_range = object_then_saying(toks, content_range).unwrap_or(content_range);
        // "People like Scott, he said.": nothing after the cue, so fall through to the
        // frame after its content below
        if content_range.0 < content_range.1 {
            // "He added a note of caution": an object, not reported content; but "The firm
            // confirmed a breach" asserts the breach
            if !cue.weak
                && !cue.takes_object
                && matches!(toks[content_range.0].low(), "a" | "an")
                && !clause_follows(toks, content_range.0, b)
                && !matches!(toks[i].low(), "said" | "says" | "say")
                && !asserts_its_object(toks[i].low())
                // "A 2021 report found a tear in the liner": a document's finding
                && !(cue.class == CueClass::Finding
                    && toks[src.0..src.1]
                        .iter()
                        .any(|t| lexicon::is_document_head(t.low())))
            {
                return None;
            }
            // "The plan, an inside source said, is to …": the subject before the frame
            // ("In a statement, Eskom said unplanned outages …" has no comma after its cue)
            if before_lead > a + 1
                && is_comma(&toks[before_lead - 1])
                && is_verbish(&toks[content_range.0])
                && (is_comma(&toks[content_range.0 - 1])
                    || toks[content_range.0 - 1].is("that") && is_comma(&toks[content_range.0 - 2]))
                && (toks[a].cap || lexicon::is_determiner(&toks[a].lower))
                && !toks[a..before_lead - 1]
                    .iter()
                    .any(|t| is_verbish(t) || t.kind == TokKind::Quote)
            {
                return Some(Frame {
                    side,
                    ..Frame::new(
                        Some(src),
                        cue_text,
                        Placement::After,
                        vec![trim_range(toks, a, before_lead - 1), content_range],
                    )
                });
            }
            if before_lead > a && is_comma(&toks[before_lead - 1]) {
                let c = skip_after_cue(toks, i, b, cue.takes_object);
                if let Some(lead) = set_in_lead(toks, a, before_lead - 1, i, c) {
                    return Some(around_frame(src, cue_text, side, lead, content_range));
                }
            }
            // "While he has said he will fight on, Sanders must decide …": a concession ends
            // at the comma before the main clause, which is the writer's
            if let Some(f) = conceded_frame(toks, &site, src, before_lead, content_range) {
                return Some(Frame { side, ..f });
            }
            // a frame right after a quote: "“…” Varki recalled the officers asking, …"
            return Some(Frame {
                side,
                ..Frame::new(Some(src), cue_text, Placement::Before, vec![content_range])
            });
        }
    }
    // "At a breakfast the next morning, Cruz said …", "Asked about it, Lee said …",
    // "When the deal collapsed, officials said …": a lead-in, not content
    // the lead ends with a comma, or with a comma inside a closing quotation mark
    let lead_end = if before_lead > a && is_comma(&toks[before_lead - 1]) {
        Some(before_lead - 1)
    } else if before_lead > a + 1
        && is_closing_quote(toks, before_lead - 1)
        && is_comma(&toks[before_lead - 2])
    {
        Some(before_lead - 2)
    } else {
        None
    };
    if let (true, Some(le)) = (preceded_by_break, lead_end) {
        let lead = &toks[a..le];
        let first = lead.first().map(|t| t.low()).unwrap_or("");
        // "Ever since the vote, …", "Shortly after the vote, …": an adverb before the
        // subordinator
        let second = lead.get(1).map(|t| t.low()).unwrap_or("");
        // "Still, while the industry …,", "But although …,": a discourse word before it
        let after_discourse = matches!(
            first,
            "still" | "but" | "and" | "yet" | "so" | "even" | "however" | "meanwhile"
        ) && lead
            .iter()
            .skip(1)
            .find(|t| !is_comma(t))
            .is_some_and(|t| opens_subordinate(t.low()));
        let subordinate = opens_subordinate(first)
            || after_discourse
            || (matches!(
                first,
                "ever" | "just" | "long" | "right" | "soon" | "shortly"
            ) && matches!(
                second,
                "since" | "after" | "before" | "when" | "as" | "until"
            ));
        let participle = lead.first().is_some_and(|t| {
            t.cap && (t.lower.ends_with("ed") || t.lower.ends_with("ing"))
                || matches!(
                    t.low(),
                    "in" | "at" | "on" | "during" | "after" | "before" | "with" | "for" | "asked"
                )
        }) && (matches!(
            lead.first().map(|t| t.low()).unwrap_or(""),
            "asked"
                | "pressed"
                | "questioned"
                | "speaking"
                | "writing"
                | "responding"
                | "based"
                | "reached"
                | "interviewed"
                | "reacting"
                | "commenting"
                | "referring"
        ) || !lead.iter().skip(1).any(|t| is_verbish(t))
            // "In a poll released Monday,", "At a rally held in Ohio,": a participle that
            // modifies the noun before it
            || (!t_cap_ing(lead)
                && lead.len() <= 12
                && !lead.iter().any(|t| is_finite_marker(t.low()))));
        if (participle || subordinate && !lead.iter().any(|t| t.kind == TokKind::Quote))
            && !lead.iter().any(|t| t.in_quote && is_verbish(t))
        {
            let c = skip_after_cue(toks, i, b, cue.takes_object);
            let content_range = trim_range(toks, c, b);
            if content_range.0 < content_range.1 {
                if let Some(lead) = set_in_lead(toks, a, le, i, c) {
                    return Some(around_frame(src, cue_text, side, lead, content_range));
                }
                let prefix = trim_range(toks, a, le);
                return Some(Frame {
                    side,
                    prefix: (subordinate && prefix.0 < prefix.1).then_some(prefix),
                    ..Frame::new(Some(src), cue_text, Placement::Before, vec![content_range])
                });
            }
        }
    }
    if preceded_by_break {
        // "…, X said (on Friday)(, and …)"
        let c = {
            let mut c = i + 1;
            if cue.takes_object {
                c = object_np_end(toks, c, b).max(c);
            }
            c
        };
        let e = next_comma(toks, c, b);
        // the rest of the frame must be short and clause-free
        let adjunct_only = !toks[c..e].iter().any(|t| t.verbish);
        // "…, officials said the border would stay shut.": a short clause is still content
        let short_clause = !adjunct_only && clause_follows(toks, c, e);
        let tail_start = if (e - c <= 6 && !toks[c..e].iter().any(|t| t.in_quote) && !short_clause)
            || (e - c <= 14 && adjunct_only)
        {
            e
        } else {
            c
        };
        let mut content = Vec::new();
        push_range(&mut content, toks, a, before_lead);
        // a tail opening a subordinate clause is the writer's, not the source's
        let mut rest = None;
        let mut via = None;
        let mut tail = trim_range(toks, tail_start, b);
        // "…,” Lee said Friday as he left": a day belongs to the frame
        let past_day = day_adjunct_end(toks, tail.0, tail.1);
        if past_day > tail.0 && past_day < tail.1 && opens_subordinate(toks[past_day].low()) {
            tail.0 = past_day;
        }
        while tail.0 < tail.1 {
            let opener = toks[tail.0].low();
            // "Sales fell, the firm said, because demand slowed": the reason set after a
            // frame in reported speech is the source's (unless it has a frame of its own:
            // "…, because he said …"); after a quotation, the writer's
            let reason_reported = matches!(opener, "because" | "since")
                && !toks[a..before_lead].iter().any(|t| t.in_quote)
                && !toks[tail.0..tail.1].iter().any(|t| t.cue.is_some());
            if reason_reported {
                content.push(tail);
            } else if writer_tail(opener) || writer_participle(&toks[tail.0]) {
                // "…, she said, clutching the lectern": the writer describing the speaker
                rest = Some(tail);
            } else if matches!(
                opener,
                "according" | "via" | "citing" | "in" | "on" | "during"
            ) || speech_participle(opener)
                && !toks[tail.0..tail.1]
                    .iter()
                    .any(|t| t.verbish && !t.in_quote)
            {
                // "…, she said, according to a transcript." / "via email.": still the frame;
                // "…, Xinhua reported, citing local authorities.": the channel's own source
                via = cited_source(toks, tail.0, tail.1);
                // "…, Amnesty said in a report released on Thursday, accusing …": past the
                // frame's adjunct, a comma-set tail of its own is read in turn
                let next = (tail.0 + 1..tail.1)
                    .find(|&k| is_comma(&toks[k]) && !toks[k].in_quote)
                    .filter(|&k| {
                        k + 1 < tail.1
                            && (toks[k + 1].low().ends_with("ing")
                                || writer_tail(toks[k + 1].low()))
                    });
                if let (None, Some(k), true) = (via, next, matches!(opener, "in" | "on" | "during"))
                {
                    tail.0 = k + 1;
                    continue;
                }
            } else if reaction_tail(toks, tail) {
                // "…,” he added, to more laughter.": the room's reaction, the frame's
            } else if let Some(c) = saying_participle_content(toks, tail) {
                // "…,” Lee said, adding that he would appeal": the same speaker goes on
                content.push(c);
            } else {
                content.push(tail);
            }
            break;
        }
        if content.is_empty() {
            return None;
        }
        return Some(Frame {
            side,
            rest,
            via,
            ..Frame::new(Some(src), cue_text, Placement::After, content)
        });
    }
    // "The plan — a former aide said — was never approved": the frame set off by dashes
    if let Some(f) = dash_set_frame(toks, &site, src, before_lead) {
        return Some(Frame { side, ..f });
    }
    // "…and officials said …": the words before are a clause of their own
    // "Although in March she said …": the same with a time adjunct after the joining word
    let joint = clause_joint(toks, a, before_lead);
    let clause = clause_follows(toks, before_lead, b)
        || (src.1 - src.0 <= 4 && (toks[i].verbish || !toks[i].low().ends_with('s')));
    if let (Some(joint), true) = (joint, clause) {
        let c = skip_after_cue(toks, i, b, cue.takes_object);
        let content_range = trim_range(toks, c, b);
        let announces = announces_what_follows(toks, content_range, b);
        if content_range.0 >= content_range.1 || announces {
            return None;
        }
        let prefix = trim_range(toks, a, joint - 1);
        let subordinate = !matches!(toks[joint - 1].low(), "and" | "but" | "—" | "–" | "-");
        // "When in March she said the plan failed, nobody listened": what she said ends at
        // the comma before the main clause, which is the writer's
        let main = subordinate
            .then(|| {
                (content_range.0 + 2..content_range.1).find(|&q| {
                    is_comma(&toks[q]) && !toks[q].in_quote && clause_follows(toks, q + 1, b)
                })
            })
            .flatten();
        let (content_range, rest) = match main {
            Some(q) => (
                trim_range(toks, content_range.0, q),
                Some(trim_range(toks, q + 1, b)),
            ),
            None => (content_range, None),
        };
        return Some(Frame {
            side,
            prefix: (prefix.0 < prefix.1).then_some(prefix),
            subordinate,
            rest,
            ..Frame::new(Some(src), cue_text, Placement::Before, vec![content_range])
        });
    }
    None
}
