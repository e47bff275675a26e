//! Inverted frames: the speaker after the cue ("…,” said X, a …", "…, says X."), with a
//! description before or a tail after the name.

use super::channels::channel_follows;
use super::placement::{reaction_tail, saying_participle_content, writer_participle};
use super::speaker_description::*;
use super::subject::*;
use super::verb_shapes::CueSite;
use super::*;

/// "…,” said X, a …" / "…, says X.": the speaker after the cue.
pub(super) fn inverted_frame(toks: &[Tok], site: CueSite) -> Option<Frame> {
    let CueSite {
        a,
        b,
        i,
        k,
        cue,
        cue_text,
    } = site;
    if k == i
        && i > a
        && (is_comma(&toks[i - 1]) || is_closing_quote(toks, i - 1))
        && cue.class == CueClass::Speech
        && !cue.ing
        // "“Why now?” asked Sen. Ann Lee": right after a quotation, a verb that takes a hearer
        // ("asked", "told") inverts with its speaker too
        && (!cue.takes_object || is_closing_quote(toks, i - 1))
        && !cue.weak
        && i + 1 < b
    {
        let e = next_comma(toks, i + 1, b);
        let mut e = e;
        // "(“…,” said one activist.)": a closing parenthesis that opened before the quotation
        // is no part of the speaker's name, as "(D-Ore.)" is
        let opened_inside = |e: usize| toks[i + 1..e].iter().any(|t| t.is_punct("("));
        while e > i + 1
            && toks[e - 1].kind == TokKind::Punct
            && (!toks[e - 1].is_punct(")") || !opened_inside(e - 1))
        {
            e -= 1;
        }
        let frame_end = e;
        // "said Sen. Ann Lee who represents the city", "said Mayor Bo Diaz in an interview":
        // a restrictive relative or an adjunct after the speaker stays in the frame
        let cut = speaker_tail(&toks[i + 1..e]).unwrap_or(e - i - 1);
        let np = strip_parenthetical(&toks[i + 1..i + 1 + cut]);
        let e = i + 1 + np.len();
        // the words before must be content: a clause or a quotation, not a subject; or a
        // subject whose predicate follows the frame ("The cost, said Lee, will rise")
        // "The cost, said Lee, a former mayor, will rise": past the speaker's description
        let described = frame_end + 1 < b
            && is_comma(&toks[frame_end])
            && (lexicon::is_determiner(&toks[frame_end + 1].lower)
                || lexicon::is_title(&toks[frame_end + 1].lower));
        let pred_comma = if described {
            next_comma(toks, frame_end + 1, b)
        } else {
            frame_end
        };
        let predicate_after = pred_comma + 1 < b
            && is_comma(&toks[pred_comma])
            && is_verbish(&toks[pred_comma + 1])
            && toks[pred_comma + 1].cue.is_none()
            && !toks[a..i - 1].iter().any(|t| t.verbish || t.in_quote);
        let content_before = predicate_after
            || !subject_with_relative(toks, a, i - 1)
                && toks[a..i]
                    .iter()
                    .any(|t| is_verbish(t) || t.kind == TokKind::Quote)
            // "Costs vary widely, said Lee, an economist.": a verb in the present without a
            // mark of its own, among lower-case words that are no function words, when the
            // speaker and a description close the sentence ("Mr. Trump's former manager, Ann
            // Lee, said the aide …, should go" is no inversion)
            || (words_between(toks, a, i) >= 2
                && matches!(
                    toks[i].low(),
                    "said" | "says" | "added" | "adds" | "explained" | "noted" | "argued"
                )
                && closes_sentence(toks, frame_end, b)
                && !toks[a..i - 1].iter().any(is_comma)
                && i > a + 1
                && toks[a + 1..i - 1].iter().any(|t| {
                    t.kind == TokKind::Word
                        && !t.cap
                        && !lexicon::is_determiner(t.low())
                        && !is_prep(t.low())
                        && !matches!(t.low(), "and" | "or" | "of")
                }));
        // "…, said Tuesday.": a day, not a speaker
        let is_np = !np.is_empty()
            && !lexicon::is_day_word(np[0].low())
            && content_before
            // "said former Gov. and party Chairman Ed Rendell": titles before a name
            && (np.len() <= 8 || (np.len() <= 14 && ends_in_name(np)))
            && (np[0].cap
                || np[0].kind == TokKind::Number
                || lexicon::is_determiner(&np[0].lower)
                || lexicon::is_title(&np[0].lower)
                || lexicon::is_speaker_modifier(np[0].low())
                || ends_in_name(np)
                // "…, say officials.", "…, say reports in Spain.": a bare plural head
                || np.len() <= 5 && matches!(toks[i].low(), "say" | "says" | "said" | "claim") && {
                    let w = np[0].low();
                    lexicon::is_anonymous_head(w)
                        || lexicon::is_group_head(w)
                        || matches!(w, "reports" | "police")
                }
                // "Inflation has peaked, says central bank chief": headline style, no article
                || np.len() >= 2 && np.last().is_some_and(|t| {
                    let w = t.low();
                    lexicon::is_title(w)
                        || lexicon::is_person_word(w)
                        || lexicon::is_anonymous_head(w)
                        || lexicon::is_group_head(w)
                }))
            && speech_subject(np)
            && !np.iter().any(|t| t.is("that"));
        if is_np {
            let mut role = None;
            let mut source = (i + 1, e);
            // "said two people who attended the meeting": what an unnamed speaker saw or did
            // is how the text vouches for them, so the relative clause stays in the mention
            if e < frame_end && matches!(toks[e].low(), "who" | "whose") && unnamed_head(np) {
                source.1 = frame_end;
            }
            // "said Tom Garrity (R-Ohio), the chairman …": the description is read after the
            // parenthetical the speaker's name left out
            let e = if e < frame_end && toks[e].is_punct("(") && toks[frame_end - 1].is_punct(")") {
                frame_end
            } else {
                e
            };
            let mut end_frame = frame_end.max(e);
            // "said Graham Hale, 71.", "said Jane Roe, 34, a nurse.": the speaker's age is
            // part of the description
            let age = frame_end == e
                && e + 2 < b
                && is_comma(&toks[e])
                && is_age(&toks[e + 1])
                && (is_comma(&toks[e + 2]) || closes_sentence(toks, e + 2, b));
            // with a description after the age, that description is read from the age's
            // comma on; without, the age is the whole role and nothing more is read
            let (e, frame_end, age_start) = if age && is_comma(&toks[e + 2]) && e + 3 < b {
                (e + 2, e + 2, Some(e + 1))
            } else if age {
                role = Some((e + 1, e + 2));
                end_frame = e + 2;
                (e, b, None)
            } else {
                (e, frame_end, None)
            };
            if frame_end == e && e + 1 < b && is_comma(&toks[e]) {
                // ", a spokeswoman for the agency.", ", now a radio host."
                // "…, a professor in Nashville, Tennessee.": a city's comma is inside the role
                let mut re = next_comma(toks, e + 1, b);
                while re < b && is_city_comma(toks, re) {
                    re = next_comma(toks, re + 1, b);
                }
                re = description_end(toks, re, b);
                let d = if toks[e + 1].is("now") { e + 2 } else { e + 1 };
                // "managing director of …", "acting chief": a participle before a title
                let title_at = |d: usize| d < re && lexicon::is_title(&toks[d].lower);
                // "Republican of South Carolina", "Democrat from Ohio": a legislator's party
                // and state, in the style of The New York Times
                let party_member = d + 1 < re
                    && matches!(toks[d].low(), "republican" | "democrat" | "independent")
                    && matches!(toks[d + 1].low(), "of" | "from");
                let titled_name = lexicon::is_title(&toks[source.0].lower);
                // "regional director at the bank", "Asia director at Human Rights Watch",
                // "senior researcher at the group": a title after a word or two that modify it,
                // ending the sentence or going on with the body it serves
                let modified_title = (d + 1..(d + 3).min(re)).any(|k| {
                    title_at(k)
                        && toks[d..k].iter().all(|t| {
                            t.kind == TokKind::Word && !t.verbish && !t.in_quote && t.cue.is_none()
                        })
                        && (k + 1 >= re
                            || toks[k + 1].is_punct(".")
                            || matches!(toks[k + 1].low(), "at" | "of" | "for" | "with"))
                });
                let titled = title_at(d)
                    || party_member && !titled_name
                    || matches!(toks[d].low(), "managing" | "acting") && title_at(d + 1)
                    || modified_title;
                if d < re && (lexicon::is_determiner(&toks[d].lower) || titled) {
                    // without the sentence's closing period
                    let role_end = if re > e + 2 && toks[re - 1].is_punct(".") {
                        re - 1
                    } else {
                        re
                    };
                    // "…, director of the office, in a statement.": the channel is the frame's
                    let role_end = (e + 2..role_end)
                        .find(|&k| is_comma(&toks[k]) && channel_follows(toks, k + 1, role_end))
                        .unwrap_or(role_end);
                    role = Some((age_start.unwrap_or(e + 1), role_end));
                    end_frame = re;
                } else if is_party_label(&toks[e + 1]) || party_member {
                    // ", R-Ky.": the legislator's party and state, part of the frame
                    end_frame = re;
                } else if lexicon::is_manner_participle(toks[e + 1].low()) {
                    // ", speaking to reporters.": how the speaker spoke, part of the frame
                    end_frame = re;
                } else if affiliation(toks, e + 1, re) {
                    // ", of the University of Leeds.", ", 59, of Dayton.": where the speaker
                    // works or lives is the role, unless a description before the name is
                    // ("said lead author Dr Hannah Okafor, of …")
                    let role_end = if toks[re - 1].is_punct(".") {
                        re - 1
                    } else {
                        re
                    };
                    if toks[i + 1].cap {
                        role = Some((age_start.unwrap_or(e + 2), role_end));
                    }
                    end_frame = re;
                } else if let Some(n) = closing_name(toks, e + 1, re, b) {
                    // "said the company's chief executive, Ann Lee.": the description, then
                    // the name
                    role = Some(source);
                    source = (e + 1, n);
                    end_frame = re;
                }
            }
            // "…, R-Ky., in a statement.": an adjunct closing the clause after the speaker's
            // description is the frame's too
            if end_frame > e && end_frame < b {
                let mut r = end_frame;
                while r < b && is_comma(&toks[r]) {
                    r += 1;
                }
                let rest = &toks[r..b];
                let adjunct = rest.first().is_some_and(|t| {
                    matches!(t.low(), "in" | "on" | "at" | "during")
                        || lexicon::is_day_word(t.low())
                }) && !rest.iter().any(|t| t.verbish || t.in_quote);
                if adjunct {
                    end_frame = b;
                }
            }
            // ", who runs the hospital.": the writer's description, a claim of its own
            let mut side = Vec::new();
            if role.is_none()
                && frame_end == e
                && e + 1 < b
                && is_comma(&toks[e])
                && matches!(toks[e + 1].low(), "who" | "whose")
            {
                let re = description_end(toks, next_comma(toks, e + 1, b), b);
                side.push((e + 1, re));
                end_frame = re;
            }
            // "…, 39, a waitress at the Ace diner, which serves breakfast all day.": a relative
            // clause after the description is the writer's too
            if role.is_some()
                && end_frame + 1 < b
                && is_comma(&toks[end_frame])
                && matches!(toks[end_frame + 1].low(), "which" | "who" | "whose")
            {
                let re = description_end(toks, next_comma(toks, end_frame + 1, b), b);
                side.push((end_frame + 1, re));
                end_frame = re;
            }
            let mut content = Vec::new();
            push_range(&mut content, toks, a, i);
            // a comma-set tail: ", adding that …" says more; ", representing the agency"
            // is the writer's description of the speaker
            let tail = (end_frame + 1, b);
            let mut rest = None;
            let set_off = tail.0 < b && is_comma(&toks[end_frame]);
            match set_off.then(|| saying_participle_content(toks, tail)) {
                Some(Some(said)) => content.push(said),
                // a second relative clause (", who was the guest of honor …") is the writer's
                _ if set_off && matches!(toks[tail.0].low(), "who" | "whose" | "which") => {
                    side.push(trim_range(toks, tail.0, tail.1));
                }
                // ", to applause.": the room's reaction, the frame's
                _ if set_off && reaction_tail(toks, trim_range(toks, tail.0, tail.1)) => {}
                _ if set_off && writer_participle(&toks[tail.0]) => {
                    rest = Some(trim_range(toks, tail.0, tail.1));
                }
                _ => push_range(&mut content, toks, end_frame, b),
            }
            if !content.is_empty() {
                return Some(Frame {
                    side,
                    role,
                    rest,
                    ..Frame::new(Some(source), cue_text, Placement::After, content)
                });
            }
        }
    }
    None
}

/// Whether `toks[a..comma]` is a subject and a comma-set relative clause closed by the comma
/// at `comma`: "The association, which represents doctors," before "rejected the claim" is
/// the subject of that verb, not content it inverts after.
fn subject_with_relative(toks: &[Tok], a: usize, comma: usize) -> bool {
    let Some(open) = toks[a..comma].iter().position(is_comma).map(|k| a + k) else {
        return false;
    };
    open > a
        && open + 1 < comma
        && matches!(toks[open + 1].low(), "which" | "who" | "whose")
        && !toks[open + 2..comma].iter().any(is_comma)
        && !toks[a..open]
            .iter()
            .any(|t| is_verbish(t) || t.kind == TokKind::Quote)
}

/// Where the words after an inverted speaker stop naming them: a restrictive relative clause
/// ("who represents the city"), a time or place adjunct after a name ("in an interview",
/// "at the time", "when asked") or an affiliation. `None` when the phrase is all speaker.
fn speaker_tail(np: &[Tok]) -> Option<usize> {
    // "said Thursday at a rally": a day, not a speaker
    let day = np.first().is_some_and(|t| lexicon::is_day_word(t.low()));
    if day {
        return None;
    }
    // "Sen. Ann Lee (D-Ore.) in an interview": the parenthetical closes the name
    let after_name = |p: usize| np[p - 1].cap || np[p - 1].is_punct(")");
    // "says union leader as strike begins": a clause of time after a noun for a person ends a
    // headline's speaker too
    let after_person = |p: usize| {
        let head = np[p - 1].low();
        lexicon::is_title(head) || lexicon::is_person_word(head) || lexicon::is_anonymous_head(head)
    };
    // "Ann Lee of the University of Texas School of Law": an affiliation, when the phrase
    // is too long to be all speaker and a name of two words or more precedes it
    let affiliation =
        |p: usize| np.len() > 8 && p >= 2 && np[p - 2].cap && np[p - 1].cap && np[p - 2].is_word();
    (1..np.len()).find(|&p| {
        let cut = match np[p].low() {
            "who" | "whose" => true,
            "when" | "while" | "as" | "after" => after_name(p) || after_person(p),
            "in" | "during" | "at" => after_name(p),
            // "said Ann Lee on Tuesday", "wrote Ann Lee on Mastodon": a day or a platform
            "on" => after_name(p) && np.get(p + 1).is_some_and(|n| on_day_or_platform(n.low())),
            "of" => affiliation(p),
            _ => false,
        };
        cut && !np[..p].iter().any(|t| t.verbish)
    })
}

/// What "on" brings after a speaker's name when it tells when or where they spoke: a day, a
/// social network, a programme or a call ("on Tuesday", "on X", "on a podcast").
fn on_day_or_platform(w: &str) -> bool {
    lexicon::is_day_word(w)
        || matches!(
            w,
            "twitter"
                | "x"
                | "facebook"
                | "instagram"
                | "mastodon"
                | "bluesky"
                | "threads"
                | "tiktok"
                | "linkedin"
                | "telegram"
                | "youtube"
                | "truth"
                | "social"
                | "a"
                | "an"
                | "his"
                | "her"
                | "their"
                | "television"
                | "tv"
                | "radio"
        )
}

/// Whether a speaker phrase ends in a lower-case noun for a person, a source or a post ("two
/// people", "a former director"), not in a name.
fn unnamed_head(np: &[Tok]) -> bool {
    np.last().is_some_and(|t| {
        let w = t.low();
        !t.cap
            && (lexicon::is_anonymous_head(w) || lexicon::is_person_word(w) || lexicon::is_title(w))
    })
}

/// "lobbyist and strategist Ann Lee": a speaker phrase that ends in a name of two or more
/// capitalised words, whatever description comes first, or in a firm's after its trade.
fn ends_in_name(np: &[Tok]) -> bool {
    // "said carmaker Ford": a firm's trade before its name
    let trade = np.len() == 2 && lexicon::is_firm_trade(np[0].low()) && np[1].cap;
    trade
        || np.len() >= 3
            && np[np.len() - 2..].iter().all(|t| t.cap && t.is_word())
            && np.iter().all(|t| t.is_word() && !t.verbish && !t.in_quote)
}
