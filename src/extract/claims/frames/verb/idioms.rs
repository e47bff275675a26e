//! Idioms around verbs of saying: uses that report nothing ("All told, …", "add to the staff",
//! a verb with a plain object in a leading clause of time: "As he said goodbye, the crowd
//! cheered"), and a verb that reports without being one of saying ("the court heard that …").

use super::super::placement::words::opens_subordinate;
use super::acts;
use super::*;

/// Whether the cue at `i` in the sentence `[a, b)` is no frame of saying.
pub(super) fn not_saying(toks: &[Tok], a: usize, b: usize, i: usize) -> bool {
    let word = toks[i].low();
    let next = toks.get(i + 1);
    // "All told, the plan cost …"
    let all_told = word == "told" && i > a && toks[i - 1].is("all") && next.is_some_and(is_comma);
    // "He may add to his staff", "would add 5,000 homes": to increase, not to say more
    // "added pressure on the grid", "has added about 0.06C to global warming": an amount or a
    // thing added to something
    let add_to = matches!(word, "add" | "adds" | "added" | "adding")
        && (next.is_some_and(|t| t.is("to") || t.kind == TokKind::Number)
            || added_to_something(toks, i, b));
    // "Ceasefire talks stall", "in talks to buy", "the talks": the noun for negotiations,
    // after a preposition or a determiner or with no "about", "to" or "with" after it; the
    // verb talks (freely, much) about or to someone
    let talks_noun = matches!(word, "talk" | "talks") && {
        let noun_before = i > a
            && (lexicon::is_determiner(toks[i - 1].low())
                || matches!(
                    toks[i - 1].low(),
                    "in" | "of" | "for" | "after" | "during" | "into" | "at"
                ));
        let adverb = |t: &Tok| t.low().ends_with("ly") || matches!(t.low(), "much" | "often");
        let p = if next.is_some_and(adverb) {
            i + 2
        } else {
            i + 1
        };
        noun_before
            || !toks
                .get(p)
                .is_some_and(|t| matches!(t.low(), "about" | "of" | "to" | "with" | "up"))
    };
    // "The senator spoke for an hour", "spoke at a rally": where and how long, not what
    let spoke_where = matches!(word, "spoke" | "speak" | "speaks" | "spoken")
        && next.is_some_and(|t| {
            matches!(
                t.low(),
                "for" | "at" | "to" | "with" | "during" | "in" | "on" | "before" | "after"
            )
        });
    // "nurses plan strike", "plans a new plant": an intention with a plain object reports
    // nothing
    // "Apple plans to launch a foldable phone": an intention is the writer's report of what
    // someone will do, not something they said ("said it plans to" has its own frame)
    let plans_object = matches!(word, "plan" | "plans" | "planned")
        && next.is_some_and(|t| t.kind == TokKind::Word && !t.is("that"));
    // "pleaded guilty", "pleads not guilty", "pled no contest": a plea in court, not a claim
    let plea = matches!(word, "plead" | "pleads" | "pleaded" | "pled" | "pleading")
        && next.is_some_and(|t| matches!(t.low(), "guilty" | "not" | "innocent" | "no"));
    // "sought a sentence of five years", "asked for 15 years": a request for a thing, not a
    // report; a frame after it ("…, arguing that …") reports instead
    let requests_thing = (matches!(word, "seek" | "seeks" | "sought" | "seeking")
        && next.is_some_and(|t| t.kind == TokKind::Word && !matches!(t.low(), "to" | "that")))
        || (matches!(word, "ask" | "asks" | "asked" | "asking")
            && next.is_some_and(|t| t.is("for")));
    // "agreed to pay a fine", "agrees to buy": a deal done, not a view shared ("agreed that
    // …" still reports)
    // ("agreed on Monday to build …": past a time adjunct)
    let agreed_to = matches!(word, "agree" | "agrees" | "agreed" | "agreeing")
        && (next.is_some_and(|t| t.is("to"))
            || (i + 3..b.min(i + 6))
                .any(|j| toks[j].is("to") && time_adjunct_start(toks, i, j) == Some(i + 1)));
    // "winds estimated at 150 mph", "a crowd estimated at 5,000": a measure, not a view
    let estimated_at = matches!(word, "estimated" | "estimates" | "estimate")
        && next.is_some_and(|t| t.is("at"))
        && toks.get(i + 2).is_some_and(|t| {
            t.kind == TokKind::Number
                || t.low().starts_with(['$', '£', '€'])
                || matches!(
                    t.low(),
                    "about" | "around" | "roughly" | "nearly" | "more" | "least" | "up" | "over"
                )
        });
    // "A drugmaker is recalling 180,000 bottles", "Drug recalled over contamination": a
    // product withdrawn, by its count or with the reason after the participle
    let product_recall = matches!(word, "recall" | "recalls" | "recalled" | "recalling")
        && next.is_some_and(|t| {
            let counted = |k: usize| toks.get(k).is_some_and(|n| n.kind == TokKind::Number);
            counted(i + 1)
                || matches!(t.low(), "some" | "about" | "nearly" | "roughly" | "almost")
                    && counted(i + 2)
                || word == "recalled" && matches!(t.low(), "over" | "amid" | "due")
        });
    // "…, CBC News has learned.", "The Post has learned that …": a newsroom's scoop; other
    // learning ("learned how to", "learned the hard way", "when she learned") reports nothing
    let learning = matches!(word, "learn" | "learns" | "learned" | "learnt" | "learning")
        && !(i > a
            && matches!(toks[i - 1].low(), "has" | "have" | "had")
            && (next.is_some_and(|t| t.is("that")) || super::cue_closes_clause(toks, i, b)));
    // "Western estimates put the dead at …", "Some estimates suggest …": the plural noun as
    // subject of the verb after it
    // "Senate estimates heard that …": a hearing named by the noun, before its own verb
    let noun_subject = matches!(word, "estimates" | "forecasts" | "projections")
        && next.is_some_and(|t| {
            matches!(
                t.low(),
                "put" | "show" | "suggest" | "indicate" | "range" | "vary" | "say" | "place"
            ) || t.verbish && !t.cap && t.cue.is_none() && t.flags & lexicon::flag::CLAUSE_WORD == 0
        });
    // "nearly all of them opposed to the closures": a stance held, not voiced (the verb
    // takes its object without "to")
    let opposed_to = word == "opposed" && next.is_some_and(|t| t.is("to"));
    // "Man charged after crash", "was charged with murder": a criminal charge, not a claim
    let charged_with = word == "charged"
        && next.is_some_and(|t| matches!(t.low(), "with" | "after" | "over" | "for"));
    // "Ministers accused of ignoring warnings": the accused, in a headline's passive
    let accused_of = matches!(word, "accused" | "charged") && next.is_some_and(|t| t.is("of"));
    // "a think tank known for its polls", "known as the Fed": a name or a reputation
    let known_for = word == "known" && next.is_some_and(|t| matches!(t.low(), "for" | "as"));
    // "A jury found Zimmerman … not guilty", "found the firm liable": a verdict, not a finding
    // reported
    let verdict = matches!(word, "found" | "finds" | "find")
        && toks[i + 1..b]
            .iter()
            .take(30)
            .any(|t| matches!(t.low(), "guilty" | "liable" | "innocent") && !t.in_quote);
    // "toddler found dead", "was found unconscious": where someone was found, not a finding
    let found_state = matches!(word, "found" | "finds")
        && next.is_some_and(|t| {
            matches!(
                t.low(),
                "dead" | "alive" | "unconscious" | "unresponsive" | "injured" | "hanged"
            )
        });
    // "dozens feared dead", "are feared trapped": a toll not yet confirmed, which the claim's
    // hedge carries; no one fears it out loud
    let feared_toll = word == "feared"
        && next.is_some_and(|t| {
            matches!(
                t.low(),
                "dead" | "killed" | "missing" | "trapped" | "drowned" | "lost" | "buried"
            )
        });
    // "has written books on the subject", "wrote a letter to the board": writing a thing,
    // not reporting a clause ("wrote that …", "wrote on Twitter: …" still report)
    let written_thing = |t: &Tok| {
        !t.in_quote
            && matches!(
                t.low(),
                "letter"
                    | "letters"
                    | "book"
                    | "books"
                    | "article"
                    | "articles"
                    | "op-ed"
                    | "column"
                    | "essay"
                    | "piece"
                    | "memo"
                    | "email"
                    | "post"
                    | "report"
                    | "novel"
                    | "song"
                    | "songs"
                    | "speech"
                    | "paper"
                    | "papers"
                    | "story"
                    | "dissent"
                    | "opinion"
                    | "ruling"
                    | "decision"
            )
    };
    // "The chief justice said little during the argument", "said nothing about the plan":
    // how much was said, not what
    let said_little = matches!(word, "said" | "says" | "say")
        && next.is_some_and(|t| matches!(t.low(), "little" | "nothing" | "less"))
        && !toks
            .get(i + 2)
            .is_some_and(|t| t.is("that") || t.kind == TokKind::Quote);
    // "Justice Pratt wrote for the majority in that case": for whom, with nothing reported
    let wrote_for = matches!(word, "wrote" | "writes" | "writing")
        && next.is_some_and(|t| t.is("for"))
        && !(i + 1..b).any(|k| {
            let t = &toks[k];
            // ("in that case" holds no reported clause)
            t.is("that") && !matches!(toks[k - 1].low(), "in" | "at" | "of" | "on")
                || t.kind == TokKind::Quote
                || t.is_punct(":")
        });
    // ("wrote a letter to the board saying …" is left to the verb after it)
    let writes_a_thing = matches!(word, "write" | "writes" | "wrote" | "written" | "writing")
        && (next.is_some_and(written_thing)
            || next.is_some_and(|t| lexicon::is_determiner(t.low()))
                && toks.get(i + 2).is_some_and(written_thing))
        && !toks[i + 1..b].iter().any(|t| t.cue.is_some_and(|c| c.ing));
    // "a book called “Women Who Work”", "a group called Ohio Rising": a name given
    let named_called = word == "called"
        && i >= a + 2
        && matches!(toks[i - 2].low(), "a" | "an")
        && toks[i - 1].is_word()
        && !toks[i - 1].cap;
    // "Those discussions are continuing", "continued to rise": to go on, not to speak on;
    // "continued to insist that …" goes on saying
    let goes_on = matches!(word, "continue" | "continues" | "continued" | "continuing")
        && if next.is_some_and(|t| t.is("to")) {
            !toks.get(i + 2).is_some_and(|t| t.cue.is_some())
        } else {
            i > a
                && matches!(
                    toks[i - 1].low(),
                    "is" | "are" | "was" | "were" | "be" | "been" | "will" | "would"
                )
        };
    all_told
        || estimated_at
        || said_little
        || wrote_for
        || learning
        || product_recall
        || noun_subject
        || opposed_to
        || verdict
        || found_state
        || feared_toll
        || goes_on
        || named_called
        || writes_a_thing
        || add_to
        || talks_noun
        || spoke_where
        || plans_object
        || plea
        || requests_thing
        || agreed_to
        || known_for
        || charged_with
        || accused_of
        || said_an_object_in_time_clause(toks, a, b, i)
        || acts::not_reporting(toks, a, b, i)
}

/// Whether the cue at `i` stands in a leading clause of time or condition that closes, at a
/// comma, after a short object of the verb rather than a reported clause.
fn said_an_object_in_time_clause(toks: &[Tok], a: usize, b: usize, i: usize) -> bool {
    let mut open = a;
    if open < i && matches!(toks[open].low(), "and" | "but" | "then" | "just") {
        open += 1;
    }
    let leads = open < i
        && opens_subordinate(toks[open].low())
        && !matches!(
            toks[open].low(),
            "although" | "though" | "even" | "whether" | "because"
        )
        && !toks[open..i].iter().any(|t| is_comma(t) || t.in_quote);
    if !leads {
        return false;
    }
    let Some(c) = (i + 1..b.min(i + 5)).find(|&k| is_comma(&toks[k])) else {
        return false;
    };
    // "As Lee pointed out, …": a particle, and the frame of an aside
    c > i + 1
        && !toks[i + 1].is("out")
        // "As the Post reported just today, …": a time, not an object
        && !opens_adjunct(toks[i + 1].low())
        && toks[i + 1..c]
            .iter()
            .all(|t| t.is_word() && !t.in_quote && !is_verbish(t) && !opens_reported(t.low()))
}

/// Words that open a reported clause or question after a verb of saying.
fn opens_reported(w: &str) -> bool {
    matches!(
        w,
        "that" | "to" | "if" | "whether" | "how" | "what" | "why" | "who" | "when"
    )
}

/// "He's reported from every debate", "wrote from prison": where the words were sent from, with
/// no content after the cue.
pub(super) fn sent_from(toks: &[Tok], i: usize) -> bool {
    matches!(
        toks[i].low(),
        "reported" | "reporting" | "reports" | "report" | "wrote" | "writes"
    ) && toks.get(i + 1).is_some_and(|t| t.is("from"))
}

/// "ruled out", "ruled that out": a phrasal verb of rejecting, not a cue.
pub(super) fn phrasal_out(toks: &[Tok], i: usize) -> bool {
    let out_at = |j: usize| toks.get(j).is_some_and(|t| t.is("out"));
    out_at(i + 1)
        || matches!(
            toks.get(i + 1).map(|t| t.low()),
            Some("it" | "that" | "this" | "them")
        ) && out_at(i + 2)
}

/// "The court heard that …", "…, the inquest heard.", "Leeds Crown Court heard that …": court
/// reporting's way to give what was said in evidence, with the court as its source. Only a
/// court, a jury or a hearing "hears" a report; "residents heard shots" reports nothing.
pub(in super::super) fn court_heard(toks: &[Tok], a: usize, b: usize, i: usize) -> bool {
    let body = i >= a + 2
        && matches!(
            toks[i - 1].low(),
            "court" | "jury" | "inquest" | "tribunal" | "inquiry" | "hearing" | "magistrates"
        )
        // "the jury", or a court by its name ("Leeds Crown Court heard"), or "magistrates"
        && (matches!(toks[i - 2].low(), "the" | "a") || toks[i - 1].cap || toks[i - 1].is("magistrates")
            // a headline's closing frame: "Accountant hid losses, jury hears"
            || toks[i].is("hears") && toks[i - 2].is_punct(","));
    // a report after it ("heard that …") or before it ("…, the court heard.", "…, a court
    // heard on Tuesday.")
    let reports = toks.get(i + 1).is_some_and(|t| t.is("that"))
        || cue_closes_clause(toks, i, b)
        || (i + 1..b).all(|j| {
            let w = toks[j].low();
            !toks[j].is_word()
                || matches!(w, "on" | "last" | "this")
                || lexicon::is_day_word(w)
                || lexicon::is_time_period(w)
        });
    matches!(toks[i].low(), "heard" | "hears") && body && reports
}

/// "“Voters want change,” he posted on Facebook.", "The firm posted on its website that …":
/// posting on a platform reports words; "posted a loss", "posted on the door" do not (the
/// place must be named, social media or a page of someone's). "“Your money is safe,” the bank
/// posted.": closing the sentence right after a quotation and its speaker, it reports too.
pub(in super::super) fn posted_on(toks: &[Tok], i: usize) -> bool {
    let platform = |t: &Tok| {
        (t.cap && !t.in_quote) || matches!(t.low(), "social" | "his" | "her" | "their" | "its")
    };
    let after_quotation = toks.get(i + 1).is_some_and(|t| t.is_punct("."))
        && (i.saturating_sub(4)..i).any(|j| toks[j].kind == TokKind::Quote)
        && toks[i.saturating_sub(4)..i]
            .iter()
            .all(|t| !t.verbish && (t.is_word() || t.kind != TokKind::Word));
    matches!(toks[i].low(), "posted" | "posts")
        && (after_quotation
            || toks.get(i + 1).is_some_and(|t| t.is("on")) && toks.get(i + 2).is_some_and(platform))
}

/// The cue of a verb of saying the lexicon leaves out as a noun, recognised by its shape
/// ("points to", "The Ledger reports …", "reads", "the court heard", "posted on X").
/// "Mrs Hatch accepted that she had not heard …": a concession reported, as "conceded that" is;
/// "accepted the award" and "accepted the offer" report nothing.
pub(crate) fn accepts_that(toks: &[Tok], i: usize) -> bool {
    matches!(toks[i].low(), "accept" | "accepts" | "accepted")
        && !toks[i].in_quote
        && toks.get(i + 1).is_some_and(|t| t.is("that"))
        && toks.get(i + 2).is_some_and(|t| t.kind == TokKind::Word)
}

pub(super) fn unlisted_cue(word: &str, particle: bool) -> lexicon::Cue {
    lexicon::Cue {
        base: match word {
            _ if particle => "point",
            "reports" | "report" => "report",
            "note" => "note",
            "question" => "question",
            "states" => "state",
            "read" | "reads" => "read",
            "posted" => "post",
            "accept" | "accepts" | "accepted" => "accept",
            _ => "hear",
        },
        class: CueClass::Speech,
        takes_object: false,
        past: matches!(word, "pointed" | "heard" | "posted" | "read" | "accepted"),
        ing: word == "pointing",
        weak: false,
    }
}

/// Whether "added" at `i` takes a short plain object and then "to" or "on" ("added pressure
/// on the grid"): a sum or a burden, where words added would be a clause or a quotation.
fn added_to_something(toks: &[Tok], i: usize, b: usize) -> bool {
    let Some(e) = (i + 2..b.min(i + 8)).find(|&j| matches!(toks[j].low(), "to" | "on")) else {
        return false;
    };
    (i + 1..e).all(|j| {
        let t = &toks[j];
        // (a unit written against its figure is capitalised: "0.06C")
        let unit = t.cap && toks[j - 1].kind == TokKind::Number;
        let approx = matches!(
            t.low(),
            "about"
                | "around"
                | "roughly"
                | "nearly"
                | "almost"
                | "some"
                | "over"
                | "more"
                | "than"
                | "up"
        );
        let plain = (t.kind == TokKind::Word || t.kind == TokKind::Number)
            && !t.verbish
            && !t.in_quote
            && (!t.cap || unit)
            && !lexicon::is_clause_word(t.low())
            && !super::super::subject::is_prep(t.low())
            && !matches!(t.low(), "that" | "it" | "he" | "she" | "they" | "we" | "i");
        approx || plain
    })
}
