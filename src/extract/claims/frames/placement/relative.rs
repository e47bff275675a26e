//! A frame inside a relative clause: "attacks that authorities say were carried out by …",
//! "the man, who police say is known to her, is due in court", "…, which she called “about as
//! bad as it gets”". The clause is the content, and the main clause may resume after it.

use super::*;

/// The frame of the cue at `site` when its subject `src` stands right after a relative word
/// ending the words before it at `before_lead`; `None` for any other shape.
pub(super) fn relative_frame(
    toks: &[Tok],
    site: CueSite,
    src: (usize, usize),
    before_lead: usize,
    adverb_lead: bool,
) -> Option<Frame> {
    let CueSite {
        a,
        b,
        i,
        cue,
        cue_text,
        ..
    } = site;
    // "attacks that authorities say were carried out by …"; "what analysts said was a sign
    // of …" (a free relative needs its verb right after the cue)
    // the relative pronoun is the object of a verb that names or judges it ("which she
    // called …", "that residents criticised as reckless")
    let mut gap_named = false;
    let relative = before_lead > a
        && !adverb_lead
        && match toks[before_lead - 1].low() {
            "that" | "which" | "who" | "where" | "when" => {
                // "which state media claimed now allows …": past an adverb, a verb in "-s"
                let present = |t: &Tok| {
                    let w = t.low();
                    !t.cap && ends_in_s(w)
                };
                let adverb_then_verb = i + 2 < b
                    && matches!(toks[i + 1].low(), "now" | "also" | "still" | "already")
                    && (is_verbish(&toks[i + 2]) || present(&toks[i + 2]));
                // "…, which she called “about as bad as it gets”", "which he described as
                // a relief": the pronoun is the object of a verb that names or describes it
                let names_the_gap = i + 1 < b
                    && matches!(
                        cue.base,
                        "call"
                            | "describe"
                            | "characterize"
                            | "characterise"
                            | "label"
                            | "dub"
                            | "brand"
                            | "deem"
                            | "tout"
                            | "portray"
                            | "hail"
                            | "criticise"
                            | "criticize"
                            | "condemn"
                            | "denounce"
                            | "dismiss"
                            | "decry"
                            | "praise"
                            | "welcome"
                            | "slam"
                            | "blast"
                            | "ridicule"
                            | "mock"
                    )
                    && (toks[i + 1].kind == TokKind::Quote || toks[i + 1].is("as"))
                    // the clause ends the sentence, or is set off before the main verb ("In a
                    // clip that the judge called “distasteful,” Lee expressed …" and "Asked
                    // whether the job, which friends described as miserable, hurt him, Lee
                    // said: …" have other frames)
                    && {
                        let (_, resume) = relative_close(toks, i, b);
                        resume >= b
                            || before_lead >= a + 2
                                && is_comma(&toks[before_lead - 2])
                                && is_verbish(&toks[resume])
                                && !toks[resume..b].iter().any(|t| {
                                    t.cue.is_some_and(|c| c.class == CueClass::Speech && !c.weak)
                                })
                    };
                gap_named = names_the_gap;
                names_the_gap
                    || i + 1 < b
                        && (is_verbish(&toks[i + 1])
                            || adverb_then_verb
                            || clause_follows(toks, i + 1, b)
                            || matches!(toks[i + 1].low(), "to" | "not" | "has" | "have" | "had"))
            }
            "what" => {
                i + 1 < b
                    && matches!(
                        toks[i + 1].low(),
                        "is" | "was" | "are" | "were" | "would" | "will" | "could"
                    )
            }
            _ => false,
        };
    if !relative || !matches!(cue.class, CueClass::Speech | CueClass::Belief) || src.1 - src.0 > 8 {
        return None;
    }
    let rel = before_lead - 1;
    // the noun phrase the relative clause hangs on
    let mut h = rel;
    // (a currency sign belongs to its amount: "bought a $2 million building that officials
    // say …")
    let np_part = |t: &Tok| np_word(t) || matches!(t.low(), "$" | "£" | "€" | "¥");
    let noun_at = |k: usize| np_part(&toks[k]) && !is_verbish(&toks[k]) && !is_prep(&toks[k].lower);
    let mut crossed_of = false;
    while h > a && rel - h < 8 {
        if noun_at(h - 1) {
            h -= 1;
        } else if h >= a + 2 && toks[h - 1].is("of") && noun_at(h - 2) && !crossed_of {
            // "a letter of apology that he said was drafted by the firm"
            crossed_of = true;
            h -= 1;
        } else {
            break;
        }
    }
    // "The man, who police say is known to her, is due in court": a relative clause set
    // off by commas ends at its comma, and the main verb resumes the subject after it
    let (end, resume) = relative_close(toks, i, b);
    let set_off = h == rel && rel > a && is_comma(&toks[rel - 1]);
    let resumes = set_off && resume < b && is_verbish(&toks[resume]);
    // "A decision that residents criticised as reckless was reversed on Monday": a clause
    // that names its noun ends at the main clause's finite verb, which is the writer's
    let main_verb = (gap_named && !set_off && rel > a)
        .then(|| main_verb_after_naming(toks, i, b))
        .flatten();
    let (h, end, resume, resumes) = match main_verb {
        Some(v) => (rel, v, v, true),
        None => (h, end, resume, resumes),
    };
    let mut content = Vec::new();
    push_range(&mut content, toks, h, if resumes { end } else { b });
    let prefix = trim_range(toks, a, h);
    // "Police arrested a man who they say fired the shots": a personal pronoun speaking in the
    // relative clause stands for the subject of the clause it hangs on
    // (only "they" or "it" after a short plain subject: "he" and "she" find their person by
    // the usual search, and a long subject is seldom the speaker)
    let pronoun = src.1 == src.0 + 1
        && matches!(toks[src.0].low(), "they" | "it")
        && !toks[src.0].in_quote
        && matches!(toks[rel].low(), "who" | "that" | "which");
    let antecedent = (a..h)
        .find(|&k| is_verbish(&toks[k]))
        .filter(|&v| {
            pronoun
                && v > a
                && v - a <= 4
                && toks[a..v].iter().all(|t| {
                    t.is_word() && !t.low().ends_with("'s") && !t.low().ends_with("’s")
                })
                // (in number with the pronoun: "Police … they", "The army … it")
                && {
                    let head = toks[v - 1].low();
                    let plural = matches!(head, "police" | "people" | "staff")
                        || head.ends_with('s') && !head.ends_with("ss");
                    plural == toks[src.0].is("they")
                }
        })
        .map(|v| (a, v));
    Some(Frame {
        prefix: (prefix.0 < prefix.1).then_some(prefix),
        antecedent,
        rest: resumes.then_some((resume, b)),
        ..Frame::new(Some(src), cue_text, Placement::Embedded, content)
    })
}

/// Where a relative clause whose cue is at `i` ends, and where the main clause would resume:
/// at the next comma ("The man, who police say is known to her, is due …"), or past a comma
/// inside a closing quotation mark, which the clause keeps ("…, which he called “a disaster,”
/// passed"); `b` when no comma follows.
fn relative_close(toks: &[Tok], i: usize, b: usize) -> (usize, usize) {
    let close = next_comma(toks, i + 1, b);
    (i + 1..close.min(b - 1))
        .find(|&k| is_comma(&toks[k]) && is_closing_quote(toks, k + 1))
        .map_or((close, close + 1), |k| (k + 2, k + 2))
}

/// The finite verb of the main clause after a relative clause whose cue at `i` names its noun
/// ("… that residents criticised as reckless was reversed"): the first finite verb outside a
/// quotation; `None` when the clause runs to the end.
fn main_verb_after_naming(toks: &[Tok], i: usize, b: usize) -> Option<usize> {
    (i + 3..b).find(|&k| toks[k].flags & lexicon::flag::FINITE != 0 && !toks[k].in_quote)
}
