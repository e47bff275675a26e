//! Verbs of saying used for something other than reporting: a goal added, lives claimed, help
//! assured, grief expressed; and cues that report nothing where they stand: in a condition, in
//! a headline's hearsay, inside an unattributed "it is understood that".

use super::*;

/// Whether the cue at `i` in the sentence `[a, b)` does something other than report.
pub(super) fn not_reporting(toks: &[Tok], a: usize, b: usize, i: usize) -> bool {
    scores_or_kills(toks, i, b)
        || in_condition(toks, a, i)
        || hearsay_headline(toks, i, b)
        || in_hearsay_clause(toks, a, i)
        || hearsay_of_an_aim(toks, a, b, i)
        || assures_or_grieves(toks, i, b)
        || calls_a_race(toks, i, b)
        || calls_off_or_phones(toks, i, b)
        || finds_a_thing(toks, i, b)
        || defines(toks, i, b)
        || acts_on_an_object(toks, i, b)
        || shown::actor_shows_a_thing(toks, a, b, i)
        || preferred_as_adjective(toks, a, i, b)
        || assesses_a_thing(toks, i, b)
        || aim_then_saying(toks, i, b)
        || records::pleads_to_charges(toks, i, b)
        || super::pledged_sums::pledges_a_sum(toks, i, b)
}

/// "The panel assessed the damage": a thing weighed up, not a judgement reported; only
/// "assessed that …" reports ("The institute assessed that Russian forces had advanced").
fn assesses_a_thing(toks: &[Tok], i: usize, b: usize) -> bool {
    matches!(
        toks[i].low(),
        "assess" | "assesses" | "assessed" | "assessing"
    ) && !toks.get(i + 1).is_some_and(|t| i + 1 < b && t.is("that"))
}

/// "The association has threatened to sue, arguing that the city …", "vowed to appeal, saying
/// …": a threat or a vow whose infinitive closes at a comma, then a participle of saying; the
/// participle brings what is said, and the threat is the subject's deed.
fn aim_then_saying(toks: &[Tok], i: usize, b: usize) -> bool {
    let aim = toks[i]
        .cue
        .is_some_and(|c| !c.ing && matches!(c.base, "threaten" | "vow" | "promise" | "pledge"));
    if !aim || i + 2 >= b || !toks[i + 1].is("to") {
        return false;
    }
    let Some(c) = (i + 2..b.min(i + 10)).find(|&k| is_comma(&toks[k]) || toks[k].in_quote) else {
        return false;
    };
    is_comma(&toks[c])
        && toks.get(c + 1).is_some_and(|t| {
            c + 1 < b && t.cue.is_some_and(|q| q.ing && q.class == CueClass::Speech)
        })
}

/// "on a two-party preferred basis", "as preferred prime minister", "the most preferred
/// option": the participle as an adjective before its noun, not someone stating a preference.
fn preferred_as_adjective(toks: &[Tok], a: usize, i: usize, b: usize) -> bool {
    toks[i].is("preferred")
        && i > a
        && (toks[i - 1].low().contains('-')
            || matches!(toks[i - 1].low(), "as" | "most" | "more" | "less" | "least"))
        && toks
            .get(i + 1)
            .filter(|_| i + 1 < b)
            .is_some_and(|t| t.kind == TokKind::Word && !lexicon::is_clause_word(t.low()))
}

/// "The agency granted the approval", "Prosecutors charged Frank Corliss with fraud", "Holm
/// showed jurors the ledger": an act done to a thing, the subject's deed and not words
/// reported. "granted that …" and "showed that …" still report. (Defending a record is left a
/// frame: the one who defends it stays a source later pronouns can find.)
fn acts_on_an_object(toks: &[Tok], i: usize, b: usize) -> bool {
    let at = |k: usize| toks.get(k).filter(|_| k < b);
    let window = &toks[(i + 1).min(b)..b.min(i + 8)];
    let reports_after = window
        .iter()
        .any(|t| t.is("that") || t.is("as") || t.kind == TokKind::Quote || t.is_punct(":"));
    let object = at(i + 1).is_some_and(|t| t.kind == TokKind::Word && !t.is("that"));
    match toks[i].low() {
        "grant" | "grants" | "granted" => object && !reports_after,
        "charge" | "charges" | "charged" => {
            object && !reports_after && (i + 2..b.min(i + 7)).any(|k| toks[k].is("with"))
        }
        "show" | "shows" | "showed" | "shown" => {
            !reports_after
                && at(i + 1).is_some_and(|t| matches!(t.low(), "jurors" | "reporters" | "the"))
                && at(i + 2).is_some_and(|t| {
                    !toks[i + 1].is("the") || matches!(t.low(), "jury" | "court" | "panel")
                })
        }
        // "Rovers have rejected two offers", "turned down a bid": a bid refused is a deed
        "reject" | "rejects" | "rejected" | "rejecting" => {
            object
                && !reports_after
                && window.iter().take(4).any(|t| {
                    matches!(
                        t.low(),
                        "offer" | "offers" | "bid" | "bids" | "approach" | "approaches"
                    )
                })
        }
        _ => false,
    }
}

/// "The AP called the race for Delgado", "Networks called Florida for Trump", "declared
/// Delgado the winner": a race called, an act the caller is the subject of, not a report.
fn calls_a_race(toks: &[Tok], i: usize, b: usize) -> bool {
    let at = |k: usize| toks.get(k).filter(|_| k < b);
    match toks[i].low() {
        "call" | "calls" | "called" => {
            let race = at(i + 1).is_some_and(|t| t.is("the"))
                && at(i + 2).is_some_and(|t| {
                    matches!(t.low(), "race" | "election" | "contest" | "seat" | "state")
                })
                && at(i + 3).is_some_and(|t| t.is("for"));
            // (not a day: "called Wednesday for the justice to resign")
            let state = at(i + 1).is_some_and(|t| {
                t.cap
                    && t.kind == TokKind::Word
                    && !lexicon::is_day_word(t.low())
                    && t.flags & lexicon::flag::MONTH == 0
            }) && at(i + 2).is_some_and(|t| t.is("for"))
                && at(i + 3).is_some_and(|t| t.cap);
            race || state
        }
        "declare" | "declares" | "declared" | "declaring" => (i + 2..b.min(i + 6))
            .take_while(|&k| toks[k].is_word() && !toks[k].is("that"))
            .any(|k| matches!(toks[k].low(), "winner" | "victor") && toks[k - 1].is("the")),
        _ => false,
    }
}

/// "NASA called off the launch", "called in the army", "his daughter had called him on Saturday
/// night": a thing called off or a telephone call, not words reported ("called him a liar",
/// "called for an inquiry", "called out the board" still report).
fn calls_off_or_phones(toks: &[Tok], i: usize, b: usize) -> bool {
    let at = |k: usize| toks.get(k).filter(|_| k < b);
    if !matches!(toks[i].low(), "call" | "calls" | "called" | "calling") {
        return false;
    }
    let particle = at(i + 1).is_some_and(|t| matches!(t.low(), "off" | "in" | "up" | "back"));
    let person =
        at(i + 1).is_some_and(|t| matches!(t.low(), "him" | "her" | "them" | "me" | "us" | "you"));
    // the call's time, place or manner follows the person, not a name for them
    let phoned = person
        && at(i + 2).map_or(true, |t| {
            [",", ".", ";"].iter().any(|p| t.is_punct(p))
                || lexicon::is_day_word(t.low())
                || matches!(
                    t.low(),
                    "on" | "at"
                        | "from"
                        | "after"
                        | "before"
                        | "around"
                        | "last"
                        | "late"
                        | "early"
                        | "again"
                        | "twice"
                        | "repeatedly"
                        | "several"
                        | "and"
                        | "back"
                )
        });
    particle || phoned
}

/// "Police found the woman's body in the bedroom", "Divers found the wreckage": a thing found
/// where it lay, not a finding reported ("The audit found irregularities", "found that …" still
/// report).
fn finds_a_thing(toks: &[Tok], i: usize, b: usize) -> bool {
    if !matches!(toks[i].low(), "find" | "finds" | "found" | "finding") {
        return false;
    }
    let found_thing = |w: &str| {
        matches!(
            w,
            "body"
                | "bodies"
                | "remains"
                | "corpse"
                | "corpses"
                | "wreckage"
                | "debris"
                | "weapon"
                | "weapons"
                | "gun"
                | "guns"
                | "knife"
                | "rifle"
        )
    };
    // the object noun phrase: determiners, numbers, possessives and modifiers up to its head
    // ("remains" is a head here, though it can be a verb)
    for k in i + 1..b.min(i + 7) {
        let t = &toks[k];
        if found_thing(t.low()) {
            // "found two weapons had been misplaced": the head of a reported clause
            return !toks.get(k + 1).is_some_and(|n| k + 1 < b && n.verbish);
        }
        let modifier = (t.is_word() || t.kind == TokKind::Number)
            && !t.verbish
            && !t.is("that")
            && !is_prep(t.low());
        if !modifier {
            return false;
        }
    }
    false
}

/// "The term refers to a loan that is resold", "The 4,000 figure refers to inmates who …": what
/// a word or a figure means, in the present, not someone speaking ("referred to him as a
/// traitor", "refers to the islands as bases" still report).
/// An adverb may come between ("refers only to robbery", "refers mainly to").
fn defines(toks: &[Tok], i: usize, b: usize) -> bool {
    let adverb = toks
        .get(i + 1)
        .is_some_and(|t| matches!(t.low(), "only" | "just" | "here") || t.low().ends_with("ly"));
    let to = if adverb { i + 2 } else { i + 1 };
    matches!(toks[i].low(), "refer" | "refers")
        && to < b
        && toks[to].is("to")
        && !toks[to + 1..b.min(to + 13)].iter().any(|t| t.is("as"))
}

/// "added a second from the spot", "added another before the break": a goal scored; "claimed
/// 14 lives", "claimed the lives of six people": deaths caused. Neither verb reports anything.
fn scores_or_kills(toks: &[Tok], i: usize, b: usize) -> bool {
    let at = |k: usize| toks.get(k).filter(|_| k < b);
    match toks[i].low() {
        "add" | "adds" | "added" | "adding" => {
            let ordinal = |t: &Tok| {
                matches!(
                    t.low(),
                    "second" | "third" | "fourth" | "fifth" | "sixth" | "another"
                )
            };
            // "a late third", "his second": a determiner and at most one modifier first
            let mut k = i + 1;
            if at(k).is_some_and(|t| matches!(t.low(), "a" | "his" | "her" | "their" | "its")) {
                k += 1;
                if at(k).is_some_and(|t| t.is_word() && !ordinal(t)) {
                    k += 1;
                }
            } else if !at(k).is_some_and(|t| t.is("another")) {
                return false;
            }
            // the ordinal stands alone ("a second from the spot"), not before a noun ("a second
            // reason", "another point")
            at(k).is_some_and(ordinal)
                && at(k + 1).map_or(true, |t| {
                    !t.is_word()
                        || matches!(
                            t.low(),
                            "goal"
                                | "try"
                                | "in"
                                | "on"
                                | "from"
                                | "after"
                                | "before"
                                | "with"
                                | "for"
                                | "at"
                                | "when"
                                | "as"
                                | "just"
                                | "late"
                                | "early"
                        )
                })
        }
        "claim" | "claims" | "claimed" | "claiming" => (i + 1..b.min(i + 5))
            .take_while(|&k| toks[k].is_word() && !toks[k].is("that"))
            .any(|k| matches!(toks[k].low(), "life" | "lives")),
        _ => false,
    }
}

/// "…, if Norcastle confirms it has been approached", "unless regulators say otherwise": a cue
/// in a condition reports what someone might say, not what anyone said. An aside set off by
/// commas inside the condition ("If, as officials say, …") still reports.
fn in_condition(toks: &[Tok], a: usize, i: usize) -> bool {
    (a..i)
        .rev()
        .take(6)
        .take_while(|&k| toks[k].is_word() && !toks[k].is("that") && toks[k].cue.is_none())
        .any(|k| matches!(toks[k].low(), "if" | "unless"))
}

/// "Veltrix Said to Weigh Bid for Norcastle", "Apple said to plan thinner iPhone": a headline's
/// passive hearsay with its "is" dropped; the subject is what is talked about, not a speaker.
/// In Title Case any word may follow "to" (headlines name no hearer after "Said to"); in
/// lower case only a verb that such headlines use.
fn hearsay_headline(toks: &[Tok], i: usize, b: usize) -> bool {
    let Some(verb) = toks
        .get(i + 2)
        .filter(|_| i + 2 < b && toks[i + 1].is("to"))
    else {
        return false;
    };
    toks[i].is("said")
        && verb.kind == TokKind::Word
        && (toks[i].cap && verb.cap
            || matches!(
                verb.low(),
                "be" | "have"
                    | "weigh"
                    | "plan"
                    | "consider"
                    | "explore"
                    | "seek"
                    | "mull"
                    | "near"
                    | "prepare"
                    | "eye"
                    | "pick"
                    | "favor"
                    | "favour"
            ))
}

/// "She is believed to have threatened to resign", "He is said to have promised to quit": a
/// hedging passive before a cue whose content is an infinitive (an aim, not words reported);
/// the one who threatened is what the writer's hearsay is about, not its source ("is believed
/// to have told X that …" still reports).
fn hearsay_of_an_aim(toks: &[Tok], a: usize, b: usize, i: usize) -> bool {
    let at = |k: usize| toks.get(k).filter(|_| k < b);
    passive_by::hearsay_perfect(toks, a, i).is_some()
        && at(i + 1).is_some_and(|t| t.is("to"))
        && at(i + 2).is_some_and(|t| {
            t.kind == TokKind::Word
                && !t.cap
                && !lexicon::is_determiner(t.low())
                && !lexicon::is_object_pronoun(t.low())
                && !t.is("it")
        })
}

/// "It is understood that Farouk argued the freeze would hit nurses": the writer's hedged
/// report of what someone said in private, with no one on record; the one who argued is what
/// the clause is about, not its source.
/// So is "It is understood that at least 30 MPs have privately pledged to back her": a
/// number, an auxiliary or an adverb before the cue ([`lexicon::is_cue_modifier`]) leaves it
/// the clause's own verb.
fn in_hearsay_clause(toks: &[Tok], a: usize, i: usize) -> bool {
    let Some(p) = (a + 3..i).rev().take(9).find(|&p| toks[p].is("that")) else {
        return false;
    };
    toks[p + 1..i].iter().all(|t| {
        t.is_word() && !t.verbish
            || t.kind == TokKind::Number
            || !t.in_quote && lexicon::is_cue_modifier(t.low())
    }) && matches!(
        toks[p - 1].low(),
        "understood"
            | "believed"
            | "thought"
            | "reported"
            | "said"
            | "alleged"
            | "rumoured"
            | "rumored"
    ) && matches!(toks[p - 2].low(), "is" | "was" | "been")
        && (toks[p - 3].is("it") || toks[p - 3].is("has") && p >= a + 4 && toks[p - 4].is("it"))
}

/// "assured him of all possible help": a promise of a thing, not a reported clause ("assured
/// him that …" still reports); "expressed grief over the loss of lives", "expressed
/// condolences to the families": sympathy shown, not a claim (dismay or concern at something
/// is a view, and "expressed concern that …" reports).
fn assures_or_grieves(toks: &[Tok], i: usize, b: usize) -> bool {
    let at = |k: usize| toks.get(k).filter(|_| k < b);
    match toks[i].low() {
        "assure" | "assures" | "assured" | "assuring" => {
            let object_end = if at(i + 1).is_some_and(|t| {
                matches!(t.low(), "him" | "her" | "them" | "us" | "me" | "you" | "it")
            }) {
                i + 2
            } else {
                (i + 2..b.min(i + 5))
                    .find(|&k| toks[k].is("of"))
                    .unwrap_or(b)
            };
            at(object_end).is_some_and(|t| t.is("of"))
                && !toks[i + 1..b.min(i + 14)].iter().any(|t| t.is("that"))
        }
        "express" | "expresses" | "expressed" | "expressing" => {
            at(i + 1).is_some_and(|t| {
                matches!(
                    t.low(),
                    "grief"
                        | "condolences"
                        | "sorrow"
                        | "sympathy"
                        | "gratitude"
                        | "solidarity"
                        | "anguish"
                        | "sadness"
                        | "thanks"
                )
            }) && !at(i + 2).is_some_and(|t| t.is("that"))
        }
        _ => false,
    }
}
