//! Attribution frames inside one clause: who says it ("X said", "…, X told Reuters", "according
//! to X", "…, said X, a …", "attacks that authorities say were …"), with which cue, and which
//! tokens are the content. Word lists and token patterns; no parser.
//!
//! `openers` holds the frames recognised by their shape (speaker labels, credit lines,
//! "according to", nominal cues); `verb` the frames built around a reporting verb.

mod openers;
mod placement;
#[cfg(test)]
mod shape_tests;
mod subject;
mod verb;
mod verb_shapes;

use super::grammar::{
    clause_follows, in_place_name, is_city_comma, is_party_label, is_state_period, is_verbish,
    leading_adjunct_end, modifies_cue, np_word, object_np_end, pronoun_object, strip_parenthetical,
    time_adjunct_start, valid_source_np,
};
use super::lexicon::{self, CueClass};
use super::tokens::{Tok, TokKind};
use crate::extract::types::Span;

use openers::{
    according_to, dash_credit, in_document, name_colon_quote, nominal_frame, simple_frame,
    speaker_label, statement_follows,
};
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

fn span_of(toks: &[Tok], r: (usize, usize)) -> Span {
    Span::new(toks[r.0].start, toks[r.1 - 1].end)
}

/// The byte span of a token range.
pub fn range_span(toks: &[Tok], r: (usize, usize)) -> Option<Span> {
    (r.0 < r.1).then(|| span_of(toks, r))
}

fn is_comma(t: &Tok) -> bool {
    t.is_punct(",")
}

fn is_closing_quote(toks: &[Tok], i: usize) -> bool {
    toks[i].kind == TokKind::Quote
        && i > 0
        && (toks[i - 1].in_quote || matches!(toks[i - 1].low(), "," | "." | "?" | "!"))
}

/// A subject for a speech cue: any short noun phrase opening with a name or a determiner, or a
/// noun phrase with a source head.
fn speech_subject(toks: &[Tok]) -> bool {
    let toks = strip_parenthetical(toks);
    if super::grammar::opens_with_preposition(toks) {
        return false;
    }
    valid_source_np(toks)
        || (!toks.is_empty()
            && toks.len() <= 8
            && (0..toks.len()).all(|j| {
                np_word(&toks[j])
                    || toks[j].is("to")
                    // "Politicians and even some scientists"
                    || (toks[j].is("even") && j > 0 && toks[j - 1].is("and"))
                    || in_place_name(toks, j)
                    || is_state_period(toks, j)
            })
            && !(0..toks.len()).any(|j| is_verbish(&toks[j]) && !attributive(toks, j))
            && (toks[0].cap || lexicon::is_determiner(&toks[0].lower))
            && (toks.last().is_some_and(|t| t.kind == TokKind::Word)
                || is_state_period(toks, toks.len() - 1)))
}

/// "the printed card", "an embattled mayor": a form in "-ed" between a determiner and a noun
/// is an adjective.
fn attributive(toks: &[Tok], j: usize) -> bool {
    j > 0
        && j + 1 < toks.len()
        && lexicon::is_determiner(toks[j - 1].low())
        && toks[j].low().ends_with("ed")
        && toks[j + 1].is_word()
}

/// The next comma or semicolon outside quotes in `[i, end)`, else `end`.
fn next_comma(toks: &[Tok], i: usize, end: usize) -> usize {
    (i..end)
        .find(|&k| !toks[k].in_quote && (is_comma(&toks[k]) || toks[k].is_punct(";")))
        .unwrap_or(end)
}

fn trim_range(toks: &[Tok], mut a: usize, mut b: usize) -> (usize, usize) {
    while a < b && toks[a].kind == TokKind::Punct && !toks[a].is_punct("(") {
        a += 1;
    }
    while b > a
        && toks[b - 1].kind == TokKind::Punct
        && matches!(toks[b - 1].low(), "," | ";" | ":" | "-" | "—" | "–")
    {
        b -= 1;
    }
    (a, b)
}

fn push_range(v: &mut Vec<(usize, usize)>, toks: &[Tok], a: usize, b: usize) {
    let (a, b) = trim_range(toks, a, b);
    if a < b {
        v.push((a, b));
    }
}

fn words_between(toks: &[Tok], a: usize, b: usize) -> usize {
    toks[a..b].iter().filter(|t| t.is_word()).count()
}

/// A short lead-in before a subject ("Last month,", "As evidence,", "But", "On Friday,").
fn is_lead_in(toks: &[Tok], a: usize, b: usize) -> bool {
    let n = words_between(toks, a, b);
    n == 0
        || (n <= 5
            && !toks[a..b].iter().any(|t| is_verbish(t) || t.in_quote)
            && !toks[a..b].iter().any(|t| t.kind == TokKind::Quote))
}

/// Whether the words in `[a, b)` (after a comma) describe a source's anonymity or access.
pub fn is_anonymity_note(text: &str, toks: &[Tok], a: usize, b: usize) -> bool {
    if a >= b {
        return false;
    }
    let s = &text[toks[a].start..toks[b - 1].end].to_lowercase();
    lexicon::has_anonymity_note(s)
}

/// Finds the attribution frame of the clause `[a, b)`, if it has one.
pub fn find_frame(text: &str, toks: &[Tok], a: usize, b: usize) -> Option<Frame> {
    let mut f = find_frame_raw(text, toks, a, b)?;
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
    Some(f)
}

/// "A source, who asked not to be named because the talks are confidential, said …": the
/// aside describing a source's anonymity or access, set off by commas; its words ("talks")
/// are never the cue of the clause.
fn anonymity_aside(text: &str, toks: &[Tok], a: usize, b: usize) -> Option<(usize, usize)> {
    let mut c1 = next_comma(toks, a, b);
    while c1 + 1 < b {
        let c2 = next_comma(toks, c1 + 1, b);
        let opens_aside = matches!(toks[c1 + 1].low(), "who" | "speaking" | "on" | "because");
        if opens_aside && c2 < b && is_anonymity_note(text, toks, c1 + 1, c2) {
            return Some((c1 + 1, c2));
        }
        c1 = c2;
    }
    None
}

/// Whether `[c, b)` opens with a frame set off by commas: ", he added," / ", officials said,".
fn parenthetical_frame_follows(toks: &[Tok], c: usize, b: usize) -> bool {
    if c >= b || !is_comma(&toks[c]) {
        return false;
    }
    let Some(v) = (c + 2..b.min(c + 6)).find(|&k| toks[k].cue.is_some()) else {
        return false;
    };
    let subject_words = toks[c + 1..v]
        .iter()
        .all(|t| t.is_word() && !t.in_quote && t.cue.is_none());
    subject_words && v + 2 < b && is_comma(&toks[v + 1])
}

/// "Lee, who estimated that …, said …": a relative clause's frame whose main clause resumes
/// with a verb of saying; that verb's own frame wins, the relative clause is set aside.
fn main_cue_resumes(toks: &[Tok], f: &Frame) -> bool {
    // "Ann Lee, a former governor who argued …, said": the pronoun may hang on an appositive
    let relative = f.antecedent.is_some()
        || f.source
            .is_some_and(|s| matches!(toks[s.0].low(), "who" | "which"));
    relative
        && f.rest.is_some_and(|r| {
            toks[r.0]
                .cue
                .is_some_and(|c| c.class == CueClass::Speech && !c.weak && !c.ing)
        })
}

fn find_frame_raw(text: &str, toks: &[Tok], a: usize, b: usize) -> Option<Frame> {
    if let Some(f) = speaker_label(toks, a, b) {
        return Some(f);
    }
    if let Some(f) = dash_credit(toks, a, b) {
        return Some(f);
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
    if let Some(f) = name_colon_quote(toks, a, b) {
        return Some(f);
    }
    if let Some(f) = trailing_according(text, toks, a, b) {
        return Some(f);
    }
    if let Some(f) = statement_follows(toks, a, b) {
        return Some(f);
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
            "citing" if i > a && is_comma(&toks[i - 1]) => according_to(toks, a, b, i, 1),
            "point" | "points" | "pointed" | "pointing"
                if i + 1 < b && matches!(toks[i + 1].low(), "out" | "to") =>
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
                None if !weak => return Some(f),
                None => first = Some(f),
                Some(p) if (p.subordinate || main_cue_resumes(toks, p)) && !weak => return Some(f),
                Some(p) if !weak && extends_relative_subject(toks, p, &f) => return Some(f),
                Some(_) if !weak && f.placement == Placement::After => return Some(f),
                Some(_) => {}
            }
        }
        i += 1;
    }
    first
        .or_else(|| nominal_frame(toks, a, b))
        .or_else(|| in_document(toks, a, b))
}

/// "Some voters who backed him, …, said", "The last man to mount a challenge says": the
/// earlier frame's subject is left open (it ends in a relative pronoun or holds an infinitive)
/// and the later frame's subject runs on from it, so the earlier cue stands inside the later
/// subject.
fn extends_relative_subject(toks: &[Tok], earlier: &Frame, later: &Frame) -> bool {
    match (earlier.source, later.source) {
        (Some(e), Some(l)) => {
            let open = matches!(toks[e.1 - 1].low(), "who" | "that" | "which")
                || toks[e.0..e.1].iter().any(|t| t.is("to"));
            open && l.0 == e.0 && l.1 > e.1
        }
        _ => false,
    }
}

/// "…, according to X." closing a clause that has a frame of its own. After a verb of saying
/// ("O'Malley said …, according to the Sun") the speaker is the source and X the channel it
/// reached the writer through (`via`); after any other verb ("The ministry found …, according to
/// Politico"; "She will propose …, according to an aide") X is the source of the whole clause.
fn trailing_according(text: &str, toks: &[Tok], a: usize, b: usize) -> Option<Frame> {
    let k = (a + 2..b.saturating_sub(2))
        .rev()
        .find(|&k| toks[k].is("according") && toks[k + 1].is("to") && !toks[k].in_quote)?;
    if !is_comma(&toks[k - 1]) {
        return None;
    }
    let outer = according_to(toks, a, b, k, 2)?;
    if outer.placement != Placement::After || outer.via.is_some() {
        return None;
    }
    // only a clause that ends with the frame: "…, according to X, who …" is left to the rules
    if outer.content.iter().any(|&(s, _)| s > k) {
        return None;
    }
    let Some(mut inner) = find_frame_raw(text, toks, a, k - 1) else {
        return Some(outer);
    };
    if reports_speech(toks, a, k - 1, &inner) {
        inner.via = outer.source;
        return Some(inner);
    }
    Some(outer)
}

/// Whether a frame reports something said or written, as past or present fact: "said",
/// "told", "wrote" — not a belief, a finding, a plan or a modal ("will propose").
fn reports_speech(toks: &[Tok], a: usize, b: usize, f: &Frame) -> bool {
    if f.cue == ":" || f.placement == Placement::Embedded {
        return true;
    }
    let Some(cue) = lexicon::cue(&f.cue) else {
        return false;
    };
    if cue.class != CueClass::Speech || cue.weak || cue.ing {
        return false;
    }
    let Some(v) = (a..b).find(|&k| !toks[k].in_quote && toks[k].low() == f.cue) else {
        return false;
    };
    !(v > a
        && matches!(
            toks[v - 1].low(),
            "will" | "would" | "to" | "could" | "may" | "might" | "should" | "can"
        ))
}

#[cfg(test)]
mod tests {
    use super::super::tokens::tokenize;
    use super::*;

    /// The tokens of `s` with its quotations marked, as the claims stage gives them to frames.
    pub(super) fn marked(s: &str) -> Vec<Tok<'_>> {
        let mut toks = tokenize(s, 0, s.len());
        let q: Vec<Span> = super::super::quotes::find_quotes(s)
            .iter()
            .map(|q| q.span)
            .collect();
        super::super::mark_quotes(&mut toks, &q);
        toks
    }

    fn frame(s: &str) -> (Option<String>, Vec<String>, Placement) {
        let toks = marked(s);
        let f = find_frame(s, &toks, 0, toks.len()).expect("a frame");
        let src = f
            .source
            .and_then(|r| range_span(&toks, r))
            .map(|sp| sp.of(s).to_string());
        let content = f
            .content
            .iter()
            .filter_map(|&r| range_span(&toks, r))
            .map(|sp| sp.of(s).to_string())
            .collect();
        (src, content, f.placement)
    }

    #[test]
    fn a_noun_that_looks_like_a_cue_before_a_parenthetical_frame() {
        let (src, content, p) = frame("Repair reports, she noted, were filed late.");
        assert_eq!(src.as_deref(), Some("she"));
        assert_eq!(content, vec!["Repair reports", "were filed late."]);
        assert_eq!(p, Placement::After);
    }

    #[test]
    fn cue_before_content() {
        let (src, content, p) =
            frame("The prime minister's office said on Monday that talks would resume.");
        assert_eq!(src.as_deref(), Some("The prime minister's office"));
        assert_eq!(content, vec!["talks would resume."]);
        assert_eq!(p, Placement::Before);
    }

    #[test]
    fn cue_after_content() {
        let (src, content, p) =
            frame("The dam will be finished by 2027, a senior engineer told the BBC.");
        assert_eq!(src.as_deref(), Some("a senior engineer"));
        assert_eq!(content, vec!["The dam will be finished by 2027"]);
        assert_eq!(p, Placement::After);
    }

    #[test]
    fn scope_runs_over_a_coordinated_clause() {
        let (_, content, _) = frame(
            "Rents have doubled, a housing official told AFP, and many tenants are leaving the city.",
        );
        assert_eq!(
            content,
            vec![
                "Rents have doubled",
                "and many tenants are leaving the city."
            ]
        );
    }

    #[test]
    fn according_to_either_side() {
        let (src, content, _) =
            frame("According to the Mali Farmers Union, yields fell by a third.");
        assert_eq!(src.as_deref(), Some("the Mali Farmers Union"));
        assert_eq!(content, vec!["yields fell by a third."]);
        let (src, content, _) = frame("Yields fell by a third, according to the union.");
        assert_eq!(src.as_deref(), Some("the union"));
        assert_eq!(content, vec!["Yields fell by a third"]);
    }

    #[test]
    fn inverted_speaker_with_role() {
        let (src, content, _) =
            frame("“We are ready,” said Ana Costa, a spokeswoman for the port.");
        assert_eq!(src.as_deref(), Some("Ana Costa"));
        assert_eq!(content, vec!["“We are ready,”"]);
    }

    #[test]
    fn told_skips_the_hearer() {
        let (src, content, _) = frame("Okafor told investigators he had never met the broker.");
        assert_eq!(src.as_deref(), Some("Okafor"));
        assert_eq!(content, vec!["he had never met the broker."]);
    }

    #[test]
    fn embedded_say_keeps_the_clause_whole() {
        let (src, content, p) =
            frame("The strike followed two raids that officials say were ordered by the cartel.");
        assert_eq!(src.as_deref(), Some("officials"));
        assert_eq!(
            content,
            vec!["two raids that officials say were ordered by the cartel."]
        );
        assert_eq!(p, Placement::Embedded);
    }

    #[test]
    fn subject_with_appositive() {
        let s = "Mendes, a nurse who has worked in Lisbon for 20 years, told reporters the ward was full.";
        let toks = tokenize(s, 0, s.len());
        let f = find_frame(s, &toks, 0, toks.len()).unwrap();
        assert_eq!(
            range_span(&toks, f.source.unwrap()).unwrap().of(s),
            "Mendes"
        );
        assert_eq!(f.side.len(), 1);
        assert_eq!(
            range_span(&toks, f.content[0]).unwrap().of(s),
            "the ward was full."
        );
    }

    #[test]
    fn focus_adverb_after_a_lead_in_and_a_trailing_here() {
        let (src, content, _) = frame("Still, even Dr. Okoro says the clinic is short of staff.");
        assert_eq!(src.as_deref(), Some("Dr. Okoro"));
        assert_eq!(content, vec!["the clinic is short of staff."]);
        let (src, _, _) =
            frame("Indeed, farmers on the northern coast here say the catch has halved.");
        assert_eq!(src.as_deref(), Some("farmers on the northern coast"));
    }

    #[test]
    fn plural_head_before_close_to() {
        let (src, _, _) = frame("Sources close to the mayor say she will not run again.");
        assert_eq!(src.as_deref(), Some("Sources close to the mayor"));
    }

    #[test]
    fn hyphenated_adjective_in_a_description() {
        let (src, content, _) =
            frame("The self-styled reformist told supporters the vote had been rigged.");
        assert_eq!(src.as_deref(), Some("The self-styled reformist"));
        assert_eq!(content, vec!["the vote had been rigged."]);
    }

    #[test]
    fn free_relative_what_x_said_was() {
        let (src, content, p) =
            frame("Ferries resumed on Monday, in what port officials said was a sign of calm.");
        assert_eq!(src.as_deref(), Some("port officials"));
        assert_eq!(
            content,
            vec!["what port officials said was a sign of calm."]
        );
        assert_eq!(p, Placement::Embedded);
    }

    #[test]
    fn document_subject_with_a_participle() {
        let (src, _, _) = frame(
            "A redacted copy of the state auditor's memo seen by the newspaper said two banks had failed the test.",
        );
        assert_eq!(
            src.as_deref(),
            Some("A redacted copy of the state auditor's memo seen by the newspaper")
        );
    }

    #[test]
    fn city_and_state_stay_in_the_appositive() {
        let (src, content, _) = frame(
            "Maria Diaz, a teacher from Tempe, Ariz., who voted in 2012, said turnout would be low.",
        );
        assert_eq!(src.as_deref(), Some("Maria Diaz"));
        assert_eq!(content, vec!["turnout would be low."]);
        let (src, _, _) = frame("Tom Reyes, 61, of Canton, Ohio, said the plant would reopen.");
        assert_eq!(src.as_deref(), Some("Tom Reyes"));
        let (src, _, _) = frame(
            "Police officers in Flint, Michigan, speaking on condition of anonymity, said the pipes were old.",
        );
        assert_eq!(src.as_deref(), Some("Police officers in Flint, Michigan"));
    }

    #[test]
    fn inverted_speaker_with_a_description_first_or_a_tail() {
        let (src, content, _) =
            frame("The bill will pass, said lobbyist and strategist Dana Whitlock, a former aide.");
        assert_eq!(
            src.as_deref(),
            Some("lobbyist and strategist Dana Whitlock")
        );
        assert_eq!(content, vec!["The bill will pass"]);
        let (src, content, _) =
            frame("“It is too early,” said Mayor Ken Aldous in a telephone interview.");
        assert_eq!(src.as_deref(), Some("Mayor Ken Aldous"));
        assert_eq!(content, vec!["“It is too early,”"]);
        let (src, _, _) = frame("“We were ready,” said Gen. Ruth Obi who led the mission.");
        assert_eq!(src.as_deref(), Some("Gen. Ruth Obi"));
        // "said Thursday at a rally": a day is no speaker
        let s = "The plan is dead, Lee's office said Thursday at a rally.";
        let (src, _, _) = frame(s);
        assert_eq!(src.as_deref(), Some("Lee's office"));
    }

    #[test]
    fn inverted_speaker_with_a_restrictive_relative_or_an_affiliation() {
        let (src, _, _) = frame(
            "“The count is wrong,” said a senior election board member who asked for the recount.",
        );
        assert_eq!(src.as_deref(), Some("a senior election board member"));
        let (src, _, _) = frame(
            "“That ruling will stand,” said Mira Patel of the Institute for Law and Policy in Ottawa.",
        );
        assert_eq!(src.as_deref(), Some("Mira Patel"));
    }

    #[test]
    fn a_description_then_the_name() {
        let s = "One of the cyclists in that race, Lena Vogt, said the route had changed.";
        let toks = marked(s);
        let f = find_frame(s, &toks, 0, toks.len()).expect("a frame");
        assert_eq!(
            range_span(&toks, f.source.unwrap()).unwrap().of(s),
            "Lena Vogt"
        );
        assert_eq!(
            range_span(&toks, f.role.unwrap()).unwrap().of(s),
            "One of the cyclists in that race"
        );
        assert_eq!(
            range_span(&toks, f.content[0]).unwrap().of(s),
            "the route had changed."
        );
    }

    #[test]
    fn an_adjective_in_ed_inside_an_inverted_speaker() {
        let (src, content, _) = frame("“Vote early,” said the printed union leaflet.");
        assert_eq!(src.as_deref(), Some("the printed union leaflet"));
        assert_eq!(content, vec!["“Vote early,”"]);
    }

    #[test]
    fn passives_have_no_frame() {
        let s = "The vault is believed to hold 40 tonnes of gold.";
        let toks = tokenize(s, 0, s.len());
        assert!(find_frame(s, &toks, 0, toks.len()).is_none());
    }
}
