//! Attribution frames inside one clause: who says it ("X said", "…, X told Reuters", "according
//! to X", "…, said X, a …", "attacks that authorities say were …"), with which cue, and which
//! tokens are the content. Word lists and token patterns; no parser.
//!
//! `openers` holds the frames recognised by their shape (speaker labels, credit lines,
//! "according to", nominal cues); `verb` the frames built around a reporting verb; `ranges` the
//! token-range helpers they share; `subject` the subject before a cue.

mod according;
mod after_cue;
mod as_aside;
#[cfg(test)]
mod aside_tests;
mod asides;
mod attributed_by;
mod bracketed;
mod channels;
mod coordinated;
mod examples;
mod headlines;
mod inverted;
mod labels;
mod long_subject;
#[cfg(test)]
mod long_subject_tests;
mod marks;
mod nested;
mod notes;
mod objects;
mod openers;
mod participles;
mod per_source;
mod placement;
mod ranges;
mod reckoning;
#[cfg(test)]
mod shape_tests;
mod speaker_description;
mod subject;
#[cfg(test)]
mod subject_tests;
#[cfg(test)]
mod tests;
mod verb;
mod verb_shapes;
mod vetoes;

use super::grammar::{
    clause_follows, ends_in_s, in_place_name, is_city_comma, is_party_label, is_state_period,
    is_verbish, leading_adjunct_end, modifies_cue, np_word, object_np_end, pronoun_object,
    strip_parenthetical, time_adjunct_start, valid_source_np,
};
use super::lexicon::{self, CueClass};
use super::tokens::{Tok, TokKind};

use according::{according_to, cited_source};
pub(in crate::extract::claims) use after_cue::skip_after_cue;
use asides::{
    anonymity_aside, citing_aside, citing_aside_as_via, parenthetical_frame_follows,
    trailing_note_as_role, who_anonymity_note,
};
use channels::{trailing_according, trailing_speaker};
use coordinated::{
    coordinated_saying, extends_relative_subject, finite, shares_subject,
    speaker_in_subordinate_clause,
};
use headlines::{quote_colon_speaker, trailing_dash_source};
use labels::{dash_credit, speaker_label};
pub use notes::taken_up_by;
use notes::{taken_as, time_anchor};
use openers::{in_document, name_colon_quote, nominal_frame, simple_frame, statement_follows};
use per_source::per_source;
pub use ranges::range_span;
pub(super) use ranges::trim_range;
use ranges::{
    closing_phrase, cue_closes_clause, dash_ending_at, dash_starting_at, is_anonymity_note,
    is_closing_quote, is_comma, is_lead_in, names_subject, next_comma, opens_adjunct, push_range,
    verb_with_object, words_between,
};
pub(super) use subject::clitic_subject;
use subject::speech_subject;
use verb::verb_frame;

/// Where the frame stands relative to its content.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Placement {
    /// "X said (that) …", "According to X, …".
    Before,
    /// "…, X said." / "…, according to X."
    After,
    /// "attacks that authorities say were …": the frame stays inside the claim.
    Embedded,
    /// "After the court ruled, Lee said, most laws …": the frame set in between the content's
    /// leading adverbial (the first content range) and its main clause (the second).
    Around,
}

/// One attribution found in a clause. Ranges are token index ranges `[start, end)`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Frame {
    /// The source mention, or `None` for a relay ("As reported by Reuters").
    pub source: Option<(usize, usize)>,
    pub cue: String,
    pub placement: Placement,
    pub content: Vec<(usize, usize)>,
    /// "X, citing Y": Y.
    pub via: Option<(usize, usize)>,
    /// Appositives and relative clauses set in the subject ("Varki, a refugee who …, told"):
    /// unsourced claims of their own.
    pub side: Vec<(usize, usize)>,
    /// A description of the source given by the frame ("…, said Ann Lee, a spokeswoman").
    pub role: Option<(usize, usize)>,
    /// Text before the subject that is a clause of its own ("A, and officials said B").
    pub prefix: Option<(usize, usize)>,
    /// "She added:" with nothing after: the content follows in the next sentences.
    pub opens_next: bool,
    /// What a relative pronoun source ("who") stands for: the noun phrase before it.
    pub antecedent: Option<(usize, usize)>,
    /// The source stands in a subordinate clause ("when Patriot signaled that …, Barrett
    /// said …"): a later frame of the main clause wins.
    pub subordinate: bool,
    /// The main clause resuming after a relative clause that held the frame ("Lee, who said
    /// …, lost"): a claim of its own.
    pub rest: Option<(usize, usize)>,
}

impl Frame {
    /// A frame with its source, cue, placement and content, and nothing else.
    pub fn new(
        source: Option<(usize, usize)>,
        cue: impl Into<String>,
        placement: Placement,
        content: Vec<(usize, usize)>,
    ) -> Frame {
        Frame {
            source,
            cue: cue.into(),
            placement,
            content,
            via: None,
            side: Vec::new(),
            role: None,
            prefix: None,
            opens_next: false,
            rest: None,
            antecedent: None,
            subordinate: false,
        }
    }
}

/// Finds the attribution frame of the clause `[a, b)`, if it has one.
pub fn find_frame(text: &str, toks: &[Tok], a: usize, b: usize) -> Option<Frame> {
    let mut f = find_frame_raw(text, toks, a, b)?;
    if vetoes::universal_believer(toks, &f) || vetoes::headline_pledge(text, toks, b, &f) {
        return None;
    }
    // "Sources, who asked not to be named because …, said": the reason for anonymity is the
    // source's description (its role), not a claim
    if let (None, Some((_, s1))) = (f.role, f.source) {
        if s1 + 1 < b && is_comma(&toks[s1]) {
            let c2 = next_comma(toks, s1 + 1, b);
            if c2 < b && is_anonymity_note(text, toks, s1 + 1, c2) {
                f.role = Some((s1 + 1, c2));
            }
        }
    }
    citing_aside_as_via(toks, &mut f);
    channels::carried_by(toks, &mut f);
    // "The Information reported that a customer was cutting orders, citing people familiar
    // with the matter.": the source's own source closes the content
    if f.via.is_none() && f.placement == Placement::Before {
        if let Some(last) = f.content.last_mut() {
            let citing = (last.0 + 2..last.1)
                .rev()
                .find(|&k| toks[k].is("citing") && is_comma(&toks[k - 1]) && !toks[k].in_quote);
            if let Some((k, via)) = citing.and_then(|k| Some((k, cited_source(toks, k, last.1)?))) {
                f.via = Some(via);
                last.1 = k - 1;
            }
        }
    }
    // "…, said the official, who asked not to be named.", "…, the people said, asking not to
    // be identified because …": a reason for anonymity after the frame describes the source
    if f.role.is_none() {
        trailing_note_as_role(text, toks, &mut f);
    }
    // "The senator expressed his concern that …", "Trump repeated his claim that …": what is
    // asserted follows "that"
    if let Some(first) = f.content.first_mut() {
        let k = first.0;
        let possessed = k + 3 < first.1
            && matches!(toks[k].low(), "his" | "her" | "their" | "its")
            && openers::is_report_noun(toks[k + 1].low())
            && toks[k + 2].is("that");
        if possessed {
            first.0 = k + 3;
        }
    }
    // "A diplomat who asked not to be named said": the same reason, with no commas
    if let (None, Some((s0, s1))) = (f.role, f.source) {
        if let Some((n0, n1)) = who_anonymity_note(text, toks, s0, b) {
            if s0 < n0 && n0 < s1 && s1 <= n1 {
                f.source = Some((s0, n0));
                f.role = Some((n0, n1));
            }
        }
    }
    // "…said the government would complete its term, a day after the opposition announced
    // protests": the time the writer sets the words in is the writer's
    if f.placement == Placement::Before && f.rest.is_none() {
        if let Some(last) = f.content.last_mut() {
            // ", a figure the union rejected as exaggerated": the same for the writer's note of
            // how others took the words
            if let Some(k) = (last.0 + 2..last.1).find(|&k| time_anchor(toks, k, last.1)) {
                f.rest = Some(trim_range(toks, k + 1, last.1));
                last.1 = k;
            } else if let Some(k) = (last.0 + 2..last.1).find(|&k| taken_as(toks, k, last.1)) {
                // the note ends at its comma; what follows goes on with the content
                let end = next_comma(toks, k + 1, last.1);
                let after = trim_range(toks, (end + 1).min(last.1), last.1);
                f.rest = Some(trim_range(toks, k + 1, end));
                last.1 = k;
                if after.0 < after.1 {
                    f.content.push(after);
                }
            }
        }
    }
    objects::noun_object_keeps_its_verb(toks, &mut f);
    Some(nested::nested_report(text, toks, f))
}

/// "Lee, who estimated that …, said …": a relative clause's frame whose main clause resumes
/// with a verb of saying, or holds one later ("Scott's relatives, who asked …, watched it,
/// attorneys for the family said"); that verb's own frame wins, the relative clause is set
/// aside.
fn main_cue_resumes(toks: &[Tok], f: &Frame) -> bool {
    // "Ann Lee, a former governor who argued …, said": the pronoun may hang on an appositive
    let relative = f.antecedent.is_some()
        || f.source
            .is_some_and(|s| matches!(toks[s.0].low(), "who" | "which"));
    relative
        && f.rest.is_some_and(|(r0, r1)| {
            toks[r0..r1]
                .iter()
                .any(|t| !t.in_quote && t.cue.is_some_and(|c| c.says()))
        })
}

fn find_frame_raw(text: &str, toks: &[Tok], a: usize, b: usize) -> Option<Frame> {
    let marks = marks::Marks::of(toks, a, b);
    if marks.colon {
        if let Some(f) = speaker_label(toks, a, b).or_else(|| quote_colon_speaker(toks, a, b)) {
            return Some(f);
        }
    }
    if marks.dash {
        if let Some(f) = dash_credit(toks, a, b) {
            return Some(f);
        }
    }
    if marks.dash || marks.hyphen || marks.colon {
        if let Some(f) = trailing_dash_source(toks, a, b) {
            return Some(f);
        }
    }
    // "Said Ellis: “…”"
    if b > a + 3 && toks[a].cap && matches!(toks[a].low(), "said" | "says" | "added" | "adds") {
        if let Some(c) =
            (a + 2..b.min(a + 10)).find(|&k| toks[k].is_punct(":") || is_comma(&toks[k]))
        {
            if speech_subject(&toks[a + 1..c]) && c + 1 < b {
                let content = trim_range(toks, c + 1, b);
                if content.0 < content.1 {
                    return Some(simple_frame(
                        (a + 1, c),
                        toks[a].low(),
                        content,
                        Placement::Before,
                    ));
                }
            }
        }
    }
    if marks.colon {
        if let Some(f) = name_colon_quote(toks, a, b) {
            return Some(f);
        }
    }
    if marks.according {
        if let Some(f) = trailing_according(text, toks, a, b) {
            return Some(f);
        }
    }
    if marks.colon {
        if let Some(f) = statement_follows(toks, a, b) {
            return Some(f);
        }
    }
    let mut first: Option<Frame> = None;
    let note = anonymity_aside(text, toks, a, b);
    let mut i = a;
    while i < b {
        let t = &toks[i];
        if t.in_quote || !t.is_word() || note.is_some_and(|(s, e)| s <= i && i < e) {
            i += 1;
            continue;
        }
        let f = match t.low() {
            "according" if i + 1 < b && toks[i + 1].is("to") => according_to(toks, a, b, i, 2),
            // "as reported by X", "as stated in the report"
            "as" if i + 2 < b
                && matches!(
                    toks[i + 1].low(),
                    "reported" | "quoted" | "cited" | "stated" | "noted" | "described" | "detailed"
                )
                && matches!(toks[i + 2].low(), "by" | "in") =>
            {
                according_to(toks, a, b, i, 3)
            }
            // "Per the Florida Highway Patrol, I-10 has reopened", "…, per state officials."
            "per" if per_source(toks, a, b, i) => according_to(toks, a, b, i, 1),
            // "Ortega, citing ministry data, said …" is the verb's frame, the data its channel
            "citing" if i > a && is_comma(&toks[i - 1]) && !citing_aside(toks, i, b) => {
                according_to(toks, a, b, i, 1)
            }
            // "…, as the mayor noted.", "As one voter put it, …"
            "as" if as_aside::as_aside(toks, a, b, i).is_some() => {
                as_aside::as_aside(toks, a, b, i)
            }
            "point" | "points" | "pointed" | "pointing"
                if i + 1 < b && matches!(toks[i + 1].low(), "out" | "to") =>
            {
                verb_frame(text, toks, a, b, i)
            }
            // "The outage was attributed by officials to a faulty sensor"
            "attributed" | "credited" => attributed_by::attributed_by_agent(toks, a, b, i),
            // "The court heard that …"
            "heard" | "hears" if verb::court_heard(toks, a, b, i) => {
                verb_frame(text, toks, a, b, i)
            }
            // "“…,” he posted on Facebook."
            "posted" | "posts" if verb::posted_on(toks, i) => verb_frame(text, toks, a, b, i),
            // "Under cross-examination, Mrs Hatch accepted that …": a concession
            "accept" | "accepts" | "accepted" if verb::accepts_that(toks, i) => {
                verb_frame(text, toks, a, b, i)
            }
            // "The statement read in part, “…”"
            "read" | "reads" if verb::reads_out(toks, a, b, i) => verb_frame(text, toks, a, b, i),
            // "Repair reports, she noted, were late": the noun before a frame set in
            "reports" | "states" | "report" | "note" | "question"
                if verb::reports_as_verb(toks, a, b, i)
                    && !parenthetical_frame_follows(toks, i + 1, b) =>
            {
                verb_frame(text, toks, a, b, i)
            }
            // "Cost estimates, he added, were …": a noun, with the frame set in after it
            _ if t.cue.is_some() && parenthetical_frame_follows(toks, i + 1, b) => None,
            _ => match t.cue {
                Some(_) => verb_frame(text, toks, a, b, i),
                None => None,
            },
        };
        if let Some(f) = f {
            // a frame of saying after the content beats an earlier verb of stance or belief
            // "Viewers saw the ad and found it crude, a critic said": a second verb of the
            // clause that is no verb of saying yields to a frame of saying after it
            let weak = lexicon::cue(&f.cue)
                .is_some_and(|c| c.weak || c.class != CueClass::Speech && f.prefix.is_some())
                || f.subordinate
                || main_cue_resumes(toks, &f);
            match &first {
                None if !weak => {
                    if let Some(g) = coordinated_saying(text, toks, (a, b), &f, i) {
                        return Some(g);
                    }
                    return Some(trailing_speaker(text, toks, a, b, f));
                }
                None => first = Some(f),
                Some(p) if (p.subordinate || main_cue_resumes(toks, p)) && !weak => return Some(f),
                Some(p) if !weak && extends_relative_subject(toks, p, &f) => return Some(f),
                Some(p) if speaker_in_subordinate_clause(toks, p, &f) => return Some(f),
                // "Ukraine rejected the claim and says its strikes …": a verb of saying
                // coordinated with the earlier verb under one subject
                Some(p) if !weak && finite(t) && shares_subject(p, &f) => return Some(f),
                Some(_) if !weak && f.placement == Placement::After => return Some(f),
                Some(_) => {}
            }
        }
        i += 1;
    }
    first
        .or_else(|| nominal_frame(toks, a, b))
        .or_else(|| in_document(toks, a, b))
        .or_else(|| reckoning::reckoning(toks, a, b))
        .or_else(|| bracketed::bracketed_source(toks, a, b))
}
